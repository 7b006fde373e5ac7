/**
 * One error report, one explanation: a status line and its body, an SDK exception and its
 * traceback's body, a log line and the wrapper repeating it are grouped, and the group's most
 * confident explanation (documented > kind > status) speaks for it over the group's span. Different
 * errors stay separate.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { explainAt, explainText } from '../../server/src/core/errors/index.ts';

const rateLimitBody =
  '{"error":{"message":"Rate limit reached for gpt-4o in organization org-x on tokens per min (TPM): Limit 30000, Used 25000, Requested 8000. Please try again in 6s.","type":"tokens","param":null,"code":"rate_limit_exceeded"}}';
const contextBody =
  '{"error":{"message":"This model\'s maximum context length is 128000 tokens. However, your messages resulted in 204308 tokens.","type":"invalid_request_error","param":"messages","code":"context_length_exceeded"}}';
const anthropicApiError = '{"type":"error","error":{"type":"api_error","message":"Internal server error"}}';
const anthropicAuth = '{"type":"error","error":{"type":"authentication_error","message":"invalid x-api-key"}}';

test('a status line then its body: one explanation, the documented one, over both', () => {
  const text = `API Error: 429\n${rateLimitBody}`;
  const xs = explainText(text);
  assert.equal(xs.length, 1);
  assert.equal(xs[0].confidence, 'documented');
  assert.equal(xs[0].id, 'openai/rate-limit-exceeded');
  assert.deepEqual(xs[0].span, { start: 0, end: text.length });
  assert.equal(xs[0].status, 429);
});

test('a status line, whitespace, then the body: the status is taken over from the line', () => {
  const text = `API Error: 500\n     ${anthropicApiError}`;
  const xs = explainText(text);
  assert.equal(xs.length, 1);
  assert.equal(xs[0].id, 'anthropic/api-error');
  assert.equal(xs[0].status, 500);
  assert.equal(xs[0].span.start, 0);
});

test('an SDK exception, traceback lines, then the body: one explanation', () => {
  const text = `openai.BadRequestError: Error code: 400\nTraceback (most recent call last):\n  File "app.py", line 3, in <module>\n    client.chat.completions.create()\n${contextBody}`;
  const xs = explainText(text);
  assert.equal(xs.length, 1);
  assert.equal(xs[0].id, 'openai/context-length-exceeded');
  assert.equal(xs[0].status, 400);
  assert.deepEqual(xs[0].span, { start: 0, end: text.length });
});

test('a log line and the same error repeated with log prefixes: one explanation', () => {
  const text =
    '2025-01-01 12:00:00 ERROR Status Code: 429\n2025-01-01 12:00:00 ERROR {"type":"error","error":{"type":"rate_limit_error","message":"Number of request tokens has exceeded your per-minute rate limit"}}';
  const xs = explainText(text);
  assert.equal(xs.length, 1);
  assert.equal(xs[0].id, 'anthropic/rate-limit-error');
  assert.equal(xs[0].status, 429);
});

test('different errors stay separate: two bodies on two lines, contradicting statuses, a distant body', () => {
  const twoBodies =
    '{"error":{"message":"Incorrect API key provided: sk-abc.","type":"invalid_request_error","param":null,"code":"invalid_api_key"}}\n' +
    '{"error":{"message":"Rate limit reached for gpt-4o in organization org-x on requests per min.","type":"requests","param":null,"code":"rate_limit_exceeded"}}';
  assert.deepEqual(explainText(twoBodies).map((x) => x.id), ['openai/invalid-api-key', 'openai/rate-limit-exceeded']);

  const sameTypeOtherMessages =
    '{"type":"error","error":{"type":"invalid_request_error","message":"temperature: range is 0 to 1"}}\n' +
    '{"type":"error","error":{"type":"invalid_request_error","message":"top_p: range is 0 to 1"}}';
  assert.equal(explainText(sameTypeOtherMessages).length, 2);

  const statuses = `openai.APIStatusError: Error code: 503\n  File "app.py", line 3, in <module>\n${anthropicAuth}`;
  assert.deepEqual(explainText(statuses).map((x) => x.status), [503, 401]);

  const prose = `API Error: 429\nsome unrelated sentence about the weather today and tomorrow\n${rateLimitBody}`;
  assert.deepEqual(explainText(prose).map((x) => x.confidence), ['status', 'documented']);

  const far = `API Error: 429\n${'\n'.repeat(30)}${rateLimitBody}`;
  assert.equal(explainText(far).length, 2);
});

test('explainAt: anywhere in the report, the group\'s best', () => {
  const text = `API Error: 500\n${anthropicApiError}`;
  for (const at of [3, 14, text.length - 3]) {
    const x = explainAt(text, at);
    assert.equal(x?.id, 'anthropic/api-error', `offset ${at}`);
    assert.deepEqual(x?.span, { start: 0, end: text.length });
  }
});

test('grouping stays linear: a long log of the same status line is one report, two errors alternating stay apart', () => {
  const same = 'Error code: 429\n'.repeat(5000);
  assert.equal(explainText(same).length, 1);
  const alternating = `API Error: 401\n${anthropicAuth}\n\nAPI Error: 500\n${anthropicApiError}\n`.repeat(500);
  const xs = explainText(alternating);
  assert.equal(xs.length, 1000);
  assert.deepEqual([xs[0].id, xs[1].id], ['anthropic/authentication-error', 'anthropic/api-error']);
});
