// Runs the built CLI (dist/cli.js) as a child process, with optional standard input.
import { spawnSync } from 'node:child_process';
import { childEnv } from '../no-network/env.ts';
import { cliJs, root } from '../protocol/client.ts';

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], options: { cwd?: string; input?: string; env?: NodeJS.ProcessEnv } = {}): CliRun {
  const r = spawnSync(process.execPath, [cliJs, ...args], {
    cwd: options.cwd ?? root,
    encoding: 'utf8',
    timeout: 120_000,
    input: options.input ?? '',
    env: childEnv({ NO_COLOR: '1', ...options.env }),
  });
  if (r.error) throw new Error(`llm-preflight ${args.join(' ')}: ${r.error.message} (each run gets 120 s)`);
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
