/**
 * Small linear-time scanning helpers shared by the error finder: line starts, monotonic needle cursors,
 * digit and duration readers, a multi-needle (Aho–Corasick) automaton. No regular expressions.
 */

/** Offsets of every line start (after \n). Built with indexOf: one native pass. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  let i = text.indexOf('\n');
  while (i >= 0) {
    starts.push(i + 1);
    i = text.indexOf('\n', i + 1);
  }
  return starts;
}

/** Index of the line containing `offset` (binary search). */
export function lineOf(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid] <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** End of line `line` (before \r\n or \n). */
export function lineEnd(text: string, starts: readonly number[], line: number): number {
  let end = line + 1 < starts.length ? starts[line + 1] - 1 : text.length;
  if (end > starts[line] && text.charCodeAt(end - 1) === 13) end--;
  return end;
}

/**
 * Enumerates the occurrences of one needle left to right. `next(from)` must be called with
 * non-decreasing `from`; the cached hit is reused until passed, so the total cost is one scan.
 */
export class Cursor {
  private hit = -2;
  constructor(
    private readonly haystack: string,
    private readonly needle: string,
  ) {}
  next(from: number): number {
    if (this.hit === -1) return -1;
    if (this.hit < from) this.hit = this.haystack.indexOf(this.needle, from);
    return this.hit;
  }
}

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

export function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

export function isIdentChar(c: number): boolean {
  return isAsciiLetter(c) || isDigit(c) || c === 95;
}

/** Reads exactly three digits at `i` not followed by another digit; returns the number or -1. */
export function threeDigits(text: string, i: number): number {
  const a = text.charCodeAt(i);
  const b = text.charCodeAt(i + 1);
  const c = text.charCodeAt(i + 2);
  if (!isDigit(a) || !isDigit(b) || !isDigit(c) || isDigit(text.charCodeAt(i + 3))) return -1;
  if (i > 0 && isDigit(text.charCodeAt(i - 1))) return -1;
  return (a - 48) * 100 + (b - 48) * 10 + (c - 48);
}

export function isErrorStatus(n: number): boolean {
  return n >= 400 && n <= 599;
}

/** Skips spaces and tabs from `i`, at most `max` characters. */
export function skipSpaces(text: string, i: number, max = 16): number {
  const end = i + max;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9) break;
    i++;
  }
  return i;
}

/** Reads a decimal number (digits, optional fraction, thousands commas) at `i`, bounded to 24 chars. */
export function readNumber(text: string, i: number): { value: number; end: number } | null {
  const start = i;
  const limit = Math.min(text.length, i + 24);
  let digits = '';
  while (i < limit) {
    const c = text.charCodeAt(i);
    if (isDigit(c)) digits += text[i];
    else if (c === 44 && isDigit(text.charCodeAt(i + 1)) && isDigit(text.charCodeAt(i + 2)) && isDigit(text.charCodeAt(i + 3)) && digits.length > 0) {
      // 1,234,567
    } else if (c === 46 && isDigit(text.charCodeAt(i + 1)) && digits.length > 0 && !digits.includes('.')) digits += '.';
    else break;
    i++;
  }
  if (!digits || i === start) return null;
  return { value: Number(digits), end: i };
}

const UNITS: [string, number][] = [
  [' milliseconds', 0.001],
  [' millisecond', 0.001],
  [' seconds', 1],
  [' second', 1],
  [' secs', 1],
  [' sec', 1],
  [' minutes', 60],
  [' minute', 60],
  [' mins', 60],
  [' min', 60],
  [' hours', 3600],
  [' hour', 3600],
  [' ms', 0.001],
  [' s', 1],
  ['ms', 0.001],
  ['µs', 0.000001],
  ['us', 0.000001],
  ['ns', 0.000000001],
  ['h', 3600],
  ['m', 60],
  ['s', 1],
];

/**
 * Reads a duration at `i` in lower-case text: Go style (`6m0s`, `1h2m3.5s`, `12ms`), `20 seconds`,
 * `1.2s`. A bare number counts as seconds when `bareSeconds`. Returns seconds or null.
 */
export function readDuration(lower: string, i: number, bareSeconds = false): number | null {
  let total = 0;
  let parts = 0;
  for (let k = 0; k < 5; k++) {
    const n = readNumber(lower, i);
    if (!n) break;
    let unit = 0;
    let len = 0;
    for (const [u, f] of UNITS) {
      if (lower.startsWith(u, n.end) && !isAsciiLetter(lower.charCodeAt(n.end + u.length))) {
        unit = f;
        len = u.length;
        break;
      }
      // Go: "6m0s" — a unit letter followed by a digit
      if (u.length <= 2 && lower.startsWith(u, n.end) && isDigit(lower.charCodeAt(n.end + u.length))) {
        unit = f;
        len = u.length;
        break;
      }
    }
    if (!unit) {
      if (parts === 0 && bareSeconds) return n.value;
      break;
    }
    total += n.value * unit;
    parts++;
    i = n.end + len;
  }
  return parts ? total : null;
}

