import type { Linter, LintOptions, LintResult } from '../core/lint.ts';
import { checkLimits, DEFAULT_LIMITS } from '../core/limits.ts';
import type { Finding, RequestUnit } from '../core/types.ts';
import { documentKind, splitDocument } from '../core/units.ts';
import { yieldToRequests } from './sliced-lint.ts';

/**
 * The first lint of a large `.http` document, published in parts: the requests at the top of the file first,
 * so that the editor shows their findings while the rest are linted, instead of after every request of the
 * file has gone through every rule (hundreds of milliseconds in a fresh server, whose rules are not compiled
 * yet). Later lints of the document are the linter's incremental ones and are not sliced.
 */

/** A `.http` document at least this long gets its first lint in parts. */
export const EARLY_MIN_CHARS = 128 * 1024;
/** About how long one part lints before the findings so far are published and the server yields. */
const SLICE_MS = 12;
/** Requests in a part before any timing is known (each later part is sized from the time per request). */
const FIRST_UNITS = 8;
/** About how much of the top of the file is published first. */
const TOP_CHARS = 32 * 1024;
/** After the first, the findings so far are published at most this often: each publish sends the whole list again. */
const PUBLISH_EVERY_MS = 100;

export function lintsEarly(text: string, options: LintOptions): boolean {
  return text.length >= EARLY_MIN_CHARS && documentKind(options.languageId, options.filePath) === 'http' && !checkLimits(text, { ...DEFAULT_LIMITS, ...options.limits });
}

export interface EarlyHooks {
  /** True once the result is no longer wanted (a newer version, the document closed): the lint stops. */
  stale(): boolean;
  /** The findings of the requests linted so far (the server publishes them). */
  partial(findings: Finding[]): unknown;
}

/**
 * Lints the requests of the whole split a part at a time (the core's lint of the whole text with one part's
 * units, so offsets are the document's), publishing the findings so far after the first part and then at most
 * every PUBLISH_EVERY_MS, yielding to waiting requests (`yieldToRequests`) between parts. The result is the linter's ordinary lint of
 * the whole document at the end, whose per-request cache then holds every request: it equals one lint, and
 * the linter's incremental state is set up for the next edit. A partial list leaves out what only the whole
 * document decides (a disable directive reported as unused). Returns null when `hooks.stale()` said stop.
 */
export async function lintEarly(text: string, options: LintOptions, linter: Linter, hooks: EarlyHooks): Promise<LintResult | null> {
  const findings: Finding[] = [];
  const keep = (part: LintResult) => {
    for (const f of part.findings) if (f.rule !== 'unused-disable-directive') findings.push(f);
  };
  // The top of the file first, split on its own when that gives the same requests as the whole split.
  const top = topUnits(text, options);
  if (top.length) {
    const began = performance.now();
    keep(linter.lint(text, { ...options, units: top }));
    const spent = performance.now() - began;
    await hooks.partial(findings);
    await yieldToRequests();
    if (hooks.stale()) return null;
    // The top went fast (a warm server, requests the shared cache knows): the whole lint at once costs less
    // than parts would, each of which goes over the whole text once more.
    if (spent * (text.length / top[top.length - 1].span.end) < SLICE_MS * 4) return linter.lint(text, options);
  }
  const units = splitDocument(text, 'http', { ...options.http, filePath: options.filePath }, options.languageId);
  let start = top.length && units[top.length - 1]?.span.start === top[top.length - 1].span.start ? top.length : 0;
  if (start === 0) findings.length = 0; // the whole split disagrees (it never should): start over
  // With no top published yet, the first part is published as soon as it is linted.
  let published = top.length ? performance.now() : -Infinity;
  let perUnit = 0;
  while (start < units.length) {
    const count = perUnit > 0 ? Math.max(1, Math.floor(SLICE_MS / perUnit)) : FIRST_UNITS;
    const end = Math.min(units.length, start + count);
    const began = performance.now();
    keep(linter.lint(text, { ...options, units: units.slice(start, end) }));
    perUnit = Math.max(0.01, (performance.now() - began) / (end - start));
    start = end;
    if (start >= units.length) break;
    if (performance.now() - published >= PUBLISH_EVERY_MS) {
      await hooks.partial(findings);
      published = performance.now();
    }
    await yieldToRequests();
    if (hooks.stale()) return null;
  }
  return linter.lint(text, options);
}

/**
 * The requests of about the first TOP_CHARS of the document, from a split of that part alone: the text up to
 * a `###` line, its last request left out (it could continue past the cut). File variables are global, so this
 * is done only when no `@name = value` line follows the cut (the pattern of http/syntax.ts); else none.
 */
function topUnits(text: string, options: LintOptions): RequestUnit[] {
  const separator = text.indexOf('\n###', TOP_CHARS);
  if (separator < 0) return [];
  const cut = separator + 1;
  if (definesVariableAfter(text, cut)) return [];
  return splitDocument(text.slice(0, cut), 'http', { ...options.http, filePath: options.filePath }, options.languageId).slice(0, -1);
}

/** After an `@`: a file variable's definition (`@name = value`, `@name := value`; the pattern of http/syntax.ts). */
const DEFINITION = /@[^\s=:]+[ \t]*:?=/y;

/**
 * Whether a line from `from` on defines a file variable: `/^[ \t]*@[^\s=:]+[ \t]*:?=/m` on the rest of the text, found
 * from each `@` (indexOf: the rest is a megabyte of bodies, where the regular expression tried every line start).
 */
export function definesVariableAfter(text: string, from: number): boolean {
  for (let at = text.indexOf('@', from); at >= 0; at = text.indexOf('@', at + 1)) {
    let before = at - 1;
    while (before >= from && (text.charCodeAt(before) === 0x20 || text.charCodeAt(before) === 0x09)) before--;
    if (before >= from && !isLineTerminator(text.charCodeAt(before))) continue;
    DEFINITION.lastIndex = at;
    if (DEFINITION.test(text)) return true;
  }
  return false;
}

/** The line terminators of a regular expression's `^` with the m flag. */
function isLineTerminator(code: number): boolean {
  return code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029;
}
