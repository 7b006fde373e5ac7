import { readFileSync, statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { apiForPath } from '../frontend/api-globs.ts';
import { LineIndex } from '../core/text.ts';
import { lintText, type LintOptions } from '../core/lint.ts';
import type { Locale } from '../../../rules/errors/types.ts';
import { checkFileSize, DEFAULT_LIMITS } from '../core/limits.ts';
import type { ApiId } from '../core/types.ts';
import type { FileReport } from './format.ts';
import type { Settings } from '../frontend/settings.ts';

export interface LintFileOptions {
  api?: ApiId;
  maxFileSizeMb?: number;
  apis?: Record<string, string>;
  /** Folder `apis` globs are relative to (the config file's). */
  apisBase?: string;
  rules?: Settings['rules'];
  models?: Settings['models'];
  docsUrl?: (code: string) => string | undefined;
  /** Language of the messages (`--locale`, else LANG). */
  locale?: Locale;
}

/** The core's options for a file on disk (shared by linting and `--fix`). */
export function fileLintOptions(file: string, options: LintFileOptions): LintOptions {
  const limits = options.maxFileSizeMb ? { maxDocumentChars: options.maxFileSizeMb * 1024 * 1024 } : undefined;
  return {
    filePath: file,
    api: options.api ?? apiForPath(options.apis, resolve(file), options.apisBase ? relative(options.apisBase, resolve(file)) : undefined),
    limits,
    rules: options.rules,
    models: options.models,
    docsUrl: options.docsUrl,
    locale: options.locale,
  };
}

/** Reads and lints one file; I/O problems come back as `{error}` so the caller can exit 2. */
export function lintFile(file: string, options: LintFileOptions): FileReport | { error: string } {
  let text: string;
  const lintOptions = fileLintOptions(file, options);
  try {
    const stat = statSync(file);
    if (!stat.isFile()) return { error: 'not a regular file' };
    const skip = checkFileSize(stat.size, { ...DEFAULT_LIMITS, ...lintOptions.limits });
    if (skip) return skippedReport(file, skip, options);
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return { error: (error as NodeJS.ErrnoException).code ?? (error as Error).message };
  }
  const result = lintText(text, lintOptions);
  const lines = new LineIndex(text);
  return {
    file,
    diagnostics: result.findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      message: f.message,
      api: f.api,
      range: lines.rangeOf(f.span),
      docsUrl: f.docsUrl,
    })),
  };
}

/** The report of a file too large to read: the same info `file-skipped` finding the core gives for a long text. */
function skippedReport(file: string, message: string, options: LintFileOptions): FileReport {
  const setting = options.rules?.['file-skipped'];
  const severity = setting && setting !== 'off' ? setting : 'info'; // as the core's own findings
  const at = { line: 0, character: 0 };
  return {
    file,
    diagnostics: [{ rule: 'file-skipped', severity, message, api: null, range: { start: at, end: at }, docsUrl: options.docsUrl?.('file-skipped') }],
  };
}
