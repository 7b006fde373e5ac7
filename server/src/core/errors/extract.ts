/**
 * Numbers worth reading out of an error message, per extractor of the catalog entry. Literal phrase
 * search on a bounded, lower-cased message; no regular expressions.
 */
import type { Extractor } from '../../../../rules/errors/types.ts';
import { isDigit, readNumber } from './scan.ts';

export type Values = Record<string, number | string>;

const MAX = 20000;

/** First number after `phrase` (skipping up to 16 chars of quotes, brackets, colons, spaces). */
function numAfter(msg: string, phrase: string, from = 0): { value: number; end: number } | null {
  // the first of (at most 8) occurrences followed by a number: "Rate limit reached ... Limit 30000"
  for (let k = 0, at = msg.indexOf(phrase, from); at >= 0 && k < 8; k++, at = msg.indexOf(phrase, at + 1)) {
    const n = numAt(msg, at + phrase.length);
    if (n) return n;
  }
  return null;
}

function numAt(msg: string, i: number): { value: number; end: number } | null {
  const stop = Math.min(msg.length, i + 16);
  while (i < stop && !isDigit(msg.charCodeAt(i))) {
    const c = msg[i];
    if (!' `\'"([:=<>≤'.includes(c)) return null;
    i++;
  }
  return readNumber(msg, i);
}

/** The number that ends right before `end` (skipping spaces and an opening parenthesis). */
function numBefore(msg: string, end: number): number | null {
  let i = end;
  while (i > 0 && i > end - 4 && (msg[i - 1] === ' ' || msg[i - 1] === '(' || msg[i - 1] === ')')) i--;
  let s = i;
  while (s > 0 && s > i - 24 && (isDigit(msg.charCodeAt(s - 1)) || msg[s - 1] === ',' || msg[s - 1] === '.')) s--;
  if (s === i) return null;
  const n = Number(msg.slice(s, i).replace(/,/g, ''));
  return Number.isFinite(n) ? n : null;
}

function contextOverflow(msg: string, v: Values): void {
  let tokens: number | null = null;
  let limit: number | null = null;
  // Anthropic: "input length and `max_tokens` exceed context limit: 198000 + 8192 > 200000"
  const sum = msg.indexOf('exceed context limit:');
  if (sum >= 0) {
    const a = numAt(msg, sum + 21);
    if (a && msg.startsWith(' + ', a.end)) {
      const b = readNumber(msg, a.end + 3);
      if (b && msg.startsWith(' > ', b.end)) {
        const c = readNumber(msg, b.end + 3);
        if (c) {
          v.input = a.value;
          v.maxTokens = b.value;
          tokens = a.value + b.value;
          limit = c.value;
        }
      }
    }
  }
  // Anthropic: "prompt is too long: 228527 tokens > 200000 maximum"
  if (tokens === null) {
    const gt = msg.indexOf(' tokens > ');
    if (gt >= 0) {
      tokens = numBefore(msg, gt);
      limit = readNumber(msg, gt + 10)?.value ?? null;
    }
  }
  // Gemini: "The input token count (N) exceeds the maximum number of tokens allowed (M)"
  if (tokens === null) {
    const t = numAfter(msg, 'input token count');
    const l = numAfter(msg, 'tokens allowed');
    if (t) tokens = t.value;
    if (l) limit = l.value;
  }
  // Bedrock Mantle: "prompt tokens (N) exceed model maximum (M)"
  if (tokens === null) {
    const t = numAfter(msg, 'prompt tokens');
    const l = numAfter(msg, 'model maximum');
    if (t && l) {
      tokens = t.value;
      limit = l.value;
    }
  }
  // OpenAI / DeepSeek / relays
  if (limit === null) limit = numAfter(msg, 'maximum context length is')?.value ?? numAfter(msg, 'configured limit of')?.value ?? numAfter(msg, 'context window of')?.value ?? null;
  if (tokens === null) {
    tokens =
      numAfter(msg, 'resulted in')?.value ??
      numAfter(msg, 'you requested')?.value ??
      numAfter(msg, 'requested')?.value ??
      null;
  }
  // DashScope: "Range of input length should be [1, 129024]"
  if (limit === null) {
    const r = msg.indexOf('range of input length should be [');
    if (r >= 0) {
      const comma = msg.indexOf(',', r);
      if (comma > r && comma - r < 50) limit = numAt(msg, comma + 1)?.value ?? null;
    }
  }
  if (tokens !== null) v.tokens = tokens;
  if (limit !== null) v.limit = limit;
  if (tokens !== null && limit !== null && tokens > limit) v.over = tokens - limit;
}

