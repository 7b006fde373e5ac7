/**
 * The two short lines every front end shows under an explanation (hover, Explain Error, `explain`
 * text): how sure it is, and who said it — the wrappers that passed the provider's error on
 * ("LiteLLM passed on Anthropic's error"), or a relay's own message. Plain text; `esc` escapes what
 * came from the paste (hop names) for markdown callers.
 */
import type { Locale } from '../../../rules/errors/types.ts';
import type { Explanation } from '../core/errors/index.ts';
import { EXPLAIN_LABELS } from './explain-labels.ts';
import { PROVIDER_PROFILES } from '../../../rules/profiles/index.ts';

/** Display names come from the provider profiles (rules/profiles), the one table of them. */
function providerDisplayName(provider: string): string {
  const profile = (PROVIDER_PROFILES as Record<string, { name: string } | undefined>)[provider];
  return profile && !profile.name.startsWith('a ') ? profile.name : provider;
}

/** What the two lines read: the core's Explanation and the library's ExplainedError both have it. */
export type Provenance = Pick<Explanation, 'id' | 'fault' | 'provider' | 'confidence'> & { chain?: readonly Pick<Explanation['chain'][number], 'name' | 'kind'>[] };

/** Hop kinds that answer on their own behalf (a relay's, gateway's or proxy's own message). */
const SPEAKERS = ['relay', 'gateway', 'proxy'];

/** The error comes from the relay in front (relay entries, relay kinds), not from the provider. */
function relayOwned(x: Provenance): boolean {
  return x.id.startsWith('relay/') || x.fault === 'relay';
}

/** "How sure: …" */
export function confidenceLine(x: Provenance, locale: Locale): string {
  const L = EXPLAIN_LABELS[locale];
  return `${L.confidence}: ${L.confidences[x.confidence]}`;
}

/** "Who said it: …", or null when the provider answered directly and nothing passed it on. */
export function originLine(x: Provenance, locale: Locale, esc: (s: string) => string = (s) => s): string | null {
  const L = EXPLAIN_LABELS[locale];
  const chain = x.chain ?? [];
  if (relayOwned(x)) {
    let speaker: string | null = null;
    for (const hop of chain) if (SPEAKERS.includes(hop.kind)) speaker = hop.name; // the innermost one
    // an SDK or agent hop is not who answered: without a relay, gateway or proxy hop it is "the relay"
    return `${L.origin}: ${L.ownMessage(speaker === null ? null : esc(speaker))}`;
  }
  // an SDK that raised the error, or a stream that carried it, passed nothing on in the reader's sense:
  // the line names the software in between (gateways, relays, proxies, agents, frameworks); JSON keeps all
  const between = chain.filter((h) => h.kind !== 'sdk' && h.kind !== 'stream');
  if (!between.length) return null;
  const provider = x.provider ? providerDisplayName(x.provider) : null;
  return `${L.origin}: ${L.passedOn(between.map((h) => esc(h.name)).join(' → '), provider ? esc(provider) : null)}`;
}

/**
 * The facts printed beside the title (provider · status · code), without repeating what the title
 * already says: the status entries' titles carry their status ("Bad gateway (502)"), and a code equal
 * to the status ("429") would print it twice again.
 */
export function headFacts(x: { title: string; provider: string | null; status: number | null; code: string | null }): string[] {
  const status = x.status !== null && !x.title.includes(`(${x.status})`) ? String(x.status) : null;
  const code = x.code !== null && x.code !== '' && x.code !== String(x.status) ? x.code : null;
  return [x.provider, status, code].filter((v): v is string => v !== null && v !== '');
}
