import * as fs from 'node:fs';

/** REST Client streams bodies up to 10 MB (CombinedStream maxDataSize in httpRequestParser.ts); we read no more. */
export const MAX_READ_BYTES = 10 * 1024 * 1024;

/**
 * Reads a UTF-8 file, or returns undefined. Checks the file first: a FIFO or a device would block the
 * server, a directory throws, and a huge file would stall every keystroke.
 */
export function readTextFileSafely(absPath: string): string | undefined {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(absPath);
  } catch (error) {
    noteDiskRead(absPath, missingSignature(error));
    return undefined;
  }
  noteDiskRead(absPath, signatureOf(stat));
  try {
    if (!stat.isFile() || stat.size > MAX_READ_BYTES) return undefined;
    return fs.readFileSync(absPath, 'utf8');
  } catch {
    return undefined;
  }
}

/** A short reason why `readTextFileSafely` gave up on a path, for diagnostics. */
export function unreadableReason(absPath: string): string {
  try {
    const stat = fs.statSync(absPath);
    if (stat.isDirectory()) return 'it is a directory';
    if (!stat.isFile()) return 'it is not a regular file';
    if (stat.size > MAX_READ_BYTES) return 'it is larger than 10 MB';
    return 'it could not be read';
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return 'the file does not exist';
    if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
    if (code === 'ELOOP') return 'it is a symbolic link loop';
    return 'it could not be read';
  }
}

/** Signatures of the paths the splitter consulted while a `recordDiskReads` runs; null when none does. */
let consulted: Map<string, string> | null = null;

/**
 * Called by every reader of the splitter (body files, env files) with the path it looked at and the
 * signature of what it read (taken before reading: a change meanwhile shows as a difference later).
 */
export function noteDiskRead(absPath: string, signature: string): void {
  if (consulted && !consulted.has(absPath)) consulted.set(absPath, signature);
}

/** Runs `split` and returns the paths it consulted on disk (read, found missing or refused), with their signatures. */
export function recordDiskReads<T>(split: () => T): { value: T; reads: Map<string, string> } {
  const outer = consulted;
  const reads = new Map<string, string>();
  consulted = reads;
  try {
    return { value: split(), reads };
  } finally {
    consulted = outer;
    if (outer) for (const [p, signature] of reads) noteDiskRead(p, signature);
  }
}

/**
 * What a path is on disk now (kind, mtime, change time, size, inode, or why it is absent): an equal signature, the
 * same read. The change time cannot be set back, so a same-size rewrite with its old mtime restored still differs.
 */
export function diskSignature(absPath: string): string {
  try {
    return signatureOf(fs.statSync(absPath));
  } catch (error) {
    return missingSignature(error);
  }
}

function signatureOf(s: fs.Stats): string {
  return `${s.isFile() ? 'f' : s.isDirectory() ? 'd' : 'o'}:${s.mtimeMs}:${s.ctimeMs}:${s.size}:${s.ino}`;
}

function missingSignature(error: unknown): string {
  return `x:${(error as NodeJS.ErrnoException).code ?? ''}`;
}
