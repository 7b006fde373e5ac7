/**
 * Token counts with gpt-tokenizer (a pure-JS port of OpenAI's tiktoken BPE). The encoder is loaded on
 * first use only (its rank table is large and takes most of a second to build), which the bounds in
 * the rule (bounds.ts) make rare; in the language server it runs in a worker (server/src/token-worker.ts).
 */
import type { TokenCount, TokenCountJob } from '../../server/src/core/rule-api.ts';
import { clearRememberedBounds } from './bounds.ts';

type Encoder = { countTokens(text: string, options?: { disallowedSpecial?: Set<string> }): number };

/**
 * Special-token text such as "<|endoftext|>" in a prompt is ordinary text to the API (it never parses
 * special tokens out of message content); by default gpt-tokenizer throws on it instead.
 */
const PLAIN_TEXT = { disallowedSpecial: new Set<string>() };

let o200k: Encoder | undefined;

function encoder(): Encoder {
  // require, not import: esbuild then evaluates the module lazily, on this first call.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  o200k ??= require('gpt-tokenizer/encoding/o200k_base') as Encoder;
  return o200k;
}

/**
 * The o200k_base count of `job.texts.join('\n')`. Counting stops past `job.stopAbove` (complete: false):
 * the verdict is certain by then, and a huge body costs a bounded amount of tokenizer work.
 */
export function countTokensOf(job: TokenCountJob): TokenCount {
  return countJoined(job.texts, job.stopAbove)!;
}

/** The same, checking `cancelled()` between segments (the language server's worker); null when cancelled. */
export function countTokensUnless(job: TokenCountJob, cancelled: () => boolean): TokenCount | null {
  return countJoined(job.texts, job.stopAbove, cancelled);
}

/**
 * The count of `parts.join('\n')`, computed segment by segment so that each segment's count can be
 * remembered: re-linting a big body after an edit re-tokenizes only the strings that changed.
 *
 * Exact, not an estimate: o200k's pre-tokenizer regex has no look-behind, and none of its
 * alternatives can run from a "\n" into a following character that is neither whitespace nor "/"
 * (the only ones that extend past a newline are `[\r\n/]*`, `\s*[\r\n]+` and `\s+`). So where the
 * next part starts with such a character, the chunks, hence the BPE tokens, of the joined text are
 * those of the text before (ending with its "\n") plus those of the text after. Elsewhere parts stay
 * joined in one segment.
 */
function countJoined(parts: readonly string[], stopAbove: number, cancelled?: () => boolean): TokenCount | null {
  let total = 0;
  let start = 0;
  for (let i = 1; i <= parts.length; i++) {
    if (i < parts.length && !CLEAN_START.test(parts[i])) continue;
    if (cancelled?.()) return null;
    const joined = i - start === 1 ? parts[start] : parts.slice(start, i).join('\n');
    total += count(i < parts.length ? joined + '\n' : joined);
    start = i;
    if (total > stopAbove && i < parts.length) return { tokens: total, complete: false };
  }
  return { tokens: total, complete: true };
}

const CLEAN_START = /^[^\s/]/u;

/** Remembered counts of segments of at least MIN_REMEMBERED chars, least recently used dropped first. */
const counts = new Map<string, number>();
let countedChars = 0;
const MIN_REMEMBERED = 256;
const MAX_REMEMBERED_CHARS = 32 * 1024 * 1024;

function count(segment: string): number {
  if (segment.length < MIN_REMEMBERED) return encoder().countTokens(segment, PLAIN_TEXT);
  const known = counts.get(segment);
  if (known !== undefined) {
    counts.delete(segment); // refresh its place in the LRU order
    counts.set(segment, known);
    return known;
  }
  const tokens = countPieces(segment);
  counts.set(segment, tokens);
  countedChars += segment.length;
  for (const [old] of counts) {
    if (countedChars <= MAX_REMEMBERED_CHARS) break;
    counts.delete(old);
    countedChars -= old.length;
  }
  return tokens;
}

/**
 * BPE in gpt-tokenizer is quadratic in the length of one pre-tokenizer piece (a run of letters, of
 * white space or of symbols): 40 000 '中' take 9 s, 260 000 'a' most of a minute, on every keystroke.
 * Runs of one character class longer than MAX_RUN are cut every MAX_RUN characters and the pieces
 * counted apart. Text without such a run (all real prose) is counted exactly as before; a cut run
 * counts within a token or so per cut of its exact count.
 */
const MAX_RUN = 2048;

function countPieces(segment: string): number {
  if (segment.length <= MAX_RUN) return encoder().countTokens(segment, PLAIN_TEXT);
  let total = 0;
  let from = 0;
  let runStart = 0;
  let runClass = -1;
  for (let i = 0; i < segment.length; i++) {
    const c = charClass(segment.charCodeAt(i));
    if (c !== runClass) {
      runClass = c;
      runStart = i;
    } else if (c !== DIGIT && i - runStart >= MAX_RUN && (segment.charCodeAt(i) & 0xfc00) !== 0xdc00) {
      total += encoder().countTokens(segment.slice(from, i), PLAIN_TEXT);
      from = i;
      runStart = i;
    }
  }
  return total + encoder().countTokens(segment.slice(from), PLAIN_TEXT);
}

const LETTER = 0;
const DIGIT = 1;
const SPACE = 2;
const SYMBOL = 3;
const NON_ASCII_SPACE = /\s/;
const NON_ASCII_LETTER = /[\p{L}\p{M}]/u;
const NON_ASCII_DIGIT = /\p{N}/u;

function charClass(code: number): number {
  if (code < 128) {
    if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) return LETTER;
    if (code >= 48 && code <= 57) return DIGIT;
    return code === 32 || (code >= 9 && code <= 13) ? SPACE : SYMBOL;
  }
  if (code >= 0xd800 && code <= 0xdfff) return LETTER; // astral: mostly letters (CJK extensions), one class either way
  const ch = String.fromCharCode(code);
  return NON_ASCII_SPACE.test(ch) ? SPACE : NON_ASCII_LETTER.test(ch) ? LETTER : NON_ASCII_DIGIT.test(ch) ? DIGIT : SYMBOL;
}

/** Forgets the remembered counts and bounds (for benchmarks that time a first lint). */
export function clearTokenCounts(): void {
  counts.clear();
  countedChars = 0;
  clearRememberedBounds();
}
