/**
 * Finds every error payload or error line in any text: JSON bodies (whole, truncated, embedded in log
 * lines, escaped inside JSON strings), Python reprs, util.inspect dumps, SDK exception lines, HTTP
 * responses (curl -i, REST Client / httpyac views), bare status lines, docs table rows, Bedrock
 * exceptions, gRPC status names and known messages as plain text (relay messages in Chinese).
 *
 * Linear time: every generator walks the text left to right with indexOf cursors (each needle's
 * occurrences are enumerated once), looks at bounded windows around a hit, and resumes after what it
 * consumed. No regular expressions.
 */
import type { ErrorEntry, ErrorProvider } from '../../../../rules/errors/types.ts';
import { dashscopePrefix, factsFromValue, setHeader } from './body.ts';
import { addCode, addMessage, emptyFacts, hint, mergeFacts, setStatus, type Candidate, type Facts } from './facts.ts';
import { catalogNeedles } from './needles.ts';
import {
  Cursor,
  isAsciiLetter,
  isErrorStatus,
  isIdentChar,
  lineEnd,
  lineOf,
  lineStarts,
  lowerSameLength,
  skipSpaces,
  threeDigits,
} from './scan.ts';
import { readTolerant, unescapeJsonString } from './tolerant.ts';
import type { ErrorPayload, PayloadFormat } from './types.ts';
import { computeWait } from './wait.ts';
import { continuationLines, glue } from './unwrap.ts';
import { linkExceptionChains } from './chains.ts';
import { scanFrames } from './frames.ts';
import { blankGutters, scanReportLines } from './reports.ts';
import { scanMessageOnly } from './message-only.ts';
import { scanLogfmt } from './logfmt.ts';
import { scanHtml } from './html.ts';
import { isDocsEntry, isQuotedMention, isTemplate } from './mentions.ts';
import { dropQuiet, isSuccessResponse, type QuietSpans } from './success.ts';
import { chainIn, classStatus, LazyWrapperHits } from './wrappers.ts';

/** Longest stretch of a line taken as a message. */
const LINE_WINDOW = 2000;
/** Nested scans (escaped JSON in a string in a string…) go at most this deep. */
const MAX_NEST = 3;
/** How far back from a hit a line payload may start. */
const BACK_WINDOW = 300;
/** How far before a payload the names of the software that passed it on are looked for. */
const CHAIN_LOOKBACK = 2000;

export interface FindOptions {
  /** Entries whose literal messages are searched as plain text (default: the built-in catalog). */
  catalog?: readonly ErrorEntry[];
  /** Reference time for HTTP-date / timestamp waits when the response has no Date header. */
  now?: number;
}

let defaultCatalog: readonly ErrorEntry[] = [];
/** Installed by index.ts (keeps this module free of the catalog import for tests with their own). */
export function setDefaultCatalog(catalog: readonly ErrorEntry[]): void {
  defaultCatalog = catalog;
}

/**
 * Work accounting for the linear-time tests: characters read by the tolerant reader, decoded, or cut
 * out as windows. Reset by each top-level findErrorPayloads call.
 */
let work = 0;
export function lastScanWork(): number {
  return work;
}
function cut(s: string, start: number, end: number): string {
  if (end > start) work += end - start;
  return s.slice(start, end);
}

interface Ctx {
  text: string;
  lower: string;
  starts: number[];
  out: Candidate[];
  /** Success bodies: nothing inside them is an error (success.ts). */
  quiet: QuietSpans;
  depth: number;
  catalog: readonly ErrorEntry[];
}

export function findErrorPayloads(text: string, options: FindOptions = {}): ErrorPayload[] {
  work = 0;
  // log gutters on every line (timestamps, compose names) become indentation: offsets stay the same
  const starts = lineStarts(text);
  const scanned = blankGutters(text, lowerSameLength(text), starts);
  work += scanned === text ? 0 : text.length;
  const ctx = makeCtx(scanned, options.catalog ?? defaultCatalog, 0);
  collect(ctx);
  // host hints look a little before each payload, but never into the previous one (dense logs stay linear)
  let prevEnd = 0;
  const merged = linkExceptionChains(mergeCandidates(ctx), (s, e) => cut(ctx.lower, s, e), text.length, (s, e) => cut(text, s, e));
  const hits = new LazyWrapperHits(text, ctx.lower);
  const payloads = merged.map((c) => {
    const p = toPayload(c, ctx, options.now, prevEnd, hits);
    prevEnd = c.end;
    return p;
  });
  work += hits.read;
  return payloads;
}

function makeCtx(text: string, catalog: readonly ErrorEntry[], depth: number): Ctx {
  return { text, lower: lowerSameLength(text), starts: lineStarts(text), out: [], quiet: [], depth, catalog };
}

function collect(ctx: Ctx): void {
  scanObjects(ctx);
  scanHttp(ctx);
  scanSdkLines(ctx);
  scanPythonExceptions(ctx);
  scanGoogleBare(ctx);
  scanExceptions(ctx);
  scanStatusPhrases(ctx);
  scanDefaultNotFound(ctx);
  scanLineStarts(ctx);
  scanGrpc(ctx);
  scanPhrases(ctx);
  scanFrames(ctx.text, ctx.lower, ctx.out, (s, e) => cut(ctx.text, s, e));
  scanHtml(ctx.text, ctx.lower, ctx.out, (s, e) => cut(ctx.text, s, e));
  scanLogfmt(ctx.text, ctx.lower, ctx.starts, ctx.out, (s, e) => cut(ctx.text, s, e));
  // last: it reads only the lines no other scanner covered
  scanReportLines(ctx.text, ctx.lower, ctx.starts, ctx.out, (s, e) => cut(ctx.text, s, e));
  // a whole paste that is only a short message (never inside a nested string: a body's text is its own)
  if (ctx.depth === 0) scanMessageOnly(ctx.text, ctx.out, (s, e) => cut(ctx.text, s, e));
}

/** Facts of a nested text (a string value that holds an error), for body.ts. */
function scanNested(text: string, depth: number, catalog: readonly ErrorEntry[]): Facts | null {
  // each nested context starts its own string nesting count at 0: bound the total depth here, or a
  // string holding the rest of the text (a repr that never closes) recurses once per repetition
  if (depth > MAX_NEST) return null;
  if (text.length > 65536) text = cut(text, 0, 65536);
  const ctx = makeCtx(text, catalog, depth);
  collect(ctx);
  const merged = mergeCandidates(ctx);
  if (!merged.length) return null;
  const f = emptyFacts();
  for (const c of merged) mergeFacts(f, c.facts);
  const hasBody = f.messages.length > 0;
  for (const l of f.lines) if (!(hasBody && (l.charCodeAt(0) === 123 || l.charCodeAt(0) === 91))) addMessage(f, l);
  return f;
}

// ---------------------------------------------------------------------------------------------
// object literals: JSON, Python repr, util.inspect, escaped JSON

