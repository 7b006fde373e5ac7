/**
 * Real pastes (test/errors/real/, collected from public issue trackers and labelled before the tool
 * ran on them): the first explanation of each case is scored on its fault (one the labeller accepts)
 * and its retryable verdict, per split, printed as a plain line. The bar is 95 % on the test split;
 * until it is reached that check is a TODO (reported, not failing), and the figures the test split had when
 * this landed are asserted as a floor, so a change that loses ground fails. The test split is only measured here, never read while building
 * (scripts/eval-errors.ts lists the train split's misses); nothing of it is printed but the figures.
 * Non-errors (successful responses, ordinary logs) must get no explanation.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { explainText } from '../../server/src/core/errors/index.ts';
import { figureLine, heldOutGroups, loadCases, loadNonErrors, scoreSplit } from './real-score.ts';

const MIN_CASES = 782;
/** Successful responses, streams and ordinary logs that mention errors (non-errors.json). */
const MIN_NON_ERRORS = 130;
/** The target for the held-out split. */
const TARGET = 95;
/**
 * What the held-out splits scored when this file last changed: falling below one is a regression.
 * "old" is r1–r3 (collected before the recognition layers), r4, r5 and r6 were collected after them,
 * "combined" is all of them and "combined without r6" the same split before r6 was collected.
 */
const FLOOR: Record<string, { fault: number; retry: number }> = {
  old: { fault: 90.8, retry: 90.1 },
  r4: { fault: 93.0, retry: 90.7 },
  r5: { fault: 100, retry: 100 },
  r6: { fault: 87.8, retry: 87.8 },
  'combined without r6': { fault: 93.1, retry: 92.2 },
  combined: { fault: 92.3, retry: 91.5 },
};

const cases = loadCases();
const train = scoreSplit(cases.filter((c) => c.split === 'train'));
const groups = heldOutGroups(cases);
const held = groups.find((g) => g.name === 'combined')!.figures;

test('real pastes: figures per split, no regression on the held-out splits', () => {
  console.log(figureLine('train', train));
  for (const g of groups) console.log(figureLine(`test (${g.name})`, g.figures));
  assert.ok(cases.length >= MIN_CASES, `the corpus has ${cases.length} cases, fewer than ${MIN_CASES}`);
  for (const name of Object.keys(FLOOR)) {
    const f = groups.find((g) => g.name === name)?.figures;
    const floor = FLOOR[name]!;
    assert.ok(f, `no held-out cases in group ${name}`);
    assert.ok(f.faultPct >= floor.fault, `test split (${name}): acceptable fault ${f.faultPct} % fell below ${floor.fault} %`);
    assert.ok(f.retryPct >= floor.retry, `test split (${name}): right retryable ${f.retryPct} % fell below ${floor.retry} %`);
  }
});

test(`real pastes: the held-out split reaches ${TARGET} %`, { todo: 'issue 10 target, not reached yet' }, () => {
  assert.ok(held.faultPct >= TARGET, `test split: acceptable fault ${held.faultPct} % < ${TARGET} %`);
  assert.ok(held.retryPct >= TARGET, `test split: right retryable ${held.retryPct} % < ${TARGET} %`);
});

test('real non-errors: no explanation', () => {
  const explained = loadNonErrors().filter((n) => explainText(n.text).length > 0);
  console.log(`real non-errors: ${loadNonErrors().length} texts, ${explained.length} explained (should be 0)`);
  assert.ok(loadNonErrors().length >= MIN_NON_ERRORS, `only ${loadNonErrors().length} non-error texts, fewer than ${MIN_NON_ERRORS}`);
  // ids only: the texts are in the file
  assert.deepEqual(explained.map((n) => n.id), []);
});
