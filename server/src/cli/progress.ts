import { plural } from './format.ts';

/** Where progress is drawn: a terminal's stderr (one line, redrawn in place). */
export interface ProgressTerminal {
  write(text: string): void;
  /** Terminal width; the line is cut to it so it never wraps. */
  columns?: number;
}

export interface Progress {
  /** A file (or part of a streamed batch file) is done: its bytes, and the requests it held when known. */
  advance(bytes: number, requests?: number, fileDone?: boolean): void;
  /** Writes `text` (a stderr message) above the progress line. */
  say(text: string): void;
  stop(): void;
}

export interface ProgressOptions {
  files: number;
  totalBytes: number;
  /** No line before this much time has passed: short runs print nothing. Default 1 s; 0 also redraws at every step (tests). */
  delayMs?: number;
  now?: () => number;
}

const REDRAW_MS = 100;

/**
 * Progress of a long `check` run on a terminal's stderr: files, requests, MB/s and time left, redrawn in
 * place at most every 100 ms once the run has taken a second. Only made when stderr is a terminal and
 * `--no-progress` is not given (check.ts), so piped and redirected output never holds it.
 */
export function createProgress(terminal: ProgressTerminal, options: ProgressOptions): Progress {
  const now = options.now ?? (() => performance.now());
  const started = now();
  const delay = options.delayMs ?? 1000;
  let files = 0;
  let requests = 0;
  let bytes = 0;
  let drawn = false;
  let lastDraw = -Infinity;
  const clear = () => {
    if (drawn) terminal.write('\r\u001b[K');
    drawn = false;
  };
  const draw = (force = false) => {
    const t = now();
    if (t - started < delay || (!force && delay > 0 && t - lastDraw < REDRAW_MS)) return;
    lastDraw = t;
    const seconds = (t - started) / 1000;
    const rate = bytes / 1024 / 1024 / seconds;
    const left = bytes > 0 && options.totalBytes > bytes ? ((options.totalBytes - bytes) / bytes) * seconds : 0;
    const parts = [
      `${files}/${plural(options.files, 'file')}`,
      ...(requests ? [plural(requests, 'request')] : []),
      `${mb(bytes)} of ${mb(options.totalBytes)} MB`,
      `${rate.toFixed(1)} MB/s`,
      ...(left >= 1 ? [`about ${duration(left)} left`] : bytes > 0 ? ['finishing'] : []),
    ];
    const line = `llm-preflight: ${parts.join(', ')}`;
    terminal.write(`\r\u001b[K${terminal.columns ? line.slice(0, terminal.columns - 1) : line}`);
    drawn = true;
  };
  // The time and rate move on while one large job runs, too.
  const timer = setInterval(() => draw(), 500);
  timer.unref();
  return {
    advance(moreBytes, moreRequests = 0, fileDone = false) {
      bytes += moreBytes;
      requests += moreRequests;
      if (fileDone) files++;
      draw();
    },
    say(text) {
      clear();
      terminal.write(text);
      draw(true);
    },
    stop() {
      clearInterval(timer);
      clear();
    },
  };
}

function mb(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1);
}

function duration(seconds: number): string {
  if (seconds < 90) return `${Math.round(seconds)} s`;
  return `${Math.floor(seconds / 60)} min ${Math.round(seconds % 60)} s`;
}
