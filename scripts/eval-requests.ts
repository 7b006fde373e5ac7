/**
 * The evidence figures (test/fixtures/evidence): per split, error findings on accepted bodies (must be 0)
 * and the share of rejected requests caught by one of their labelled rules. The train split's misses and
 * false positives are listed (what to work on); the test split is only counted, never listed.
 *
 *   nice -n 10 node --import tsx scripts/eval-requests.ts [--json]
 */
import { loadEvidence, percent, scoreAccepted, scoreRejected } from '../test/corpus/evidence-score.ts';
import type { EvidenceCase } from '../test/corpus/evidence-score.ts';

/**
 * Collection batches (test/fixtures/evidence/README.md): the first collection ends at r102 / a117, the
 * second (issue 16's follow-up) at r152 / a150, the third starts after it. Figures are reported per batch and combined.
 */
const FIRST_OF = { new: { rejected: 103, accepted: 118 }, third: { rejected: 153, accepted: 151 } };
const BATCHES = ['old', 'new', 'third'] as const;
const batchOf = (c: EvidenceCase): (typeof BATCHES)[number] => {
  const n = Number(c.id.slice(1));
  return n >= FIRST_OF.third[c.kind] ? 'third' : n >= FIRST_OF.new[c.kind] ? 'new' : 'old';
};

const accepted = loadEvidence('accepted');
const rejected = loadEvidence('rejected');
const splits = ['train', 'test'] as const;
const acc = Object.fromEntries(splits.map((s) => [s, scoreAccepted(accepted, s)]));
const rej = Object.fromEntries(splits.map((s) => [s, scoreRejected(rejected, s)]));

if (process.argv.includes('--json')) {
  const figures = Object.fromEntries(
    splits.map((s) => [s, { accepted: acc[s].total, acceptedWithErrors: acc[s].hits, rejected: rej[s].total, caught: rej[s].hits }]),
  );
  console.log(JSON.stringify(figures, null, 2));
} else {
  for (const { c, findings } of acc.train.flagged) {
    console.log(`--- FALSE ERROR ${c.file} (${c.source})`);
    for (const f of findings) console.log(`    ${f.rule}: ${f.message}`);
  }
  for (const { c, findings } of rej.train.flagged) {
    console.log(`--- MISS ${c.file} want ${c.rules?.join('|')} (${c.provider}, ${c.source})`);
    console.log(`    provider: ${c.error}`);
    for (const f of findings) console.log(`    got [${f.severity}] ${f.rule}: ${f.message}`);
    if (findings.length === 0) console.log('    got nothing');
  }
  console.log('');
  for (const batch of BATCHES) {
    const a = accepted.filter((c) => batchOf(c) === batch);
    const r = rejected.filter((c) => batchOf(c) === batch);
    for (const s of splits) {
      const sa = scoreAccepted(a, s);
      const sr = scoreRejected(r, s);
      console.log(`${batch.padEnd(5)} ${s.padEnd(5)}  accepted: ${sa.hits} of ${sa.total} with errors   rejected: ${sr.hits} of ${sr.total} caught (${percent(sr.hits, sr.total)})`);
    }
  }
  for (const s of splits) {
    console.log(
      `all   ${s.padEnd(5)}  accepted: ${acc[s].hits} of ${acc[s].total} with errors   rejected: ${rej[s].hits} of ${rej[s].total} caught by the right rule (${percent(rej[s].hits, rej[s].total)})`,
    );
  }
}
