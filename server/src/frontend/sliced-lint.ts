import type { Linter, LintOptions, LintResult } from '../core/lint.ts';
import { checkLimits, DEFAULT_LIMITS } from '../core/limits.ts';
import { documentKind, splitJsonLines } from '../core/units.ts';

/** A `.jsonl` document longer than this is linted in slices (each line is its own request). */
export const SLICED_MIN_CHARS = 2 * 1024 * 1024;
/**
 * How long one slice lints before the server turns to other requests. A slice is measured in time, not
 * characters: a request's lint cost varies tenfold with its shape (and with the machine's load), and
 * 64 KB slices held the event loop ~200 ms on a loaded machine (hover median 241 ms; bench/scale.ts).
 */
const SLICE_MS = 10;
/** A slice grows by steps of about this many characters of whole lines, the clock read after each. */
const STEP_CHARS = 16 * 1024;
/** Findings so far are published at most this often: each publish sends the whole list again. */
const PUBLISH_EVERY_MS = 250;

export function lintsInSlices(text: string, options: LintOptions): boolean {
  return text.length > SLICED_MIN_CHARS && documentKind(options.languageId, options.filePath) === 'jsonl';
}

export interface SliceHooks {
  /** True once the result is no longer wanted (a newer version, the document closed): the lint stops. */
  stale(): boolean;
  /** The findings so far, after a slice but the last, at most every `publishEveryMs` (the server publishes them). */
  partial(result: LintResult): unknown;
  /** Default 250 ms; 0: after every slice (tests). */
  publishEveryMs?: number;
  /** How long a slice lints before yielding; default SLICE_MS; 0: one step a slice (tests: no timing). */
  sliceMs?: number;
}

/**
 * Lints a large `.jsonl` document a slice of whole lines at a time, yielding to the event loop
 * (`setImmediate`) between slices so that hover, completion and other documents are answered meanwhile.
 * Each slice is the core's lint of the whole text with the units of those lines only (`splitJsonLines` on
 * a range), so offsets are the document's and the result equals one whole lint: the same findings in the
 * same order, and the deferred token counts with their indexes into the combined findings. Returns null
 * when `hooks.stale()` said stop.
 */
export async function lintInSlices(text: string, options: LintOptions, linter: Linter, hooks: SliceHooks): Promise<LintResult | null> {
  // Over a limit or binary: the core's one skip result, as for any document.
  if (checkLimits(text, { ...DEFAULT_LIMITS, ...options.limits })) return linter.lint(text, options);
  const every = hooks.publishEveryMs ?? PUBLISH_EVERY_MS;
  const budget = hooks.sliceMs ?? SLICE_MS;
  let published = performance.now();
  const combined: Required<Pick<LintResult, 'findings' | 'units' | 'deferred'>> = { findings: [], units: [], deferred: [] };
  for (let start = 0; start < text.length; ) {
    const sliceStart = performance.now();
    do {
      const lineBreak = text.indexOf('\n', start + STEP_CHARS);
      const end = lineBreak < 0 ? text.length : lineBreak + 1;
      const step = linter.lint(text, { ...options, units: splitJsonLines(text, start, end) });
      for (const d of step.deferred ?? []) combined.deferred.push({ ...d, index: d.index + combined.findings.length });
      for (const f of step.findings) combined.findings.push(f);
      for (const u of step.units) combined.units.push(u);
      start = end;
    } while (start < text.length && performance.now() - sliceStart < budget);
    if (start >= text.length) break;
    if (performance.now() - published >= every) {
      await hooks.partial(combined);
      published = performance.now();
    }
    await yieldToRequests();
    if (hooks.stale()) return null;
  }
  return combined.deferred.length ? combined : { findings: combined.findings, units: combined.units };
}

/**
 * Lets the requests that arrived during a slice run before the next one. vscode-jsonrpc handles a message
 * it has read on a `setImmediate` queued then, behind this loop's own: one immediate would start the next
 * slice first (a hover waited a whole slice). Two immediates put the next slice behind the messages.
 */
export function yieldToRequests(): Promise<void> {
  return new Promise((resolve) => setImmediate(() => setImmediate(resolve)));
}
