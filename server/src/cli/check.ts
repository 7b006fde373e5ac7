import { dirname, relative, resolve } from 'node:path';
import { lintFile, lintSource, type LintFileOptions } from './lint-file.ts';
import { fixFile } from './fix-file.ts';
import { UsageError, type CheckArgs } from './args.ts';
import { collectFiles, InputError } from './files.ts';
import { ConfigError, loadConfig } from './config.ts';
import { cliEnvironment, EnvironmentError } from './environment.ts';
import { InputReadError, readInput } from './read-input.ts';
import { formatJsonChunks, formatSarif, formatStylishChunks, plural, type FileReport } from './format.ts';
import { formatCompactChunks, formatGithubChunks } from './format-lines.ts';
import { createDocsLocator } from '../frontend/docs.ts';
import { explainLocale } from './explain.ts';

export interface CheckIo {
  cwd: string;
  isTTY: boolean;
  version: string;
  out(text: string): void;
  err(text: string): void;
}

/** `llm-preflight check`: exit 0 clean, 1 error findings (or too many warnings), 2 usage, config or I/O error. */
export async function runCheck(args: CheckArgs, io: CheckIo): Promise<number> {
  const { cwd } = io;
  const fail = (message: string) => (io.err(`llm-preflight: ${message}\n`), 2);
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig(args.config, cwd);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    return fail(error.message.split('\n').join('\nllm-preflight: '));
  }
  const stdin = args.patterns.includes('-');
  if (stdin && args.patterns.length > 1) throw new UsageError('- (standard input) is linted alone: pass either - or paths', 'check');
  let files: string[] = [];
  try {
    if (!stdin) files = await collectFiles(args.patterns.length ? args.patterns : ['.'], cwd);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return fail(error.message);
  }
  const stdinFile = resolve(cwd, args.stdinFilename ?? '<stdin>');
  let environment;
  try {
    environment = cliEnvironment(args.env, cwd, stdin ? [stdinFile] : files);
  } catch (error) {
    if (!(error instanceof EnvironmentError)) throw error;
    return fail(error.message);
  }
  const { rules, apis, models, hosts } = config.settings;
  const options: LintFileOptions = {
    api: args.api,
    maxFileSizeMb: args.maxFileSizeMb,
    apis,
    apisBase: config.path ? dirname(config.path) : cwd,
    rules,
    models,
    hosts,
    docsUrl: createDocsLocator(),
    locale: explainLocale(args, process.env),
    ...environment,
  };

  const reports: FileReport[] = [];
  let ioFailed = false;
  if (stdin) {
    let text: string;
    try {
      text = readInput('-');
    } catch (error) {
      if (!(error instanceof InputReadError)) throw error;
      return fail(error.message);
    }
    reports.push(lintSource(stdinFile, text, options, args.stdinFilename ? undefined : sniffLanguage(text)));
  } else {
    let fixesApplied = 0;
    let filesFixed = 0;
    for (const file of files) {
      if (args.fix) {
        // The fixed text is written back, then linted like any file: what is left decides the exit code.
        const fixed = fixFile(file, options);
        if ('error' in fixed) {
          io.err(`llm-preflight: cannot fix ${relative(cwd, file) || file}: ${fixed.error}\n`);
          ioFailed = true;
          continue;
        }
        fixesApplied += fixed.applied;
        if (fixed.applied) filesFixed++;
      }
      const result = lintFile(file, options);
      if ('error' in result) {
        io.err(`llm-preflight: cannot read ${relative(cwd, file) || file}: ${result.error}\n`);
        ioFailed = true;
        continue;
      }
      reports.push(result);
    }
    if (args.fix) io.err(`llm-preflight: --fix: applied ${fixesApplied} fix${fixesApplied === 1 ? '' : 'es'} in ${plural(filesFixed, 'file')}.\n`);
  }

  // Skipped files are said once on stderr and in the summary; they are not problems.
  if (rules['file-skipped'] !== 'off') for (const r of reports) if (r.skipped) io.err(`llm-preflight: skipped ${relative(cwd, r.file) || r.file}: ${r.skipped}\n`);
  const errors = reports.reduce((n, r) => n + r.diagnostics.filter((d) => d.severity === 'error').length, 0);
  const warnings = reports.reduce((n, r) => n + r.diagnostics.filter((d) => d.severity === 'warning').length, 0);
  const shown = args.quiet ? reports.map((r) => ({ ...r, diagnostics: r.diagnostics.filter((d) => d.severity === 'error') })) : reports;
  writeReports(shown, args.format, io);

  if (ioFailed) return 2;
  if (errors) return 1;
  if (args.maxWarnings !== undefined && warnings > args.maxWarnings) {
    io.err(`llm-preflight: ${plural(warnings, 'warning')}, more than --max-warnings ${args.maxWarnings}.\n`);
    return 1;
  }
  return 0;
}

function writeReports(reports: FileReport[], format: CheckArgs['format'], io: CheckIo): void {
  // Everything but SARIF is written in pieces: a million findings make more text than one string holds.
  if (format === 'sarif') return io.out(`${formatSarif(reports, io.cwd, io.version)}\n`);
  if (format === 'json') return writeChunks(formatJsonChunks(reports, io.cwd), '', io);
  if (format === 'compact') return writeChunks(formatCompactChunks(reports, io.cwd), '\n', io);
  if (format === 'github') return writeChunks(formatGithubChunks(reports, io.cwd), '\n', io);
  writeChunks(formatStylishChunks(reports, io.cwd, io.isTTY), '\n', io);
}

/** Writes the pieces joined by `separator`, then a newline, in writes of about a megabyte. */
function writeChunks(chunks: Iterable<string>, separator: string, io: CheckIo): void {
  let buffer = '';
  let first = true;
  for (const chunk of chunks) {
    buffer += first ? chunk : separator + chunk;
    first = false;
    if (buffer.length > 1024 * 1024) {
      io.out(buffer);
      buffer = '';
    }
  }
  if (!first) io.out(`${buffer}\n`);
}

/** Standard input without --stdin-filename: a JSON document when it starts with { or [, else an .http file. */
function sniffLanguage(text: string): 'json' | 'http' {
  return /^\s*[[{]/.test(text) ? 'json' : 'http';
}
