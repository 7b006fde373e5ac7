/**
 * The output ceiling for the host, snapshot and beta flags of one request: the row's `outputCaps` (first
 * match) over its `maxOutputTokens`. Plain lookup over table data; the rules decide what to report.
 */
import { canonicalId } from './lookup.ts';
import type { ModelInfo, OutputCap } from './types.ts';
import type { Provider } from '../../server/src/core/rule-api.ts';

export interface OutputCeiling {
  max: number;
  /** The cap that set `max`, when one did; absent = the row's own maxOutputTokens. */
  cap?: OutputCap;
  /** A beta that lifts the ceiling for this host and snapshot, when the request does not send it. */
  liftedBy?: string;
}

function applies(cap: OutputCap, id: string, provider: Provider | null, betas: readonly string[]): boolean {
  if (cap.providers && (!provider || !cap.providers.includes(provider))) return false;
  if (cap.snapshots && !cap.snapshots.includes(id)) return false;
  if (cap.beta && !betas.includes(cap.beta)) return false;
  return true;
}

export function outputCeiling(info: ModelInfo, model: string | null, provider: Provider | null, betas: readonly string[]): OutputCeiling | null {
  const id = canonicalId(model ?? info.id);
  const caps = info.outputCaps ?? [];
  const cap = caps.find((c) => applies(c, id, provider, betas));
  const max = cap?.max ?? info.maxOutputTokens;
  if (!max) return null;
  const lift = caps.find((c) => c.beta && c.max > max && applies({ ...c, beta: undefined }, id, provider, betas));
  return { max, cap, liftedBy: lift?.beta };
}
