/**
 * Input limits. A linter runs on every keystroke over whatever is opened, so documents beyond these
 * are skipped with an info finding that says which limit applied and how to raise it.
 */
export interface Limits {
  /** Largest document, in UTF-16 code units (≈ bytes for ASCII). */
  maxDocumentChars: number;
}

export const DEFAULT_LIMITS: Limits = {
  maxDocumentChars: 20 * 1024 * 1024,
};

const BINARY_PROBE = 8192;

/** Why the document must be skipped, or null. */
export function checkLimits(text: string, limits: Limits): string | null {
  if (text.length > limits.maxDocumentChars) {
    return `Not linted: the document has ${formatSize(text.length)}, over the ${formatSize(limits.maxDocumentChars)} limit (setting llmPreflight.maxFileSizeMB, CLI --max-file-size-mb).`;
  }
  if (text.slice(0, BINARY_PROBE).includes('\u0000')) {
    return 'Not linted: the document contains NUL bytes, so it looks binary rather than a request file.';
  }
  return null;
}

export function formatSize(chars: number): string {
  return chars >= 1024 * 1024 ? `${(chars / 1024 / 1024).toFixed(1)} MB` : `${Math.round(chars / 1024)} KB`;
}

/**
 * The most a front end reads of one file into a string: V8 strings stop near 512 Mi UTF-16 units
 * (`ERR_STRING_TOO_LONG`), and a file that large is no request file.
 */
export const MAX_READ_FILE_BYTES = 500 * 1024 * 1024;

/**
 * Why a file of `bytes` bytes must be skipped without reading it, or null when it must be read (and
 * `checkLimits` decides on its text). UTF-8 needs at most 3 bytes per UTF-16 unit, so a file over three
 * times the character limit is over it for sure; this spares reading a 2 GB file to skip it.
 */
export function checkFileSize(bytes: number, limits: Limits): string | null {
  if (bytes > 3 * limits.maxDocumentChars) {
    return `Not linted: the file has ${formatSize(bytes)}, over the ${formatSize(limits.maxDocumentChars)} limit (setting llmPreflight.maxFileSizeMB, CLI --max-file-size-mb).`;
  }
  if (bytes > MAX_READ_FILE_BYTES) {
    return `Not linted: the file has ${formatSize(bytes)}, over the ${formatSize(MAX_READ_FILE_BYTES)} the linter reads from one file.`;
  }
  return null;
}
