/**
 * explain / explainText / explainAt: placeholders filled from the message, locales with English
 * fallback, the seed documents explained line by line.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { CATALOG, explain, explainAt, explainText, extractValues, fill, findErrorPayloads, formatWait, matchEntry } from '../../server/src/core/errors/index.ts';
import type { ErrorEntry } from '../../rules/errors/types.ts';

const seed = (name: string) => readFileSync(fileURLToPath(new URL(`../../../shared/seeds/${name}`, import.meta.url)), 'utf8');

const overflow: ErrorEntry = {
  id: 'test/context',
  provider: 'any',
  match: { messageIncludes: ['prompt is too long', 'maximum context length is', 'input token count', 'exceed context limit'] },
  fault: 'request',
  retryable: false,
  title: 'Prompt too long',
  explanation: 'The prompt has {tokens} tokens, {over} more than the {limit} allowed. Trim it.',
  fix: ['Remove about {over} tokens.', 'Retry after {wait}.', 'Shorten the history.'],
  extract: ['context-overflow'],
  source: 'https://example.com',
  examples: [],
};

test('context-overflow numbers from every provider wording', () => {
  const cases: [string, number, number][] = [
    ['prompt is too long: 228527 tokens > 200000 maximum', 228527, 200000],
    ["This model's maximum context length is 128000 tokens. However, your messages resulted in 204308 tokens.", 204308, 128000],
    ['The input token count (1200000) exceeds the maximum number of tokens allowed (1048576).', 1200000, 1048576],
    ['input length and `max_tokens` exceed context limit: 198000 + 8192 > 200000, decrease input length or `max_tokens` and try again', 206192, 200000],
    ['Input tokens exceed the configured limit of 272000 tokens. Your messages resulted in 296616 tokens.', 296616, 272000],
  ];
  for (const [msg, tokens, limit] of cases) {
    const v = extractValues([msg], ['context-overflow'], null);
    assert.equal(v.tokens, tokens, msg);
    assert.equal(v.limit, limit, msg);
    assert.equal(v.over, tokens - limit, msg);
  }
});

test('max-tokens and quota-limit numbers', () => {
  const a = extractValues(['max_tokens: 100000 > 64000, which is the maximum allowed number of output tokens for claude-sonnet-4-5'], ['max-tokens'], null);
  assert.deepEqual([a.maxTokens, a.limit, a.over], [100000, 64000, 36000]);
  const b = extractValues(['Rate limit reached for gpt-4o in organization org-x on tokens per min (TPM): Limit 30000, Used 25000, Requested 8000. Please try again in 6s.'], ['quota-limit'], 6);
  assert.deepEqual([b.limit, b.used, b.requested, b.wait], [30000, 25000, 8000, '6s']);
  const c = extractValues(['Quota exceeded for metric: generativelanguage.googleapis.com/generate_content_free_tier_requests, limit: 0, model: gemini-2.0-flash'], ['quota-limit'], null);
  assert.equal(c.metric, 'generativelanguage.googleapis.com/generate_content_free_tier_requests');
  assert.equal(c.model, 'gemini-2.0-flash');
  assert.equal(c.limit, 0);
});

test('fill: placeholders filled; sentences with unknown values dropped', () => {
  assert.equal(fill('Over by {over}. Trim it.', { over: 5 }), 'Over by 5. Trim it.');
  assert.equal(fill('Over by {over}. Trim it.', {}), 'Trim it.');
  assert.equal(fill('超出 {over} 个 token。请缩短。', {}), '请缩短。');
  assert.equal(fill('Wait {wait}.', {}), '');
  assert.equal(formatWait(0.02), '20ms');
  assert.equal(formatWait(1.2), '1.2s');
  assert.equal(formatWait(90), '1m 30s');
  assert.equal(formatWait(86400), '24h');
});

test('explain: the contract fields, numbers filled, steps without a value dropped', () => {
  const [p] = findErrorPayloads('400 - prompt is too long: 228527 tokens > 200000 maximum', { catalog: [overflow] });
  const x = explain(p, overflow, 'en', {});
  assert.equal(x.status, 400);
  assert.equal(x.fault, 'request');
  assert.equal(x.retryable, false);
  assert.equal(x.rule, null);
  assert.equal(x.id, 'test/context');
  assert.equal(x.explanation, 'The prompt has 228527 tokens, 28527 more than the 200000 allowed. Trim it.');
  assert.deepEqual(x.fix, ['Remove about 28527 tokens.', 'Shorten the history.']);
  assert.deepEqual(x.span, { start: 0, end: 56 });
});

test('locale: translation by entry id, English fallback', () => {
  const [p] = findErrorPayloads('prompt is too long: 10 tokens > 5 maximum', { catalog: [overflow] });
  const fr = explain(p, overflow, 'fr', { fr: { 'test/context': { title: 'Invite trop longue', explanation: 'Il y a {over} jetons de trop.', fix: ['Retirez {over} jetons.', 'Attendez {wait}.', 'Raccourcissez.'] } } });
  assert.equal(fr.title, 'Invite trop longue');
  assert.equal(fr.explanation, 'Il y a 5 jetons de trop.');
  assert.deepEqual(fr.fix, ['Retirez 5 jetons.', 'Raccourcissez.']);
  const zh = explain(p, overflow, 'zh-cn', {});
  assert.equal(zh.title, 'Prompt too long');
});

test('explainAt: the payload under the offset, in a large document too', () => {
  const line = '2026-01-02 ERROR {"error":{"message":"prompt is too long: 300 tokens > 200 maximum","type":"invalid_request_error"}}';
  const filler = 'x'.repeat(80) + '\n';
  const text = filler.repeat(5000) + line + '\n' + filler.repeat(5000);
  const at = text.indexOf('prompt is');
  const x = explainAt(text, at, 'en', { catalog: [overflow] });
  assert.ok(x);
  assert.equal(text.slice(x.span.start, x.span.start + 10), '{"error":{');
  assert.equal(x.values.over, 100);
  assert.equal(explainAt(text, 10, 'en', { catalog: [overflow] }), null);
});

test('explainText over the built-in catalog: a bare status still gets an explanation', () => {
  const xs = explainText('HTTP/1.1 418 I\'m a teapot\n\nHTTP/1.1 504 Gateway Timeout\n');
  assert.ok(xs.some((x) => x.status === 504), JSON.stringify(xs.map((x) => x.id)));
});

// ---------------------------------------------------------------------------------------------
// the seeds: every entry explainable

test('seed 002 (relay table): every "NNN - message" heading gets a specific entry', () => {
  const text = seed('002_5f17d7eb3278ba73.txt');
  const headings = text.split('\n').filter((l) => /^\d{3}(\/\d{3})? - /.test(l));
  assert.ok(headings.length >= 35, `found ${headings.length} headings`);
  const generic: string[] = [];
  for (const h of headings) {
    const ps = findErrorPayloads(h);
    assert.equal(ps.length, 1, h);
    const m = matchEntry(ps[0], CATALOG);
    assert.ok(m, `not explained: ${h}`);
    if (m.entry.id.startsWith('seed/http-')) generic.push(`${h} -> ${m.entry.id}`);
  }
  assert.deepEqual(generic, [], 'only the status table explains these');
});

test('seed 001 (DashScope table): every row gets a DashScope entry', () => {
  const text = seed('001_f31e4de9f0a7b3dd.txt');
  const rows = text.split('\n').filter((l) => /^\d{3} \| /.test(l));
  assert.ok(rows.length >= 24);
  const wrong: string[] = [];
  for (const r of rows) {
    const [p] = findErrorPayloads(r);
    const m = p && matchEntry(p, CATALOG);
    if (!m || m.entry.provider !== 'dashscope') wrong.push(`${r.slice(0, 60)} -> ${m?.entry.id ?? 'nothing'}`);
  }
  assert.deepEqual(wrong, []);
  // and the response shape quoted in the seed
  const [body] = findErrorPayloads('{' + text.slice(text.indexOf('"request_id"'), text.indexOf('返回參數')).trim() + '}');
  assert.equal(matchEntry(body, CATALOG)?.entry.provider, 'dashscope');
});

test('seeds 000 and 003 (status tables, English and French): every status row is explained', () => {
  for (const [name, statuses] of [
    ['000_02c9d96caa861831.txt', [400, 401, 403, 404, 422, 429, 500, 501, 502, 503, 504]],
    ['003_b4ba871b90dc0e7b.txt', [400, 401, 403, 404, 422, 429, 500, 501, 502, 503, 504]],
  ] as const) {
    const xs = explainText(seed(name));
    const seen = new Set(xs.map((x) => x.status));
    for (const s of statuses) assert.ok(seen.has(s), `${name}: status ${s} not explained (got ${[...seen].join(', ')})`);
  }
});
