/**
 * Reads the facts out of a parsed error body, whatever the provider's shape: OpenAI / compatible
 * `{error:{message,type,param,code}}`, Anthropic `{type:"error",error:{type,message},request_id}`,
 * Google `{error:{code,message,status,details[]}}`, DashScope `{request_id,code,message}`, Bedrock
 * `{message}` / boto3 `{Error:{Code,Message}}` / JS v3 `{name,$metadata}`, OpenRouter
 * `{error:{code,message,metadata:{raw}}}`, new-api, log records wrapping any of these, Node's
 * util.inspect of SDK errors (`{status, headers, error}`).
 */
import { addCode, addMessage, addWait, hint, setStatus, type Facts } from './facts.ts';
import { readDuration } from './scan.ts';
import type { ErrorProvider } from '../../../../rules/errors/types.ts';

const MAX_DEPTH = 8;
const MAX_CHILDREN = 64;

/** Scans a string value for nested errors (escaped JSON, SDK lines); installed by find.ts. */
export type NestedScanner = (text: string, depth: number) => Facts | null;

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v : null);

const STATUS_KEYS = ['status', 'statusCode', 'status_code', 'httpStatusCode', 'HTTPStatusCode', 'http_status', 'httpStatus', 'code'];
const REQUEST_ID_KEYS = ['request_id', 'requestId', 'requestID', 'RequestId', 'x-request-id', 'request-id', 'x-amzn-requestid'];

/** OpenRouter's metadata.provider_name for the providers the catalog knows (lower case). */
const OPENROUTER_UPSTREAMS: Readonly<Record<string, ErrorProvider>> = {
  openai: 'openai',
  azure: 'azure',
  anthropic: 'anthropic',
  google: 'gemini',
  'google ai studio': 'gemini',
  'google-ai-studio': 'gemini',
  'google vertex': 'vertex',
  'google-vertex': 'vertex',
  'amazon bedrock': 'bedrock',
  bedrock: 'bedrock',
  deepseek: 'deepseek',
  alibaba: 'dashscope',
};

/** True when a string looks like it carries an error of its own (worth a nested scan). */
function mayNest(s: string): boolean {
  if (s.length < 8) return false;
  const head = s.length > 400 ? s.slice(0, 400) : s;
  return head.includes('{') || head.includes('Error code') || head.includes('rror:') || head.includes('Exception');
}

/**
 * Visits a parsed value; returns true when an error node was found (facts were added).
 * `scanNested` handles strings holding errors (escaped JSON bodies, OpenRouter metadata.raw).
 */
