// `llm-preflight check --fix` (dist/cli.js): files rewritten with every preferred fix, the count on
// stderr, then the fixed text linted for the output and the exit code. Run: node --import tsx --test test/cli/fix.test.ts
import { it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { childEnv } from '../no-network/env.ts';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cliJs, ensureBuilt } from '../protocol/client.ts';

let tmp: string;
before(() => {
  ensureBuilt();
  tmp = mkdtempSync(path.join(tmpdir(), 'llm-preflight-fix-'));
});
after(() => rmSync(tmp, { recursive: true, force: true }));

function check(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [cliJs, 'check', ...args], { cwd: tmp, encoding: 'utf8', timeout: 120_000, env: childEnv({ NO_COLOR: '1' }) });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const HTTP_BEFORE = `POST https://api.anthropic.com/v1/messages
x-api-key: {{key}}
anthropic-version: 2023-06-01

{
  "model": "claude-sonnet-4-5",
  "temperature": 0.2,
  "top_p": 0.9,
  "messages": [{"role": "user", "content": "hi"}, {"role": "assistant", "content": "Sure "}]
}
`;
const HTTP_AFTER = `POST https://api.anthropic.com/v1/messages
x-api-key: {{key}}
anthropic-version: 2023-06-01

{
  "model": "claude-sonnet-4-5",
  "top_p": 0.9,
  "messages": [{"role": "user", "content": "hi"}, {"role": "assistant", "content": "Sure"}],
  "max_tokens": 1024
}
`;
const JSONL_BEFORE =
  '{"custom_id":"1","method":"POST","url":"/v1/chat/completions","body":{"model":"gpt-5-nano","max_tokens":5,"messages":[{"role":"user","content":"a"}]}}\n' +
  '{"custom_id":"2","method":"POST","url":"/v1/chat/completions","body":{"model":"gpt-4o","messages":[{"role":"User","content":"b"}]}}\n';
const JSONL_AFTER =
  '{"custom_id":"1","method":"POST","url":"/v1/chat/completions","body":{"model":"gpt-5-nano","max_completion_tokens":5,"messages":[{"role":"user","content":"a"}]}}\n' +
  '{"custom_id":"2","method":"POST","url":"/v1/chat/completions","body":{"model":"gpt-4o","messages":[{"role":"user","content":"b"}]}}\n';
// No safe fix: a missing model cannot be guessed.
const UNFIXABLE = '{"custom_id":"1","method":"POST","url":"/v1/chat/completions","body":{"messages":[{"role":"user","content":"a"}]}}\n';

it('rewrites the files, reports the count on stderr, and lints the fixed text (exit 0 when clean)', () => {
  writeFileSync(path.join(tmp, 'a.http'), HTTP_BEFORE);
  writeFileSync(path.join(tmp, 'b.jsonl'), JSONL_BEFORE);
  const r = check(['a.http', 'b.jsonl', '--fix', '--format', 'json']);
  assert.equal(readFileSync(path.join(tmp, 'a.http'), 'utf8'), HTTP_AFTER);
  assert.equal(readFileSync(path.join(tmp, 'b.jsonl'), 'utf8'), JSONL_AFTER);
  assert.match(r.stderr, /--fix: applied 5 fixes in 2 files\./);
  const reports = JSON.parse(r.stdout) as { diagnostics: { severity: string }[] }[];
  assert.deepEqual(reports.flatMap((x) => x.diagnostics).filter((d) => d.severity === 'error'), []);
  assert.equal(r.status, 0, r.stdout);
  // Again: nothing left to fix, files untouched.
  const again = check(['a.http', 'b.jsonl', '--fix']);
  assert.match(again.stderr, /applied 0 fixes in 0 files/);
  assert.equal(readFileSync(path.join(tmp, 'a.http'), 'utf8'), HTTP_AFTER);
});

it('what no fix covers is still reported, with exit 1; without --fix nothing is written', () => {
  const file = path.join(tmp, 'c.jsonl');
  writeFileSync(file, UNFIXABLE);
  const r = check(['c.jsonl', '--fix']);
  assert.equal(readFileSync(file, 'utf8'), UNFIXABLE);
  assert.equal(r.status, 1);
  assert.match(r.stdout, /missing-required-field/);
  writeFileSync(path.join(tmp, 'd.http'), HTTP_BEFORE);
  const plain = check(['d.http']);
  assert.equal(plain.status, 1);
  assert.equal(readFileSync(path.join(tmp, 'd.http'), 'utf8'), HTTP_BEFORE);
  assert.doesNotMatch(plain.stderr, /--fix/);
});
