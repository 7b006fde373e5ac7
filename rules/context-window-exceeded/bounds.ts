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
 * The count of witnesses is therefore at most the number of pieces, hence of tokens. The property test
 * (test/unit/token-bounds.test.ts) checks it against gpt-tokenizer on random and real text.
 */
export interface TokenBounds {
  lower: number;
  /** UTF-8 bytes; Infinity when the pass stopped early. */
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

export function tokenBounds(parts: readonly string[], stopAbove = Infinity): TokenBounds {
  // One loop with its state in locals (a closure over them was several times slower). The joining '\n'
  // between parts is visited as index -1 of the next part.
  let lower = 0;
  let bytes = 0;
  let prev = START; // class of the previous character
  let prevPrev = START;
  let prevCode = -1;
  let runCounted = true; // letter run: its witness is counted, or must not be
  let digits = 0; // length of the current digit run
  let otherLen = 0; // length of the current symbol run
  let otherCounts = false; // the current symbol run's start qualifies
  for (let p = 0; p <= parts.length; p++) {
    // At a part boundary every run before the joining '\n' is closed, so `lower` only grows from here.
    if (lower > stopAbove && p < parts.length) return { lower, upper: Infinity, complete: false };
    const s = p < parts.length ? parts[p] : '';
    // The last round visits only a virtual end (class START) that closes a trailing symbol run.
    const from = p === 0 ? 0 : -1;
    const to = p < parts.length ? s.length : 0;
    for (let i = from; i < to || (p === parts.length && i === -1); i++) {
      let code: number;
      let c: number;
      if (i < 0) {
        code = p < parts.length ? 10 : -1;
        c = p < parts.length ? NEWLINE : START;
        if (p < parts.length) bytes++;
      } else {
        code = s.charCodeAt(i);
        if (code < 0x80) {
          bytes++;
          c = ASCII[code];
        } else {
          if (code < 0x800) bytes += 2;
          else if ((code & 0xfc00) === 0xd800 && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
            code = 0x10000 + ((code - 0xd800) << 10) + (s.charCodeAt(++i) - 0xdc00);
            bytes += 4;
          } else bytes += 3; // a lone surrogate becomes U+FFFD, three bytes
          c = classOf(code);
        }
      }
      if (prev === OTHER && c !== OTHER && otherCounts && (otherLen > 1 || (c !== LETTER && c !== MARK))) lower++;
      if (c === LETTER || c === MARK) {
        if (prev !== LETTER && prev !== MARK) runCounted = prevCode === APOSTROPHE && (prevPrev === LETTER || prevPrev === MARK);
        if (c === LETTER && !runCounted) {
          lower++;
          runCounted = true;
        }
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
      prevPrev = prev;
      prev = c;
      prevCode = code;
      // The rest of a run of ASCII letters, spaces or symbols changes nothing but the byte count (and
      // the symbol run's length): skip it.
      if ((c === LETTER || c === SPACE || c === OTHER) && code < 0x80) {
        let j = i + 1;
        for (let k; j < to && (k = s.charCodeAt(j)) < 0x80 && ASCII[k] === c; ) j++;
        if (j > i + 1) {
          bytes += j - i - 1;
          if (c === OTHER) otherLen += j - i - 1;
          prevPrev = c;
          prevCode = s.charCodeAt(j - 1);
          i = j - 1;
        }
      }
    }
  }
  return { lower, upper: bytes, complete: true };
}

const ASCII = Uint8Array.from({ length: 128 }, (_, i) => lookup(i));
