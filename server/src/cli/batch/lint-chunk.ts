import { createLinter, type Linter } from '../../core/lint.ts';
import { resolveDeferred } from '../../core/deferred.ts';
import { LineIndex } from '../../core/text.ts';
import { splitJsonLines } from '../../core/units.ts';
import { fileLintOptions, toDiagnostics, type Diagnostic, type LintFileOptions } from '../lint-file.ts';
import type { LineChunk } from './lines.ts';

/** What linting a run of lines gives: its findings with file positions, or why the lines were not linted. */
export type ChunkResult = { diagnostics: Diagnostic[]; skipped?: undefined } | { diagnostics: []; skipped: string };

/**
 * Lints a run of whole `.jsonl` lines (a streamed batch file's chunk) as the core lints them in the whole
 * file: the same per-line units (`splitJsonLines`, with the byte order mark only at the file's start), the
 * same rules, positions shifted to the chunk's first line. A `.jsonl` request is one line, so no finding
 * depends on another chunk. Line length is bounded by the reader (lines.ts), not by the document limit.
 */
export function lintJsonlChunk(chunk: Pick<LineChunk, 'text' | 'line' | 'fileStart'>, file: string, options: LintFileOptions, linter: Linter = createLinter()): ChunkResult {
  const lintOptions = fileLintOptions(file, options);
  const result = resolveDeferred(
    linter.lint(chunk.text, {
      ...lintOptions,
      languageId: 'jsonl',
      limits: { maxDocumentChars: Number.MAX_SAFE_INTEGER },
      units: splitJsonLines(chunk.text, 0, chunk.text.length, chunk.fileStart),
    }),
  );
  if (result.skipped) return { diagnostics: [], skipped: result.skipped };
  return { diagnostics: toDiagnostics(result.findings, new LineIndex(chunk.text), chunk.line) };
}
