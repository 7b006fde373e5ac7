/**
 * How long to wait before retrying: retry-after-ms, Retry-After (seconds or HTTP date), Google
 * RetryInfo.retryDelay, the message ("Please try again in 1.2s", "retry after 20 seconds"),
 * x-ratelimit-reset-* (Go durations) and anthropic-ratelimit-*-reset (RFC 3339) when exhausted.
 */
import { addWait, type Facts } from './facts.ts';
import { readDuration } from './scan.ts';

const MESSAGE_PHRASES = ['try again in ', 'retry in ', 'retry after ', 'reset after ', 'retry-after: ', 'retry after: ', 'wait ', 'retrydelay: '];

export function computeWait(f: Facts, lowerMessages: string, now?: number): number | null {
  const h = f.headers;
  const ref = Date.parse(h.date ?? '') || now || Date.now();
  if (h['retry-after-ms']) addWait(f, Number(h['retry-after-ms']) / 1000, 1);
  const ra = h['retry-after'];
  if (ra) {
    const n = Number(ra);
    if (Number.isFinite(n)) addWait(f, n, 2);
    else {
      const t = Date.parse(ra);
      if (Number.isFinite(t)) addWait(f, Math.max(0, (t - ref) / 1000), 2);
    }
  }
  const msg = lowerMessages.length > 20000 ? lowerMessages.slice(0, 20000) : lowerMessages;
  for (const phrase of MESSAGE_PHRASES) {
    const at = msg.indexOf(phrase);
    if (at < 0) continue;
    const s = readDuration(msg, at + phrase.length, phrase.startsWith('retry'));
    if (s !== null) {
      addWait(f, s, 4);
      break;
    }
  }
  // reset headers, only for exhausted limits (or when nothing says which)
  const resets: number[] = [];
  for (const kind of ['requests', 'tokens']) {
    const reset = h[`x-ratelimit-reset-${kind}`];
    if (!reset) continue;
    const remaining = h[`x-ratelimit-remaining-${kind}`];
    if (remaining !== undefined && Number(remaining) > 0) continue;
    const s = readDuration(reset.toLowerCase(), 0, true);
    if (s !== null) resets.push(s);
  }
  for (const kind of ['requests', 'tokens', 'input-tokens', 'output-tokens']) {
    const reset = h[`anthropic-ratelimit-${kind}-reset`];
    if (!reset) continue;
    const remaining = h[`anthropic-ratelimit-${kind}-remaining`];
    if (remaining !== undefined && Number(remaining) > 0) continue;
    const t = Date.parse(reset);
    if (Number.isFinite(t)) resets.push(Math.max(0, (t - ref) / 1000));
  }
  if (resets.length) addWait(f, Math.max(...resets), 5);
  if (!f.waits.length) return null;
  let best = f.waits[0];
  for (const w of f.waits) if (w.rank < best.rank) best = w;
  return Math.round(best.seconds * 1000) / 1000;
}
