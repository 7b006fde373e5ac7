import * as path from 'node:path';
import { parse as parseJsonc } from 'jsonc-parser';
import { diskSignature, noteDiskRead, readTextFileSafely } from './files.ts';
import { fileExists, mayRead, TRUSTED_POLICY, type ReadPolicy } from './trust.ts';

/**
 * Environment files found next to a `.http` file or in its parents (editor.md §1.3 H):
 * - `http-client.env.json` / `http-client.private.env.json` (JetBrains, httpyac, kulala): `{ "<env>": { "var": "value" } }`.
 *   Private values win, as in httpyac and kulala (JetBrains' docs say the opposite; secrets usually live in private).
 * - `.env` files for `{{$dotenv NAME}}` (REST Client) and `{{$dotEnv NAME}}` (httpyac).
 * The splitter runs on every keystroke, so file contents are cached and re-checked at most once per TTL.
 */

const MAX_PARENT_LEVELS = 10;
const RECHECK_AFTER_MS = 1000;
const MAX_CACHE_ENTRIES = 512;

/** env name → variable name → value, in file order. */
export type EnvFileData = Map<string, Map<string, string>>;

interface CacheEntry<T> {
  checkedAt: number;
  /** diskSignature of the file the data was read from. */
  stamp: string;
  data: T | undefined;
}

const cache = new Map<string, CacheEntry<unknown>>();

/** Parsed contents of a file, re-read only when its mtime/size changed; undefined when it is absent. */
function cachedParse<T>(absPath: string, parseText: (text: string) => T): T | undefined {
  const now = Date.now();
  const entry = cache.get(absPath) as CacheEntry<T> | undefined;
  if (entry && now - entry.checkedAt < RECHECK_AFTER_MS) {
    noteDiskRead(absPath, entry.stamp); // the signature of what the cached data came from
    return entry.data;
  }
  const stamp = diskSignature(absPath);
  noteDiskRead(absPath, stamp);
  if (entry && entry.stamp === stamp) {
    entry.checkedAt = now;
    return entry.data;
  }
  const text = stamp.startsWith('f:') ? readTextFileSafely(absPath) : undefined;
  const data = text === undefined ? undefined : parseText(text);
  if (cache.size >= MAX_CACHE_ENTRIES) cache.clear();
  cache.set(absPath, { checkedAt: now, stamp, data });
  return data;
}

/** Forget cached file contents (tests, or a file watcher that knows better than the TTL). */
export function clearEnvironmentCache(): void {
  cache.clear();
}

/** The `.http` file's folder and its parents, nearest first, up to the file system root. */
export function foldersUpward(httpFilePath: string): string[] {
  const folders: string[] = [];
  let folder = path.dirname(path.resolve(httpFilePath));
  for (let level = 0; level <= MAX_PARENT_LEVELS; level++) {
    folders.push(folder);
    const parent = path.dirname(folder);
    if (parent === folder) break;
    folder = parent;
  }
  return folders;
}

const ENV_JSON_NAMES = ['http-client.private.env.json', 'http-client.env.json'];

/** Untrusted workspaces read no private env file (secrets) and no file outside the workspace folders. */
function mayReadEnvFile(policy: ReadPolicy, absPath: string): boolean {
  return policy.trusted || (path.basename(absPath) === 'http-client.env.json' && mayRead(policy, absPath));
}

/** All env-file layers for a `.http` file, highest priority first (nearest folder; private before public). */
export function envFileLayers(httpFilePath: string, policy: ReadPolicy = TRUSTED_POLICY): EnvFileData[] {
  const layers: EnvFileData[] = [];
  for (const folder of foldersUpward(httpFilePath)) {
    for (const name of ENV_JSON_NAMES) {
      const absPath = path.join(folder, name);
      if (!mayReadEnvFile(policy, absPath)) continue;
      const data = cachedParse(absPath, parseEnvJson);
      if (data) layers.push(data);
    }
  }
  return layers;
}

/**
 * The env files (`http-client*.env.json`, and `.env` files when `dotenv` is set) that exist where a trusted
 * workspace would read them but that `policy` withholds. Only their existence is checked, not their content.
 */
