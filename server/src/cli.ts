import { readFileSync } from 'node:fs';
import { parseArgs, UsageError } from './cli/args.ts';
import { runCheck } from './cli/check.ts';
import { isLintWorker, startLintWorker } from './cli/batch/worker.ts';

declare const PACKAGE_VERSION: string | undefined;

/**
 * `explain` (cli/explain-command.ts: the error catalog, about half of the CLI's JavaScript) is required on
 * first use; `dist/cli-explain.js` in the build (esbuild.mjs), so `check` and the lint workers neither
 * compile nor evaluate it.
 */
type ExplainCommand = typeof import('./cli/explain-command.ts');
const explaining = (): ExplainCommand => require('./cli/explain-command.ts') as ExplainCommand;

async function main(argv: string[]): Promise<number> {
  try {
    const args = parseArgs(argv);
    if (args.command === 'help') return process.stdout.write(`${args.text}\n`), 0;
    if (args.command === 'version') return process.stdout.write(`${version()}\n`), 0;
    if (args.command === 'explain') {
      if (args.follow && args.input !== '-') throw new UsageError('--follow reads standard input: explain - --follow', 'explain');
      return explaining().explainCommand(args);
    }
    const io = { cwd: process.cwd(), isTTY: process.stdout.isTTY === true, version: version(), workerScript: __filename, errTerminal: process.stderr.isTTY ? { columns: process.stderr.columns } : undefined, out: (s: string) => void process.stdout.write(s), err: (s: string) => void process.stderr.write(s) };
    return await runCheck(args, io);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    // One line, as ESLint and Ruff do, and where to read more.
    const help = error.command ? `llm-preflight ${error.command} --help` : 'llm-preflight --help';
    process.stderr.write(`llm-preflight: ${error.message}\nRun "${help}" for the options.\n`);
    return 2;
  }
}

function version(): string {
  if (typeof PACKAGE_VERSION === 'string') return PACKAGE_VERSION;
  try {
    return JSON.parse(readFileSync(`${__dirname}/../package.json`, 'utf8')).version;
  } catch {
    return '0.0.0';
  }
}

// The bundle is also the script of the check's lint workers (cli/batch/pool.ts).
if (isLintWorker()) startLintWorker();
else
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      process.stderr.write(`llm-preflight: internal error: ${(error as Error).stack ?? error}\n`);
      process.exitCode = 2;
    },
  );
