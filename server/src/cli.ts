import { readFileSync } from 'node:fs';
import { parseArgs, UsageError, type ExplainArgs } from './cli/args.ts';
import { runCheck } from './cli/check.ts';
import { InputReadError, readInput } from './cli/read-input.ts';
import { explainLocale } from './cli/locale.ts';
import { isLintWorker, startLintWorker } from './cli/batch/worker.ts';

/** The `explain` command's half (cli/explain-chunk.ts; `dist/cli-explain.js` in the build), required only for it. */
type ExplainChunk = typeof import('./cli/explain-chunk.ts');
const explaining = (): ExplainChunk => require('./cli/explain-chunk.ts') as ExplainChunk;

declare const PACKAGE_VERSION: string | undefined;

async function main(argv: string[]): Promise<number> {
  try {
    const args = parseArgs(argv);
    if (args.command === 'help') return process.stdout.write(`${args.text}\n`), 0;
    if (args.command === 'version') return process.stdout.write(`${version()}\n`), 0;
    if (args.command === 'explain') return explain(args);
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

function explain(args: ExplainArgs): number | Promise<number> {
  const { follow, runExplain } = explaining();
  if (args.follow) {
    if (args.input !== '-') throw new UsageError('--follow reads standard input: explain - --follow', 'explain');
    return follow(process.stdin, process.stdout, process.stderr, { locale: explainLocale(args, process.env), format: args.format }).then(() => 0, () => 2);
  }
  let text: string;
  try {
    text = readInput(args.input);
  } catch (error) {
    if (!(error instanceof InputReadError)) throw error;
    process.stderr.write(`llm-preflight: ${error.message}\n`);
    return 2;
  }
  const { explained, output } = runExplain(text, args, explainLocale(args, process.env));
  if (output || args.format === 'json') process.stdout.write(`${output}\n`);
  if (!explained.length && args.format === 'text') process.stderr.write('llm-preflight: no error response or error line found.\n');
  return explained.length ? 0 : 1;
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
