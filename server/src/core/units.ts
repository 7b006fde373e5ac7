import { isObject } from './json/values.ts';
import { splitHttpDocument, type HttpSplitOptions } from './http/parse.ts';
import { sourceKind, splitSource, type SourceKind, type SourceSplitState } from './sources/index.ts';
import type { RequestUnit, Span } from './types.ts';
import type { Tree } from 'web-tree-sitter';

export type DocumentKind = 'http' | 'json' | 'jsonc' | 'jsonl' | SourceKind;

/** Which splitter a document needs, from its language id or, failing that, its file name. */
export function documentKind(languageId: string | undefined, fileName: string | undefined): DocumentKind | null {
  const byLanguage: Record<string, DocumentKind> = { http: 'http', rest: 'http', json: 'json', jsonc: 'jsonc', jsonl: 'jsonl', jsonlines: 'jsonl' };
  const ext = fileName?.toLowerCase().match(/\.([a-z]+)$/)?.[1];
  const byExtension: Record<string, DocumentKind> = { http: 'http', rest: 'http', json: 'json', jsonc: 'jsonc', jsonl: 'jsonl', ndjson: 'jsonl' };
  // The extension wins for .http/.jsonl: other extensions may label them plain text or json.
  if (ext && (byExtension[ext] === 'http' || byExtension[ext] === 'jsonl')) return byExtension[ext];
  return (languageId && byLanguage[languageId]) || (ext && byExtension[ext]) || sourceKind(languageId, fileName);
}

export function splitDocument(text: string, kind: DocumentKind, http: HttpSplitOptions = {}, languageId?: string, tree?: Tree, state?: SourceSplitState): RequestUnit[] {
  switch (kind) {
    case 'http':
      return splitHttpDocument(text, http);
    case 'jsonl':
      return splitJsonLines(text);
    case 'json':
    case 'jsonc':
      return [wholeBody(text, { start: 0, end: text.length })];
    default:
      return splitSource(text, kind, { filePath: http.filePath, languageId, tree, state, http });
  }
}

function wholeBody(text: string, span: Span): RequestUnit {
  return { span, headers: [], bodyText: text.slice(span.start, span.end), bodySpan: span, notes: [] };
}

/**
 * One unit per non-blank line. A batch envelope (OpenAI Batch `{custom_id, method, url, body}` or
 * Anthropic Message Batches `{custom_id, params}`) is unwrapped: the unit's body is the inner object's
 * text, and the envelope's URL decides the API. The envelope is read with JSON.parse on the line, and the
 * inner object's span is found by scanning for the key, so offsets stay exact.
 */
export function splitJsonLines(text: string, from = 0, to = text.length, fileStart = from === 0): RequestUnit[] {
  const units: RequestUnit[] = [];
  // A byte order mark is not part of the first line. `from`/`to` (whole lines) split part of the document
  // (the editor's slices of a large batch); `fileStart: false` says a text of whole lines is a slice further
  // down a file (the CLI's streamed batches, cli/batch/), where U+FEFF is the line's own text.
  let start = fileStart && text.charCodeAt(from) === 0xfeff ? from + 1 : from;
  while (start <= to) {
    let end = text.indexOf('\n', start);
    if (end < 0 || end > to) end = to;
    const lineEnd = end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
    if (text.slice(start, lineEnd).trim()) units.push(lineUnit(text, { start, end: lineEnd }));
    start = end + 1;
  }
  return units;
}

function lineUnit(text: string, span: Span): RequestUnit {
  const line = text.slice(span.start, span.end);
  let envelope: unknown;
  try {
    envelope = JSON.parse(line);
  } catch {
    return wholeBody(text, span); // the body parser reports the syntax error
  }
  if (!isObject(envelope) || typeof envelope.custom_id !== 'string') return wholeBody(text, span);
  const innerKey = isObject(envelope.body) ? 'body' : isObject(envelope.params) ? 'params' : null;
  const inner = innerKey ? valueSpan(line, innerKey) : null;
  if (!innerKey || !inner) return wholeBody(text, span);
  const bodySpan = { start: span.start + inner.start, end: span.start + inner.end };
  return {
    span,
    method: typeof envelope.method === 'string' ? envelope.method : undefined,
    url: typeof envelope.url === 'string' ? envelope.url : undefined,
    rawUrl: typeof envelope.url === 'string' ? envelope.url : undefined,
    headers: [],
    bodyText: text.slice(bodySpan.start, bodySpan.end),
    bodySpan,
    envelope: innerKey === 'body' ? { kind: 'openai-batch', url: envelope.url as string | undefined } : { kind: 'anthropic-batch' },
    notes: [],
  };
}

/** Span of the top-level object value of `key` in a one-line JSON object, by bracket matching. */
function valueSpan(line: string, key: string): Span | null {
  const keyPattern = new RegExp(`"${key}"\\s*:\\s*\\{`, 'g');
  let depth = 0;
  let inString = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') {
      if (depth === 1) {
        keyPattern.lastIndex = i;
        const match = keyPattern.exec(line);
        if (match && match.index === i) return { start: i + match[0].length - 1, end: matchBrace(line, i + match[0].length - 1) };
      }
      inString = true;
    } else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') depth--;
  }
  return null;
}

function matchBrace(line: string, open: number): number {
  let depth = 0;
  let inString = false;
  for (let i = open; i < line.length; i++) {
    const c = line[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return line.length;
}
