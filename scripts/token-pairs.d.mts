// Types of token-pairs.mjs (imported by test/unit/token-bounds.test.ts).
export const GENERATED: string;
export function pairBits(): Uint8Array;
export function pairsSource(): string;
