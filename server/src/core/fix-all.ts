import { applyFixEdits, fixSpan } from './fix.ts';
import { createLinter, type LintOptions, type LintResult, type Linter } from './lint.ts';
import type { Finding, FindingFix } from './types.ts';

export interface FixAllResult {
  /** The text with every preferred fix applied. */
  text: string;
  /** How many fixes were applied, over all passes. */
  applied: number;
  /** The lint result of the final text. */
  result: LintResult;
}

/** Passes after which fix-all stops even if fixes keep coming (each pass re-lints the whole text). */
export const MAX_FIX_PASSES = 10;

/**
 * Applies every preferred fix of the document: one pass takes the preferred fix of each finding, keeps
 * those that do not overlap one already taken (in document order), applies them and re-lints; it stops
 * when a pass has nothing left to apply, or after MAX_FIX_PASSES. A second run changes nothing.
 */
export function fixAll(text: string, options: LintOptions = {}, linter: Linter = createLinter()): FixAllResult {
  let current = text;
  let applied = 0;
  let result = linter.lint(current, options);
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const chosen = nonOverlapping(result.findings);
    if (!chosen.length) break;
    const next = applyFixEdits(current, chosen.flatMap((f) => f.edits));
    if (next === current) break;
    applied += chosen.length;
    current = next;
    result = linter.lint(current, options);
  }
  return { text: current, applied, result };
}

/** The preferred fix of each finding, without two whose edits overlap or touch the same point. */
export function nonOverlapping(findings: readonly Finding[], pick: (f: Finding) => FindingFix | undefined = preferredFix): FindingFix[] {
  const candidates = findings.map(pick).filter((f): f is FindingFix => !!f);
  candidates.sort((a, b) => fixSpan(a).start - fixSpan(b).start || fixSpan(a).end - fixSpan(b).end);
  const taken: FindingFix[] = [];
  const spans: { start: number; end: number }[] = [];
  for (const fix of candidates) {
    const edits = fix.edits.map((e) => e.span);
    // Overlapping, or two edits at the same point (whose order would be a guess; the same fix reported
    // by two findings is applied once this way).
    if (edits.some((e) => spans.some((s) => (e.start < s.end && s.start < e.end) || e.start === s.start))) continue;
    taken.push(fix);
    spans.push(...edits);
  }
  return taken;
}

export function preferredFix(finding: Finding): FindingFix | undefined {
  return finding.fixes?.find((f) => f.preferred);
}

/** The one edit turning `before` into `after` (common prefix and suffix left alone), or null when equal. */
export function minimalEdit(before: string, after: string): { span: { start: number; end: number }; text: string } | null {
  if (before === after) return null;
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let endBefore = before.length;
  let endAfter = after.length;
  while (endBefore > start && endAfter > start && before.charCodeAt(endBefore - 1) === after.charCodeAt(endAfter - 1)) {
    endBefore--;
    endAfter--;
  }
  return { span: { start, end: endBefore }, text: after.slice(start, endAfter) };
}
