// Rule messages on the command line (dist/cli.js): the did-you-mean of a typo in the message, `--fix`
// applying a rename only when one name is that close, `--locale` and LANG choosing the language, and no
// finding over a body whose last key is typed half-way. Run: node --import tsx --test test/cli/messages.test.ts
import { it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { childEnv } from '../no-network/env.ts';
import { cliJs, ensureBuilt } from '../protocol/client.ts';

let tmp: string;
before(() => {
  ensureBuilt();
  tmp = mkdtempSync(path.join(tmpdir(), 'llm-preflight-messages-'));
});
after(() => rmSync(tmp, { recursive: true, force: true }));

function check(args: string[], env: Record<string, string> = {}): { status: number | null; stdout: string } {
  const r = spawnSync(process.execPath, [cliJs, 'check', ...args], { cwd: tmp, encoding: 'utf8', timeout: 120_000, env: childEnv({ NO_COLOR: '1', LANG: 'C', ...env }) });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout };
}

const request = (body: string) => `POST https://api.anthropic.com/v1/messages\nx-api-key: {{key}}\nanthropic-version: 2023-06-01\n\n${body}\n`;

it('says the did-you-mean in the message; --fix renames only the unambiguous typo', () => {
  const file = path.join(tmp, 'typos.http');
  writeFileSync(file, request('{"model": "claude-sonnet-4-5", "max_token": 100, "top_x": 1, "messages": [{"role": "user", "content": "hi"}]}'));
  const out = check(['typos.http']).stdout;
  assert.match(out, /'max_token' is not a parameter of anthropic-messages on Anthropic; did you mean 'max_tokens'\?/);
  assert.match(out, /did you mean 'top_p', 'top_k'\?/);
  check(['typos.http', '--fix']);
  const fixed = readFileSync(file, 'utf8');
  assert.ok(fixed.includes('"max_tokens": 100'), fixed);
  assert.ok(fixed.includes('"top_x": 1'), 'two close names: no rename is applied by --fix');
});

it('speaks the language of --locale, else of LANG', () => {
  writeFileSync(path.join(tmp, 'typo.http'), request('{"model": "claude-sonnet-4-5", "max_tokens": 100, "temprature": 1, "messages": [{"role": "user", "content": "hi"}]}'));
  assert.match(check(['typo.http', '--locale', 'zh-tw']).stdout, /「temprature」不是 anthropic-messages（Anthropic）的參數；您是不是要寫「temperature」？/);
  // (JSON: the stylish format folds every whitespace, U+202F included, into one space.)
  assert.match(check(['typo.http', '--format', 'json'], { LANG: 'fr_FR.UTF-8' }).stdout, /«\u202ftemprature\u202f» n’est pas un paramètre de anthropic-messages chez Anthropic/);
  assert.match(check(['typo.http']).stdout, /'temprature' is not a parameter/);
});

it('while a key is typed half-way, only the syntax error is reported', () => {
  writeFileSync(path.join(tmp, 'typing.json'), '{"model":"gpt-4o","messages":[],"st}');
  const out = JSON.parse(check(['typing.json', '--api', 'openai-chat', '--format', 'json']).stdout) as { diagnostics: { rule: string }[] }[];
  assert.deepEqual(out[0].diagnostics.map((d) => d.rule), ['json-syntax']);
});
