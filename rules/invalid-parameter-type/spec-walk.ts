/**
 * Helpers shared by the spec-driven rules (missing-required-field, invalid-parameter-type,
 * parameter-out-of-range, unknown-enum-value): walk a body alongside its spec, name JSON types,
 * format paths the way each provider does, and decide how sure a finding can be.
 *
 * Nothing here knows a parameter: every fact (type, range, enum, required) comes from rules/specs.
 */
import { DEFAULT_PROVIDER, paramsFor } from '../specs/index.ts';
import type { JsonType, ParamSpec } from '../specs/types.ts';
import { modelVendor } from '../models/families.ts';
import { isObject, isTemplated } from '../shared.ts';
import type { ApiId, JsonPath, Provider } from '../../server/src/core/types.ts';
import type { RuleContext } from '../types.ts';

export interface SpecVisit {
  /** Path of the value inside the body. */
  path: JsonPath;
  value: unknown;
  spec: ParamSpec;
}

/**
 * Calls `visit` for every value of `body` that has a spec: top-level parameters, the known
 * `properties` of objects below them, and the elements of arrays whose spec has `items`.
 * Templated values (`{{variables}}`) and templated keys are never visited.
 */
export function walkSpec(body: unknown, params: Record<string, ParamSpec>, visit: (v: SpecVisit) => void): void {
  if (!isObject(body)) return;
  walkObject(body, params, [], visit);
}

function walkObject(obj: Record<string, unknown>, props: Record<string, ParamSpec>, path: JsonPath, visit: (v: SpecVisit) => void): void {
  for (const [key, value] of Object.entries(obj)) {
    if (isTemplated(key) || !Object.prototype.hasOwnProperty.call(props, key)) continue;
    walkValue(value, props[key], [...path, key], visit);
  }
}

function walkValue(value: unknown, spec: ParamSpec, path: JsonPath, visit: (v: SpecVisit) => void): void {
  if (isTemplated(value)) return;
  visit({ path, value, spec });
  if (isObject(value) && spec.properties) walkObject(value, spec.properties, path, visit);
  if (Array.isArray(value) && spec.items) value.forEach((item, i) => walkValue(item, spec.items!, [...path, i], visit));
}

/** Every object the walk reaches that has known properties, with those properties (for required checks). */
export function walkObjects(
  body: unknown,
  params: Record<string, ParamSpec>,
  visit: (obj: Record<string, unknown>, props: Record<string, ParamSpec>, path: JsonPath) => void,
): void {
  if (!isObject(body)) return;
  walkSpec(body, params, ({ value, spec, path }) => {
    if (isObject(value) && spec.properties) visit(value, spec.properties, path);
  });
}

/** The spec's types as a list. */
export function typesOf(spec: ParamSpec): JsonType[] {
  return Array.isArray(spec.type) ? spec.type : [spec.type];
}

/** The JSON type of a parsed value ('integer' for whole numbers). */
export function jsonTypeOf(value: unknown): JsonType {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  if (typeof value === 'string') return 'string';
  if (typeof value === 'boolean') return 'boolean';
  return 'object';
}

/** True when `value` is of one of the spec's types (an integer is also a number). */
export function matchesType(value: unknown, spec: ParamSpec): boolean {
  const actual = jsonTypeOf(value);
  const allowed = typesOf(spec);
  if (allowed.includes(actual)) return true;
  return actual === 'integer' && allowed.includes('number');
}

/** `messages[0].content[1]` (OpenAI), `messages.0.content.1` (Anthropic, DashScope), `contents[0].role` (Google). */
export function formatPath(api: ApiId, path: JsonPath): string {
  if (api === 'anthropic-messages' || api === 'dashscope-generation') return path.join('.');
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

/** Google's error paths use the proto (snake_case) field names. */
export function googlePath(path: JsonPath): string {
  return formatPath('gemini-generate', path.map((p) => (typeof p === 'string' ? p.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`) : p)));
}

/**
 * The providers whose own validator the verbatim errors come from. Their findings are errors;
 * other dialects of the same API (Azure, DeepSeek, OpenRouter, compatible modes) and relays get
 * warnings: they usually reject the same mistakes, but with other rules and wordings.
 */
const FIRST_PARTY: Record<ApiId, Provider[]> = {
  'openai-chat': ['openai'],
  'openai-responses': ['openai'],
  'anthropic-messages': ['anthropic', 'bedrock', 'vertex'],
  'gemini-generate': ['gemini', 'vertex'],
  'dashscope-generation': ['dashscope'],
};

const MAKER: Record<ApiId, string> = {
  'openai-chat': 'openai',
  'openai-responses': 'openai',
  'anthropic-messages': 'anthropic',
  'gemini-generate': 'google',
  'dashscope-generation': 'alibaba',
};

export interface Judgement {
  severity: 'error' | 'warning';
  /** True when the finding may quote the first-party wording as what this provider answers. */
  firstParty: boolean;
  /** The parameter list to check against. */
  params: Record<string, ParamSpec>;
}

/**
 * How sure a spec-driven finding can be for this request. Relays (and unknown hosts) are judged
 * with the API's first-party spec and at most a warning.
 */
export function judge(context: RuleContext): Judgement | null {
  const api = context.api;
  if (!api) return null;
  const provider = context.provider;
  if (provider && FIRST_PARTY[api].includes(provider)) return { severity: 'error', firstParty: true, params: paramsFor(api, provider) };
  if (provider && provider !== 'relay') return { severity: 'warning', firstParty: false, params: paramsFor(api, provider) };
  return { severity: 'warning', firstParty: false, params: paramsFor(api, 'relay') };
}

/** For relays and unknown hosts: is the model made by the API's own maker (so its first-party rules apply)? */
export function relayToMaker(context: RuleContext): boolean {
  if (!context.api) return false;
  return modelVendor(context.model) === MAKER[context.api];
}

/** The first-party dialect of the API (used for names in messages). */
export function firstPartyOf(api: ApiId): Provider {
  return DEFAULT_PROVIDER[api];
}

const PROVIDER_NAMES: Record<Provider, string> = {
  openai: 'OpenAI',
  azure: 'Azure OpenAI',
  anthropic: 'Anthropic',
  bedrock: 'Amazon Bedrock',
  vertex: 'Vertex AI',
  gemini: 'the Gemini API',
  'gemini-openai': "Gemini's OpenAI-compatible endpoint",
  dashscope: 'DashScope',
  'dashscope-compatible': "DashScope's compatible mode",
  deepseek: 'DeepSeek',
  openrouter: 'OpenRouter',
  relay: 'a relay',
};

export function providerName(provider: Provider | null | undefined, api: ApiId): string {
  return PROVIDER_NAMES[provider ?? firstPartyOf(api)];
}

/** 'a', 'b', and 'c' (OpenAI's list style). */
export function openAiList(values: readonly (string | number)[]): string {
  const quoted = values.map((v) => `'${v}'`);
  if (quoted.length <= 1) return quoted.join('');
  if (quoted.length === 2) return `${quoted[0]} and ${quoted[1]}`;
  return `${quoted.slice(0, -1).join(', ')}, and ${quoted[quoted.length - 1]}`;
}

/** 'a', 'b' or 'c' (pydantic's list style, used by Anthropic). */
export function pydanticList(values: readonly (string | number)[]): string {
  const quoted = values.map((v) => `'${v}'`);
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}`;
}
