/**
 * Error reports in plain lines: a line with no JSON, no SDK class the finder knows and often no status,
 * that still plainly reports a failure — an error-level log marker (`[ERROR]`, `level=error`,
 * `ERROR`), an `Error:` / `error:` / `错误：` prefix, an exception name (`ValueError: …`, Jupyter's
 * `RateLimitError      Traceback (most recent call last)`), an HTTP reason phrase used as a prefix
 * (`Bad Request: …`), a relay message's `(request id: …)` suffix. The line's message becomes a payload
 * so the classifier (classify.ts) can read its wording; a payload nothing classifies is never
 * explained, so ordinary logs stay quiet.
 *
 * The line's gutter is skipped first: docker-compose `svc-1  |`, log timestamps, TUI glyphs
 * (`❯ ⎿ ⏺ ● •`), `> ` quotes, box-drawing borders, numbered-paste `12 |`.
 *
 * Linear time: each line is looked at once, the gutter and marker within a bounded head of the line;
 * lines already covered by another payload are skipped (one difference-array pass over the candidates).
 */
import { addMessage, emptyFacts, setStatus, type Candidate } from './facts.ts';
import { isAsciiLetter, isDigit, isErrorStatus, isIdentChar, lineEnd, lineOf, NeedleSet, threeDigits } from './scan.ts';
import { continuationLines } from './unwrap.ts';

/** How much of a line's head is read for a gutter and a marker. */
const HEAD = 160;
/** Longest message taken from a line. */
const LINE_WINDOW = 2000;

/** HTTP reason phrases a line may start with, as a prefix (`Bad Request: Invalid provider`). */
const REASONS: [string, number][] = [
  ['bad request', 400],
  ['unauthorized', 401],
  ['payment required', 402],
  ['forbidden', 403],
  ['not found', 404],
  ['request timeout', 408],
  ['payload too large', 413],
  ['unprocessable entity', 422],
  ['too many requests', 429],
  ['internal server error', 500],
  ['bad gateway', 502],
  ['service unavailable', 503],
  ['gateway timeout', 504],
];

/** Level markers that open a log record's message, lower-case, with what may follow them. */
const LEVELS = ['[error]', '[err]', '[fatal]', '[critical]', 'level=error', 'error', 'fatal', 'critical', 'err'];

/** Glyphs TUIs and chat apps draw before a line (bullets, prompts, tool-result hooks, quotes). */
function isGlyph(c: number): boolean {
  return (
    c === 0x276f || // ❯
    c === 0x23bf || // ⎿
    c === 0x23fa || // ⏺
    c === 0x25cf || // ●
    c === 0x2022 || // •
    c === 0x2716 || // ✖
    c === 0x2715 || // ✕
    c === 0x274c || // ❌
    c === 0x26a0 || // ⚠
    c === 0xfe0f || // emoji variation selector
    (c >= 0xd800 && c <= 0xdfff) || // emoji (surrogate halves): 📝 🔌 💀
    (c >= 0x2500 && c <= 0x257f) || // box drawing
    c === 62 || // >
    c === 124 // |
  );
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9;
}

/**
 * A timestamp token at i (2024-01-17, 2024/01/17 11:55:21.123, 2024-01-17T11:55:21Z, 11:55:21,
 * [11:55:21]); its end or -1. It must open like a date (4 digits and a dash or slash) or a time (1–2
 * digits, a colon, 2 digits): "429: Too many requests" and "127.0.0.1:8080" are not timestamps.
 */
function timestampEnd(lower: string, i: number, limit: number): number {
  let j = i;
  const bracket = lower.charCodeAt(j) === 91;
  if (bracket) j++;
  let d = j;
  while (d < limit && isDigit(lower.charCodeAt(d))) d++;
  const sep = lower.charCodeAt(d);
  const date = d - j === 4 && (sep === 45 || sep === 47) && isDigit(lower.charCodeAt(d + 1));
  const time = (d - j === 1 || d - j === 2) && sep === 58 && isDigit(lower.charCodeAt(d + 1)) && isDigit(lower.charCodeAt(d + 2));
  if (!date && !time) return -1;
  while (j < limit) {
    const c = lower.charCodeAt(j);
    if (isDigit(c) || c === 46 || c === 44 || c === 47 || c === 43 || c === 45 || c === 58 || c === 116 || c === 122) j++;
    else if (c === 32 && isDigit(lower.charCodeAt(j + 1)) && isDigit(lower.charCodeAt(j + 2)) && lower.charCodeAt(j + 3) === 58) j++; // date then time
    else break;
  }
  if (bracket) {
    if (lower.charCodeAt(j) !== 93) return -1;
    j++;
  }
  return j;
}

