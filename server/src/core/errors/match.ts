/**
 * Picks the catalog entry that explains a payload.
 *
 * An entry matches when every condition it lists holds:
 * - `codes`: one of them equals (case-insensitively) one of the payload's identifiers;
 * - `messageIncludes`: one of them is a substring of the payload's messages or lines (normalised:
 *   lower case, full-width punctuation and curly quotes folded, blank runs collapsed);
 * - `status`: the payload's status is listed.
 * A condition on something the payload does not have (no status, no identifiers) counts as holding
 * only when another condition matched positively, so a body pasted without its status line still
 * finds its entry, but a status-only entry needs the status.
 *
 * Scores, so that the most specific evidence wins first and the provider decides between equals:
 * - message phrase 1000 (+ up to 10 for its length, + up to 10 when it sits after a wrapper prefix
 *   such as "ValidationException: The model returned the following errors: <the real error>");
 *   (wrapper phrases, see WRAPPERS, count 20 less);
 * - narrowness: -2 per alternative beyond the first in `codes` and `messageIncludes` (at most -10);
 * - codes 300 (+ up to 20 when the payload's most specific identifier matched, not the coarse type);
 * - status 50; each listed condition the payload cannot answer (no status, no codes): -30;
 * - provider: same and certain (host, header, provider-only shape, relay request id) 1200 — a
 *   certain provider's own entry beats another provider's message match — same 100,
 *   related 40 (Azure/OpenAI, Bedrock/Vertex/Anthropic, Vertex/Gemini, DeepSeek and DashScope
 *   compatible mode/OpenAI), payload from a relay or OpenRouter (forwarding someone's error) 20,
 *   unknown provider 20 (relay entries 60 for bare `400 - message` / text lines: that is the relay
 *   table's form, seed 002),
 *   `any` 0, unrelated -20 (-300 when the provider is certain).
 * Status-only entries (the seed HTTP status table, `provider: 'any'`) therefore score lowest and are
 * the fallback; a provider's own status-only entry (deepseek 429) needs that provider. Ties go to the entry listed first in the catalog.
 */
import type { ErrorEntry, ErrorProvider } from '../../../../rules/errors/types.ts';
import { NeedleSet, normalizeForMatch } from './scan.ts';
import type { ErrorPayload } from './types.ts';

export interface MatchResult {
  entry: ErrorEntry;
  score: number;
}

interface Prepared {
  codes: Set<string> | null;
  needles: string[] | null;
  status: Set<number> | null;
}

const prepared = new WeakMap<ErrorEntry, Prepared>();

function prepare(entry: ErrorEntry): Prepared {
  let p = prepared.get(entry);
  if (!p) {
    const m = entry.match;
    p = {
      codes: m.codes?.length ? new Set(m.codes.map((c) => c.toLowerCase())) : null,
      needles: m.messageIncludes?.length ? m.messageIncludes.map((s) => normalizeForMatch(s).trim()).filter(Boolean) : null,
      status: m.status?.length ? new Set(m.status) : null,
    };
    prepared.set(entry, p);
  }
  return p;
}

const RELATED: Partial<Record<ErrorProvider, readonly ErrorProvider[]>> = {
  openai: ['azure', 'deepseek', 'dashscope', 'openrouter'],
  azure: ['openai'],
  anthropic: ['bedrock', 'vertex'],
  bedrock: ['anthropic'],
  vertex: ['gemini', 'anthropic'],
  gemini: ['vertex'],
  deepseek: ['openai'],
  dashscope: ['openai'],
};

/**
 * Phrases that wrap another provider's error ("ValidationException: The model returned the following
 * errors: prompt is too long ..."): an entry matching only the wrapper loses to one matching the inner
 * error.
 */
const WRAPPERS = ['the model returned the following errors', 'provider returned error', 'error from provider', 'upstream request failed'];
function isWrapper(needle: string): boolean {
  return WRAPPERS.some((w) => w.includes(needle) || needle.includes(w));
}

