/**
 * `llm-preflight explain - --follow`: a filter for a live stream (`python app.py 2>&1 | llm-preflight
 * explain - --follow`). Standard output carries the input byte for byte, as it arrives; each error is
 * explained once, on standard error, soon after it went past (so `> app.log` keeps the log clean while
 * the terminal shows both). Exit 0 when the input ends, 2 when it cannot be read.
 *
 * Bounded memory and linear time: only complete lines wait in `pending`, which is scanned when the
 * stream pauses (IDLE_MS), at the latest MAX_DELAY_MS after new text came, or when it passes
 * FLUSH_CHARS; after a scan all but the last KEEP_CHARS (whole lines, the context for an error still
 * arriving) are dropped, so each character is scanned a bounded number of times.
 */
import { StringDecoder } from 'node:string_decoder';
import type { Readable, Writable } from 'node:stream';
import type { Locale } from '../../../rules/errors/types.ts';
import { explainError, type ExplainedError } from '../lib.ts';
import { contractRecord, textBlock } from './explain.ts';

export const IDLE_MS = 150;
export const MAX_DELAY_MS = 1000;
export const FLUSH_CHARS = 256 * 1024;
export const KEEP_CHARS = 32 * 1024;
/** A line longer than this is scanned in pieces (a minified megabyte on one line must not wait for its end). */
const MAX_LINE_CHARS = FLUSH_CHARS;

export interface FollowOptions {
  locale: Locale;
  format: 'text' | 'json';
  idleMs?: number;
  maxDelayMs?: number;
}

interface Pos {
  line: number;
  character: number;
}
const before = (a: Pos, b: Pos) => a.line < b.line || (a.line === b.line && a.character < b.character);

export class ErrorFollower {
  /** Complete lines not yet dropped; `baseLine` is the input line number of its first line. */
  private pending = '';
  private baseLine = 0;
  /** How much of `pending` is new since the last scan (a scan with nothing new is skipped). */
  private fresh = 0;
  /** The end of the last explained error: an error starting before it was already explained. */
  private explainedUpTo: Pos = { line: -1, character: 0 };
  private partial = '';
  explained = 0;

  constructor(private readonly options: FollowOptions, private readonly emit: (text: string) => void) {}

  /** Text as it arrives; returns true when enough is pending to scan now. */
  push(text: string): boolean {
    const whole = this.partial + text;
    let cut = whole.lastIndexOf('\n') + 1;
    if (cut === 0 && whole.length > MAX_LINE_CHARS) cut = whole.length;
    this.pending += whole.slice(0, cut);
    this.partial = whole.slice(cut);
    this.fresh += cut;
    return this.pending.length >= FLUSH_CHARS;
  }

  /**
   * Scans what is pending. `final` (pause or end): every error is explained. Otherwise (a stream that does
   * not pause) errors reaching the last line wait: the rest of their body may still be coming.
   */
  scan(final: boolean, end = false): void {
    if (end && this.partial) {
      this.pending += this.partial;
      this.fresh += this.partial.length;
      this.partial = '';
    }
    if (!this.fresh) return;
    this.fresh = 0;
    const text = this.pending;
    const lastLine = lineCount(text) - 1;
    let held = false;
    for (const x of explainError(text, { locale: this.options.locale })) {
      if (!final && x.range.end.line >= lastLine - 1) {
        held = true;
        continue;
      }
      const shifted = this.shift(x);
      if (before(shifted.range.start, this.explainedUpTo)) continue;
      this.explainedUpTo = shifted.range.end;
      this.explained++;
      this.emit(this.options.format === 'json' ? `${JSON.stringify(contractRecord(shifted))}\n` : `llm-preflight: ${textBlock(shifted, this.options.locale)}\n\n`);
    }
    // A held error is looked at again at the next pause even if nothing new came.
    if (held) this.fresh = 1;
    this.trim();
  }

  /** Drops all but the last KEEP_CHARS of whole lines. */
  private trim(): void {
    if (this.pending.length <= KEEP_CHARS) return;
    let from = this.pending.indexOf('\n', this.pending.length - KEEP_CHARS) + 1;
    if (from <= 0) from = this.pending.length - KEEP_CHARS;
    this.baseLine += lineCount(this.pending.slice(0, from)) - 1;
    // A cut inside a line (no newline in reach) keeps counting that line as the same one.
    this.pending = this.pending.slice(from);
  }

  private shift(x: ExplainedError): ExplainedError {
    const move = (p: Pos) => ({ line: p.line + this.baseLine, character: p.character });
    return { ...x, range: { start: move(x.range.start), end: move(x.range.end) } };
  }
}

function lineCount(text: string): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/**
 * Runs the filter: input → output unchanged, explanations → `explanations`. Resolves with the number of
 * errors explained once the input has ended and everything is written.
 */
export function follow(input: Readable, output: Writable, explanations: Writable, options: FollowOptions): Promise<number> {
  const follower = new ErrorFollower(options, (text) => explanations.write(text));
  const decoder = new StringDecoder('utf8');
  const idleMs = options.idleMs ?? IDLE_MS;
  const maxDelayMs = options.maxDelayMs ?? MAX_DELAY_MS;
  let idle: NodeJS.Timeout | undefined;
  let due: NodeJS.Timeout | undefined;
  const clear = () => {
    clearTimeout(idle);
    clearTimeout(due);
    idle = due = undefined;
  };
  return new Promise((resolve, reject) => {
    input.on('data', (chunk: Buffer) => {
      // The input goes out as it came, bytes untouched; a slow reader slows the input down.
      if (!output.write(chunk)) {
        input.pause();
        output.once('drain', () => input.resume());
      }
      if (follower.push(decoder.write(chunk))) {
        clear();
        follower.scan(false);
        return;
      }
      clearTimeout(idle);
      idle = setTimeout(() => {
        clear();
        follower.scan(true);
      }, idleMs);
      due ??= setTimeout(() => {
        clear();
        follower.scan(false);
      }, maxDelayMs);
    });
    input.on('end', () => {
      clear();
      follower.push(decoder.end());
      follower.scan(true, true);
      // Resolve once both streams have taken everything written.
      output.write('', () => explanations.write('', () => resolve(follower.explained)));
    });
    input.on('error', (error) => {
      clear();
      reject(error);
    });
    // The reader went away (`… | llm-preflight explain - --follow | head`): stop quietly, like cat would.
    output.on('error', () => {
      clear();
      input.destroy();
      resolve(follower.explained);
    });
  });
}
