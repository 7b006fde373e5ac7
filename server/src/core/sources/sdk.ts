/**
 * What an SDK call sends, whatever language it is written in: the readers (`python/`, `typescript/`) turn a
 * recognised call into an `SdkCall` (its family, resource path, arguments as `SynthMember`s, the client it is
 * made on); `buildRequest` makes the URL, headers and body the SDK would send.
 *
 * How the SDKs build requests (read in their sources):
 * - openai-python: `extra_headers`, `extra_query`, `extra_body`, `timeout` are request options, not body
 *   fields; `extra_body` is merged into the JSON body (`_base_client.py` `_build_request`:
 *   `json_data = _merge_mappings(json_data, options.extra_json)`).
 *   https://github.com/openai/openai-python/blob/main/src/openai/_base_client.py
 * - anthropic-sdk-python: the same options, and `betas=[…]` on `beta.messages.*` becomes the
 *   `anthropic-beta` header joined by commas (`resources/beta/messages/messages.py`); Bedrock and Vertex
 *   clients move `model` into the URL and add `anthropic_version` to the body (`lib/bedrock/_client.py`,
 *   `lib/vertex/_client.py`).
 *   https://github.com/anthropics/anthropic-sdk-python/blob/main/src/anthropic/lib/bedrock/_client.py
 * - google-genai: `model` goes to the URL (`models/{model}:generateContent`), `contents` through
 *   `t_contents` (a string is one user turn with one text part), and `config` into `generationConfig`,
 *   except the fields `_GenerateContentConfig_to_mldev` sets on the parent (systemInstruction,
 *   safetySettings, tools, toolConfig, cachedContent, labels); keys are written in camelCase; http_options and
 *   automatic_function_calling stay in the client.
 *   https://github.com/googleapis/python-genai/blob/main/google/genai/models.py
 * - dashscope: `model` at the top, `messages`/`prompt`/`history` in `input`, every other keyword in
 *   `parameters`; `api_key`, `workspace`, `headers`, `stream` are the client's (streaming is the
 *   `X-DashScope-SSE` header). https://www.alibabacloud.com/help/en/model-studio/qwen-api-reference
 * - openai-node / anthropic-sdk-typescript / js-genai: the first argument is the body (js-genai:
 *   `{model, contents, config}` with the same split as Python), the second the request options
 *   (`headers`, `timeout`…).
 */
import type { Header, Span } from '../types.ts';
import { lastMember, type SynthMember, type SynthObject, type SynthValue } from './body-map.ts';

export type SdkFamily = 'openai' | 'anthropic' | 'genai' | 'dashscope';

/** What the file says about the client a call is made on. */
export interface ClientInfo {
  family: SdkFamily;
  /** Constructor flavour: AzureOpenAI, AnthropicBedrock, AnthropicVertex, genai.Client(vertexai=True). */
  flavour?: 'azure' | 'bedrock' | 'vertex';
  /** `base_url` / `baseURL` / `azure_endpoint` when it is a literal. */
  baseUrl?: string;
  /**
   * Azure's `api_version` / `apiVersion` when it is a literal: the SDK sends it as `?api-version=` on every request
   * (openai-python `lib/azure.py`: `default_query = {**default_query, "api-version": api_version}`).
   * https://github.com/openai/openai-python/blob/main/src/openai/lib/azure.py
   */
  apiVersion?: string;
}

export interface SdkCall {
  family: SdkFamily;
  /** The resource path after the client: ['chat', 'completions', 'create']. */
  method: string[];
  /** Body members in source order (keyword arguments, or the first argument's properties). */
  args: SynthMember[];
  /** `**kwargs` / `...spread` among the arguments. */
  open?: Span;
  /** TypeScript request options (second argument): only its `headers` are read. */
  options?: SynthMember[];
  client?: ClientInfo;
  /** The whole call and its argument list in the document. */
  span: Span;
  argsSpan: Span;
}

export interface BuiltRequest {
  url: string;
  headers: Header[];
  body: SynthObject;
}

