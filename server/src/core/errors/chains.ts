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
export function linkExceptionChains<C extends Candidate & { chainEnd?: number }>(list: C[], read: (start: number, end: number) => string, textLength: number): C[] {
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