function scanObjects(ctx: Ctx): void {
  const { text } = ctx;
  let i = text.indexOf('{');
  while (i >= 0) {
    let resume = i + 1;
    const next = firstSignificant(text, i + 1);
    const c = text.charCodeAt(next);
    if (c === 92 && text.charCodeAt(next + 1) === 34) {
      // {\"error\": ...} inside a JSON string
      const lineIdx = lineOf(ctx.starts, i);
      const limit = lineEnd(text, ctx.starts, lineIdx);
      const { decoded, end } = unescapeJsonString(text, i, limit);
      work += end - i;
      resume = Math.max(end, i + 1);
      const f = factsFromText(decoded, ctx);
      if (f) ctx.out.push({ start: i, end, format: 'escaped-json', facts: f });
    } else if (c === 34 || c === 39 || c === 0x201c || c === 0x2018 || isAsciiLetter(c) || c === 95 || c === 36) {
      const r = readTolerant(text, i);
      work += r.end - i;
      resume = Math.max(r.end, i + 1);
      if (isSuccessResponse(r.value)) {
        ctx.quiet.push({ start: i, end: r.end });
      } else if (isElided(text, i, r.end)) {
        // `{"error":"...does not support tools"}` written into prose: a person's sketch of a body
        ctx.quiet.push({ start: i, end: r.end });
      } else if (typeof r.value === 'object' && r.value !== null) {
        const f = emptyFacts();
        if (factsFromValue(r.value, f, (s, d) => scanNested(s, d + ctx.depth, ctx.catalog))) {
          f.evidence = true;
          f.truncated = !r.complete;
          const format: PayloadFormat = c === 39 || c === 0x2018 ? 'python' : c === 34 || c === 0x201c ? 'json' : 'inspect';
          ctx.out.push({ start: i, end: r.end, format, facts: f });
        } else {
          codeOnlyBody(ctx, i, r.end, r.value as Record<string, unknown>);
        }
      }
    }
    i = text.indexOf('{', resume);
  }
}

/**
 * A body that is only a code (`400 - {"code":"Arrearage"}`, Spring AI's "HTTP 400 - {…}"): no message, so
 * it is not an error node by itself, but an error status right before it ("400 - ", "429: ") says it is
 * the body of a failed response. Its code and type become the payload's codes; the status its status.
 */
function codeOnlyBody(ctx: Ctx, start: number, end: number, o: Record<string, unknown>): void {
  if (Array.isArray(o)) return;
  const code = typeof o.code === 'string' ? o.code.trim() : '';
  const type = typeof o.type === 'string' ? o.type.trim() : '';
  if ((!code || code.length > 80) && (!type || type.length > 80)) return;
  const status = statusBefore(ctx.text, start);
  if (status < 0) return;
  const f = emptyFacts();
  setStatus(f, status, 2);
  if (code && code.length <= 80) addCode(f, code);
  if (type && type.length <= 80) addCode(f, type);
  f.evidence = true;
  ctx.out.push({ start, end, format: 'json', facts: f });
}

/** An error status ending within a few characters before i, followed only by " - ", ": " or blanks; else -1. */
function statusBefore(text: string, i: number): number {
  let j = i - 1;
  const stop = Math.max(0, i - 6);
  while (j >= stop && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 45 || text.charCodeAt(j) === 58)) j--;
  if (j < 2 || j === i - 1) return -1;
  const s = j - 2;
  const status = threeDigits(text, s);
  if (!isErrorStatus(status)) return -1;
  if (s > 0 && (isIdentChar(text.charCodeAt(s - 1)) || text.charCodeAt(s - 1) === 46)) return -1;
  return status;
}

/**
 * An object whose string value opens with an ellipsis (`"error":"...does not support tools"`): services
 * do not start messages with "...", people abbreviating a body in prose do. Reads at most the first
 * 400 characters of the object.
 */
function isElided(text: string, start: number, end: number): boolean {
  const limit = Math.min(end, start + 400);
  for (let i = start; i < limit; i++) {
    if (text.charCodeAt(i) !== 58) continue;
    let j = i + 1;
    while (j < limit && text.charCodeAt(j) === 32) j++;
    const q = text.charCodeAt(j);
    if ((q === 34 || q === 39) && (text.startsWith('...', j + 1) || text.charCodeAt(j + 1) === 0x2026) && isMessageKey(text, i, start)) return true;
  }
  return false;
}

/** The key before the colon at i is "error", "message", "msg" or "detail" (a redacted user_id is not a sketch). */
function isMessageKey(text: string, colon: number, start: number): boolean {
  let k = colon - 1;
  while (k > start && text.charCodeAt(k) === 32) k--;
  const q = text.charCodeAt(k);
  if (q !== 34 && q !== 39) return false;
  for (const key of ['error', 'message', 'msg', 'detail']) {
    const s = k - key.length;
    if (s > start && text.startsWith(key, s) && text.charCodeAt(s - 1) === q) return true;
  }
  return false;
}

function firstSignificant(text: string, i: number): number {
  const end = Math.min(text.length, i + 200);
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13) return i;
    i++;
  }
  return i;
}

/** Parses an object literal held in a decoded string (escaped JSON). */
function factsFromText(decoded: string, ctx: Ctx): Facts | null {
  if (ctx.depth >= 3) return null;
  return scanNested(decoded, ctx.depth + 1, ctx.catalog);
}

// ---------------------------------------------------------------------------------------------
// HTTP responses: "HTTP/1.1 429 Too Many Requests" + headers + body

const HTTP_VERSIONS = ['http/1.1 ', 'http/1.0 ', 'http/2 ', 'http/2.0 ', 'http/3 '];

function scanHttp(ctx: Ctx): void {
  const { text, lower, starts } = ctx;
  const cursor = new Cursor(lower, 'http/');
  let from = 0;
  for (let at = cursor.next(from); at >= 0; at = cursor.next(from)) {
    from = at + 5;
    const version = HTTP_VERSIONS.find((v) => lower.startsWith(v, at));
    if (!version) continue;
    const sp = at + version.length;
    const status = threeDigits(text, sp);
    if (status < 100) continue;
    const after = text.charCodeAt(sp + 3);
    if (!(Number.isNaN(after) || after === 32 || after === 13 || after === 10 || after === 34)) continue;
    const line = lineOf(starts, at);
    const ls = starts[line];
    const le = lineEnd(text, starts, line);
    const f = emptyFacts();
    setStatus(f, status, 5);
    f.evidence = status >= 400;
    const prefix = cut(text, Math.max(ls, at - 200), at);
    const atLineStart = prefix.trim() === '' || prefix.trim() === '<';
    let end = Math.min(le, sp + 3 + 80);
    if (atLineStart) {
      // headers until a blank line
      let l = line + 1;
      let count = 0;
      for (; l < starts.length && count < 200; l++, count++) {
        const hs = starts[l];
        const he = lineEnd(text, starts, l);
        if (he - hs > 8192) break;
        let s = hs;
        if (text.charCodeAt(s) === 60 && text.charCodeAt(s + 1) === 32) s += 2; // curl -v "< "
        const raw = cut(text, s, he);
        if (raw.trim() === '' || raw.trim() === '<') {
          l++;
          break;
        }
        const colon = raw.indexOf(':');
        if (colon <= 0 || colon > 64 || !isHeaderName(raw, colon)) break;
        setHeader(f, raw.slice(0, colon), raw.slice(colon + 1));
        end = he;
      }
      end = attachBody(ctx, f, l, end, status);
    } else {
      // httpx log: HTTP Request: POST https://... "HTTP/1.1 400 Bad Request" — the body may follow
      end = Math.min(le, sp + 3 + 40);
      end = attachBody(ctx, f, line + 1, end, status);
    }
    hostHints(cut(lower, Math.max(ls, at - 400), at), f);
    headerHints(f);
    ctx.out.push({ start: atLineStart ? Math.max(ls, at - (prefix.length - prefix.trimStart().length === prefix.length ? 0 : prefix.trimStart().length)) : at, end, format: 'http', facts: f });
    from = Math.max(from, end);
  }
}

