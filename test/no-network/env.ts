// Environment for the server and CLI child processes of the tests. With LLM_PREFLIGHT_NO_NETWORK=1 in the test's
// environment, every child runs under test/no-network/preload.cjs (NODE_OPTIONS=--require), which throws on any
// network use and records it in LLM_PREFLIGHT_NETWORK_LOG; the test process then fails at exit if anything
// was recorded. Run e.g.: LLM_PREFLIGHT_NO_NETWORK=1 node --import tsx --test test/protocol/lsp.test.ts
import { existsSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const preloadPath = path.join(__dirname, 'preload.cjs');

/** NODE_OPTIONS with the preload added to whatever is there already. */
export function withPreload(nodeOptions: string | undefined): string {
  return `${nodeOptions ? `${nodeOptions} ` : ''}--require ${JSON.stringify(preloadPath)}`;
}

/** The environment of a child under the preload, recording attempts in `logFile` (and loads in `loadedFile`). */
export function noNetworkEnv(logFile: string, extra: NodeJS.ProcessEnv = {}, loadedFile?: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extra, NODE_OPTIONS: withPreload(extra.NODE_OPTIONS ?? process.env.NODE_OPTIONS), LLM_PREFLIGHT_NETWORK_LOG: logFile };
  if (loadedFile) env.LLM_PREFLIGHT_NETWORK_LOADED = loadedFile;
  return env;
}

let flagLog: string | undefined;

/** `{ ...process.env, ...extra }`, under the preload when LLM_PREFLIGHT_NO_NETWORK=1. */
export function childEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  if (process.env.LLM_PREFLIGHT_NO_NETWORK !== '1') return { ...process.env, ...extra };
  if (!flagLog) {
    const log = process.env.LLM_PREFLIGHT_NETWORK_LOG || path.join(os.tmpdir(), `llm-preflight-network-${process.pid}.log`);
    flagLog = log;
    rmSync(log, { force: true });
    process.on('exit', () => {
      const recorded = existsSync(log) ? readFileSync(log, 'utf8').trim() : '';
      if (!recorded) return;
      process.stderr.write(`\nNetwork use recorded by test/no-network/preload.cjs (${log}):\n${recorded}\n`);
      process.exitCode = 1;
    });
  }
  return noNetworkEnv(flagLog, extra);
}
