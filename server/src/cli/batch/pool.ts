import { Worker } from 'node:worker_threads';
import type { LintFileOptions } from '../lint-file.ts';
import type { Crashed, Job, JobResult, Runner } from './jobs.ts';

/** What a worker starts with (`workerData`): the run's options, less the functions (they do not cross threads). */
export interface WorkerSetup {
  role: 'llm-preflight-lint';
  options: Omit<LintFileOptions, 'docsUrl'>;
  /** Whether findings carry docs links (the worker makes its own locator). */
  docsLinks: boolean;
}

interface Waiting {
  id: number;
  job: Job;
  settle(result: JobResult | Crashed): void;
}

const MAX_START_FAILURES = 3;

/**
 * A small young generation per worker: a batch's requests make short-lived garbage fast, and V8 otherwise
 * grows each isolate's semi-spaces to tens of MB. On the first 6 000 lines (40 MB) of bench/scale.ts's batch
 * with two workers: default 316 MB peak RSS (GC 7 % of a worker's time), 8 MB 252 MB (GC 10 %), 4 MB 238 MB
 * (GC 20 %). The old generation is not capped: a request of 20 MB must still fit.
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 8 };

interface Slot {
  worker: Worker;
  busy: Waiting | null;
}

/**
 * A pool of `size` worker threads running `script` (the CLI bundle, which becomes a lint worker when
 * started as one: batch/worker.ts). Each worker takes one job at a time; jobs wait in order. A worker that
 * stops fails only the job it held (the caller reports it with its file and lines) and is replaced.
 */
export function createPool(size: number, script: string, options: LintFileOptions): Runner {
  const { docsUrl, ...rest } = options;
  const setup: WorkerSetup = { role: 'llm-preflight-lint', options: rest, docsLinks: docsUrl !== undefined };
  const queue: Waiting[] = [];
  const slots: Slot[] = [];
  let nextId = 1;
  let closing = false;
  let startFailures = 0;
  let lastFailure = '';

  const start = (): Slot => {
    const slot: Slot = { worker: new Worker(script, { workerData: setup, stdout: false, stderr: false, resourceLimits: WORKER_LIMITS }), busy: null };
    const fail = (why: string) => {
      const held = slot.busy;
      slot.busy = null;
      const at = slots.indexOf(slot);
      if (at >= 0) slots.splice(at, 1);
      void slot.worker.terminate();
      held?.settle({ crashed: why });
      // A worker that stops holding no job failed to start: after a few, no more are started, and the
      // jobs left fail with its reason rather than wait for ever.
      if (!held) startFailures++;
      if (!closing && startFailures < MAX_START_FAILURES) slots.push(start());
      if (!slots.length) {
        lastFailure = why;
        for (const waiting of queue.splice(0)) waiting.settle({ crashed: why });
      }
      dispatch();
    };
    slot.worker.on('message', (message: { id: number; result: JobResult }) => {
      const held = slot.busy;
      if (!held || held.id !== message.id) return;
      slot.busy = null;
      slot.worker.unref();
      held.settle(message.result);
      dispatch();
    });
    slot.worker.on('error', (error) => fail(error instanceof Error ? error.message : String(error)));
    slot.worker.on('exit', (code) => {
      if (slots.includes(slot)) fail(`the worker exited with code ${code}`);
    });
    // An idle worker must not keep the process alive once the run is over.
    slot.worker.unref();
    return slot;
  };

  const dispatch = () => {
    for (const slot of slots) {
      if (slot.busy || !queue.length) continue;
      const waiting = queue.shift()!;
      slot.busy = waiting;
      slot.worker.ref(); // a worker holding a job keeps the process alive
      // A chunk's bytes are moved to the worker, not copied (the reader gave them a buffer of their own).
      slot.worker.postMessage({ id: waiting.id, job: waiting.job }, waiting.job.kind === 'chunk' ? [waiting.job.chunk.bytes.buffer as ArrayBuffer] : []);
    }
  };

  // Started at the first job: a run whose files all come from --cache pays for no worker.
  let started = false;
  return {
    run(job) {
      if (!started) {
        started = true;
        for (let i = 0; i < size; i++) slots.push(start());
      }
      return new Promise((settle) => {
        if (!slots.length) return settle({ crashed: lastFailure || 'no lint worker is running' });
        queue.push({ id: nextId++, job, settle });
        dispatch();
      });
    },
    async close() {
      closing = true;
      const all = slots.splice(0);
      await Promise.all(all.map((s) => s.worker.terminate()));
    },
  };
}
