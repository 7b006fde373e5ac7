import * as fs from 'node:fs';

/** REST Client streams bodies up to 10 MB (CombinedStream maxDataSize in httpRequestParser.ts); we read no more. */
export const MAX_READ_BYTES = 10 * 1024 * 1024;

/**
 * Reads a UTF-8 file, or returns undefined. Checks the file first: a FIFO or a device would block the
 * server, a directory throws, and a huge file would stall every keystroke.
 */
export function readTextFileSafely(absPath: string): string | undefined {
  try {
    const stat = fs.statSync(absPath);
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

/** Stat data used to invalidate caches; undefined when the path is not a readable regular file. */
export function fileStamp(absPath: string): string | undefined {
  try {
    const stat = fs.statSync(absPath);
    return stat.isFile() && stat.size <= MAX_READ_BYTES ? `${stat.mtimeMs}:${stat.size}` : undefined;
  } catch {
    return undefined;
  }
}
