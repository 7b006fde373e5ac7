/**
 * Helpers shared by the spec-driven rules (missing-required-field, invalid-parameter-type,
 * parameter-out-of-range, unknown-enum-value): walk a body alongside its spec, name JSON types,
 * format paths the way each provider does, and decide how sure a finding can be.
 *
 * Nothing here knows a parameter: every fact (type, range, enum, required) comes from rules/specs.
 */
import { paramsFor } from '../specs/index.ts';
import { API_PROFILES, formatApiPath, isFirstParty, makerOf } from '../profiles/index.ts';
import type { JsonType, ParamSpec } from '../specs/types.ts';
import { modelVendor } from '../models/families.ts';
import { isObject, isTemplated } from '../shared.ts';
import type { ApiId, JsonPath, Provider } from '../../server/src/core/rule-api.ts';
import type { RuleContext } from '../types.ts';

export interface SpecVisit {
  /** Path of the value inside the body. */
  path: JsonPath;
  value: unknown;
  /** The value's spec, with the matching variant case (if any) merged in. */
  spec: ParamSpec;
  /**
   * The path as pydantic-style validators show it: the variant tag after each element whose case
   * was chosen by a `tagInPath` union (`messages.0.content.0.thinking.signature`).
   */
  taggedPath: JsonPath;
  /** `taggedPath` of this object's own properties (with its variant tag appended when the union shows it). */
  innerPath: JsonPath;
  /**
   * The `onlyProviders` lists of the nested properties on the way to this value (top-level parameters
   * excluded: paramsFor() applies theirs), so one unfiltered walk serves a walk for one provider:
   * `reachableFor(visit, provider)`.
   */
  only: readonly (readonly Provider[])[];
}

const UNRESTRICTED: readonly (readonly Provider[])[] = [];

/** Whether a walk with `options.provider` set to `provider` reaches this value (see SpecVisit.only). */
export function reachableFor(visit: Pick<SpecVisit, 'only'>, provider: Provider): boolean {
  for (const list of visit.only) if (!list.includes(provider)) return false;
  return true;
}

export interface WalkOptions {
  /**
   * Drop nested properties restricted (`onlyProviders`) to other providers. Without it every
   * nested property counts (enough for type, range and enum checks).
   */
  provider?: Provider | null;
  /** False when the body holds no templated value (RuleContext.templated): the isTemplated() scans are skipped. */
  templated?: boolean;
}

interface InnerOptions extends WalkOptions {
  skipTemplates?: boolean;
}

/**
 * Calls `visit` for every value of `body` that has a spec: top-level parameters, the known
 * `properties` of objects below them (with the properties of the matching variant case), and the
 * elements of arrays whose spec has `items`. Templated values (`{{variables}}`) and templated keys
 * are never visited.
 */
export function walkSpec(body: unknown, params: Record<string, ParamSpec>, visit: (v: SpecVisit) => void, options: WalkOptions = {}): void {
  if (!isObject(body)) return;
  const root: JsonPath = [];
  walkObject(body, params, root, root, UNRESTRICTED, visit, options.templated === false ? { ...options, skipTemplates: true } : options, true);
}

const hasOwn = Object.prototype.hasOwnProperty;

function walkObject(
  obj: Record<string, unknown>,
  props: Record<string, ParamSpec>,
  path: JsonPath,
  tagged: JsonPath,
  only: readonly (readonly Provider[])[],
  visit: (v: SpecVisit) => void,
  options: InnerOptions,
  top = false,
): void {
  // for…in over a parsed object (own, enumerable string keys in insertion order): no entries array per object
  for (const key in obj) {
    if (!hasOwn.call(props, key) || (!options.skipTemplates && isTemplated(key))) continue;
    const spec = props[key];
    // top-level restrictions are applied by paramsFor(); below, by the walk (or recorded, for reachableFor)
    let within = only;
    if (!top && spec.onlyProviders) {
      if (options.provider && !spec.onlyProviders.includes(options.provider)) continue;
      within = [...only, spec.onlyProviders];
    }
    // A path without variant tags is its own tagged path: one array for both.
    const next = append(path, key);
    walkValue(obj[key], spec, next, tagged === path ? next : append(tagged, key), within, visit, options);
  }
}

function walkValue(value: unknown, spec: ParamSpec, path: JsonPath, tagged: JsonPath, only: readonly (readonly Provider[])[], visit: (v: SpecVisit) => void, options: InnerOptions): void {
  if (!options.skipTemplates && isTemplated(value)) return;
  const object = isObject(value) ? value : undefined;
  // Most specs have no variants: no result object per value for them.
  let resolved = spec;
  let inner = tagged;
  if (object && spec.variants) {
    const variant = resolveVariant(object, spec);
    resolved = variant.spec;
    if (variant.tag !== undefined && spec.variants.tagInPath) inner = append(tagged, variant.tag);
  }
  visit({ path, value, spec: resolved, taggedPath: tagged, innerPath: inner, only });
  if (object && resolved.properties) walkObject(object, resolved.properties, path, inner, only, visit, options);
  if (Array.isArray(value) && spec.items) {
    const items = spec.items;
    for (let i = 0; i < value.length; i++) {
      const next = append(path, i);
      walkValue(value[i], items, next, tagged === path ? next : append(tagged, i), only, visit, options);
    }
  }
  // The single-element form of a repeated field: the object is that element.
  else if (object && spec.items && spec.singleValue) walkValue(value, spec.items, path, tagged, only, visit, options);
}

