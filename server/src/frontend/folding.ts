import { createScanner, SyntaxKind } from 'jsonc-parser';
import { FoldingRangeKind, type FoldingRange } from 'vscode-languageserver';
import { splitLines, isBlank, type Line } from '../core/http/lines.ts';
import { splitHttpDocument } from '../core/http/parse.ts';
import { isComment, parseMetadata, separatorTitle } from '../core/http/syntax.ts';
import { maskTemplates } from '../core/json/templates.ts';
import { checkLimits, DEFAULT_LIMITS } from '../core/limits.ts';
import { LineIndex } from '../core/text.ts';
import { documentKind } from '../core/units.ts';

/**
 * `textDocument/foldingRange` for .http/.rest documents. Once a provider answers, VS Code stops using the
 * indentation and `###` markers of the language configuration, and it has no JSON folding inside an http
 * document, so this returns all of it:
 * - one range per block, from its `###` line (or first line) to its last non-blank line;
 * - every multi-line object and array of a JSON body (as VS Code's JSON folding: the closing bracket stays visible);
 * - multi-line script blocks (`> {% %}`, `< {% %}`, httpyac `{{ }}`), and runs of comment lines and `/* *\/` comments.
 * Other documents get null (their own folding applies).
 */
export function foldingRanges(text: string, languageId?: string, filePath?: string): FoldingRange[] | null {
  if (documentKind(languageId, filePath) !== 'http') return null;
  if (checkLimits(text, DEFAULT_LIMITS)) return [];
  const lines = splitLines(text);
  const ranges: FoldingRange[] = [...blockRanges(lines), ...scriptRanges(lines), ...commentRanges(lines), ...bodyRanges(text)];
  // VS Code drops a range that starts on the same line as an earlier one: keep the longest per line.
  ranges.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
  return ranges.filter((range, i) => i === 0 || range.startLine !== ranges[i - 1].startLine);
}

function isSeparator(line: Line): boolean {
  return separatorTitle(line.text) !== undefined;
}

function blockRanges(lines: Line[]): FoldingRange[] {
  const ranges: FoldingRange[] = [];
  let from = 0;
  const close = (to: number) => {
    let first = from;
    // A block opened by a `###` line folds from it; the first block from its first non-blank line.
    if (!(first < to && isSeparator(lines[first]))) while (first < to && isBlank(lines[first].text)) first++;
    let last = to - 1;
    while (last > first && isBlank(lines[last].text)) last--;
    if (last > first) ranges.push({ startLine: first, endLine: last, kind: FoldingRangeKind.Region });
  };
  for (let i = 0; i < lines.length; i++) {
    if (!isSeparator(lines[i])) continue;
    if (i > from) close(i);
    from = i;
  }
  close(lines.length);
  return ranges;
}

/** `> {%` / `< {%` … `%}` and httpyac `{{` … `}}` blocks spanning lines. */
function scriptRanges(lines: Line[]): FoldingRange[] {
  const ranges: FoldingRange[] = [];
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i].text;
    let isEnd: ((t: string) => boolean) | undefined;
    if (/^\s*[<>]\s*\{%/.test(text) && !text.includes('%}', text.indexOf('{%') + 2)) isEnd = (t) => t.includes('%}');
    else if (/^\s*\{\{\s*$/.test(text)) isEnd = (t) => /^\s*\}\}\s*$/.test(t);
    if (!isEnd) continue;
    let j = i + 1;
    while (j < lines.length && !isEnd(lines[j].text) && !isSeparator(lines[j])) j++;
    if (j < lines.length && !isSeparator(lines[j]) && j > i + 1) ranges.push({ startLine: i, endLine: j - 1 });
    i = j;
  }
  return ranges;
}

/** Two or more consecutive plain comment lines (not `###`, not `# @name`-style metadata), and `/* *\/` blocks. */
function commentRanges(lines: Line[]): FoldingRange[] {
  const ranges: FoldingRange[] = [];
  const plain = (line: Line) => isComment(line.text) && !isSeparator(line) && !parseMetadata(line.text) && !/^\s*\/\*/.test(line.text);
  for (let i = 0; i < lines.length; i++) {
    if (/^\s*\/\*/.test(lines[i].text) && !lines[i].text.includes('*/')) {
      let j = i + 1;
      while (j < lines.length && !lines[j].text.includes('*/')) j++;
      if (j < lines.length) ranges.push({ startLine: i, endLine: j, kind: FoldingRangeKind.Comment });
      i = j;
      continue;
    }
    if (!plain(lines[i])) continue;
    let j = i;
    while (j + 1 < lines.length && plain(lines[j + 1])) j++;
    if (j > i) ranges.push({ startLine: i, endLine: j, kind: FoldingRangeKind.Comment });
    i = j;
  }
  return ranges;
}

/** Objects and arrays of inline JSON bodies, scanned with jsonc-parser (templates masked, comment lines blanked). */
function bodyRanges(text: string): FoldingRange[] {
  const ranges: FoldingRange[] = [];
  // No file path and no reader: folding needs the document's own text only, never the disk.
  const units = splitHttpDocument(text, { readFile: () => undefined });
  if (!units.length) return ranges;
  const index = new LineIndex(text);
  for (const unit of units) {
    if (unit.nonJsonBody || unit.bodyText === undefined || !unit.bodySpan) continue;
    const origin = unit.bodySpan.start;
    const scanner = createScanner(maskTemplates(unit.bodyText), false);
    const open: number[] = [];
    const kinds: SyntaxKind[] = [];
    for (let token = scanner.scan(); token !== SyntaxKind.EOF; token = scanner.scan()) {
      if (token === SyntaxKind.OpenBraceToken || token === SyntaxKind.OpenBracketToken) {
        open.push(index.positionAt(origin + scanner.getTokenOffset()).line);
        kinds.push(token);
      } else if (token === SyntaxKind.CloseBraceToken || token === SyntaxKind.CloseBracketToken) {
        const expected = token === SyntaxKind.CloseBraceToken ? SyntaxKind.OpenBraceToken : SyntaxKind.OpenBracketToken;
        if (kinds[kinds.length - 1] !== expected) continue;
        kinds.pop();
        const startLine = open.pop()!;
        const line = index.positionAt(origin + scanner.getTokenOffset()).line;
        if (line > startLine + 1) ranges.push({ startLine, endLine: line - 1 });
      } else if (token === SyntaxKind.BlockCommentTrivia) {
        const startLine = index.positionAt(origin + scanner.getTokenOffset()).line;
        const endLine = index.positionAt(origin + scanner.getTokenOffset() + scanner.getTokenLength()).line;
        if (endLine > startLine) ranges.push({ startLine, endLine, kind: FoldingRangeKind.Comment });
      }
    }
  }
  return ranges;
}
