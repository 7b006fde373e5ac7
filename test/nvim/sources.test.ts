// Neovim's built-in LSP client on a Python file with SDK calls (examples/sdk_calls.py) against dist/server.js:
// the pushed diagnostics equal `llm-preflight check --format json` on the same file, at the same ranges.
// Run: node --import tsx --test test/nvim/sources.test.ts     (needs `node esbuild.mjs` first; skips without nvim)
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { byPos, cliFindings, runNvim, type Range } from './harness.ts';

const root = path.resolve(__dirname, '../..');
const FILE = 'examples/sdk_calls.py';
const SEVERITY: Record<string, number> = { error: 1, warning: 2, info: 3 };
const skip = process.env.LLM_PREFLIGHT_SKIP_NVIM === '1' || spawnSync('nvim', ['--version']).status !== 0 ? 'nvim is not installed (or LLM_PREFLIGHT_SKIP_NVIM=1)' : false;

interface Result {
  error?: string;
  log: string[];
  files: { filetype: string; received: boolean; lsp: { code?: string; severity?: number; range: Range; source?: string }[]; vim: { code?: string; lnum: number; col: number }[] }[];
}

describe(`Neovim headless on ${FILE}`, { skip, timeout: 120_000 }, () => {
  let dir = '';
  let res: Result;
  before(async () => {
    for (const f of ['dist/server.js', 'dist/cli.js']) assert.ok(existsSync(path.join(root, f)), `${f} is missing: run \`node esbuild.mjs\``);
    dir = mkdtempSync(path.join(tmpdir(), 'llm-preflight-nvim-py-'));
    const out = path.join(dir, 'result.json');
    const run = await runNvim(root, out, { NVIM_CHECK_FILES: FILE, NVIM_CHECK_CLEAN: 'examples/clean.http' });
    assert.ok(existsSync(out), `nvim wrote no result (exit ${run.code}); stderr: ${run.stderr}`);
    res = JSON.parse(readFileSync(out, 'utf8')) as Result;
    assert.equal(res.error, undefined, `check.lua failed: ${res.error}\nlog: ${res.log.join('\n')}`);
  });
  after(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('receives the CLI\'s findings, rule for rule and range for range, in vim.diagnostic too', () => {
    const file = res.files[0];
    assert.equal(file.filetype, 'python');
    assert.ok(file.received, `no diagnostics pushed; log: ${res.log.join('\n')}`);
    const order = byPos<{ rule: string; range: Range }>((x) => [x.range.start.line, x.range.start.character, x.rule]);
    const cli = cliFindings(root, FILE).map((d) => ({ rule: d.rule, severity: SEVERITY[d.severity], range: d.range })).sort(order);
    assert.ok(cli.length >= 3, `the CLI reports ${cli.length} findings in ${FILE}`);
    const wire = file.lsp.map((d) => ({ rule: String(d.code), severity: d.severity ?? 0, range: d.range })).sort(order);
    assert.deepEqual(wire, cli);
    const shown = file.vim.map((d) => `${d.code} ${d.lnum}:${d.col}`).sort();
    assert.deepEqual(shown, cli.map((d) => `${d.rule} ${d.range.start.line}:${d.range.start.character}`).sort());
  });
});