/** Phrases shorter than this need the entry's codes when the entry lists codes (see scoreEntry). */
const SHORT_PHRASE = 10;

const BARE_FORMATS: readonly string[] = ['status-line', 'text', 'table'];

/** Providers that pass other providers' errors through. */
const FORWARDERS: readonly ErrorProvider[] = ['relay', 'openrouter'];

function providerScore(payload: ErrorPayload, entry: ErrorEntry): number {
  const ep = entry.provider;
  const pp = payload.provider;
  if (ep === 'any') return 0;
  if (!pp) return ep === 'relay' && BARE_FORMATS.includes(payload.format) ? 60 : 20; // bare `NNN - message` lines are the relay table's form
  if (ep === pp) return payload.providerCertain ? 1200 : 100;
  if (RELATED[pp]?.includes(ep)) return 40;
  if (FORWARDERS.includes(pp)) return 20;
  return payload.providerCertain ? -300 : -20;
}

/** The normalised text searched by `messageIncludes` (bounded). */
const haystacks = new WeakMap<ErrorPayload, string>();
function haystack(payload: ErrorPayload): string {
  let h = haystacks.get(payload);
  if (h === undefined) {
    let joined = '';
    for (const m of payload.messages) {
      if (joined.length > 16000) break;
      joined += (joined ? '\n' : '') + (m.length > 8000 ? m.slice(0, 8000) : m);
    }
    h = normalizeForMatch(joined);
    haystacks.set(payload, h);
  }
  return h;
}

/** All catalog phrases, normalised, as one automaton: the haystack is scanned once per payload. */
const phraseSets = new WeakMap<readonly ErrorEntry[], NeedleSet>();
function phrasePositions(payload: ErrorPayload, catalog: readonly ErrorEntry[]): Map<string, number> {
  let set = phraseSets.get(catalog);
  if (!set) {
    const all = new Set<string>();
    for (const e of catalog) for (const n of prepare(e).needles ?? []) all.add(n);
    set = new NeedleSet([...all]);
    phraseSets.set(catalog, set);
  }
  const found = new Map<string, number>();
  const needles = set.needles;
  set.scan(haystack(payload), (i, end) => {
    const n = needles[i];
    if (!found.has(n)) found.set(n, end - n.length);
  });
  return found;
}

export function scoreEntry(payload: ErrorPayload, entry: ErrorEntry, positions?: Map<string, number>): number | null {
  const p = prepare(entry);
  if (!p.codes && !p.needles && !p.status) return null;
  let positive = 0;
  let unknown = 0;
  let score = 0;
  let codesPositive = false;
  if (p.codes) {
    if (payload.codes.length) {
      let rank = -1;
      for (let i = 0; i < payload.codes.length; i++) {
        if (p.codes.has(payload.codes[i].toLowerCase())) {
          rank = i;
          break;
        }
      }
      if (rank < 0) return null;
      score += 300 + Math.max(0, 20 - 4 * rank);
      positive++;
      codesPositive = true;
    } else unknown++;
  }
  if (p.needles) {
    const h = positions ? '' : haystack(payload);
    let bonus = -Infinity;
    let longest = 0;
    for (const n of p.needles) {
      const at = positions ? (positions.get(n) ?? -1) : h.indexOf(n);
      // longer phrases are more specific; a phrase after a wrapper prefix ("X: the real error") too
      if (at >= 0) {
        bonus = Math.max(bonus, Math.min(40, n.length) / 4 + Math.min(10, at / 8) - (isWrapper(n) ? 20 : 0));
        longest = Math.max(longest, n.length);
      }
    }
    if (bonus === -Infinity) return null;
    // a short phrase ("model:") is specific only next to the codes it was listed with: when the payload
    // has no identifiers at all, it cannot stand in for them ("Model: Qwen3 Coder (free)" in a log)
    if (p.codes && !payload.codes.length && longest < SHORT_PHRASE) return null;
    score += 1000 + bonus;
    positive++;
  }
  if (p.status) {
    if (payload.status !== null) {
      if (!p.status.has(payload.status)) return null;
      score += 50;
      positive++;
    } else unknown++;
  }
  if (!positive) return null;
  // a status-only match cannot stand in for listed codes the payload lacks
  if (p.codes && !codesPositive && !p.needles) return null;
  // a provider's status-only entry speaks for that provider only
  if (!codesPositive && !p.needles && entry.provider !== 'any' && entry.provider !== payload.provider) return null;
  // narrower entries (fewer alternatives) win between equals
  const alternatives = (p.codes ? p.codes.size - 1 : 0) + (p.needles ? p.needles.length - 1 : 0);
  return score - 30 * unknown - Math.min(10, 2 * alternatives) + ((p.needles ? relayQuoteScore(payload, entry) : null) ?? providerScore(payload, entry));
}