export function withheldEnvFiles(httpFilePath: string, policy: ReadPolicy, dotenv?: { envName?: string }): string[] {
  if (policy.trusted) return [];
  const names = dotenv ? dotenvFileNames(dotenv.envName) : ENV_JSON_NAMES;
  const withheld: string[] = [];
  for (const folder of foldersUpward(httpFilePath)) {
    for (const name of names) {
      const absPath = path.join(folder, name);
      if ((dotenv || !mayReadEnvFile(policy, absPath)) && fileExists(absPath)) withheld.push(absPath);
    }
  }
  return withheld;
}

/**
 * A variable from env files. With an environment name: that environment, then `$shared`.
 * Without one (we do not know which the user picked): `$shared`, then the first environment that defines it.
 */
export function lookupEnvFiles(layers: EnvFileData[], name: string, envName?: string): string | undefined {
  const order = envName ? [envName, '$shared'] : ['$shared'];
  for (const env of order) {
    for (const layer of layers) {
      const value = layer.get(env)?.get(name);
      if (value !== undefined) return value;
    }
  }
  if (envName) return undefined;
  for (const layer of layers) {
    for (const [env, vars] of layer) {
      if (env === '$shared') continue;
      const value = vars.get(name);
      if (value !== undefined) return value;
    }
  }
  return undefined;
}

function parseEnvJson(text: string): EnvFileData {
  const data: EnvFileData = new Map();
  const root: unknown = parseJsonc(text, [], { allowTrailingComma: true });
  if (!isPlainObject(root)) return data;
  for (const [env, vars] of Object.entries(root)) {
    if (!isPlainObject(vars)) continue;
    const values = new Map<string, string>();
    for (const [name, value] of Object.entries(vars)) {
      const text = valueToString(value);
      if (text !== undefined) values.set(name, text);
    }
    data.set(env, values);
  }
  return data;
}

function valueToString(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value !== null && typeof value === 'object') return JSON.stringify(value);
  return undefined;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * `{{$dotenv NAME}}`: REST Client reads `.env` (or `.env.<env>`) next to the file or in a parent folder;
 * httpyac also reads `<env>.env`. The nearest file that defines the name wins.
 */
export function lookupDotenv(httpFilePath: string, name: string, envName?: string, policy: ReadPolicy = TRUSTED_POLICY): string | undefined {
  // `.env` files hold secrets: an untrusted workspace reads none, even inside its folder.
  if (!policy.trusted) return undefined;
  const fileNames = dotenvFileNames(envName);
  for (const folder of foldersUpward(httpFilePath)) {
    for (const fileName of fileNames) {
      const value = cachedParse(path.join(folder, fileName), parseDotenv)?.get(name);
      if (value !== undefined) return value;
    }
  }
  return undefined;
}

function dotenvFileNames(envName: string | undefined): string[] {
  return envName ? [`.env.${envName}`, `${envName}.env`, '.env'] : ['.env'];
}

/** `KEY=value` lines; `export ` prefix, quotes and trailing ` # comments` handled as dotenv does. */
export function parseDotenv(text: string): Map<string, string> {
  const values = new Map<string, string>();
  for (const rawLine of text.split(/\r?\n|\r/)) {
    const line = rawLine.trim();
    if (line === '' || line.startsWith('#')) continue;
    const eq = line.indexOf('=');
    if (eq <= 0) continue;
    const key = line.slice(0, eq).replace(/^export\s+/, '').trim();
    if (key === '') continue;
    values.set(key, unquoteDotenvValue(line.slice(eq + 1).trim()));
  }
  return values;
}

function unquoteDotenvValue(value: string): string {
  const quote = value[0];
  if (quote === '"' || quote === "'" || quote === '`') {
    const close = value.indexOf(quote, 1);
    if (close > 0) {
      const inner = value.slice(1, close);
      return quote === '"' ? inner.replace(/\\n/g, '\n') : inner;
    }
  }
  const comment = value.indexOf(' #');
  return comment >= 0 ? value.slice(0, comment).trimEnd() : value;
}
