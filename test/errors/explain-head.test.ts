/** The facts beside an explanation's title (explain-provenance.ts headFacts): the status is not printed twice. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { headFacts } from '../../server/src/frontend/explain-provenance.ts';
import { explainText } from '../../server/src/core/errors/index.ts';

test('a status entry whose title carries the status: not repeated beside it', () => {
  const [x] = explainText('HTTP/1.1 502 Bad Gateway\n\n<html><title>502 Bad Gateway</title></html>');
  assert.ok(x.title.includes('(502)'));
  assert.ok(!headFacts(x).includes('502'));
});

test('a title without the status keeps it; a code equal to the status is dropped', () => {
  assert.deepEqual(headFacts({ title: 'Rate limited', provider: 'openai', status: 429, code: '429' }), ['openai', '429']);
  assert.deepEqual(headFacts({ title: 'Rate limited', provider: null, status: 429, code: 'rate_limit_exceeded' }), ['429', 'rate_limit_exceeded']);
});
