import { open } from 'node:fs/promises';
import { StringDecoder } from 'node:string_decoder';

/** A run of whole lines of a `.jsonl` file, as the streamed reader hands them on. */
export interface LineChunk {
  /** The lines' text, each ending with its `\n` (the file's last line may have none). */
  text: string;
  /** 0-based number of the chunk's first line in the file. */
  line: number;
  /** Whether the chunk starts the file (a byte order mark there is not part of the line). */
  fileStart: boolean;
  /** Bytes of the file read so far, this chunk included (for progress). */
  bytesRead: number;
}

/** A line longer than the reader holds: left out, and said (`line` 0-based). */
export interface LongLine {
  line: number;
  chars: number;
}

export interface ReadLinesOptions {
  /** About how many characters a chunk holds (whole lines: a chunk ends at a line break). */
  chunkChars?: number;
  /** The longest line kept; a longer one is dropped as it streams past and reported with `onLongLine`. */
  maxLineChars: number;
  onLongLine(long: LongLine): void;
}

const READ_BYTES = 1024 * 1024;

/**
 * Reads a file in chunks of whole lines with bounded memory: about `chunkChars` plus the longest kept
 * line. UTF-8 is decoded as `readFileSync(file, 'utf8')` does (a character split between two reads is
 * joined; invalid bytes become U+FFFD), so offsets in a chunk are the UTF-16 offsets of the whole text.
 */
export async function* readLineChunks(file: string, options: ReadLinesOptions): AsyncGenerator<LineChunk> {
  const chunkChars = options.chunkChars ?? 512 * 1024;
  const handle = await open(file, 'r');
  try {
    const decoder = new StringDecoder('utf8');
    const buffer = Buffer.allocUnsafe(READ_BYTES);
    let pending = ''; // whole lines not handed on yet, then the start of an unfinished line
    let open = 0; // characters of the unfinished line at the end of `pending`
    let pendingLines = 0; // line breaks in `pending`
    let line = 0; // number of pending's first line
    let fileStart = true;
    let bytesRead = 0;
    // A line over the limit: its number and length so far, while the rest of it streams past.
    let dropping: LongLine | null = null;
    const flush = function* (): Generator<LineChunk> {
      if (!pending) return;
      const chunk = { text: pending, line, fileStart, bytesRead };
      line += pendingLines;
      pending = '';
      pendingLines = 0;
      fileStart = false;
      yield chunk;
    };
    /** The whole lines in `pending` are handed on, the unfinished one is left out from here on. */
    const drop = function* (chars: number): Generator<LineChunk> {
      pending = pending.slice(0, pending.length - open);
      open = 0;
      yield* flush();
      dropping = { line, chars };
    };
    const take = function* (text: string): Generator<LineChunk> {
      let from = 0;
      if (dropping) {
        const end = text.indexOf('\n');
        if (end < 0) return void (dropping.chars += text.length);
        dropping.chars += end;
        options.onLongLine(dropping);
        line = dropping.line + 1;
        dropping = null;
        fileStart = false;
        from = end + 1;
      }
      let segment = from; // start of the text not yet added to `pending`
      for (let end = text.indexOf('\n', from); end >= 0; end = text.indexOf('\n', from)) {
        const length = open + end - from;
        if (length > options.maxLineChars) {
          pending += text.slice(segment, from);
          yield* drop(length);
          options.onLongLine(dropping!);
          line = dropping!.line + 1;
          dropping = null;
          segment = end + 1;
        } else pendingLines++;
        open = 0;
        from = end + 1;
        if (pending.length + from - segment >= chunkChars) {
          pending += text.slice(segment, from);
          segment = from;
          yield* flush();
        }
      }
      pending += text.slice(segment);
      open += text.length - from;
      if (open > options.maxLineChars) yield* drop(open);
    };
    for (;;) {
      const { bytesRead: n } = await handle.read(buffer, 0, buffer.length, null);
      if (n === 0) break;
      bytesRead += n;
      yield* take(decoder.write(buffer.subarray(0, n)));
    }
    yield* take(decoder.end());
    if (dropping) options.onLongLine(dropping);
    else yield* flush();
  } finally {
    await handle.close();
  }
}