export function factsFromValue(v: unknown, f: Facts, scanNested: NestedScanner, depth = 0, nest = 0): boolean {
  if (depth > MAX_DEPTH) return false;
  if (Array.isArray(v)) {
    // Gemini streaming: [{"error": {...}}]
    for (let i = 0; i < v.length && i < MAX_CHILDREN; i++) if (factsFromValue(v[i], f, scanNested, depth + 1, nest)) return true;
    return false;
  }
  if (!isObj(v)) return false;
  const o = v;
  let found = false;

  // wrappers: HTTP status, headers and request id around the error
  for (const key of STATUS_KEYS) {
    const s = o[key];
    if (typeof s === 'number' && s >= 100 && s <= 599 && (key !== 'code' || 'message' in o || 'error' in o)) {
      setStatus(f, s, 3);
      break;
    }
  }
  readHeaders(o.headers, f);
  readHeaders(o.response_headers, f);
  // a client's dump of the HTTP response ({"status": 429, "headers": {…}}) with no body: the status
  // is the whole report (an error status only; the headers object says it is a response)
  if (typeof o.status === 'number' && o.status >= 400 && o.status <= 599 && isObj(o.headers)) found = true;
  for (const key of REQUEST_ID_KEYS) {
    const id = str(o[key]);
    if (id && id.length <= 200) {
      f.requestId ??= id;
      if (id.startsWith('req_')) hint(f, 'anthropic', 1);
      break;
    }
  }
  // Anthropic's {"type":"error","error":{…}}; the Responses API's stream event {"type":"error","code",
  // "message"} has the same type but no error object
  if (o.type === 'error' && isObj(o.error)) hint(f, 'anthropic', 2);
  else if (o.type === 'error' && 'sequence_number' in o) hint(f, 'openai', 1);
  if ('user_id' in o && isObj(o.error) && typeof o.error.code === 'number') hint(f, 'openrouter', 2);
  // DashScope compatible mode puts a UUID request_id next to the OpenAI-shaped error
  if (typeof o.request_id === 'string' && !o.request_id.startsWith('req_') && isObj(o.error) && !('type' in o)) hint(f, 'dashscope', 2);

  if (isObj(o.upstream_error)) {
    errorNode(o.upstream_error, f, scanNested, depth + 1, nest);
    found = true;
  }
  if (isObj(o.error)) {
    const e = o.error;
    if ('param' in e && 'type' in e && 'message' in e) hint(f, 'openai', 0.5); // the OpenAI shape (also used by compatible servers)
    errorNode(e, f, scanNested, depth + 1, nest);
    found = true;
  } else if (typeof o.error === 'string' && isObj(o.details) && (str(o.details.detail) || str(o.details.title))) {
    // Cursor: {"error":"ERROR_PROVIDER_ERROR","details":{"title":"Server Error","detail":"<the provider's message>"}}
    addMessage(f, o.details.detail);
    addMessage(f, o.details.title);
    if (o.error.includes(' ')) addMessage(f, o.error);
    else addCode(f, o.error);
    found = true;
  } else if (typeof o.error === 'string' && o.error.trim()) {
    if (!nestInto(o.error, f, scanNested, nest)) addMessage(f, o.error);
    // xAI's {"code": "Client specified an invalid argument", "error": "…"}: the sibling code names the status
    // (https://github.com/nocmt/LLMSearchPlus/issues/2)
    if (typeof o.code === 'string' && o.code.trim() && o.code.length <= 80) addCode(f, o.code);
    found = true;
  }
  if (isObj(o.Error) && (str(o.Error.Code) || str(o.Error.Message))) {
    // boto3 ClientError.response
    addCode(f, o.Error.Code);
    addMessage(f, o.Error.Message);
    hint(f, 'bedrock', 2);
    const meta = o.ResponseMetadata;
    if (isObj(meta)) {
      if (typeof meta.HTTPStatusCode === 'number') setStatus(f, meta.HTTPStatusCode, 3);
      f.requestId ??= str(meta.RequestId);
      readHeaders(meta.HTTPHeaders, f);
    }
    found = true;
  }
  if (Array.isArray(o.errors)) {
    for (const e of o.errors.slice(0, 8)) {
      if (!isObj(e)) continue;
      addCode(f, e.reason);
      addMessage(f, e.message);
      found = true;
    }
  }
  if (!found) found = blockedResponse(o, f);
  if (!found && looksLikeErrorNode(o)) {
    errorNode(o, f, scanNested, depth + 1, nest);
    found = true;
  }
  if (found) return true;

  // a log record or wrapper: look inside (bounded)
  let n = 0;
  for (const key in o) {
    if (n++ >= MAX_CHILDREN) break;
    const child = o[key];
    if (typeof child === 'string') {
      if (mayNest(child) && nestInto(child, f, scanNested, nest)) return true;
    } else if (typeof child === 'object' && child !== null) {
      if (factsFromValue(child, f, scanNested, depth + 1, nest)) return true;
    }
  }
  return false;
}

/** Finish / block reasons that mean the content was refused (HTTP 200 bodies). */
export const BLOCK_REASONS = new Set(['SAFETY', 'RECITATION', 'PROHIBITED_CONTENT', 'BLOCKLIST', 'SPII', 'IMAGE_SAFETY', 'LANGUAGE', 'MALFORMED_FUNCTION_CALL', 'content_filter']);

