// What the Neovim tests share: running check.lua in a headless Neovim, and the CLI's findings to compare with.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';

export interface Pos { line: number; character: number }
export interface Range { start: Pos; end: Pos }
export interface CliDiag { rule: string; severity: string; message: string; api: string | null; range: Range }

/** The CLI's findings for one file: the reference the editor must agree with. */
export function cliFindings(root: string, rel: string): CliDiag[] {
  const r = spawnSync(process.execPath, [path.join(root, 'dist/cli.js'), 'check', rel, '--format', 'json'],
    { cwd: root, encoding: 'utf8', timeout: 30_000 });
  assert.ok(r.status === 0 || r.status === 1, `cli exited ${r.status}: ${r.stderr}`);
  const out = JSON.parse(r.stdout) as { file: string; diagnostics: CliDiag[] }[];
  const entry = out.find((e) => path.resolve(root, e.file) === path.join(root, rel));
  assert.ok(entry, `cli output has no entry for ${rel}: ${r.stdout.slice(0, 500)}`);
  return entry.diagnostics;
}

export const byPos = <T>(key: (x: T) => [number, number, string]) => (a: T, b: T) => {
  const [al, ac, as] = key(a); const [bl, bc, bs] = key(b);
  return al - bl || ac - bc || (as < bs ? -1 : as > bs ? 1 : 0);
};

export function runNvim(root: string, outFile: string, extraEnv: Record<string, string> = {}): Promise<{ code: number | null; stderr: string; ms: number }> {
  return new Promise((resolve, reject) => {
    const t0 = Date.now();
    const child = spawn('nvim', ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-c', `luafile ${path.join(root, 'test/nvim/check.lua')}`], {
      cwd: root,
      env: { ...process.env, LLM_PREFLIGHT_ROOT: root, LLM_PREFLIGHT_NODE: process.execPath, NVIM_CHECK_OUT: outFile, ...extraEnv },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d) => { stderr += d; });
    const timer = setTimeout(() => { child.kill('SIGKILL'); reject(new Error(`nvim timed out after 60 s; stderr: ${stderr}`)); }, 60_000);
    child.on('error', (e) => { clearTimeout(timer); reject(e); });
    child.on('exit', (code) => { clearTimeout(timer); resolve({ code, stderr, ms: Date.now() - t0 }); });
  });
}

