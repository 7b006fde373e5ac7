/**
 * The real-paste figures, with the misses of the TRAIN split listed (what to work on).
 * The test split's figures are printed, never its cases: it is only ever measured, not read.
 *
 *   node --import tsx scripts/eval-errors.ts [--all-train]   (--all-train lists train hits too)
 */
import { figureLine, loadCases, scoreSplit } from '../test/errors/real-score.ts';

const cases = loadCases();
const train = scoreSplit(cases.filter((c) => c.split === 'train'));
const test = scoreSplit(cases.filter((c) => c.split === 'test'));
/** r1–r3 were collected first; r4 (and later groups) after the layers were built, so they are reported apart. */
const isOld = (id: string) => /^r[123]-/.test(id);
const oldTrain = scoreSplit(cases.filter((c) => c.split === 'train' && isOld(c.id)));
const newTrain = scoreSplit(cases.filter((c) => c.split === 'train' && !isOld(c.id)));
const oldTest = scoreSplit(cases.filter((c) => c.split === 'test' && isOld(c.id)));
const newTest = scoreSplit(cases.filter((c) => c.split === 'test' && !isOld(c.id)));
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
console.log(figureLine('train (old, r1-r3)', oldTrain));
console.log(figureLine('train (new, r4+)', newTrain));
console.log(figureLine('train (combined)', train));
console.log(figureLine('test (old, r1-r3)', oldTest));
console.log(figureLine('test (new, r4+)', newTest));
console.log(figureLine('test (combined)', test));
console.log(`corpus: ${cases.length} cases`);
