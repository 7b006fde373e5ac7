import { open } from 'node:fs/promises';
import { StringDecoder } from 'node:string_decoder';

/**
 * A run of whole lines of a `.jsonl` file, as the streamed reader hands them on: the file's bytes, not
 * decoded. Its buffer is its own (never a slice of a shared pool), so it can be transferred to a lint
 * worker without a copy; the worker decodes it (`decodeChunk`).
 */
export interface LineChunk {
  /** The lines' bytes, each ending with its `\n` (the file's last line may have none). */
  bytes: Uint8Array;
  /** 0-based number of the chunk's first line in the file. */
  line: number;
  /** How many lines the chunk holds. */
  lines: number;
  /** Whether the chunk starts the file (a byte order mark there is not part of the line). */
  fileStart: boolean;
  /** Bytes of the file read so far, this chunk included (for progress). */
  bytesRead: number;
}

/** A line longer than the reader holds: left out, and said (`line` 0-based, `chars` in UTF-16 units). */
export interface LongLine {
  line: number;
  chars: number;
}

export interface ReadLinesOptions {
  /** About how many bytes a chunk holds (whole lines: a chunk ends at a line break). */
  chunkBytes?: number;
  /** The longest line kept, in characters (UTF-16 units, as the core's document limit); a longer one is dropped as it streams past and reported with `onLongLine`. */
  maxLineChars: number;
  onLongLine(long: LongLine): void;
  /** Each block of bytes as it is read (`--cache` hashes the file on the way). */
  onRead?(bytes: Uint8Array): void;
}

const NEWLINE = 0x0a;

/**
 * Reads a file in chunks of whole lines with bounded memory: about `chunkBytes` plus the longest kept line
 * (at most 3 bytes per character of `maxLineChars`). The main thread only looks for line breaks (a byte
 * search): decoding is the consumer's. A chunk ends at a `\n` byte, which is never inside a UTF-8
 * sequence, so decoding chunks one by one gives the text `readFileSync(file, 'utf8')` gives, offsets included.
 * A line is measured in characters only when its bytes exceed the limit (then decoded, or counted as it
 * streams past).
 */
export async function* readLineChunks(file: string, options: ReadLinesOptions): AsyncGenerator<LineChunk> {
  const chunkBytes = Math.max(1, options.chunkBytes ?? 512 * 1024);
  const limit = options.maxLineChars;
  const handle = await open(file, 'r');
  try {
    const block = Buffer.allocUnsafe(chunkBytes);
    let line = 0; // number of the next line handed on (the unfinished one's, while it is read)
    let fileStart = true;
    let bytesRead = 0;
    // The unfinished line: its bytes so far (copies), and once they exceed the limit, its characters.
    let open: Buffer[] = [];
    let openBytes = 0;
    let counting: { decoder: StringDecoder; chars: number } | null = null;
    // A line over the limit: its number and length so far, while the rest of it streams past.
    let dropping: (LongLine & { decoder: StringDecoder }) | null = null;

    /** Whole lines (the open line's bytes, then `tail`) as chunks, any line over the limit left out and said. */
    const emit = function* (tail: Buffer): Generator<LineChunk> {
      const bytes = own(open, openBytes, tail);
      open = [];
      openBytes = 0;
      counting = null;
      let from = 0; // start of the run of kept lines
      let lines = 0; // lines in that run
      for (let start = 0; start < bytes.length; ) {
        const nl = bytes.indexOf(NEWLINE, start);
        const end = nl < 0 ? bytes.length : nl;
        const chars = end - start > limit ? bytes.toString('utf8', start, end).length : 0;
        if (chars > limit) {
          if (start > from) yield chunk(copy(bytes.subarray(from, start)), lines);
          options.onLongLine({ line, chars });
          line++;
          fileStart = false;
          from = end + 1;
          lines = 0;
        } else lines++;
        start = end + 1;
      }
      if (from < bytes.length) yield chunk(from === 0 ? bytes : copy(bytes.subarray(from)), lines);
    };
    const chunk = (bytes: Buffer, lines: number): LineChunk => {
      const c = { bytes, line, lines, fileStart, bytesRead };
      line += lines;
      fileStart = false;
      return c;
    };
    /** Bytes of the unfinished line: kept, or counted past once the line is known to be over the limit. */
    const addOpen = (data: Buffer) => {
      if (!data.length) return;
      open.push(copy(data));
      openBytes += data.length;
      if (counting) counting.chars += counting.decoder.write(data).length;
      else if (openBytes > limit) {
        const decoder = new StringDecoder('utf8');
        counting = { decoder, chars: open.reduce((n, part) => n + decoder.write(part).length, 0) };
      }
      if (counting && counting.chars > limit) {
        dropping = { line, chars: counting.chars, decoder: counting.decoder };
        open = [];
        openBytes = 0;
        counting = null;
      }
    };
    const endDropping = (long: LongLine & { decoder: StringDecoder }) => {
      long.chars += long.decoder.end().length;
      options.onLongLine({ line: long.line, chars: long.chars });
      line = long.line + 1;
      fileStart = false;
      dropping = null;
    };

    for (;;) {
      const { bytesRead: n } = await handle.read(block, 0, block.length, null);
      if (n === 0) break;
      bytesRead += n;
      let data = block.subarray(0, n);
      options.onRead?.(data);
      if (dropping) {
        const long: LongLine & { decoder: StringDecoder } = dropping;
        const nl = data.indexOf(NEWLINE);
        if (nl < 0) {
          long.chars += long.decoder.write(data).length;
          continue;
        }
        long.chars += long.decoder.write(data.subarray(0, nl)).length;
        endDropping(long);
        data = data.subarray(nl + 1);
      }
      const last = data.lastIndexOf(NEWLINE);
      if (last < 0) {
        addOpen(data);
        continue;
      }
      yield* emit(data.subarray(0, last + 1));
      addOpen(data.subarray(last + 1));
    }
    if (dropping) endDropping(dropping);
    else if (openBytes) yield* emit(Buffer.alloc(0));
  } finally {
    await handle.close();
  }
}

/** The text of a chunk's bytes (in this thread or a worker, where a transferred Buffer arrives as a Uint8Array). */
export function decodeChunk(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
}

/** A copy in a buffer of its own (Buffer.from may hand out a slice of a shared pool, which cannot be transferred). */
function copy(data: Uint8Array): Buffer {
  const bytes = Buffer.allocUnsafeSlow(data.length);
  bytes.set(data);
  return bytes;
}

/** `parts` then `tail` in one buffer of its own. */
function own(parts: Buffer[], partsBytes: number, tail: Buffer): Buffer {
  const bytes = Buffer.allocUnsafeSlow(partsBytes + tail.length);
  let at = 0;
  for (const part of parts) {
    bytes.set(part, at);
    at += part.length;
  }
  bytes.set(tail, at);
  return bytes;
}
