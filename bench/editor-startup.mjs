#!/usr/bin/env node
// Where the time to first squiggles goes in a fresh code-server window (issue 11: 5 s there, while the server
// alone answers in 0.4-0.5 s). Installs the packaged .vsix into a fresh code-server, opens the workspace, clicks
// examples/requests.http in the Explorer, and times: workbench up, file tab open, extension activation (from the
// extension host's log), and the first error squiggle. Prints one JSON line per run; a benchmark, not a test.
// Run 1 is a fresh install; later runs keep the user's global storage (where the server's code cache lives)
// but not the window's state, so each opens the file afresh, as a user's next window would.
//
//   node bench/editor-startup.mjs [runs=3]      (LLM_PREFLIGHT_VSIX picks the .vsix; default llm-preflight-<version>.vsix)
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { root, prepareDirs, installVsix, startServer, launchBrowser, cleanup, missingPrerequisites } from '../test/e2e/lib.mjs';

const runs = Number(process.argv[2] || 3);
const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const vsix = path.resolve(process.env.LLM_PREFLIGHT_VSIX || path.join(root, `llm-preflight-${version}.vsix`));
const miss = missingPrerequisites();
if (!existsSync(vsix)) miss.push(`${vsix} is missing`);
if (miss.length) { console.error(miss.join('\n')); process.exit(2); }

/** Every file under `dir` whose name matches `re`. */
function filesUnder(dir, re) {
  const out = [];
  const walk = (p) => { for (const n of readdirSync(p)) { const f = path.join(p, n); if (statSync(f).isDirectory()) walk(f); else if (re.test(n)) out.push(f); } };
  try { walk(dir); } catch { /* none yet */ }
  return out;
}

const d = prepareDirs('bench-startup');
installVsix(d, vsix);
for (let i = 0; i < runs; i++) {
  let server; let browser;
  rmSync(path.join(d.user, 'User/workspaceStorage'), { recursive: true, force: true });
  rmSync(path.join(d.user, 'logs'), { recursive: true, force: true });
  try {
    server = await startServer(d);
    browser = await launchBrowser(d);
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const t0 = Date.now();
    await page.goto(`${server.url}/?folder=${encodeURIComponent(d.ws)}`);
    await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
    const row = (name) => page.locator('.explorer-folders-view .monaco-list-row', { hasText: name }).first();
    await row('examples').waitFor({ timeout: 30_000 });
    const tWorkbench = Date.now() - t0;
    await row('examples').click();
    await row('requests.http').waitFor({ timeout: 10_000 });
    const tClick = Date.now();
    const clickedAt = new Date(tClick).toISOString();
    await row('requests.http').click();
    await page.locator('.tabs-container .tab.active', { hasText: 'requests.http' }).waitFor({ timeout: 15_000 });
    const tOpen = Date.now() - tClick;
    await page.locator('.monaco-editor .squiggly-error').first().waitFor({ timeout: 60_000 });
    const tSquiggle = Date.now() - tClick;
    await page.waitForTimeout(4000); // a user keeps the window open: the server writes its code cache 2.5 s after start
    // The extension host's log: when our extension was activated, and by which event.
    const exthost = filesUnder(path.join(d.user, 'logs'), /exthost\.log$/).map((f) => readFileSync(f, 'utf8')).join('\n');
    const activation = exthost.split('\n').filter((l) => /llm-preflight|eager extensions|Extension host (?:started|with pid)/i.test(l)).slice(0, 6);
    const output = filesUnder(path.join(d.user, 'logs'), /LLM Preflight\.log$/).map((f) => readFileSync(f, 'utf8')).join('\n');
    console.log(JSON.stringify({ run: i + 1, workbenchMs: tWorkbench, tabOpenMs: tOpen, firstSquiggleAfterClickMs: tSquiggle, clickedAt, activation,
      output: output.split('\n').filter((l) => l.trim()).slice(0, 12) }));
  } catch (e) {
    console.log(JSON.stringify({ run: i + 1, error: e.message }));
  } finally {
    if (browser) await browser.close().catch(() => {});
    if (server) await server.stop();
  }
}
cleanup(d);
