/**
 * The bounded batch of terminal output sent to the finder for one hovered line: the line itself, and
 * when the terminal's log has it, the lines around it (a JSON body printed over many lines, a traceback
 * above its last line). Pure, so the unit tests and the benchmark drive it without VS Code.
 */
/** Lines of context before and after the hovered line. */
export const LINES_BEFORE = 120;
export const LINES_AFTER = 60;
/** And at most this many characters on each side: the finder's work per hovered line stays bounded. */
export const CHARS_EACH_SIDE = 32 * 1024;

export interface OutputWindow {
  text: string;
  /** Where the hovered line starts and ends inside `text`. */
  from: number;
  to: number;
}

/**
 * The window around `line` in `log` (its last whole-line occurrence: the terminal shows the newest output
 * at the bottom), or the line alone when the log does not hold it.
 */
export function windowAround(log: string, line: string): OutputWindow {
  const wanted = line.trimEnd();
  const alone = { text: line, from: 0, to: line.length };
  if (!wanted.trim() || !log) return alone;
  let at = log.lastIndexOf(wanted);
  // Only a match that starts a line and ends one (the terminal trims trailing blanks) is this line.
  // (a bounded number of tries: a line repeated inside longer lines cannot make this quadratic)
  for (let tries = 0; at >= 0 && !(isLineStart(log, at) && isLineEnd(log, at + wanted.length)); tries++) {
    at = at > 0 && tries < 64 ? log.lastIndexOf(wanted, at - 1) : -1;
  }
  if (at < 0) return alone;
  let start = at;
  for (let k = 0; k < LINES_BEFORE && start > 0 && at - start < CHARS_EACH_SIDE; k++) {
    const nl = log.lastIndexOf('\n', start - 2);
    start = nl < 0 ? 0 : nl + 1;
  }
  start = Math.max(start, at - CHARS_EACH_SIDE);
  let end = at + wanted.length;
  for (let k = 0; k < LINES_AFTER && end < log.length && end - at < CHARS_EACH_SIDE; k++) {
    const nl = log.indexOf('\n', end + 1);
    end = nl < 0 ? log.length : nl;
  }
  end = Math.min(end, at + wanted.length + CHARS_EACH_SIDE);
  return { text: log.slice(start, end), from: at - start, to: at - start + wanted.length };
}

function isLineStart(log: string, at: number): boolean {
  return at === 0 || log.charCodeAt(at - 1) === 10;
}

function isLineEnd(log: string, at: number): boolean {
  for (let i = at; i < log.length; i++) {
    const c = log.charCodeAt(i);
    if (c === 10) return true;
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

/** The part of an error's span [start, end) on the hovered line, relative to the line, or null. */
export function linkRange(window: OutputWindow, start: number, end: number, line: string): { startIndex: number; length: number } | null {
  let s = Math.max(start, window.from) - window.from;
  const e = Math.min(end, window.to) - window.from;
  // The link starts at the text, not at the indentation.
  while (s < e && (line.charCodeAt(s) === 32 || line.charCodeAt(s) === 9)) s++;
  return e > s ? { startIndex: s, length: e - s } : null;
}
