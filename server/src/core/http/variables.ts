import * as path from 'node:path';
import { envFileLayers, lookupDotenv, lookupEnvFiles, withheldEnvFiles, type EnvFileData } from './environments.ts';
import { TRUSTED_POLICY, type ReadPolicy } from './trust.ts';
import { nextLineBreak } from '../text.ts';

/**
 * Replaces every `{{ name }}` whose name the lookup knows; unknown ones stay exactly as written.
 * The reference syntax is REST Client's `\{{2}(.+?)\}{2}` (one line, inner text trimmed), scanned with
 * indexOf so that no input can make it slow.
 */
export function resolveVariables(s: string, lookup: (name: string) => string | undefined): string {
  let open = s.indexOf('{{');
  if (open < 0) return s;
  const parts: string[] = [];
  let copiedUpTo = 0;
  while (open >= 0) {
    const close = s.indexOf('}}', open + 2);
    if (close < 0) break;
    const lineBreak = nextLineBreak(s, open);
    if (lineBreak >= 0 && lineBreak < close) {
      // No `{{` before this line break can close on its own line: continue on the next line.
      open = s.indexOf('{{', lineBreak + 1);
      continue;
    }
    const name = s.slice(open + 2, close).trim();
    const value = name === '' ? undefined : safeLookup(lookup, name);
    if (value !== undefined) {
      parts.push(s.slice(copiedUpTo, open), value);
      copiedUpTo = close + 2;
    }
    open = s.indexOf('{{', close + 2);
  }
  if (copiedUpTo === 0) return s;
  parts.push(s.slice(copiedUpTo));
  return parts.join('');
}

function safeLookup(lookup: (name: string) => string | undefined, name: string): string | undefined {
  try {
    const value = lookup(name);
    return typeof value === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
}

export interface VariableSources {
  /** `@name = value` lines of the document, last definition winning. */
  fileVariables: Map<string, string>;
  /** REST Client's `rest-client.environmentVariables` ($shared + active env, already merged). */
  environment?: Record<string, string>;
  /** The `.http` file, to find env files and `.env` files; undefined for untitled documents. */
  filePath?: string;
  envName?: string;
  /** What may be read from disk (workspace trust); default: everything. */
  policy?: ReadPolicy;
  /** Called when a variable has no value and the policy withheld an env file that might define it. */
  onWithheld?: (name: string, reason: string) => void;
}

/**
 * A lookup over every variable source, in REST Client's precedence (file > environment, editor.md §1.3 F)
 * followed by the env files of JetBrains/httpyac. Values may reference other variables; a cycle leaves
 * the inner reference unresolved instead of looping. Request variables (`{{login.response...}}`) and
 * system variables other than `$processEnv`/`$dotenv` depend on a run, so they stay unresolved.
 */
export function createVariableLookup(sources: VariableSources): (name: string) => string | undefined {
  const memo = new Map<string, string | undefined>();
  const inProgress = new Set<string>();
  let layers: EnvFileData[] | undefined;
  const policy = sources.policy ?? TRUSTED_POLICY;
  const envLayers = () => (layers ??= sources.filePath ? envFileLayers(sources.filePath, policy) : []);
  let withheldJson: string[] | undefined;
  /** A missing value that a withheld env file might have given: tell the caller (untrusted workspaces only). */
  const missing = (name: string, dotenv: boolean): undefined => {
    if (policy.trusted || !sources.filePath || !sources.onWithheld) return undefined;
    const files = dotenv
      ? withheldEnvFiles(sources.filePath, policy, { envName: sources.envName })
      : (withheldJson ??= withheldEnvFiles(sources.filePath, policy));
    if (files.length) sources.onWithheld(name, withheldReason(sources.filePath, files));
    return undefined;
  };

  const lookup = (rawName: string): string | undefined => {
    const name = rawName.trim();
    if (memo.has(name)) return memo.get(name);
    if (inProgress.has(name)) return undefined;
    inProgress.add(name);
    let value: string | undefined;
    try {
      value = compute(name);
    } finally {
      inProgress.delete(name);
    }
    memo.set(name, value);
    return value;
  };

  const compute = (name: string): string | undefined => {
    if (name.startsWith('%')) {
      // REST Client `{{%name}}`: the value, percent-encoded.
      const plain = lookup(name.slice(1));
      return plain === undefined ? undefined : encodeURIComponent(plain);
    }
    if (name.startsWith('$')) return systemVariable(name, sources, lookup, envLayers, missing);
    const raw =
      sources.fileVariables.get(name) ??
      ownValue(sources.environment, name) ??
      lookupEnvFiles(envLayers(), name, sources.envName);
    return raw === undefined ? missing(name, false) : resolveVariables(raw, lookup);
  };

  return lookup;
}

function ownValue(record: Record<string, string> | undefined, name: string): string | undefined {
  if (!record || !Object.prototype.hasOwnProperty.call(record, name)) return undefined;
  const value = record[name];
  return typeof value === 'string' ? value : value === undefined || value === null ? undefined : String(value);
}

function systemVariable(
  name: string,
  sources: VariableSources,
  lookup: (name: string) => string | undefined,
  envLayers: () => EnvFileData[],
  missing: (name: string, dotenv: boolean) => undefined,
): string | undefined {
  const space = name.search(/\s/);
  const head = space < 0 ? name : name.slice(0, space);
  const arg = space < 0 ? '' : name.slice(space + 1).trim();
  switch (head) {
    case '$processEnv':
      return arg ? process.env[indirectName(arg, lookup)] : undefined;
    case '$dotenv':
    case '$dotEnv':
      if (!arg || !sources.filePath) return undefined;
      return lookupDotenv(sources.filePath, indirectName(arg, lookup), sources.envName, sources.policy) ?? missing(name, true);
    case '$shared':
      return arg ? lookupEnvFiles(envLayers(), arg, '$shared') ?? ownValue(sources.environment, arg) ?? missing(name, false) : undefined;
    default:
      // kulala's JetBrains-style `{{$env.NAME}}` reads the OS environment.
      if (head.startsWith('$env.') && space < 0) return process.env[head.slice(5)];
      return undefined;
  }
}

function withheldReason(httpFilePath: string, files: string[]): string {
  const folder = path.dirname(path.resolve(httpFilePath));
  const shown = files.slice(0, 3).map((f) => path.relative(folder, f) || f);
  const more = files.length > 3 ? ` and ${files.length - 3} more` : '';
  return `the workspace is not trusted, so ${shown.join(', ')}${more} ${files.length === 1 ? 'was' : 'were'} not read`;
}

/** REST Client `{{$processEnv %name}}`: the OS variable's name is itself the value of variable `name`. */
function indirectName(arg: string, lookup: (name: string) => string | undefined): string {
  return arg.startsWith('%') ? lookup(arg.slice(1)) ?? arg.slice(1) : arg;
}

/** System and dynamic variables that only have a value at send time (`$guid`, `$uuid`, `$random.*`...). */
export function isRunTimeVariable(name: string): boolean {
  const trimmed = name.trim();
  return trimmed.startsWith('$') && !/^\$(?:processEnv|dotenv|dotEnv|shared)\b/.test(trimmed) && !trimmed.startsWith('$env.');
}
