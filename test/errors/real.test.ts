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
import { figureLine, loadCases, loadNonErrors, scoreSplit } from './real-score.ts';

const MIN_CASES = 500;
/** The target for the held-out split. */
const TARGET = 95;
/**
 * What the held-out splits scored when this file last changed: falling below one is a regression.
 * "old" is r1–r3 (collected before the recognition layers), "new" is r4 (collected after them), and
 * "combined" is both.
 */
const FLOOR = {
  old: { fault: 90.8, retry: 89.3 },
  new: { fault: 93.0, retry: 90.7 },
  combined: { fault: 91.4, retry: 89.7 },
};

const cases = loadCases();
const isOld = (id: string) => /^r[123]-/.test(id);

const train = scoreSplit(cases.filter((c) => c.split === 'train'));
const held = scoreSplit(cases.filter((c) => c.split === 'test'));
const heldOld = scoreSplit(cases.filter((c) => c.split === 'test' && isOld(c.id)));
const heldNew = scoreSplit(cases.filter((c) => c.split === 'test' && !isOld(c.id)));

test('real pastes: figures per split, no regression on the held-out splits', () => {
  console.log(figureLine('train', train));
  console.log(figureLine('test (old, r1-r3)', heldOld));
  console.log(figureLine('test (new, r4+)', heldNew));
  console.log(figureLine('test (combined)', held));
  assert.ok(cases.length >= MIN_CASES, `the corpus has ${cases.length} cases, fewer than ${MIN_CASES}`);
  for (const [name, f, floor] of [['old', heldOld, FLOOR.old], ['new', heldNew, FLOOR.new], ['combined', held, FLOOR.combined]] as const) {
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
  // ids only: the texts are in the file
  assert.deepEqual(explained.map((n) => n.id), []);
});