function maxTokens(msg: string, v: Values): void {
  // Anthropic: "max_tokens: 100000 > 64000, which is the maximum allowed number of output tokens"
  const a = msg.indexOf('max_tokens: ');
  if (a >= 0) {
    const n = readNumber(msg, a + 12);
    if (n && msg.startsWith(' > ', n.end)) {
      const m = readNumber(msg, n.end + 3);
      if (m) {
        v.maxTokens = n.value;
        v.limit = m.value;
      }
    }
  }
  if (v.maxTokens === undefined) {
    // OpenAI: "max_tokens is too large: 200000. This model supports at most 16384 completion tokens"
    const big = numAfter(msg, 'too large:');
    if (big) v.maxTokens = big.value;
    const most = numAfter(msg, 'at most');
    if (most) v.limit = most.value;
    // "Expected a value <= 128000, but got 200000 instead."
    const le = numAfter(msg, 'value <=');
    if (le) v.limit = le.value;
    const got = numAfter(msg, 'but got');
    if (got) v.maxTokens = got.value;
    // OpenRouter: "You requested up to N tokens, but can only afford M"
    const upTo = numAfter(msg, 'requested up to');
    if (upTo) v.maxTokens = upTo.value;
    const afford = numAfter(msg, 'can only afford');
    if (afford) {
      v.limit = afford.value;
      v.affordable = afford.value;
    }
    if (v.limit === undefined) {
      const l = numAfter(msg, 'model limit of') ?? numAfter(msg, 'less than or equal to') ?? numAfter(msg, 'maximum value');
      if (l) v.limit = l.value;
    }
  }
  if (typeof v.maxTokens === 'number' && typeof v.limit === 'number' && v.maxTokens > v.limit) v.over ??= v.maxTokens - v.limit;
}

function quotaLimit(msg: string, original: string, v: Values): void {
  // OpenAI TPM: "Limit 30000, Used 25000, Requested 31538"
  const limit = numAfter(msg, 'limit ') ?? numAfter(msg, 'limit:') ?? numAfter(msg, 'limit of');
  if (limit) v.limit = limit.value;
  const used = numAfter(msg, 'used ') ?? numAfter(msg, 'used:');
  if (used) v.used = used.value;
  const requested = numAfter(msg, 'requested ') ?? numAfter(msg, 'requested:');
  if (requested) v.requested = requested.value;
  if (typeof v.requested === 'number' && typeof v.limit === 'number' && v.requested > v.limit) v.over = v.requested - v.limit;
  // Gemini: "Quota exceeded for metric: generate_content_free_tier_requests, limit: 0, model: gemini-2.0-flash"
  const metric = wordAfter(msg, original, 'quota exceeded for metric: ');
  if (metric) v.metric = metric;
  const model = wordAfter(msg, original, 'model: ');
  if (model) v.model = model;
}

/** An identifier-like word after `phrase` (letters, digits, . _ - / :), from the original casing. */
function wordAfter(lower: string, original: string, phrase: string): string | null {
  const at = lower.indexOf(phrase);
  if (at < 0) return null;
  const s = at + phrase.length;
  let e = s;
  while (e < original.length && e - s < 120) {
    const c = original.charCodeAt(e);
    const ok = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46 || c === 95 || c === 45 || c === 47;
    if (!ok) break;
    e++;
  }
  while (e > s && original[e - 1] === '.') e--;
  return e > s ? original.slice(s, e) : null;
}

/** Reads the values the entry's extractors ask for from the payload's messages. */
export function extractValues(messages: readonly string[], extractors: readonly Extractor[] | undefined, waitSeconds: number | null): Values {
  const v: Values = {};
  const original = messages.join('\n').slice(0, MAX);
  const msg = original.toLowerCase();
  const lengthSafe = msg.length === original.length;
  for (const x of extractors ?? []) {
    if (x === 'context-overflow') contextOverflow(msg, v);
    else if (x === 'max-tokens') maxTokens(msg, v);
    else if (x === 'quota-limit') quotaLimit(msg, lengthSafe ? original : msg, v);
  }
  if (waitSeconds !== null) {
    v.waitSeconds = waitSeconds;
    v.wait = formatWait(waitSeconds);
  }
  return v;
}

/** 0.02 -> "20ms", 1.2 -> "1.2s", 90 -> "1m 30s", 86400 -> "24h". */
export function formatWait(seconds: number): string {
  if (seconds < 1) return `${Math.round(seconds * 1000)}ms`;
  if (seconds < 60) return `${Math.round(seconds * 10) / 10}s`;
  if (seconds < 3600) {
    const m = Math.floor(seconds / 60);
    const s = Math.round(seconds - m * 60);
    return s ? `${m}m ${s}s` : `${m}m`;
  }
  const h = Math.floor(seconds / 3600);
  const m = Math.round((seconds - h * 3600) / 60);
  return m ? `${h}h ${m}m` : `${h}h`;
}
