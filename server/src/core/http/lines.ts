/**
 * Splits a document into lines while keeping every offset exact. Line breaks (LF, CRLF or lone CR,
 * JetBrains spec §2.2) are not part of a line's text, so `text.slice(line.start, line.end) === line.text`.
 */
export interface Line {
  /** Text without the line break. */
  text: string;
  /** UTF-16 offset of the first character. */
  start: number;
  /** Offset just after the last character (before the line break). */
  end: number;
}

/** Lines of `text`, or of its part [from, to) when `from` starts a line and `to` ends one (offsets stay the document's). */
export function splitLines(text: string, from = 0, to = text.length): Line[] {
  const lines: Line[] = [];
  // Fast path: most files use LF or CRLF, which indexOf finds without a per-character loop.
  if (!hasLoneCarriageReturn(text, from, to)) {
    let start = from;
    for (;;) {
      const lf = text.indexOf('\n', start);
      if (lf < 0 || lf >= to) break;
      const end = lf > start && text.charCodeAt(lf - 1) === 13 ? lf - 1 : lf;
      lines.push({ text: text.slice(start, end), start, end });
      start = lf + 1;
    }
    lines.push({ text: text.slice(start, to), start, end: to });
    return lines;
  }
  let start = from;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code !== 10 && code !== 13) continue;
    lines.push({ text: text.slice(start, i), start, end: i });
    if (code === 13 && i + 1 < to && text.charCodeAt(i + 1) === 10) i++;
    start = i + 1;
  }
  lines.push({ text: text.slice(start, to), start, end: to });
  return lines;
}

function hasLoneCarriageReturn(text: string, from: number, to: number): boolean {
  // Searched in [from, to) only: in a text with no \r, indexOf from `from` would scan to the end of a
  // 1 M-character document for every re-split region (a slice shares the text's characters, no copy).
  const region = from === 0 && to === text.length ? text : text.slice(from, to);
  let cr = region.indexOf('\r');
  while (cr >= 0) {
    if (cr + 1 >= region.length || region.charCodeAt(cr + 1) !== 10) return true;
    cr = region.indexOf('\r', cr + 1);
  }
  return false;
}

/** Span of the line's text without its leading and trailing whitespace. */
export function trimmedSpan(line: Line): { start: number; end: number } {
  const text = line.text;
  let from = 0;
  while (from < text.length && isSpace(text.charCodeAt(from))) from++;
  let to = text.length;
  while (to > from && isSpace(text.charCodeAt(to - 1))) to--;
  return { start: line.start + from, end: line.start + to };
}

export function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 11 || code === 12 || code === 0xfeff || code === 0xa0;
}

export function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isSpace(text.charCodeAt(i))) return false;
  return true;
}

/** Char code of the first non-whitespace character, or -1 for a blank line: a cheap gate before regexes. */
export function leadingCode(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!isSpace(code)) return code;
  }
  return -1;
}
