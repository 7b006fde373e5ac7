#!/usr/bin/env node
// Runs the extension-host suite (client/src/test/suite/index.ts → dist/test/suite/index.js) inside a real
// VS Code extension host: code-server 4.100.3 + Debian Chromium driven by playwright-core (Recipe D in
// /work/shared/reference/editor.md). The unpacked extension (this repo) is loaded as extensionDevelopmentPath,
// the suite as extensionTestsPath; the workbench reports the suite's result through codeAutomationExit.
//
//   node test/e2e/code-server.mjs            exit code = the suite's (0 pass, 1 fail), 2 = could not run
//
// Fresh user-data/extensions dirs and a workspace with a copy of examples/ under a temp folder; the server
// is started on a free loopback port and always killed (by the process group it was started in).
// Overall timeout: 180 s (LLM_PREFLIGHT_E2E_TIMEOUT, in seconds).
import path from 'node:path';
import {
  root, clearLogs, log, missingPrerequisites, ensureSuiteBuilt, prepareDirs, startServer, launchBrowser, saveLogs, exthostLog, tail, cleanup, withDeadline,
} from './lib.mjs';
import { clearScreenshots, handleUiRequest } from './ui-requests.mjs';
import { mkdirSync } from 'node:fs';

const TIMEOUT_MS = Number(process.env.LLM_PREFLIGHT_E2E_TIMEOUT || 180) * 1000;

const miss = missingPrerequisites();
if (miss.length) { console.error(`cannot run the code-server suite:\n- ${miss.join('\n- ')}`); process.exit(2); }

const suiteJs = await ensureSuiteBuilt();

const t0 = Date.now();
clearLogs('code-server-suite');
clearScreenshots();
const d = prepareDirs('cs-suite');
let server; let browser; let code = 2;
const stopAll = async () => {
  if (browser) await browser.close().catch(() => {});
  if (server) await server.stop();
};
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, async () => { await stopAll(); process.exit(130); });

try {
  code = await withDeadline(TIMEOUT_MS, 'code-server suite', async () => {
    // The suite asks for mouse moves and screenshots through the log; answers go to this folder (ui-requests.mjs).
    const uiDir = path.join(d.dir, 'ui-requests');
    mkdirSync(uiDir, { recursive: true });
    server = await startServer(d, { env: { LLM_PREFLIGHT_EXPECTED: d.expectedFile, LLM_PREFLIGHT_WORKSPACE: d.ws, LLM_PREFLIGHT_UI_DIR: uiDir } });
    browser = await launchBrowser(d);
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    let resolveExit;
    const exit = new Promise((resolve) => { resolveExit = resolve; });
    await page.exposeFunction('codeAutomationExit', (c) => resolveExit(c));
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      const text = [].concat(args).map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ');
      if (handleUiRequest(page, uiDir, text)) return;
      if (/open-vsx\.org|vsda/.test(text)) return;       // known, harmless: no extension gallery offline
      console.log(`  [ext-host${type === 'error' ? ' error' : ''}] ${text}`);
    });
    page.on('pageerror', (e) => log(`page error: ${e.message}`));
    const payload = JSON.stringify([
      ['extensionDevelopmentPath', `${server.remote}${root}`],
      ['extensionTestsPath', `${server.remote}${suiteJs}`],
    ]);
    await page.goto(`${server.url}/?folder=${encodeURIComponent(d.ws)}&payload=${encodeURIComponent(payload)}`);
    log('workbench loading; suite runs in the extension host');
    const c = await exit;
    log(`suite finished with exit code ${c}`);
    return typeof c === 'number' ? c : 1;
  });
} catch (e) {
  console.error(`code-server suite failed to run: ${e.message}`);
  code = code === 2 ? 1 : code;
} finally {
  await stopAll();
  if (code !== 0) {
    console.error(`--- server log (tail)\n${tail(path.join(d.dir, 'server.log'))}`);
    console.error(exthostLog(d));
    saveLogs(d, 'code-server-suite');
  }
  cleanup(d);
  log(`done in ${((Date.now() - t0) / 1000).toFixed(1)} s: ${code === 0 ? 'PASS' : 'FAIL'}`);
}
process.exit(code);
