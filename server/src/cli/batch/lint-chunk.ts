import { createLinter, type Linter } from '../../core/lint.ts';
import { resolveDeferred } from '../../core/deferred.ts';
import { LineIndex } from '../../core/text.ts';
import { splitJsonLines } from '../../core/units.ts';
import { fileLintOptions, toDiagnostics, type Diagnostic, type LintFileOptions } from '../lint-file.ts';
import { decodeChunk, type LineChunk } from './lines.ts';

/** What linting a run of lines gives: its findings with file positions, or why the lines were not linted. */
export type ChunkResult = { diagnostics: Diagnostic[]; skipped?: undefined } | { diagnostics: []; skipped: string };

/**
 * Lints a run of whole `.jsonl` lines (a streamed batch file's chunk, its bytes decoded here: in a worker,
 * not on the reading thread) as the core lints them in the whole file: the same per-line units
 * (`splitJsonLines`, with the byte order mark only at the file's start), the same rules, positions shifted
 * to the chunk's first line. A `.jsonl` request is one line, so no finding depends on another chunk. Line
 * length is bounded by the reader (lines.ts), not by the document limit.
 */
export function lintJsonlChunk(chunk: Pick<LineChunk, 'bytes' | 'line' | 'fileStart'>, file: string, options: LintFileOptions, linter: Linter = createLinter()): ChunkResult {
  const text = decodeChunk(chunk.bytes);
  const lintOptions = fileLintOptions(file, options);
  const result = resolveDeferred(
    linter.lint(text, {
      ...lintOptions,
      languageId: 'jsonl',
      limits: { maxDocumentChars: Number.MAX_SAFE_INTEGER },
      units: splitJsonLines(text, 0, text.length, chunk.fileStart),
    }),
  );
  if (result.skipped) return { diagnostics: [], skipped: result.skipped };
  // Positions only for the findings: a chunk with none builds no line index.
  return { diagnostics: result.findings.length ? toDiagnostics(result.findings, new LineIndex(text), chunk.line) : [] };
}
