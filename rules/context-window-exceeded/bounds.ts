/**
 * Bounds on the o200k_base token count of `parts.join('\n')`, in one pass over the characters, so that
 * exact BPE runs only when the limit lies between them.
 *
 * Upper: byte-level BPE never yields more tokens than UTF-8 bytes.
 *
 * Lower: every pre-tokenizer piece is at least one token, and o200k's pre-tokenizer
 *   [^\r\n\p{L}\p{N}]?[Lu Lt Lm Lo M]*[Ll Lm Lo M]+('s|'t|'re|'ve|'m|'ll|'d)?   (two letter alternatives)
 *   | \p{N}{1,3} |  ?[^\s\p{L}\p{N}]+[\r\n/]* | \s*[\r\n]+ | \s+(?!\S) | \s+
 * puts each of these "witness" characters in a different piece:
 * - the first letter (\p{L}) of each maximal run of letters and marks (\p{M}), unless the run follows
 *   an apostrophe that follows a letter or mark (a contraction suffix joins the piece before). Letters
 *   occur only in letter pieces, whose letters lie in one such run (the optional prefix is no letter).
 * - each group of three in a maximal run of digits (\p{N}): digits occur only in \p{N}{1,3} pieces.
 * - the first character of each maximal run of other symbols ([^\s\p{L}\p{N}\p{M}]) when the character
 *   before it is not a mark, \r or \n, and the run is longer than one character or is not followed by a
 *   letter or mark. It then cannot be a letter piece's one-character prefix, so it lies in a symbol piece
 *   that starts at it (or at a space just before it); that piece holds only symbols, marks, \r, \n and
 *   '/', so any later symbol run it reaches is preceded by a mark, \r or \n, hence not counted.
 * The count of witnesses is therefore at most the number of pieces, hence of tokens.
 *
 * Upper: BPE ends when no two adjacent tokens form a token together. Where two adjacent ASCII characters
 * are certainly in one piece (ASCII letters, except lower case then upper case and the first letters after
 * a possible contraction's apostrophe; a space before a letter; spaces before another space; symbols) and
 * together form a token (o200k-pairs.generated.ts, from the rank table), they cannot end as two
 * one-character tokens. A stretch of L characters linked that way therefore holds the ends of at most
 * floor((2L + 1) / 3) tokens when a piece certainly starts at its first character, else one more (a token
 * from before may end on that character). A group of one to three ASCII digits is one piece and one token;
 * any other character counts its UTF-8 bytes.
 *
 * The property test (test/unit/token-bounds.test.ts) checks both against gpt-tokenizer on random and real text.
 */
import { O200K_ASCII_PAIRS } from './o200k-pairs.generated.ts';

export interface TokenBounds {
  lower: number;
  /** Infinity when the pass stopped early. */
  upper: number;
  /** False when the pass stopped once `lower` exceeded `stopAbove` (the rest of the text was not read). */
  complete: boolean;
}

const LETTER = 1;
const MARK = 2;
const DIGIT = 3;
const SPACE = 4; // \s except \r and \n
const NEWLINE = 5; // \r, \n
const OTHER = 6;
const START = 7;

const APOSTROPHE = 0x27;

/** Classes of BMP characters, filled on first sight (0: not looked up yet). */
const bmp = new Uint8Array(0x10000);

function classOf(cp: number): number {
  if (cp < 0x10000) {
    const known = bmp[cp];
    if (known) return known;
    return (bmp[cp] = lookup(cp));
  }
  return lookup(cp);
}

function lookup(cp: number): number {
  if (cp === 10 || cp === 13) return NEWLINE;
  // A lone surrogate is its own code point (category Cs) for the pre-tokenizer's `u` regex: a symbol.
  const ch = String.fromCodePoint(cp);
  if (/\s/u.test(ch)) return SPACE;
  if (/\p{L}/u.test(ch)) return LETTER;
  if (/\p{M}/u.test(ch)) return MARK;
  if (/\p{N}/u.test(ch)) return DIGIT;
  return OTHER;
}

// ASCII kinds for the upper bound's links.
const LOWER = 1;
const UPPER = 2;
const BLANK = 3; // the space character only
const SYMBOL = 4; // printable symbols
const ASCII_KIND = Uint8Array.from({ length: 128 }, (_, i) =>
  i >= 97 && i <= 122 ? LOWER : i >= 65 && i <= 90 ? UPPER : i === 32 ? BLANK : i > 32 && i < 127 && !(i >= 48 && i <= 57) ? SYMBOL : 0,
);
const PAIRS = Uint8Array.from(atob(O200K_ASCII_PAIRS), (c) => c.charCodeAt(0));

