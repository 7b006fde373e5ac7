// Neovim's :terminal buffer with the server attached: an OpenAI 429 printed by a program gets the same
// explanation on hover as in a document (docs/terminal.md, "Neovim and other editors").
// Run: node --import tsx --test test/nvim/terminal.test.ts   (needs `node esbuild.mjs` first; skips without nvim)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
const skip = process.env.LLM_PREFLIGHT_SKIP_NVIM === '1' ? 'LLM_PREFLIGHT_SKIP_NVIM=1'
  : spawnSync('nvim', ['--version']).status !== 0 ? 'nvim is not installed (scripts/setup-editors.sh)' : false;

test(':terminal running a program that prints a Python 429 traceback: hover on the error line explains it', { skip, timeout: 90_000 }, () => {
  const r = spawnSync('nvim', ['--headless', '-u', 'NONE', '-c', `luafile ${path.join(root, 'test/nvim/terminal.lua')}`], {
    cwd: root, encoding: 'utf8', timeout: 80_000,
    env: { ...process.env, ROOT: root, FIXTURE: path.join(root, 'test/fixtures/terminal/python-429.txt') },
  });
  const line = `${r.stdout}\n${r.stderr}`.split(/\r?\n/).find((l) => l.startsWith('RESULT '));
  assert.ok(line, `no result from nvim (exit ${r.status}):\n${r.stdout}\n${r.stderr}`);
  const out = JSON.parse(line.slice(7)) as { buftype: string; attached: boolean; line?: number; hover?: string; err?: string };
  assert.equal(out.buftype, 'terminal');
  assert.equal(out.attached, true);
  assert.ok(out.line !== undefined, 'the traceback is in the terminal buffer');
  assert.equal(out.err, undefined);
  assert.match(out.hover ?? '', /429/);
  assert.match(out.hover ?? '', /Rate limit/i);
});
