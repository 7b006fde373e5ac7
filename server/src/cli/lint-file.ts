import { readFileSync, statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { apiForPath } from '../frontend/api-globs.ts';
import { LineIndex } from '../core/text.ts';
import { lintText, type LintOptions } from '../core/lint.ts';
import { checkFileSize, DEFAULT_LIMITS } from '../core/limits.ts';
import { documentKind } from '../core/units.ts';
import type { ApiId, Finding, Position } from '../core/types.ts';
import type { FileReport } from './format.ts';
import type { Settings } from '../frontend/settings.ts';
import type { Locale } from '../../../rules/errors/types.ts';
import { ioErrorInWords } from './io-errors.ts';
import { WALKED_EXTENSIONS } from './files.ts';

export interface LintFileOptions {
  api?: ApiId;
  maxFileSizeMb?: number;
  apis?: Record<string, string>;
  /** Folder `apis` globs are relative to (the config file's). */
  apisBase?: string;
  rules?: Settings['rules'];
  models?: Settings['models'];
  hosts?: Settings['hosts'];
  docsUrl?: (code: string) => string | undefined;
  /** `--env`: the environment of `http-client.env.json` for `{{variables}}`. */
  envName?: string;
  /** REST Client's `rest-client.environmentVariables` for that environment ($shared merged in). */
  environment?: Record<string, string>;
  /** Language of the messages (`--locale`, else LC_ALL / LANG). */
  locale?: Locale;
  /** Source files per kind (the config file's `sources`). */
  sources?: Settings['sources'];
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
    hosts: options.hosts,
    docsUrl: options.docsUrl,
    http: { envName: options.envName, environment: options.environment },
    locale: options.locale,
    sources: options.sources,
  };
}

/** Reads and lints one file; I/O problems come back as `{error}` (in words) so the caller can exit 2. */
export function lintFile(file: string, options: LintFileOptions): FileReport | { error: string } {
  let text: string;
  try {
    const stat = statSync(file);
    if (!stat.isFile()) return { error: 'not a regular file' };
    const skip = checkFileSize(stat.size, { ...DEFAULT_LIMITS, ...fileLintOptions(file, options).limits });
    if (skip) return { file, diagnostics: [], skipped: skip };
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return { error: ioErrorInWords(error) };
  }
  return lintSource(file, text, options);
}

/**
 * Lints a document's text as the file `file` (a path on disk, or the name standard input stands for).
 * Findings come sorted by position; a document the core would not lint is reported as skipped, with why.
 */
export function lintSource(file: string, text: string, options: LintFileOptions, languageId?: string): FileReport {
  if (!documentKind(languageId, file)) return { file, diagnostics: [], skipped: `not a ${WALKED_EXTENSIONS.map((e) => `.${e}`).join(', ')} file` };
  const result = lintText(text, { ...fileLintOptions(file, options), languageId });
  if (result.skipped) return { file, diagnostics: [], skipped: result.skipped };
  return { file, diagnostics: toDiagnostics(result.findings, new LineIndex(text)) };
}

export type Diagnostic = FileReport['diagnostics'][number];

/**
 * Findings as the CLI reports them, sorted by position: rules report in rule order; people read a file top
 * to bottom (ESLint and Ruff sort the same way). `firstLine` is the line `lines`' text starts at in the file.
 */
export function toDiagnostics(findings: readonly Finding[], lines: LineIndex, firstLine = 0): Diagnostic[] {
  const at = (p: Position) => (firstLine ? { line: p.line + firstLine, character: p.character } : p);
  const diagnostics = findings.map((f) => {
    const range = lines.rangeOf(f.span);
    return { rule: f.rule, severity: f.severity, message: f.message, api: f.api, range: { start: at(range.start), end: at(range.end) }, docsUrl: f.docsUrl, ...(f.quote && { quote: f.quote }) };
  });
  diagnostics.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || a.range.end.line - b.range.end.line || a.range.end.character - b.range.end.character);
  return diagnostics;
}