/** docker-compose's `name-1  |` (a service name ending in a replica number, spaces, a bar); its end or -1. */
function composeEnd(lower: string, i: number, limit: number): number {
  let j = i;
  while (j < limit && (isIdentChar(lower.charCodeAt(j)) || lower.charCodeAt(j) === 45 || lower.charCodeAt(j) === 46)) j++;
  if (j - i < 3) return -1;
  let d = j;
  while (d > i && isDigit(lower.charCodeAt(d - 1))) d--;
  if (d === j || !(lower.charCodeAt(d - 1) === 45 || lower.charCodeAt(d - 1) === 95)) return -1;
  while (j < limit && isSpace(lower.charCodeAt(j))) j++;
  return lower.charCodeAt(j) === 124 ? j + 1 : -1;
}

/** Where a line's text starts once its gutter (timestamps, compose names, glyphs, quotes) is skipped. */
export function skipGutter(lower: string, ls: number, le: number): number {
  const limit = Math.min(le, ls + HEAD);
  let i = ls;
  for (let round = 0; round < 8 && i < limit; round++) {
    const before = i;
    while (i < limit && (isSpace(lower.charCodeAt(i)) || isGlyph(lower.charCodeAt(i)))) i++;
    const t = timestampEnd(lower, i, limit);
    if (t > 0) i = t;
    else if (round === 0 || i > before) {
      const c = composeEnd(lower, i, limit);
      if (c > 0) i = c;
    }
    // a pasted line number before a bar: "12 | text", "12│text"
    let n = i;
    while (n < limit && n - i < 6 && isDigit(lower.charCodeAt(n))) n++;
    if (n > i) {
      let m = n;
      while (m < limit && isSpace(lower.charCodeAt(m))) m++;
      const c = lower.charCodeAt(m);
      if (c === 124 || c === 0x2502) i = m + 1;
    }
    if (i === before) break;
  }
  return i;
}

/**
 * The text with each line's timestamp / compose-name gutter replaced by spaces (same length, so every
 * offset stays valid). A logger that prefixes every fragment of a wrapped record (Langflow's column
 * log: "2024-01-17 11:55:21      {'error': {'message': 'You exceeded") then reads as a terminal wrap,
 * which the tolerant reader already joins. Only when two or more lines carry such a gutter; linear.
 */
export function blankGutters(text: string, lower: string, starts: readonly number[]): string {
  const spans: [number, number][] = [];
  for (let line = 0; line < starts.length; line++) {
    const ls = starts[line];
    const le = line + 1 < starts.length ? starts[line + 1] - 1 : text.length;
    const limit = Math.min(le, ls + HEAD);
    let i = ls;
    while (i < limit && isSpace(lower.charCodeAt(i))) i++;
    let g = timestampEnd(lower, i, limit);
    if (g < 0) g = composeEnd(lower, i, limit);
    if (g < 0 || !(g === le || isSpace(lower.charCodeAt(g)))) continue;
    spans.push([ls, g]);
  }
  if (spans.length < 2) return text;
  let out = '';
  let at = 0;
  for (const [s, e] of spans) {
    out += text.slice(at, s) + ' '.repeat(e - s);
    at = e;
  }
  return out + text.slice(at);
}

/** The end of an exception name at i (`ValueError`, `google.api_core.exceptions.ResourceExhausted` not), or -1. */
function exceptionEnd(text: string, i: number, limit: number): number {
  let j = i;
  while (j < limit && (isIdentChar(text.charCodeAt(j)) || text.charCodeAt(j) === 46)) j++;
  const name = text.slice(Math.max(i, j - 9), j);
  return name.endsWith('Error') || name.endsWith('Exception') ? j : -1;
}

interface Marker {
  /** Where the message starts. */
  message: number;
  exception?: string;
  status?: number;
}

