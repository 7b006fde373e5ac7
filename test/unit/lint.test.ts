import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createLinter, lintText } from '../../server/src/core/lint.ts';
import { LineIndex } from '../../server/src/core/text.ts';

const request = (n: number, text = 'hi') =>
  `### request ${n}\nPOST https://api.anthropic.com/v1/messages\nx-api-key: {{key}}\nanthropic-version: 2023-06-01\nContent-Type: application/json\n\n{"model":"claude-sonnet-4-5","max_tokens":5,"messages":[{"role":"user","content":[{"type":"text","text":"${text}"}]}]}\n\n`;

test('findings land on the exact span in a multi-request .http file', () => {
  const text = request(1) + request(2, '') + request(3);
  const { findings } = lintText(text, { filePath: '/x/requests.http' });
  assert.equal(findings.length, 1);
  assert.equal(findings[0].rule, 'empty-text-block');
  assert.equal(text.slice(findings[0].span.start, findings[0].span.end), '""');
  assert.equal(new LineIndex(text).positionAt(findings[0].span.start).line, 14);
});

test('the per-request cache keeps results right when text above moves', () => {
  const linter = createLinter();
  const text = request(1) + request(2, '');
  const first = linter.lint(text, { filePath: '/x/a.http' }).findings;
  const shifted = '# a new comment line\n' + text;
  const second = linter.lint(shifted, { filePath: '/x/a.http' }).findings;
  assert.equal(second.length, 1);
  assert.equal(second[0].span.start, first[0].span.start + '# a new comment line\n'.length);
  assert.equal(shifted.slice(second[0].span.start, second[0].span.end), '""');
});

test('rule settings turn rules off or re-grade them', () => {
  const text = request(1, '');
  assert.equal(lintText(text, { filePath: '/x/a.http', rules: { 'empty-text-block': 'off' } }).findings.length, 0);
  assert.equal(lintText(text, { filePath: '/x/a.http', rules: { 'empty-text-block': 'info' } }).findings[0].severity, 'info');
});

test('a .jsonl batch file: one unit per line, envelope unwrapped, spans on the right line', () => {
  const text = [
    '{"custom_id":"a","method":"POST","url":"/v1/chat/completions","body":{"model":"gpt-4o","messages":[{"role":"user","content":"x"}],"enable_thinking":true}}',
    '',
    '{"custom_id":"b","params":{"model":"claude-sonnet-4-5","max_tokens":5,"messages":[{"role":"user","content":[{"type":"text","text":" "}]}]}}',
  ].join('\n');
  const result = lintText(text, { filePath: '/x/batch.jsonl' });
  assert.deepEqual(result.units.map((u) => u.detection.api), ['openai-chat', 'anthropic-messages']);
  const lines = new LineIndex(text);
  assert.deepEqual(result.findings.map((f) => [f.rule, lines.positionAt(f.span.start).line, text.slice(f.span.start, f.span.end)]), [
    ['unknown-parameter', 0, '"enable_thinking"'],
    ['empty-text-block', 2, '" "'],
  ]);
});

test('broken JSON: one syntax finding, and rules needing a complete body stay quiet', () => {
  const text = 'POST https://api.anthropic.com/v1/messages\nx-api-key: {{key}}\nanthropic-version: 2023-06-01\nContent-Type: application/json\n\n{"model":"claude-sonnet-4-5","messages":[{"role":"user","content":[{"type":"tool_result","tool_use_id":"t"}]}]';
  const { findings } = lintText(text, { filePath: '/x/a.http' });
  assert.deepEqual(findings.map((f) => f.rule), ['json-syntax']);
});

test('syntax errors in unrelated .json files are not ours', () => {
  assert.equal(lintText('{"name": "pkg",', { filePath: '/x/package.json' }).findings.length, 0);
});

test('limits: huge and binary documents are skipped with an info finding', () => {
  const big = lintText('{"a": "' + 'x'.repeat(2048) + '"}', { filePath: '/x/a.json', limits: { maxDocumentChars: 1024 } });
  assert.equal(big.findings[0].rule, 'file-skipped');
  assert.equal(big.findings[0].severity, 'info');
  assert.match(big.findings[0].message, /limit/);
  const binary = lintText('\u0000\u0001PK', { filePath: '/x/a.json' });
  assert.equal(binary.findings[0].rule, 'file-skipped');
});

test('unknown languages and extensions are ignored', () => {
  assert.deepEqual(lintText('{"model":"gpt-4o","messages":[{"role":"tool"}]}', { filePath: '/x/notes.txt' }).findings, []);
});

test('a `< file` body is linted and its findings land on the `<` line', async () => {
  const { mkdtempSync, writeFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { tmpdir } = await import('node:os');
  const dir = mkdtempSync(join(tmpdir(), 'preflight-'));
  writeFileSync(join(dir, 'body.json'), '{"model":"gpt-4o","messages":[{"role":"user","content":"hi"}],"enable_thinking":true}');
  const text = 'POST https://api.openai.com/v1/chat/completions\nAuthorization: Bearer {{key}}\nContent-Type: application/json\n\n< ./body.json\n';
  writeFileSync(join(dir, 'req.http'), text);
  const { findings } = lintText(text, { filePath: join(dir, 'req.http') });
  assert.equal(findings.length, 1);
  assert.equal(findings[0].rule, 'unknown-parameter');
  assert.equal(text.slice(findings[0].span.start, findings[0].span.end), '< ./body.json');
});
