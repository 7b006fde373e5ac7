/**
 * Where the cursor is inside a request body, for completion and parameter hovers: the request unit
 * under the cursor, its detection (API, provider, model), the model's facts, the jsonc-parser tree of
 * the variable-masked body (tolerant: broken JSON mid-typing is the normal case), and the spec of any
 * path in it. Every parameter fact comes from rules/specs and rules/models; nothing is restated here.
 */
import { findNodeAtLocation, getNodeValue, parseTree, type Node } from 'jsonc-parser';
import { DEFAULT_PROVIDER, paramsFor } from '../../../rules/specs/index.ts';
import type { ParamSpec, VariantSpec } from '../../../rules/specs/types.ts';
import { makerOf } from '../../../rules/profiles/index.ts';
import { resolveVariant } from '../../../rules/shared/spec-walk.ts';
import { createModelTable, defaultModelTable, modelVendor, type ModelInfo, type ModelTable, type ParamRestriction, type UserModel } from '../../../rules/models/index.ts';
import { detectRequest } from '../core/detect.ts';
import type { AnalyzedUnit } from '../core/lint.ts';
import { maskTemplates } from '../core/json/templates.ts';
import { isObject } from '../core/json/values.ts';
import type { ApiId, JsonPath, Provider, RequestUnit, Span } from '../core/types.ts';
import { documentKind, splitDocument } from '../core/units.ts';
import { SOURCE_SETTING } from '../core/sources/index.ts';
import { parseBody } from '../core/json/body.ts';

export interface BodyContext {
  api: ApiId;
  /** The detected provider (null = bare body, first-party dialect assumed). */
  provider: Provider | null;
  /** The dialect whose parameter list applies (through a relay: the model maker's own, as unknown-parameter does). */
  dialect: Provider;
  model: string | null;
  modelInfo: ModelInfo | null;
  models: ModelTable;
  /** Top-level parameters accepted for api/dialect. */
  params: Record<string, ParamSpec>;
  /** The masked body text (same length as the body). */
  text: string;
  /** Document offset of the body's first character. */
  bodyStart: number;
  /** Cursor offset relative to the body. */
  offset: number;
  tree: Node | undefined;
  /** The tolerant value of the whole body (partial when the JSON is broken). */
  value: unknown;
  /** A body synthesized from source code: its spans reach the document through this (sources/body-map.ts). */
  toDocument?: (span: Span) => Span;
}

export interface ContextOptions {
  /** Units of the last lint when it is for this very text (saves a split); otherwise the text is split here. */
  units?: readonly AnalyzedUnit[];
  languageId?: string;
  filePath?: string;
  /** API forced by settings (llmPreflight.apis). */
  api?: ApiId;
  environment?: Record<string, string>;
  models?: Record<string, UserModel>;
  /** llmPreflight.hosts: host → dialect. */
  hosts?: Record<string, Provider>;
  /** Workspace trust for the splitter (what it may read from disk); see HttpSplitOptions. */
  trusted?: boolean;
  allowedRoots?: readonly string[];
}

let userTable: { key: string; table: ModelTable } | undefined;

function tableFor(models: Record<string, UserModel> | undefined): ModelTable {
  if (!models || !Object.keys(models).length) return defaultModelTable();
  const key = JSON.stringify(models);
  if (userTable?.key !== key) userTable = { key, table: createModelTable(models) };
  return userTable.table;
}

