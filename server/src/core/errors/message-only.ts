/**
 * A paste that is nothing but an error's message: no status, no JSON, no marker, no known SDK line —
 * "You don't have access to this model or the model name is invalid", "You've hit your session limit ·
 * resets 6:50am", "当前模型负载过高，请稍后再试". When every other scanner found nothing and the whole
 * paste is one short message that reads like a system's message rather than prose about errors (no
 * first person, no question, no markdown or code, no examples or hypotheticals), it becomes one payload.
 * The classifier's phrase families (classify.ts) must recognise a kind in its wording: a short line
 * that names no kind is not a payload (catalog messages as plain text are scanPhrases' in find.ts).
 *
 * Linear time: one bounded look at the trimmed paste (at most MAX_CHARS characters are read).
 */
import { emptyFacts, addMessage, type Candidate } from './facts.ts';
import { classifyPayload } from './classify.ts';
import type { ErrorPayload } from './types.ts';
import { isIdentChar } from './scan.ts';

/** Longest paste read as a single message (the message-only errors seen are one or two sentences). */
const MAX_CHARS = 320;
/** Most non-empty lines such a paste has (a terminal may wrap one message). */
const MAX_LINES = 3;

/**
 * Words and marks of prose about errors, or of code and configuration, never of a service's own
 * message: first person and greetings (an issue comment), questions (except "did you mean"),
 * hedges and hypotheticals (a diagnosis), examples, markdown and code punctuation. Matched on the
 * lower-cased paste padded with spaces, blanks collapsed.
 */
const PROSE = [
  ' i ', " i'm ", " i've ", ' we ', " we're ", ' my ', ' our ', ' us ', 'sorry', 'thanks', 'thank you', 'hello', ' hi ', ' hi,',
  ' should ', ' would ', ' could ', ' maybe ', ' probably ', ' seems ', ' happens ', ' indicates ', ' means ', ' such as ', ' for example', ' e.g.', ' i.e.',
  '```', '**', '](', '{', '}', '=', ';', '# ', '%s', '%d',
  '我', '这是', '這是', '应该', '應該', '例如', '比如', '可能', '意思', '时，', '時，',
  // a failure negated: a usage summary or status report ("No requests were rate limited", "0 errors")
  ' no requests were ', ' no errors', ' 0 errors', ' were not ', '没有请求', '沒有請求',
];

/** A service's stock openings that PROSE would take for a writer's voice (removed before the PROSE check). */
const SERVICE_VOICE = ['sorry, you', ' review our ', ' violate our ', ' our servers ', ' our terms ', ' our usage polic', '可能包含', '可能含有'];

/** "[1301][message]" or "[1301] message": the message after a bracketed 3–6 digit code, or null. */
function bracketedCode(raw: string): string | null {
  if (raw.charCodeAt(0) !== 91) return null;
  let i = 1;
  while (i < raw.length && i <= 7 && raw.charCodeAt(i) >= 48 && raw.charCodeAt(i) <= 57) i++;
  if (i < 4 || i > 7 || raw.charCodeAt(i) !== 93) return null;
  let rest = raw.slice(i + 1).trim();
  if (rest.startsWith('[') && rest.endsWith(']')) rest = rest.slice(1, -1).trim();
  return rest.length >= 4 ? rest : null;
}

/** A Node/Bun system error code opens the paste: "ECONNRESET: …", "ETIMEDOUT: …" (E, then 4–14 capitals). */
function errnoPrefix(raw: string): boolean {
  if (raw.charCodeAt(0) !== 69) return false;
  let i = 1;
  while (i < raw.length && i <= 15 && ((raw.charCodeAt(i) >= 65 && raw.charCodeAt(i) <= 90) || raw.charCodeAt(i) === 95)) i++;
  return i >= 5 && i <= 15 && raw.charCodeAt(i) === 58;
}

/** Up to the first ". " (or the whole text). */
function firstSentence(raw: string): string {
  const dot = raw.indexOf('. ');
  return dot > 0 ? raw.slice(0, dot + 1) : raw;
}

