import { nonJsonBodyKind } from '../core/http/content-type.ts';
import type { HttpSplitOptions } from '../core/http/parse.ts';
import type { RequestUnit } from '../core/types.ts';
import { splitDocument } from '../core/units.ts';

/** Offset of the start of the first line holding more than spaces and tabs. */
function firstContentLine(text: string): number {
  let line = 0;
  for (let i = 0; i < text.length; i++) {
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
 * The request line and headers as the `.http` splitter reads them, per head text: an application checks the
 * same URL and headers before every call, so the head is split once. Heads with `{{` are split every time
 * (a `{{$processEnv …}}` may change). At most HEADS entries, the oldest dropped first.
 */
const heads = new Map<string, RequestUnit | null>();
const HEADS = 64;

function headUnit(head: string, http: HttpSplitOptions): RequestUnit | null {
  const cached = heads.get(head);
  if (cached !== undefined) return cached;
  const units = splitDocument(head, 'http', http);
  const unit = units.length === 1 && units[0].bodyText === undefined && !units[0].bodyFile ? units[0] : null;
  if (!head.includes('{{')) {
    if (heads.size >= HEADS) heads.delete(heads.keys().next().value!);
    heads.set(head, unit);
  }
  return unit;
}

/**
 * The library's one request: the head (request line and headers, `head`, ending in a blank line) read by the
 * `.http` splitter, the body taken as it is, the caller's own text: never read as `.http` syntax (no comment,
 * separator or `< file` line in it), so no document is built and the body is not scanned line by line. Its
 * span runs from its first to its last non-blank line, as the splitter's would; document offsets are the
 * head's length plus body offsets. A head the splitter does not read as one request (its lines are built from
 * one URL and valid header names, so none is known) gives a unit with no URL and no headers: the body alone.
 */
export function requestUnit(head: string, body: string, http: HttpSplitOptions): RequestUnit {
  const unit = headUnit(head, http) ?? { span: { start: 0, end: head.length }, headers: [], notes: [] };
  const bodyStart = head.length;
  const span = { start: unit.span.start, end: bodyStart + body.length };
  const start = firstContentLine(body);
  const end = lastContentEnd(body);
  if (end <= start) return { ...unit, span };
  const bodyText = start === 0 && end === body.length ? body : body.slice(start, end);
  const lineBreak = bodyText.indexOf('\n');
  const firstLine = lineBreak < 0 ? bodyText : bodyText.slice(0, lineBreak);
  const kind = nonJsonBodyKind(unit.headers, unit.method ?? 'GET', firstLine);
  return { ...unit, span, bodyText, bodySpan: { start: bodyStart + start, end: bodyStart + end }, ...(kind && { nonJsonBody: kind }) };
}
