/**
 * Exception chains: one failure printed as several exceptions. Python prints the cause first
 * ("The above exception was the direct cause of the following exception:", "During handling of the
 * above exception, another exception occurred:"); Java and Go print it last ("Caused by: …",
 * "caused by: …"). The two payloads become one whose facts are the innermost exception's (its status,
 * codes and messages lead) and whose span covers both, so the wrappers named around either are in its
 * chain. Linear: each gap between neighbouring payloads is read once, bounded.
 */
import { addCode, addMessage, mergeFacts, emptyFacts, type Candidate, type Facts } from './facts.ts';

/** Gaps longer than this (a whole traceback between them) are read only at their ends. */
const GAP_WINDOW = 400;
/** How far past a cause the re-raising traceback is searched for wrapper names. */
const CHAIN_AFTER = 4000;

const CAUSE_FIRST = ['the above exception was the direct cause of the following exception', 'during handling of the above exception, another exception occurred'];
const CAUSE_LAST = ['caused by:', 'caused by '];

/**
 * Joins neighbouring payloads of one exception chain. `read(start, end)` returns the lower-cased text
 * (and counts the work).
 */
export function linkExceptionChains<C extends Candidate & { chainEnd?: number }>(
  list: C[],
  read: (start: number, end: number) => string,
  textLength: number,
  raw?: (start: number, end: number) => string,
): C[] {
  if (raw) for (let k = 0; k < list.length; k++) list[k] = indentedCause(list[k], read, raw, k + 1 < list.length ? list[k + 1].start : textLength);
  const out: C[] = [];
  // Python's cause comes first: when the outer exception is not a payload of its own, the traceback
  // after the marker (the frames of the frameworks that re-raised) still names who passed it on
  const extend = (c: C, limit: number): void => {
    const after = read(c.end, Math.min(limit, c.end + GAP_WINDOW));
    if (CAUSE_FIRST.some((m) => after.includes(m))) c.chainEnd = Math.min(limit, c.end + CHAIN_AFTER);
  };
  for (let k = 0; k < list.length; k++) {
    const c = list[k];
    if (k === list.length - 1) extend(c, textLength);
    const prev = out[out.length - 1];
    if (!prev) {
      out.push(c);
      continue;
    }
    const gapStart = prev.end;
    const gapEnd = c.start;
    if (gapEnd < gapStart) {
      out.push(c);
      continue;
    }
    // the marker sits right after the cause (Python) or right before it (Java, Go)
    const head = read(gapStart, Math.min(gapEnd, gapStart + GAP_WINDOW));
    const tail = gapEnd - gapStart > GAP_WINDOW ? read(Math.max(gapStart + GAP_WINDOW, gapEnd - GAP_WINDOW), gapEnd) : '';
    const causeFirst = CAUSE_FIRST.some((m) => head.includes(m));
    const lastLine = (tail || head).slice((tail || head).lastIndexOf('\n') + 1).trimStart();
    const causeLast = CAUSE_LAST.some((m) => lastLine.startsWith(m));
    if (!causeFirst && !causeLast) {
      out.push(c);
      continue;
    }
    const [inner, outer] = causeFirst ? [prev, c] : [c, prev];
    out[out.length - 1] = { ...inner, start: prev.start, end: c.end, facts: innerFirst(inner.facts, outer.facts) };
  }
  return out;
}

/** The inner exception's facts first; the outer's codes and messages after; the inner status wins. */
function innerFirst(inner: Facts, outer: Facts): Facts {
  const f = emptyFacts();
  mergeFacts(f, inner);
  const status = f.status;
  const rank = f.statusRank;
  mergeFacts(f, outer);
  if (status !== null) {
    if (f.status !== status) f.outerStatus ??= f.status;
    f.status = status;
    f.statusRank = Math.max(rank, f.statusRank);
  }
  f.exception = inner.exception ?? outer.exception;
  for (const c of outer.codes) addCode(f, c);
  for (const m of outer.messages) addMessage(f, m);
  return f;
}

/** At most this many indented cause lines are read after a bare "Caused by:" line. */
const MAX_CAUSE_LINES = 6;

/**
 * Rust's anyhow and eyre print the causes of an error on indented lines under a bare "Caused by:"
 * (`Error: Failed to call chat-completions api\n\nCaused by:\n    registry.ollama.ai/… does not support
 * tools`): the innermost cause is the provider's message, read as the payload's first message and its
 * span extended over it. `limit` is the next payload's start. Bounded: GAP_WINDOW, then the cause lines.
 */
function indentedCause<C extends Candidate>(c: C, read: (start: number, end: number) => string, raw: (start: number, end: number) => string, limit: number): C {
  const gapEnd = Math.min(limit, c.end + GAP_WINDOW);
  const gap = read(c.end, gapEnd);
  const at = gap.indexOf('caused by:');
  if (at < 0 || gap.slice(0, at).trim().length > 0) return c;
  let i = at + 'caused by:'.length;
  while (i < gap.length && (gap.charCodeAt(i) === 32 || gap.charCodeAt(i) === 9 || gap.charCodeAt(i) === 13)) i++;
  if (gap.charCodeAt(i) !== 10) return c;
  // the cause lines: indented, up to the first line that is not
  const start = c.end + i + 1;
  const tail = raw(start, Math.min(limit, start + GAP_WINDOW * 4));
  const causes: string[] = [];
  let pos = 0;
  while (pos < tail.length && causes.length < MAX_CAUSE_LINES) {
    let nl = tail.indexOf('\n', pos);
    if (nl < 0) nl = tail.length;
    const line = tail.slice(pos, nl);
    if (!(line.startsWith(' ') || line.startsWith('\t')) || !line.trim()) break;
    // "    0: outer" / "    1: inner" (anyhow's numbered list) or the bare text
    causes.push(stripIndex(line.trim()));
    pos = nl + 1;
  }
  if (!causes.length) return c;
  const f = emptyFacts();
  mergeFacts(f, c.facts);
  const inner = emptyFacts();
  for (const m of causes.reverse()) addMessage(inner, m);
  return { ...c, end: start + pos, facts: innerFirst(inner, f) };
}

/** "1: message" -> "message" (anyhow numbers the causes); other text unchanged. */
function stripIndex(line: string): string {
  let i = 0;
  while (i < line.length && i < 3 && line.charCodeAt(i) >= 48 && line.charCodeAt(i) <= 57) i++;
  return i > 0 && line.charCodeAt(i) === 58 && line.charCodeAt(i + 1) === 32 ? line.slice(i + 2) : line;
}
