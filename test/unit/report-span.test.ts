import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { createLinter, lintText } from '../../server/src/core/lint.ts';

// Report.span: 'request-line' (missing-required-header) and an explicit body-relative span (duplicate-key).
const noVersion = 'POST https://api.anthropic.com/v1/messages\nx-api-key: {{key}}\nContent-Type: application/json\n\n{"model":"claude-sonnet-4-5","max_tokens":5,"messages":[{"role":"user","content":"hi"}]}\n';
const dupKey = 'POST https://api.openai.com/v1/chat/completions\nAuthorization: Bearer {{key}}\nContent-Type: application/json\n\n{"model":"gpt-4o",\n "messages":[{"role":"user","content":"hi"}],\n "model":"gpt-4o-mini"}\n';
const of = (text: string, rule: string) => lintText(text, { filePath: '/x/a.http' }).findings.filter((f) => f.rule === rule);

test("span 'request-line' lands on the request line, also below other requests and after edits above", () => {
  const text = `### one\n${dupKey}\n### two\n${noVersion}`;
  const [finding] = of(text, 'missing-required-header');
  assert.equal(text.slice(finding.span.start, finding.span.end), 'POST https://api.anthropic.com/v1/messages');
  const linter = createLinter();
  linter.lint(text, { filePath: '/x/a.http' });
  const shifted = '# new line\n' + text;
  const moved = linter.lint(shifted, { filePath: '/x/a.http' }).findings.find((f) => f.rule === 'missing-required-header')!;
  assert.equal(shifted.slice(moved.span.start, moved.span.end), 'POST https://api.anthropic.com/v1/messages');
});

test('an explicit body-relative span lands on the exact key in the document', () => {
  const text = `### one\n${noVersion}\n### two\n${dupKey}`;
  const [finding] = of(text, 'duplicate-key');
  assert.equal(text.slice(finding.span.start, finding.span.end), '"model"');
  assert.equal(finding.span.start, text.lastIndexOf('"model"'));
});

test('with a `< file` body, an explicit span lands on the `<` line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'preflight-span-'));
  writeFileSync(join(dir, 'body.json'), '{"model":"gpt-4o","messages":[{"role":"user","content":"hi"}],"model":"x"}');
  const text = 'POST https://api.openai.com/v1/chat/completions\nAuthorization: Bearer {{key}}\nContent-Type: application/json\n\n< ./body.json\n';
  const [finding] = lintText(text, { filePath: join(dir, 'req.http') }).findings.filter((f) => f.rule === 'duplicate-key');
  assert.equal(text.slice(finding.span.start, finding.span.end), '< ./body.json');
});