export function scanMessageOnly(text: string, out: Candidate[], cut: (s: number, e: number) => string): void {
  if (out.length) return;
  let s = 0;
  let e = text.length;
  while (s < e && text.charCodeAt(s) <= 32) s++;
  while (e > s && text.charCodeAt(e - 1) <= 32) e--;
  if (e - s < 12 || e - s > MAX_CHARS) return;
  let raw = cut(s, e);
  // Zhipu's "[1301][系统检测到…]": a bracketed numeric code, then the message (bracketed too): read the message
  const coded = bracketedCode(raw);
  if (coded !== null) raw = coded;
  // a system error code opens it ("ECONNRESET: The socket connection was closed unexpectedly. For more
  // information, pass `verbose: true` …"): the first sentence is the message, the rest is the runtime's advice
  else if (errnoPrefix(raw)) raw = firstSentence(raw);
  const first = raw.charCodeAt(0);
  // structured text (JSON, markup, lists, tables) was the other scanners' to read
  if (first === 91 || first === 60 || first === 45 || first === 42 || first === 124 || first === 62) return;
  // `"message": "Overloaded"`: a member cut out of a JSON object (a terminal row, a quoted line) is a fragment
  // of an error only with the object around it, which the JSON scanners read
  if (first === 34) {
    const close = raw.indexOf('"', 1);
    let after = close + 1;
    while (close > 0 && after < raw.length && (raw.charCodeAt(after) === 32 || raw.charCodeAt(after) === 9)) after++;
    if (close > 0 && raw.charCodeAt(after) === 58) return;
  }
  // "retry_on: rate limit, timeout": a configuration key opens it
  let k = 0;
  while (k < raw.length && k < 40 && (isIdentChar(raw.charCodeAt(k)) || raw.charCodeAt(k) === 46 || raw.charCodeAt(k) === 45)) k++;
  if (raw.charCodeAt(k) === 58 && raw.slice(0, k).includes('_')) return;
  // an agent's retry progress ("Reconnecting... 2/5", "Retrying in 8s…") frames the message: not counted
  let lines = 0;
  for (let ls = 0; ls < raw.length; ) {
    let le = raw.indexOf('\n', ls);
    if (le < 0) le = raw.length;
    let j = ls;
    while (j < le && raw.charCodeAt(j) <= 32) j++;
    if (j < le && !isRetryProgress(raw, j)) lines++;
    ls = le + 1;
  }
  if (lines > MAX_LINES) return;
  let padded = ' ';
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    const blank = c <= 32 || c === 0xa0 || c === 0x3000;
    if (blank) {
      if (padded.charCodeAt(padded.length - 1) !== 32) padded += ' ';
    } else padded += c === 0x2019 ? "'" : raw[i].toLowerCase();
  }
  padded += ' ';
  // a service addresses the user in the second person ("Sorry, you have been rate-limited") and hedges what the
  // input may hold ("可能包含不安全或敏感内容", may contain), and names its own servers and terms ("review our Terms"): not a writer's voice
  for (const phrase of SERVICE_VOICE) padded = padded.split(phrase).join(' ');
  for (const word of PROSE) if (padded.includes(word)) return;
  if (!quotesOnlyNames(padded)) return;
  if ((padded.includes('?') || padded.includes('？')) && !padded.includes('did you mean')) return;
  // a quoted message ("Worker local total request limit reached (33/32)") is the message inside the quotes
  let ms = 0;
  let me = raw.length;
  const q = raw.charCodeAt(0);
  if ((q === 34 || q === 39 || q === 0x201c) && raw.length > 2) {
    const last = raw.charCodeAt(raw.length - 1);
    if (last === q || (q === 0x201c && last === 0x201d)) {
      ms = 1;
      me = raw.length - 1;
    }
  }
  const message = raw.slice(ms, me).trim();
  if (!classifyPayload(asPayload(message), undefined, { phrasesOnly: true })) return;
  const f = emptyFacts();
  f.evidence = true;
  addMessage(f, message);
  out.push({ start: s, end: e, format: 'text', facts: f });
}

/**
 * Backticks in a service's message quote a name (Groq's "The model `llama3-8b-8192` has been
 * decommissioned", OpenAI's "to use the model `gpt-5`"); in prose they quote code. True when there are
 * none, or every pair encloses one short token without blanks that has a digit (a model or version name).
 * One pass over the padded paste.
 */
function quotesOnlyNames(padded: string): boolean {
  let open = -1;
  for (let i = 0; i < padded.length; i++) {
    if (padded.charCodeAt(i) !== 96) continue;
    if (open < 0) {
      open = i;
      continue;
    }
    const inner = padded.slice(open + 1, i);
    // a model or version name carries a digit; a config key or class name in prose (`rate_limit`) does not
    if (inner.length < 1 || inner.length > 64 || inner.includes(' ') || !hasDigit(inner)) return false;
    open = -1;
  }
  return open < 0;
}

function hasDigit(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) return true;
  return false;
}

/** A retry progress line at i: "Reconnecting…", "Retrying in 8s", "Retry 2/5" (case-insensitive). */
function isRetryProgress(raw: string, i: number): boolean {
  const head = raw.slice(i, i + 12).toLowerCase();
  return head.startsWith('reconnecting') || head.startsWith('retrying') || head.startsWith('retry ');
}

/** The least payload the classifier reads: the message alone. */
function asPayload(message: string): ErrorPayload {
  return {
    span: { start: 0, end: 0 }, format: 'text', formats: ['text'], provider: null, providerCertain: false, status: null, codes: [], code: null,
    param: null, message, messages: [message], headers: {}, requestId: null, waitSeconds: null, exception: null, truncated: false, chain: [],
  };
}
