/**
 * Linear time for the scanners added with r5 and r6 (issue 10): the status after "request failed: " and
 * "failed with status ", code-only bodies after a status ("400 - {"code":"Arrearage"}"), strings
 * hard-wrapped at column 0 inside a body, backtick-quoted names in message-only pastes; Continue's
 * "Error Output" fence, anyhow's "Caused by:" lines, `<h1>` statuses, "API Error (503 …" and short-indent
 * continuation lines. Work is the
 * finder's own count (characters read, decoded or cut out); it must stay within 40× the input, as in
 * adversarial.test.ts. No timing here.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findErrorPayloads, lastScanWork } from '../../server/src/core/errors/index.ts';

const N = 100_000;
const FACTOR = 40;

function check(name: string, text: string): void {
  const payloads = findErrorPayloads(text);
  const work = lastScanWork();
  assert.ok(work <= FACTOR * text.length + 10_000, `${name}: work ${work} for ${text.length} chars`);
  assert.ok(payloads.length <= text.length / 4 + 1, `${name}: ${payloads.length} payloads`);
}

const nearMisses: [string, string][] = [
  ['request failed prefix', 'request failed: '],
  ['request failed with a status', 'Codex API request failed: 400 '],
  ['failed with status prefix', 'failed with status '],
  ['failed with status and digits', 'Request failed with status 42'],
  ['status before a brace', '400 - {'],
  ['status before a code-only body', '400 - {"code":"x"} '],
  ['status before an unterminated code', '429: {"code":"'],
  ['dashes and colons before a brace', ' - : - {"type":"y"}'],
  ['CJK after a status', '429 余额'],
  ['column-0 wrapped python string', "{'error': {'message': 'request reach\ned "],
  ['column-0 wrapped JSON string', '{"error":{"message":"a\nb'],
  ['column-0 wrap that closes late', '{"error":{"message":"x\n' + 'y'.repeat(500) + '"}}'],
  // r6 (issue 10): Continue's Error Output fence, anyhow's Caused by:, title-less pages' headings,
  // "API Error (503 …", and continuation lines indented by one or two blanks
  ['bare status lines with an output label', 'Status Code: 500\n**Error Output**\n'],
  ['bare status lines, label without a fence', 'Status Code: 500 error output '],
  ['an output fence that never closes', 'Status Code: 500\n\n**Error Output**\n```\nx '],
  ['caused-by markers', 'Error: x\nCaused by:\n'],
  ['caused-by with indented lines', 'Error: failed\n\nCaused by:\n    0: a\n    1: b\n'],
  ['headings without a status', '<h1>'],
  ['headings with a status', '<h1>504 Gateway Time-out</h1>'],
  ['API Error parentheses', 'API Error ('],
  ['API Error with a status', 'API Error (503 x) · Retrying in 4 seconds… '],
  ['one-blank continuations', 'Error: 400 The request was rejected because it was considered high\n risk\n'],
  ['message continuations', 'Status: 400, Message: 400 "Incorrect API\n    key provided\n'],
  ['Go default not-found bodies', '404 page not found '],
  ['near Go not-found bodies', '404 page not foun'],
];

for (const [name, unit] of nearMisses) {
  test(`one 1 MB-class line of ${N} × ${JSON.stringify(unit)}`, () => check(name, unit.repeat(N)));
  test(`${N} lines of ${JSON.stringify(unit)}`, () => check(`${name} (lines)`, (unit + '\n').repeat(N)));
}

test('a 1 MB line of bare status lines, then one output label', () => {
  check('status line run', 'Status Code: 500 '.repeat(60_000) + '\n**Error Output**\n```\nx\n```');
});

test('one string hard-wrapped at column 0 fifty thousand times is read once', () => {
  const body = "{'error': {'message': '" + 'word\n'.repeat(50_000) + "end', 'type': 'x'}}";
  check('wrapped at column 0', body);
});

test('message-only pastes full of backticks: bounded by the message-only limit', () => {
  for (const unit of ['`a1` ', '`', '`x y` ', '``']) {
    check(`backticks ${JSON.stringify(unit)}`, unit.repeat(N));
    check(`backticks ${JSON.stringify(unit)}, short`, unit.repeat(Math.floor(300 / unit.length)) + ' rate limit');
  }
});

test('the new positions are read as statuses and codes', () => {
  assert.equal(findErrorPayloads('[openai-codex] Codex API error: Codex API request failed: 400')[0]?.status, 400);
  assert.equal(findErrorPayloads('Request failed with status 429 (rate limited)')[0]?.status, 429);
  const coded = findErrorPayloads('执行测试出现 400 - {"code":"Arrearage"}错误码')[0];
  assert.equal(coded?.status, 400);
  assert.deepEqual(coded?.codes, ['Arrearage']);
  const wrapped = findErrorPayloads("Error code: 429 - {'error': {'message': 'request reach\ned organization TPD rate limit', 'type': 'rate_limit_reached_error'}}")[0];
  assert.ok(wrapped?.messages.some((m) => m.includes('TPD rate limit')), JSON.stringify(wrapped?.messages));
  assert.equal(findErrorPayloads('429 余额不足或无可用资源包,请充值。')[0]?.status, 429);
});
