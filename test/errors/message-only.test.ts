/**
 * A paste that is only an error's message (message-only.ts): explained when its wording names a kind
 * and it reads like a service's message; prose about errors, code and configuration stay unexplained.
 * Examples are written here (and from the train split's shapes), never from the held-out split.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { explainText, findErrorPayloads } from '../../server/src/core/errors/index.ts';

const explained: [string, string][] = [
  ["You don't have access to this model.", 'auth'],
  ['Your monthly limit has been reached. Upgrade to a paid plan to continue.', 'quota'],
  ['"Worker request limit reached (12/10)"', 'rate-limit'],
  ['当前模型负载过高，请稍后重试', 'upstream'],
  ['No available upstream candidate for model foo', 'relay'],
];

for (const [text, fault] of explained) {
  test(`message-only: ${text}`, () => {
    const x = explainText(text);
    assert.equal(x.length, 1);
    assert.equal(x[0].fault, fault);
    assert.equal(x[0].confidence, 'kind');
    assert.deepEqual([x[0].span.start, x[0].span.end], [0, text.length]);
  });
}

const quiet = [
  'I think the rate limit is too low for this model.',
  'Sorry, this happens when the server is overloaded. Does that help?',
  'The 429 status code indicates too many requests.',
  'Retries on timeouts such as a connection reset.',
  '`rate_limit` is configured per key',
  'retry_on: rate limit, timeout',
  'RATE_LIMIT=100; TIMEOUT=30',
  '这是限流配置，可能需要调整',
  'Hello world, nothing failed here.',
  'The request was rejected because of rate limits. '.repeat(8),
];

for (const text of quiet) {
  test(`not a message-only error: ${text.slice(0, 60)}`, () => {
    assert.deepEqual(findErrorPayloads(text), []);
  });
}

test('another payload in the paste: the message-only reading stands aside', () => {
  const x = explainText('Error: 503 Service Unavailable');
  assert.equal(x.length, 1);
  assert.notEqual(x[0].payload.format, 'text');
});
