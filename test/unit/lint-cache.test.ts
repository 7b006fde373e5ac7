import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createLinter, lintText, type LintOptions } from '../../server/src/core/lint.ts';
import type { RuleModule } from '../../rules/types.ts';

/**
 * The per-request cache of createLinter() must be invisible: after any sequence of edits, a primed
 * linter reports exactly what a fresh lintText reports on the same text and options.
 */
const request = (n: number, text: string, host = '{{host}}') =>
  `### request ${n}\nPOST ${host}/v1/messages\nx-api-key: {{key}}\nanthropic-version: 2023-06-01\nContent-Type: application/json\n\n{"model":"claude-sonnet-4-5","max_tokens":5,"messages":[{"role":"user","content":[{"type":"text","text":"${text}"}]}]}\n\n`;

function same(linter: ReturnType<typeof createLinter>, text: string, options: LintOptions): void {
  const fresh = lintText(text, options);
  const cached = linter.lint(text, options);
  assert.deepEqual(cached.findings, fresh.findings);
  assert.deepEqual(cached.units.map((u) => u.detection), fresh.units.map((u) => u.detection));
}

test('a primed linter matches a fresh lint after edits, variable changes and setting changes', () => {
  const linter = createLinter();
  const options: LintOptions = { filePath: '/x/a.http' };
  let text = '@host = https://api.anthropic.com\n\n' + request(1, 'hi') + request(2, '') + request(3, 'hi');
  same(linter, text, options);
  text = text.replace('"hi"', '"hello"'); // edit inside request 1
  same(linter, text, options);
  text = text.replace('@host = https://api.anthropic.com', '@host = https://relay.example.com'); // same unit texts, other URL
  same(linter, text, options);
  same(linter, text, { ...options, rules: { 'empty-text-block': 'off' } }); // same texts, other settings
  same(linter, text, options);
  text = request(2, '') + text; // a duplicate of a request already cached
  same(linter, text, options);
});

test('a single big JSON body re-lints the same after a one-character edit', () => {
  const linter = createLinter();
  const body = (t: string) => JSON.stringify({ model: 'gpt-4o', messages: [{ role: 'user', content: [{ type: 'text', text: t }] }, { role: 'user', content: 'x'.repeat(50_000) }] }, null, 2);
  const options: LintOptions = { filePath: '/x/body.json' };
  same(linter, body('abc'), options);
  same(linter, body(''), options);
  same(linter, body('abc'), options);
});

test('a version of a request that comes back is served from the cache, however often it alternates', () => {
  let analyses = 0;
  const counting: RuleModule = {
    meta: { id: 'counting', severity: 'info', apis: 'all', description: 'Counts analyses.', providerErrors: [], messages: { seen: 'Seen.' } },
    check() {
      analyses++;
    },
  };
  const linter = createLinter({ rules: [counting], now: () => 0 });
  const options: LintOptions = { filePath: '/x/a.http' };
  // Ten requests, so that an edit in the sixth re-splits only the blocks around it (not a full split).
  const around = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => request(from + i, `r${from + i}`)).join('');
  const version = (t: string) => around(1, 6) + request(6, t) + around(7, 11);
  linter.lint(version('a'), options);
  assert.equal(analyses, 10);
  // Typing a character and deleting it, 200 times: two versions of request 2, each analysed once.
  for (let i = 0; i < 200; i++) linter.lint(version(i % 2 ? 'a' : 'ab'), options);
  assert.equal(analyses, 11);
  // Still bounded: 100 new versions, then the first ones are analysed again (the oldest were dropped).
  for (let i = 0; i < 100; i++) linter.lint(version(`v${i}`), options);
  assert.equal(analyses, 111);
  linter.lint(version('v0'), options);
  assert.equal(analyses, 112);
  linter.lint(version('v99'), options);
  assert.equal(analyses, 112);
});
