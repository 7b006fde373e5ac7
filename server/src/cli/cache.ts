import { createHash } from 'node:crypto';
import { createReadStream, existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { diskSignature } from '../core/http/files.ts';
import { RULES_BY_ID } from '../../../rules/index.ts';
import type { FileReport } from './format.ts';
import type { LintFileOptions } from './lint-file.ts';
import type { CacheStrategy } from './options.ts';
import { ioErrorInWords } from './io-errors.ts';

/** One file's cached result: its content's hash, what its lint read on disk (env files, `< file` bodies), the report. */
interface Entry {
  hash: string;
  /** The file's metadata when it was read (`statSignature`), when old enough to be trusted; else absent. */
  stat?: string;
  /**
   * Paths the splitter consulted, with their disk signature then (a different one now: linted again). In
   * the file, the index of the list in `readSets`: files of one folder consulted the same env files.
   */
  reads: Reads | number;
  diagnostics: FileReport['diagnostics'];
  skipped?: string;
}

/** What a streamed `.jsonl` file's lint reported, in order: runs of findings and the parts of it skipped. */
export type StreamedEvent = { findings: FileReport['diagnostics'] } | { partSkipped: string };

/** A streamed `.jsonl` file's cached result (batch/jsonl-file.ts), checked by size, then by a hash of its bytes. */
interface StreamedEntry {
  hash: string;
  stat?: string;
  size: number;
  events: StreamedEvent[];
  /** Requests (lines) linted, for progress. */
  requests: number;
}

type Reads = [string, string][];

interface CacheFile {
  tool: 'llm-preflight';
  /** The distinct `reads` lists, each checked once per run. */
  readSets?: Reads[];
  /** Hash of the tool (version, bundle, rule set) and the run's effective settings: another key, another cache. */
  key: string;
  entries: Record<string, Entry | StreamedEntry>;
}

export interface CheckCache {
  /**
   * The cached report of `file` when its content and everything its lint read are unchanged. With the
   * metadata strategy a file whose size, times and inode are those stored is not read at all; otherwise
   * (and always with the content strategy) it is read and its hash decides.
   */
  get(file: string): { report: FileReport; hash: string } | { hash: string } | null;
  set(file: string, hash: string, report: FileReport, reads: [string, string][]): void;
  /**
   * A streamed file's cached events when its bytes are unchanged: a file of another size is a miss
   * without reading it; with the metadata strategy one whose metadata is unchanged is a hit without reading
   * it; any other is hashed (streamed, bounded memory) and compared.
   */
  getStreamed(file: string): Promise<{ events: StreamedEvent[]; requests: number } | null>;
  /** Stores a streamed file's events under the hash of its bytes computed while it was read (`streamHash`). */
  setStreamed(file: string, hash: string, size: number, events: StreamedEvent[], requests: number): void;
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
export function openCache(location: string, tool: { version: string; script?: string }, options: LintFileOptions, strategy: CacheStrategy = 'metadata'): CheckCache {
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
  let entries: Record<string, Entry | StreamedEntry> = {};
  let readSets: Reads[] = [];
  let changed = false;
  if (existsSync(location)) {
    try {
      const parsed = JSON.parse(readFileSync(location, 'utf8')) as CacheFile;
      if (parsed?.tool !== 'llm-preflight' || typeof parsed.entries !== 'object' || parsed.entries === null) throw new Error('not a cache file of llm-preflight');
      if (parsed.key === key) (entries = parsed.entries), (readSets = Array.isArray(parsed.readSets) ? parsed.readSets : []);
      else changed = true;
    } catch (error) {
      note = `the cache ${location} was not read (${error instanceof SyntaxError ? 'not valid JSON' : ioErrorInWords(error)}); every file is linted, and the cache written anew.`;
    }
  }
  // The files a lint read are mostly the same few (env files looked for in each folder up to the root):
  // each is looked at once per run (a tree of 5 000 files: 50 000 stat calls, 1.2 s, become a few hundred).
  const signatures = new Map<string, string>();
  const signatureNow = (path: string) => {
    let signature = signatures.get(path);
    if (signature === undefined) signatures.set(path, (signature = diskSignature(path)));
    return signature;
  };
  // Each file's metadata as this run found it before reading it, stored with its entry when it is linted.
  const statsRead = new Map<string, string | undefined>();
  const racyMs = racyWindow();
  /** The file's metadata now (before any read), remembered for `set`; whether it equals the stored one. */
  const sameStat = (path: string, entry: Entry | StreamedEntry | undefined) => {
    const now = statSignature(path, racyMs);
    statsRead.set(path, now);
    return strategy === 'metadata' && now !== undefined && entry?.stat === now;
  };
  const reportOf = (file: string, entry: Entry): FileReport => ({ file, diagnostics: entry.diagnostics, ...(entry.skipped ? { skipped: entry.skipped } : {}) });
  const unchanged = (reads: Reads) => Array.isArray(reads) && reads.every(([path, signature]) => signatureNow(path) === signature);
  const setsUnchanged = new Map<number, boolean>();
  const readsUnchanged = (entry: Entry) => {
    if (typeof entry.reads !== 'number') return unchanged(entry.reads);
    let verdict = setsUnchanged.get(entry.reads);
    if (verdict === undefined) setsUnchanged.set(entry.reads, (verdict = unchanged(readSets[entry.reads])));
    return verdict;
  };
  return {
    note,
    get(file) {
      const path = keyOf(file);
      const stored = entries[path] as Entry | undefined;
      const entry = stored && typeof stored.hash === 'string' && (Array.isArray(stored.reads) || typeof stored.reads === 'number') && Array.isArray(stored.diagnostics) ? stored : undefined;
      if (sameStat(path, entry) && readsUnchanged(entry!)) return { hash: entry!.hash, report: reportOf(file, entry!) };
      let text: Buffer;
      try {
        text = readFileSync(file);
      } catch {
        return null; // the lint says why
      }
      const hash = sha256(text);
      if (!entry || entry.hash !== hash || !readsUnchanged(entry)) return { hash };
      // The same bytes under new metadata (a checkout, a copy, a touch): kept, and trusted by it next time.
      const stat = statsRead.get(path);
      if (stat !== entry.stat) (entry.stat = stat), (changed = true);
      return { hash, report: reportOf(file, entry) };
    },
    set(file, hash, report, reads) {
      const path = keyOf(file);
      entries[path] = { hash, ...stampOf(statsRead.get(path)), reads, diagnostics: report.diagnostics, ...(report.skipped ? { skipped: report.skipped } : {}) };
      changed = true;
    },
    async getStreamed(file) {
      const path = keyOf(file);
      const entry = entries[path] as StreamedEntry | undefined;
      const valid = entry && Array.isArray(entry.events) && typeof entry.size === 'number' ? entry : undefined;
      const hit = (e: StreamedEntry) => ({ events: e.events, requests: e.requests ?? 0 });
      try {
        if (sameStat(path, valid)) return hit(valid!);
        if (!valid || statSync(file).size !== valid.size) return null;
        const hash = streamHash();
        for await (const bytes of createReadStream(file, { highWaterMark: 1024 * 1024 })) hash.update(bytes as Buffer);
        if (hash.digest() !== valid.hash) return null;
        const stat = statsRead.get(path);
        if (stat !== valid.stat) (valid.stat = stat), (changed = true);
        return hit(valid);
      } catch {
        return null; // the lint says why
      }
    },
    setStreamed(file, hash, size, events, requests) {
      const path = keyOf(file);
      entries[path] = { hash, ...stampOf(statsRead.get(path)), size, events, requests };
      changed = true;
    },
    save() {
      // Nothing linted anew (and the file read as it is): the cache on disk is already this one.
      if (!changed && !note && existsSync(location)) return null;
      const shared = sharedReads(entries, readSets);
      readSets = shared.readSets; // the entries' numbers now index this list (a second save must read them so)
      const data: CacheFile = { tool: 'llm-preflight', key, ...shared, entries };
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

/**
 * A file's metadata as the metadata strategy compares it: size, modification and change times (ms with
 * their fraction), inode. The change time cannot be set back (utimes sets it to now), so a file rewritten
 * to the same size with its old mtime restored still differs. Undefined for a file changed within the racy
 * window before now (git's "racily clean" entries): another write in the same timestamp tick could keep
 * every field, so such a file is hashed until it is older; any later write stamps a change time past the
 * window, so no finer time is needed (a bigint stat cost 6 % of a cached run). Undefined when unreadable.
 */
export function statSignature(path: string, racyMs = racyWindow()): string | undefined {
  try {
    const s = statSync(path);
    if (!s.isFile()) return undefined;
    if (Date.now() - Math.max(s.mtimeMs, s.ctimeMs) <= racyMs) return undefined;
    return `${s.size}:${s.mtimeMs}:${s.ctimeMs}:${s.ino}`;
  } catch {
    return undefined;
  }
}

/**
 * 2 s, compared with `<=`: no finer than FAT's 2 s timestamps and coarser than ext4's, APFS's or NTFS's.
 * LLM_PREFLIGHT_CACHE_RACY_MS sets it (tests, which write files and check at once).
 */
function racyWindow(): number {
  const ms = Number(process.env.LLM_PREFLIGHT_CACHE_RACY_MS);
  return process.env.LLM_PREFLIGHT_CACHE_RACY_MS && ms >= 0 ? ms : 2000;
}

function stampOf(stat: string | undefined): { stat?: string } {
  return stat === undefined ? {} : { stat };
}

/** The entries with each distinct `reads` list stored once, in `readSets`, and named by its index. */
function sharedReads(entries: Record<string, Entry | StreamedEntry>, loaded: Reads[]): { readSets: Reads[] } {
  const readSets: Reads[] = [];
  const index = new Map<string, number>();
  for (const entry of Object.values(entries)) {
    if (!('reads' in entry)) continue;
    const reads = typeof entry.reads === 'number' ? loaded[entry.reads] : entry.reads;
    const text = JSON.stringify(reads);
    let at = index.get(text);
    if (at === undefined) index.set(text, (at = readSets.push(reads) - 1));
    entry.reads = at;
  }
  return { readSets };
}

/** The key of a file: the walk gives absolute, normalised paths (resolving them again cost 5 % of a cached run). */
function keyOf(file: string): string {
  return isAbsolute(file) ? file : resolve(file);
}

/** The hash of a streamed file's bytes, fed as they are read. */
export function streamHash(): { update(bytes: Uint8Array): void; digest(): string } {
  const hash = createHash('sha256');
  return { update: (bytes) => void hash.update(bytes), digest: () => hash.digest('hex') };
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
