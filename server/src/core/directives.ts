import { createScanner } from 'jsonc-parser';
import { isBlank, splitLines } from './http/lines.ts';
import { isComment } from './http/syntax.ts';
import { closest } from './did-you-mean.ts';
import { LineIndex } from './text.ts';
import type { Finding, RequestUnit, Severity, Span } from './types.ts';
import type { DocumentKind } from './units.ts';

/**
 * Comment directives that turn findings off where the user means it (ESLint-style):
 *
 * - `.http`/`.rest`, full-line `#` or `//` comments: `llm-preflight-disable-next-request` above a request line
 *   (with `# @name`), `-disable-next-line`, `-disable` … `-enable` ranges, `-disable-file`;
 * - `.jsonc`: the same in `//` or `/* *\/` comments, except `-disable-next-request` (the file is the request);
 * - `.json` / `.jsonl` have no comments: the `llmPreflight.rules` setting and the CLI config cover them;
 * - source files (SDK calls): `#` comments in Python, `//` and `/* *\/` in TypeScript/JavaScript; there
 *   `-disable-next-request` applies to the next SDK call after the comment.
 *
 * Ids are rule ids or core codes, separated by commas or spaces; none means every rule. Text after ` -- ` is
 * a free description. Directives are applied to a document's findings after the rules ran, so the
 * per-request cache in lint.ts is not affected by them.
 */

export type DirectiveKind = 'disable-next-request' | 'disable-next-line' | 'disable-file' | 'disable' | 'enable';

export interface DirectiveId {
  id: string;
  span: Span;
}

export interface Directive {
  kind: DirectiveKind;
  /** Listed ids; empty: every rule. */
  ids: DirectiveId[];
  /** From `llm-preflight-` to the end of the ids (before a ` -- description`). */
  span: Span;
  /** The whole comment (`# …`, `// …`, `/* … *\/`), without the line break. */
  comment: Span;
  /** Line of the comment's start (0-based). */
  line: number;
  /** True when nothing but whitespace shares the comment's line(s). */
  ownLine: boolean;
  /** `disable-next-line`: the line it applies to (undefined when no code follows). */
  targetLine?: number;
}

/** Codes of the findings the directives themselves produce (they cannot be disabled by a directive). */
export const DIRECTIVE_CODES = ['unused-disable-directive', 'unknown-rule-in-directive'] as const;

export const MARKER = 'llm-preflight-';
const DIRECTIVE = /^(\s*)llm-preflight-(disable-next-request|disable-next-line|disable-file|disable|enable)(?=[\s,]|$)/;

// jsonc-parser SyntaxKind values (a const enum in its typings).
const LINE_COMMENT = 12;
const BLOCK_COMMENT = 13;
const LINE_BREAK = 14;
const TRIVIA = 15;
const EOF = 17;

/** Every directive in the document, in document order. `.json`/`.jsonl` documents have no comments. */
export function parseDirectives(text: string, kind: DocumentKind | null, lines: LineIndex = new LineIndex(text)): Directive[] {
  if (!text.includes(MARKER)) return [];
  if (kind === 'http') return httpDirectives(text, lines);
  if (kind === 'jsonc') return jsoncDirectives(text, lines);
  if (kind === 'python' || kind === 'typescript' || kind === 'javascript') return sourceDirectives(text, kind, lines);
  if (kind === 'shell') return httpDirectives(text, lines, shellComment);
  if (kind === 'markdown') return httpDirectives(text, lines, htmlComment);
  return [];
}

/** Where a full-line comment's text starts and ends, or null when the line is no comment. */
type LineComment = (line: string) => { from: number; to: number } | null;

