import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parse as parseJsonc } from 'jsonc-parser';
import { envFileLayers } from '../core/http/environments.ts';
import { closest } from '../core/did-you-mean.ts';
import { restClientVariables } from '../frontend/settings.ts';

export class EnvironmentError extends Error {}

export interface CliEnvironment {
  /** `--env`: which environment of `http-client(.private).env.json` the splitter reads. */
  envName?: string;
  /** REST Client's `rest-client.environmentVariables` from the workspace's `.vscode/settings.json`. */
  environment: Record<string, string>;
}

/**
 * The `{{variables}}` sources the language server gets from the editor, found on disk: REST Client's
 * environments in the nearest `.vscode/settings.json` from the working directory up (the server reads the
 * same setting through LSP), and with `--env NAME` that environment of them and of the env files next to
 * each linted file (the core's env-file lookup). A name defined nowhere is a usage error: linting with
 * no values would quietly check nothing.
 */
export function cliEnvironment(envName: string | undefined, cwd: string, files: readonly string[]): CliEnvironment {
  const restClient = restClientSetting(cwd);
  const environment = restClientVariables(restClient, envName);
  if (envName === undefined) return { environment };
  const known = new Set<string>();
  for (const name of Object.keys(restClient ?? {})) known.add(name);
  for (const file of files) for (const layer of envFileLayers(file)) for (const name of layer.keys()) known.add(name);
  known.delete('$shared');
  if (!known.has(envName)) {
    const near = closest(envName, known);
    const list = known.size ? ` (known: ${[...known].sort().join(', ')})` : ': none is defined';
    throw new EnvironmentError(`--env: no environment "${envName}" in http-client.env.json or rest-client.environmentVariables${near ? `; did you mean "${near}"?` : ''}${list}`);
  }
  return { envName, environment };
}

function restClientSetting(cwd: string): Record<string, unknown> | undefined {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    const settings = readJsonc(join(dir, '.vscode', 'settings.json'));
    if (settings) {
      const value = settings['rest-client.environmentVariables'];
      return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
    }
    if (dirname(dir) === dir) return undefined;
  }
}

function readJsonc(path: string): Record<string, unknown> | undefined {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
  const value: unknown = parseJsonc(text, [], { allowTrailingComma: true });
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}
