// Deferred checks (server/src/core/deferred.ts): a token finding whose bounds straddle the limit waits in
// `LintResult.deferred` until a front end counts; lintText resolves it in-thread, and a count made once
// is remembered for the cached request.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createLinter, lintText } from '../../server/src/core/lint.ts';
import { resolveDeferred, withCounts } from '../../server/src/core/deferred.ts';

const http = (content: string, extra = '') =>
  `POST https://api.openai.com/v1/chat/completions\nAuthorization: Bearer {{key}}\nContent-Type: application/json\n\n{"model": "gpt-4o", "top_k": 1, "messages": [{"role": "user", "content": "${content}"}]${extra}}\n`;
/** Three tokens per word, one by the lower bound: only an exact count decides. */
const OVER = http(' zqxv'.repeat(50_000));
const UNDER = http(' zqxv'.repeat(30_000));
const options = { languageId: 'http' };

test('lint() leaves the exact count pending; the other findings are settled', () => {
  const result = createLinter().lint(OVER, options);
  assert.deepEqual(result.findings.map((f) => f.rule), ['unknown-parameter']);
  assert.equal(result.deferred?.length, 1);
  assert.deepEqual(result.deferred![0].pending.job.stopAbove, 256_000);
  assert.ok(result.findings.every((f) => !f.pending));
});

test('resolveDeferred gives what lintText gives, in rule order, without the pending field', () => {
  const resolved = resolveDeferred(createLinter().lint(OVER, options));
  assert.deepEqual(resolved, lintText(OVER, options));
  assert.equal(resolved.deferred, undefined);
  const token = resolved.findings.find((f) => f.rule === 'context-window-exceeded')!;
  assert.match(token.message, /: 150000 prompt tokens\.$/);
  assert.equal(token.pending, undefined);
});

test('a count within the limit settles to no finding', () => {
  const resolved = resolveDeferred(createLinter().lint(UNDER, options));
  assert.deepEqual(resolved.findings.map((f) => f.rule), ['unknown-parameter']);
});

test('a count made once is remembered: a re-lint of the unchanged request settles at once', () => {
  const linter = createLinter();
  const first = linter.lint(OVER, options);
  assert.equal(first.deferred?.length, 1);
  const counted = withCounts(first, [{ tokens: 150_000, complete: true }]);
  const again = linter.lint(OVER, options);
  assert.equal(again.deferred, undefined);
  assert.deepEqual(again.findings, counted.findings);
});

test('a count that stopped early says "more than"', () => {
  const result = createLinter().lint(OVER, options);
  const resolved = withCounts(result, [{ tokens: 256_001, complete: false }]);
  assert.match(resolved.findings.find((f) => f.rule === 'context-window-exceeded')!.message, /: more than 256001 prompt tokens/);
});

test('a settled check lets go of its prompt strings and closure; the cached request still settles to the same finding', () => {
  const linter = createLinter();
  const first = linter.lint(OVER, options);
  const pending = first.deferred![0].pending;
  assert.ok(pending.job.texts.length > 0);
  const counted = resolveDeferred(first);
  assert.deepEqual(pending.job.texts, [], 'the counted texts are released');
  assert.throws(() => pending.render({ tokens: 1, complete: true }), /rendered again/);
  const again = linter.lint(OVER, options);
  assert.equal(again.deferred, undefined);
  assert.deepEqual(again.findings, counted.findings);
  // A second count for the same check (a run that raced another document's) changes nothing.
  assert.deepEqual(withCounts(first, [{ tokens: 1, complete: true }]).findings, counted.findings);
});

test('the deferred message is rendered in the lint locale once counted (messages by id, like every report)', () => {
  const zh = withCounts(createLinter().lint(OVER, { ...options, locale: 'zh-cn' as const }), [{ tokens: 150_000, complete: true }]);
  const token = zh.findings.find((f) => f.rule === 'context-window-exceeded')!;
  assert.equal(token.message, '请求超出 gpt-4o 的 128000 token 上限：150000 个提示 token。');
  assert.match(token.quote!.text, /maximum context length is 128000 tokens\. However, your messages resulted in 150000 tokens/);
  const fr = lintText(OVER, { ...options, locale: 'fr' as const }).findings.find((f) => f.rule === 'context-window-exceeded')!;
  assert.equal(fr.message, 'La requête dépasse la limite de 128000 tokens de gpt-4o\u202f: 150000 tokens de prompt.');
});
