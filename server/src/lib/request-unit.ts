import { nonJsonBodyKind } from '../core/http/content-type.ts';
import type { HttpSplitOptions } from '../core/http/parse.ts';
import type { RequestUnit } from '../core/types.ts';
import { splitDocument } from '../core/units.ts';

/**
 * Codes a line of well-formed JSON can start with (after spaces and tabs): no .http syntax (comment,
 * separator, script, file reference, variable, request or status line) starts like that, and strings
 * cannot span lines, so a body of such lines is exactly what the splitter would hand on as the body.
 */
const JSON_LINE_LEADS = new Uint8Array(128);
for (const c of '{}[]",-0123456789tfn\r\n') JSON_LINE_LEADS[c.charCodeAt(0)] = 1; // a table: one load per line, no Set lookup
/** Spaces the splitter treats as blank besides space and tab: with one, the body's edges are left to it. */
const OTHER_SPACES = ['\v', '\f', '\ufeff', '\u00a0'];

/** True when every line of `text` from `from` starts (after spaces and tabs) like a line of JSON, `{{` excluded. */
function jsonLinesOnly(text: string, from: number): boolean {
  if (OTHER_SPACES.some((c) => text.includes(c, from)) || text.includes('\r', from)) return false;
  for (let line = from; line < text.length; ) {
    let i = line;
    while (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9) i++;
    const code = text.charCodeAt(i);
    if (i < text.length && (!(code < 128 && JSON_LINE_LEADS[code]) || (code === 123 && text.charCodeAt(i + 1) === 123))) return false;
    const next = text.indexOf('\n', i);
    if (next < 0) break;
    line = next + 1;
  }
  return true;
}

/** Offset of the start of the first line at or after `from` holding more than spaces and tabs. */
function firstContentLine(text: string, from: number): number {
  let line = from;
  for (let i = from; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10) line = i + 1;
    else if (code !== 32 && code !== 9) return line;
  }
  return text.length;
}

/** Offset of the end of the last line holding more than spaces and tabs (its trailing spaces included). */
function lastContentEnd(text: string): number {
  let end = text.length;
  for (let i = text.length - 1; i >= 0; i--) {
    const code = text.charCodeAt(i);
    if (code === 10) end = i;
    else if (code !== 32 && code !== 9) return end;
  }
  return 0;
}

/**
 * The library's one request as the splitter would produce it from `text` (request line and headers,
 * then the body from `bodyStart`), splitting only the head: scanning the body line by line for .http
 * syntax was most of a library call's pipeline time. Undefined when the body has a line the splitter
 * might treat differently; the caller then splits the whole text.
 */
export function requestUnit(text: string, bodyStart: number, http: HttpSplitOptions): RequestUnit | undefined {
  // The body's own string: `text` is a concatenation, whose characters V8 reads slowly one by one.
  const body = bodyStart === 0 ? text : text.slice(bodyStart);
  if (!jsonLinesOnly(body, 0)) return undefined;
  const units = splitDocument(text.slice(0, bodyStart), 'http', http);
  if (units.length !== 1 || units[0].bodyText !== undefined || units[0].bodyFile) return undefined;
  const unit = units[0];
  const span = { start: unit.span.start, end: text.length };
  // The body spans its first to its last non-blank line, as the splitter's does (line breaks around it excluded).
  const start = firstContentLine(body, 0);
  const end = lastContentEnd(body);
  if (end <= start) return { ...unit, span };
  const bodyText = body.slice(start, end);
  const lineBreak = bodyText.indexOf('\n');
  const firstLine = lineBreak < 0 ? bodyText : bodyText.slice(0, lineBreak);
  const kind = nonJsonBodyKind(unit.headers, unit.method ?? 'GET', firstLine);
  return { ...unit, span, bodyText, bodySpan: { start: bodyStart + start, end: bodyStart + end }, ...(kind && { nonJsonBody: kind }) };
}
