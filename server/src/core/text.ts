import type { Position, Range, Span } from './types.ts';

/**
 * Maps UTF-16 offsets to LSP positions. Built once per document version; line starts are found with
 * indexOf, so building it on a 50 MB text costs one native scan, not a JS loop per character.
 */
/** One change of a text: [start, oldEnd) of the old text became a text `delta` characters longer or shorter. */
export interface TextEdit {
  start: number;
  oldEnd: number;
  delta: number;
}

export class LineIndex {
  private readonly lineStarts: number[];

  constructor(
    readonly text: string,
    lineStarts?: number[],
  ) {
    this.lineStarts = lineStarts ?? scanLineStarts(text, 0, text.length, [0]);
  }

  /**
   * The index of `text` from the index of an earlier version: line starts before the edit are kept,
   * those after it shifted, and only the changed range is scanned (an edit in a 1 M-character document
   * costs a diff and an array copy, not a scan for every line break). `edit`, when given, is the one change
   * from the previous text to `text` (any range covering it will do), used instead of the diff.
   */
  static after(previous: LineIndex, text: string, edit?: TextEdit): LineIndex {
    // An edit the caller knows (the server's incremental sync) spares the diff, two scans of the whole text.
    const known = edit && edit.start >= 0 && edit.start <= edit.oldEnd && edit.oldEnd <= previous.text.length && text.length === previous.text.length + edit.delta;
    if (!known && previous.text === text) return previous;
    const { start, oldEnd, delta } = known ? edit : diff(previous.text, text);
    const old = previous.lineStarts;
    const newEnd = oldEnd + delta;
    // A character replaced by another (typing over, or an edit the diff sees as such) moves no line:
    // the index shares the previous one's line starts (never mutated) instead of copying them.
    if (delta === 0 && !hasLineBreak(previous.text, start, oldEnd) && !hasLineBreak(text, start, newEnd)) return new LineIndex(text, old);
    // A start at the edit itself may move (a lone \r before it gaining a \n): rescanned with the edit.
    const keep = firstAtOrAfter(old, start);
    const starts = keep > 0 ? old.slice(0, keep) : [0];
    scanLineStarts(text, Math.max(0, start - 1), newEnd, starts);
    // Starts after an unchanged break in the unchanged suffix keep their place, shifted.
    const from = firstAtOrAfter(old, oldEnd + 1);
    const at = starts.length;
    starts.length = at + old.length - from;
    for (let i = from; i < old.length; i++) starts[at + i - from] = old[i] + delta;
    return new LineIndex(text, starts);
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid] <= clamped) low = mid;
      else high = mid - 1;
    }
    return { line: low, character: clamped - this.lineStarts[low] };
  }

  offsetAt(position: Position): number {
    const line = Math.max(0, Math.min(position.line, this.lineStarts.length - 1));
    const start = this.lineStarts[line];
    const end = line + 1 < this.lineStarts.length ? this.lineStarts[line + 1] : this.text.length;
    return Math.min(start + Math.max(0, position.character), end);
  }

  rangeOf(span: Span): Range {
    return { start: this.positionAt(span.start), end: this.positionAt(span.end) };
  }
}

function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return true;
  }
  return false;
}

/** Offset of the next \n or \r at or after `from`, or -1. */
export function nextLineBreak(text: string, from: number): number {
  const lf = text.indexOf('\n', from);
  const cr = text.indexOf('\r', from);
  if (cr < 0) return lf;
  if (lf < 0) return cr;
  return Math.min(lf, cr);
}

/** Index of the first element of the ascending `xs` that is >= `value` (xs.length when none). */
function firstAtOrAfter(xs: number[], value: number): number {
  let low = 0;
  let high = xs.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (xs[mid] < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * Pushes the start of every line whose break begins in [from, to) onto `starts`. A \r\n whose \n lies at
 * `to` or beyond is left to the caller (LineIndex.after keeps that start from the old index).
 */
function scanLineStarts(text: string, from: number, to: number, starts: number[]): number[] {
  // Keep the next \n and the next \r and advance each only when passed: searching for both afresh
  // on every line would rescan to the end of an LF-only file for each line (quadratic).
  let lf = text.indexOf('\n', from);
  let cr = text.indexOf('\r', from);
  for (;;) {
    let i = cr < 0 || (lf >= 0 && lf < cr) ? lf : cr;
    if (i < 0 || i >= to) break;
    if (text.charCodeAt(i) === 13 && text.charCodeAt(i + 1) === 10) {
      i++;
      if (i >= to && to < text.length) break;
    }
    starts.push(i + 1);
    if (lf >= 0 && lf <= i) lf = text.indexOf('\n', i + 1);
    if (cr >= 0 && cr <= i) cr = text.indexOf('\r', i + 1);
  }
  return starts;
}

/** The changed range between two texts: [start, oldEnd) of `before` became [start, oldEnd + delta) of `after`. */
export function diff(before: string, after: string): { start: number; oldEnd: number; delta: number } {
  // The server diffs each edit twice (the .http splitter, then the line index): the second is free.
  if (lastDiff && lastDiff.before === before && lastDiff.after === after) return lastDiff.result;
  const result = scanDiff(before, after);
  lastDiff = { before, after, result };
  return result;
}

let lastDiff: { before: string; after: string; result: { start: number; oldEnd: number; delta: number } } | undefined;

function scanDiff(before: string, after: string): { start: number; oldEnd: number; delta: number } {
  const min = Math.min(before.length, after.length);
  const start = commonPrefix(before, after, min);
  const suffix = commonSuffix(before, after, min - start);
  return { start, oldEnd: before.length - suffix, delta: after.length - before.length };
}

// Compared in chunks first: equal slices compare as memory, far faster than a loop over characters.
const CHUNK = 8192;

function commonPrefix(a: string, b: string, max: number): number {
  let i = 0;
  while (i + CHUNK <= max && a.slice(i, i + CHUNK) === b.slice(i, i + CHUNK)) i += CHUNK;
  while (i < max && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

function commonSuffix(a: string, b: string, max: number): number {
  let n = 0;
  const al = a.length;
  const bl = b.length;
  while (n + CHUNK <= max && a.slice(al - n - CHUNK, al - n) === b.slice(bl - n - CHUNK, bl - n)) n += CHUNK;
  while (n < max && a.charCodeAt(al - n - 1) === b.charCodeAt(bl - n - 1)) n++;
  return n;
}
