import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { loadEvidence, percent, scoreAccepted, scoreRejected } from './evidence-score.ts';

/**
 * The held-out evidence (test/fixtures/evidence/README.md). Accepted bodies: no error, ever (a rule that fires
 * on a request the provider accepts is worse than no rule). Rejected requests: the share caught by one of
 * their labelled rules must not fall below the floors reached (raise them as rules improve; never lower them
 * to make a change pass). The test split is asserted on its count only; its cases are never listed.
 */
const FLOORS = { train: 101, test: 46 };

const accepted = loadEvidence('accepted');
const rejected = loadEvidence('rejected');

describe('evidence: accepted bodies', () => {
  test('enough of them, every one with a source', () => {
    assert.ok(accepted.length >= 100, `at least 100 accepted bodies (found ${accepted.length})`);
    for (const c of accepted) assert.match(c.source, /^https:\/\/\S+$/, `${c.file}: source`);
  });
  for (const split of ['train', 'test'] as const) {
    test(`${split}: no error on a body the provider accepts`, () => {
      const score = scoreAccepted(accepted, split);
      const shown = split === 'train' ? score.flagged.map(({ c, findings }) => `${c.file}: ${findings.map((f) => `${f.rule}: ${f.message}`).join('; ')}`) : [];
      assert.equal(score.hits, 0, `${score.hits} of ${score.total} accepted ${split} bodies got errors${shown.length ? `:\n${shown.join('\n')}` : ''}`);
    });
  }
});

describe('evidence: rejected requests', () => {
  test('enough of them, each labelled and sourced', () => {
    assert.ok(rejected.length >= 100, `at least 100 rejected requests (found ${rejected.length})`);
    for (const c of rejected) {
      assert.match(c.source, /^https:\/\/github\.com\/\S+\/(issues|pull)\/\d+$/, `${c.file}: source`);
      assert.ok(c.rules && c.rules.length > 0, `${c.file}: rules`);
      assert.ok(c.error && c.error.length > 0, `${c.file}: the provider's error`);
    }
  });
  for (const split of ['train', 'test'] as const) {
    test(`${split}: caught by the right rule at least as often as the floor`, () => {
      const score = scoreRejected(rejected, split);
      assert.ok(
        score.hits >= FLOORS[split],
        `${split}: ${score.hits} of ${score.total} caught (${percent(score.hits, score.total)}), floor ${FLOORS[split]} (run scripts/eval-requests.ts)`,
      );
    });
  }
});
