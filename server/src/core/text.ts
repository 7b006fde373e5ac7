import type { Position, Range, Span } from './types.ts';

/**
 * Maps UTF-16 offsets to LSP positions. Built once per document version; line starts are found with
 * indexOf, so building it on a 50 MB text costs one native scan, not a JS loop per character.
 */
export class LineIndex {
  private readonly lineStarts: number[] = [0];

  constructor(readonly text: string) {
    // Keep the next \n and the next \r and advance each only when passed: searching for both afresh
    // on every line would rescan to the end of an LF-only file for each line (quadratic).
    let lf = text.indexOf('\n');
    let cr = text.indexOf('\r');
    while (lf >= 0 || cr >= 0) {
      let i = cr < 0 || (lf >= 0 && lf < cr) ? lf : cr;
      if (text.charCodeAt(i) === 13 && text.charCodeAt(i + 1) === 10) i++;
      this.lineStarts.push(i + 1);
      if (lf >= 0 && lf <= i) lf = text.indexOf('\n', i + 1);
      if (cr >= 0 && cr <= i) cr = text.indexOf('\r', i + 1);
    }
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

/** Offset of the next \n or \r at or after `from`, or -1. */
export function nextLineBreak(text: string, from: number): number {
  const lf = text.indexOf('\n', from);
  const cr = text.indexOf('\r', from);
  if (cr < 0) return lf;
  if (lf < 0) return cr;
  return Math.min(lf, cr);
}
