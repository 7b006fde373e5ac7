import { dirname, relative, resolve } from 'node:path';
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { lintSource, type Diagnostic, type LintFileOptions } from './lint-file.ts';
import { fixFile } from './fix-file.ts';
import { UsageError, type CheckArgs } from './args.ts';
import { collectFiles, InputError } from './files.ts';
import { ConfigError, loadConfig } from './config.ts';
import { cliEnvironment, EnvironmentError } from './environment.ts';
import { InputReadError, readInput } from './read-input.ts';
import { jsonSink, plural, sarifSink, stylishSink, type FileReport, type ReportSink, type Write } from './format.ts';
import { compactSink, githubSink } from './format-lines.ts';
import { streamJsonlFile, type RunReporter } from './batch/jsonl-file.ts';
import { inProcessRunner, type FileOutcome } from './batch/jobs.ts';
import { createPool } from './batch/pool.ts';
import { Ordered } from './batch/ordered.ts';
import { createProgress } from './progress.ts';
import { defaultCacheLocation, openCache } from './cache.ts';
import { documentKind } from '../core/units.ts';
import { createDocsLocator } from '../frontend/docs.ts';
import { cliLocale } from './locale.ts';
import { loadGrammarFor, prepareSources } from './sources.ts';

export interface CheckIo {
  cwd: string;
  isTTY: boolean;
  version: string;
  /** The script a lint worker runs (the CLI bundle); without it every run is in this process. */
  workerScript?: string;
  /** Set when stderr is a terminal: where progress may be drawn (never into a pipe or a file). */
  errTerminal?: { columns?: number };
  out(text: string): void;
  err(text: string): void;
}

