import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';

export const LINTED_EXTENSIONS = ['http', 'rest', 'json', 'jsonc', 'jsonl'];
const IGNORED = ['**/node_modules/**', '**/.git/**', '**/dist/**', '**/.cache/**'];

export class InputError extends Error {}

/** Expands paths, directories and globs into a sorted list of files to lint. */
export async function collectFiles(patterns: string[], cwd = process.cwd()): Promise<string[]> {
  const files = new Set<string>();
  for (const pattern of patterns) {
    if (isDynamicPattern(pattern)) {
      for (const file of await glob(pattern, { cwd, absolute: true, ignore: IGNORED, dot: false })) files.add(file);
      continue;
    }
    const path = resolve(cwd, pattern);
    let stat;
    try {
      stat = statSync(path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new InputError(code === 'ENOENT' || code === 'ENOTDIR' || !code ? `No such file or directory: ${pattern}` : `cannot read ${pattern}: ${code === 'ELOOP' ? 'ELOOP (a symbolic link loop)' : code}`);
    }
    if (stat.isDirectory()) {
      const found = await glob(`**/*.{${LINTED_EXTENSIONS.join(',')}}`, { cwd: path, absolute: true, ignore: IGNORED });
      for (const file of found) files.add(file);
    } else {
      files.add(path);
    }
  }
  return [...files].sort();
}
