import type { Linter, LintOptions, LintResult } from '../core/lint.ts';
import { checkLimits, DEFAULT_LIMITS } from '../core/limits.ts';
import { documentKind, splitJsonLines } from '../core/units.ts';

/** A `.jsonl` document longer than this is linted in slices (each line is its own request). */
export const SLICED_MIN_CHARS = 2 * 1024 * 1024;
/** About how much of the document one slice lints before the server turns to other requests. */
const SLICE_CHARS = 64 * 1024;
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
  let published = performance.now();
  const combined: Required<Pick<LintResult, 'findings' | 'units' | 'deferred'>> = { findings: [], units: [], deferred: [] };
  for (let start = 0; start < text.length; ) {
    const lineBreak = text.indexOf('\n', start + SLICE_CHARS);
    const end = lineBreak < 0 ? text.length : lineBreak + 1;
    const slice = linter.lint(text, { ...options, units: splitJsonLines(text, start, end) });
    for (const d of slice.deferred ?? []) combined.deferred.push({ ...d, index: d.index + combined.findings.length });
    for (const f of slice.findings) combined.findings.push(f);
    for (const u of slice.units) combined.units.push(u);
    start = end;
    if (start >= text.length) break;
    if (performance.now() - published >= every) {
      await hooks.partial(combined);
      published = performance.now();
    }
    await new Promise((resolve) => setImmediate(resolve));
    if (hooks.stale()) return null;
  }
  return combined.deferred.length ? combined : { findings: combined.findings, units: combined.units };
}