/** The request body under `offset` (a document offset), or null outside any detected request body. */
export function bodyContextAt(documentText: string, offset: number, options: ContextOptions = {}): BodyContext | null {
  const inBody = (u: RequestUnit) => !u.bodyFile && !u.nonJsonBody && u.bodySpan && u.bodyText !== undefined && u.bodySpan.start <= offset && offset <= u.bodySpan.end;
  let unit: RequestUnit | undefined;
  let detection = options.units?.find((u) => inBody(u.unit))?.detection;
  if (detection) unit = options.units!.find((u) => inBody(u.unit))!.unit;
  else {
    const kind = documentKind(options.languageId, options.filePath);
    if (!kind) return null;
    // Source files, scripts and Markdown: the current lint's units are the document's; no second tree-sitter parse
    // for a hover or completion outside them (a Markdown hover over a pasted error must stay as quick as in plain text).
    if (options.units && kind in SOURCE_SETTING) return null;
    const units = splitDocument(
      documentText,
      kind,
      {
        filePath: options.filePath,
        environment: options.environment,
        readFile: () => undefined,
        trusted: options.trusted,
        allowedRoots: options.allowedRoots,
      },
      options.languageId,
    );
    unit = units.find(inBody);
    if (!unit) return null;
    detection = detectRequest(unit, parseBody(unit.bodyText!, { allowComments: kind === 'jsonc' }).value, options.api, options.hosts);
  }
  if (unit && !unit.envelope && documentKind(options.languageId, options.filePath) === 'jsonl') {
    // A batch line broken mid-typing is not unwrapped by the splitter (it reads envelopes with JSON.parse).
    const inner = brokenEnvelope(documentText, unit, offset);
    if (inner) {
      unit = inner;
      detection = detectRequest(inner, parseBody(inner.bodyText!).value, options.api, options.hosts);
    }
  }
  if (!unit || !detection?.api) return null;
  const api = detection.api;
  const text = maskTemplates(unit.bodyText!);
  let tree: Node | undefined;
  try {
    tree = parseTree(text, [], { allowTrailingComma: true, disallowComments: false });
  } catch {
    tree = undefined; // pathological nesting: no tree, no completion
  }
  const models = tableFor(options.models);
  const vendor = modelVendor(detection.model);
  // Source code (SDK calls): the cursor is placed on the synthesized body through the unit's map.
  const map = unit.bodyMap;
  const bodyOffset = map ? map.bodyOffsetAt(offset) : offset - unit.bodySpan!.start;
  if (bodyOffset === null) return null;
  const dialect: Provider =
    detection.provider && detection.provider !== 'relay' ? detection.provider : detection.provider === 'relay' && vendor !== makerOf(api) ? 'relay' : DEFAULT_PROVIDER[api];
  return {
    api,
    provider: detection.provider,
    dialect,
    model: detection.model,
    modelInfo: models.lookup(detection.model, makerOf(api)),
    models,
    params: paramsFor(api, dialect),
    text,
    bodyStart: unit.bodySpan!.start,
    offset: bodyOffset,
    tree,
    value: tree ? safeValue(tree) : undefined,
    ...(map && { toDocument: map.toSource }),
  };
}

/** The `body` (OpenAI Batch) or `params` (Anthropic batches) of a broken .jsonl envelope line, when the cursor is in it. */
function brokenEnvelope(documentText: string, unit: RequestUnit, offset: number): RequestUnit | undefined {
  const line = unit.bodyText!;
  let tree: Node | undefined;
  try {
    tree = parseTree(maskTemplates(line), [], { allowTrailingComma: true });
  } catch {
    return undefined;
  }
  if (!tree || tree.type !== 'object') return undefined;
  const envelope = safeValue(tree);
  if (!isObject(envelope) || typeof envelope.custom_id !== 'string') return undefined;
  const key = isObject(envelope.body) ? 'body' : isObject(envelope.params) ? 'params' : null;
  const node = key ? findNodeAtLocation(tree, [key]) : undefined;
  if (!node) return undefined;
  const start = unit.bodySpan!.start + node.offset;
  // an unterminated object runs to the end of the line
  const end = start + node.length;
  if (offset < start || offset > end) return undefined;
  const url = typeof envelope.url === 'string' ? envelope.url : undefined;
  return {
    ...unit,
    url,
    rawUrl: url,
    bodySpan: { start, end },
    bodyText: documentText.slice(start, end),
    envelope: key === 'body' ? { kind: 'openai-batch', url } : { kind: 'anthropic-batch' },
  };
}

function safeValue(node: Node): unknown {
  try {
    return getNodeValue(node);
  } catch {
    return undefined;
  }
}

/** The value at `path` in the (partial) body, or undefined. */
export function valueAt(ctx: BodyContext, path: JsonPath): unknown {
  if (!ctx.tree) return undefined;
  if (!path.length) return ctx.value;
  const node = findNodeAtLocation(ctx.tree, path);
  return node ? safeValue(node) : undefined;
}

export function nodeAt(ctx: BodyContext, path: JsonPath): Node | undefined {
  if (!ctx.tree) return undefined;
  return path.length ? findNodeAtLocation(ctx.tree, path) : ctx.tree;
}

export interface ResolvedSpec {
  spec: ParamSpec;
  /** The nearest docs link on the way down (nested specs inherit their top-level parameter's page). */
  docsUrl?: string;
}

/** The spec of the value at `path` (variants resolved by the actual objects on the way), or undefined. */
export function specAt(ctx: BodyContext, path: JsonPath): ResolvedSpec | undefined {
  let current: ParamSpec | undefined;
  let docsUrl: string | undefined;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    if (typeof segment === 'number') {
      current = current?.items;
    } else {
      const props = i === 0 ? ctx.params : current ? objectSpec(ctx, current, path.slice(0, i)).properties : undefined;
      const next = props && Object.prototype.hasOwnProperty.call(props, segment) ? props[segment] : undefined;
      if (!next || (i > 0 && next.onlyProviders && !next.onlyProviders.includes(ctx.dialect))) return undefined;
      current = next;
    }
    if (!current) return undefined;
    docsUrl = current.docsUrl ?? docsUrl;
  }
  return current ? { spec: current, docsUrl } : undefined;
}

