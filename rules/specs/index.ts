/**
 * Per-API parameter specs: the one source of truth for request parameters.
 * Lint, completion and hover read them through the helpers below.
 */
import type { ApiId, Provider } from '../../server/src/core/rule-api.ts';
import { API_PROFILES, PROVIDER_PROFILES } from '../profiles/index.ts';
import type { ApiSpec, DialectModelRestriction, DialectSpec, ParamSpec, UnknownParameterPolicy } from './types.ts';
import { OPENAI_CHAT_SPEC } from './openai-chat.ts';
import { OPENAI_RESPONSES_SPEC } from './openai-responses.ts';
import { ANTHROPIC_MESSAGES_SPEC } from './anthropic-messages.ts';
import { GEMINI_GENERATE_SPEC } from './gemini-generate.ts';
import { DASHSCOPE_GENERATION_SPEC } from './dashscope-generation.ts';
import { BEDROCK_CONVERSE_SPEC } from './bedrock-converse.ts';
import { OLLAMA_CHAT_SPEC, OLLAMA_GENERATE_SPEC } from './ollama.ts';
import { OPENAI_EMBEDDINGS_SPEC } from './openai-embeddings.ts';
import { OPENAI_COMPATIBLE_DIALECTS } from './dialects.ts';

export type { ApiSpec, DialectModelRestriction, DialectSpec, JsonType, NestedUnknownPolicy, ParamSpec, UnknownParameterPolicy, VariantCase, VariantSpec } from './types.ts';

export const SPECS: Readonly<Record<ApiId, ApiSpec>> = {
  // The OpenAI-compatible hosts' dialects (rules/specs/dialects.ts) join the API's own.
  'openai-chat': { ...OPENAI_CHAT_SPEC, dialects: { ...OPENAI_COMPATIBLE_DIALECTS, ...OPENAI_CHAT_SPEC.dialects } },
  'openai-responses': OPENAI_RESPONSES_SPEC,
  'anthropic-messages': ANTHROPIC_MESSAGES_SPEC,
  'gemini-generate': GEMINI_GENERATE_SPEC,
  'dashscope-generation': DASHSCOPE_GENERATION_SPEC,
  'bedrock-converse': BEDROCK_CONVERSE_SPEC,
  'ollama-chat': OLLAMA_CHAT_SPEC,
  'ollama-generate': OLLAMA_GENERATE_SPEC,
  'openai-embeddings': OPENAI_EMBEDDINGS_SPEC,
};

export function getApiSpec(api: ApiId): ApiSpec {
  return SPECS[api];
}

/**
 * The dialect entry for a provider, or undefined when the provider does not serve this API
 * (or is unknown). Callers treat undefined like `relay`: behaviour unknown.
 */
export function getDialect(api: ApiId, provider: Provider | null | undefined): DialectSpec | undefined {
  if (!provider) return undefined;
  return SPECS[api].dialects[provider];
}

/**
 * The restrictions a host's dialect lists for this model (xAI's reasoning models), matched case-insensitively
 * against the model id as sent; `*` in a listed id stands for any text.
 */
export function dialectRestrictions(api: ApiId, provider: Provider | null | undefined, model: string | null | undefined): DialectModelRestriction[] {
  const rows = getDialect(api, provider)?.modelRestrictions;
  if (!rows || !model) return [];
  const id = model.trim().toLowerCase();
  return rows.filter((row) => row.models.some((pattern) => globMatch(pattern, id)));
}

/** `*` = any text; every other character literal. Linear: each literal piece is found once, left to right. */
function globMatch(pattern: string, id: string): boolean {
  const pieces = pattern.split('*');
  if (pieces.length === 1) return pattern === id;
  if (!id.startsWith(pieces[0]) || !id.endsWith(pieces[pieces.length - 1])) return false;
  let at = pieces[0].length;
  const end = id.length - pieces[pieces.length - 1].length;
  for (const piece of pieces.slice(1, -1)) {
    const found = id.indexOf(piece, at);
    if (found < 0 || found + piece.length > end) return false;
    at = found + piece.length;
  }
  return at <= end;
}

/** How messages name each dialect. */
export const PROVIDER_NAMES: Readonly<Record<Provider, string>> = Object.fromEntries(Object.values(PROVIDER_PROFILES).map((p) => [p.provider, p.name])) as Record<Provider, string>;

/** The first-party dialect of each API (used when no provider was detected). */
export const DEFAULT_PROVIDER: Readonly<Record<ApiId, Provider>> = Object.fromEntries(Object.values(API_PROFILES).map((p) => [p.api, p.defaultProvider])) as Record<ApiId, Provider>;

/**
 * Every top-level parameter accepted for `api` as served by `provider`: the API's params minus
 * those restricted to other providers or excluded by the dialect, plus the dialect's extras.
 * With no provider, the API's first-party dialect is assumed.
 */
export function paramsFor(api: ApiId, provider?: Provider | null): Record<string, ParamSpec> {
  const spec = SPECS[api];
  const p = provider ?? DEFAULT_PROVIDER[api];
  const dialect = spec.dialects[p];
  const excluded = new Set(dialect?.excludedParams ?? []);
  const out: Record<string, ParamSpec> = {};
  for (const [name, param] of Object.entries(spec.params)) {
    if (excluded.has(name)) continue;
    if (param.onlyProviders && !param.onlyProviders.includes(p)) continue;
    out[name] = param;
  }
  for (const [name, param] of Object.entries(dialect?.extraParams ?? {})) {
    if (param.onlyProviders && !param.onlyProviders.includes(p)) continue;
    out[name] = param;
  }
  return out;
}

/** The spec of one top-level parameter for api/provider, or undefined when it is not accepted there. */
export function getParamSpec(api: ApiId, name: string, provider?: Provider | null): ParamSpec | undefined {
  const all = paramsFor(api, provider);
  return Object.prototype.hasOwnProperty.call(all, name) ? all[name] : undefined;
}

/** True when `name` is an accepted top-level parameter of `api` for `provider`. */
export function isKnownParam(api: ApiId, name: string, provider?: Provider | null): boolean {
  return getParamSpec(api, name, provider) !== undefined;
}

/**
 * How `provider` treats unknown top-level fields of `api`. Providers without an entry
 * (not a dialect of this API) get `unknown`.
 */
export function unknownPolicy(api: ApiId, provider?: Provider | null): UnknownParameterPolicy {
  const p = provider ?? DEFAULT_PROVIDER[api];
  return SPECS[api].dialects[p]?.unknown ?? { behaviour: 'unknown' };
}

/** Fill `{name}` (and `{path}`) in a provider error template. */
export function formatProviderError(template: string, name: string, path = name): string {
  return template.replaceAll('{name}', name).replaceAll('{path}', path);
}

/**
 * Which dialect, if any, would accept this parameter (e.g. `enable_thinking` ->
 * ['dashscope-compatible', 'relay'] for openai-chat). Useful for "belongs to X" hints.
 */
export function dialectsAccepting(api: ApiId, name: string): Provider[] {
  const spec = SPECS[api];
  return (Object.keys(spec.dialects) as Provider[]).filter((p) => isKnownParam(api, name, p));
}
