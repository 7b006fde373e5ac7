/**
 * Scores the linter on the held-out evidence (test/fixtures/evidence/README.md): requests providers
 * accepted (no error may be reported on them) and requests they rejected (caught when a finding of one of
 * the labelled rules is reported, as error or warning). Shared by scripts/eval-requests.ts and
 * test/corpus/evidence.test.ts so both count the same way.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lintText } from '../../server/src/core/lint.ts';
import type { Finding } from '../../server/src/core/types.ts';

export const EVIDENCE_ROOT = join(import.meta.dirname, '../fixtures/evidence');

export type Split = 'train' | 'test';

export interface EvidenceRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: unknown;
}

export interface EvidenceCase {
  id: string;
  file: string;
  split: Split;
  kind: 'accepted' | 'rejected';
  source: string;
  provider: string;
  host: string;
  request: EvidenceRequest;
  /** Rejected only: the rule ids that should catch it, and the provider's words. */
  rules?: string[];
  error?: string;
}

export function loadEvidence(kind: 'accepted' | 'rejected'): EvidenceCase[] {
  const cases: EvidenceCase[] = [];
  for (const split of ['train', 'test'] as const) {
    const dir = join(EVIDENCE_ROOT, kind, split);
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.json')).sort()) {
      const data = JSON.parse(readFileSync(join(dir, name), 'utf8')) as Omit<EvidenceCase, 'file' | 'split' | 'kind'>;
      cases.push({ ...data, file: `${kind}/${split}/${name}`, split, kind });
    }
  }
  return cases;
}

/** The request as a user keeps it in a .http file: request line, headers, JSON body. */
export function httpText(request: EvidenceRequest): string {
  const headers = Object.entries({ 'Content-Type': 'application/json', ...request.headers }).map(([k, v]) => `${k}: ${v}`);
  return `${request.method} ${request.url}\n${headers.join('\n')}\n\n${JSON.stringify(request.body, null, 2)}\n`;
}

export function lintCase(c: EvidenceCase): Finding[] {
  return lintText(httpText(c.request), { filePath: `${c.id}.http` }).findings;
}

export interface SplitScore {
  split: Split;
  total: number;
  /** Accepted: bodies with at least one error finding. Rejected: bodies caught by a labelled rule. */
  hits: number;
  /** The cases behind `hits` (accepted: false positives) or the misses (rejected). */
  flagged: { c: EvidenceCase; findings: Finding[] }[];
}

export function scoreAccepted(cases: EvidenceCase[], split: Split): SplitScore {
  const mine = cases.filter((c) => c.split === split);
  const flagged = mine.map((c) => ({ c, findings: lintCase(c).filter((f) => f.severity === 'error') })).filter((r) => r.findings.length > 0);
  return { split, total: mine.length, hits: flagged.length, flagged };
}

export function caught(c: EvidenceCase, findings: Finding[]): boolean {
  const wanted = new Set(c.rules ?? []);
  return findings.some((f) => wanted.has(f.rule) && (f.severity === 'error' || f.severity === 'warning'));
}

export function scoreRejected(cases: EvidenceCase[], split: Split): SplitScore {
  const mine = cases.filter((c) => c.split === split);
  const results = mine.map((c) => ({ c, findings: lintCase(c) }));
  const misses = results.filter((r) => !caught(r.c, r.findings));
  return { split, total: mine.length, hits: mine.length - misses.length, flagged: misses };
}

export const percent = (n: number, d: number): string => (d === 0 ? '-' : `${((100 * n) / d).toFixed(1)} %`);