const httpComment: LineComment = (line) => (isComment(line) ? { from: /^\s*(?:#+|\/{2,})/.exec(line)![0].length, to: line.length } : null);
/** Shell scripts: `# …` lines. */
const shellComment: LineComment = (line) => {
  const lead = /^\s*#+/.exec(line);
  return lead ? { from: lead[0].length, to: line.length } : null;
};
/** Markdown: a line holding one `<!-- … -->` comment. */
const htmlComment: LineComment = (line) => {
  const match = /^(\s*<!--)(.*?)-->\s*$/.exec(line);
  return match ? { from: match[1].length, to: match[1].length + match[2].length } : null;
};

function httpDirectives(text: string, index: LineIndex, commentOf: LineComment = httpComment): Directive[] {
  const lines = splitLines(text);
  const found: Directive[] = [];
  const pending: Directive[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (isBlank(line.text)) continue;
    const comment = commentOf(line.text);
    if (comment) {
      if (!line.text.includes(MARKER)) continue;
      const start = line.start + line.text.length - line.text.trimStart().length;
      const directive = parseComment(text, line.start + comment.from, line.start + comment.to, { start, end: line.end }, index.positionAt(start).line, true);
      if (directive) {
        found.push(directive);
        if (directive.kind === 'disable-next-line') pending.push(directive);
      }
      continue;
    }
    // The first line that is neither blank nor a comment: what a `disable-next-line` above it means.
    for (const d of pending.splice(0)) d.targetLine = index.positionAt(line.start).line;
  }
  return found;
}

function jsoncDirectives(text: string, index: LineIndex): Directive[] {
  const scanner = createScanner(text, false);
  const found: Directive[] = [];
  const pending: { directive: Directive; endLine: number }[] = [];
  let lastCodeLine = -1;
  for (let token = scanner.scan(); token !== EOF; token = scanner.scan()) {
    if (token === LINE_BREAK || token === TRIVIA) continue;
    const start = scanner.getTokenOffset();
    const end = start + scanner.getTokenLength();
    if (token === LINE_COMMENT || token === BLOCK_COMMENT) {
      if (!text.slice(start, end).includes(MARKER)) continue;
      const closed = token === BLOCK_COMMENT && text.startsWith('*/', end - 2) && end - start >= 4;
      const line = index.positionAt(start).line;
      const endLine = index.positionAt(end).line;
      const ownLine = line !== lastCodeLine && !codeFollowsOnLine(text, end);
      const directive = parseComment(text, start + 2, closed ? end - 2 : end, { start, end }, line, ownLine);
      if (directive) {
        found.push(directive);
        if (directive.kind === 'disable-next-line') pending.push({ directive, endLine });
      }
      continue;
    }
    const line = index.positionAt(start).line;
    lastCodeLine = index.positionAt(end).line;
    // A `disable-next-line` applies to the next line with code after the comment's own line(s).
    for (let k = pending.length - 1; k >= 0; k--) {
      if (pending[k].endLine < line) {
        pending[k].directive.targetLine = line;
        pending.splice(k, 1);
      }
    }
  }
  return found;
}

/**
 * Directives in a source file's comments: the marker right after `#` (Python) or `//` / `/*` (TS/JS), scanned
 * per line (a marker inside a string literal that looks like a comment is the one case read as a directive).
 */
function sourceDirectives(text: string, kind: 'python' | 'typescript' | 'javascript', index: LineIndex): Directive[] {
  const opener = kind === 'python' ? /#[ \t]*llm-preflight-/ : /(?:\/\/|\/\*)[ \t]*llm-preflight-/;
  const commentOnly = kind === 'python' ? /^\s*#/ : /^\s*(?:\/\/|\/\*|\*)/;
  const lines = splitLines(text);
  const found: Directive[] = [];
  const pending: Directive[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (isBlank(line.text)) continue;
    const match = line.text.includes(MARKER) ? opener.exec(line.text) : null;
    const code = !commentOnly.test(line.text);
    // A line with code is what the `disable-next-line` directives above it mean.
    if (code) for (const d of pending.splice(0)) d.targetLine = index.positionAt(line.start).line;
    if (!match) continue;
    const start = line.start + match.index;
    const block = match[0].startsWith('/*');
    const close = block ? line.text.indexOf('*/', match.index + 2) : -1;
    const end = close >= 0 ? line.start + close + 2 : line.end;
    const ownLine = !line.text.slice(0, match.index).trim();
    const directive = parseComment(text, start + (block || !match[0].startsWith('#') ? 2 : 1), close >= 0 ? end - 2 : end, { start, end }, index.positionAt(start).line, ownLine);
    if (!directive) continue;
    found.push(directive);
    if (directive.kind === 'disable-next-line') pending.push(directive);
  }
  return found;
}

function codeFollowsOnLine(text: string, from: number): boolean {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return false;
    if (c !== 32 && c !== 9) return true;
  }
  return false;
}

/** Parses the comment's content [from, to); undefined when it is no directive. */
function parseComment(text: string, from: number, to: number, comment: Span, line: number, ownLine: boolean): Directive | undefined {
  const content = text.slice(from, to);
  const match = DIRECTIVE.exec(content);
  if (!match) return undefined;
  const kind = match[2] as DirectiveKind;
  let rest = content.slice(match[0].length);
  const description = /(?:^|\s)--(?:\s|$)/.exec(rest);
  if (description) rest = rest.slice(0, description.index);
  const restStart = from + match[0].length;
  const ids: DirectiveId[] = [];
  for (const m of rest.matchAll(/[^\s,]+/g)) {
    const start = restStart + m.index!;
    ids.push({ id: m[0], span: { start, end: start + m[0].length } });
  }
  const spanStart = from + match[1].length;
  const spanEnd = ids.length ? ids[ids.length - 1].span.end : restStart;
  return { kind, ids, span: { start: spanStart, end: spanEnd }, comment, line, ownLine };
}

export interface DirectiveOptions {
  /** Severity settings: `off` for the directive codes hides those findings; a rule set `off` is never "unused". */
  rules?: Record<string, Severity | 'off'>;
  docsUrl?: (code: string) => string | undefined;
}

/** What a directive covers, once resolved against the document's requests. */
interface Scope {
  directive: Directive;
  /** Ids this scope suppresses (null: every rule); only known ids. */
  ids: Set<string> | null;
  /** Offsets [start, end) it covers, or a request, or a line. */
  range?: Span;
  unit?: number;
  line?: number;
  file?: boolean;
  /** Ids re-enabled inside an all-rules range, from the offset of the `enable`. */
  reenabled?: Map<string, number>;
  /** Ids that suppressed a finding ('*' for an all-rules scope). */
  used: Set<string>;
}

/**
 * Drops the findings the document's directives disable and adds a finding for each directive that
 * disabled nothing (`unused-disable-directive`) or names an unknown rule (`unknown-rule-in-directive`).
 * `units` are the document's requests in order (`.http`, shell and Markdown use them). Returns `findings` itself when
 * the document has no directive.
 */
export function applyDirectives(
  text: string,
  kind: DocumentKind | null,
  findings: Finding[],
  units: readonly { unit: RequestUnit }[],
  options: DirectiveOptions,
  /** Every code a directive may name: the linter's rule ids and the core's own codes. */
  knownIds: readonly string[],
): Finding[] {
  const source = kind === 'python' || kind === 'typescript' || kind === 'javascript';
  if (!text.includes(MARKER) || kind === null || kind === 'json' || kind === 'jsonl') return findings;
  const index = new LineIndex(text);
  const directives = parseDirectives(text, kind, index);
  if (directives.length === 0) return findings;
  const known = knownCodes(knownIds);
  const extra: Finding[] = [];
  const report = (code: (typeof DIRECTIVE_CODES)[number], severity: Severity, message: string, span: Span) => {
    const setting = options.rules?.[code];
    if (setting === 'off') return;
    extra.push({ rule: code, severity: setting ?? severity, message, span, api: null, docsUrl: options.docsUrl?.(code) });
  };

  const scopes: Scope[] = [];
  const misplaced: Directive[] = [];
  const open: Scope[] = [];
  for (const directive of directives) {
    const ids = new Set<string>();
    for (const { id, span } of directive.ids) {
      if (known.has(id)) ids.add(id);
      else report('unknown-rule-in-directive', 'warning', unknownMessage(id, directive.kind, known), span);
    }
    if (directive.ids.length > 0 && ids.size === 0) continue; // only unknown ids: already reported
    const scope: Scope = { directive, ids: directive.ids.length ? ids : null, used: new Set() };
    switch (directive.kind) {
      case 'disable-file':
        scope.file = true;
        break;
      case 'disable-next-request': {
        if (kind === 'jsonc') {
          scope.file = true; // the document is the request
          break;
        }
        // In source code, a script or a README the comment is outside the request: the next one (the first SDK call
        // or command after it) is meant. In a .http file it sits inside its request, above the request line.
        const nextIsMeant = source || kind === 'shell' || kind === 'markdown';
        const at = nextIsMeant ? units.findIndex((u) => u.unit.span.start >= directive.comment.end) : unitAt(units, directive.comment.start);
        const unit = at >= 0 ? units[at].unit : undefined;
        const above = nextIsMeant ? unit !== undefined : unit?.requestLineSpan !== undefined && directive.comment.start < unit.requestLineSpan.start;
        if (!above) {
          misplaced.push(directive);
          continue;
        }
        scope.unit = at;
        break;
      }
      case 'disable-next-line':
        if (directive.targetLine === undefined) {
          misplaced.push(directive);
          continue;
        }
        scope.line = directive.targetLine;
        break;
      case 'disable':
        scope.range = { start: directive.comment.end, end: text.length };
        open.push(scope);
        break;
      case 'enable':
        closeRanges(open, scope.ids, directive.comment.start);
        continue;
    }
    scopes.push(scope);
  }

  const kept: Finding[] = [];
  for (const finding of findings) {
    const offset = finding.span.start;
    let unit: number | undefined;
    let line: number | undefined;
    let suppressed = false;
    for (const scope of scopes) {
      if (scope.ids && !scope.ids.has(finding.rule)) continue;
      let covers: boolean;
      if (scope.file) covers = true;
      else if (scope.unit !== undefined) covers = (unit ??= unitAt(units, offset)) === scope.unit;
      else if (scope.line !== undefined) covers = (line ??= index.positionAt(offset).line) === scope.line;
      else {
        const range = scope.range!;
        const back = scope.reenabled?.get(finding.rule);
        covers = offset >= range.start && offset < range.end && !(back !== undefined && offset >= back);
      }
      if (!covers) continue;
      suppressed = true;
      scope.used.add(scope.ids ? finding.rule : '*');
    }
    if (!suppressed) kept.push(finding);
  }

  for (const directive of misplaced) {
    const where =
      directive.kind === 'disable-next-request'
        ? 'it is not above a request line (put it between the `###` line and the request line, like `# @name`)'
        : 'no line with code follows it';
    report('unused-disable-directive', 'info', `Unused llm-preflight-${directive.kind} directive: ${where}.`, directive.span);
  }
  for (const scope of scopes) {
    const { directive } = scope;
    const name = `llm-preflight-${directive.kind}`;
    if (!scope.ids) {
      if (!scope.used.has('*')) report('unused-disable-directive', 'info', `Unused ${name} directive: no finding is reported here.`, directive.span);
      continue;
    }
    // A rule turned off in the settings may be on for a teammate: its directive is not "unused".
    const unused = directive.ids.filter((d) => scope.ids!.has(d.id) && !scope.used.has(d.id) && options.rules?.[d.id] !== 'off');
    const distinct = new Set(unused.map((d) => d.id));
    if (distinct.size === 0) continue;
    if (unused.length === directive.ids.length) {
      const list = [...distinct].map((id) => `\`${id}\``).join(', ');
      report('unused-disable-directive', 'info', `Unused ${name} directive: ${list} ${distinct.size > 1 ? 'report' : 'reports'} nothing here.`, directive.span);
      continue;
    }
    for (const d of unused) report('unused-disable-directive', 'info', `\`${d.id}\` reports nothing here: remove it from this ${name} directive.`, d.span);
  }
  if (extra.length === 0) return kept;
  // Merged in document order, keeping the order of the findings themselves.
  extra.sort((a, b) => a.span.start - b.span.start);
  const merged: Finding[] = [];
  let next = 0;
  for (const finding of kept) {
    while (next < extra.length && extra[next].span.start < finding.span.start) merged.push(extra[next++]);
    merged.push(finding);
  }
  while (next < extra.length) merged.push(extra[next++]);
  return merged;
}

/** `enable` closes the open ranges of its ids (all of them without ids); inside an all-rules range it re-enables its ids. */
function closeRanges(open: Scope[], ids: Set<string> | null, at: number): void {
  for (let k = open.length - 1; k >= 0; k--) {
    const scope = open[k];
    if (!ids || (scope.ids && [...scope.ids].every((id) => ids.has(id)))) {
      scope.range!.end = at;
      open.splice(k, 1);
    } else {
      // Some of its ids, or some rules of an all-rules range: those are on again from here, the rest stay off.
      scope.reenabled ??= new Map();
      for (const id of ids) if (!scope.reenabled.has(id)) scope.reenabled.set(id, at);
    }
  }
}

/** Index of the request that holds `offset`: the last one starting at or before it (-1 before the first). */
export function unitAt(units: readonly { unit: RequestUnit }[], offset: number): number {
  let low = 0;
  let high = units.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (units[mid].unit.span.start <= offset) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  return found;
}

let knownCache: { ids: readonly string[]; set: Set<string> } | undefined;

function knownCodes(ids: readonly string[]): Set<string> {
  if (knownCache?.ids !== ids) {
    const set = new Set<string>(ids);
    for (const code of DIRECTIVE_CODES) set.delete(code);
    knownCache = { ids, set };
  }
  return knownCache.set;
}

function unknownMessage(id: string, kind: DirectiveKind, known: Set<string>): string {
  if ((DIRECTIVE_CODES as readonly string[]).includes(id)) {
    return `\`${id}\` cannot be turned off by a directive: set it to "off" in llmPreflight.rules (or the CLI config file's rules).`;
  }
  const near = closest(id, known);
  return `Unknown rule \`${id}\` in this llm-preflight-${kind} directive: it disables nothing.${near ? ` Did you mean \`${near}\`?` : ''}`;
}