/** Extends an HTTP response to its body's first character (JSON merges) or its first text line. */
function attachBody(ctx: Ctx, f: Facts, line: number, end: number, status: number): number {
  const { text, starts } = ctx;
  for (let k = 0; k < 3 && line < starts.length; k++, line++) {
    const bs = starts[line];
    const be = lineEnd(text, starts, line);
    const body = cut(text, bs, Math.min(be, bs + LINE_WINDOW));
    const trimmed = body.trim();
    if (!trimmed) continue;
    const first = trimmed.charCodeAt(0);
    if (first === 123 || first === 91) return bs + body.indexOf(trimmed[0]) + 1;
    const lowerBody = trimmed.toLowerCase();
    if (status >= 400 && !lowerBody.includes('http/') && lowerBody.includes('error')) {
      // httpx "HTTP/1.1 400 Bad Request" followed by the SDK's exception line
      return bs + body.indexOf(trimmed[0]) + 1;
    }
    if (status >= 400 && !trimmed.startsWith('HTTP/') && !isRequestLine(trimmed)) {
      addMessage(f, trimmed);
      return Math.min(be, bs + LINE_WINDOW);
    }
    return end;
  }
  return end;
}

function isRequestLine(s: string): boolean {
  for (const m of ['GET ', 'POST ', 'PUT ', 'DELETE ', 'PATCH ', '###', '//', '#']) if (s.startsWith(m)) return true;
  return false;
}

function isHeaderName(raw: string, colon: number): boolean {
  for (let i = 0; i < colon; i++) {
    const c = raw.charCodeAt(i);
    if (!(isIdentChar(c) || c === 45)) return false;
  }
  return true;
}

// ---------------------------------------------------------------------------------------------
// SDK exception lines

/** Exception classes that SDKs print before a status or message. */
const SDK_CLASSES = new Set(
  [
    'BadRequestError',
    'AuthenticationError',
    'PermissionDeniedError',
    'NotFoundError',
    'ConflictError',
    'UnprocessableEntityError',
    'RateLimitError',
    'InternalServerError',
    'APIError',
    'APIStatusError',
    'APIConnectionError',
    'APITimeoutError',
    'ServiceUnavailableError',
    'OverloadedError',
    'InvalidRequestError',
    'ContextWindowExceededError',
    'ContentPolicyViolationError',
    'BadGatewayError',
    'ClientError',
    'ServerError',
    'ApiError',
    'HTTPError',
    'GoogleGenerativeAIError',
    'GoogleGenerativeAIFetchError',
    'RequestFailedException',
    'ClientResultException',
  ].map((s) => s.toLowerCase()),
);

function scanSdkLines(ctx: Ctx): void {
  const { text, lower, starts } = ctx;
  // Python SDKs: openai.BadRequestError: Error code: 400 - {...}
  {
    const cursor = new Cursor(lower, 'error code: ');
    let from = 0;
    for (let at = cursor.next(from); at >= 0; at = cursor.next(from)) {
      from = at + 12;
      const sp = skipSpaces(text, at + 12, 4);
      const status = threeDigits(text, sp);
      if (status < 100) continue;
      const line = lineOf(starts, at);
      const le = lineEnd(text, starts, line);
      const f = emptyFacts();
      setStatus(f, status, 4);
      f.evidence = true;
      const cls = classBefore(text, at, starts[line]);
      if (cls) {
        f.exception = cls.name;
        classHints(cls.name, f);
      }
      let rest = skipSpaces(text, sp + 3, 4);
      if (text.charCodeAt(rest) === 45) rest = skipSpaces(text, rest + 1, 4);
      const restEnd = Math.min(le, rest + LINE_WINDOW);
      if (text.charCodeAt(rest) !== 123) addMessage(f, cut(text, rest, restEnd));
      const end = text.charCodeAt(rest) === 123 ? rest + 1 : restEnd;
      ctx.out.push({ start: cls ? cls.start : at, end, format: 'sdk', facts: f });
      from = Math.max(from, end);
    }
  }
  // JS/TS SDKs and the like: BadRequestError: 400 ..., Error: 529 {...}, API Error: 403 {...}
  {
    const cursor = new Cursor(lower, 'error: ');
    let from = 0;
    for (let at = cursor.next(from); at >= 0; at = cursor.next(from)) {
      from = at + 7;
      if (lower.startsWith('error code: ', at + 7)) continue;
      const line = lineOf(starts, at);
      const ls = starts[line];
      const le = lineEnd(text, starts, line);
      const cls = classBefore(text, at + 5, ls, true);
      const name = cls?.name ?? 'Error';
      const start = cls?.start ?? at;
      const sp = skipSpaces(text, at + 7, 4);
      const status = threeDigits(text, sp);
      const f = emptyFacts();
      const bare = name.slice(name.lastIndexOf('.') + 1).toLowerCase();
      const known = SDK_CLASSES.has(bare) || name.includes('.') || name === 'API Error';
      let rest = sp;
      if (status >= 100) {
        const after = text.charCodeAt(sp + 3);
        if (!(Number.isNaN(after) || after === 32 || after === 13 || after === 10 || after === 123 || after === 58 || after === 44)) continue;
        if (status < 400 && !known) continue;
        setStatus(f, status, 4);
        rest = skipSpaces(text, sp + 3, 4);
      } else if (!known) {
        // "[API Error: {...}]" and the like still mark an exception around a body
        if (text.charCodeAt(sp) !== 123) continue;
      }
      f.evidence = true;
      f.exception = name;
      classHints(name, f);
      let restEnd = Math.min(le, rest + LINE_WINDOW);
      const isBody = text.charCodeAt(rest) === 123 || text.charCodeAt(rest) === 91;
      if (!isBody && rest < restEnd) {
        let msg = cut(text, rest, restEnd);
        // a terminal wrapped the message over indented lines: one message, as it was printed
        for (const [cs, ce] of continuationLines(text, starts, line, (l) => lineEnd(text, starts, l))) {
          msg = msg.trimEnd() + ' ' + cut(text, cs, Math.min(ce, cs + LINE_WINDOW));
          restEnd = Math.min(ce, cs + LINE_WINDOW);
        }
        addMessage(f, msg);
        dashscopePrefix(msg, f);
      }
      const end = isBody ? rest + 1 : restEnd;
      ctx.out.push({ start, end, format: 'sdk', facts: f });
      from = Math.max(from, end);
    }
  }
}

/**
 * google-api-core's classes printed bare by the frameworks around them ("Encountered ResourceExhausted:
 * 429 Gemini 2.5 Pro Preview doesn't have a free quota tier…", "raised PermissionDenied: 403 …"): the
 * class name, a colon and the status that class stands for
 * (https://googleapis.dev/python/google-api-core/latest/exceptions.html). The status must agree with the
 * class, so prose that merely names a class is not read.
 */
const GOOGLE_BARE = ['ResourceExhausted', 'PermissionDenied', 'ServiceUnavailable', 'DeadlineExceeded', 'InvalidArgument', 'FailedPrecondition', 'TooManyRequests', 'Unauthenticated'];

function scanGoogleBare(ctx: Ctx): void {
  const { text, starts } = ctx;
  for (const name of GOOGLE_BARE) {
    const expected = classStatus(name);
    const cursor = new Cursor(text, name + ': ');
    let from = 0;
    for (let at = cursor.next(from); at >= 0; at = cursor.next(from)) {
      from = at + name.length + 2;
      // a whole word, not the tail of a dotted name (scanPythonExceptions reads those)
      if (at > 0 && (isIdentChar(text.charCodeAt(at - 1)) || text.charCodeAt(at - 1) === 46)) continue;
      const sp = from;
      if (threeDigits(text, sp) !== expected || isIdentChar(text.charCodeAt(sp + 3))) continue;
      const line = lineOf(starts, at);
      const le = lineEnd(text, starts, line);
      const f = emptyFacts();
      f.evidence = true;
      f.exception = name;
      setStatus(f, expected, 3);
      classHints(name, f);
      let msg = cut(text, skipSpaces(text, sp + 3, 4), Math.min(le, sp + LINE_WINDOW));
      let end = Math.min(le, sp + LINE_WINDOW);
      for (const [cs, ce] of continuationLines(text, starts, line, (l) => lineEnd(text, starts, l))) {
        if (msg.length > LINE_WINDOW) break;
        msg = msg.trimEnd() + ' ' + cut(text, cs, Math.min(ce, cs + LINE_WINDOW));
        end = Math.min(ce, cs + LINE_WINDOW);
      }
      addMessage(f, msg);
      ctx.out.push({ start: at, end, format: 'sdk', facts: f });
      from = Math.max(from, end);
    }
  }
}

