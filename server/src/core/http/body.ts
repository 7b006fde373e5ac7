import type { Span, UnitNote } from '../types.ts';
import { leadingCode, trimmedSpan, type Line } from './lines.ts';
import {
  isComment,
  isExplicitRequestLine,
  isResponseStatusLine,
  parseBodyFileRef,
  responseSideStart,
} from './syntax.ts';

const HASH = 35;
const SLASH = 47;
const LESS_THAN = 60;
/** `>` handlers and redirections, `?` assertions, `<>` response refs, `{{` script blocks. */
const RESPONSE_SIDE_LEADS = new Set([62, 63, 60, 123]);

/**
 * The body zone of a request block (editor.md §1.3 E): everything after the header block, up to the end
 * of the block. Lines the tools never send (full-line comments, response handlers, assertions, output
 * redirections, response references) are blanked with spaces so that offsets still map 1:1.
 */
export type BodyResult =
  | { kind: 'none' }
  | { kind: 'inline'; text: string; span: Span; firstLine: string }
  | { kind: 'file'; path: string; span: Span };

export interface BodyScan {
  body: BodyResult;
  notes: UnitNote[];
}

export function scanBody(text: string, lines: Line[], from: number, to: number): BodyScan {
  const notes: UnitNote[] = [];
  const content: number[] = [];
  const removed: number[] = [];
  let fileRefLine = -1;
  let i = from;
  while (i < to) {
    const line = lines[i];
    const t = line.text;
    // Most body lines start with `{`, `"` or `}`: gate the regexes on the first character.
    const lead = leadingCode(t);
    if (lead < 0) {
      i++;
      continue;
    }
    if ((lead === HASH || lead === SLASH) && isComment(t)) {
      removed.push(i++);
      continue;
    }
    const side = RESPONSE_SIDE_LEADS.has(lead) ? responseSideStart(t) : undefined;
    if (side) {
      const end = side.kind === 'single' ? i + 1 : findBlockEnd(lines, i, to, side.isEnd, side.unterminated);
      if (end > i) {
        while (i < end) removed.push(i++);
        continue;
      }
    }
    const startsUpper = lead >= 65 && lead <= 90;
    if (startsUpper && (isExplicitRequestLine(t) || isResponseStatusLine(t)) && jsonDepth(text, lines, content) === 0) {
      // httpyac starts a new region here; REST Client and JetBrains would send it as body text.
      if (!isResponseStatusLine(t)) notes.push(secondRequestNote(line));
      break;
    }
    if (fileRefLine < 0 && lead === LESS_THAN && parseBodyFileRef(t) !== undefined) fileRefLine = i;
    content.push(i++);
  }
  return { body: buildBody(text, lines, content, removed, fileRefLine), notes };
}

function buildBody(text: string, lines: Line[], content: number[], removed: number[], fileRefLine: number): BodyResult {
  if (content.length === 0) return { kind: 'none' };
  if (content.length === 1 && content[0] === fileRefLine) {
    const line = lines[fileRefLine];
    return { kind: 'file', path: parseBodyFileRef(line.text) ?? '', span: { start: line.start, end: line.end } };
  }
  const first = content[0];
  const last = content[content.length - 1];
  const span = { start: lines[first].start, end: lines[last].end };
  const parts: string[] = [];
  let cursor = span.start;
  for (const index of removed) {
    if (index < first || index > last) continue;
    const line = lines[index];
    parts.push(text.slice(cursor, line.start), ' '.repeat(line.end - line.start));
    cursor = line.end;
  }
  parts.push(text.slice(cursor, span.end));
  return { kind: 'inline', text: parts.join(''), span, firstLine: lines[first].text };
}

/**
 * Index just past the line that closes a multi-line script, or: the end of the block when the tools
 * would run an unclosed script to the end (`> {%`), or `start` when the opener was probably text.
 */
export function findBlockEnd(
  lines: Line[],
  start: number,
  to: number,
  isEnd: (text: string) => boolean,
  unterminated: 'to-end' | 'not-a-script',
): number {
  for (let j = start + 1; j < to; j++) if (isEnd(lines[j].text)) return j + 1;
  return unterminated === 'to-end' ? to : start;
}

function secondRequestNote(line: Line): UnitNote {
  return {
    span: trimmedSpan(line),
    severity: 'warning',
    code: 'http-second-request-line',
    message:
      'A second request line inside this block: REST Client and JetBrains send it as part of the body, httpyac starts a new request here. Add a `###` line before it.',
  };
}

/** Open `{`/`[` count over the given lines, ignoring brackets inside JSON strings. */
export function jsonDepth(text: string, lines: Line[], lineIndexes: number[]): number {
  let depth = 0;
  let inString = false;
  for (const index of lineIndexes) {
    const { start, end } = lines[index];
    inString = false; // JSON strings cannot span lines
    for (let k = start; k < end; k++) {
      const c = text.charCodeAt(k);
      if (inString) {
        if (c === 92) k++;
        else if (c === 34) inString = false;
      } else if (c === 34) inString = true;
      else if (c === 123 || c === 91) depth++;
      else if (c === 125 || c === 93) depth--;
    }
  }
  return depth;
}