/** `[...path, key]` without the spread's iteration (one walk builds a path per value of the body). */
function append(path: JsonPath, key: string | number): JsonPath {
  const n = path.length;
  const out: (string | number)[] = new Array(n + 1);
  for (let i = 0; i < n; i++) out[i] = path[i];
  out[n] = key;
  return out;
}

/**
 * The spec of one object value: the base spec with the case its discriminator selects merged in.
 * When no case matches (absent, templated or unknown discriminator) the base is returned, open.
 */
export function resolveVariant(value: Record<string, unknown>, spec: ParamSpec): { spec: ParamSpec; tag?: string } {
  const variants = spec.variants;
  if (!variants) return { spec };
  const raw = Object.prototype.hasOwnProperty.call(value, variants.discriminator) ? value[variants.discriminator] : variants.default;
  const tag = typeof raw === 'string' && !isTemplated(raw) && Object.prototype.hasOwnProperty.call(variants.cases, raw) ? raw : undefined;
  // The merged spec depends only on (spec, tag): built once per pair, not once per message or block.
  let byTag = resolved.get(spec);
  if (!byTag) resolved.set(spec, (byTag = new Map()));
  let result = byTag.get(tag);
  if (!result) byTag.set(tag, (result = mergeVariant(spec, tag)));
  return result;
}

const resolved = new WeakMap<ParamSpec, Map<string | undefined, { spec: ParamSpec; tag?: string }>>();

function mergeVariant(spec: ParamSpec, tag: string | undefined): { spec: ParamSpec; tag?: string } {
  const variants = spec.variants!;
  if (tag === undefined) {
    const { additionalProperties: _closed, variants: _v, ...open } = spec;
    return { spec: open };
  }
  const chosen = variants.cases[tag];
  const { variants: _v, additionalProperties: baseClosed, ...base } = spec;
  const merged: ParamSpec = {
    ...base,
    properties: { ...(spec.properties ?? {}), ...(chosen.properties ?? {}) },
  };
  const closed = chosen.additionalProperties ?? baseClosed;
  if (closed === false) merged.additionalProperties = false;
  if (chosen.azureSince) merged.azureSince = chosen.azureSince;
  return { spec: merged, tag };
}

/** Every object the walk reaches that has known properties, with those properties (for required checks). */
export function walkObjects(
  body: unknown,
  params: Record<string, ParamSpec>,
  /** `innerPath`: the object's path as pydantic shows it for its fields (`messages.1.content.0.tool_use`). */
  visit: (obj: Record<string, unknown>, props: Record<string, ParamSpec>, path: JsonPath, spec: ParamSpec, innerPath: JsonPath) => void,
  options: WalkOptions = {},
): void {
  if (!isObject(body)) return;
  walkSpec(
    body,
    params,
    ({ value, spec, path, innerPath }) => {
      if (isObject(value) && spec.properties) visit(value, spec.properties, path, spec, innerPath);
    },
    options,
  );
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
  if (API_PROFILES[api].pathStyle === 'dotted') return path.join('.');
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

/** Google's error paths use the proto (snake_case) field names. */
export function googlePath(path: JsonPath): string {
  return formatApiPath('gemini-generate', path);
}


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
export function judge(context: Pick<RuleContext, 'api' | 'provider'>): Judgement | null {
  const api = context.api;
  if (!api) return null;
  const provider = context.provider;
  if (provider && isFirstParty(api, provider)) return { severity: 'error', firstParty: true, params: sharedParams(api, provider) };
  if (provider && provider !== 'relay') return { severity: 'warning', firstParty: false, params: sharedParams(api, provider) };
  return { severity: 'warning', firstParty: false, params: sharedParams(api, 'relay') };
}

/** paramsFor(), built once per API and provider (the specs are constants). Treat it as read-only. */
const paramsCache = new Map<string, Record<string, ParamSpec>>();

export function sharedParams(api: ApiId, provider: Provider): Record<string, ParamSpec> {
  const key = `${api}\u0000${provider}`;
  let params = paramsCache.get(key);
  if (!params) paramsCache.set(key, (params = paramsFor(api, provider)));
  return params;
}

/** For relays and unknown hosts: is the model made by the API's own maker (so its first-party rules apply)? */
export function relayToMaker(context: RuleContext): boolean {
  if (!context.api) return false;
  const maker = makerOf(context.api);
  return maker !== undefined && modelVendor(context.model) === maker;
}

/** The first-party dialect of the API (used for names in messages). */
export function firstPartyOf(api: ApiId): Provider {
  return API_PROFILES[api].defaultProvider;
}

export { providerName } from '../profiles/index.ts';

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
