/**
 * `{{variables}}` inside JSON bodies (REST Client, httpyac, JetBrains) are masked before parsing so that
 * they neither break the parse nor produce findings. Masking keeps every offset: a placeholder in value
 * position becomes a string of the same length, a placeholder inside a string keeps its length too.
 * Either way the resulting string carries TEMPLATE_MARK, so rules can tell "unknown at lint time" apart
 * from a real value.
 */
export const TEMPLATE_MARK = '\uE000';

/** True when a parsed value came (wholly or partly) from a `{{variable}}`: its real value is unknown. */
export function isTemplated(value: unknown): boolean {
  return typeof value === 'string' && value.includes(TEMPLATE_MARK);
}

const MAX_PLACEHOLDER = 512;

/** Returns the text with every `{{...}}` masked (same length), or the text itself when it has none. */
export function maskTemplates(text: string): string {
  let open = text.indexOf('{{');
  if (open < 0) return text;
  const out: string[] = [];
  let copiedUpTo = 0;
  let inString = false;
  let scanFrom = 0;
  const stops = { at: -1 };
  while (open >= 0) {
    // Advance the string state from scanFrom to open.
    for (let i = scanFrom; i < open; i++) {
      const c = text.charCodeAt(i);
      if (c === 92 /* \ */ && inString) i++;
      else if (c === 34 /* " */) inString = !inString;
      else if ((c === 10 || c === 13) && inString) inString = false; // strings never span lines
    }
    const close = findClose(text, open + 2, stops);
    if (close < 0) {
      scanFrom = open;
      open = text.indexOf('{{', open + 2);
      continue;
    }
    out.push(text.slice(copiedUpTo, open));
    const inner = sanitize(text.slice(open + 2, close));
    out.push(inString ? TEMPLATE_MARK + '{' + inner + '}' + TEMPLATE_MARK : '"' + TEMPLATE_MARK + inner + TEMPLATE_MARK + '"');
    copiedUpTo = close + 2;
    scanFrom = copiedUpTo;
    open = text.indexOf('{{', copiedUpTo);
  }
  out.push(text.slice(copiedUpTo));
  return out.join('');
}

/**
 * The `}}` closing a placeholder on the same line within MAX_PLACEHOLDER characters, or -1. `stops.at`
 * remembers the first line end or `}}` at or after an earlier `from`; it is still the first one for any
 * later `from` up to it, so a run of `{{{{…` without a close costs one scan, not one per `{{`.
 */
function findClose(text: string, from: number, stops: { at: number }): number {
  if (stops.at < from) stops.at = nextStop(text, from);
  const stop = stops.at;
  return stop < text.length && text.charCodeAt(stop) === 125 && stop < from + MAX_PLACEHOLDER - 1 ? stop : -1;
}

/** The first line end or `}}` at or after `from` (text.length when there is none). */
function nextStop(text: string, from: number): number {
  for (let i = from; i < text.length - 1; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return i;
    if (c === 125 && text.charCodeAt(i + 1) === 125) return i;
  }
  return text.length;
}

/** Inner text becomes part of a JSON string: drop quotes, backslashes and control characters. */
function sanitize(inner: string): string {
  return inner.replace(/["\\\u0000-\u001f]/g, '_');
}
