import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { ioErrorInWords } from './io-errors.ts';

export const LINTED_EXTENSIONS = ['http', 'rest', 'json', 'jsonc', 'jsonl', 'sh', 'bash', 'md'];
const IGNORED = ['**/node_modules/**', '**/.git/**', '**/dist/**', '**/.cache/**'];

export class InputError extends Error {}

/**
 * Expands paths, directories and globs into a sorted list of files to lint. A path, glob or directory
 * that gives no file is an InputError (exit 2), as in ESLint: a CI step must not pass by linting nothing.
 */
export async function collectFiles(patterns: string[], cwd = process.cwd()): Promise<string[]> {
  const files = new Set<string>();
  for (const pattern of patterns) {
    if (isDynamicPattern(pattern)) {
      const found = await glob(pattern, { cwd, absolute: true, ignore: IGNORED, dot: false });
      if (!found.length) throw new InputError(`no file matches the pattern "${pattern}"`);
      for (const file of found) files.add(file);
      continue;
    }
    const path = resolve(cwd, pattern);
    let stat;
    try {
      stat = statSync(path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new InputError(code === 'ENOENT' || code === 'ENOTDIR' || !code ? `${pattern}: no such file or directory` : `cannot read ${pattern}: ${ioErrorInWords(error)}`);
    }
    if (stat.isDirectory()) {
      const found = await glob(`**/*.{${LINTED_EXTENSIONS.join(',')}}`, { cwd: path, absolute: true, ignore: IGNORED });
      if (!found.length) throw new InputError(`${pattern}: no ${LINTED_EXTENSIONS.map((e) => `.${e}`).join(', ')} file in this directory`);
      for (const file of found) files.add(file);
    } else {
      files.add(path);
    }
  }
  return [...files].sort();
}