const lit = (value: string | number | boolean | null): SynthValue => ({ kind: 'literal', value });
const str = (v: SynthValue | undefined): string | undefined => (v?.kind === 'literal' && typeof v.value === 'string' ? v.value : undefined);

/** The request an SDK call sends, or null when the method is not one we lint. */
export function buildRequest(call: SdkCall): BuiltRequest | null {
  switch (call.family) {
    case 'openai':
      return openaiRequest(call);
    case 'anthropic':
      return anthropicRequest(call);
    case 'genai':
      return genaiRequest(call);
    case 'dashscope':
      return dashscopeRequest(call);
  }
}

function endsWith(method: string[], ...tail: string[]): boolean {
  return method.length >= tail.length && tail.every((t, i) => method[method.length - tail.length + i] === t);
}

/** Splits request options (Python's extra_* and timeout, betas) from body members. */
function sdkOptions(call: SdkCall, extra: string[]): { body: SynthMember[]; headers: SynthMember[]; extraBody?: SynthValue; betas?: SynthValue } {
  const body: SynthMember[] = [];
  const headers: SynthMember[] = [];
  let extraBody: SynthValue | undefined;
  let betas: SynthValue | undefined;
  for (const m of call.args) {
    if (m.key === 'extra_headers' && m.value.kind === 'object') headers.push(...m.value.members);
    else if (m.key === 'extra_body') extraBody = m.value;
    else if (m.key === 'betas') betas = m.value;
    else if (extra.includes(m.key)) continue;
    else body.push(m);
  }
  for (const o of call.options ?? []) if (o.key === 'headers' && o.value.kind === 'object') headers.push(...o.value.members);
  return { body, headers, extraBody, betas };
}

const PY_REQUEST_OPTIONS = ['extra_headers', 'extra_query', 'extra_body', 'timeout'];

function header(name: string, value: string, span: Span): Header {
  return { name, value, span };
}

function headersFrom(members: SynthMember[], span: Span): Header[] {
  return members.map((m) => header(m.key, str(m.value) ?? '{{value}}', m.memberSrc ?? span));
}

function bodyObject(call: SdkCall, members: SynthMember[], extraBody: SynthValue | undefined): SynthObject {
  const out: SynthObject = { kind: 'object', members: [...members], open: call.open, src: call.argsSpan };
  if (extraBody?.kind === 'object') {
    for (const m of extraBody.members) {
      const i = out.members.findIndex((x) => x.key === m.key);
      if (i >= 0) out.members.splice(i, 1);
      out.members.push(m);
    }
    if (extraBody.open) out.open ??= extraBody.open;
  } else if (extraBody) out.open ??= extraBody.src; // extra_body=some_dict: any key may come in
  return out;
}

function openaiRequest(call: SdkCall): BuiltRequest | null {
  const m = call.method;
  const path = endsWith(m, 'chat', 'completions', 'create') || endsWith(m, 'chat', 'completions', 'parse') || endsWith(m, 'chat', 'completions', 'stream')
    ? '/chat/completions'
    : endsWith(m, 'responses', 'create') || endsWith(m, 'responses', 'parse') || endsWith(m, 'responses', 'stream')
      ? '/responses'
      : null;
  if (!path) return null;
  const { body, headers, extraBody } = sdkOptions(call, PY_REQUEST_OPTIONS);
  const object = bodyObject(call, body, extraBody);
  const span = call.span;
  let url: string;
  const auth: Header[] = [];
  if (call.client?.flavour === 'azure') {
    const endpoint = (call.client.baseUrl ?? 'https://resource.openai.azure.com').replace(/\/+$/, '');
    const model = str(lastMember(object, 'model')?.value) ?? '{{deployment}}';
    url = /\/openai\/v1$/.test(endpoint) ? `${endpoint}${path}` : `${endpoint}/openai/deployments/${model}${path}`;
    if (call.client.apiVersion) url += `?api-version=${encodeURIComponent(call.client.apiVersion)}`;
    auth.push(header('api-key', '{{AZURE_OPENAI_API_KEY}}', span));
  } else {
    url = `${(call.client?.baseUrl ?? 'https://api.openai.com/v1').replace(/\/+$/, '')}${path}`;
    auth.push(header('Authorization', 'Bearer {{OPENAI_API_KEY}}', span));
  }
  return { url, headers: [...auth, header('Content-Type', 'application/json', span), ...headersFrom(headers, span)], body: object };
}