/**
 * One message, one entry. The relay table (seed 002) quotes providers' messages as its users saw them
 * through a relay. When the paste shows the provider (a concrete provider, not a relay), a relay entry
 * that matched by message is scored as what it is, a quotation:
 * - the provider has its own entry for the same message → the relay entry stands down (-400), so the
 *   provider's entry explains it;
 * - the provider has none → the relay entry speaks for the provider (its provider score), so its
 *   specific message beats the provider's coarse type-only entry (e.g. Anthropic's rate_limit_error
 *   type on "Extra usage is required for long context requests", a quota problem).
 * Returns null when the rule does not apply (providerScore decides).
 */
function relayQuoteScore(payload: ErrorPayload, entry: ErrorEntry): number | null {
  const pp = payload.provider;
  if (entry.provider !== 'relay' || !pp || FORWARDERS.includes(pp)) return null;
  return sharesMessage(entry, pp) ? -400 : payload.providerCertain ? 1200 : 100;
}

/** Provider -> the normalised phrases of its own entries (and related providers'), for relayQuoteScore. */
let providerPhrases: Map<ErrorProvider, string[]> | undefined;
let phrasesOf: readonly ErrorEntry[] | undefined;
export function setMatchCatalog(catalog: readonly ErrorEntry[]): void {
  phrasesOf = catalog;
  providerPhrases = undefined;
}
function sharesMessage(entry: ErrorEntry, provider: ErrorProvider): boolean {
  if (!providerPhrases) {
    providerPhrases = new Map();
    for (const e of phrasesOf ?? []) {
      if (e.provider === 'relay' || e.provider === 'any') continue;
      const list = providerPhrases.get(e.provider) ?? [];
      list.push(...(prepare(e).needles ?? []));
      providerPhrases.set(e.provider, list);
    }
  }
  const mine = prepare(entry).needles ?? [];
  for (const p of [provider, ...(RELATED[provider] ?? [])]) {
    for (const theirs of providerPhrases.get(p) ?? []) if (mine.some((n) => n.includes(theirs) || theirs.includes(n))) return true;
  }
  return false;
}

/** The best entry for a payload, or null when none matches. Ties go to the entry listed first. */
export function matchEntry(payload: ErrorPayload, catalog: readonly ErrorEntry[]): MatchResult | null {
  let best: MatchResult | null = null;
  const positions = phrasePositions(payload, catalog);
  for (const entry of catalog) {
    const score = scoreEntry(payload, entry, positions);
    if (score !== null && (!best || score > best.score)) best = { entry, score };
  }
  return best;
}

/** Every matching entry, best first (for tests and diagnostics of the catalog). */
export function rankEntries(payload: ErrorPayload, catalog: readonly ErrorEntry[]): MatchResult[] {
  const out: MatchResult[] = [];
  const positions = phrasePositions(payload, catalog);
  for (const entry of catalog) {
    const score = scoreEntry(payload, entry, positions);
    if (score !== null) out.push({ entry, score });
  }
  return out.sort((a, b) => b.score - a.score);
}
