// Real VS Code (code-server 4.100.3 in headless Chromium) end-to-end tests, as child processes:
//   1. test/e2e/code-server.mjs   the extension-host suite (client/src/test/suite) in a real extension host
//   2. test/e2e/ui.mjs            the packaged .vsix, driven through the UI like a person would
//   3. test/e2e/test-electron.mjs the same suite under desktop VS Code, only when VSCODE_EXECUTABLE is set
//   4. test/e2e/lazy-start.mjs    the .vsix starts no server for a note, and one for the first hover over a failure
// Run: node --import tsx --test test/e2e/e2e.test.ts
// Needs scripts/setup-editors.sh (code-server, chromium), `node esbuild.mjs` and, for 2, `npm run prepare`.
// Skips, saying why, when code-server or chromium is missing, or when LLM_PREFLIGHT_SKIP_E2E=1.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(typeof __dirname === 'string' ? path.join(__dirname, '../..') : process.cwd());
const csEntry = path.join(root, '.cache/code-server/node_modules/code-server/out/node/entry.js');
const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

function skipReason(): string | false {
  if (process.env.LLM_PREFLIGHT_SKIP_E2E === '1') return 'LLM_PREFLIGHT_SKIP_E2E=1';
  const miss: string[] = [];
  if (!existsSync(csEntry)) miss.push(`code-server is not installed in ${path.relative(root, csEntry)} (run scripts/setup-editors.sh)`);
  if (!existsSync(chromium)) miss.push(`chromium is not installed at ${chromium} (run scripts/setup-editors.sh, or set CHROMIUM_PATH)`);
  return miss.length ? miss.join('; ') : false;
}
const skip = skipReason();
if (skip) console.log(`SKIP code-server e2e tests: ${skip}`);

function requireBuilt(...files: string[]): void {
  for (const f of files) {
    assert.ok(existsSync(path.join(root, f)), `${f} is missing: run \`node esbuild.mjs\` / \`npm run prepare\` before this test`);
  }
}

/** Runs a runner script; its output is streamed (prefixed) and also returned for the assertion message. */
function runScript(script: string, timeoutMs: number, env: NodeJS.ProcessEnv = {}): Promise<{ code: number | null; out: string; ms: number }> {
  return new Promise((resolve) => {
    const t0 = Date.now();
    const child = spawn(process.execPath, [path.join(root, script)], { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    const onData = (d: Buffer) => {
      const s = d.toString();
      out += s;
      for (const line of s.split('\n')) if (line.trim()) console.log(`  ${path.basename(script)} | ${line}`);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    // the runners stop their own code-server; SIGTERM lets them do so, SIGKILL is the last resort
    const timer = setTimeout(() => { child.kill('SIGTERM'); setTimeout(() => child.kill('SIGKILL'), 5000).unref(); }, timeoutMs);
    child.on('exit', (code) => { clearTimeout(timer); resolve({ code, out, ms: Date.now() - t0 }); });
  });
}

const version = (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version;

test('code-server: the extension-host suite passes in a real VS Code 1.100 extension host', { skip, timeout: 200_000 }, async () => {
  requireBuilt('dist/server.js', 'dist/client.js', 'dist/cli.js');
  const r = await runScript('test/e2e/code-server.mjs', 190_000);
  console.log(`code-server suite: exit ${r.code} in ${(r.ms / 1000).toFixed(1)} s`);
  assert.equal(r.code, 0, `the suite failed (exit ${r.code}); logs in test-artifacts/code-server-suite/`);
  assert.match(r.out, /\d+ passed, 0 failed/, 'the suite did not report its results');
  // Screenshots the suite asked the runner for (test/e2e/ui-requests.mjs): terminal link, Output hover, Explain view.
  for (const png of ['term-terminal-link.png', 'term-output-hover.png', 'term-explain-view.png']) assert.ok(existsSync(path.join(root, 'test-artifacts', png)), `${png} was not written`);
});

// The UI check also opens a .ts file and applies a quick fix (test/e2e/ui-source.mjs): it has 100 s more than the others.
test('code-server UI: the .vsix shows squiggles, hover and Problems like the CLI, and a quick fix edits a .ts SDK call', { skip, timeout: 300_000 }, async () => {
  requireBuilt('dist/server.js', 'dist/client.js', 'dist/cli.js');
  const vsix = process.env.LLM_PREFLIGHT_VSIX || `llm-preflight-${version}.vsix`;
  assert.ok(existsSync(path.resolve(root, vsix)), `${vsix} is missing: run \`npm run prepare\` before this test`);
  const r = await runScript('test/e2e/ui.mjs', 290_000, { LLM_PREFLIGHT_E2E_TIMEOUT: process.env.LLM_PREFLIGHT_E2E_TIMEOUT ?? '280' });
  console.log(`UI check: exit ${r.code} in ${(r.ms / 1000).toFixed(1)} s`);
  assert.equal(r.code, 0, `the UI check failed (exit ${r.code}); see test-artifacts/ui-failure.png and test-artifacts/ui/`);
  for (const png of ['ui-hover.png', 'ui-problems.png', 'ui-source-quickfix-menu.png', 'ui-source-fixed.png']) assert.ok(existsSync(path.join(root, 'test-artifacts', png)), `${png} was not written`);
});

const electronSkip = process.env.VSCODE_EXECUTABLE ? false
  : 'VSCODE_EXECUTABLE is not set: no desktop VS Code binary can be had on this machine (the suite runs in code-server above)';
test('@vscode/test-electron: the same suite in desktop VS Code', { skip: process.env.LLM_PREFLIGHT_SKIP_E2E === '1' ? 'LLM_PREFLIGHT_SKIP_E2E=1' : electronSkip, timeout: 200_000 }, async () => {
  requireBuilt('dist/server.js', 'dist/client.js', 'dist/cli.js');
  const r = await runScript('test/e2e/test-electron.mjs', 190_000);
  assert.equal(r.code, 0, `test-electron run failed (exit ${r.code})`);
});

test('code-server: the server starts for the first hover over a pasted failure, not for a Markdown note', { skip, timeout: 200_000 }, async () => {
  requireBuilt('dist/server.js', 'dist/client.js', 'dist/cli.js');
  const r = await runScript('test/e2e/lazy-start.mjs', 190_000);
  assert.equal(r.code, 0, `the lazy-start check failed (exit ${r.code}); see test-artifacts/lazy-start-failure.png and test-artifacts/lazy-start/`);
});
