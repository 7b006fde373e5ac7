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