/** Aho–Corasick automaton over lower-case needles: finds every occurrence in one pass. */
export class NeedleSet {
  private readonly goto: Map<number, number>[] = [new Map()];
  private readonly fail: number[] = [0];
  private readonly out: number[][] = [[]];
  private readonly root = new Int32Array(65536).fill(0);
  /**
   * The automaton as a table for ASCII: next state = ascii[state * 128 + char], failure links already
   * followed. Plain log text is almost all ASCII, and a table lookup per character is what keeps a
   * hover in a 10 MB log fast (the Map walk below stays for other characters).
   */
  private readonly ascii: Int32Array;

  constructor(readonly needles: readonly string[]) {
    needles.forEach((needle, index) => {
      let s = 0;
      for (let i = 0; i < needle.length; i++) {
        const c = needle.charCodeAt(i);
        let t = this.goto[s].get(c);
        if (t === undefined) {
          t = this.goto.length;
          this.goto.push(new Map());
          this.fail.push(0);
          this.out.push([]);
          this.goto[s].set(c, t);
        }
        s = t;
      }
      if (needle.length) this.out[s].push(index);
    });
    const queue: number[] = [];
    for (const [c, t] of this.goto[0]) {
      this.root[c] = t;
      queue.push(t);
    }
    for (let q = 0; q < queue.length; q++) {
      const s = queue[q];
      for (const [c, t] of this.goto[s]) {
        queue.push(t);
        let f = this.fail[s];
        while (f !== 0 && !this.goto[f].has(c)) f = this.fail[f];
        const g = f === 0 ? this.root[c] : this.goto[f].get(c)!;
        this.fail[t] = g === t ? 0 : g;
        this.out[t] = this.out[t].concat(this.out[this.fail[t]]);
      }
    }
    // breadth-first order: a state's failure target is shallower, so its row is complete before it is read
    this.ascii = new Int32Array(this.goto.length * 128);
    for (let c = 0; c < 128; c++) this.ascii[c] = this.root[c];
    for (let q = 0; q < queue.length; q++) {
      const s = queue[q];
      const row = s * 128;
      const failRow = this.fail[s] * 128;
      const g = this.goto[s];
      for (let c = 0; c < 128; c++) this.ascii[row + c] = g.get(c) ?? this.ascii[failRow + c];
    }
  }

  /** Calls `hit(needleIndex, endOffset)` for every occurrence in `text[from, to)`. */
  scan(text: string, hit: (needle: number, end: number) => void, from = 0, to = text.length): void {
    let s = 0;
    const ascii = this.ascii;
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      if (c < 128) {
        s = ascii[s * 128 + c];
      } else if (s === 0) {
        s = this.root[c];
      } else {
        let t = this.goto[s].get(c);
        while (t === undefined && s !== 0) {
          s = this.fail[s];
          t = s === 0 ? this.root[c] || undefined : this.goto[s].get(c);
        }
        s = t ?? 0;
      }
      if (s !== 0) {
        const o = this.out[s];
        for (let k = 0; k < o.length; k++) hit(o[k], i + 1);
      }
    }
  }
}

/** Lower-cases without changing the length (so offsets stay valid). */
export function lowerSameLength(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = '';
  for (let i = 0; i < text.length; i += 4096) {
    const chunk = text.slice(i, i + 4096);
    const l = chunk.toLowerCase();
    if (l.length === chunk.length) out += l;
    else for (let k = 0; k < chunk.length; k++) out += chunk[k].toLowerCase().length === 1 ? chunk[k].toLowerCase() : chunk[k];
  }
  return out;
}

/**
 * Normalises text for substring matching: lower case, full-width punctuation to ASCII, curly quotes
 * to straight, runs of blanks to one space. Linear.
 */
export function normalizeForMatch(text: string): string {
  const lower = text.toLowerCase();
  let out = '';
  let runStart = 0;
  let lastSpace = false;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    let rep: string | null = null;
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x3000) rep = ' ';
    else if (c >= 0xff01 && c <= 0xff5e) rep = String.fromCharCode(c - 0xfee0);
    else if (c === 0x2018 || c === 0x2019) rep = "'";
    else if (c === 0x201c || c === 0x201d) rep = '"';
    else if (c === 0x3001) rep = ',';
    else if (c === 0x3002) rep = '.';
    if (rep === null) {
      lastSpace = false;
      continue;
    }
    out += lower.slice(runStart, i);
    runStart = i + 1;
    if (rep === ' ') {
      if (!lastSpace) out += ' ';
      lastSpace = true;
    } else {
      out += rep;
      lastSpace = false;
    }
  }
  out += lower.slice(runStart);
  return out;
}