/**
 * Gemini `promptFeedback.blockReason` / `candidates[].finishReason: SAFETY` and OpenAI / Azure
 * `choices[].finish_reason: content_filter`: refusals that come back as HTTP 200.
 */
function blockedResponse(o: Record<string, unknown>, f: Facts): boolean {
  let found = false;
  const feedback = o.promptFeedback;
  if (isObj(feedback) && typeof feedback.blockReason === 'string') {
    addCode(f, feedback.blockReason);
    addMessage(f, typeof feedback.blockReasonMessage === 'string' ? feedback.blockReasonMessage : `promptFeedback.blockReason: ${feedback.blockReason}`);
    hint(f, 'gemini', 2);
    found = true;
  }
  for (const [list, key] of [
    [o.candidates, 'finishReason'],
    [o.choices, 'finish_reason'],
  ] as const) {
    if (!Array.isArray(list)) continue;
    for (const c of list.slice(0, 8)) {
      if (!isObj(c)) continue;
      const reason = c[key];
      if (typeof reason === 'string' && BLOCK_REASONS.has(reason)) {
        addCode(f, reason);
        addMessage(f, `${key}: ${reason}`);
        hint(f, key === 'finishReason' ? 'gemini' : 'openai', key === 'finishReason' ? 2 : 1);
        found = true;
      }
    }
  }
  if (found) f.evidence = true;
  return found;
}

function looksLikeErrorNode(o: Record<string, unknown>): boolean {
  const msg = str(o.message) ?? str(o.Message) ?? str(o.msg) ?? str(o.errorMessage) ?? str(o.error_message);
  if (isObj(o.$metadata) || str(o.__type)) return true;
  if (typeof o.name === 'string' && (o.name.endsWith('Exception') || o.name.endsWith('Error'))) return true;
  if (str(o.detail) && Object.keys(o).length <= 3) return true;
  if (!msg) return false;
  if ('role' in o || 'content' in o) return false;
  if (str(o.code) || typeof o.code === 'number' || str(o.status) || typeof o.statusCode === 'number' || str(o.error_code) || str(o.errorCode)) return true;
  if (typeof o.status === 'number' && o.status >= 400) return true;
  // Bedrock wire body: {"message": "..."} alone
  return Object.keys(o).length <= 2;
}

