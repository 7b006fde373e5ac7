/**
 * Real pastes (test/errors/real/, collected from public issue trackers and labelled before the tool
 * ran on them): the first explanation of each case is scored on its fault (one the labeller accepts)
 * and its retryable verdict, per split, printed as a plain line. Once the corpus holds 300 cases the
 * test split must reach 95 % on both. The test split is only measured here, never read while building
 * (scripts/eval-errors.ts lists the train split's misses); nothing of it is printed but the figures.
 * Non-errors (successful responses, ordinary logs) must get no explanation.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { explainText } from '../../server/src/core/errors/index.ts';
import { figureLine, loadCases, loadNonErrors, scoreSplit } from './real-score.ts';

const MIN_CASES = 300;
const THRESHOLD = 95;

const cases = loadCases();

test('real pastes: figures per split', () => {
  const train = scoreSplit(cases.filter((c) => c.split === 'train'));
  const held = scoreSplit(cases.filter((c) => c.split === 'test'));
  console.log(figureLine('train', train));
  console.log(figureLine('test', held));
  if (cases.length < MIN_CASES) {
    console.log(`real pastes: ${cases.length} cases (< ${MIN_CASES}): thresholds not asserted yet`);
    return;
  }
  assert.ok(held.faultPct >= THRESHOLD, `test split: acceptable fault ${held.faultPct} % < ${THRESHOLD} %`);
  assert.ok(held.retryPct >= THRESHOLD, `test split: right retryable ${held.retryPct} % < ${THRESHOLD} %`);
});

test('real non-errors: no explanation', () => {
  const explained = loadNonErrors().filter((n) => explainText(n.text).length > 0);
  console.log(`real non-errors: ${loadNonErrors().length} texts, ${explained.length} explained (should be 0)`);
  // ids only: the texts are in the file
  assert.deepEqual(explained.map((n) => n.id), []);
});
