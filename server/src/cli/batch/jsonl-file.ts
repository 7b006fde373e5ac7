import { stat } from 'node:fs/promises';
import { checkLimits, DEFAULT_LIMITS, formatSize } from '../../core/limits.ts';
import { ioErrorInWords } from '../io-errors.ts';
import type { Diagnostic, LintFileOptions } from '../lint-file.ts';
import type { Runner } from './jobs.ts';
import { decodeChunk, readLineChunks, type LongLine } from './lines.ts';
import type { Ordered } from './ordered.ts';

/** Where a check run's results go, in input order (check.ts counts, writes and says them). */
export interface RunReporter {
  findings(file: string, diagnostics: readonly Diagnostic[]): void;
  /** Part of the file was left out (`why` names the lines and the limit): not a problem. */
  partSkipped(file: string, why: string): void;
  /** The file is finished; `skipped` says why it was not linted at all. */
  fileDone(file: string, skipped?: string): void;
  /** The file or part of it could not be read or linted (exit 2): `what` (default "cannot lint") the file: `why`. */
  failed(file: string, why: string, what?: string): void;
  /** Progress: bytes of input done, requests (batch lines) among them, whether a file was finished. */
  advanced?(bytes: number, requests: number, fileDone: boolean): void;
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
 * Lints a `.jsonl` batch file streamed in runs of whole lines (lines.ts): each run is a job for `runner`
 * (this thread or the worker pool), its results reported in file order through `ordered`. Memory stays
 * near the runs in flight plus the longest line, whatever the file's size; a line over the request limit
 * is skipped and said. The whole file is skipped only when its start looks binary, as the core skips a
 * document. Returns once every step is queued; `ordered.drain()` applies the rest.
 */
export async function streamJsonlFile(file: string, options: LintFileOptions, runner: Runner, ordered: Ordered, report: RunReporter, chunkBytes?: number): Promise<void> {
  const limit = maxLineChars(options);
  let size = 0;
  let counted = 0; // bytes reported to progress
  const finish = () => {
    report.advanced?.(Math.max(0, size - counted), 0, true);
    report.fileDone(file);
  };
  try {
    const info = await stat(file);
    if (!info.isFile()) return ordered.push(() => report.failed(file, 'not a regular file', 'cannot read'));
    size = info.size;
    const chunks = readLineChunks(file, { chunkBytes, maxLineChars: limit, onLongLine: (long) => ordered.queue(() => report.partSkipped(file, longLineNote(long, limit))) });
    for await (const chunk of chunks) {
      const binary = chunk.fileStart ? checkLimits(startText(chunk.bytes), { maxDocumentChars: Number.MAX_SAFE_INTEGER }) : null;
      if (binary) {
        await chunks.return(undefined);
        return ordered.push(() => report.fileDone(file, binary));
      }
      const { bytes, line, lines, fileStart, bytesRead } = chunk;
      const where = lines === 1 ? `line ${line + 1}` : `lines ${line + 1}-${line + lines}`;
      // The bytes go to the worker (transferred, not copied): the chunk is not read here again.
      await ordered.push(
        runner.run({ kind: 'chunk', file, chunk: { bytes, line, fileStart } }).then((result) => () => {
          if ('crashed' in result) report.failed(file, `${where} ${lines === 1 ? 'was' : 'were'} not linted: the lint worker stopped (${result.crashed})`);
          else if ('skipped' in result && result.skipped) report.partSkipped(file, `${where}: ${result.skipped}`);
          else if ('diagnostics' in result) report.findings(file, result.diagnostics);
          if (report.advanced && bytesRead > counted) {
            report.advanced(bytesRead - counted, lines, false);
            counted = bytesRead;
          }
        }),
      );
    }
  } catch (error) {
    const why = ioErrorInWords(error);
    return ordered.push(() => (report.failed(file, why, 'cannot read'), finish()));
  }
  return ordered.push(finish);
}

/** The start of the file as text, enough for the core's binary probe (its first 8 192 characters: at most 3 bytes each). */
function startText(bytes: Uint8Array): string {
  return decodeChunk(bytes.subarray(0, 3 * 8192)).slice(0, 8192);
}
