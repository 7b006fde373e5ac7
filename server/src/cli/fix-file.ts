import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { fixAll } from '../core/fix-all.ts';
import { checkFileSize, DEFAULT_LIMITS } from '../core/limits.ts';
import { fileLintOptions, type LintFileOptions } from './lint-file.ts';
import { ioErrorInWords } from './io-errors.ts';

/**
 * `check --fix` for one file: every preferred fix applied (the same fix-all as the editor's), the file
 * rewritten only when its text changed. I/O problems come back as `{error}`; the caller lints afterwards.
 */
export function fixFile(file: string, options: LintFileOptions): { applied: number } | { error: string } {
  let text: string;
  try {
    const stat = statSync(file);
    if (!stat.isFile()) return { error: 'not a regular file' };
    // Too large to read: nothing to fix; linting it afterwards reports the file-skipped finding.
    if (checkFileSize(stat.size, { ...DEFAULT_LIMITS, ...fileLintOptions(file, options).limits })) return { applied: 0 };
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return { error: ioErrorInWords(error) };
  }
  const fixed = fixAll(text, fileLintOptions(file, options));
  if (fixed.text === text) return { applied: 0 };
  try {
    writeFileSync(file, fixed.text, 'utf8');
  } catch (error) {
    return { error: ioErrorInWords(error) };
  }
  return { applied: fixed.applied };
}
