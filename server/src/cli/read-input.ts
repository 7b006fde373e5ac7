import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { ioErrorInWords } from './io-errors.ts';

export class InputReadError extends Error {}

/** The most `explain` or `check -` reads (a file, a pipe or standard input): far above any log worth pasting. */
export const MAX_INPUT_BYTES = 256 * 1024 * 1024;

/**
 * Reads the input (a file or standard input); I/O problems become InputReadError (exit 2). A regular
 * file over MAX_INPUT_BYTES is refused before reading; a pipe is read in chunks and refused once past it.
 */
export function readInput(input: string, maxBytes = MAX_INPUT_BYTES): string {
  const name = input === '-' ? 'standard input' : input;
  const tooLarge = () => new InputReadError(`cannot read ${name}: it is larger than ${Math.round(maxBytes / 1024 / 1024)} MB, the most llm-preflight reads from one input.`);
  let fd: number | undefined;
  try {
    fd = input === '-' ? 0 : openSync(input, 'r');
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    if (stat.isFile() && stat.size > maxBytes) throw tooLarge();
    const chunks: Buffer[] = [];
    let total = 0;
    const chunk = Buffer.allocUnsafe(1024 * 1024);
    for (;;) {
      let n: number;
      try {
        n = readSync(fd, chunk, 0, chunk.length, null);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EOF') break;
        throw error;
      }
      if (n === 0) break;
      total += n;
      if (total > maxBytes) throw tooLarge();
      chunks.push(Buffer.from(chunk.subarray(0, n)));
    }
    return Buffer.concat(chunks, total).toString('utf8');
  } catch (error) {
    if (error instanceof InputReadError) throw error;
    throw new InputReadError(`cannot read ${name}: ${ioErrorInWords(error)}`);
  } finally {
    if (fd !== undefined && fd !== 0) closeSync(fd);
  }
}

