// A bare body whose API the user named (CLI --api, llmPreflight.apis) is linted as the request itself, in the
// core (so the CLI, the server and the library agree): the API's own provider is assumed unless the model is
// another maker's, and required top-level fields count. Run: node --import tsx --test test/unit/declared-api.test.ts
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { detectRequest } from '../../server/src/core/detect.ts';
import { lintText } from '../../server/src/core/lint.ts';
import { createModelTable } from '../../rules/models/index.ts';

const bare = { span: { start: 0, end: 0 }, headers: [], notes: [] };
const rules = (text: string, options: Parameters<typeof lintText>[1]) => lintText(text, { filePath: '/x/body.json', ...options }).findings.map((f) => f.rule);

test('detection: a declared API on a bare body assumes its first-party provider, unless the model is another maker\'s', () => {
  assert.deepEqual(
    [detectRequest(bare, { model: 'claude-sonnet-4-5' }, 'anthropic-messages')].map((d) => [d.provider, d.declaredApi]),
    [['anthropic', true]],
  );
  assert.equal(detectRequest(bare, { contents: [] }, 'gemini-generate').provider, 'gemini');
  assert.equal(detectRequest(bare, { model: 'deepseek-chat' }, 'openai-chat').provider, null);
  assert.equal(detectRequest(bare, { model: 'claude-sonnet-4-5', messages: [] }).declaredApi, undefined, 'detected from the shape: a fragment');
  const withUrl = detectRequest({ ...bare, url: 'https://llm-gw.example.com/v1/messages' }, {}, 'anthropic-messages');
  assert.deepEqual([withUrl.provider, withUrl.declaredApi], ['relay', undefined], 'a URL still decides the provider');
});

test('lint: the same body is a fragment without --api and a whole request with it', () => {
  const body = '{"model": "claude-sonnet-4-5", "messages": [{"role": "user", "content": "hi"}]}';
  assert.deepEqual(rules(body, {}), []);
  assert.deepEqual(rules(body, { api: 'anthropic-messages' }), ['missing-required-field']);
  const gemini = '{"contents": [{"role": "user", "parts": [{"text": "hi"}]}], "generationConfig": {"temprature": 0.5}}';
  assert.deepEqual(rules(gemini, { api: 'gemini-generate' }), ['unknown-parameter']);
});

test("a user model without a vendor takes the maker of the request's API", () => {
  const table = createModelTable({ 'acme-claude': { maxOutputTokens: 1000 } });
  assert.equal(table.lookup('acme-claude'), null, 'no vendor, no API: unknown');
  assert.equal(table.lookup('acme-claude', 'anthropic')?.maxOutputTokens, 1000);
  assert.equal(table.lookup('acme-claude', 'anthropic')?.vendor, 'anthropic');
  const body = '{"model": "acme-claude", "max_tokens": 5000, "messages": [{"role": "user", "content": "hi"}]}';
  assert.deepEqual(rules(body, { api: 'anthropic-messages', models: { 'acme-claude': { maxOutputTokens: 1000 } } }), ['max-tokens-exceeds-model-limit']);
});
