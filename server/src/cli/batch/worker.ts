import { parentPort, workerData } from 'node:worker_threads';
import { createDocsLocator } from '../../frontend/docs.ts';
import { createJobHandler, type Job } from './jobs.ts';
import type { WorkerSetup } from './pool.ts';

/** A lint worker of the CLI's pool (pool.ts): takes jobs, answers each with its result, in the order given. */
export function startLintWorker(): void {
  const setup = workerData as WorkerSetup;
  // Functions do not cross threads: the docs links are made here again, from the same package.
  const handle = createJobHandler({ ...setup.options, docsUrl: setup.docsLinks ? createDocsLocator() : undefined });
  parentPort!.on('message', (message: { id: number; job: Job }) => {
    parentPort!.postMessage({ id: message.id, result: handle(message.job) });
  });
}

/** Whether this thread is one of the pool's workers (the CLI bundle is also the worker's script). */
export function isLintWorker(): boolean {
  return parentPort !== null && (workerData as WorkerSetup | undefined)?.role === 'llm-preflight-lint';
}
