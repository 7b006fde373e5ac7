/**
 * The real-paste figures, with the misses of the TRAIN split listed (what to work on).
 * The test split's figures are printed, never its cases: it is only ever measured, not read.
 *
 *   node --import tsx scripts/eval-errors.ts [--all-train]   (--all-train lists train hits too)
 */
import { figureLine, groupOf, heldOutGroups, loadCases, scoreSplit } from '../test/errors/real-score.ts';

const cases = loadCases();
const trainCases = cases.filter((c) => c.split === 'train');
const train = scoreSplit(trainCases);
const all = process.argv.includes('--all-train');

for (const r of train.results) {
  if (!all && r.faultOk && r.retryOk) continue;
  const got = r.x ? `${r.x.fault} retry=${r.x.retryable} via ${r.x.id} [${(r.x as { confidence?: string }).confidence ?? '?'}]` : 'nothing';
  const want = `${r.c.acceptable.join('|')} retry=${r.c.retryable}`;
  console.log(`--- ${r.c.id} ${r.faultOk ? '' : 'FAULT '}${r.retryOk ? '' : 'RETRY '}want ${want}; got ${got}`);
  console.log(`    provider ${r.c.provider} via ${JSON.stringify(r.c.via)} shape ${r.c.shape} — ${r.c.why}`);
  console.log('    ' + r.c.text.slice(0, 700).split('\n').join('\n    '));
}
console.log('');
/** r1–r3 were collected first; r4, r5 (and later groups) after the layers were built, so each is reported apart. */
const groups = [...new Set(trainCases.map((c) => groupOf(c.id)))];
for (const g of groups) console.log(figureLine(`train (${g === 'old' ? 'old, r1-r3' : g})`, scoreSplit(trainCases.filter((c) => groupOf(c.id) === g))));
console.log(figureLine('train (combined)', train));
for (const { name, figures } of heldOutGroups(cases)) console.log(figureLine(`test (${name === 'old' ? 'old, r1-r3' : name})`, figures));
console.log(`corpus: ${cases.length} cases`);
