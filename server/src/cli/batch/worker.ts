import { parentPort, workerData } from 'node:worker_threads';
import { createDocsLocator } from '../../frontend/docs.ts';
import { createJobHandler, type Job } from './jobs.ts';
import { loadGrammarFor } from '../sources.ts';
import type { WorkerSetup } from './pool.ts';

/** A lint worker of the CLI's pool (pool.ts): takes jobs, answers each with its result, in the order given. */
export function startLintWorker(): void {
  const setup = workerData as WorkerSetup;
  // Functions do not cross threads: the docs links are made here again, from the same package.
  const handle = createJobHandler({ ...setup.options, docsUrl: setup.docsLinks ? createDocsLocator() : undefined });
  // A source file needs its tree-sitter grammar, which loads asynchronously (once per worker): jobs wait in a
  // chain so that answers keep the order the jobs came in.
  let chain: Promise<void> = Promise.resolve();
  parentPort!.on('message', (message: { id: number; job: Job }) => {
    chain = chain
      .then(() => (message.job.kind === 'file' ? loadGrammarFor(message.job.file) : undefined))
      .catch(() => undefined) // no grammar: the file's lint finds no request, as in this process
      .then(() => parentPort!.postMessage({ id: message.id, result: handle(message.job) }));
  });
}

/** Whether this thread is one of the pool's workers (the CLI bundle is also the worker's script). */
export function isLintWorker(): boolean {
  return parentPort !== null && (workerData as WorkerSetup | undefined)?.role === 'llm-preflight-lint';
}
