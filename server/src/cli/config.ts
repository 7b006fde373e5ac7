import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parseTree, printParseErrorCode, getNodeValue, type ParseError } from 'jsonc-parser';
import { configProblems } from './config-check.ts';
import { ioErrorInWords } from './io-errors.ts';
import { normalizeSettings, type Settings } from '../frontend/settings.ts';

/** The file the CLI looks for, from the working directory up, when `--config` is not given. */
export const CONFIG_FILE = '.llm-preflight.json';

export class ConfigError extends Error {}

/**
 * The CLI's counterpart of the editor settings: `{ "rules": {...}, "apis": {...}, "models": {...} }`,
 * the same shapes as `llmPreflight.rules` / `.apis` / `.models` (JSONC allowed). Malformed entries
 * are refused with where and what (config-check.ts), and unreadable or broken JSON too: a usage error
 * (exit 2), because silently linting with other settings would mislead.
 */
export function loadConfig(explicitPath: string | undefined, cwd: string): { settings: Settings; path?: string } {
  const path = explicitPath ? resolve(cwd, explicitPath) : findUp(cwd);
  if (!path) return { settings: normalizeSettings({}) };
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new ConfigError(`cannot read config ${path}: ${ioErrorInWords(error)}`);
  }
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { allowTrailingComma: true });
  if (errors.length) throw new ConfigError(`config ${path}: JSON syntax error (${printParseErrorCode(errors[0].error)}) at offset ${errors[0].offset}`);
  const value: unknown = tree ? getNodeValue(tree) : undefined;
  if (!tree || !value || typeof value !== 'object' || Array.isArray(value)) throw new ConfigError(`config ${path}: expected an object with rules, apis and models`);
  const problems = configProblems(text, tree, value as Record<string, unknown>);
  if (problems.length) throw new ConfigError(problems.map((p) => `${relative(cwd, path) || path}:${p}`).join('\n'));
  return { settings: normalizeSettings(value), path };
}

function findUp(start: string): string | undefined {
  for (let dir = resolve(start); ; dir = dirname(dir)) {
    const candidate = join(dir, CONFIG_FILE);
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}