/**
 * Whether ASCII characters a, b (b followed by `next`, -1 at a part's end) are certainly in one piece and
 * form one token. `edge`: a is one of the first two letters of a run after letter + apostrophe.
 */
function links(a: number, b: number, next: number, edge: boolean): boolean {
  const link = LINKS[(a << 7) | b];
  return link === ALWAYS ? !edge || ASCII_KIND[a] > UPPER : link === BEFORE_SPACE && next === 32;
}

const ALWAYS = 1; // linked whenever both characters are ASCII (letters: unless `edge`)
const BEFORE_SPACE = 2; // two spaces: linked when a third follows

/** links() without its context, per pair of ASCII characters: both certainly in one piece and one token together. */
const LINKS = Uint8Array.from({ length: 128 * 128 }, (_, i) => {
  const a = i >> 7;
  const b = i & 127;
  if (!((PAIRS[i >> 3] >> (i & 7)) & 1)) return 0;
  const x = ASCII_KIND[a];
  const y = ASCII_KIND[b];
  const letterB = y === LOWER || y === UPPER;
  if (x === LOWER || x === UPPER) return letterB && !(x === LOWER && y === UPPER) ? ALWAYS : 0;
  if (x === BLANK) return y === BLANK ? BEFORE_SPACE : letterB ? ALWAYS : 0;
  return x === SYMBOL && y === SYMBOL ? ALWAYS : 0;
});

/** Whether a piece certainly starts at ASCII character `code` (after `prev`, class `prevClass`; `next` follows it). */
function startsPiece(prevClass: number, prev: number, code: number, next: number): boolean {
  if (prevClass === START) return true;
  const kind = ASCII_KIND[code];
  if (kind === BLANK) return (prevClass !== SPACE && prevClass !== NEWLINE) || (next >= 0 && !isBlank(next < 0x80 ? ASCII[next] : classOf(next)));
  if (kind === LOWER || kind === UPPER) return prevClass === DIGIT || prevClass === NEWLINE || (kind === UPPER && prev < 0x80 && ASCII_KIND[prev] === LOWER);
  if (kind === SYMBOL) return prevClass === LETTER || prevClass === DIGIT;
  return false;
}

const isBlank = (c: number): boolean => c === SPACE || c === NEWLINE;

/** Most tokens that end inside a linked stretch of `length` characters. */
function stretchTokens(length: number, starts: boolean): number {
  return starts ? Math.floor((2 * length + 1) / 3) : 1 + Math.floor((2 * length - 1) / 3);
}

/**
 * Bounds of `parts.join('\n')`. Each part is bounded alone (the joining '\n' closes every run and every
 * stretch before it, and a part's first character sees only that '\n'), then the parts' bounds are added,
 * plus one token at most per joining '\n'. Parts of 256 characters or more keep their bounds, so a re-lint
 * after an edit bounds only the strings that changed. The sum stops once `lower` exceeds `stopAbove`.
 */
export function tokenBounds(parts: readonly string[], stopAbove = Infinity): TokenBounds {
  let lower = 0;
  let upper = parts.length ? parts.length - 1 : 0;
  for (let p = 0; p < parts.length; p++) {
    if (lower > stopAbove) return { lower, upper: Infinity, complete: false };
    const s = parts[p];
    const known = p > 0 && s.length >= MIN_REMEMBERED ? remembered.get(s) : undefined;
    if (known) {
      lower += known.lower;
      upper += known.upper;
      remembered.delete(s); // refresh its place in the LRU order
      remembered.set(s, known);
      continue;
    }
    partBounds(s, p === 0);
    lower += partLower;
    upper += partUpper;
    if (p > 0 && s.length >= MIN_REMEMBERED) remember(s, partLower, partUpper);
  }
  return { lower, upper, complete: true };
}

const MIN_REMEMBERED = 256;
const MAX_REMEMBERED_CHARS = 32 * 1024 * 1024;
const remembered = new Map<string, { lower: number; upper: number }>();
let rememberedChars = 0;

function remember(s: string, lower: number, upper: number): void {
  remembered.set(s, { lower, upper });
  rememberedChars += s.length;
  for (const [old] of remembered) {
    if (rememberedChars <= MAX_REMEMBERED_CHARS) break;
    remembered.delete(old);
    rememberedChars -= old.length;
  }
}

/** Forgets the remembered bounds (for benchmarks that time a first lint). */
export function clearRememberedBounds(): void {
  remembered.clear();
  rememberedChars = 0;
}

// partBounds' results (two numbers without an allocation per part).
let partLower = 0;
let partUpper = 0;