/** What marks the line at i (after its gutter) as an error report, or null. */
function markerAt(text: string, lower: string, i: number, le: number): Marker | null {
  const limit = Math.min(le, i + HEAD);
  // 错误：/ 錯誤：
  if ((lower.startsWith('错误', i) || lower.startsWith('錯誤', i)) && (lower.charCodeAt(i + 2) === 0xff1a || lower.charCodeAt(i + 2) === 58)) {
    return { message: i + 3 };
  }
  for (const level of LEVELS) {
    if (!lower.startsWith(level, i)) continue;
    const after = i + level.length;
    const c = lower.charCodeAt(after);
    if (level.charCodeAt(0) === 91 || level.startsWith('level=')) return { message: after };
    // a bare word: "ERROR something", "Error: …", "error: …", "error - …" (not "errors", "error_code")
    if (c === 58 || (c === 32 && (text.startsWith('ERROR', i) || text.startsWith('FATAL', i) || text.startsWith('CRITICAL', i) || lower.charCodeAt(after + 1) === 45))) {
      return { message: after + 1 };
    }
  }
  for (const [reason, status] of REASONS) {
    if (lower.startsWith(reason, i) && lower.charCodeAt(i + reason.length) === 58 && isAsciiLetter(lower.charCodeAt(i))) {
      if (text.charCodeAt(i) < 65 || text.charCodeAt(i) > 90) continue; // a sentence, not the phrase as a title
      return { message: i + reason.length + 1, status };
    }
  }
  // ValueError: …, ChatGoogleGenerativeAIError: …, RateLimitError      Traceback (most recent call last)
  const c0 = text.charCodeAt(i);
  if (c0 >= 65 && c0 <= 90) {
    const e = exceptionEnd(text, i, limit);
    if (e > 0) {
      const exception = text.slice(i, e);
      if (text.charCodeAt(e) === 58) return { message: e + 1, exception };
      let s = e;
      while (s < limit && isSpace(text.charCodeAt(s))) s++;
      if (s - e >= 3 && text.startsWith('Traceback (most recent call last)', s)) return { message: e, exception };
    }
  }
  // a first clause that says something failed: "stream disconnected before completion: …",
  // "API call failed (attempt 3/3): …", "Encountered API error: …" — the clause is part of the message
  // (read within the clause's bounded window only: indexOf on the whole text would be quadratic)
  const clauseEnd = Math.min(le, i + CLAUSE + 1);
  let colon = i;
  while (colon < clauseEnd && lower.charCodeAt(colon) !== 58) colon++;
  const frame = lower.startsWith('at ', i) || lower.startsWith('file "', i); // a stack frame names files, not failures
  if (colon > i && colon < clauseEnd && !frame && !lower.startsWith('no ', i)) {
    // case-sensitive: a log's "API call failed:" reports, a heading's "Transient Error Retries:" names
    const clause = text.slice(i, colon);
    if (clause.includes('*') || clause.includes('`')) return null; // markdown prose, not a log line
    for (const word of FAILURE_WORDS) {
      const at = clause.indexOf(word);
      if (at < 0) continue;
      const before = at > 0 ? clause.charCodeAt(at - 1) : 32;
      const after = clause.charCodeAt(at + word.length);
      // a word in prose, not part of a path or a dotted name (".../openai/error.js")
      if (!isIdentChar(before) && !isIdentChar(after) && before !== 47 && before !== 46 && after !== 46 && after !== 47) return { message: i };
    }
  }
  return null;
}

/**
 * Where a status would start after an opening bracket at i: past "http " or an HTTP version
 * ("http/1.1 ", "http/2 "), else i itself. Bounded: a version is at most 4 characters.
 */
function statusAfterBracket(lower: string, i: number): number {
  if (lower.startsWith('http ', i)) return i + 5;
  if (!lower.startsWith('http/', i)) return i;
  let j = i + 5;
  const limit = j + 4;
  while (j < limit && (isDigit(lower.charCodeAt(j)) || lower.charCodeAt(j) === 46)) j++;
  return j > i + 5 && lower.charCodeAt(j) === 32 ? j + 1 : i;
}

/**
 * Lower-case words one of which every line markerAt accepts contains somewhere: its level words, reason
 * phrases, exception names (…Error, …Exception), failure-clause words and the relay suffix. A line
 * without any is skipped before its gutter is even read: a 10 MB log of INFO lines costs one table
 * pass (NeedleSet) instead of a gutter, a marker and a clause look per line.
 */
const TRIGGERS = new NeedleSet([
  'err', 'fatal', 'crit', 'fail', 'exception', 'disconnect', 'timed out', 'refused', 'abort', '错误', '錯誤', '(request id:',
  ...REASONS.map(([reason]) => reason),
]);

/** Per line: 1 when the line holds a trigger (see TRIGGERS). One pass over the text. */
function triggerLines(lower: string, starts: readonly number[]): Uint8Array {
  const flags = new Uint8Array(starts.length);
  let line = 0;
  TRIGGERS.scan(lower, (_i, end) => {
    // hits come in end order: the line only moves forward
    while (line + 1 < starts.length && starts[line + 1] <= end - 1) line++;
    flags[line] = 1;
  });
  return flags;
}

