import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { diskSignature } from '../core/http/files.ts';
import { RULES_BY_ID } from '../../../rules/index.ts';
import type { FileReport } from './format.ts';
import type { LintFileOptions } from './lint-file.ts';
import { ioErrorInWords } from './io-errors.ts';

/** One file's cached result: its content's hash, what its lint read on disk (env files, `< file` bodies), the report. */
interface Entry {
  hash: string;
  /** Paths the splitter consulted, with their disk signature then (a different one now: linted again). */
  reads: [string, string][];
  diagnostics: FileReport['diagnostics'];
  skipped?: string;
}

interface CacheFile {
  tool: 'llm-preflight';
  /** Hash of the tool (version, bundle, rule set) and the run's effective settings: another key, another cache. */
  key: string;
  entries: Record<string, Entry>;
}

export interface CheckCache {
  /** The cached report of `file` when its content and everything its lint read are unchanged. */
  get(file: string): { report: FileReport; hash: string } | { hash: string } | null;
  set(file: string, hash: string, report: FileReport, reads: [string, string][]): void;
  /** Writes the cache file (atomically: a temporary file renamed over it); returns a problem in words, or null. */
  save(): string | null;
  /** Why the existing cache file was ignored (unreadable, not a cache), once, or null. */
  note: string | null;
}

/** `--cache-location`, else `node_modules/.cache/llm-preflight/check.json` when there is node_modules, else `.llm-preflight-cache`. */
export function defaultCacheLocation(cwd: string): string {
  return existsSync(join(cwd, 'node_modules')) ? join(cwd, 'node_modules', '.cache', 'llm-preflight', 'check.json') : join(cwd, '.llm-preflight-cache');
}

/**
 * ESLint's `--cache` for `check`: a file whose content hash, settings, tool and whose disk reads are
 * unchanged is not linted again; its findings come from the cache, so the output is the same. The key
 * holds the tool's version, a hash of the running bundle (a rebuilt rule is another tool), the rule ids and
 * the effective options; a cache file that cannot be read is ignored with a note and rewritten.
 */
export function openCache(location: string, tool: { version: string; script?: string }, options: LintFileOptions): CheckCache {
  const { docsUrl, ...settings } = options;
  const key = sha256(
    JSON.stringify({
      version: tool.version,
      bundle: tool.script ? fileHash(tool.script) : '',
      rules: [...RULES_BY_ID.keys()].sort(),
      settings,
      docs: docsUrl !== undefined,
    }),
  );
  let note: string | null = null;
  let entries: Record<string, Entry> = {};
  if (existsSync(location)) {
    try {
      const parsed = JSON.parse(readFileSync(location, 'utf8')) as CacheFile;
      if (parsed?.tool !== 'llm-preflight' || typeof parsed.entries !== 'object' || parsed.entries === null) throw new Error('not a cache file of llm-preflight');
      if (parsed.key === key) entries = parsed.entries;
    } catch (error) {
      note = `the cache ${location} was not read (${error instanceof SyntaxError ? 'not valid JSON' : ioErrorInWords(error)}); every file is linted, and the cache written anew.`;
    }
  }
  return {
    note,
    get(file) {
      let text: Buffer;
      try {
        text = readFileSync(file);
      } catch {
        return null; // the lint says why
      }
      const hash = sha256(text);
      const entry = entries[resolve(file)];
      if (!entry || entry.hash !== hash || !Array.isArray(entry.reads) || !Array.isArray(entry.diagnostics)) return { hash };
      for (const [path, signature] of entry.reads) if (diskSignature(path) !== signature) return { hash };
      return { hash, report: { file, diagnostics: entry.diagnostics, ...(entry.skipped ? { skipped: entry.skipped } : {}) } };
    },
    set(file, hash, report, reads) {
      entries[resolve(file)] = { hash, reads, diagnostics: report.diagnostics, ...(report.skipped ? { skipped: report.skipped } : {}) };
    },
    save() {
      const data: CacheFile = { tool: 'llm-preflight', key, entries };
      try {
        mkdirSync(dirname(location), { recursive: true });
        const temporary = `${location}.${process.pid}.tmp`;
        writeFileSync(temporary, JSON.stringify(data));
        renameSync(temporary, location);
        return null;
      } catch (error) {
        return `the cache ${location} was not written: ${ioErrorInWords(error)}`;
      }
    },
  };
}

function sha256(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

function fileHash(file: string): string {
  try {
    return sha256(readFileSync(file));
  } catch {
    return '';
  }
}
