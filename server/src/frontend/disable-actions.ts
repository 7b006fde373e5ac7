import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit } from 'vscode-languageserver/node';
import { DIRECTIVE_CODES, parseDirectives, unitAt, type Directive, type DirectiveKind } from '../core/directives.ts';
import { scanFences } from '../core/sources/markdown/index.ts';
import { LineIndex } from '../core/text.ts';
import type { RequestUnit } from '../core/types.ts';
import type { DocumentKind } from '../core/units.ts';

export interface DisableActionsInput {
  uri: string;
  /** The document text the diagnostics were computed for. */
  text: string;
  kind: DocumentKind | null;
  /** The document's requests, in order (from the lint result of this version). */
  units: readonly { unit: RequestUnit }[];
  /** The diagnostics of the code action request (`context.diagnostics`). */
  diagnostics: readonly Diagnostic[];
  /** `context.only`: the kinds the client asked for (all when absent). */
  only?: readonly string[];
}

/** Codes that cannot be disabled by a directive, or have nothing to disable. */
const NOT_DISABLEABLE = new Set<string>([...DIRECTIVE_CODES, 'file-skipped']);

/**
 * "Disable <rule> for this request" (.http, shell scripts, Markdown fences), "… for this line" (JSONC) and "… for the whole file", for each
 * of our diagnostics in the request. Each inserts a comment directive, or adds the rule to one that is
 * already there. Plain .json and .jsonl have no comments: no actions.
 */
