/**
 * Classifies an error payload that no catalog entry documents into a kind (rules/errors/kinds.ts):
 * from its identifiers (exact, case-insensitive) and from literal phrase families in its messages.
 *
 * Linear time and no regular expressions: all phrases of all kinds form one Aho-Corasick automaton
 * (NeedleSet) that scans the normalised messages once; a hit counts when an ASCII phrase starts a
 * word, after anything but a letter or digit (so "iam" does not fire inside "william"). When several kinds are named, the first kind in the
 * table wins (specific verdicts before generic ones; see kinds.ts).
 */
import { KINDS, type ErrorKind } from '../../../../rules/errors/kinds.ts';
import { isAsciiLetter, isDigit, NeedleSet, normalizeForMatch } from './scan.ts';
import type { ErrorPayload } from './types.ts';

/** How much of the messages is read (a kind is named near the top of a message, not 10 kB in). */
const MAX_CHARS = 16000;

interface Table {
  needles: NeedleSet;
  /** needle index -> rank: the index of its kind in KINDS, plus KINDS.length for a weak phrase */
  kindOf: number[];
  /** needle starts with an ASCII letter: needs a word start */
  wordStart: boolean[];
  codes: Map<string, number>;
}

let table: Table | undefined;
function build(kinds: readonly ErrorKind[]): Table {
  const list: string[] = [];
  const kindOf: number[] = [];
  const codes = new Map<string, number>();
  kinds.forEach((kind, k) => {
    // a weak phrase ranks after every kind's ordinary phrases: rank kinds.length + k
    const add = (p: string, rank: number) => {
      const n = normalizeForMatch(p).trim();
      if (!n) return;
      list.push(n);
      kindOf.push(rank);
    };
    for (const p of kind.phrases) add(p, k);
    for (const p of kind.weakPhrases ?? []) add(p, kinds.length + k);
    for (const c of kind.codes) if (!codes.has(codeKey(c))) codes.set(codeKey(c), k);
  });
  return { needles: new NeedleSet(list), kindOf, wordStart: list.map((n) => isAsciiLetter(n.charCodeAt(0))), codes };
}

/**
 * A code as the table keys it: lower case, hyphens as underscores ("permission-denied" is xAI's
 * spelling of permission_denied, "rate-limit-exceeded" a gateway's of rate_limit_exceeded).
 */
function codeKey(code: string): string {
  return code.toLowerCase().replaceAll('-', '_');
}

/** The text searched: every message and the exception name, normalised, bounded. */
function haystack(payload: ErrorPayload): string {
  let joined = payload.exception ?? '';
  for (const m of payload.messages) {
    if (joined.length > MAX_CHARS) break;
    joined += '\n' + (m.length > MAX_CHARS ? m.slice(0, MAX_CHARS) : m);
  }
  return normalizeForMatch(joined);
}

/** Characters scanned by the last classifyPayload call (adversarial.test.ts bounds it). */
let work = 0;
export function lastClassifyWork(): number {
  return work;
}

/**
 * Calls `visit` with every identifier-shaped word of the exception name and the messages (bounded like
 * the haystack): CamelCase with an inner capital (ResourceExhausted, RateLimitError), or words joined
 * by underscores (insufficient_quota, RESOURCE_EXHAUSTED). Plain words ("forbidden", "SAFETY") are
 * prose, not codes, and are skipped. A dotted name counts by its last part. One pass, no backtracking.
 */
function forEachIdentifier(payload: ErrorPayload, visit: (word: string) => void): void {
  const texts = payload.exception ? [payload.exception, ...payload.messages] : payload.messages;
  let budget = MAX_CHARS;
  for (const text of texts) {
    const n = Math.min(text.length, budget);
    budget -= n;
    work += n;
    let i = 0;
    while (i < n) {
      if (!isWordChar(text.charCodeAt(i))) {
        i++;
        continue;
      }
      const s = i;
      let upperAfterLower = false;
      let underscore = false;
      let letters = 0;
      while (i < n && isWordChar(text.charCodeAt(i))) {
        const c = text.charCodeAt(i);
        if (c === 95) underscore = true;
        else if (isAsciiLetter(c)) {
          letters++;
          if (c <= 90 && i > s && text.charCodeAt(i - 1) >= 97 && text.charCodeAt(i - 1) <= 122) upperAfterLower = true;
        }
        i++;
      }
      if (letters >= 4 && i - s <= 64 && (upperAfterLower || (underscore && isAsciiLetter(text.charCodeAt(s))))) visit(text.slice(s, i));
    }
    if (budget <= 0) break;
  }
}

function isWordChar(c: number): boolean {
  return isAsciiLetter(c) || isDigit(c) || c === 95;
}

/** The kind a machine code names (exact, case-insensitive), or null: no phrases, no identifiers in prose. */
export function kindOfCodes(codes: readonly string[]): ErrorKind | null {
  const t = (table ??= build(KINDS));
  let best = -1;
  for (const code of codes) {
    const k = t.codes.get(codeKey(code));
    if (k !== undefined && (best < 0 || k < best)) best = k;
  }
  return best < 0 ? null : KINDS[best];
}

export interface KindMatch {
  kind: ErrorKind;
  /** What recognised it: the identifier or the phrase. */
  evidence: string;
}

/** The kind of a payload, or null when neither its identifiers nor its wording name one. */
export function classifyPayload(payload: ErrorPayload, kinds: readonly ErrorKind[] = KINDS, options: { phrasesOnly?: boolean } = {}): KindMatch | null {
  const t = kinds === KINDS ? (table ??= build(KINDS)) : build(kinds);
  // the first evidence per rank (kind index; weak phrases rank after every kind)
  const found: (string | undefined)[] = new Array(2 * kinds.length);
  const note = (rank: number, evidence: string) => {
    if (found[rank] === undefined) found[rank] = evidence;
  };
  for (const code of options.phrasesOnly ? [] : payload.codes) {
    const k = t.codes.get(codeKey(code));
    if (k !== undefined) note(k, code);
  }
  // identifiers printed in the message or as the exception ("Exception Type: ResourceExhausted",
  // "google.api_core.exceptions.PermissionDenied", "err=no_available_candidate") are codes too
  work = 0;
  if (!options.phrasesOnly) {
    forEachIdentifier(payload, (word) => {
      const k = t.codes.get(codeKey(word));
      if (k !== undefined) note(k, word);
    });
  }
  const h = haystack(payload);
  work += h.length + payload.codes.length;
  t.needles.scan(h, (i, end) => {
    const k = t.kindOf[i];
    if (found[k] !== undefined) return;
    const needle = t.needles.needles[i];
    const start = end - needle.length;
    // a word start: after anything but a letter or digit ("error_provider_error" counts, "william" not)
    if (t.wordStart[i] && start > 0 && (isAsciiLetter(h.charCodeAt(start - 1)) || isDigit(h.charCodeAt(start - 1)))) return;
    found[k] = needle;
  });
  for (let rank = 0; rank < found.length; rank++) {
    const evidence = found[rank];
    if (evidence === undefined) continue;
    const kind = kinds[rank % kinds.length];
    // a kind that needs a companion phrase (a local address) steps aside for the next one without it
    if (kind.onlyWith && !kind.onlyWith.some((p) => h.includes(p))) continue;
    // a generic kind stands aside when the status says something more specific (see onlyWithStatus)
    if (kind.onlyWithStatus && payload.status !== null && !kind.onlyWithStatus.includes(payload.status)) return null;
    return { kind, evidence };
  }
  return null;
}
