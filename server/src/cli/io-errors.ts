/** Node's error codes for the file problems a user can hit, in words ("x: is a directory"). */
const IN_WORDS: Record<string, string> = {
  ENOENT: 'no such file or directory',
  ENOTDIR: 'a part of the path is not a directory',
  EISDIR: 'is a directory',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ELOOP: 'too many symbolic links (a link loop)',
  ENAMETOOLONG: 'the name is too long',
  EMFILE: 'too many open files',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on the device',
  EIO: 'input/output error',
  EAGAIN: 'not ready to be read (a non-blocking input)',
};

/** `error`'s file problem in words, with Node's code in brackets for searching: "is a directory (EISDIR)". */
export function ioErrorInWords(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code && IN_WORDS[code]) return `${IN_WORDS[code]} (${code})`;
  if (code) return code;
  return error instanceof Error ? error.message : String(error);
}