export function disableActions(input: DisableActionsInput): CodeAction[] {
  const { text, kind, uri } = input;
  const source = kind === 'python' || kind === 'typescript' || kind === 'javascript';
  if (kind !== 'http' && kind !== 'jsonc' && kind !== 'shell' && kind !== 'markdown' && !source) return [];
  if (input.only && !input.only.some((k) => k === CodeActionKind.QuickFix || CodeActionKind.QuickFix.startsWith(`${k}.`))) return [];
  const lines = new LineIndex(text);
  let directives: Directive[] | undefined;
  const parsed = () => (directives ??= parseDirectives(text, kind, lines));
  // Markdown's fences, scanned once for all the diagnostics (code actions are asked for at every cursor move).
  let fences: ReturnType<typeof scanFences> | undefined;
  const fencesOf = () => (fences ??= scanFences(text));
  const eol = text.includes('\r\n') ? '\r\n' : text.includes('\n') ? '\n' : text.includes('\r') ? '\r' : '\n';
  const comment = kind === 'jsonc' || kind === 'typescript' || kind === 'javascript' ? '//' : '#';
  /** The directive as a comment line: `# …`, `// …`, or in Markdown `<!-- … -->`. */
  const commented = (directive: string) => (kind === 'markdown' ? `<!-- ${directive} -->` : `${comment} ${directive}`);
  const actions: CodeAction[] = [];
  const seen = new Set<string>();

  const action = (title: string, diagnostic: Diagnostic, edit: TextEdit): CodeAction => ({
    title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    edit: { changes: { [uri]: [edit] } },
  });
  /** Adds `rule` to an existing directive of `kind` matching `where`, or inserts `line` at `offset`. */
  const addOrInsert = (directiveKind: DirectiveKind, where: (d: Directive) => boolean, rule: string, offset: number, indent: string): TextEdit | undefined => {
    const existing = parsed().find((d) => d.kind === directiveKind && where(d));
    if (existing && existing.ids.length === 0) return undefined; // already disables every rule
    if (existing) {
      if (existing.ids.some((d) => d.id === rule)) return undefined;
      const at = lines.positionAt(existing.span.end);
      return { range: { start: at, end: at }, newText: `, ${rule}` };
    }
    const at = lines.positionAt(offset);
    return { range: { start: at, end: at }, newText: `${indent}${commented(`llm-preflight-${directiveKind} ${rule}`)}${eol}` };
  };

  for (const diagnostic of input.diagnostics) {
    if (diagnostic.source !== 'llm-preflight' || typeof diagnostic.code !== 'string') continue;
    const rule = diagnostic.code;
    const offset = lines.offsetAt(diagnostic.range.start);
    if (rule === 'unused-disable-directive') {
      const edit = removeUnused(parsed(), offset, lines);
      if (edit) actions.push({ ...action('Remove the unused llm-preflight directive', diagnostic, edit), isPreferred: true });
      continue;
    }
    if (NOT_DISABLEABLE.has(rule)) continue;

    if (kind === 'shell' || kind === 'markdown') {
      // A script: the comment goes on its own line above the curl command (the next request after it); Markdown:
      // above the fence, when the request is the fence's first (a directive there means the next request).
      const at = unitAt(input.units, offset);
      const unit = at >= 0 ? input.units[at].unit : undefined;
      const key = `request\u0000${at}\u0000${rule}`;
      const fence = unit && kind === 'markdown' ? fencesOf().find((f) => f.start <= unit.span.start && unit.span.start <= f.end) : undefined;
      const first = !fence || !(at > 0 && input.units[at - 1].unit.span.start >= fence.start);
      if (unit && first && (kind === 'shell' || fence) && !seen.has(key)) {
        seen.add(key);
        const anchor = fence ? Math.max(0, fence.start - 1) : unit.span.start;
        const lineStart = lines.offsetAt({ line: lines.positionAt(anchor).line, character: 0 });
        const after = at > 0 ? input.units[at - 1].unit.span.end : 0;
        const above = (d: Directive) => d.comment.end <= lineStart && d.comment.start >= after;
        const indent = /^[ \t]*/.exec(text.slice(lineStart, lineStart + 200))![0];
        const edit = addOrInsert('disable-next-request', above, rule, lineStart, indent);
        if (edit) actions.push(action(`Disable ${rule} for this request`, diagnostic, edit));
      }
    } else if (kind === 'http') {
      const at = unitAt(input.units, offset);
      const unit = at >= 0 ? input.units[at].unit : undefined;
      const key = `request\u0000${at}\u0000${rule}`;
      if (unit?.requestLineSpan && !seen.has(key)) {
        seen.add(key);
        const requestLine = unit.requestLineSpan;
        const lineStart = Math.max(lines.offsetAt({ line: lines.positionAt(requestLine.start).line, character: 0 }), text.charCodeAt(0) === 0xfeff ? 1 : 0);
        const inPreamble = (d: Directive) => d.comment.start >= unit.span.start && d.comment.start < requestLine.start;
        const edit = addOrInsert('disable-next-request', inPreamble, rule, lineStart, '');
        if (edit) actions.push(action(`Disable ${rule} for this request`, diagnostic, edit));
      }
    } else {
      const line = lines.positionAt(offset).line;
      const key = `line\u0000${line}\u0000${rule}`;
      if (!seen.has(key)) {
        seen.add(key);
        const lineStart = lines.offsetAt({ line, character: 0 });
        const indent = /^[ \t]*/.exec(text.slice(lineStart, lineStart + 200))![0];
        const edit = addOrInsert('disable-next-line', (d) => d.targetLine === line && d.ownLine, rule, lineStart, indent);
        if (edit) actions.push(action(`Disable ${rule} for this line`, diagnostic, edit));
      }
    }

    const fileKey = `file\u0000${rule}`;
    if (!seen.has(fileKey)) {
      seen.add(fileKey);
      // After a script's `#!` line, which must stay first.
      const shebang = kind === 'shell' && text.startsWith('#!') ? text.indexOf('\n') + 1 : 0;
      const top = shebang > 0 ? shebang : text.charCodeAt(0) === 0xfeff ? 1 : 0;
      const edit = addOrInsert('disable-file', () => true, rule, top, '');
      if (edit) actions.push(action(`Disable ${rule} for the whole file`, diagnostic, edit));
    }
  }
  return actions;
}

/** Deletes the unused directive at `offset` (its whole line when it has one), or just the unused id there. */
function removeUnused(directives: Directive[], offset: number, lines: LineIndex): TextEdit | undefined {
  const text = lines.text;
  const whole = directives.find((d) => d.span.start === offset);
  if (whole) {
    if (whole.ownLine) {
      const first = lines.positionAt(whole.comment.start).line;
      const last = lines.positionAt(whole.comment.end).line;
      const start = { line: first, character: 0 };
      const end = last + 1 < lines.lineCount ? { line: last + 1, character: 0 } : lines.positionAt(text.length);
      return { range: { start, end }, newText: '' };
    }
    let from = whole.comment.start;
    while (from > 0 && (text[from - 1] === ' ' || text[from - 1] === '\t')) from--;
    return { range: lines.rangeOf({ start: from, end: whole.comment.end }), newText: '' };
  }
  for (const d of directives) {
    const at = d.ids.findIndex((id) => id.span.start === offset);
    if (at < 0) continue;
    // With its separator: from the previous id's end, or (first id) up to the next id's start.
    const span = at > 0 ? { start: d.ids[at - 1].span.end, end: d.ids[at].span.end } : { start: d.ids[0].span.start, end: d.ids[1]?.span.start ?? d.ids[0].span.end };
    return { range: lines.rangeOf(span), newText: '' };
  }
  return undefined;
}
