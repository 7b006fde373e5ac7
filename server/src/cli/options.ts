import { API_IDS } from '../core/types.ts';
import { LOCALES } from '../../../rules/errors/types.ts';

/** One option of a command: what util.parseArgs needs, and what --help says about it. */
export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  /** The placeholder of a string option's value in the help (`--format <name>`). */
  value?: string;
  choices?: readonly string[];
  /** A string option's default value, passed to util.parseArgs and shown in the help. */
  default?: string;
  /** What happens without the option, when that is not a value (`detected per request`). */
  otherwise?: string;
  help: string;
}

export const CHECK_FORMATS = ['stylish', 'json', 'sarif', 'compact', 'github'] as const;
export type OutputFormat = (typeof CHECK_FORMATS)[number];

/** `--cache-strategy` (ESLint's names): what tells --cache that a file is unchanged (cli/cache.ts). */
export const CACHE_STRATEGIES = ['metadata', 'content'] as const;
export type CacheStrategy = (typeof CACHE_STRATEGIES)[number];

export const EXPLAIN_FORMATS = ['text', 'json'] as const;
export type ExplainFormat = (typeof EXPLAIN_FORMATS)[number];

/**
 * `check`'s options, in the order --help lists them. The table is also what util.parseArgs reads, so the
 * help cannot describe an option the parser does not know.
 */
export const CHECK_OPTIONS: Record<string, OptionSpec> = {
  format: { type: 'string', short: 'f', value: 'name', choices: CHECK_FORMATS, default: 'stylish', help: 'output format; github prints workflow annotations, sarif is for GitHub code scanning' },
  api: { type: 'string', value: 'api-id', choices: API_IDS, help: 'the API of every request (a # @api comment above a request still wins)', otherwise: 'detected per request from the URL, headers and body' },
  fix: { type: 'boolean', help: 'apply every safe fix to the files, then report what is left' },
  'stdin-filename': { type: 'string', value: 'name', help: 'with -, the name standard input stands for: its extension decides the kind, its folder the env files', otherwise: 'JSON when the text starts with { or [, else .http' },
  env: { type: 'string', value: 'name', help: 'environment of http-client.env.json and rest-client.environmentVariables used for {{variables}}', otherwise: '$shared, then the first environment that defines the name' },
  quiet: { type: 'boolean', help: 'report errors only (warnings are still counted for --max-warnings)' },
  'max-warnings': { type: 'string', value: 'n', help: 'exit 1 when there are more than n warnings', otherwise: 'no limit' },
  config: { type: 'string', value: 'file', help: 'config file', otherwise: 'the nearest .llm-preflight.json from the working directory up' },
  'max-file-size-mb': { type: 'string', value: 'n', default: '20', help: 'files larger than this are skipped; a .jsonl batch is streamed whatever its size, and a line (one request) larger than this is skipped' },
  jobs: { type: 'string', value: 'n', help: 'lint in n worker threads, results in input order; 1 lints in this process', otherwise: 'a worker per core for a run of 200 files or 8 MB, else 1' },
  cache: { type: 'boolean', help: 'lint only the files that changed since the last --cache run (content, settings, version, the env and body files they read); not with --fix' },
  'cache-strategy': { type: 'string', value: 'name', choices: CACHE_STRATEGIES, default: 'metadata', help: "how --cache finds changed files: metadata trusts a file's size, times and inode when none changed (else its hash decides); content hashes every file" },
  'cache-location': { type: 'string', value: 'file', help: 'the cache file of --cache', otherwise: 'node_modules/.cache/llm-preflight/check.json when there is node_modules, else .llm-preflight-cache' },
  'no-progress': { type: 'boolean', help: 'no progress line; it is drawn on stderr only when stderr is a terminal and the run takes over a second' },
  locale: { type: 'string', value: 'locale', choices: LOCALES, help: 'language of the messages', otherwise: 'from LC_ALL, LC_MESSAGES or LANG, else en' },
  help: { type: 'boolean', short: 'h', help: 'show this help' },
};

export const EXPLAIN_OPTIONS: Record<string, OptionSpec> = {
  format: { type: 'string', short: 'f', value: 'name', choices: EXPLAIN_FORMATS, default: 'text', help: 'output format' },
  locale: { type: 'string', value: 'locale', choices: LOCALES, help: 'language of the explanations', otherwise: 'from LC_ALL, LC_MESSAGES or LANG, else en' },
  follow: { type: 'boolean', help: 'explain errors as they stream past; the input is passed through unchanged' },
  help: { type: 'boolean', short: 'h', help: 'show this help' },
};

