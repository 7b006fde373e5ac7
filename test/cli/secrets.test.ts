// `llm-preflight check` (stylish, json, sarif) and `explain` (text, json) as child processes: a key in the
// checked file or in the paste never appears in full in any output. Run: node --import tsx --test test/cli/secrets.test.ts
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { childEnv } from '../no-network/env.ts';
import { FAKE_KEYS as K } from '../../rules/hardcoded-api-key/fake-keys.ts';
import { cliJs, ensureBuilt, root } from '../protocol/client.ts';

const KEYS = Object.values(K);
let tmp: string;
before(() => {
  ensureBuilt();
  tmp = mkdtempSync(path.join(tmpdir(), 'llm-preflight-secrets-cli-'));
});
after(() => rmSync(tmp, { recursive: true, force: true }));

function run(args: string[], input?: string): { status: number | null; out: string } {
  const r = spawnSync(process.execPath, [cliJs, ...args], { cwd: root, input, encoding: 'utf8', timeout: 120_000, env: childEnv({ NO_COLOR: '1' }) });
  if (r.error) throw r.error;
  return { status: r.status, out: r.stdout + r.stderr };
}
const noKey = (what: string, text: string) => {
  for (const key of KEYS) assert.ok(!text.includes(key), `${what} contains a full key`);
};

describe('no output format echoes a key', () => {
  it('check --format stylish|json|sarif on .http and .json files with every key shape', () => {
    const http = Object.entries(K)
      .map(([kind, key]) => `### ${kind}\nPOST https://relay.example.com/v1/chat/completions\n${kind === 'azure' ? `api-key: ${key}` : `Authorization: Bearer ${key}`}\n\n{"model":"gpt-4o","messages":[{"role":"user","content":"Hi"}]}\n`)
      .join('\n');
    writeFileSync(path.join(tmp, 'keys.http'), http);
    writeFileSync(path.join(tmp, 'fixture.json'), JSON.stringify({ model: 'gpt-4o', api_key: K.openaiProject, messages: [{ role: 'user', content: 'Hi' }], google: K.google }));
    for (const format of ['stylish', 'json', 'sarif']) {
      const r = run(['check', tmp, '--format', format]);
      assert.ok(r.out.includes('hardcoded-api-key'), `${format}: reported\n${r.out.slice(0, 400)}`);
      noKey(`check --format ${format}`, r.out);
    }
    const json = JSON.parse(run(['check', tmp, '--format', 'json']).out) as { diagnostics: { rule: string }[] }[];
    const count = json.flatMap((f) => f.diagnostics).filter((d) => d.rule === 'hardcoded-api-key').length;
    assert.equal(count, KEYS.length + 2);
  });

  it('explain --format text|json on a paste carrying each key shape', () => {
    const paste = Object.values(K)
      .map((key) => `> Authorization: Bearer ${key}\n{"error":{"message":"Incorrect API key provided: ${key}. You can find your API key at https://platform.openai.com/account/api-keys.","type":"invalid_request_error","param":null,"code":"invalid_api_key"}}\n`)
      .join('\n');
    for (const format of ['text', 'json']) {
      const r = run(['explain', '-', '--format', format], paste);
      assert.equal(r.status, 0, r.out.slice(0, 300));
      noKey(`explain --format ${format}`, r.out);
    }
  });
});
