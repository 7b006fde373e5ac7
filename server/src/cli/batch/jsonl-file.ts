import { statSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { streamHash, type CheckCache, type StreamedEvent } from '../cache.ts';
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
export async function streamJsonlFile(file: string, options: LintFileOptions, runner: Runner, ordered: Ordered, reporter: RunReporter, more: StreamOptions = {}): Promise<void> {
  const { chunkBytes, cache } = more;
  const limit = maxLineChars(options);
  const cached = cache ? await cache.getStreamed(file) : null;
  if (cached) return ordered.push(() => replay(file, cached, reporter));
  const recording = cache ? record(file, reporter, cache) : null;
  const report = recording?.reporter ?? reporter;
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
    const chunks = readLineChunks(file, { chunkBytes, maxLineChars: limit, onRead: recording?.onRead, onLongLine: (long) => ordered.queue(() => report.partSkipped(file, longLineNote(long, limit))) });
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
          if (recording) recording.requests += lines;
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

export interface StreamOptions {
  /** About how many bytes a job holds (lines.ts; tests). */
  chunkBytes?: number;
  /** `--cache`: an unchanged file's findings come from it; a file linted anew is stored in it. */
  cache?: CheckCache | null;
}

/** A cached file's results, reported as its lint reported them: the same calls in the same order, so the same output. */
function replay(file: string, cached: { events: StreamedEvent[]; requests: number }, report: RunReporter): void {
  for (const event of cached.events) {
    if ('findings' in event) report.findings(file, event.findings);
    else report.partSkipped(file, event.partSkipped);
  }
  report.advanced?.(fileSize(file), cached.requests, true);
  report.fileDone(file);
}

/**
 * A reporter that also records what it is told, and stores it in the cache when the file is done, under
 * the hash of the bytes read on the way. A file that failed (a worker stopped, a read error) or was
 * skipped whole is not stored: it is linted again next time.
 */
function record(file: string, reporter: RunReporter, cache: CheckCache) {
  const events: StreamedEvent[] = [];
  const hash = streamHash();
  let size = 0;
  let failed = false;
  const recording = {
    requests: 0,
    onRead: (bytes: Uint8Array) => {
      size += bytes.length;
      hash.update(bytes);
    },
    reporter: {
      ...reporter,
      findings: (f, diagnostics) => (events.push({ findings: [...diagnostics] }), reporter.findings(f, diagnostics)),
      partSkipped: (f, why) => (events.push({ partSkipped: why }), reporter.partSkipped(f, why)),
      failed: (f, why, what) => ((failed = true), reporter.failed(f, why, what)),
      fileDone: (f, skipped) => {
        if (!failed && !skipped) cache.setStreamed(file, hash.digest(), size, events, recording.requests);
        reporter.fileDone(f, skipped);
      },
    } satisfies RunReporter,
  };
  return recording;
}

function fileSize(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

/** The start of the file as text, enough for the core's binary probe (its first 8 192 characters: at most 3 bytes each). */
function startText(bytes: Uint8Array): string {
  return decodeChunk(bytes.subarray(0, 3 * 8192)).slice(0, 8192);
}
