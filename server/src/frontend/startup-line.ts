import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locale } from '../../../rules/errors/types.ts';
import { packageRoot } from './docs.ts';
import { WATCHED_ENV_FILES } from './watched-files.ts';


export interface StartupFacts {
  locale: Locale;
  displayLanguage: string | undefined;
  workspaceFolders: readonly string[];
  trusted: boolean;
}

/**
 * The first line of the output channel, so a user who clicks the status item sees that the server runs and
 * with what: version, process id, locale, the files it serves, the env files whose changes re-lint.
 */
export function startupLine(facts: StartupFacts): string {
  const folders = facts.workspaceFolders.length ? facts.workspaceFolders.join(', ') : 'none';
  return [
    `LLM Preflight ${packageVersion()} language server started: pid ${process.pid}, Node ${process.version}${codeCache()}`,
    `locale ${facts.locale}${facts.displayLanguage ? ` (display language ${facts.displayLanguage})` : ''}`,
    'linting .http .rest .json .jsonc .jsonl; explaining errors in plain text, logs, Markdown and untitled editors',
    `watching ${WATCHED_ENV_FILES.join(' ')} in ${folders}${facts.trusted ? '' : ' (untrusted workspace: private env and .env files are not read)'}`,
  ].join('; ');
}

/** Set by dist/server-cached.js (server/src/server-cached.ts) when the client started the server through it. */
function codeCache(): string {
  const state = process.env.LLM_PREFLIGHT_CODE_CACHE_STATE;
  return state ? `, code cache ${state}` : '';
}

let version: string | undefined;
function packageVersion(): string {
  if (version === undefined) {
    try {
      version = String((JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version?: unknown }).version ?? '?');
    } catch {
      version = '?';
    }
  }
  return version;
}
