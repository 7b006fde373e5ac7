import { asApiId } from '../core/detect.ts';
import type { ApiId } from '../core/types.ts';
import { LOCALES, type Locale } from '../../../rules/errors/types.ts';

export type OutputFormat = 'stylish' | 'json' | 'sarif';

export interface CheckArgs {
  command: 'check';
  patterns: string[];
  format: OutputFormat;
  api?: ApiId;
  fix: boolean;
  maxFileSizeMb?: number;
  /** `--config <file>`; without it `.llm-preflight.json` is looked up from the working directory. */
  config?: string;
  locale?: Locale;
}

export type ExplainFormat = 'text' | 'json';

export interface ExplainArgs {
  command: 'explain';
  /** A file path, or '-' for standard input. */
  input: string;
  format: ExplainFormat;
  locale?: Locale;
}

export class UsageError extends Error {}

export const USAGE = `Usage:
  llm-preflight check [paths or globs ...] [--format stylish|json|sarif] [--api <api-id>] [--fix]
                      [--max-file-size-mb <n>] [--config <file>] [--locale en|zh-cn|zh-tw|fr]
  llm-preflight explain [file | -] [--format text|json] [--locale en|zh-cn|zh-tw|fr]
  llm-preflight --help | --version

Lints .http, .rest, .json, .jsonc and .jsonl files (directories are walked).
Settings (rules, apis, models) come from --config or the nearest .llm-preflight.json.
Exit codes: 0 no error-severity findings, 1 at least one, 2 usage or I/O error.

explain finds every error response or error line in the text (a file, or standard input with -)
and says what it means, whose fault it is, whether a retry helps and how to fix it.
Exit codes: 0 at least one error explained, 1 none found, 2 usage or I/O error.`;

export function parseArgs(argv: string[]): CheckArgs | ExplainArgs | 'help' | 'version' {
  if (argv.includes('--help') || argv.includes('-h')) return 'help';
  if (argv.includes('--version')) return 'version';
  const [command, ...rest] = argv;
  if (command === 'explain') return parseExplain(rest);
  if (command !== 'check') throw new UsageError(command ? `Unknown command: ${command}` : 'Missing command.');
  const args: CheckArgs = { command, patterns: [], format: 'stylish', fix: false };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    const value = () => {
      const next = rest[++i];
      if (next === undefined) throw new UsageError(`${arg} needs a value.`);
      return next;
    };
    if (arg === '--format' || arg === '-f') {
      const format = value();
      if (format !== 'stylish' && format !== 'json' && format !== 'sarif') throw new UsageError(`Unknown format: ${format}`);
      args.format = format;
    } else if (arg === '--api') {
      const id = value();
      const api = asApiId(id);
      if (!api) throw new UsageError(`Unknown API id: ${id}`);
      args.api = api;
    } else if (arg === '--fix') {
      args.fix = true;
    } else if (arg === '--max-file-size-mb') {
      const n = Number(value());
      if (!(n > 0)) throw new UsageError('--max-file-size-mb takes a positive number.');
      args.maxFileSizeMb = n;
    } else if (arg === '--config') {
      args.config = value();
    } else if (arg === '--locale') {
      args.locale = parseLocale(value());
    } else if (arg.startsWith('-')) {
      throw new UsageError(`Unknown option: ${arg}`);
    } else {
      args.patterns.push(arg);
    }
  }
  if (!args.patterns.length) args.patterns.push('.');
  return args;
}

function parseLocale(value: string): Locale {
  const locale = value.toLowerCase();
  if (!(LOCALES as readonly string[]).includes(locale)) throw new UsageError(`Unknown locale: ${locale} (${LOCALES.join(', ')})`);
  return locale as Locale;
}

function parseExplain(rest: string[]): ExplainArgs {
  const args: ExplainArgs = { command: 'explain', input: '-', format: 'text' };
  let input: string | undefined;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    const value = () => {
      const next = rest[++i];
      if (next === undefined) throw new UsageError(`${arg} needs a value.`);
      return next;
    };
    if (arg === '--format' || arg === '-f') {
      const format = value();
      if (format !== 'text' && format !== 'json') throw new UsageError(`Unknown format for explain: ${format} (text or json)`);
      args.format = format;
    } else if (arg === '--locale') {
      args.locale = parseLocale(value());
    } else if (arg !== '-' && arg.startsWith('-')) {
      throw new UsageError(`Unknown option: ${arg}`);
    } else if (input !== undefined) {
      throw new UsageError('explain reads one file (or - for standard input).');
    } else {
      input = arg;
    }
  }
  args.input = input ?? '-';
  return args;
}
