// Fix-all in the core: every preferred fix applied over bounded passes, idempotent, never across a
// request's bounds, {{variables}} and .http comments kept. Run: node --import tsx --test test/unit/fix-all.test.ts
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixAll, MAX_FIX_PASSES, minimalEdit } from '../../server/src/core/fix-all.ts';
import { lintText } from '../../server/src/core/lint.ts';

const HTTP = { languageId: 'http', filePath: '/w/requests.http' };

const BEFORE = `### claude
POST https://api.anthropic.com/v1/messages
x-api-key: {{key}}
anthropic-version: 2023-06-01

{
  "model": "claude-sonnet-4-5",
  # sampling: keep it cold
  "temperature": 0.2,
  "top_p": 0.9,
  "messages": [
    {"role": "user", "content": [
      {"type": "text", "text": ""},
      {"type": "text", "text": "{{question}}"}
    ]},
    {"role": "assistant", "content": "Sure: "}
  ]
}

### gpt
POST https://api.openai.com/v1/chat/completions
Authorization: Bearer {{key}}
Content-Type: application/json

{"model": "gpt-5-nano", "max_tokens": 10, "stream_options": {"include_usage": true}, "messages": [{"role": "user", "content": "hi"}]}
`;

const AFTER = `### claude
POST https://api.anthropic.com/v1/messages
x-api-key: {{key}}
anthropic-version: 2023-06-01

{
  "model": "claude-sonnet-4-5",
  # sampling: keep it cold
  "top_p": 0.9,
  "messages": [
    {"role": "user", "content": [
      {"type": "text", "text": "{{question}}"}
    ]},
    {"role": "assistant", "content": "Sure:"}
  ],
  "max_tokens": 1024
}

### gpt
POST https://api.openai.com/v1/chat/completions
Authorization: Bearer {{key}}
Content-Type: application/json

{"model": "gpt-5-nano", "max_completion_tokens": 10, "messages": [{"role": "user", "content": "hi"}]}
`;

test('fix-all applies every preferred fix of a document, keeping comments, indentation and variables', () => {
  const fixed = fixAll(BEFORE, HTTP);
  assert.equal(fixed.text, AFTER);
  assert.equal(fixed.applied, 6);
  const left = fixed.result.findings.filter((f) => f.fixes?.some((x) => x.preferred));
  assert.deepEqual(left, [], 'no preferred fix is left');
  assert.deepEqual(fixed.result.findings, lintText(AFTER, HTTP).findings, 'the result is the final text\'s');
});

test('a second fix-all changes nothing', () => {
  const once = fixAll(BEFORE, HTTP).text;
  const twice = fixAll(once, HTTP);
  assert.equal(twice.text, once);
  assert.equal(twice.applied, 0);
});

test('fixes that overlap are applied over several passes (two empty blocks, then their message)', () => {
  const body = (content: string) =>
    `POST https://api.anthropic.com/v1/messages\nanthropic-version: 2023-06-01\n\n{"model":"claude-sonnet-4-5","max_tokens":5,"messages":[{"role":"user","content":"a"},{"role":"assistant","content":"b"},{"role":"user","content":${content}}]}\n`;
  const fixed = fixAll(body('[{"type":"text","text":""},{"type":"text","text":" "}]'), HTTP);
  assert.equal(fixed.text, body('').replace(',{"role":"user","content":}', ''));
  assert.equal(fixed.applied, 2);
  assert.ok(MAX_FIX_PASSES >= 3);
});

test('a body from a `< file` is never edited from here', () => {
  const text = 'POST https://api.openai.com/v1/chat/completions\nContent-Type: application/json\n\n< ./body.json\n';
  const fixed = fixAll(text, {
    ...HTTP,
    http: { readFile: () => '{"model":"gpt-4o","enable_thinking":true,"messages":[{"role":"user","content":"hi"}]}' },
  });
  assert.ok(fixed.result.findings.some((f) => f.rule === 'unknown-parameter'), 'the finding is there');
  assert.equal(fixed.text, text);
});

test('minimalEdit keeps the common prefix and suffix', () => {
  assert.deepEqual(minimalEdit('abcXYZdef', 'abcQdef'), { span: { start: 3, end: 6 }, text: 'Q' });
  assert.equal(minimalEdit('same', 'same'), null);
});