/** google.api_core.exceptions.ResourceExhausted: 429 ..., botocore.exceptions.ClientError: ... */
function scanPythonExceptions(ctx: Ctx): void {
  const { text, lower, starts } = ctx;
  const cursor = new Cursor(lower, 'exceptions.');
  let from = 0;
  for (let at = cursor.next(from); at >= 0; at = cursor.next(from)) {
    from = at + 11;
    let e = at + 11;
    while (e < text.length && e - at < 80 && isIdentChar(text.charCodeAt(e))) e++;
    if (e === at + 11 || text.charCodeAt(e) !== 58) continue;
    const line = lineOf(starts, at);
    const ls = starts[line];
    const le = lineEnd(text, starts, line);
    let s = at;
    while (s > ls && s > at - 80 && (isIdentChar(text.charCodeAt(s - 1)) || text.charCodeAt(s - 1) === 46)) s--;
    const name = cut(text, s, e);
    const f = emptyFacts();
    f.exception = name;
    f.evidence = true;
    if (name.startsWith('google.')) hint(f, 'gemini', 2);
    else classHints(name, f);
    let i = skipSpaces(text, e + 1, 4);
    const status = threeDigits(text, i);
    if (status >= 100) {
      setStatus(f, status, 4);
      i = skipSpaces(text, i + 3, 4);
    }
    const msgEnd = Math.min(le, i + LINE_WINDOW);
    const isBody = text.charCodeAt(i) === 123;
    if (!isBody && i < msgEnd) addMessage(f, cut(text, i, msgEnd));
    const end = isBody ? i + 1 : msgEnd;
    ctx.out.push({ start: s, end, format: 'sdk', facts: f });
    from = Math.max(from, end);
  }
}

/** The dotted identifier ending at `end` (e.g. openai.BadRequestError), bounded to 100 chars back. */
function classBefore(text: string, end: number, lineStart: number, includeTail = false): { name: string; start: number } | null {
  let i = end;
  if (!includeTail) {
    // "... RateLimitError: Error code:" — skip back over ": " to the class name
    i = end;
    while (i > lineStart && i > end - 3 && (text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 58)) i--;
  }
  const stop = Math.max(lineStart, i - 100);
  let s = i;
  while (s > stop) {
    const c = text.charCodeAt(s - 1);
    if (isIdentChar(c) || c === 46) s--;
    else break;
  }
  if (s === i) return null;
  let name = cut(text, s, i);
  // "API Error" (Claude Code) and "[API Error" (Gemini CLI)
  if (name === 'Error' && cut(text, Math.max(lineStart, s - 4), s) === 'API ') {
    return { name: 'API Error', start: s - 4 };
  }
  while (name.startsWith('.')) name = name.slice(1);
  if (!name || !isAsciiLetter(name.charCodeAt(0))) return null;
  return { name, start: i - name.length };
}

function classHints(name: string, f: Facts): void {
  const l = name.toLowerCase();
  if (l.startsWith('openai.')) hint(f, 'openai', 0.5); // the openai SDK talks to every compatible server
  else if (l.startsWith('anthropic.')) hint(f, 'anthropic', 2);
  else if (l.startsWith('google.') || l.startsWith('googlegenerativeai')) hint(f, 'gemini', 2);
  else if (l.startsWith('botocore.')) hint(f, 'bedrock', 3);
  else if (l.startsWith('dashscope') || l.startsWith('com.alibaba.dashscope')) hint(f, 'dashscope', 3);
}

// ---------------------------------------------------------------------------------------------
// AWS exceptions: ValidationException: ..., An error occurred (ThrottlingException) when calling ...

const BEDROCK_STATUS: Record<string, number> = {
  validationexception: 400,
  servicequotaexceededexception: 400,
  throttlingexception: 429,
  modelnotreadyexception: 429,
  accessdeniedexception: 403,
  unrecognizedclientexception: 403,
  expiredtokenexception: 403,
  resourcenotfoundexception: 404,
  modeltimeoutexception: 408,
  conflictexception: 409,
  modelerrorexception: 424,
  modelstreamerrorexception: 424,
  internalserverexception: 500,
  serviceunavailableexception: 503,
};

const LITELLM_PROVIDERS: Record<string, ErrorProvider> = {
  openaiexception: 'openai',
  azureexception: 'azure',
  anthropicexception: 'anthropic',
  vertexaiexception: 'vertex',
  vertexexception: 'vertex',
  geminiexception: 'gemini',
  bedrockexception: 'bedrock',
  deepseekexception: 'deepseek',
  openrouterexception: 'openrouter',
  dashscopeexception: 'dashscope',
};

function scanExceptions(ctx: Ctx): void {
  const { text, lower, starts } = ctx;
  const cursor = new Cursor(lower, 'exception');
  let from = 0;
  for (let at = cursor.next(from); at >= 0; at = cursor.next(from)) {
    from = at + 9;
    const nameEnd = at + 9;
    let s = at;
    const stop = Math.max(0, at - 64);
    while (s > stop && isAsciiLetter(text.charCodeAt(s - 1))) s--;
    if (s === at) continue; // just "Exception"
    const name = cut(text, s, nameEnd);
    const key = name.toLowerCase();
    const next = text.charCodeAt(nameEnd);
    if (isIdentChar(next)) continue;
    const line = lineOf(starts, at);
    const ls = starts[line];
    const le = lineEnd(text, starts, line);
    const f = emptyFacts();
    const litellm = LITELLM_PROVIDERS[key];
    if (litellm) {
      // LiteLLM names the provider it called ("AnthropicException"): certain, except OpenAIException,
      // which LiteLLM uses for every OpenAI-compatible endpoint (and for its own proxy's errors)
      hint(f, litellm, litellm === 'openai' ? 1 : 3);
      ctx.out.push({ start: s, end: nameEnd, format: 'sdk', facts: f });
      continue;
    }
    const known = key in BEDROCK_STATUS;
    const upper = text.charCodeAt(s) >= 65 && text.charCodeAt(s) <= 90;
    if (!known && !upper) continue;
    let start = s;
    let end = nameEnd;
    let format: PayloadFormat = 'bedrock';
    const before = cut(lower, Math.max(ls, s - 19), s);
    if (before.endsWith('an error occurred (') && next === 41) {
      // botocore
      start = s - 19;
      let i = nameEnd + 1;
      const calling = ' when calling the ';
      if (lower.startsWith(calling, i)) {
        // Searched in a bounded window: an unbounded indexOf read to the end of the text per hit (quadratic).
        const op = cut(lower, i, Math.min(le, i + 130)).indexOf(' operation');
        if (op >= 0 && op < 120) i += op + 10;
      }
      if (lower.startsWith(' (reached max retries: ', i)) {
        const close = cut(lower, i, Math.min(le, i + 40)).indexOf(')');
        if (close >= 0) i += close + 1;
      }
      if (text.charCodeAt(i) === 58) i++;
      i = skipSpaces(text, i, 4);
      const msgEnd = Math.min(le, i + LINE_WINDOW);
      if (i < msgEnd) addMessage(f, cut(text, i, msgEnd));
      end = msgEnd;
      hint(f, 'bedrock', 3);
    } else if (next === 58) {
      // Name: message
      const i = skipSpaces(text, nameEnd + 1, 4);
      const msgEnd = Math.min(le, i + LINE_WINDOW);
      const isBody = text.charCodeAt(i) === 123;
      // botocore.errorfactory.X: An error occurred (X) ... — the inner form carries the message
      const inner = lower.startsWith('an error occurred (', i);
      if (!isBody && !inner && i < msgEnd) addMessage(f, cut(text, i, msgEnd));
      end = isBody ? i + 1 : inner ? i + 1 : msgEnd;
      if (known) hint(f, 'bedrock', 1);
      else if (key === 'apiexception' && isBody) hint(f, 'dashscope', 1);
      if (!known && !isBody) format = 'sdk';
    } else if (known && (next === 40 || next === 34 || next === 32 || Number.isNaN(next) || next === 44 || next === 13 || next === 10)) {
      hint(f, 'bedrock', 1);
      if (next === 40) end = Math.min(le, nameEnd + LINE_WINDOW);
    } else continue;
    if (!known && next !== 58 && format === 'bedrock') continue;
    addCode(f, name);
    f.exception = name;
    f.evidence = true;
    if (known) setStatus(f, BEDROCK_STATUS[key], 1);
    ctx.out.push({ start, end, format: known ? format : 'sdk', facts: f });
    from = Math.max(from, end);
  }
}

