// Re-framing of the LSP byte stream on stdin, so one bad frame costs that frame and not the connection.
// vscode-jsonrpc trusts every Content-Length: a client that counts characters instead of UTF-8 bytes
// (too small) or that writes a broken header leaves the reader out of step, and every later message is
// read as garbage — the server stays up but never answers again. This transform forwards well-formed
// frames unchanged and, after a broken one, skips to the next real header. A real header is findable:
// JSON text never holds a raw CR or LF inside a string, so `Content-Length: <digits>\r\n` cannot occur
// inside a message body.
import { Transform, Writable, type TransformCallback } from 'node:stream';
import { format } from 'node:util';

const HEADER_END = Buffer.from('\r\n\r\n');
const LENGTH_HEADER = /content-length:[ \t]*\d+\r\n/gi;
/** A header block longer than this without its blank line is garbage. */
const MAX_HEADER_BYTES = 8 * 1024;

/** Offset of the last `Content-Length: N\r\n` in `bytes` at or after `from`, or -1. */
function lastLengthHeader(bytes: Buffer, from: number): number {
  // Headers are ASCII: latin1 maps bytes to characters one to one, so string offsets are byte offsets.
  const text = bytes.toString('latin1', from);
  let last = -1;
  for (const m of text.matchAll(LENGTH_HEADER)) last = m.index;
  return last < 0 ? -1 : from + last;
}

/** The Content-Length of a well-formed header block (`Key: value` lines), or -1. */
function contentLength(header: string): number {
  let length = -1;
  for (const line of header.split('\r\n')) {
    const m = /^([A-Za-z0-9-]+):[ \t]*(.*?)[ \t]*$/.exec(line);
    if (!m) return -1;
    if (m[1].toLowerCase() === 'content-length') {
      if (!/^\d{1,10}$/.test(m[2])) return -1;
      length = Number(m[2]);
    }
  }
  return length;
}

export class FrameResync extends Transform {
  private chunks: Buffer[] = [];
  private size = 0;
  /** Frames dropped so far (broken header, or a body that swallowed the next header). */
  dropped = 0;
  /** Inside a body: the buffer size that completes it, and the last bytes seen (a header may straddle chunks). */
  private waiting?: { need: number; carry: Buffer };

  constructor(private readonly onDrop?: (reason: string) => void) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.chunks.push(chunk);
    this.size += chunk.length;
    const waiting = this.waiting;
    if (waiting && this.size < waiting.need) {
      // Only a real header among the new bytes (a Content-Length that was too big) changes anything yet.
      const seam = Buffer.concat([waiting.carry, chunk.subarray(0, 3)]);
      if (seam.indexOf(HEADER_END) < 0 && chunk.indexOf(HEADER_END) < 0) {
        waiting.carry = Buffer.concat([waiting.carry, chunk]).subarray(-3);
        done();
        return;
      }
    }
    try {
      this.drain();
    } catch (error) {
      // Never let framing take the server down: forget what is buffered and start over.
      this.chunks = [];
      this.size = 0;
      this.waiting = undefined;
      this.skip(`framing error: ${(error as Error).message}`);
    }
    done();
  }

  private buffer(): Buffer {
    if (this.chunks.length > 1) this.chunks = [Buffer.concat(this.chunks, this.size)];
    return this.chunks[0] ?? Buffer.alloc(0);
  }

  private consume(bytes: number): void {
    const rest = this.buffer().subarray(bytes);
    this.chunks = rest.length ? [rest] : [];
    this.size = rest.length;
  }

  private skip(reason: string): void {
    this.dropped++;
    this.onDrop?.(reason);
  }

  private drain(): void {
    this.waiting = undefined;
    while (this.size > 0) {
      // Only the start of the buffer is needed to find the header; avoid joining a big body's chunks.
      const head = this.chunks[0].length >= MAX_HEADER_BYTES + 4 ? this.chunks[0] : this.buffer();
      const end = head.subarray(0, MAX_HEADER_BYTES + 4).indexOf(HEADER_END);
      if (end < 0) {
        if (head.length < MAX_HEADER_BYTES + 4) return; // wait for the rest of the header
        const next = lastLengthHeader(head.subarray(0, MAX_HEADER_BYTES + 4), 1);
        this.consume(next > 0 ? next : MAX_HEADER_BYTES);
        this.skip('header without an end');
        continue;
      }
      const length = contentLength(head.toString('latin1', 0, end));
      if (length < 0) {
        // Leftover bytes of a frame whose Content-Length was too small, or a broken header: resume at
        // the last real Content-Length header of the block, or after the block.
        const next = lastLengthHeader(head.subarray(0, end + 2), 1);
        this.consume(next > 0 ? next : end + 4);
        this.skip('broken header');
        continue;
      }
      const start = end + 4;
      const buffer = this.buffer();
      const body = buffer.subarray(start, Math.min(this.size, start + length));
      // A Content-Length that was too big: the body (so far) holds the next frame's header. Noticed
      // without waiting for the bytes the lie asked for, which may never come.
      const blank = body.indexOf(HEADER_END);
      const swallowed = blank >= 0 ? lastLengthHeader(body.subarray(0, blank + 2), 0) : -1;
      if (swallowed >= 0) {
        this.consume(start + swallowed);
        this.skip('body holds the next header');
        continue;
      }
      if (this.size < start + length) {
        this.waiting = { need: start + length, carry: buffer.subarray(Math.max(0, this.size - 3)) };
        return; // wait for the rest of the body
      }
      this.push(buffer.subarray(0, start + length));
      this.consume(start + length);
    }
  }
}