function anthropicRequest(call: SdkCall): BuiltRequest | null {
  const m = call.method;
  const count = endsWith(m, 'messages', 'count_tokens') || endsWith(m, 'messages', 'countTokens');
  if (!count && !endsWith(m, 'messages', 'create') && !endsWith(m, 'messages', 'stream')) return null;
  if (m.includes('batches')) return null;
  const { body, headers, extraBody, betas } = sdkOptions(call, PY_REQUEST_OPTIONS);
  const object = bodyObject(call, body, extraBody);
  const span = call.span;
  const out: Header[] = [header('Content-Type', 'application/json', span)];
  const flavour = call.client?.flavour;
  let url: string;
  if (flavour === 'bedrock' || flavour === 'vertex') {
    // The SDK moves the model into the URL and adds anthropic_version to the body (lib/bedrock, lib/vertex).
    const winner = lastMember(object, 'model');
    const model = winner ? (str(winner.value) ?? '{{model}}') : '{{model}}';
    object.members = object.members.filter((x) => x.key !== 'model');
    object.members.unshift({ key: 'anthropic_version', value: lit(flavour === 'bedrock' ? 'bedrock-2023-05-31' : 'vertex-2023-10-16') });
    url =
      flavour === 'bedrock'
        ? `https://bedrock-runtime.us-east-1.amazonaws.com/model/${model}/invoke`
        : `https://us-east5-aiplatform.googleapis.com/v1/projects/{{project}}/locations/us-east5/publishers/anthropic/models/${model}:rawPredict`;
    out.push(header('Authorization', 'Bearer {{token}}', span));
    if (count) return null; // count_tokens on Bedrock/Vertex: another endpoint shape
  } else {
    url = `${(call.client?.baseUrl ?? 'https://api.anthropic.com').replace(/\/+$/, '')}/v1/messages${count ? '/count_tokens' : ''}`;
    out.push(header('x-api-key', '{{ANTHROPIC_API_KEY}}', span), header('anthropic-version', '2023-06-01', span));
  }
  if (betas) {
    const list = betas.kind === 'array' ? betas.items.map(str) : [];
    out.push(header('anthropic-beta', betas.kind === 'array' && list.every((x) => x !== undefined) ? list.join(',') : '{{betas}}', betas.src ?? span));
  }
  return { url, headers: [...out, ...headersFrom(headers, span)], body: object };
}