/** Bounds of one part, as the first part (after nothing) or after a joining '\n'; sets partLower and partUpper. */
function partBounds(s: string, first: boolean): void {
  // One loop with its state in locals (a closure over them was several times slower). The last round
  // visits a virtual end (class START) that closes a trailing symbol run and the last stretch.
  let lower = 0;
  let upper = 0;
  let prev = first ? START : NEWLINE; // class of the previous character
  let prevPrev = START;
  let prevCode = first ? -1 : 10;
  let runCounted = true; // letter run: its witness is counted, or must not be
  let runLetters = 0; // letters so far in the current letter run
  let afterApostrophe = false; // the current letter run follows letter + apostrophe (a possible contraction)
  let digits = 0; // length of the current digit run
  let otherLen = 0; // length of the current symbol run
  let otherCounts = false; // the current symbol run's start qualifies
  let stretch = 0; // upper bound: length of the current linked stretch of ASCII characters (0: none)
  let stretchStarts = false; // a piece certainly starts at the stretch's first character
  const to = s.length;
  {
    for (let i = 0; i <= to; i++) {
      let code: number;
      let c: number;
      let bytes = 1;
      if (i === to) {
        code = -1;
        c = START;
      } else {
        code = s.charCodeAt(i);
        if (code < 0x80) c = ASCII[code];
        else {
          if (code < 0x800) bytes = 2;
          else if ((code & 0xfc00) === 0xd800 && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
            code = 0x10000 + ((code - 0xd800) << 10) + (s.charCodeAt(++i) - 0xdc00);
            bytes = 4;
          } else bytes = 3; // a lone surrogate becomes U+FFFD, three bytes
          c = classOf(code);
        }
      }
      if (prev === OTHER && c !== OTHER && otherCounts && (otherLen > 1 || (c !== LETTER && c !== MARK))) lower++;
      if (c === LETTER || c === MARK) {
        if (prev !== LETTER && prev !== MARK) {
          afterApostrophe = prevCode === APOSTROPHE && (prevPrev === LETTER || prevPrev === MARK);
          runCounted = afterApostrophe;
          runLetters = 0;
        }
        if (c === LETTER && !runCounted) {
          lower++;
          runCounted = true;
        }
        runLetters++;
      } else if (c === DIGIT) {
        if (prev !== DIGIT) digits = 0;
        if (digits++ % 3 === 0) lower++;
      } else if (c === OTHER) {
        if (prev !== OTHER) {
          otherLen = 0;
          otherCounts = prev !== MARK && prev !== NEWLINE;
        }
        otherLen++;
      }
      // Upper bound.
      if (code < 0) {
        // the virtual end
      } else if (c === DIGIT) {
        if (stretch) upper += stretchTokens(stretch, stretchStarts);
        stretch = 0;
        // A group of one to three ASCII digits is one token; other digits count their bytes.
        upper += code >= 0x80 ? bytes : (digits - 1) % 3 === 0 || prevCode >= 0x80 || prev !== DIGIT ? 1 : 0;
      } else if (code >= 0x80) {
        if (stretch) upper += stretchTokens(stretch, stretchStarts);
        stretch = 0;
        upper += bytes;
      } else {
        const next = i + 1 < to ? s.charCodeAt(i + 1) : -1;
        if (stretch && prevCode < 0x80 && links(prevCode, code, next, afterApostrophe && runLetters <= 3 && c === LETTER)) stretch++;
        else {
          if (stretch) upper += stretchTokens(stretch, stretchStarts);
          stretch = 1;
          stretchStarts = startsPiece(prev, prevCode, code, next);
        }
      }
      prevPrev = prev;
      prev = c;
      prevCode = code;
      // The rest of a run of ASCII letters or symbols: only the upper bound's links change (and the run's
      // length). Not the first letters after an apostrophe (the general path above handles those).
      if ((c === LETTER && !(afterApostrophe && runLetters <= 3)) || c === OTHER) {
        if (code >= 0x80) continue;
        let j = i + 1;
        for (let k; j < to && (k = s.charCodeAt(j)) < 0x80 && ASCII[k] === c; j++) {
          if (LINKS[(prevCode << 7) | k] === ALWAYS) stretch++;
          else {
            upper += stretchTokens(stretch, stretchStarts);
            stretch = 1;
            stretchStarts = c === LETTER && ASCII_KIND[prevCode] === LOWER && ASCII_KIND[k] === UPPER;
          }
          prevCode = k;
        }
        if (j > i + 1) {
          if (c === LETTER) runLetters += j - i - 1;
          else otherLen += j - i - 1;
          prevPrev = c;
          i = j - 1;
        }
      }
    }
  }
  if (stretch) upper += stretchTokens(stretch, stretchStarts);
  partLower = lower;
  partUpper = upper;
}


const ASCII = Uint8Array.from({ length: 128 }, (_, i) => lookup(i));
