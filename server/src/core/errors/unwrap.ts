/**
 * Terminal wrapping undone. A terminal (or a chat app) that wraps a long line inserts a line break and
 * indentation, sometimes only a run of spaces, anywhere — inside words and inside JSON strings:
 * `"messa\n  ge": "Rate limit reac    hed"`. The tolerant reader marks each such gap inside a string
 * with WRAP; whether the gap replaced a space or nothing cannot be known from the text, so messages
 * keep both readings (a space first, then glued), identifiers are glued.
 */

/** A private-use character: never in real API text. */
export const WRAP = '\uE000';

/** Identifiers (codes, types, request ids, keys) never contain the gap: glue. */
export function glue(s: string): string {
  return s.includes(WRAP) ? s.split(WRAP).join('') : s;
}

/** A message with gaps: [with a space, glued]; one reading when there is no gap. */
export function readings(s: string): string[] {
  if (!s.includes(WRAP)) return [s];
  const parts = s.split(WRAP);
  let spaced = '';
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i];
    if (i > 0 && !spaced.endsWith(' ') && !p.startsWith(' ') && spaced.length) spaced += ' ';
    spaced += p;
  }
  return [spaced.trim(), parts.join('').trim()];
}

/** Box-drawing bars that TUIs (Gemini CLI, Claude Code) draw at the edges of a wrapped line. */
export function isFrameChar(c: number): boolean {
  return c === 0x2502 || c === 0x2503 || c === 0x23bf || c === 0x2551;
}

/** Shortest line a terminal would have wrapped (narrow panes wrap near 80 columns; leave room). */
const WRAPPED_LINE_MIN = 40;
/** At most this many continuation lines are joined to one message. */
const MAX_CONTINUATIONS = 8;

/**
 * Lines a terminal made of one long message line: after a line of some length, each following line
 * indented by 3+ spaces (or a TUI frame bar) whose text starts like the middle of a sentence — not a
 * stack frame (`at …`, `File "…"`), not a new structure (`{`, `[`, a quote, a bullet, a status line).
 * Returns the [start, end) of each continuation's text. `lineEnd(l)` gives line l's end.
 */
export function continuationLines(text: string, starts: readonly number[], line: number, lineEnd: (l: number) => number): [number, number][] {
  const out: [number, number][] = [];
  let prevLen = lineEnd(line) - starts[line];
  for (let l = line + 1; l < starts.length && out.length < MAX_CONTINUATIONS; l++) {
    if (prevLen < WRAPPED_LINE_MIN) break;
    const s = starts[l];
    const e = lineEnd(l);
    let i = s;
    while (i < e && i - s < 80 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9 || isFrameChar(text.charCodeAt(i)))) i++;
    if (i >= e) break;
    // 3+ blanks (or a frame bar) indent a wrapped line; one or two do when the line before stopped inside a
    // sentence (on a letter) and this one goes on with a lower-case word: "…considered high\n risk"
    if (i - s < 3 && !(i > s && endsInWord(text, lineEnd(l - 1)) && isLower(text.charCodeAt(i)))) break;
    if (!continues(text, i)) break;
    out.push([i, e]);
    prevLen = e - s;
  }
  return out;
}

/** The line ending at `end` stops on a letter (mid-sentence), trailing blanks aside. */
function endsInWord(text: string, end: number): boolean {
  let k = end - 1;
  while (k >= 0 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9 || text.charCodeAt(k) === 13)) k--;
  const c = text.charCodeAt(k);
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

function isLower(c: number): boolean {
  return c >= 97 && c <= 122;
}

function continues(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (text.startsWith('at ', i) || text.startsWith('File "', i) || text.startsWith('File \'', i)) return false;
  if (c >= 97 && c <= 122) return true; // a lower-case word goes on
  if (c >= 65 && c <= 90) return !(text.startsWith('Traceback', i) || text.startsWith('During ', i) || text.startsWith('Caused by', i));
  if (c >= 48 && c <= 57) return false; // a status or a timestamp starts a new record
  return c === 40 || c === 46 || c === 44 || c === 58 || c === 59 || c === 41 || c >= 0x2e80; // ( . , : ; ) or CJK text
}
