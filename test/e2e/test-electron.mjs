#!/usr/bin/env node
// Runs the same extension-host suite (dist/test/suite/index.js) under desktop VS Code with
// @vscode/test-electron `runTests`, for machines that have a VS Code binary.
//
//   VSCODE_EXECUTABLE=/path/to/code node test/e2e/test-electron.mjs
//
// Without VSCODE_EXECUTABLE it prints that it skipped and exits 0: @vscode/test-electron would otherwise
// download VS Code from update.code.visualstudio.com, which these machines cannot reach, and no desktop
// VS Code is available from npm or Debian here (docs/real-editors.md). On a headless Linux box run it
// under xvfb-run. Exit code: 0 pass, 1 fail, 2 could not run.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { root, log, ensureSuiteBuilt, prepareDirs, cleanup } from './lib.mjs';

const exe = process.env.VSCODE_EXECUTABLE;
if (!exe) {
  console.log('SKIP test-electron: VSCODE_EXECUTABLE is not set, and no desktop VS Code binary can be had on this machine '
    + '(@vscode/test-electron would download one from update.code.visualstudio.com). '
    + 'The same suite runs in code-server: node test/e2e/code-server.mjs');
  process.exit(0);
}
if (!existsSync(exe)) { console.error(`VSCODE_EXECUTABLE=${exe} does not exist`); process.exit(2); }
for (const f of ['dist/client.js', 'dist/server.js', 'dist/cli.js']) {
  if (!existsSync(path.join(root, f))) { console.error(`${f} is missing: run \`node esbuild.mjs\``); process.exit(2); }
}

const { runTests } = await import('@vscode/test-electron');
const suiteJs = await ensureSuiteBuilt();
const d = prepareDirs('electron');
const t0 = Date.now();
let code = 1;
try {
  code = await runTests({
    vscodeExecutablePath: exe,                         // never download
    extensionDevelopmentPath: root,
    extensionTestsPath: suiteJs,
    extensionTestsEnv: { LLM_PREFLIGHT_EXPECTED: d.expectedFile, LLM_PREFLIGHT_WORKSPACE: d.ws },
    launchArgs: [d.ws, '--disable-extensions', '--user-data-dir', d.user, '--extensions-dir', d.ext],
  });
} catch (e) {
  console.error(`test-electron run failed: ${e.message ?? e}`);
  code = 1;
} finally {
  cleanup(d);
  log(`done in ${((Date.now() - t0) / 1000).toFixed(1)} s: ${code === 0 ? 'PASS' : 'FAIL'}`);
}
process.exit(code);
