import type { CodeAction, Diagnostic, Range, TextEdit } from 'vscode-languageserver';
import { minimalEdit } from '../core/fix-all.ts';
import type { LineIndex } from '../core/text.ts';
import type { Finding, FindingFix } from '../core/types.ts';

/** The code action kind of "fix everything LLM Preflight can" (for `editor.codeActionsOnSave`). */
export const FIX_ALL_KIND = 'source.fixAll.llmPreflight';

/** Whether a request's `context.only` asks for quick fixes / for our fix-all (a parent kind asks for its children). */
export function wants(only: string[] | undefined, kind: string): boolean {
  return !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
}

/**
 * One quick fix per fix of each finding whose range touches `range`; each is linked to the client's
 * diagnostic for that finding (same code and range), or to a fresh one.
 */
export function quickFixes(
  uri: string,
  findings: readonly Finding[],
  lines: LineIndex,
  range: Range,
  clientDiagnostics: readonly Diagnostic[],
  toDiagnostic: (f: Finding) => Diagnostic,
): CodeAction[] {
  const start = lines.offsetAt(range.start);
  const end = lines.offsetAt(range.end);
  const actions: CodeAction[] = [];
  for (const finding of findings) {
    if (!finding.fixes?.length || finding.span.end < start || finding.span.start > end) continue;
    const findingRange = lines.rangeOf(finding.span);
    const diagnostic =
      clientDiagnostics.find((d) => d.code === finding.rule && sameRange(d.range, findingRange) && d.message === finding.message) ?? toDiagnostic(finding);
    for (const fix of finding.fixes) {
      actions.push({
        title: plainTitle(fix.title),
        kind: 'quickfix',
        diagnostics: [diagnostic],
        isPreferred: fix.preferred,
        edit: { changes: { [uri]: textEdits(fix, lines) } },
      });
    }
  }
  return actions;
}

/**
 * A fix title as VS Code shows it: plain text (the light-bulb menu renders no markdown), so a code span
 * `x` becomes "x", and one that already holds quotes (`"stream": true`) just loses its backticks.
 */
export function plainTitle(title: string): string {
  return title.replace(/`([^`]*)`/g, (_, code: string) => (code.includes('"') ? code : `"${code}"`));
}

/** The fix-all action for a document whose fixed text is `after` (null when nothing changes). */
export function fixAllAction(uri: string, before: string, after: string, lines: LineIndex, applied: number): CodeAction | null {
  const edit = wholeEdit(before, after, lines);
  if (!edit) return null;
  return { title: `Fix all LLM Preflight problems (${applied})`, kind: FIX_ALL_KIND, edit: { changes: { [uri]: [edit] } } };
}

/** The smallest single TextEdit turning `before` into `after` (the cursor outside it stays put). */
export function wholeEdit(before: string, after: string, lines: LineIndex): TextEdit | null {
  const edit = minimalEdit(before, after);
  return edit && { range: lines.rangeOf(edit.span), newText: edit.text };
}

function textEdits(fix: FindingFix, lines: LineIndex): TextEdit[] {
  return fix.edits.map((e) => ({ range: lines.rangeOf(e.span), newText: e.text }));
}

function sameRange(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}
