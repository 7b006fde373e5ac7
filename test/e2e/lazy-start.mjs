#!/usr/bin/env node
// The language server starts only when there is something to lint or explain (client/src/start-gate.ts), seen
// through the packaged .vsix in code-server: in a workspace with no .http/.rest file, opening a Markdown note
// starts nothing (the output channel says activated, never "Starting the language server"); the first hover
// over a pasted 529 in errors.log starts the server and is answered with its explanation.
//
//   node test/e2e/lazy-start.mjs        exit 0 pass, 1 fail, 2 could not run
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { root, log, missingPrerequisites, prepareDirs, installVsix, startServer, launchBrowser, saveLogs, clearLogs, cleanup, withDeadline } from './lib.mjs';

const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const vsix = path.resolve(process.env.LLM_PREFLIGHT_VSIX || path.join(root, `llm-preflight-${version}.vsix`));
const miss = missingPrerequisites();
if (!existsSync(vsix)) miss.push(`${path.relative(root, vsix)} is missing: run \`npm run prepare\``);
if (miss.length) { console.error(`cannot run the lazy-start check:\n- ${miss.join('\n- ')}`); process.exit(2); }
const assert = (cond, msg) => { if (!cond) throw new Error(msg); };

clearLogs('lazy-start');
const d = prepareDirs('lazy');
for (const f of ['requests.http', 'clean.http']) rmSync(path.join(d.ws, 'examples', f), { force: true });
writeFileSync(path.join(d.ws, 'examples/notes.md'), '# Notes\n\nBuy eggs. Call Sam about the offsite.\n');
let server; let browser; let page; let ok = false;
const t0 = Date.now();
try {
  await withDeadline(180_000, 'lazy-start check', async () => {
    installVsix(d, vsix);
    server = await startServer(d);
    browser = await launchBrowser(d);
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(`${server.url}/?folder=${encodeURIComponent(d.ws)}`);
    await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
    const row = (name) => page.locator('.explorer-folders-view .monaco-list-row', { hasText: name }).first();
    await row('examples').waitFor({ timeout: 30_000 });
    await row('examples').click();
    const open = async (name) => {
      await row(name).waitFor({ timeout: 10_000 });
      await row(name).click();
      await page.locator('.tabs-container .tab.active', { hasText: name }).waitFor({ timeout: 15_000 });
    };
    const outputText = async () => {
      await page.locator('.statusbar-item', { hasText: 'LLM Preflight' }).first().click();
      const editor = page.locator('.panel .monaco-editor').first();
      await editor.waitFor({ timeout: 15_000 });
      return (await editor.innerText()).replace(/\u00a0/g, ' ');
    };
    await open('notes.md');
    await page.locator('.statusbar-item', { hasText: 'LLM Preflight' }).first().waitFor({ timeout: 30_000 });
    await page.waitForTimeout(3000);
    const quiet = await outputText();
    log(`output after opening notes.md: ${JSON.stringify(quiet.slice(0, 300))}`);
    assert(/activated/.test(quiet), 'the extension did not activate for a Markdown file');
    assert(!/Starting the language server/.test(quiet), 'the server started for a Markdown note that mentions no failure');

    await open('errors.log');
    log('opened errors.log');
    // The 529 line is long: hover its visible start (the SDK's exception name), not the off-screen error type.
    const line = page.locator('.editor-group-container.active .view-line', { hasText: 'APIStatusError' }).first();
    await line.waitFor({ timeout: 15_000 });
    const word = line.locator('span > span', { hasText: 'APIStatusError' }).last();
    let text = '';
    for (let i = 0; i < 10 && !/529/.test(text); i++) {
      const box = await word.boundingBox({ timeout: 5000 });
      await page.mouse.move(5, 5);
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.waitForTimeout(i ? 1500 : 6000); // the first hover waits for the server to start
      text = await page.locator('.monaco-hover:visible').last().innerText({ timeout: 2000 }).catch(() => '');
      log(`hover try ${i + 1}: ${JSON.stringify(text.slice(0, 80))}`);
    }
    log(`hover on the 529 line: ${JSON.stringify(text.slice(0, 200))}`);
    assert(/529/.test(text) && /overload/i.test(text), 'the first hover over a pasted 529 was not explained');
    await page.mouse.move(5, 450);
    const started = await outputText();
    assert(/Starting the language server: a hover over a failure in examples\/errors\.log/.test(started), `the output does not say the hover started the server:\n${started}`);
    ok = true;
  });
} catch (e) {
  console.error(`lazy-start check failed: ${e.message}`);
  if (page) await page.screenshot({ path: path.join(root, 'test-artifacts/lazy-start-failure.png') }).catch(() => {});
} finally {
  if (browser) await browser.close().catch(() => {});
  if (server) await server.stop();
  if (!ok) saveLogs(d, 'lazy-start');
  cleanup(d);
  log(`done in ${((Date.now() - t0) / 1000).toFixed(1)} s: ${ok ? 'PASS' : 'FAIL'}`);
}
process.exit(ok ? 0 : 1);