/** `llm-preflight check`: exit 0 clean, 1 error findings (or too many warnings), 2 usage, config or I/O error. */
export async function runCheck(args: CheckArgs, terminalIo: CheckIo): Promise<number> {
  let io = terminalIo;
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
  const { rules, apis, models, sources, hosts } = config.settings;
  const options: LintFileOptions = {
    api: args.api,
    maxFileSizeMb: args.maxFileSizeMb,
    apis,
    apisBase: config.path ? dirname(config.path) : cwd,
    rules,
    models,
    hosts,
    docsUrl: createDocsLocator(),
    locale: cliLocale(args, process.env),
    sources,
    ...environment,
  };
  // Source files (SDK calls): those of the walk with no SDK import or provider URL are counted, not read further.
  const job = await prepareSources(stdin ? [] : files, sources, args.patterns);
  files = files.filter((f) => !job.withoutRequests.has(f));

  const progress = io.errTerminal && !args.noProgress && !stdin ? createProgress({ write: io.err, columns: io.errTerminal.columns }, { files: files.length, totalBytes: totalSize(files), delayMs: progressDelay() }) : null;
  if (progress) io = { ...io, err: progress.say };
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
  const failed = (file: string, what: string, why: string) => {
    io.err(`llm-preflight: ${what} ${name(file)}: ${why}\n`);
    ioFailed = true;
  };
  const reporter: RunReporter = { findings: report, partSkipped, fileDone, failed: (file, why, what = 'cannot lint') => failed(file, what, why), advanced: progress ? progress.advance : undefined };
  const done = (file: string, result: FileReport | { error: string }) => {
    if ('error' in result) return failed(file, 'cannot read', result.error);
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
    if (args.stdinFilename) await loadGrammarFor(stdinFile);
    done(stdinFile, lintSource(stdinFile, text, options, args.stdinFilename ? undefined : sniffLanguage(text)));
  } else {
    const jobs = jobCount(args.jobs, files, io.workerScript);
    const runner = jobs > 1 ? createPool(jobs, io.workerScript!, options) : inProcessRunner(options);
    // Enough jobs in flight to keep every worker busy, few enough to bound the memory of a streamed batch.
    const ordered = new Ordered(jobs > 1 ? 8 * jobs : 1);
    // --cache: a file unchanged since the last run (content, settings, tool, files it read) is not linted again.
    const cache = args.cache && !args.fix ? openCache(args.cacheLocation ? resolve(cwd, args.cacheLocation) : defaultCacheLocation(cwd), { version: io.version, script: io.workerScript }, options, args.cacheStrategy) : null;
    if (cache?.note) io.err(`llm-preflight: ${cache.note}\n`);
    let fixesApplied = 0;
    let filesFixed = 0;
    const fixed = (file: string, fix: FileOutcome['fix']) => {
      if (!fix) return true;
      if ('error' in fix) return failed(file, 'cannot fix', fix.error), false;
      fixesApplied += fix.applied;
      if (fix.applied) filesFixed++;
      return true;
    };
    try {
      for (const file of files) {
        if (documentKind(undefined, file) === 'jsonl') {
          // Batch files are streamed a run of lines at a time, whatever their size (batch/lines.ts).
          if (args.fix && !fixed(file, fixFile(file, options))) continue;
          await streamJsonlFile(file, options, runner, ordered, reporter, { cache });
          continue;
        }
        const cached = cache?.get(file);
        if (cached && 'report' in cached) {
          await ordered.push(() => (progress?.advance(fileSize(file), 0, true), done(file, cached.report)));
          continue;
        }
        await ordered.push(
          runner.run({ kind: 'file', file, fix: args.fix, recordReads: cache !== null }).then((result) => () => {
            progress?.advance(fileSize(file), 0, true);
            if ('crashed' in result) return failed(file, 'cannot lint', `the lint worker stopped (${result.crashed})`);
            const outcome = result as FileOutcome;
            if (cached && outcome.report && !('error' in outcome.report)) cache!.set(file, cached.hash, outcome.report, outcome.reads ?? []);
            if (fixed(file, outcome.fix) && outcome.report) done(file, outcome.report);
          }),
        );
      }
      await ordered.drain();
      const unsaved = cache?.save();
      if (unsaved) io.err(`llm-preflight: ${unsaved}\n`);
    } finally {
      progress?.stop();
      await runner.close();
    }
    if (args.fix) io.err(`llm-preflight: --fix: applied ${fixesApplied} fix${fixesApplied === 1 ? '' : 'es'} in ${plural(filesFixed, 'file')}.\n`);
  }
  if (job.withoutRequests.size && args.format !== 'stylish') io.err(`llm-preflight: ${plural(job.withoutRequests.size, 'source file')} without requests skipped (no SDK import or provider URL).\n`);
  sink.end(job.withoutRequests.size);
  out.flush();

  if (ioFailed) return 2;
  if (errors) return 1;
  if (args.maxWarnings !== undefined && warnings > args.maxWarnings) {
    io.err(`llm-preflight: ${plural(warnings, 'warning')}, more than --max-warnings ${args.maxWarnings}.\n`);
    return 1;
  }
  return 0;
}

function fileSize(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0; // said when the file is read
  }
}

function totalSize(files: string[]): number {
  return files.reduce((n, file) => n + fileSize(file), 0);
}

/** How long a run goes before progress shows (1 s); LLM_PREFLIGHT_PROGRESS_DELAY_MS sets it (tests). */
function progressDelay(): number | undefined {
  const ms = Number(process.env.LLM_PREFLIGHT_PROGRESS_DELAY_MS);
  return process.env.LLM_PREFLIGHT_PROGRESS_DELAY_MS && ms >= 0 ? ms : undefined;
}

/** A run this large goes to a worker per core (the workers' start-up is paid back); a smaller one runs here. */
const POOL_MIN_FILES = 200;
const POOL_MIN_BYTES = 8 * 1024 * 1024;

/** Threads for the run: `--jobs`, else a worker per core for a large run, else 1 (this process). */
function jobCount(requested: number | undefined, files: string[], workerScript: string | undefined): number {
  if (!workerScript || files.length === 0) return 1;
  if (requested !== undefined) return requested;
  // One file that is not JSON Lines is one job: a worker would only add its start-up (a second copy of the
  // bundle compiled) and the copy of the findings (the 18 MB body took 3.5× a read + JSON.parse, 2.5× here).
  if (files.length === 1 && documentKind(undefined, files[0]) !== 'jsonl') return 1;
  if (files.length < POOL_MIN_FILES && totalSize(files) < POOL_MIN_BYTES) return 1;
  return availableParallelism();
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
