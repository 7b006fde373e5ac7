/**
 * Formats and wordings the r6 train split showed (test/errors/real/r6.json, train only; the texts here are
 * written for the test, shaped like those pastes): each is found and explained with the right fault and
 * retry advice.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { explainText } from '../../server/src/core/errors/index.ts';

function first(text: string) {
  const x = explainText(text)[0];
  assert.ok(x, `no explanation for ${JSON.stringify(text.slice(0, 60))}`);
  return x;
}

test("Continue's report: the message is in the fence under Error Output, not the bare status", () => {
  const x = first('Model: Some Model\nProvider: ollama\nStatus Code: 500\n\n**Error Output**\n```\n"model requires more system memory (9.1 GiB) than is available (4.0 GiB)"\n```');
  assert.equal(x.id, 'kind/server-memory');
  assert.equal(x.fault, 'request');
  assert.equal(x.retryable, false);
  const key = first('Model: M\nProvider: xAI\nStatus Code: 400\n\n**Error Output**\n```\n400 "Incorrect API key provided: ab***cd."\n```');
  assert.equal(key.fault, 'auth');
});

test('a message wrapped by the terminal goes on in the indented line below', () => {
  const x = first('Error: [provider.api_error] 400 The request was rejected because it was considered high\n risk');
  assert.equal(x.fault, 'content-filter');
  assert.equal(x.retryable, false);
  const y = first('Status: 400, Code: unknown, Message: 400 "Incorrect API\n    key provided: xy***z."');
  assert.equal(y.fault, 'auth');
});

test('a title-less HTML page gives its status in the first heading', () => {
  const x = first('<html><body><h1>502 Bad Gateway</h1>\nThe server returned an invalid response.\n</body></html>');
  assert.equal(x.status, 502);
  assert.equal(x.retryable, true);
});

test("Claude Code's API Error (503 …) carries the status in a parenthesis, on every retry line", () => {
  const line = '  ⎿  API Error (503 upstream connect error or disconnect/reset before headers. reset reason: connection failure, transport failure reason: delayed connect error: 111) · Retrying in 4 seconds… (attempt 4/10)';
  const x = first(`${line}\n${line}`);
  assert.equal(x.fault, 'upstream');
  assert.equal(x.retryable, true);
});

test("anyhow's Caused by: the indented cause is the provider's message", () => {
  const x = first('Error: Failed to call chat-completions api\n\nCaused by:\n    registry.ollama.ai/library/some-model:7b does not support tools (type: api_error)');
  assert.equal(x.id, 'kind/unsupported-feature');
  assert.equal(x.retryable, false);
});

test('message-only: a bracketed numeric code, a runtime errno, a service saying sorry', () => {
  assert.equal(first('[1301][系统检测到输入内容可能包含敏感内容，请修改后重试。]').fault, 'content-filter');
  const reset = first('ECONNRESET: The socket connection was closed unexpectedly. For more information, pass `verbose: true` in the options.');
  assert.equal(reset.fault, 'upstream');
  assert.equal(reset.retryable, true);
  const rl = first('Sorry, you have been rate-limited. Please wait a moment before trying again.');
  assert.equal(rl.fault, 'rate-limit');
  assert.equal(rl.retryable, true);
});

test('a window of hours or a wait of an hour or more is not retryable (README rule 3)', () => {
  const hours = first('HTTP 429: {"type":"error","error":{"type":"rate_limit_error","message":"usage limit exceeded, 5-hour usage limit reached for Plan X (0/0 used), resets at 2026-05-15T15:00:00Z"}}');
  assert.equal(hours.retryable, false);
  const day = first("Error code: 429 - {'error': {'code': '429', 'message': 'Requests to the Operation have exceeded token rate limit of your current tier. Please retry after 86400 seconds.'}}");
  assert.equal(day.retryable, false);
  const minute = first("Error code: 429 - {'error': {'code': '429', 'message': 'Requests to the Operation have exceeded token rate limit of your current tier. Please retry after 60 seconds.'}}");
  assert.equal(minute.retryable, true);
});

test('the output budget over the model cap is a request problem', () => {
  const x = first('Error: The maximum tokens you requested exceed the model limit of 8192. Try again with a lower value.');
  assert.equal(x.fault, 'request');
});

test("Go's default 404 body from a relay or proxy is a 404: a wrong base URL or path", () => {
  const x = first('【服务响应异常: 404 page not found】');
  assert.equal(x.status, 404);
  assert.equal(x.fault, 'request');
  assert.equal(x.retryable, false);
});