// ---------------------------------------------------------------------------------------------
// Go's net/http default body for an unknown path, "404 page not found" (https://pkg.go.dev/net/http#NotFound):
// a relay or proxy answering a wrong base URL or path ("【OpenAI服务响应异常: 404 page not found】")

function scanDefaultNotFound(ctx: Ctx): void {
  const needle = '404 page not found';
  const cursor = new Cursor(ctx.lower, needle);
  for (let at = cursor.next(0); at >= 0; at = cursor.next(at + needle.length)) {
    if (at > 0 && isIdentChar(ctx.lower.charCodeAt(at - 1))) continue;
    const f = emptyFacts();
    setStatus(f, 404, 2);
    f.evidence = true;
    addMessage(f, cut(ctx.text, at, at + needle.length));
    ctx.out.push({ start: at, end: at + needle.length, format: 'status-line', facts: f });
  }
}

// ---------------------------------------------------------------------------------------------
// status phrases inside lines: "status code 503", "Error 429:", "status_code: 400, code: X, message: Y"

function scanStatusPhrases(ctx: Ctx): void {
  const { text, lower, starts } = ctx;
  const needles: [string, number][] = [
    ['status code', 3],
    ['status_code', 3],
    ['error ', 3],
    ['unexpected status ', 3],
    ['status: ', 2],
    ['errorcode: ', 2],
    // the status where clients print it after a failure: "Codex API request failed: 400",
    // "Request failed with status 429" (not a bare "HTTP 429": prose names statuses that way)
    ['request failed: ', 3],
    ['failed with status ', 3],
  ];
  for (const [needle, rank] of needles) {
    const cursor = new Cursor(lower, needle);
    let from = 0;
    for (let at = cursor.next(from); at >= 0; at = cursor.next(from)) {
      from = at + needle.length;
      if (at > 0 && isIdentChar(lower.charCodeAt(at - 1)) && needle !== 'error ' && needle !== 'errorcode: ') continue;
      let i = at + needle.length;
      const line = lineOf(starts, at);
      const ls = starts[line];
      const le = lineEnd(text, starts, line);
      const f = emptyFacts();
      if (needle === 'errorcode: ') {
        const s = skipSpaces(text, i, 4);
        let e = s;
        while (e < le && e - s < 80 && (isIdentChar(text.charCodeAt(e)) || text.charCodeAt(e) === 46)) e++;
        if (e === s) continue;
        addCode(f, cut(text, s, e));
        f.evidence = true;
        ctx.out.push({ start: at, end: e, format: 'status-line', facts: f });
        continue;
      }
      if (text.charCodeAt(i) === 58 || text.charCodeAt(i) === 61) i++;
      i = skipSpaces(text, i, 4);
      // Claude Code's "API Error (503 upstream connect error …) · Retrying in 4 seconds…": the status opens a parenthesis
      if (needle === 'error ' && text.charCodeAt(i) === 40) i++;
      const status = threeDigits(text, i);
      if (!isErrorStatus(status)) continue;
      const after = text.charCodeAt(i + 3);
      if (!(Number.isNaN(after) || after === 32 || after === 58 || after === 44 || after === 45 || after === 41 || after === 46 || after === 13 || after === 10 || after === 59 || after === 93)) continue;
      if (needle === 'error ' && at > 0 && isIdentChar(lower.charCodeAt(at - 1))) {
        // "...Error 429" is fine only as a whole word "error"
        continue;
      }
      if (needle === 'status: ' && lower.startsWith('"', at - 1)) continue; // JSON "status": handled by the body reader
      setStatus(f, status, rank);
      f.evidence = true;
      const s = Math.max(ls, at - BACK_WINDOW);
      const e = Math.min(le, at + LINE_WINDOW);
      const lineText = cut(text, s, e).trim();
      if (lineText) f.lines.push(lineText);
      // go-openai / DashScope python: ", code: X, message: Y"
      const window = cut(lower, i, e);
      const codeAt = window.indexOf('code: ');
      if (needle === 'status_code' && codeAt >= 0) {
        const cs = i + codeAt + 6;
        let ce = cs;
        while (ce < e && ce - cs < 80 && (isIdentChar(text.charCodeAt(ce)) || text.charCodeAt(ce) === 46)) ce++;
        if (ce > cs) addCode(f, cut(text, cs, ce));
      }
      // Continue's error report: "Status Code: 500\n\n**Error Output**\n```\n<the message>\n```": the fence holds the message
      if (needle === 'status code' && le - (i + 3) <= 8 && cut(text, i + 3, le).trim() === '') {
        const fenced = errorOutputFence(text, lower, le);
        if (fenced) {
          addMessage(f, fenced.message);
          ctx.out.push({ start: at, end: fenced.end, format: 'status-line', facts: f });
          from = Math.max(from, fenced.end);
          continue;
        }
      }
      const msgAt = window.indexOf('message: ');
      if (msgAt >= 0) {
        // a message the terminal wrapped goes on in the indented lines below ("Message: 400 \"Incorrect API\n    key provided…")
        let msg = cut(text, i + msgAt + 9, e);
        let end = e;
        if (e === le) for (const [cs, ce] of continuationLines(text, starts, line, (l) => lineEnd(text, starts, l))) {
          msg += ' ' + cut(text, cs, Math.min(ce, cs + LINE_WINDOW));
          end = ce;
        }
        addMessage(f, msg);
        ctx.out.push({ start: at, end, format: 'status-line', facts: f });
        from = Math.max(from, end);
        continue;
      }
      if (needle === 'status_code' && cut(lower, Math.max(ls, at - 40), at).includes('sync_call')) hint(f, 'dashscope', 2);
      ctx.out.push({ start: at, end: e, format: 'status-line', facts: f });
      from = Math.max(from, e);
    }
  }
}

/** How far below a bare status line a labelled output block may start (a blank line and a heading). */
const FENCE_LOOKAHEAD = 120;

/**
 * The message in a fenced block labelled "Error Output" that follows a bare status line (Continue's issue
 * template: https://github.com/continuedev/continue/issues/12795), quotes around it dropped; null when the
 * block is not right there. Reads at most FENCE_LOOKAHEAD + LINE_WINDOW characters.
 */
