import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { lintFile } from './cli/lint-file.ts';
import { fixFile } from './cli/fix-file.ts';
import { parseArgs, UsageError, USAGE, type CheckArgs, type ExplainArgs } from './cli/args.ts';
import { ExplainInputError, explainLocale, readExplainInput, runExplain } from './cli/explain.ts';
import { collectFiles, InputError } from './cli/files.ts';
import { ConfigError, loadConfig } from './cli/config.ts';
import { formatJsonChunks, formatSarif, formatStylishChunks, type FileReport } from './cli/format.ts';
import { createDocsLocator } from './frontend/docs.ts';

declare const PACKAGE_VERSION: string | undefined;

async function main(argv: string[]): Promise<number> {
  let args: CheckArgs | ExplainArgs | 'help' | 'version';
  try {
    args = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`llm-preflight: ${error.message}\n\n${USAGE}\n`);
    return 2;
  }
  if (args === 'help') return process.stdout.write(`${USAGE}\n`), 0;
  if (args === 'version') return process.stdout.write(`${version()}\n`), 0;
  if (args.command === 'explain') return explain(args);

  const cwd = process.cwd();
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig(args.config, cwd);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`llm-preflight: ${error.message}\n`);
    return 2;
  }
  let files: string[];
  try {
    files = await collectFiles(args.patterns, cwd);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    process.stderr.write(`llm-preflight: ${error.message}\n`);
    return 2;
  }
  const docsUrl = createDocsLocator();
  const reports: FileReport[] = [];
  let ioFailed = false;
  let fixesApplied = 0;
  let filesFixed = 0;
  for (const file of files) {
    const { rules, apis, models } = config.settings;
    const apisBase = config.path ? dirname(config.path) : cwd;
    const options = { api: args.api, maxFileSizeMb: args.maxFileSizeMb, apis, apisBase, rules, models, docsUrl, locale: explainLocale(args, process.env) };
    if (args.fix) {
      // The fixed text is written back, then linted like any file: what is left decides the exit code.
      const fixed = fixFile(file, options);
      if ('error' in fixed) {
        process.stderr.write(`llm-preflight: cannot fix ${file}: ${fixed.error}\n`);
        ioFailed = true;
        continue;
      }
      fixesApplied += fixed.applied;
      if (fixed.applied) filesFixed++;
    }
    const result = lintFile(file, options);
    if ('error' in result) {
      process.stderr.write(`llm-preflight: cannot read ${file}: ${result.error}\n`);
      ioFailed = true;
      continue;
    }
    reports.push(result);
  }

  if (args.fix) process.stderr.write(`llm-preflight: --fix: applied ${fixesApplied} fix${fixesApplied === 1 ? '' : 'es'} in ${filesFixed} file${filesFixed === 1 ? '' : 's'}.\n`);
  // JSON and stylish are written in pieces: a million findings make more text than one string holds.
  if (args.format === 'sarif') process.stdout.write(`${formatSarif(reports, cwd, version())}\n`);
  else if (args.format === 'json') writeChunks(formatJsonChunks(reports, cwd), '');
  else writeChunks(formatStylishChunks(reports, cwd, process.stdout.isTTY === true), '\n');
  if (ioFailed) return 2;
  return reports.some((r) => r.diagnostics.some((d) => d.severity === 'error')) ? 1 : 0;
}

function explain(args: ExplainArgs): number {
  let text: string;
  try {
    text = readExplainInput(args.input);
  } catch (error) {
    if (!(error instanceof ExplainInputError)) throw error;
    process.stderr.write(`llm-preflight: ${error.message}\n`);
    return 2;
  }
  const { explained, output } = runExplain(text, args, explainLocale(args, process.env));
  if (output || args.format === 'json') process.stdout.write(`${output}\n`);
  if (!explained.length && args.format === 'text') process.stderr.write('llm-preflight: no error response or error line found.\n');
  return explained.length ? 0 : 1;
}

/** Writes the pieces joined by `separator`, then a newline, in writes of about a megabyte. */
function writeChunks(chunks: Iterable<string>, separator: string): void {
  let buffer = '';
  let first = true;
  for (const chunk of chunks) {
    buffer += first ? chunk : separator + chunk;
    first = false;
    if (buffer.length > 1024 * 1024) {
      process.stdout.write(buffer);
      buffer = '';
    }
  }
  process.stdout.write(`${buffer}\n`);
}

function version(): string {
  if (typeof PACKAGE_VERSION === 'string') return PACKAGE_VERSION;
  try {
    return JSON.parse(readFileSync(`${__dirname}/../package.json`, 'utf8')).version;
  } catch {
    return '0.0.0';
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`llm-preflight: internal error: ${(error as Error).stack ?? error}\n`);
    process.exitCode = 2;
  },
);
