import { parseArgs as parseNodeArgs } from 'node:util';
import type { ApiId } from '../core/types.ts';
import { closest } from '../core/did-you-mean.ts';
import type { Locale } from '../../../rules/errors/types.ts';
import { COMMANDS, commandHelp } from './help.ts';
import { CHECK_OPTIONS, EXPLAIN_OPTIONS, type CacheStrategy, type ExplainFormat, type OptionSpec, type OutputFormat } from './options.ts';

export type { ExplainFormat, OutputFormat } from './options.ts';

export interface CheckArgs {
  command: 'check';
  /** Paths and globs; `-` is standard input. Empty: the working directory. */
  patterns: string[];
  format: OutputFormat;
  api?: ApiId;
  fix: boolean;
  maxFileSizeMb?: number;
  /** `--config <file>`; without it `.llm-preflight.json` is looked up from the working directory. */
  config?: string;
  /** The name standard input stands for (`check -`): its extension decides the kind, its folder the env files. */
  stdinFilename?: string;
  /** The environment of `http-client.env.json` / `rest-client.environmentVariables` for `{{variables}}`. */
  env?: string;
  /** Report errors only. */
  quiet: boolean;
  /** Exit 1 when there are more warnings than this (undefined: no limit). */
  maxWarnings?: number;
  /** Language of the messages; undefined: from the environment (cliLocale). */
  locale?: Locale;
  /** `--jobs`: threads that lint (1: this process); undefined: decided by the run's size. */
  jobs?: number;
  /** `--no-progress`: no progress line on a terminal's stderr. */
  noProgress: boolean;
  /** `--cache`: files unchanged since the last run are not linted again (cli/cache.ts). */
  cache: boolean;
  /** `--cache-strategy`: metadata (stat first, hash when it changed) or content (hash every file). */
  cacheStrategy: CacheStrategy;
  /** `--cache-location`: the cache file. */
  cacheLocation?: string;
}

export interface ExplainArgs {
  command: 'explain';
  /** A file path, or '-' for standard input. */
  input: string;
  format: ExplainFormat;
  locale?: Locale;
  /** Explain errors as they stream past, passing the input through (server/src/cli/explain-follow.ts). */
  follow: boolean;
}

export type ParsedArgs = CheckArgs | ExplainArgs | { command: 'help'; text: string } | { command: 'version' };

/** A usage error: one line for stderr; the caller exits 2 and points at the command's --help. */
export class UsageError extends Error {
  constructor(message: string, readonly command?: 'check' | 'explain') {
    super(message);
  }
}

export function parseArgs(argv: string[]): ParsedArgs {
  const [command, ...rest] = argv;
  if (command === undefined) throw new UsageError(`missing command (${COMMANDS.join(' or ')})`);
  if (command === '--help' || command === '-h' || command === 'help') return { command: 'help', text: commandHelp() };
  if (command === '--version' || command === '-v') return { command: 'version' };
  if (command === 'check') return parseCheck(rest);
  if (command === 'explain') return parseExplain(rest);
  const near = closest(command, COMMANDS);
  throw new UsageError(`unknown command "${command}"${near ? `; did you mean "${near}"?` : ` (commands: ${COMMANDS.join(', ')})`}`);
}

