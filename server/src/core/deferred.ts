import { countTokensOf } from '../../../rules/context-window-exceeded/tokens.ts';
import type { Finding } from './types.ts';

/**
 * Deferred checks: a finding that waits for an exact token count. A rule reports it with `pending`
 * (what to count, and how the count becomes the message, or no finding). The core passes it through
 * the per-request cache and the disable directives like any finding, then `settleKnown` moves the
 * ones whose count is not known yet into `LintResult.deferred`. Front ends finish them: the CLI and
 * `lintText` with `resolveDeferred` (in this thread); the language server counts off its main thread
 * (server/src/token-worker.ts) and merges the counts with `withCounts`.
 */

/** o200k_base tokens of `texts.join('\n')`; counting may stop once past `stopAbove` (complete: false). */
export interface TokenCountJob {
  texts: readonly string[];
  stopAbove: number;
}

export interface TokenCount {
  tokens: number;
  complete: boolean;
}

export interface PendingCount {
  job: TokenCountJob;
  /**
   * The finding's message for this count (and the text of its provider quote, whose numbers depend on the
   * count too), or null when the count shows no problem. A rule gives the message by id (`messageId`,
   * `data`, as in a report); the core renders it in the lint's locale (`inLocale`) before anything settles.
   */
  render(count: TokenCount): string | { message: string; quote?: string } | PendingMessage | null;
}

/** A deferred finding's message by id, rendered by the core like a report's. */
export interface PendingMessage {
  messageId: string;
  data?: Record<string, string | number | { fragment: string; data?: Record<string, string | number> }>;
  quote?: string;
}

/**
 * The pending check with its messages by id rendered through `toText` (the rule's messages in the lint's
 * locale). The wrapper is what the finding carries: settling it lets go of the rule's own check.
 */
export function inLocale(pending: PendingCount, toText: (m: PendingMessage) => string): PendingCount {
  return {
    job: pending.job,
    render: (count) => {
      const out = pending.render(count);
      if (out === null || typeof out === 'string' || !('messageId' in out)) return out;
      return { message: toText(out), ...(out.quote !== undefined && { quote: out.quote }) };
    },
  };
}

export interface DeferredFinding {
  /** The finding as reported (span, severity, rule...); its message is replaced by `pending.render`. */
  finding: Finding;
  pending: PendingCount;
  /** Where it goes among the settled findings (before `findings[index]`), to keep the rule order. */
  index: number;
}

interface Settleable {
  findings: Finding[];
  deferred?: DeferredFinding[];
}

/** What a count already made rendered, per pending check: a re-lint served from the cache reuses the same object. */
type Settled = { message: string | null; quote?: string };
const remembered = new WeakMap<PendingCount, Settled>();

/**
 * The message for `count` (the first count given for this check wins), remembered. The check then lets
 * go of what it no longer needs and the per-request cache would otherwise keep alive: the prompt strings
 * it counted and the rule's closure (its context, hence the whole parsed body).
 */
function settle(pending: PendingCount, count: TokenCount): Settled {
  const known = remembered.get(pending);
  if (known) return known;
  const out = pending.render(count);
  // (A message by id was rendered by the `inLocale` wrapper the core put around the rule's check.)
  const settled: Settled = out === null || typeof out === 'string' ? { message: out } : { message: 'message' in out ? out.message : out.messageId, quote: out.quote };
  remembered.set(pending, settled);
  pending.job = { texts: [], stopAbove: pending.job.stopAbove };
  pending.render = released;
  return settled;
}

function released(): never {
  throw new Error('a settled token check was rendered again (its message is remembered)');
}

function rendered(finding: Finding, { message, quote }: Settled): Finding | null {
  if (message === null) return null;
  const { pending: _, ...rest } = finding;
  return { ...rest, message, ...(quote !== undefined && rest.quote && { quote: { ...rest.quote, text: quote } }) };
}

/** Settles the pending findings whose count is known; the others go to `deferred`. */
export function settleKnown<R extends Settleable>(result: R): R {
  if (!result.findings.some((f) => f.pending)) return result;
  const findings: Finding[] = [];
  const deferred: DeferredFinding[] = [];
  for (const f of result.findings) {
    const known = f.pending && remembered.get(f.pending);
    if (!f.pending) findings.push(f);
    else if (known) {
      const done = rendered(f, known);
      if (done) findings.push(done);
    } else deferred.push({ finding: f, pending: f.pending, index: findings.length });
  }
  return deferred.length ? { ...result, findings, deferred } : { ...without(result), findings };
}

function without<R extends Settleable>(result: R): R {
  const { deferred: _, ...rest } = result;
  return rest as R;
}

/** The result with `counts[i]` applied to `result.deferred[i]`: every finding settled, in rule order. */
export function withCounts<R extends Settleable>(result: R, counts: readonly TokenCount[]): R {
  const deferred = result.deferred ?? [];
  const findings: Finding[] = [];
  let d = 0;
  for (let i = 0; i <= result.findings.length; i++) {
    for (; d < deferred.length && deferred[d].index === i; d++) {
      const done = rendered(deferred[d].finding, settle(deferred[d].pending, counts[d]));
      if (done) findings.push(done);
    }
    if (i < result.findings.length) findings.push(result.findings[i]);
  }
  return { ...without(result), findings };
}

/** Counts in this thread (blocking): the CLI, `lintText`, and the server's fallback when its worker fails. */
export function resolveDeferred<R extends Settleable>(result: R, count: (job: TokenCountJob) => TokenCount = countTokensOf): R {
  if (!result.deferred?.length) return result;
  return withCounts(
    result,
    result.deferred.map((d) => count(d.pending.job)),
  );
}
