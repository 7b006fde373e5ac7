/**
 * Linear time, as a property: for adversarial inputs (100 000 repetitions of each pattern's
 * near-miss, a 1 MB line, deep nesting, unterminated strings) the work counted by the finder
 * (characters read by the tolerant reader, decoded, or cut out as windows) stays within a constant
 * factor of the input size, and the number of payloads stays bounded by the input. No timing here;
 * bench/explain.ts measures speed.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CATALOG, findErrorPayloads, lastScanWork, matchEntry } from '../../server/src/core/errors/index.ts';

const N = 100_000;
const FACTOR = 40;

function check(name: string, text: string): void {
  const payloads = findErrorPayloads(text);
  const work = lastScanWork();
  assert.ok(work <= FACTOR * text.length + 10_000, `${name}: work ${work} for ${text.length} chars`);
  assert.ok(payloads.length <= text.length / 4 + 1, `${name}: ${payloads.length} payloads`);
  // matching stays bounded too: match a sample of payloads (all of them would be the same work per payload)
  for (const p of payloads.slice(0, 200)) matchEntry(p, CATALOG);
}

const nearMisses: [string, string][] = [
  ['object starts', '{"'],
  ['python starts', "{'"],
  ['inspect starts', '{ a'],
  ['escaped JSON starts', '{\\"'],
  ['error keys without values', '{"error":'],
  ['unterminated strings', '{"error":{"message":"x'],
  ['braces', '{'],
  ['close braces', '}'],
  ['python SDK prefix', 'Error code: 4'],
  ['python SDK full', "Error code: 400 - {'error': "],
  ['JS SDK prefix', 'BadRequestError: '],
  ['JS SDK with status', 'Error: 429 '],
  ['exception names', 'ValidationException'],
  ['exception with colon', 'ThrottlingException: '],
  ['botocore prefix', 'An error occurred ('],
  ['python modules', 'google.api_core.exceptions.'],
  ['status code phrase', 'status code '],
  ['status code with digits', 'status code 503 '],
  ['status_code', 'status_code: 4'],
  ['Error NNN', 'Error 42'],
  ['status: ', 'status: '],
  ['HTTP versions', 'HTTP/1.1 '],
  ['HTTP status lines', 'HTTP/1.1 429 '],
  ['gRPC weak names', 'UNAVAILABLE '],
  ['gRPC strong names', 'RESOURCE_EXHAUSTED '],
  ['DashScope prefix', '<400> '],
  ['digits', '4000'],
  ['table cells', '| 400 | '],
  ['relay request ids', '(request id: '],
  ['phrase prefix', 'prompt is too lon'],
  ['phrase', 'prompt is too long '],
  ['Chinese relay phrase', '无可用渠道'],
  ['retry phrases', 'try again in '],
  ['curly quotes', '{“'],
  ['unicode escapes', '{"\\u'],
  ['backslashes', '\\\\\\\\'],
  // every other literal needle of find.ts (issue 6: each needle has a near-miss here)
  ['HTTP/1.0 status lines', 'HTTP/1.0 503 '],
  ['HTTP/2 status lines', 'HTTP/2 429 '],
  ['HTTP/2.0 and HTTP/3', 'HTTP/2.0 HTTP/3 '],
  ['http/ without a version', 'http/'],
  ['unexpected status', 'unexpected status '],
  ['errorCode: ', 'errorCode: '],
  ['botocore calling', 'An error occurred (ThrottlingException) when calling the '],
  ['botocore retries', 'An error occurred (ThrottlingException) when calling the Converse operation (reached max retries: '],
  ['Chinese request id', '（request id:'],
  ['table cells with bold', '| **400** | '],
  ['angle status without close', '<400 '],
];

// Each gRPC / Google status name, as a whole word without error context (weak names) and glued to
// identifiers; 20 000 repetitions each (the bound is per character, so fewer keep the run short).
for (const name of ['RESOURCE_EXHAUSTED', 'DEADLINE_EXCEEDED', 'INVALID_ARGUMENT', 'PERMISSION_DENIED', 'FAILED_PRECONDITION', 'UNAUTHENTICATED', 'OUT_OF_RANGE', 'UNAVAILABLE', 'NOT_FOUND', 'INTERNAL', 'ALREADY_EXISTS', 'ABORTED', 'UNIMPLEMENTED', 'DATA_LOSS']) {
  test(`20000 × gRPC ${name}, alone and glued, on one line and on lines`, () => {
    for (const unit of [`${name} `, `x${name}_`]) {
      check(`gRPC ${name}`, unit.repeat(N / 5));
      check(`gRPC ${name} (lines)`, `${unit}\n`.repeat(N / 5));
    }
  });
}

for (const [name, unit] of nearMisses) {
  test(`one 1 MB-class line of ${N} × ${JSON.stringify(unit)}`, () => check(name, unit.repeat(N)));
  test(`${N} lines of ${JSON.stringify(unit)}`, () => check(`${name} (lines)`, (unit + '\n').repeat(N)));
}

test("every catalog phrase's near-miss (one character short), repeated to over 1 MB", () => {
  const phrases = [...new Set(CATALOG.flatMap((e) => e.match.messageIncludes ?? []))].filter((m) => m.trim().length >= 4);
  assert.ok(phrases.length > 20, `${phrases.length} phrases`);
  const unit = phrases.map((m) => m.slice(0, -1)).join(' | ');
  check('catalog phrase prefixes', unit.repeat(Math.ceil(1_000_000 / unit.length)));
  check('catalog phrase prefixes (lines)', phrases.map((m) => m.slice(0, -1)).join('\n').concat('\n').repeat(Math.ceil(1_000_000 / unit.length)));
});

test('deep nesting', () => {
  check('arrays', '['.repeat(N) + ']'.repeat(N));
  check('objects', '{"a":'.repeat(N) + '1' + '}'.repeat(N));
  check('error objects', '{"error":'.repeat(N) + '"x"' + '}'.repeat(N));
  check('python', "{'error': ".repeat(N));
});

test('a 1 MB line without errors, and one with an error in the middle', () => {
  const filler = 'lorem ipsum dolor sit amet, '.repeat(40_000);
  check('no errors', filler);
  assert.deepEqual(findErrorPayloads(filler), []);
  const text = filler + '{"error":{"message":"Overloaded","type":"overloaded_error"}}' + filler;
  check('one error', text);
  const found = findErrorPayloads(text);
  assert.equal(found.length, 1);
  assert.deepEqual(found[0].codes, ['overloaded_error']);
});

test('a long string value inside a body is read once', () => {
  const body = '{"error":{"message":"' + 'a'.repeat(2_000_000) + '","type":"x"}}';
  check('long message', body);
});

// The kind classifier (classify.ts) reads a bounded prefix of the messages once, whatever they hold.
test("the classifier: every kind phrase's near-miss, repeated to over 1 MB, is read in bounded work", async () => {
  const { classifyPayload, lastClassifyWork } = await import('../../server/src/core/errors/classify.ts');
  const { KINDS } = await import('../../rules/errors/kinds.ts');
  const phrases = KINDS.flatMap((k) => k.phrases).filter((p) => p.length >= 2);
  const unit = phrases.map((p) => p.slice(0, -1)).join(' | ');
  const big = unit.repeat(Math.ceil(1_000_000 / unit.length));
  for (const text of [big, phrases.join('x').repeat(Math.ceil(1_000_000 / unit.length))]) {
    const payload = { ...findErrorPayloads('{"error":{"message":"x"}}')[0], messages: [text, text, text], codes: Array(1000).fill('nope') };
    classifyPayload(payload);
    assert.ok(lastClassifyWork() <= 40_000, `classifier work ${lastClassifyWork()} for ${text.length * 3} chars`);
  }
});