/**
 * With `--stdio`: stdin through FrameResync, and stdout. Passing streams to createConnection skips
 * vscode-languageserver's console patch, so `redirectConsole` must be called once the connection exists.
 */
export function stdioStreams(onDrop: (reason: string) => void): [NodeJS.ReadableStream, NodeJS.WritableStream] | undefined {
  if (!process.argv.includes('--stdio')) return undefined;
  return [process.stdin.pipe(new FrameResync(onDrop)), new FrameJoin(process.stdout)];
}

const CONTENT_LENGTH = Buffer.from('Content-Length:');

/**
 * The connection's output: vscode-jsonrpc writes each message as two writes, its header and then its body,
 * which on a pipe are two system calls that each wake the client. This holds a header until its body
 * comes and writes both as one buffer. Anything that is not a header (`Content-Length: N` ending in a
 * blank line) goes through as it came.
 */
export class FrameJoin extends Writable {
  private header?: Buffer;

  constructor(private readonly out: NodeJS.WritableStream) {
    super();
    out.on('error', (error: Error) => this.destroy(error));
    out.on('close', () => this.destroy());
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, done: (error?: Error | null) => void): void {
    if (!this.header && chunk.length < 64 && chunk.subarray(0, CONTENT_LENGTH.length).equals(CONTENT_LENGTH) && chunk.subarray(-4).equals(HEADER_END)) {
      this.header = chunk;
      done();
      return;
    }
    const data = this.header ? Buffer.concat([this.header, chunk]) : chunk;
    this.header = undefined;
    this.out.write(data, (error?: Error | null) => done(error));
  }

  override _final(done: (error?: Error | null) => void): void {
    if (!this.header) return done();
    const header = this.header;
    this.header = undefined;
    this.out.write(header, (error?: Error | null) => done(error));
  }
}

/** console.* goes to the client's log instead of stdout, where it would corrupt the protocol stream. */
export function redirectConsole(remote: { log(m: string): void; info(m: string): void; warn(m: string): void; error(m: string): void }): void {
  console.log = console.debug = (...args: unknown[]) => remote.log(format(...args));
  console.info = (...args: unknown[]) => remote.info(format(...args));
  console.warn = (...args: unknown[]) => remote.warn(format(...args));
  console.error = console.trace = (...args: unknown[]) => remote.error(format(...args));
}
