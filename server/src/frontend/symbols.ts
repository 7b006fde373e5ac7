import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import { detectRequest } from '../core/detect.ts';
import { splitLines } from '../core/http/lines.ts';
import type { HttpSplitOptions } from '../core/http/parse.ts';
import { separatorTitle } from '../core/http/syntax.ts';
import { parseBody } from '../core/json/body.ts';
import { isObject } from '../core/json/values.ts';
import type { AnalyzedUnit } from '../core/lint.ts';
import { checkLimits, DEFAULT_LIMITS } from '../core/limits.ts';
import { LineIndex } from '../core/text.ts';
import type { Detection, RequestUnit, Span } from '../core/types.ts';
import { documentKind, splitDocument } from '../core/units.ts';

/**
 * `textDocument/documentSymbol` for .http/.rest and .jsonl documents, so the outline, breadcrumbs and
 * "Go to Symbol" list the requests. One symbol per request:
 * - .http: named by `# @name` or the `###` title, else method and path; range = the whole request (from its
 *   `###` line), selectionRange = the request line;
 * - .jsonl: named by `custom_id` (else "line N"); range = the line, selectionRange = the custom_id value.
 * `detail` is the detected API and model. Other documents get null: their own language support outlines them.
 */
export interface SymbolSource {
  text: string;
  languageId?: string;
  filePath?: string;
  /** The linter's units for this exact text, when a lint result is current; otherwise they are recomputed. */
  units?: AnalyzedUnit[];
  /** Splitter options for recomputed units (workspace trust); see HttpSplitOptions. */
  http?: Omit<HttpSplitOptions, 'filePath'>;
}

export function documentSymbols(source: SymbolSource): DocumentSymbol[] | null {
  const kind = documentKind(source.languageId, source.filePath);
  if (kind !== 'http' && kind !== 'jsonl') return null;
  const units = source.units ?? analyze(source.text, kind, source.filePath, source.http);
  if (!units) return [];
  const lines = new LineIndex(source.text);
  const symbols: DocumentSymbol[] = [];
  if (kind === 'http') {
    const separators = separatorLines(source.text);
    for (const { unit, detection } of units) {
      if (!unit.requestLineSpan) continue;
      const start = requestStart(unit.span.start, separators);
      const named = unit.name !== undefined && unit.name !== '';
      const requestLine = `${unit.method ?? 'GET'} ${shortPath(unit.rawUrl ?? '')}`.trim();
      const detail = detectionDetail(detection) || (named ? requestLine : '');
      symbols.push({
        name: named ? unit.name! : requestLine,
        ...(detail ? { detail } : {}),
        kind: SymbolKind.Method,
        range: lines.rangeOf({ start, end: unit.span.end }),
        selectionRange: lines.rangeOf(unit.requestLineSpan),
      });
    }
  } else {
    for (const { unit, detection } of units) {
      const id = customId(source.text, unit.span);
      const line = lines.positionAt(unit.span.start).line;
      const detail = detectionDetail(detection);
      symbols.push({
        name: id?.value ?? `line ${line + 1}`,
        ...(detail ? { detail } : {}),
        kind: SymbolKind.Method,
        range: lines.rangeOf(unit.span),
        selectionRange: lines.rangeOf(id?.span ?? unit.span),
      });
    }
  }
  return symbols;
}

/** Splitting and detection without the rules (used before the first lint of a version has finished). */
function analyze(text: string, kind: 'http' | 'jsonl', filePath: string | undefined, http?: Omit<HttpSplitOptions, 'filePath'>): AnalyzedUnit[] | null {
  if (checkLimits(text, DEFAULT_LIMITS)) return null;
  return splitDocument(text, kind, { ...http, filePath }).map((unit) => ({ unit, detection: detect(unit) }));
}

function detect(unit: RequestUnit): Detection {
  const bodyText = unit.bodyFile ? unit.bodyFile.text : unit.bodyText;
  const value = unit.nonJsonBody || !bodyText?.trim() ? undefined : parseBody(bodyText).value;
  return detectRequest(unit, value);
}

function detectionDetail(detection: Detection): string {
  return [detection.api, detection.model].filter(Boolean).join(' · ');
}

/** Start offsets of the `###` lines, ascending. */
function separatorLines(text: string): number[] {
  return splitLines(text)
    .filter((line) => separatorTitle(line.text) !== undefined)
    .map((line) => line.start);
}

/** The request's range starts at the `###` line that opens its block (the unit span excludes it). */
function requestStart(unitStart: number, separators: number[]): number {
  let low = 0;
  let high = separators.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (separators[mid] < unitStart) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  return found >= 0 ? separators[found] : unitStart;
}

/** `https://api.openai.com/v1/chat/completions?x=1` → `/v1/chat/completions`; `{{base}}/messages` stays. */
function shortPath(url: string): string {
  const withoutQuery = url.replace(/[?#].*$/, '');
  const absolute = /^[A-Za-z][\w+.-]*:\/\/[^/]*(\/.*)?$/.exec(withoutQuery);
  if (absolute) return absolute[1] ?? '/';
  return withoutQuery;
}

/** The `custom_id` string of a batch line, with the span of its value (quotes included). */
function customId(text: string, span: Span): { value: string; span: Span } | undefined {
  const line = text.slice(span.start, span.end);
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch {
    return undefined;
  }
  if (!isObject(parsed) || typeof parsed.custom_id !== 'string') return undefined;
  const key = /"custom_id"\s*:\s*("(?:[^"\\]|\\.)*")/.exec(line);
  const valueSpan = key
    ? { start: span.start + key.index + key[0].length - key[1].length, end: span.start + key.index + key[0].length }
    : span;
  return { value: parsed.custom_id, span: valueSpan };
}
