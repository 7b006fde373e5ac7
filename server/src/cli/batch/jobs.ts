import { createLinter, type UnitCache } from '../../core/lint.ts';
import { recordDiskReads } from '../../core/http/files.ts';
import { fixFile } from '../fix-file.ts';
import { lintFile, type LintFileOptions } from '../lint-file.ts';
import type { FileReport } from '../format.ts';
import { lintJsonlChunk, type ChunkResult } from './lint-chunk.ts';
import type { LineChunk } from './lines.ts';

/** One piece of a check run: a whole file (fixed first with --fix), or a run of lines of a streamed batch file. */
export type Job = { kind: 'file'; file: string; fix: boolean; /** Also say what the lint read on disk (for --cache). */ recordReads?: boolean } | { kind: 'chunk'; file: string; chunk: Pick<LineChunk, 'bytes' | 'line' | 'fileStart'> };

/** A file's outcome: what --fix did (an error there means the file was not linted), then its report or read error. */
export interface FileOutcome {
  fix?: { applied: number } | { error: string };
  report?: FileReport | { error: string };
  /** With `recordReads`: the paths the lint consulted on disk and their signatures (core/http/files.ts). */
  reads?: [string, string][];
}

export type JobResult = FileOutcome | ChunkResult;

/** A job whose worker stopped (an uncaught exception, out of memory, exit): said with the job, not thrown. */
export interface Crashed {
  crashed: string;
}

/** Runs jobs; the in-process runner and the worker pool (pool.ts) give the same results. */
export interface Runner {
  run(job: Job): Promise<JobResult | Crashed>;
  close(): Promise<void>;
}

/** The work of one job, the same in this thread and in a worker; `linter` carries the chunks' per-request cache. */
export function createJobHandler(options: LintFileOptions): (job: Job) => JobResult {
  // A batch's lines are seen once: no per-request cache (its copies of each line only cost memory).
  const linter = createLinter({ cache: NO_CACHE });
  return (job) => {
    if (job.kind === 'chunk') return lintJsonlChunk(job.chunk, job.file, options, linter);
    if (job.recordReads) {
      const { value, reads } = recordDiskReads(() => lintFile(job.file, options));
      return { report: value, reads: [...reads] };
    }
    if (!job.fix) return { report: lintFile(job.file, options) };
    // The fixed text is written back, then linted like any file: what is left decides the exit code.
    const fix = fixFile(job.file, options);
    return 'error' in fix ? { fix } : { fix, report: lintFile(job.file, options) };
  };
}

/** A UnitCache that keeps nothing (core/lint.ts stores each request's analysis for re-lints while typing). */
const NO_CACHE: UnitCache = {
  get: () => undefined,
  remember: (key, _length, context, unit) => ({ key, context, unit }),
  refresh() {},
  forget() {},
};

export function inProcessRunner(options: LintFileOptions): Runner {
  const handle = createJobHandler(options);
  return {
    run: async (job) => handle(job),
    close: async () => {},
  };
}
