/**
 * Scores explanations against the labelled real pastes in test/errors/real/ (format: its README).
 * Shared by test/errors/real.test.ts (both splits' figures) and scripts/eval-errors.ts (train misses).
 * A case counts as explained acceptably when the first explanation's fault is one the labeller
 * accepted; no explanation counts as a miss on both figures.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { explainText, type Explanation } from '../../server/src/core/errors/index.ts';
import type { Fault } from '../../rules/errors/types.ts';

export interface RealCase {
  id: string;
  url: string;
  provider: string | null;
  via: string[];
  shape: string;
  text: string;
  fault: Fault;
  acceptable: Fault[];
  retryable: boolean;
  split: 'train' | 'test';
  why: string;
}

export interface NonError {
  id: string;
  url: string;
  text: string;
  why: string;
}

export const REAL_DIR = fileURLToPath(new URL('./real/', import.meta.url));

/** Every labelled case of every group file (not non-errors.json). */
export function loadCases(dir = REAL_DIR): RealCase[] {
  const out: RealCase[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (!name.endsWith('.json') || name === 'non-errors.json') continue;
    const cases = JSON.parse(readFileSync(dir + name, 'utf8')) as RealCase[];
    for (const c of cases) if (c && typeof c.text === 'string' && (c.split === 'train' || c.split === 'test')) out.push(c);
  }
  return out;
}

export function loadNonErrors(dir = REAL_DIR): NonError[] {
  try {
    return JSON.parse(readFileSync(dir + 'non-errors.json', 'utf8')) as NonError[];
  } catch {
    return [];
  }
}

export interface CaseResult {
  c: RealCase;
  x: Explanation | null;
  faultOk: boolean;
  retryOk: boolean;
}

export interface SplitFigures {
  n: number;
  faultPct: number;
  retryPct: number;
  explainedPct: number;
  results: CaseResult[];
}

export function scoreCase(c: RealCase): CaseResult {
  const x = explainText(c.text)[0] ?? null;
  const acceptable = c.acceptable?.length ? c.acceptable : [c.fault];
  return { c, x, faultOk: !!x && acceptable.includes(x.fault), retryOk: !!x && x.retryable === c.retryable };
}

export function scoreSplit(cases: RealCase[]): SplitFigures {
  const results = cases.map(scoreCase);
  const pct = (k: number) => (results.length ? Math.round((1000 * k) / results.length) / 10 : 0);
  return {
    n: results.length,
    faultPct: pct(results.filter((r) => r.faultOk).length),
    retryPct: pct(results.filter((r) => r.retryOk).length),
    explainedPct: pct(results.filter((r) => r.x).length),
    results,
  };
}

export function figureLine(split: string, f: SplitFigures): string {
  return `real pastes, ${split} split: ${f.n} cases, acceptable fault ${f.faultPct} %, right retryable ${f.retryPct} %, explained at all ${f.explainedPct} %`;
}

/** Which collection a case belongs to, by its id prefix: `old` (r1–r3, before the recognition layers), `r4`, `r5`, … */
export function groupOf(id: string): string {
  const m = /^(r\d+)-/.exec(id);
  if (!m) return 'other';
  return /^r[123]$/.test(m[1]!) ? 'old' : m[1]!;
}

/** The held-out figures the scorer and the test print: per group (old, r4, r5, …), combined without the newest group, and combined. */
export function heldOutGroups(cases: RealCase[]): { name: string; figures: SplitFigures }[] {
  const test = cases.filter((c) => c.split === 'test');
  const names = [...new Set(test.map((c) => groupOf(c.id)))].sort((a, b) => (a === 'old' ? -1 : b === 'old' ? 1 : a.localeCompare(b, 'en', { numeric: true })));
  const newest = names.filter((n) => n !== 'old').at(-1);
  return [
    ...names.map((name) => ({ name, figures: scoreSplit(test.filter((c) => groupOf(c.id) === name)) })),
    // the combined figure before the newest group was collected, so a new group's effect can be read apart
    ...(newest ? [{ name: `combined without ${newest}`, figures: scoreSplit(test.filter((c) => groupOf(c.id) !== newest)) }] : []),
    { name: 'combined', figures: scoreSplit(test) },
  ];
}