/** Longest first clause read for a failure word. */
const CLAUSE = 80;
/** Words that say a step failed, as whole words in a line's first clause. */
const FAILURE_WORDS = ['failed', 'failure', 'error', 'disconnected', 'timed out', 'refused', 'aborted', 'exception'];


/**
 * Payload candidates for error-report lines that no other scanner covered. `out` holds the other
 * scanners' candidates; `cut` counts the characters it slices.
 */
export function scanReportLines(text: string, lower: string, starts: readonly number[], out: Candidate[], cut: (s: number, e: number) => string): void {
  // lines some candidate already covers: a difference array over line numbers
  const covered = new Int32Array(starts.length + 1);
  for (const c of out) {
    covered[lineOf(starts, c.start)]++;
    covered[lineOf(starts, Math.max(c.start, c.end - 1)) + 1]--;
  }
  const end = (l: number) => lineEnd(text, starts, l);
  let depth = 0;
  let skipUntil = -1;
  // Python's "The above exception was the direct cause…" / "During handling of the above exception…":
  // after an error already read, the next traceback's exception wraps it (chains.ts links the known
  // ones); its line is not a second failure
  let lastCovered = -1;
  let afterSeparator = false;
  // a relay's message: one-api / new-api end theirs with "(request id: …)"; the next such suffix at or
  // after the current line, found with a cursor that only moves forward
  let rid = -2;
  const triggered = triggerLines(lower, starts);
  for (let line = 0; line < starts.length; line++) {
    depth += covered[line];
    if (depth > 0) lastCovered = line;
    if (depth > 0 || line <= skipUntil || !triggered[line]) continue;
    const ls = starts[line];
    const le = end(line);
    if (le - ls < 6) continue;
    const i = skipGutter(lower, ls, le);
    if (lower.startsWith('the above exception was', i) || lower.startsWith('during handling of the above exception', i)) {
      afterSeparator = lastCovered >= 0;
      continue;
    }
    let m = markerAt(text, lower, i, le);
    if (m && afterSeparator) {
      afterSeparator = false;
      continue;
    }
    if (!m) {
      if (rid !== -1 && rid < i) rid = lower.indexOf('(request id:', i);
      if (rid >= 0 && rid < le) m = { message: i };
    }
    if (!m) continue;
    let s = m.message;
    while (s < le && (isSpace(text.charCodeAt(s)) || text.charCodeAt(s) === 58 || text.charCodeAt(s) === 45 || text.charCodeAt(s) === 0xff1a)) s++;
    const e = Math.min(le, s + LINE_WINDOW);
    let message = cut(s, e).trim();
    let last = e;
    let lastLine = line;
    if (e === le) {
      for (const [cs, ce] of continuationLines(text, starts, line, end)) {
        if (message.length > LINE_WINDOW) break;
        message += ' ' + cut(cs, ce).trim();
        last = ce;
        lastLine++;
      }
    }
    if (!message && !m.exception) continue;
    const f = emptyFacts();
    f.evidence = true;
    if (m.exception) f.exception = m.exception;
    if (m.status !== undefined) setStatus(f, m.status, 2);
    // "Error: 429 Too many requests": a status opening the message
    const so = lower.startsWith('http ', s) ? s + 5 : s;
    const st = threeDigits(text, so);
    if (m.status === undefined && isErrorStatus(st) && !isDigit(text.charCodeAt(so + 3))) setStatus(f, st, 2);
    // "Provider error: [400] The …", "NotFoundError [HTTP 404]" style: a bracketed status in the head
    else if (m.status === undefined) {
      const head = Math.min(e - 4, s + HEAD);
      for (let k = s; k < head; k++) {
        const open = text.charCodeAt(k);
        if (open !== 91 && open !== 40) continue;
        const o = statusAfterBracket(lower, k + 1);
        const b = threeDigits(text, o);
        const close = text.charCodeAt(o + 3);
        // "[400]", "[HTTP 404]", "(HTTP/2 429)": a bracketed status; a parenthesis needs the HTTP version
        // ("(503)" in prose is a count as often as a status)
        if (isErrorStatus(b) && ((open === 91 && close === 93) || (o > k + 1 && (close === 93 || close === 41 || close === 32)))) {
          setStatus(f, b, 2);
          // "Provider error: [400] The `reasoning_content` …": what precedes the status is the
          // wrapper's label, what follows it the provider's own message
          const after = cut(o + 4, e).trim();
          if (after.length >= 8 && message.length <= LINE_WINDOW) message = after;
          break;
        }
      }
    }
    if (message) addMessage(f, message);
    else f.lines.push(cut(ls, le).trim());
    out.push({ start: i, end: last, format: 'text', facts: f });
    skipUntil = lastLine;
  }
}
