import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseBody } from '../../server/src/core/json/body.ts';
import { isTemplated, maskTemplates } from '../../server/src/core/json/templates.ts';

test('masking keeps every offset and marks templated values', () => {
  const text = '{"model": "{{model}}", "max_tokens": {{max}}, "messages": {{history}}, "x": "a {{b}} c"}';
  const masked = maskTemplates(text);
  assert.equal(masked.length, text.length);
  const value = JSON.parse(masked);
  assert.ok(isTemplated(value.model));
  assert.ok(isTemplated(value.max_tokens));
  assert.ok(isTemplated(value.messages));
  assert.ok(isTemplated(value.x));
  assert.equal(text.indexOf('"messages"'), masked.indexOf('"messages"'));
});

test('text without placeholders is returned as is', () => {
  const text = '{"a": "{ not a {{ placeholder"}';
  assert.equal(maskTemplates(text), text);
});

test('placeholders with quotes or backslashes inside still give valid JSON', () => {
  const masked = maskTemplates('{"k": {{$dotenv "KEY\\x"}}}');
  assert.doesNotThrow(() => JSON.parse(masked));
});

test('strict JSON goes through JSON.parse and locates nodes lazily', () => {
  const text = '{\n  "messages": [\n    {"role": "user", "content": ""}\n  ]\n}';
  const body = parseBody(text);
  assert.equal(body.complete, true);
  assert.deepEqual(body.syntax, []);
  const span = body.locate(['messages', 0, 'content']);
  assert.equal(text.slice(span.start, span.end), '""');
  const key = body.locate(['messages', 0, 'content'], 'key');
  assert.equal(text.slice(key.start, key.end), '"content"');
});

test('a missing path is reported on the nearest existing parent', () => {
  const text = '{"messages": []}';
  const span = parseBody(text).locate(['messages', 3, 'content']);
  assert.equal(text.slice(span.start, span.end), '[]');
});

test('broken JSON gives one syntax problem and a partial value', () => {
  const body = parseBody('{"model": "gpt-4o", "messages": [ {"role": "user", "content": "hi"} ,, ]');
  assert.equal(body.complete, false);
  assert.equal(body.syntax.length, 1);
  assert.match(body.syntax[0].message, /JSON syntax error/);
  assert.equal((body.value as { model: string }).model, 'gpt-4o');
});

test('comments are errors in .json bodies and fine in .jsonc', () => {
  const text = '{\n  // a comment\n  "model": "gpt-4o",\n}';
  assert.equal(parseBody(text).complete, false);
  const lenient = parseBody(text, { allowComments: true });
  assert.equal(lenient.complete, true);
  assert.deepEqual(lenient.value, { model: 'gpt-4o' });
});

test('100 000 levels of nesting neither throw nor hang', () => {
  const deep = '['.repeat(100_000) + ']'.repeat(100_000);
  const body = parseBody(deep);
  assert.equal(body.complete, true);
  assert.doesNotThrow(() => body.locate([0, 0, 0]));
  const broken = parseBody('{"a": ' + '['.repeat(100_000));
  assert.equal(broken.complete, false);
  assert.equal(broken.syntax.length, 1);
});