function errorOutputFence(text: string, lower: string, from: number): { message: string; end: number } | null {
  // every search is within a bounded window (a status line may repeat 100 000 times: adversarial.test.ts)
  const rel = cut(lower, from, Math.min(lower.length, from + FENCE_LOOKAHEAD + 12)).indexOf('error output');
  if (rel < 0) return null;
  const label = from + rel;
  const openRel = cut(text, label, Math.min(text.length, label + 40)).indexOf('```');
  if (openRel < 0) return null;
  const open = label + openRel;
  const nlRel = cut(text, open, Math.min(text.length, open + 40)).indexOf('\n');
  if (nlRel < 0) return null;
  const bodyStart = open + nlRel;
  const limit = Math.min(text.length, bodyStart + LINE_WINDOW);
  const closeRel = cut(text, bodyStart, limit).indexOf('```');
  const close = closeRel >= 0 ? bodyStart + closeRel : -1;
  const end = close >= 0 ? close : limit;
  let message = cut(text, bodyStart + 1, end).trim();
  if (message.length > 1 && message.startsWith('"') && message.endsWith('"')) message = message.slice(1, -1);
  return message ? { message, end: close >= 0 ? close + 3 : end } : null;
}

// ---------------------------------------------------------------------------------------------
// lines that start with a status: "400 - message", "429 | Throttling.RateQuota | message |", "<400> X: y"

function scanLineStarts(ctx: Ctx): void {
  const { text, starts } = ctx;
  for (let line = 0; line < starts.length; line++) {
    const ls = starts[line];
    let i = ls;
    const stop = Math.min(text.length, ls + 8);
    while (i < stop) {
      const c = text.charCodeAt(i);
      // "(429 Too many tokens, please wait before trying again.)": a status in parentheses opens the line too
      if (c === 32 || c === 9 || c === 124 || c === 45 || c === 42 || c === 0x2022 || c === 62 || c === 35 || c === 40) i++;
      else break;
    }
    let angle = false;
    if (text.charCodeAt(i) === 60) {
      angle = true;
      i++;
    }
    const status = threeDigits(text, i);
    if (!isErrorStatus(status)) continue;
    let j = i + 3;
    if (angle) {
      if (text.charCodeAt(j) !== 62) continue;
      j++;
    }
    while (text.charCodeAt(j) === 42 && j < i + 6) j++; // markdown bold: | **400** |
    const le = lineEnd(text, starts, line);
    const e = Math.min(le, ls + LINE_WINDOW);
    const b = text.charCodeAt(j);
    const rest = cut(text, j, e);
    const f = emptyFacts();
    let format: PayloadFormat = 'status-line';
    let message = '';
    if (Number.isNaN(b) || j >= le) {
      message = '';
    } else if (b === 32 || b === 9) {
      const r = rest.trimStart();
      if (r.startsWith('|')) {
        format = 'table';
        const cells = r.split('|').map((x) => x.trim());
        const c1 = cells[1] ?? '';
        if (c1 && !c1.includes(' ') && isAsciiLetter(c1.charCodeAt(0))) {
          addCode(f, c1.replace(/\*/g, ''));
          message = cells[2] ?? '';
        } else message = c1;
      } else if (r.startsWith('- ') || r.startsWith(': ') || r.startsWith('-') || r.startsWith(':')) message = r.slice(1).trim();
      else if (angle) message = r;
      else if (isAsciiLetter(r.charCodeAt(0)) && r.charCodeAt(0) <= 90) message = r; // 404 Not Found
      else if (isCjk(r.charCodeAt(0))) message = r; // 429 余额不足或无可用资源包,请充值。
      else if (r.startsWith('{')) message = '';
      else continue;
    } else if (b === 47) {
      // 400/429 - message
      const dash = rest.indexOf(' - ');
      if (dash < 0 || dash > 12) continue;
      message = rest.slice(dash + 3).trim();
    } else if (b === 58 || b === 45 || b === 124) {
      message = rest.slice(1).trim();
      if (b === 124) {
        format = 'table';
        const cells = message.split('|').map((x) => x.trim());
        const c1 = cells[0] ?? '';
        if (c1 && !c1.includes(' ') && isAsciiLetter(c1.charCodeAt(0))) {
          addCode(f, c1);
          message = cells[1] ?? '';
        } else message = c1;
      }
    } else continue;
    if (format === 'status-line' && line + 1 < starts.length) {
      const next = cut(text, starts[line + 1], Math.min(lineEnd(text, starts, line + 1), starts[line + 1] + 40));
      if (isDocsEntry(rest, next)) continue; // a documentation row, not a failure
    }
    setStatus(f, status, 2);
    f.evidence = true;
    if (message) {
      if (message.endsWith('|')) message = message.slice(0, -1).trim();
      addMessage(f, message);
      if (angle) dashscopePrefix(cut(text, i - 1, e), f);
    }
    ctx.out.push({ start: i - (angle ? 1 : 0), end: e, format, facts: f });
  }
}

/** A CJK ideograph (a Chinese or Japanese message opens with one; prose about a status rarely follows it bare). */
function isCjk(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);
}

// ---------------------------------------------------------------------------------------------
// gRPC / Google status names

const GRPC: [string, number, boolean][] = [
  ['RESOURCE_EXHAUSTED', 429, true],
  ['DEADLINE_EXCEEDED', 504, true],
  ['INVALID_ARGUMENT', 400, true],
  ['PERMISSION_DENIED', 403, true],
  ['FAILED_PRECONDITION', 400, true],
  ['UNAUTHENTICATED', 401, true],
  ['OUT_OF_RANGE', 400, true],
  ['UNAVAILABLE', 503, false],
  ['NOT_FOUND', 404, false],
  ['INTERNAL', 500, false],
  ['ALREADY_EXISTS', 409, false],
  ['ABORTED', 409, false],
  ['UNIMPLEMENTED', 501, false],
  ['DATA_LOSS', 500, false],
];

function scanGrpc(ctx: Ctx): void {
  const { text, lower, starts } = ctx;
  for (const [name, status, distinctive] of GRPC) {
    const cursor = new Cursor(text, name);
    let from = 0;
    for (let at = cursor.next(from); at >= 0; at = cursor.next(from)) {
      from = at + name.length;
      const p = text.charCodeAt(at - 1);
      const n = text.charCodeAt(at + name.length);
      // grpcio's repr names the status as StatusCode.PERMISSION_DENIED (other dotted names are not a status)
      const statusCode = p === 46 && lower.startsWith('statuscode.', at - 11);
      if ((at > 0 && (isIdentChar(p) || (p === 46 && !statusCode))) || isIdentChar(n)) continue;
      const line = lineOf(starts, at);
      const ls = starts[line];
      const le = lineEnd(text, starts, line);
      const s = Math.max(ls, at - BACK_WINDOW);
      const e = Math.min(le, at + LINE_WINDOW);
      if (!distinctive) {
        const around = cut(lower, Math.max(ls, at - 120), Math.min(le, at + 120));
        if (!(around.includes('status') || around.includes('error') || around.includes('grpc') || around.includes('code'))) {
          from = Math.max(from, at + 120); // the window was read: skip hits inside it
          continue;
        }
      }
      const f = emptyFacts();
      addCode(f, name);
      setStatus(f, status, 1);
      hint(f, 'gemini', 0.5);
      f.evidence = true;
      const lineText = cut(text, s, e).trim();
      if (lineText) f.lines.push(lineText);
      // grpcio's _InactiveRpcError / AioRpcError repr: the service's message is the next line's details = "…"
      const details = statusCode ? grpcDetails(ctx, line) : null;
      if (details) addMessage(f, details);
      ctx.out.push({ start: at, end: at + name.length, format: 'grpc', facts: f });
      from = Math.max(from, e);
    }
  }
}

