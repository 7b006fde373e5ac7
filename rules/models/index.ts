/** The model table: limits, modalities and parameter quirks per model, with sources. */
export { MODEL_TABLE, canonicalId, createModelTable, defaultModelTable, type ModelTable } from './lookup.ts';
export { modelVendor, type ModelVendor } from './families.ts';
export type * from './types.ts';