/** snake_case → camelCase, as the genai SDKs write JSON keys. */
export function camel(key: string): string {
  return key.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

/** Keys renamed to camelCase through a value, except user-named keys (schema properties, JSON schemas). */
function camelKeys(value: SynthValue, userKeys = false): SynthValue {
  if (value.kind === 'array') return { ...value, items: value.items.map((v) => camelKeys(v)) };
  if (value.kind !== 'object') return value;
  return {
    ...value,
    members: value.members.map((m) => {
      const key = userKeys ? m.key : camel(m.key);
      const raw = !userKeys && /_json_schema$|JsonSchema$/.test(m.key);
      return { ...m, key, keyExact: m.keyExact && key === m.key, value: raw ? m.value : camelKeys(m.value, !userKeys && (m.key === 'properties' || m.key === 'defs' || m.key === '$defs')) };
    }),
  };
}

/** Config fields the SDK writes on the request itself, not in generationConfig. */
const GENAI_TOP_LEVEL = new Set(['systemInstruction', 'safetySettings', 'tools', 'toolConfig', 'cachedContent', 'labels']);
/** Config fields the SDK keeps for itself. */
const GENAI_CLIENT_ONLY = new Set(['httpOptions', 'automaticFunctionCalling', 'shouldReturnHttpResponse', 'abortSignal']);

/** A string (or list of strings) as the SDK's t_contents / t_content makes it: one user turn of text parts. */
function textTurn(value: SynthValue, role: string | null): SynthValue | null {
  const parts = value.kind === 'literal' && typeof value.value === 'string' ? [value] : value.kind === 'array' && value.items.length && value.items.every((i) => i.kind === 'literal' && typeof i.value === 'string') ? value.items : null;
  if (!parts) return null;
  const turn: SynthObject = { kind: 'object', members: [], src: value.src };
  if (role) turn.members.push({ key: 'role', value: lit(role) });
  turn.members.push({ key: 'parts', value: { kind: 'array', src: value.src, items: parts.map((p) => ({ kind: 'object', src: p.src, members: [{ key: 'text', value: p }] }) as SynthObject) } });
  return turn;
}

const isTurn = (v: SynthValue): boolean => v.kind === 'object' && !v.open && v.members.length > 0 && v.members.every((m) => m.key === 'role' || m.key === 'parts');

/** The fields of a `types.Part` (python-genai types.py; snake_case or the camelCase the SDK writes). */
const PART_FIELDS = new Set([
  'text', 'inline_data', 'file_data', 'function_call', 'function_response', 'executable_code', 'code_execution_result',
  'thought', 'thought_signature', 'video_metadata', 'media_resolution',
].flatMap((k) => [k, camel(k)]));

/**
 * One item of a list given as `contents`, when it is a part (t_contents' `_is_part`: a string, a `types.Part`,
 * or a dict that validates as one): the part as sent, and whether it is the model's (a function call).
 */
function partOf(item: SynthValue): { part: SynthValue; model: boolean } | null {
  if (item.kind === 'literal' && typeof item.value === 'string') return { part: { kind: 'object', src: item.src, members: [{ key: 'text', value: item }] }, model: false };
  if (item.kind !== 'object' || item.open || !item.members.length || !item.members.every((m) => PART_FIELDS.has(m.key))) return null;
  return { part: camelKeys(item), model: item.members.some((m) => m.key === 'function_call' || m.key === 'functionCall') };
}

/**
 * `contents` as t_contents makes it (python-genai `_transformers.py` t_contents, js-genai tContents): text → one
 * user turn; a turn (Content) → a list of it; a list → its turns as they are, an inner list → one user turn of
 * its parts, and runs of parts (strings, `types.Part(...)`, `types.Part.from_text(text=…)`, part dicts)
 * grouped into one turn each: the user's, or the model's for function calls. Anything else (files, images,
 * values we cannot see) makes the whole list unknown. js-genai's tContents is stricter: a list is all turns or
 * all parts (one user turn), with no function-call parts; what it throws on sends nothing, so it is unknown.
 * https://github.com/googleapis/python-genai/blob/main/google/genai/_transformers.py
 * https://github.com/googleapis/js-genai/blob/main/src/_transformers.ts
 */
function genaiContents(value: SynthValue, js: boolean): SynthValue {
  const turn = textTurn(value, 'user');
  if (turn) return { kind: 'array', items: [turn], src: value.src };
  if (isTurn(value)) return { kind: 'array', items: [camelKeys(value)], src: value.src };
  const single = partOf(value);
  if (single && !(js && single.model)) return { kind: 'array', items: [partsTurn([single.part], single.model, value.src)], src: value.src };
  const unknown: SynthValue = value.kind === 'unknown' ? value : { kind: 'unknown', label: 'contents', src: value.src ?? { start: 0, end: 0 } };
  if (value.kind !== 'array' || !value.items.length) return unknown;
  if (js) {
    const turnList = isTurn(value.items[0]);
    if (turnList) return value.items.every(isTurn) ? camelKeys(value) : unknown;
    const parts = value.items.map(partOf);
    if (parts.some((p) => !p || p.model || p.part.kind === 'object' && p.part.members.some((m) => m.key === 'functionResponse'))) return unknown;
    return { ...value, items: [partsTurn(parts.map((p) => p!.part), false, value.src)] };
  }
  const turns: SynthValue[] = [];
  let run: { parts: SynthValue[]; model: boolean } | null = null;
  const flush = () => {
    if (run) turns.push(partsTurn(run.parts, run.model, spanOver(run.parts)));
    run = null;
  };
  for (const item of value.items) {
    if (isTurn(item)) {
      flush();
      turns.push(camelKeys(item));
      continue;
    }
    if (item.kind === 'array') {
      const parts = item.items.map(partOf);
      if (!parts.length || parts.some((p) => !p)) return unknown;
      flush();
      turns.push(partsTurn(parts.map((p) => p!.part), false, item.src));
      continue;
    }
    const part = partOf(item);
    if (!part) return unknown;
    if (run && run.model !== part.model) flush();
    run ??= { parts: [], model: part.model };
    run.parts.push(part.part);
  }
  flush();
  return { ...value, items: turns };
}

/** A turn of the given parts, as `types.UserContent` / `types.ModelContent` make it. */
function partsTurn(parts: SynthValue[], model: boolean, src: Span | undefined): SynthObject {
  return { kind: 'object', src, members: [{ key: 'role', value: lit(model ? 'model' : 'user') }, { key: 'parts', value: { kind: 'array', src, items: parts } }] };
}

function spanOver(values: SynthValue[]): Span | undefined {
  const first = values[0]?.src;
  const last = values[values.length - 1]?.src;
  return first && last ? { start: first.start, end: last.end } : undefined;
}

function genaiRequest(call: SdkCall): BuiltRequest | null {
  const m = call.method;
  const stream = endsWith(m, 'models', 'generate_content_stream') || endsWith(m, 'models', 'generateContentStream');
  const count = endsWith(m, 'models', 'count_tokens') || endsWith(m, 'models', 'countTokens');
  if (!stream && !count && !endsWith(m, 'models', 'generate_content') && !endsWith(m, 'models', 'generateContent')) return null;
  const vertex = call.client?.flavour === 'vertex';
  const object: SynthObject = { kind: 'object', members: [], open: call.open, src: call.argsSpan };
  let model = '{{model}}';
  for (const member of call.args) {
    if (member.key === 'model') {
      model = (str(member.value) ?? '{{model}}').replace(/^models\//, '');
    } else if (member.key === 'contents') {
      object.members.push({ ...member, value: genaiContents(member.value, /[A-Z]/.test(m[m.length - 1])) });
    } else if (member.key === 'config') {
      const config = member.value;
      if (count) {
        countTokensConfig(object, member, vertex);
        continue;
      }
      if (config.kind !== 'object') {
        object.open ??= config.src; // config=some_variable: any field may come from it
        continue;
      }
      const generation: SynthObject = { kind: 'object', members: [], open: config.open, src: config.src };
      for (const field of (camelKeys(config) as SynthObject).members) {
        if (GENAI_CLIENT_ONLY.has(field.key)) continue;
        if (GENAI_TOP_LEVEL.has(field.key)) {
          const value = field.key === 'systemInstruction' ? (textTurn(field.value, null) ?? field.value) : field.value;
          object.members.push({ ...field, value });
        } else generation.members.push(field);
      }
      if (generation.members.length || generation.open) object.members.push({ key: 'generationConfig', value: generation, keySrc: member.keySrc, memberSrc: member.memberSrc });
    } else if (member.key === 'http_options' || member.key === 'httpOptions') {
      continue;
    } else object.members.push(member); // unknown to the SDK: TypeScript would refuse it; reported as written
  }
  const verb = count ? 'countTokens' : stream ? 'streamGenerateContent' : 'generateContent';
  const span = call.span;
  const url = vertex
    ? `https://aiplatform.googleapis.com/v1/projects/{{project}}/locations/{{location}}/publishers/google/models/${model}:${verb}`
    : `https://generativelanguage.googleapis.com/v1beta/models/${model}:${verb}`;
  const auth = vertex ? header('Authorization', 'Bearer {{token}}', span) : header('x-goog-api-key', '{{GEMINI_API_KEY}}', span);
  return { url, headers: [auth, header('Content-Type', 'application/json', span)], body: object };
}

/**
 * `count_tokens` / `countTokens`: the body is `contents`, and `config` (CountTokensConfig) goes on the request only on
 * Vertex AI, as `systemInstruction`, `tools` and `generationConfig` (`_CountTokensConfig_to_vertex`); for the Gemini
 * API the SDK itself raises on those three fields before sending anything (`_CountTokensConfig_to_mldev`), so they
 * are not part of a request. python-genai models.py, js-genai src/converters/_models_converters.ts:
 * https://github.com/googleapis/python-genai/blob/main/google/genai/models.py
 * https://github.com/googleapis/js-genai/blob/main/src/converters/_models_converters.ts
 */
function countTokensConfig(object: SynthObject, member: SynthMember, vertex: boolean): void {
  const config = member.value;
  if (!vertex) return;
  if (config.kind !== 'object') {
    object.open ??= config.src;
    return;
  }
  if (config.open) object.open ??= config.open;
  for (const field of (camelKeys(config) as SynthObject).members) {
    if (field.key === 'systemInstruction') object.members.push({ ...field, value: textTurn(field.value, null) ?? field.value });
    else if (field.key === 'tools' || field.key === 'generationConfig') object.members.push(field);
  }
}

const DASHSCOPE_INPUT = new Set(['messages', 'prompt', 'history']);
const DASHSCOPE_CLIENT = new Set(['api_key', 'workspace', 'headers', 'stream', 'request_timeout', 'base_address']);

function dashscopeRequest(call: SdkCall): BuiltRequest | null {
  const m = call.method;
  const multimodal = endsWith(m, 'MultiModalConversation', 'call');
  if (!multimodal && !endsWith(m, 'Generation', 'call')) return null;
  const object: SynthObject = { kind: 'object', members: [], src: call.argsSpan };
  const input: SynthObject = { kind: 'object', members: [], src: call.argsSpan };
  const parameters: SynthObject = { kind: 'object', members: [], open: call.open, src: call.argsSpan };
  for (const member of call.args) {
    if (member.key === 'model') object.members.push(member);
    else if (DASHSCOPE_INPUT.has(member.key)) input.members.push(member);
    else if (!DASHSCOPE_CLIENT.has(member.key)) parameters.members.push(member);
  }
  if (call.open) input.open = call.open; // **kwargs may carry messages too
  object.members.push({ key: 'input', value: input });
  if (parameters.members.length || parameters.open) object.members.push({ key: 'parameters', value: parameters });
  const span = call.span;
  const url = `https://dashscope.aliyuncs.com/api/v1/services/aigc/${multimodal ? 'multimodal' : 'text'}-generation/generation`;
  return { url, headers: [header('Authorization', 'Bearer {{DASHSCOPE_API_KEY}}', span), header('Content-Type', 'application/json', span)], body: object };
}

/** For fetch / axios: the URL must name a known endpoint (its path picks the API). */
export function plainHttpRequest(url: string, headers: SynthMember[] | 'unknown', body: SynthObject, span: Span): BuiltRequest {
  const list: Header[] =
    headers === 'unknown'
      ? ['Authorization', 'x-api-key', 'x-goog-api-key', 'api-key', 'anthropic-version', 'Content-Type'].map((n) => header(n, `{{${n}}}`, span))
      : headersFrom(headers, span);
  return { url, headers: list, body };
}

/** What the latest binding of a name resolves to (the readers' `x = …` lists): the last one that resolves wins. */
export function latestResolved<N, T>(bindings: readonly N[] | undefined, resolve: (node: N) => T | null): T | null {
  for (let i = (bindings?.length ?? 0) - 1; i >= 0; i--) {
    const found = resolve(bindings![i]);
    if (found) return found;
  }
  return null;
}
