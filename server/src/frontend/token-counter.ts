import { Worker } from 'node:worker_threads';
import path from 'node:path';
import type { TokenCount, TokenCountJob } from '../core/deferred.ts';
import { countTokensOf } from '../../../rules/context-window-exceeded/tokens.ts';

/**
 * The server's side of deferred token counts: jobs go to one worker thread (server/src/token-worker.ts),
 * so a big body's exact count never blocks the editor. If the worker cannot start, crashes, errors or
 * takes longer than `timeoutMs` on a job, it is dropped for the rest of the session and counts are made
 * in this thread instead (logged once): slower, but the finding still appears.
 */
export interface WorkerJob {
  id: number;
  job: TokenCountJob;
  /** Int32 flag: non-zero once the server no longer wants the answer. */
  cancel: SharedArrayBuffer;
}

export type WorkerReply = { id: number; count: TokenCount | null } | { id: number; error: string };

export interface CountRun {
  /** The counts in job order, or null when the run was cancelled. */
  done: Promise<TokenCount[] | null>;
  cancel(): void;
}

interface Outstanding {
  job: TokenCountJob;
  flag: Int32Array;
  timer: NodeJS.Timeout;
  settle(count: TokenCount | null): void;
}

export interface TokenCounterOptions {
  /** Default: dist/token-worker.js next to the server bundle; LLM_PREFLIGHT_TOKEN_WORKER overrides it. */
  workerPath?: string;
  timeoutMs?: number;
  log(message: string): void;
}

export function createTokenCounter(options: TokenCounterOptions) {
  const workerPath = options.workerPath ?? process.env.LLM_PREFLIGHT_TOKEN_WORKER ?? path.join(__dirname, 'token-worker.js');
  const timeoutMs = options.timeoutMs ?? (Number(process.env.LLM_PREFLIGHT_TOKEN_WORKER_TIMEOUT_MS) || 120_000);
  let worker: Worker | null = null;
  let broken = false;
  let nextId = 1;
  const outstanding = new Map<number, Outstanding>();

  /** Drops the worker and counts whatever it still owed in this thread, after the current turn. */
  const fail = (why: string) => {
    if (broken) return;
    broken = true;
    options.log(`Token counting worker ${workerPath} failed (${why}); counting in the language server's main thread instead.`);
    const owed = [...outstanding.values()];
    outstanding.clear();
    for (const o of owed) clearTimeout(o.timer);
    void worker?.terminate();
    worker = null;
    setImmediate(() => {
      for (const o of owed) o.settle(Atomics.load(o.flag, 0) ? null : countTokensOf(o.job));
    });
  };

  const start = (): Worker => {
    const w = new Worker(workerPath);
    w.unref(); // never keeps the server alive after the client is gone
    w.on('message', (reply: WorkerReply) => {
      const o = outstanding.get(reply.id);
      if (!o) return; // cancelled meanwhile
      if ('error' in reply) return fail(reply.error);
      outstanding.delete(reply.id);
      clearTimeout(o.timer);
      o.settle(reply.count);
    });
    w.on('error', (error) => fail(error.message));
    w.on('exit', (code) => fail(`exited with code ${code}`));
    return w;
  };

  const one = (job: TokenCountJob): { done: Promise<TokenCount | null>; flag: Int32Array } => {
    const cancel = new SharedArrayBuffer(4);
    const flag = new Int32Array(cancel);
    if (broken) {
      const done = new Promise<TokenCount | null>((resolve) => setImmediate(() => resolve(Atomics.load(flag, 0) ? null : countTokensOf(job))));
      return { done, flag };
    }
    const id = nextId++;
    const done = new Promise<TokenCount | null>((settle) => {
      const timer = setTimeout(() => fail(`no answer within ${timeoutMs} ms`), timeoutMs);
      timer.unref();
      outstanding.set(id, { job, flag, timer, settle });
    });
    try {
      worker ??= start();
      worker.postMessage({ id, job, cancel } satisfies WorkerJob);
    } catch (error) {
      fail((error as Error).message);
    }
    return { done, flag };
  };

  return {
    count(jobs: readonly TokenCountJob[]): CountRun {
      const runs = jobs.map(one);
      let cancelled = false;
      const done = Promise.all(runs.map((r) => r.done)).then((counts) => (cancelled || counts.some((c) => c === null) ? null : (counts as TokenCount[])));
      return {
        done,
        cancel() {
          cancelled = true;
          for (const { flag } of runs) {
            Atomics.store(flag, 0, 1);
            Atomics.notify(flag, 0); // wakes a worker that waits on the flag (the tests' gated worker)
          }
          // Answers still owed are not waited for: the run settles as cancelled now.
          for (const [id, o] of outstanding) if (runs.some((r) => r.flag === o.flag)) {
            outstanding.delete(id);
            clearTimeout(o.timer);
            o.settle(null);
          }
        },
      };
    },
  };
}
