import { asApiId } from '../core/detect.ts';
import type { ApiId } from '../core/types.ts';

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
}

export class UsageError extends Error {}

export const USAGE = `Usage:
  llm-preflight check [paths or globs ...] [--format stylish|json|sarif] [--api <api-id>] [--fix]
                      [--max-file-size-mb <n>] [--config <file>]
  llm-preflight --help | --version

Lints .http, .rest, .json, .jsonc and .jsonl files (directories are walked).
Settings (rules, apis, models) come from --config or the nearest .llm-preflight.json.
Exit codes: 0 no error-severity findings, 1 at least one, 2 usage or I/O error.`;

export function parseArgs(argv: string[]): CheckArgs | 'help' | 'version' {
  if (argv.includes('--help') || argv.includes('-h')) return 'help';
  if (argv.includes('--version')) return 'version';
  const [command, ...rest] = argv;
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
    } else if (arg.startsWith('-')) {
      throw new UsageError(`Unknown option: ${arg}`);
    } else {
      args.patterns.push(arg);
    }
  }
  if (!args.patterns.length) args.patterns.push('.');
  return args;
}
