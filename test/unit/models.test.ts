import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findDisagreements } from '../../rules/models/disagreements.ts';
import { KNOWN_DISAGREEMENTS } from '../../rules/models/known-disagreements.ts';
import { MODEL_TABLE, createModelTable, defaultModelTable, modelVendor } from '../../rules/models/index.ts';
import type { ParamRestriction } from '../../rules/models/types.ts';

const URL = /^https:\/\/\S+/;

describe('model table rows', () => {
  test('every row names its sources, the day it was checked, and a vendor its id agrees with', () => {
    const seen = new Set<string>();
    for (const entry of MODEL_TABLE) {
      for (const id of [entry.id, ...(entry.aliases ?? [])]) {
        assert.ok(!seen.has(id), `${id} is listed twice`);
        seen.add(id);
        assert.equal(modelVendor(id), entry.vendor, `${id}: vendor`);
      }
      assert.ok(entry.sources.length > 0 && entry.sources.every((s) => URL.test(s)), `${entry.id}: sources`);
      assert.match(entry.checked, /^\d{4}-\d{2}-\d{2}$/);
      if (entry.maxOutputTokens && entry.contextWindow) assert.ok(entry.maxOutputTokens <= entry.contextWindow, `${entry.id}: output within context`);
    }
  });

  test('every quirk carries its evidence', () => {
    const restrictions: ParamRestriction[] = MODEL_TABLE.flatMap((e) => [...(e.quirks?.restrictedParams ?? [])]);
    assert.ok(restrictions.length > 50);
    for (const r of restrictions) {
      assert.ok(r.error.trim() && URL.test(r.source), `${r.param}: error and source`);
    }
    for (const entry of MODEL_TABLE) {
      const q = entry.quirks ?? {};
      for (const evidence of [q.temperatureXorTopP, q.prefillRejected, q.thoughtSignaturesRequired, q.noTools, q.onlyApis]) {
        if (evidence) assert.ok(evidence.error.trim() && URL.test(evidence.source), `${entry.id}: evidence`);
      }
      for (const quirk of [q.anthropicThinking, q.geminiThinking, q.qwenThinking, q.deepseekReasoning]) {
        if (quirk) assert.match(quirk.source, URL, `${entry.id}: quirk source`);
      }
    }
  });
});

describe('lookup', () => {
  const table = defaultModelTable();
  const cases: [string, string | null][] = [
    ['gpt-5', 'gpt-5'],
    ['gpt-5-2025-08-07', 'gpt-5'],
    [' GPT-4o-mini ', 'gpt-4o-mini'],
    ['openai/gpt-4.1', 'gpt-4.1'],
    ['gpt-3.5-turbo-0125', 'gpt-3.5-turbo'],
    ['gpt-5-chat-latest', 'gpt-5-chat-latest'],
    ['claude-sonnet-4-5-20250929', 'claude-sonnet-4-5'],
    ['us.anthropic.claude-sonnet-4-5-20250929-v1:0', 'claude-sonnet-4-5'],
    ['anthropic.claude-3-5-haiku-20241022-v1:0', 'claude-3-5-haiku'],
    ['claude-sonnet-4-5@20250929', 'claude-sonnet-4-5'],
    ['claude-3-7-sonnet-latest', 'claude-3-7-sonnet'],
    ['models/gemini-2.5-flash', 'gemini-2.5-flash'],
    ['gemini-2.0-flash-001', 'gemini-2.0-flash'],
    ['gemini-2.5-pro-preview-06-05', 'gemini-2.5-pro'],
    ['qwen-plus-latest', 'qwen-plus'],
    ['deepseek/deepseek-chat', 'deepseek-chat'],
    ['my-private-model', null],
    ['', null],
  ];
  for (const [input, expected] of cases) {
    test(`${JSON.stringify(input)} -> ${expected}`, () => assert.equal(table.lookup(input)?.id ?? null, expected));
  }

  test('our rows win over the catalog, and the catalog fills what we leave out', () => {
    const haiku = table.lookup('claude-3-5-haiku-20241022');
    assert.equal(haiku?.origin, 'table');
    const catalogOnly = table.lookup('claude-3-5-sonnet-20240620');
    assert.equal(catalogOnly?.id, 'claude-3-5-sonnet');
    const onlyInCatalog = table.lookup('gemini-1.5-flash');
    assert.equal(onlyInCatalog?.contextWindow, 1_000_000, 'context from the catalog where our row has none');
  });

  test('user models: new ids, `like` inherits quirks and limits, explicit limits win', () => {
    const users = createModelTable({ 'acme-gpt': { like: 'gpt-5', contextWindow: 50_000 }, 'claude-next': { maxOutputTokens: 1000 } });
    const acme = users.lookup('acme-gpt');
    assert.equal(acme?.origin, 'user');
    assert.equal(acme?.contextWindow, 50_000);
    assert.equal(acme?.maxOutputTokens, 128_000);
    assert.ok(acme?.quirks.restrictedParams?.some((r) => r.param === 'max_tokens'));
    assert.equal(users.lookup('claude-next')?.vendor, 'anthropic');
    assert.equal(users.lookup('claude-next')?.quirks.anthropicThinking, undefined, 'no quirks are guessed');
    assert.equal(defaultModelTable().lookup('acme-gpt'), null, 'user models do not leak into the shared table');
  });
});

test('the catalog and our table disagree only where known-disagreements.ts says so, and why', () => {
  const key = (d: { id: string; field: string; ours: string; catalog: string }) => `${d.id} ${d.field}: ours ${d.ours}, catalog ${d.catalog}`;
  const found = findDisagreements().map(key).sort();
  const declared = KNOWN_DISAGREEMENTS.map(key).sort();
  assert.deepEqual(found, declared, 'update rules/models/known-disagreements.ts after re-checking the rows against the provider docs');
  for (const d of KNOWN_DISAGREEMENTS) assert.ok(d.reason.length > 20, `${d.id}: reason`);
});
