/**
 * The language server's token-counting worker (bundled as dist/token-worker.js): exact o200k_base counts
 * for deferred checks (core/deferred.ts), off the server's main thread. gpt-tokenizer loads here, on the
 * first job. Jobs are handled one at a time in arrival order; each carries a shared flag the server
 * sets to cancel it, checked between segments (and before starting, for a job that waited in the queue).
 * Counts stay remembered per string in this thread (tokens.ts), so a recount after an edit is quick.
 */
import { parentPort } from 'node:worker_threads';
import { countTokensUnless } from '../../rules/context-window-exceeded/tokens.ts';
import type { WorkerJob, WorkerReply } from './frontend/token-counter.ts';

parentPort?.on('message', ({ id, job, cancel }: WorkerJob) => {
  const flag = new Int32Array(cancel);
  let reply: WorkerReply;
  try {
    reply = { id, count: countTokensUnless(job, () => Atomics.load(flag, 0) !== 0) };
  } catch (error) {
    reply = { id, error: (error as Error).message };
  }
  parentPort!.postMessage(reply);
});
