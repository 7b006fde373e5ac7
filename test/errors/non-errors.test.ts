/**
 * Issue 10 part 2: not every mention is an error. Successful responses whose generated text names an
 * error code, logs of a retry that succeeded, "HTTP/1.1 200 OK" lines, retry config listing statuses,
 * prose and documentation quoting an error: no explanation for any of them.
 * test/errors/real/non-errors.json holds texts copied from public threads (with the reason each is not
 * an error); fixtures-non-errors.ts holds success bodies in each API's documented shape.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { explainText, findErrorPayloads } from '../../server/src/core/errors/index.ts';
import { NON_ERRORS } from './fixtures-non-errors.ts';

interface NonError {
  id: string;
  url: string;
  text: string;
  why: string;
}

const real: NonError[] = JSON.parse(readFileSync(new URL('./real/non-errors.json', import.meta.url), 'utf8'));

test('real non-errors: no explanation for any', () => {
  const explained = real.filter((c) => explainText(c.text).length > 0).map((c) => `${c.id} (${c.why})`);
  assert.deepEqual(explained, []);
});

for (const [name, text] of NON_ERRORS) {
  test(`no payload: ${name}`, () => {
    assert.deepEqual(explainText(text), []);
    assert.deepEqual(findErrorPayloads(text), []);
  });
}

test('a refusal that comes back as HTTP 200 is still reported', () => {
  const text = JSON.stringify({ choices: [{ index: 0, message: { role: 'assistant', content: null }, finish_reason: 'content_filter' }] });
  assert.equal(findErrorPayloads(text).length, 1);
  const gemini = JSON.stringify({ candidates: [{ content: { parts: [] }, finishReason: 'SAFETY', index: 0 }] });
  assert.equal(findErrorPayloads(gemini).length, 1);
});

test('an error after a success body in the same paste is still found', () => {
  const ok = JSON.stringify({ type: 'message', role: 'assistant', content: [{ type: 'text', text: 'Error code: 429' }] });
  const text = `${ok}\n{"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}`;
  const all = findErrorPayloads(text);
  assert.equal(all.length, 1);
  assert.equal(all[0].code, 'overloaded_error');
});