function parseCheck(argv: string[]): CheckArgs | { command: 'help'; text: string } {
  const { values, positionals } = parseWith('check', argv, CHECK_OPTIONS);
  if (values.help) return { command: 'help', text: commandHelp('check') };
  const args: CheckArgs = {
    command: 'check',
    patterns: positionals,
    format: values.format as OutputFormat,
    fix: values.fix === true,
    quiet: values.quiet === true,
    noProgress: values['no-progress'] === true,
    cache: values.cache === true,
    cacheStrategy: values['cache-strategy'] as CacheStrategy,
  };
  if (values['cache-location'] !== undefined) args.cacheLocation = values['cache-location'] as string;
  if (values.api !== undefined) args.api = values.api as ApiId;
  if (values.config !== undefined) args.config = values.config as string;
  if (values.env !== undefined) args.env = values.env as string;
  if (values.locale !== undefined) args.locale = values.locale as Locale;
  if (values['stdin-filename'] !== undefined) {
    if (!positionals.includes('-')) throw new UsageError('--stdin-filename names standard input: add - to the paths', 'check');
    args.stdinFilename = values['stdin-filename'] as string;
  }
  if (values['max-warnings'] !== undefined) args.maxWarnings = count('--max-warnings', values['max-warnings'] as string, 'a whole number, 0 or more');
  if (values.jobs !== undefined) {
    args.jobs = count('--jobs', values.jobs as string, 'a whole number, 1 or more');
    if (args.jobs < 1) throw new UsageError(`--jobs takes a whole number, 1 or more, not "${values.jobs}"`, 'check');
  }
  if (values['max-file-size-mb'] !== undefined) {
    const n = Number(values['max-file-size-mb']);
    if (!(n > 0)) throw new UsageError(`--max-file-size-mb takes a positive number, not "${values['max-file-size-mb']}"`, 'check');
    args.maxFileSizeMb = n;
  }
  if (args.fix && positionals.includes('-')) throw new UsageError('--fix rewrites files; it cannot fix standard input', 'check');
  return args;
}

function parseExplain(argv: string[]): ExplainArgs | { command: 'help'; text: string } {
  const { values, positionals } = parseWith('explain', argv, EXPLAIN_OPTIONS);
  if (values.help) return { command: 'help', text: commandHelp('explain') };
  if (positionals.length > 1) throw new UsageError(`explain reads one file (or - for standard input), not ${positionals.length}`, 'explain');
  const args: ExplainArgs = { command: 'explain', input: positionals[0] ?? '-', format: values.format as ExplainFormat, follow: values.follow === true };
  if (values.locale !== undefined) args.locale = values.locale as Locale;
  return args;
}

/**
 * util.parseArgs with the table's defaults and choices; its errors (unknown option, missing value) become
 * one-line usage errors with a did-you-mean. `--opt value` and `--opt=value` both work (util.parseArgs).
 */
function parseWith(command: 'check' | 'explain', argv: string[], table: Record<string, OptionSpec>): { values: Record<string, string | boolean | undefined>; positionals: string[] } {
  const options = Object.fromEntries(
    Object.entries(table).map(([name, o]) => [name, { type: o.type, ...(o.short ? { short: o.short } : {}), ...(o.default !== undefined ? { default: o.default } : {}) }]),
  );
  let parsed;
  try {
    parsed = parseNodeArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(nodeErrorInWords(error as NodeJS.ErrnoException, argv, table), command);
  }
  const values = parsed.values as Record<string, string | boolean | undefined>;
  for (const [name, spec] of Object.entries(table)) {
    const value = values[name];
    if (!spec.choices || typeof value !== 'string') continue;
    const chosen = name === 'locale' ? value.toLowerCase() : value;
    if (spec.choices.includes(chosen)) {
      values[name] = chosen;
      continue;
    }
    const near = closest(value, spec.choices);
    throw new UsageError(`unknown ${name} "${value}"${near ? `; did you mean "${near}"?` : ''} (${spec.choices.join(', ')})`, command);
  }
  return { values, positionals: parsed.positionals };
}

/** util.parseArgs' messages are long and name its own codes; ours name the option and the fix. */
function nodeErrorInWords(error: NodeJS.ErrnoException, argv: string[], table: Record<string, OptionSpec>): string {
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const arg = /'([^']+)'/.exec(error.message)?.[1] ?? argv.find((a) => a.startsWith('-') && a !== '-') ?? '';
    const name = arg.replace(/^-+/, '').split('=')[0];
    const near = closest(name, Object.keys(table));
    return `unknown option "${arg}"${near ? `; did you mean "--${near}"?` : ''}`;
  }
  if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const name = /--([a-z-]+)/.exec(error.message)?.[1];
    const spec = name ? table[name] : undefined;
    if (spec?.type === 'string') return `--${name} needs a value (--${name} <${spec.value ?? 'value'}>)`;
    if (spec?.type === 'boolean') return `--${name} takes no value`;
  }
  return error.message.split('\n')[0];
}

function count(option: string, raw: string, expected: string): number {
  const n = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || !Number.isSafeInteger(n)) throw new UsageError(`${option} takes ${expected}, not "${raw}"`, 'check');
  return n;
}