/** The object spec with the variant case its discriminator (in the actual object) selects merged in. */
export function objectSpec(ctx: BodyContext, spec: ParamSpec, path: JsonPath): ParamSpec {
  if (!spec.variants) return spec;
  const value = valueAt(ctx, path);
  return resolveVariant(isObject(value) ? value : {}, spec).spec;
}

export interface PropertyOption {
  name: string;
  spec: ParamSpec;
  /** Set when the property belongs only to some cases of a union whose discriminator is not chosen yet. */
  cases?: string[];
  discriminator?: string;
}

/** The properties an object at `path` may have (top level: the dialect's parameters). */
export function propertiesAt(ctx: BodyContext, path: JsonPath): PropertyOption[] {
  if (!path.length) return Object.entries(ctx.params).filter(([, s]) => !s.aliasOf).map(([name, spec]) => ({ name, spec }));
  const resolved = specAt(ctx, path);
  if (!resolved) return [];
  const value = valueAt(ctx, path);
  const variants: VariantSpec | undefined = resolved.spec.variants;
  const picked = resolveVariant(isObject(value) ? value : {}, resolved.spec);
  const out = new Map<string, PropertyOption>();
  for (const [name, spec] of Object.entries(picked.spec.properties ?? {})) out.set(name, { name, spec });
  if (variants && picked.tag === undefined) {
    for (const [tag, variant] of Object.entries(variants.cases)) {
      for (const [name, spec] of Object.entries(variant.properties ?? {})) {
        const seen = out.get(name);
        if (seen && !seen.cases) continue;
        out.set(name, { name, spec: seen?.spec ?? spec, cases: [...(seen?.cases ?? []), tag], discriminator: variants.discriminator });
      }
    }
  }
  return [...out.values()].filter((o) => !o.spec.aliasOf && (!o.spec.onlyProviders || o.spec.onlyProviders.includes(ctx.dialect)));
}

export interface ActiveRestriction {
  restriction: ParamRestriction;
  /** False when another parameter lifts it for this body (gpt-5.1 sampling with effort "none"). */
  active: boolean;
}

/** The detected model's restrictions on the parameter at `path` (`*` in a restriction matches any index). */
export function restrictionsAt(ctx: BodyContext, path: JsonPath): ActiveRestriction[] {
  const list = ctx.modelInfo?.quirks.restrictedParams ?? [];
  return list
    .filter((r) => (!r.apis || r.apis.includes(ctx.api)) && matchesPath(r.param, path))
    .map((restriction) => ({ restriction, active: !lifted(ctx, restriction) }));
}

function matchesPath(param: string, path: JsonPath): boolean {
  const parts = param.split('.');
  if (parts.length !== path.length) return false;
  return parts.every((p, i) => (p === '*' ? typeof path[i] === 'number' : p === String(path[i])));
}

function lifted(ctx: BodyContext, r: ParamRestriction): boolean {
  if (!r.unless) return false;
  const path = r.unless.param.split('.');
  let v: unknown = ctx.value;
  for (const p of path) v = isObject(v) ? v[p] : undefined;
  if (v === undefined) return r.unless.defaultValue !== undefined && r.unless.values.includes(r.unless.defaultValue);
  return r.unless.values.includes(v as string);
}

/** Values the detected model accepts for an effort/level parameter, where the model table knows them. */
export function modelValues(ctx: BodyContext, path: JsonPath): readonly string[] | undefined {
  const q = ctx.modelInfo?.quirks;
  if (!q) return undefined;
  const dotted = path.filter((p) => typeof p === 'string').join('.');
  if ((ctx.api === 'openai-chat' && dotted === 'reasoning_effort') || (ctx.api === 'openai-responses' && dotted === 'reasoning.effort')) return q.reasoningEfforts;
  if (ctx.api === 'anthropic-messages' && dotted === 'output_config.effort') return q.anthropicThinking?.efforts;
  if (ctx.api === 'anthropic-messages' && dotted === 'thinking.type' && q.anthropicThinking) return [...q.anthropicThinking.modes, ...(q.anthropicThinking.alwaysOn ? [] : ['disabled'])];
  if (ctx.api === 'gemini-generate' && /^generation_?[cC]onfig\.thinking_?[cC]onfig\.thinking_?[lL]evel$/.test(dotted)) return q.geminiThinking?.levels;
  return undefined;
}

/** The vendors whose model ids fit the detected API and provider (null = any); models list other hosts in `hosts`. */
export function vendorsFor(ctx: BodyContext): ModelInfo['vendor'][] | null {
  switch (ctx.provider) {
    case 'deepseek':
      return ['deepseek'];
    case 'dashscope':
    case 'dashscope-compatible':
      return ['alibaba'];
    case 'gemini-openai':
      return ['google'];
    case 'openrouter':
    case 'relay':
      return null;
    default: {
      const maker = makerOf(ctx.api);
      return maker ? [maker] : null;
    }
  }
}