function errorNode(e: Record<string, unknown>, f: Facts, scanNested: NestedScanner, depth: number, nest: number): void {
  f.evidence = true;
  // most specific identifiers first
  if (isObj(e.details) && !Array.isArray(e.details)) addCode(f, e.details.error_code);
  for (const inner of [e.innererror, e.inner_error]) {
    if (isObj(inner)) {
      addCode(f, inner.code);
      hint(f, 'azure', 3);
    }
  }
  if (e.content_filter_result || e.content_filter_results) hint(f, 'azure', 2);
  const details = Array.isArray(e.details) ? e.details.slice(0, 16) : [];
  for (const d of details) if (isObj(d)) addCode(f, d.reason);
  addCode(f, e.error_code);
  addCode(f, e.errorCode);
  addCode(f, e.__type);
  if (typeof e.name === 'string' && (e.name.endsWith('Exception') || e.name.endsWith('Error'))) {
    addCode(f, e.name);
    f.exception ??= e.name;
  }
  addCode(f, e.Code);
  const code = e.code;
  if (typeof code === 'number') {
    if (code >= 100 && code <= 599) setStatus(f, code, 3);
    else addCode(f, String(code));
  } else if (typeof code === 'string') {
    const n = Number(code);
    if (code.length === 3 && n >= 100 && n <= 599) setStatus(f, n, 3);
    addCode(f, code);
  }
  addCode(f, e.type);
  if (typeof e.status === 'string') {
    const n = Number(e.status);
    if (e.status.length === 3 && n >= 100) setStatus(f, n, 3);
    else addCode(f, e.status);
    if (typeof e.code === 'number' && /* google.rpc.Status */ e.status.toUpperCase() === e.status) hint(f, 'gemini', 2);
  } else if (typeof e.status === 'number') setStatus(f, e.status, 3);
  if (typeof e.statusCode === 'number') setStatus(f, e.statusCode, 3);
  for (const d of details) {
    if (!isObj(d)) continue;
    const type = str(d['@type']);
    if (type) {
      addCode(f, type);
      const short = type.slice(type.lastIndexOf('/') + 1);
      if (short !== type) addCode(f, short);
      hint(f, 'gemini', 1);
    }
    if (typeof d.retryDelay === 'string') addWait(f, readDuration(d.retryDelay.toLowerCase(), 0, true), 3);
    if (Array.isArray(d.violations)) {
      for (const viol of d.violations.slice(0, 8)) {
        if (!isObj(viol)) continue;
        addCode(f, viol.quotaId);
        addCode(f, viol.quotaMetric);
        addMessage(f, viol.description);
      }
    }
    if (Array.isArray(d.fieldViolations)) {
      for (const fv of d.fieldViolations.slice(0, 8)) if (isObj(fv)) addMessage(f, fv.description);
    }
    if (isObj(d.metadata)) {
      const service = str(d.metadata.service);
      if (service?.includes('aiplatform')) hint(f, 'vertex', 2);
      else if (service?.includes('generativelanguage')) hint(f, 'gemini', 2);
    }
  }
  const param = str(e.param);
  if (param) {
    f.param ??= param;
    addCode(f, param);
  }
  const message = str(e.message) ?? str(e.Message) ?? str(e.msg) ?? str(e.errorMessage) ?? str(e.error_message) ?? str(e.detail);
  if (message) {
    addMessage(f, message);
    dashscopePrefix(message, f);
    if (mayNest(message)) nestInto(message, f, scanNested, nest);
  }
  if (isObj(e.metadata)) {
    const raw = e.metadata.raw;
    if (typeof raw === 'string') {
      if (!nestInto(raw, f, scanNested, nest)) addMessage(f, raw);
    } else if (isObj(raw)) factsFromValue(raw, f, scanNested, depth + 1, nest);
    const upstream = str(e.metadata.provider_name);
    if (upstream) {
      hint(f, 'openrouter', 2);
      // OpenRouter passing on a provider we know: that provider answered, OpenRouter is a hop
      // (https://openrouter.ai/docs/api-reference/errors: metadata.provider_name, metadata.raw)
      const known = OPENROUTER_UPSTREAMS[upstream.toLowerCase()];
      if (known && raw !== undefined) hint(f, known, 3);
    }
    if (Array.isArray(e.metadata.reasons)) for (const r of e.metadata.reasons.slice(0, 8)) addCode(f, r);
  }
  if (isObj(e.$metadata)) {
    const m = e.$metadata;
    if (typeof m.httpStatusCode === 'number') setStatus(f, m.httpStatusCode, 3);
    f.requestId ??= str(m.requestId);
    hint(f, 'bedrock', 2);
  }
  for (const key of REQUEST_ID_KEYS) {
    const id = str(e[key]);
    if (id) {
      f.requestId ??= id;
      break;
    }
  }
  // a relay's own error node around the provider's (error.error, upstream_error): the inner one leads
  for (const inner of [e.error, e.upstream_error]) if (isObj(inner)) innerFirst(f, () => errorNode(inner, f, scanNested, depth + 1, nest));
}

