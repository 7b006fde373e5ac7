// The CLI waits for exact token counts (deferred checks resolved in-thread): a body whose bounds straddle
// gpt-4o's window reports the exact count; one the lower bound decides reports "at least".
import { it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { childEnv } from '../no-network/env.ts';
import { cliJs, ensureBuilt, root } from '../protocol/client.ts';

let tmp: string;
before(() => {
  ensureBuilt();
  tmp = mkdtempSync(path.join(tmpdir(), 'llm-preflight-cli-tokens-'));
});
after(() => rmSync(tmp, { recursive: true, force: true }));

function tokenMessage(content: string): string {
  const file = path.join(tmp, 'big.json');
  writeFileSync(file, JSON.stringify({ model: 'gpt-4o', messages: [{ role: 'user', content }] }));
  const r = spawnSync(process.execPath, [cliJs, 'check', file, '--format', 'json'], { cwd: root, encoding: 'utf8', timeout: 120_000, env: childEnv() });
  assert.ok(r.status === 0 || r.status === 1, r.stderr); // a bare body has no host: a warning
  const [report] = JSON.parse(r.stdout) as { diagnostics: { rule: string; message: string }[] }[];
  const finding = report.diagnostics.find((d) => d.rule === 'context-window-exceeded');
  assert.ok(finding, r.stdout.slice(0, 500));
  return finding.message;
}

it('check waits for the exact count when only it decides', () => {
  assert.match(tokenMessage(' zqxv'.repeat(50_000)), /: 150000 prompt tokens\.$/);
});

it('check reports the lower bound when it already decides', () => {
  assert.match(tokenMessage(' word'.repeat(140_000)), /: at least 140000 prompt tokens\.$/);
});
