import type { Header, Span, UnitNote } from '../types.ts';
import { findBlockEnd, scanBody, type BodyResult } from './body.ts';
import { isBlank, isSpace, trimmedSpan, type Line } from './lines.ts';
import {
  isComment,
  isHeaderSpread,
  isResponseStatusLine,
  isUrlContinuation,
  parseFileVariable,
  parseHeader,
  parseMetadata,
  parseRequestLine,
  preRequestStart,
  responseSideStart,
  type FileVariable,
} from './syntax.ts';

/** One request found in a block, before variables are resolved and body files are read. */
export interface DraftRequest {
  method: string;
  rawUrl: string;
  requestLineSpan: Span;
  headers: Header[];
  body: BodyResult;
  name?: string;
  apiOverride?: { value: string; span: Span };
  notes: UnitNote[];
}

export interface ParsedBlock {
  /** `@name = value` lines before the request line (or anywhere in a request-less block). */
  fileVariables: FileVariable[];
  request?: DraftRequest;
  /** The block holds text that is neither a request nor comments/variables (a pasted JSON, a response...). */
  hasStrayContent: boolean;
}

/**
 * Parses lines [from, to) of one `###` block, in httpyac's hook order (editor.md §1.3 B):
 * metadata → comment → variable → scripts → request line, then headers (D) and body (E).
 */
export function parseBlock(text: string, lines: Line[], from: number, to: number, title: string): ParsedBlock {
  const fileVariables: FileVariable[] = [];
  let name: string | undefined;
  let apiOverride: DraftRequest['apiOverride'];
  let i = from;
  for (; i < to; i++) {
    const t = lines[i].text;
    if (isBlank(t)) continue;
    const meta = parseMetadata(t);
    if (meta) {
      if (meta.key === 'name' && meta.value) name ??= meta.value.split(/\s/)[0];
      if (meta.key === 'api' && meta.value) apiOverride ??= { value: meta.value.split(/\s/)[0], span: trimmedSpan(lines[i]) };
      continue;
    }
    if (isComment(t)) continue;
    const variable = parseFileVariable(t);
    if (variable) {
      fileVariables.push(variable);
      continue;
    }
    const script = preRequestStart(t);
    if (script?.kind === 'single') continue;
    if (script?.kind === 'multi') {
      const end = findBlockEnd(lines, i, to, script.isEnd, script.unterminated);
      if (end > i) {
        i = end - 1;
        continue;
      }
    }
    break;
  }
  if (i >= to) return { fileVariables, hasStrayContent: false };
  const requestLine = isResponseStatusLine(lines[i].text) ? undefined : parseRequestLine(lines[i].text);
  if (!requestLine) return { fileVariables, hasStrayContent: true };

  const headerZone = parseHeaderZone(lines, i + 1, to);
  const rawUrl = [requestLine.target, ...headerZone.urlParts].join('');
  const bodyScan = scanBody(text, lines, headerZone.bodyFrom, to);
  const request: DraftRequest = {
    method: requestLine.method ?? 'GET',
    rawUrl,
    requestLineSpan: trimmedSpan(lines[i]),
    headers: headerZone.headers,
    body: bodyScan.body,
    name: name ?? (title || undefined),
    apiOverride,
    notes: [...headerZone.notes, ...bodyScan.notes],
  };
  return { fileVariables, request, hasStrayContent: false };
}

interface HeaderZone {
  headers: Header[];
  /** Query (`?a=b`, `&c=d`), URL-part (`/x`) and indented continuation lines, trimmed. */
  urlParts: string[];
  /** First line of the body zone. */
  bodyFrom: number;
  notes: UnitNote[];
}

/** Lines after the request line up to the first blank line (editor.md §1.3 C continuation lines, D). */
function parseHeaderZone(lines: Line[], from: number, to: number): HeaderZone {
  const zone: HeaderZone = { headers: [], urlParts: [], bodyFrom: to, notes: [] };
  for (let i = from; i < to; i++) {
    const line = lines[i];
    const t = line.text;
    if (isBlank(t)) {
      zone.bodyFrom = i + 1;
      return zone;
    }
    // REST Client removes comment lines before it looks for the blank line, so they never end the headers.
    if (isComment(t)) continue;
    const header = parseHeader(t);
    const continuesUrl = isUrlContinuation(t) || (zone.headers.length === 0 && isSpace(t.charCodeAt(0)));
    if (continuesUrl && !header) {
      zone.urlParts.push(t.trim());
      continue;
    }
    if (header) {
      zone.headers.push({ ...header, span: { start: line.start, end: line.end } });
      continue;
    }
    if (isHeaderSpread(t)) continue;
    if (!responseSideStart(t)) zone.notes.push(missingBlankLineNote(line));
    zone.bodyFrom = i;
    return zone;
  }
  return zone;
}

function missingBlankLineNote(line: Line): UnitNote {
  return {
    span: trimmedSpan(line),
    severity: 'warning',
    code: 'http-missing-blank-line',
    message:
      'This line is not a header, but no blank line separates it from the headers: REST Client sends it as a header. Add an empty line before the body.',
  };
}