/**
 * The `details = "…"` of a grpcio error repr within the two lines after its status line
 * (https://grpc.github.io/grpc/python/grpc.html#grpc.RpcError): the quoted text up to the line's
 * last quote. Bounded: two lines, each read once.
 */
function grpcDetails(ctx: Ctx, statusLine: number): string | null {
  const { text, lower, starts } = ctx;
  for (let l = statusLine + 1; l <= statusLine + 2 && l < starts.length; l++) {
    const ls = starts[l];
    const le = Math.min(lineEnd(text, starts, l), ls + LINE_WINDOW);
    const i = skipSpaces(lower, ls);
    if (!lower.startsWith('details = "', i)) continue;
    const open = i + 11;
    let close = le - 1;
    while (close > open && text.charCodeAt(close) !== 34) close--;
    return close > open ? cut(text, open, close) : null;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// known messages as plain text (every entry's messageIncludes)

function scanPhrases(ctx: Ctx): void {
  const { text, lower, starts } = ctx;
  const set = catalogNeedles(ctx.catalog);
  if (!set) return;
  let coveredUntil = -1;
  set.needles.scan(lower, (index, end) => {
    const needle = set.needles.needles[index];
    const at = end - needle.length;
    if (at < coveredUntil) return;
    const line = lineOf(starts, at);
    const ls = starts[line];
    const le = lineEnd(text, starts, line);
    const s = Math.max(ls, at - BACK_WINDOW);
    const e = Math.min(le, Math.max(end, at + LINE_WINDOW));
    if (!set.distinctive[index]) {
      const around = cut(lower, s, Math.min(e, at + 200));
      if (!hasErrorContext(around)) {
        coveredUntil = at + 200; // the window was read: skip hits inside it
        return;
      }
    }
    const lineRaw = cut(text, s, e);
    const lineText = lineRaw.trim();
    // mentions report nothing: a message template quoted in prose ("returns 当前分组 %s 下对于模型 %s
    // 无可用渠道"), a documentation entry (Cause: / Solution:), a phrase quoted in a sentence
    const next = line + 1 < starts.length ? cut(text, starts[line + 1], Math.min(lineEnd(text, starts, line + 1), starts[line + 1] + 40)) : '';
    if (isTemplate(lineText) || isDocsEntry(lineText, next) || isQuotedMention(lineRaw, at - s, end - s)) {
      coveredUntil = e;
      return;
    }
    const f = emptyFacts();
    f.evidence = true;
    f.lines.push(lineText);
    // a status at the start of the line ("503 - ...", "• 错误码: 503") is handled by scanLineStarts
    // The payload is the message around the phrase (its line window, trimmed), not the phrase alone:
    // hover and `explain` ranges then cover what the user pasted.
    let from = s;
    let to = e;
    while (from < at && (text[from] === ' ' || text[from] === '\t')) from++;
    while (to > end && (text[to - 1] === ' ' || text[to - 1] === '\t' || text[to - 1] === '\r')) to--;
    ctx.out.push({ start: from, end: to, format: 'text', facts: f });
    coveredUntil = e;
  });
}

function hasErrorContext(s: string): boolean {
  for (const w of ['error', 'exception', 'fail', 'status', '错误', '失败', '錯誤', 'erreur', 'denied', 'invalid', 'exceeded']) if (s.includes(w)) return true;
  for (let i = 0; i + 3 <= s.length; i++) {
    const n = threeDigits(s, i);
    if (isErrorStatus(n)) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// merging and final shape

const FORMAT_PRIORITY: Record<PayloadFormat, number> = {
  http: 9,
  sdk: 8,
  bedrock: 7,
  'escaped-json': 6,
  python: 6,
  inspect: 6,
  json: 6,
  table: 5,
  'status-line': 4,
  grpc: 2,
  text: 1,
};

/** Overlapping candidates become one (body facts first, then the outer forms). */
function mergeCandidates(ctx: Ctx): Candidate[] {
  const list = dropQuiet(ctx.out.sort((a, b) => a.start - b.start || b.end - a.end), ctx.quiet);
  const groups: Candidate[][] = [];
  let groupEnd = -1;
  for (const c of list) {
    if (groups.length && c.start < groupEnd) {
      groups[groups.length - 1].push(c);
      groupEnd = Math.max(groupEnd, c.end);
    } else {
      groups.push([c]);
      groupEnd = c.end;
    }
  }
  const merged: Candidate[] = [];
  for (const g of groups) {
    // bodies carry the richest facts: merge them first so their codes and messages lead
    const bodies = g.filter((c) => FORMAT_PRIORITY[c.format] === 6);
    const others = g.filter((c) => FORMAT_PRIORITY[c.format] !== 6).sort((a, b) => FORMAT_PRIORITY[b.format] - FORMAT_PRIORITY[a.format]);
    const f = emptyFacts();
    for (const c of [...bodies, ...others]) mergeFacts(f, c.facts);
    if (!f.evidence && !(f.status !== null && f.status >= 400)) continue;
    if (!f.codes.length && !f.messages.length && !f.lines.length && (f.status === null || f.status < 400)) continue;
    const outer = g.reduce((best, c) =>
      c.end - c.start > best.end - best.start || (c.end - c.start === best.end - best.start && FORMAT_PRIORITY[c.format] > FORMAT_PRIORITY[best.format]) ? c : best,
    );
    // A plain-text phrase's window (its whole line) only sets the span when nothing more precise did.
    const precise = g.filter((c) => c.format !== 'text');
    const spanOf = precise.length ? precise : g;
    let start = spanOf[0].start;
    let end = spanOf[0].end;
    for (const c of spanOf) {
      if (c.start < start) start = c.start;
      if (c.end > end) end = c.end;
    }
    const formatSet = new Set<PayloadFormat>([outer.format]);
    for (const c of g) formatSet.add(c.format);
    const formats = [...formatSet];
    merged.push({ start, end, format: outer.format, facts: f, formats } as Candidate & { formats: PayloadFormat[] });
  }
  return merged;
}

function toPayload(c: Candidate, ctx: Ctx, now: number | undefined, prevEnd = 0, hits?: LazyWrapperHits): ErrorPayload {
  const f = c.facts;
  // the windows [max(prevEnd, start - lookback), end) of successive payloads do not overlap: linear.
  // Wrapper signatures are read only in those windows (a hover in a long log reads a few kilobytes).
  const chainEnd = Math.max(c.end, (c as Candidate & { chainEnd?: number }).chainEnd ?? 0);
  const from = Math.max(prevEnd, c.start - CHAIN_LOOKBACK);
  const found = hits ? chainIn(hits.cover(from, chainEnd), from, chainEnd, ctx.text) : { hops: [], visited: 0, own: false };
  work += found.visited;
  const chain = found.hops;
  // the gateway's own error (LiteLLM's budget check): it answered, whatever provider it names
  if (found.own) hint(f, 'relay', 6);
  if (f.outerStatus !== null) {
    // a relay or gateway answered with its own status around the provider's: the hop keeps it
    const hop = chain.find((h) => h.kind === 'relay' || h.kind === 'gateway' || h.kind === 'proxy');
    if (hop && hop.status === undefined && f.outerStatus !== f.status) hop.status = f.outerStatus;
  }
  // an HTTP client's dump of the response (Go's &{429 Too Many Requests …}) carries the provider's status
  const client = chain.find((h) => h.kind === 'sdk' && h.status !== undefined);
  if (f.status === null && client?.status !== undefined) setStatus(f, client.status, 2);
  if (f.status === null) {
    const implied = classStatus(f.exception);
    if (implied !== null) setStatus(f, implied, 1);
  }
  const { lower } = ctx;
  // host and message hints
  const around = cut(lower, Math.max(0, prevEnd, c.start - 400), Math.min(c.end, c.start + 4000));
  hostHints(around, f);
  headerHints(f);
  const allText = [...f.messages, ...f.lines].join('\n').toLowerCase();
  messageHints(allText, f, f.codes);
  for (const code of f.codes) codeHints(code, f);
  let provider: ErrorProvider | null = null;
  let weight = 0;
  for (const [p, w] of f.hints) {
    if (w > weight) {
      provider = p;
      weight = w;
    }
  }
  // OpenRouter answering for itself ("No endpoints found…", credits) is the provider, not a hop
  if (provider === 'openrouter' && !f.nested) {
    const i = chain.findIndex((h) => h.name === 'OpenRouter');
    if (i >= 0) chain.splice(i, 1);
  }
  // a phrase's whole line adds nothing when it is the body already read (its messages are there)
  const hasBody = f.messages.length > 0;
  for (const l of f.lines) if (!(hasBody && (l.charCodeAt(0) === 123 || l.charCodeAt(0) === 91))) addMessage(f, l);
  const waitSeconds = computeWait(f, allText, now);
  const formats = (c as Candidate & { formats?: PayloadFormat[] }).formats ?? [c.format];
  return {
    span: { start: c.start, end: c.end },
    format: c.format,
    formats,
    provider,
    providerCertain: weight >= 3,
    status: f.status,
    codes: f.codes,
    code: f.codes.find((x) => x !== f.param && !x.startsWith('type.googleapis.com/')) ?? null,
    param: f.param === null ? null : glue(f.param),
    message: f.messages[0] ?? null,
    messages: f.messages,
    headers: f.headers,
    requestId: unwrapId(f.requestId ?? headerRequestId(f.headers) ?? relayRequestId([...f.messages, ...f.lines].join('\n'))),
    waitSeconds,
    exception: f.exception === null ? null : glue(f.exception),
    truncated: f.truncated,
    chain,
  };
}

const HOSTS: [string, ErrorProvider, number][] = [
  ['api.openai.com', 'openai', 3],
  ['platform.openai.com', 'openai', 3],
  ['.openai.azure.com', 'azure', 3],
  ['cognitiveservices.azure.com', 'azure', 3],
  ['azure openai', 'azure', 1],
  ['api.anthropic.com', 'anthropic', 3],
  ['console.anthropic.com', 'anthropic', 2],
  ['docs.anthropic.com', 'anthropic', 2],
  ['docs.claude.com', 'anthropic', 2],
  ['generativelanguage.googleapis.com', 'gemini', 3],
  ['ai.google.dev', 'gemini', 2],
  ['aiplatform.googleapis.com', 'vertex', 3],
  ['vertex ai', 'vertex', 1],
  ['cloud.google.com/vertex-ai', 'vertex', 3],
  ['/publishers/google/models/', 'vertex', 2],
  ['bedrock-runtime.', 'bedrock', 3],
  ['bedrock runtime', 'bedrock', 3],
  ['bedrock.', 'bedrock', 1],
  ['dashscope.aliyuncs.com', 'dashscope', 3],
  ['dashscope-intl.aliyuncs.com', 'dashscope', 3],
  ['help.aliyun.com', 'dashscope', 2],
  ['alibabacloud.com/help', 'dashscope', 2],
  ['api.deepseek.com', 'deepseek', 3],
  ['openrouter.ai', 'openrouter', 3],
];

function hostHints(lowerText: string, f: Facts): void {
  for (const [host, provider, w] of HOSTS) if (lowerText.includes(host)) hint(f, provider, w);
}

function headerHints(f: Facts): void {
  const h = f.headers;
  const names = Object.keys(h);
  if (!names.length) return;
  if ('x-amzn-errortype' in h) {
    const t = h['x-amzn-errortype'];
    const name = t.slice(0, t.indexOf(':') >= 0 ? t.indexOf(':') : t.length).trim();
    addCode(f, name);
    f.exception ??= name;
    f.evidence = true;
    hint(f, 'bedrock', 3);
  } else if ('x-amzn-requestid' in h) hint(f, 'bedrock', 2);
  if ('apim-request-id' in h || 'x-ms-region' in h || 'x-ms-client-request-id' in h) hint(f, 'azure', 3);
  if (names.some((n) => n.startsWith('anthropic-'))) hint(f, 'anthropic', 3);
  else if ('request-id' in h && h['request-id'].startsWith('req_')) hint(f, 'anthropic', 2);
  if ('openai-organization' in h || 'openai-processing-ms' in h || 'openai-version' in h || 'openai-project' in h) hint(f, 'openai', 3);
  if ('x-ds-trace-id' in h) hint(f, 'deepseek', 3);
  if (names.some((n) => n.startsWith('x-dashscope'))) hint(f, 'dashscope', 3);
  if ((h.server ?? '').toLowerCase().includes('google')) hint(f, 'gemini', 1);
}

function messageHints(all: string, f: Facts, codes: readonly string[]): void {
  if (all.includes('azure')) hint(f, 'azure', 1);
  if (all.includes('(request id: ') || all.includes('（request id:')) hint(f, 'relay', 5);
  for (const c of codes) {
    const l = c.toLowerCase();
    if (l === 'new_api_error' || l === 'one_api_error' || (l.endsWith('_api_error') && l !== 'new_api_error' && l.length > 10) || l.startsWith('channel:')) hint(f, 'relay', 5);
  }
  if (all.includes('rate limit reached for gpt-') || all.includes('rate limit reached for o')) hint(f, 'openai', 1);
}

const DASHSCOPE_CODES = ['InvalidApiKey', 'DataInspectionFailed', 'Arrearage', 'Throttling', 'InvalidParameter', 'BadRequest.', 'AccessDenied', 'InternalError', 'RequestTimeOut', 'InvalidURL', 'UnsupportedOperation', 'SystemError', 'ModelNotFound'];
const ANTHROPIC_TYPES = ['overloaded_error', 'authentication_error', 'permission_error', 'not_found_error', 'billing_error', 'request_too_large', 'api_error', 'timeout_error', 'conflict_error'];

function codeHints(code: string, f: Facts): void {
  if (DASHSCOPE_CODES.some((d) => code === d || (d.endsWith('.') ? code.startsWith(d) : code.startsWith(d + '.')))) hint(f, 'dashscope', 1);
  else if (ANTHROPIC_TYPES.includes(code)) hint(f, 'anthropic', 1);
  else if (code.endsWith('Exception') && code.toLowerCase() in BEDROCK_STATUS) hint(f, 'bedrock', 1);
}

function unwrapId(id: string | null): string | null {
  return id === null ? null : glue(id).trim();
}

function headerRequestId(h: Record<string, string>): string | null {
  for (const k of ['x-request-id', 'request-id', 'apim-request-id', 'x-amzn-requestid', 'x-ds-trace-id', 'x-dashscope-request-id']) if (h[k]) return h[k];
  return null;
}

/** new-api / one-api: "... (request id: 2025121521151664761470129816750)". */
function relayRequestId(all: string): string | null {
  const at = all.toLowerCase().indexOf('request id: ');
  if (at < 0) return null;
  const s = at + 12;
  let e = s;
  while (e < all.length && e - s < 64 && isIdentChar(all.charCodeAt(e))) e++;
  return e > s ? all.slice(s, e) : null;
}