/** Runs `read` (which adds an inner error's facts) so that its codes and messages come first. */
function innerFirst(f: Facts, read: () => void): void {
  const codes = f.codes;
  const messages = f.messages;
  const status = f.status;
  const rank = f.statusRank;
  f.codes = [];
  f.messages = [];
  f.status = null;
  f.statusRank = 0;
  read();
  if (f.status === null) {
    f.status = status;
    f.statusRank = rank;
  } else {
    if (status !== null && f.status !== status) f.outerStatus ??= status;
    f.statusRank = Math.max(f.statusRank, rank);
  }
  for (const c of codes) addCode(f, c);
  for (const m of messages) addMessage(f, m);
}

/** DashScope messages: `<400> InternalError.Algo.InvalidParameter: ...` carries status and code. */
export function dashscopePrefix(message: string, f: Facts): void {
  if (message.charCodeAt(0) !== 60) return;
  const close = message.indexOf('> ');
  if (close !== 4) return;
  const status = Number(message.slice(1, 4));
  if (!(status >= 100 && status <= 599)) return;
  setStatus(f, status, 3);
  const colon = message.indexOf(':', 6);
  if (colon > 6 && colon < 90) {
    const code = message.slice(6, colon);
    if (!code.includes(' ')) {
      addCode(f, code);
      const dot = code.lastIndexOf('.');
      if (dot > 0) addCode(f, code.slice(dot + 1)); // InternalError.Algo.DataInspectionFailed -> DataInspectionFailed
    }
  }
  hint(f, 'dashscope', 2);
}

/**
 * Reads an error nested in a string (a relay's escaped upstream body, OpenRouter metadata.raw, a LiteLLM
 * message "AnthropicException - {...}"). The innermost error is the one that explains the failure:
 * its status, codes and messages go first; the wrapper's own status is kept as `outerStatus` for the
 * chain, its codes and messages after the inner ones.
 */
function nestInto(s: string, f: Facts, scanNested: NestedScanner, nest: number): boolean {
  if (nest >= 3) return false;
  const inner = scanNested(s, nest + 1);
  if (!inner) return false;
  if (inner.statusRank > 0 && inner.status !== null) {
    if (f.status !== null && f.status !== inner.status) f.outerStatus ??= f.status;
    f.status = inner.status;
    f.statusRank = Math.max(Math.min(inner.statusRank, 3), f.statusRank);
  }
  if (inner.outerStatus !== null) f.outerStatus ??= inner.outerStatus;
  const codes = f.codes;
  const messages = f.messages;
  f.codes = [];
  f.messages = [];
  for (const c of inner.codes) addCode(f, c);
  for (const m of inner.messages) addMessage(f, m);
  // a phrase's whole line is a message only when it is not the body just read
  for (const m of inner.lines) if (!(inner.messages.length && startsLikeBody(m))) addMessage(f, m);
  for (const c of codes) addCode(f, c);
  // the wrapper's message that only carries the nested body adds nothing once it is read
  for (const m of messages) if (m !== s.trim() || !startsLikeBody(m)) addMessage(f, m);
  for (const [p, w] of inner.hints) hint(f, p, w);
  f.waits.push(...inner.waits);
  f.requestId ??= inner.requestId;
  for (const [k, v] of Object.entries(inner.headers)) if (!(k in f.headers)) f.headers[k] = v;
  f.exception ??= inner.exception;
  f.evidence = true;
  f.nested = true;
  return true;
}

function startsLikeBody(m: string): boolean {
  const c = m.charCodeAt(0);
  return c === 123 || c === 91;
}

export function readHeaders(h: unknown, f: Facts): void {
  if (!isObj(h)) return;
  let n = 0;
  for (const [k, v] of Object.entries(h)) {
    if (n++ > 100) break;
    if (typeof v === 'string' || typeof v === 'number') setHeader(f, k, String(v));
  }
}

export function setHeader(f: Facts, name: string, value: string): void {
  const k = name.toLowerCase().trim();
  if (!k || k.length > 100) return;
  if (!(k in f.headers)) f.headers[k] = value.trim().slice(0, 2000);
}
