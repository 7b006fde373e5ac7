import { dirname, relative, resolve } from 'node:path';
import { lintFile, lintSource, type Diagnostic, type LintFileOptions } from './lint-file.ts';
import { fixFile } from './fix-file.ts';
import { UsageError, type CheckArgs } from './args.ts';
import { collectFiles, InputError } from './files.ts';
import { ConfigError, loadConfig } from './config.ts';
import { cliEnvironment, EnvironmentError } from './environment.ts';
import { InputReadError, readInput } from './read-input.ts';
import { jsonSink, plural, sarifSink, stylishSink, type FileReport, type ReportSink, type Write } from './format.ts';
import { compactSink, githubSink } from './format-lines.ts';
import { lintJsonlFile } from './batch/jsonl-file.ts';
import { documentKind } from '../core/units.ts';
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
  const { rules, apis, models } = config.settings;
  const options: LintFileOptions = {
    api: args.api,
    maxFileSizeMb: args.maxFileSizeMb,
    apis,
    apisBase: config.path ? dirname(config.path) : cwd,
    rules,
    models,
    docsUrl: createDocsLocator(),
    locale: explainLocale(args, process.env),
    ...environment,
  };

  const out = bufferedWrite(io);
  const sink = createSink(args.format, out.write, io);
  const skipSaid = rules['file-skipped'] !== 'off';
  const name = (file: string) => relative(cwd, file) || file;
  let errors = 0;
  let warnings = 0;
  let ioFailed = false;
  /** Findings of a file (or of a part of a streamed batch file): counted, then written, errors only with --quiet. */
  const report = (file: string, diagnostics: readonly Diagnostic[]) => {
    for (const d of diagnostics) {
      if (d.severity === 'error') errors++;
      else if (d.severity === 'warning') warnings++;
    }
    sink.findings(file, args.quiet ? diagnostics.filter((d) => d.severity === 'error') : diagnostics);
  };
  // Skipped files and lines are said on stderr as they come and in the summary; they are not problems.
  const fileDone = (file: string, skipped?: string) => {
    if (skipped && skipSaid) io.err(`llm-preflight: skipped ${name(file)}: ${skipped}\n`);
    sink.fileDone(file, skipped);
  };
  const partSkipped = (file: string, why: string) => {
    if (skipSaid) io.err(`llm-preflight: skipped ${name(file)} ${why}\n`);
    sink.partSkipped(file, why);
  };
  const done = (file: string, result: FileReport | { error: string }) => {
    if ('error' in result) {
      io.err(`llm-preflight: cannot read ${name(file)}: ${result.error}\n`);
      ioFailed = true;
      return;
    }
    report(file, result.diagnostics);
    fileDone(file, result.skipped);
  };

  if (stdin) {
    let text: string;
    try {
      text = readInput('-');
    } catch (error) {
      if (!(error instanceof InputReadError)) throw error;
      return fail(error.message);
    }
    done(stdinFile, lintSource(stdinFile, text, options, args.stdinFilename ? undefined : sniffLanguage(text)));
  } else {
    let fixesApplied = 0;
    let filesFixed = 0;
    for (const file of files) {
      if (args.fix) {
        // The fixed text is written back, then linted like any file: what is left decides the exit code.
        const fixed = fixFile(file, options);
        if ('error' in fixed) {
          io.err(`llm-preflight: cannot fix ${name(file)}: ${fixed.error}\n`);
          ioFailed = true;
          continue;
        }
        fixesApplied += fixed.applied;
        if (fixed.applied) filesFixed++;
      }
      if (documentKind(undefined, file) === 'jsonl') {
        // Batch files are streamed a run of lines at a time, whatever their size (batch/lines.ts).
        const streamed = await lintJsonlFile(file, options, { findings: report, partSkipped });
        if ('error' in streamed) done(file, streamed);
        else fileDone(file, streamed.skipped);
        continue;
      }
      done(file, lintFile(file, options));
    }
    if (args.fix) io.err(`llm-preflight: --fix: applied ${fixesApplied} fix${fixesApplied === 1 ? '' : 'es'} in ${plural(filesFixed, 'file')}.\n`);
  }
  sink.end();
  out.flush();

  if (ioFailed) return 2;
  if (errors) return 1;
  if (args.maxWarnings !== undefined && warnings > args.maxWarnings) {
    io.err(`llm-preflight: ${plural(warnings, 'warning')}, more than --max-warnings ${args.maxWarnings}.\n`);
    return 1;
  }
  return 0;
}

function createSink(format: CheckArgs['format'], write: Write, io: CheckIo): ReportSink {
  if (format === 'sarif') return sarifSink(write, io.cwd, io.version);
  if (format === 'json') return jsonSink(write, io.cwd);
  if (format === 'compact') return compactSink(write, io.cwd);
  if (format === 'github') return githubSink(write, io.cwd);
  return stylishSink(write, io.cwd, io.isTTY);
}

/** Output in writes of about a megabyte: a million findings make more text than one string holds. */
function bufferedWrite(io: CheckIo): { write: Write; flush(): void } {
  let buffer = '';
  const flush = () => {
    if (buffer) io.out(buffer);
    buffer = '';
  };
  return {
    write(text) {
      buffer += text;
      if (buffer.length > 1024 * 1024) flush();
    },
    flush,
  };
}

/** Standard input without --stdin-filename: a JSON document when it starts with { or [, else an .http file. */
function sniffLanguage(text: string): 'json' | 'http' {
  return /^\s*[[{]/.test(text) ? 'json' : 'http';
}
