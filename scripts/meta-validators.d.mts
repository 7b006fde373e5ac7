// Types of meta-validators.mjs (imported by test/unit/meta-validators.test.ts).
export const GENERATED: string;
export function metaValidatorsSource(): string;
