import { stat } from 'node:fs/promises';
import { createLinter } from '../../core/lint.ts';
import { checkLimits, DEFAULT_LIMITS, formatSize } from '../../core/limits.ts';
import { ioErrorInWords } from '../io-errors.ts';
import type { Diagnostic, LintFileOptions } from '../lint-file.ts';
import { lintJsonlChunk } from './lint-chunk.ts';
import { readLineChunks, type LongLine } from './lines.ts';

export interface StreamedFileSink {
  findings(file: string, diagnostics: readonly Diagnostic[]): void;
  /** Part of the file was left out (`why` names the line and the limit). */
  partSkipped(file: string, why: string): void;
}

/** The longest `.jsonl` line (one request) linted: `--max-file-size-mb`, else the editor's document limit. */
export function maxLineChars(options: LintFileOptions): number {
  return options.maxFileSizeMb ? options.maxFileSizeMb * 1024 * 1024 : DEFAULT_LIMITS.maxDocumentChars;
}

/** Why a line was not linted, after the file's name on stderr and in SARIF's notification. */
export function longLineNote(long: LongLine, limit: number): string {
  return `line ${long.line + 1}: it has ${formatSize(long.chars)}, over the ${formatSize(limit)} limit of one request (--max-file-size-mb).`;
}

/**
 * Lints a `.jsonl` batch file streamed in runs of whole lines (lines.ts), in this thread, findings handed to
 * `sink` in file order as each run is done. Memory stays near one run plus the longest line, whatever the
 * file's size; a line over the request limit is skipped and said. The whole file is skipped only when its
 * start looks binary, as the core skips a document.
 */
export async function lintJsonlFile(file: string, options: LintFileOptions, sink: StreamedFileSink, chunkChars?: number): Promise<{ skipped?: string } | { error: string }> {
  const limit = maxLineChars(options);
  const linter = createLinter();
  try {
    if (!(await stat(file)).isFile()) return { error: 'not a regular file' };
    const chunks = readLineChunks(file, { chunkChars, maxLineChars: limit, onLongLine: (long) => sink.partSkipped(file, longLineNote(long, limit)) });
    for await (const chunk of chunks) {
      const binary = chunk.fileStart ? looksBinary(chunk.text) : null;
      if (binary) {
        await chunks.return(undefined);
        return { skipped: binary };
      }
      const result = lintJsonlChunk(chunk, file, options, linter);
      if (result.skipped) sink.partSkipped(file, `lines ${chunk.line + 1}-: ${result.skipped}`);
      else sink.findings(file, result.diagnostics);
    }
  } catch (error) {
    return { error: ioErrorInWords(error) };
  }
  return {};
}

/** The core's binary test (NUL bytes in the first 8 KB) on the file's first lines, with its words. */
export function looksBinary(start: string): string | null {
  return checkLimits(start.slice(0, 8192), { maxDocumentChars: Number.MAX_SAFE_INTEGER });
}
