#!/usr/bin/env node
// UI check as a person would do it (Recipe E in /work/shared/reference/editor.md): install the packaged
// .vsix into a fresh code-server, open examples/requests.http by clicking it in the Explorer, hover an error
// squiggle and read the hover, open the Problems panel with Ctrl+Shift+M and read it. What the UI shows is
// compared with `llm-preflight check --format json` for the same file.
//
//   node test/e2e/ui.mjs        exit 0 pass, 1 fail, 2 could not run (missing prerequisite)
//
// Then a .ts file's openai call: its squiggle, Problems entry and quick fix applied from the menu (ui-source.mjs).
// Screenshots: test-artifacts/ui-hover.png, ui-problems.png, ui-source-*.png (ui-failure.png on failure).
// The .vsix: LLM_PREFLIGHT_VSIX, else llm-preflight-<version>.vsix at the repo root (`npm run prepare`).
// Overall timeout: 180 s (LLM_PREFLIGHT_E2E_TIMEOUT, in seconds).
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import {
  root, clearLogs, artifacts, log, missingPrerequisites, prepareDirs, installVsix, startServer, launchBrowser, saveLogs, exthostLog,
  tail, cleanup, withDeadline,
} from './lib.mjs';
import { checkFindingHover, checkMenusAndStatus, checkNoBackticks, checkStatusItem } from './ui-native.mjs';
import { checkSourceQuickFix, writeSourceFile } from './ui-source.mjs';

const TIMEOUT_MS = Number(process.env.LLM_PREFLIGHT_E2E_TIMEOUT || 180) * 1000;
const FILE = 'examples/requests.http';
const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const vsix = path.resolve(process.env.LLM_PREFLIGHT_VSIX || path.join(root, `llm-preflight-${version}.vsix`));

const miss = missingPrerequisites();
if (!existsSync(vsix)) miss.push(`${path.relative(root, vsix)} is missing: run \`npm run prepare\` (or node scripts/package-vsix.mjs)`);
if (miss.length) { console.error(`cannot run the UI check:\n- ${miss.join('\n- ')}`); process.exit(2); }

mkdirSync(artifacts, { recursive: true });
const shot = (name) => path.join(artifacts, name);
for (const f of ['ui-hover.png', 'ui-hover-crop.png', 'ui-problems.png', 'ui-source-quickfix-menu.png', 'ui-source-fixed.png', 'ui-failure.png']) rmSync(shot(f), { force: true });   // no stale screenshots
const assert = (cond, msg) => { if (!cond) throw new Error(msg); };
/** The provider's own error text quoted in a finding's message, e.g. Unknown parameter: 'enable_thinking'. */
const providerText = (message) => (/"([^"]{8,})"/.exec(message)?.[1] ?? message).replace(/\.$/, '');

const t0 = Date.now();
clearLogs('ui');
const d = prepareDirs('ui');
writeSourceFile(d.ws);
const expected = JSON.parse(readFileSync(d.expectedFile, 'utf8')).files[FILE];
let server; let browser; let page; let ok = false;
const stopAll = async () => {
  if (browser) await browser.close().catch(() => {});
  if (server) await server.stop();
};
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, async () => { await stopAll(); process.exit(130); });

try {
  await withDeadline(TIMEOUT_MS, 'UI check', async () => {
    assert(expected?.length >= 3, `the CLI reports ${expected?.length ?? 0} findings for ${FILE}; expected 3`);
    log(`installing ${path.relative(root, vsix)}: ${installVsix(d, vsix).split('\n').pop()}`);
    server = await startServer(d);
    browser = await launchBrowser(d);
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.on('pageerror', (e) => log(`page error: ${e.message}`));
    await page.goto(`${server.url}/?folder=${encodeURIComponent(d.ws)}`);
    await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
    log('workbench up');

    // Explorer: expand "examples", click "requests.http"
    const row = (name) => page.locator('.explorer-folders-view .monaco-list-row', { hasText: name }).first();
    await row('examples').waitFor({ timeout: 30_000 });
    await row('examples').click();
    await row('requests.http').waitFor({ timeout: 10_000 });
    await row('requests.http').click();
    await page.locator('.tabs-container .tab.active', { hasText: 'requests.http' }).waitFor({ timeout: 15_000 });
    log('opened requests.http from the Explorer');

    // Squiggles
    const squiggle = page.locator('.monaco-editor .squiggly-error').first();
    await squiggle.waitFor({ timeout: 60_000 });
    const nSquiggles = await page.locator('.monaco-editor .squiggly-error').count();
    const mode = await page.locator('[id="status.editor.mode"]').innerText().catch(() => '?');
    log(`${nSquiggles} error squiggle(s) visible; language mode in the status bar: ${mode.trim()}`);
    assert(/http/i.test(mode), `status bar language mode is "${mode.trim()}", not HTTP`);

    // Hover the first squiggle and read the hover
    const box = await squiggle.boundingBox();
    assert(box, 'squiggle has no bounding box');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const hover = page.locator('.monaco-hover:visible').last();
    await hover.waitFor({ timeout: 15_000 });
    await page.waitForTimeout(1000);                        // let the provider hover join the marker hover
    const hoverText = await hover.innerText();
    log(`hover text:\n    ${hoverText.replace(/\n+/g, '\n    ')}`);
    await page.screenshot({ path: shot('ui-hover.png') });
    const hovered = expected.find((e) => hoverText.includes(e.rule));
    assert(hovered, `hover names none of the rules ${expected.map((e) => e.rule).join(', ')}`);
    const quoted = providerText(hovered.message);
    assert(hoverText.includes(quoted), `hover does not show the provider's error text ${JSON.stringify(quoted)}`);
    assert(hoverText.includes('llm-preflight'), 'hover does not show the source llm-preflight');
    log(`hover names ${hovered.rule} and quotes ${JSON.stringify(quoted)}`);
    await checkFindingHover(page, hover, hoverText, hovered, shot('ui-hover-crop.png'), box);

    // Problems panel
    await page.mouse.move(5, 450);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+Shift+M');
    const panel = page.locator('.markers-panel');
    await panel.waitFor({ state: 'visible', timeout: 15_000 });
    let problems = '';
    const deadline = Date.now() + 15_000;
    while (Date.now() < deadline) {
      problems = await panel.innerText();
      if (expected.every((e) => problems.includes(e.rule))) break;
      await page.waitForTimeout(250);
    }
    log(`Problems panel:\n    ${problems.replace(/\n+/g, '\n    ')}`);
    await page.screenshot({ path: shot('ui-problems.png') });
    assert(problems.includes('requests.http'), 'Problems panel does not name requests.http');
    for (const e of expected) {
      assert(problems.includes(e.rule), `Problems panel does not list ${e.rule}`);
      // VS Code shows 1-based positions: "[Ln 16, Col 3]"
      const at = `Ln ${e.range.start.line + 1}, Col ${e.range.start.character + 1}`;
      assert(problems.includes(at), `Problems panel does not place ${e.rule} at ${at} (the CLI's position)`);
      assert(problems.includes(providerText(e.message)), `Problems panel does not show the message of ${e.rule}`);
    }
    const count = await page.locator('[id="status.problems"]').innerText().catch(() => '');
    log(`status bar problems: ${count.replace(/\s+/g, ' ').trim()}`);
    const errors = Number(/(\d+)/.exec(count)?.[1] ?? NaN);
    assert(errors >= expected.filter((e) => e.severity === 'error').length, `status bar counts ${count.trim()} errors`);
    await checkStatusItem(page);
    await checkMenusAndStatus(page, d.ws);
    await checkSourceQuickFix(page, d.ws, shot);
    // Last: the messages' backticks are the rule messages' work (another branch); the checks above stand alone.
    checkNoBackticks(problems);
    ok = true;
  });
} catch (e) {
  console.error(`UI check failed: ${e.message}`);
  if (page) await page.screenshot({ path: shot('ui-failure.png') }).catch(() => {});
} finally {
  await stopAll();
  if (!ok) {
    console.error(`--- server log (tail)\n${tail(path.join(d.dir, 'server.log'))}`);
    console.error(exthostLog(d));
    saveLogs(d, 'ui');
  }
  cleanup(d);
  log(`done in ${((Date.now() - t0) / 1000).toFixed(1)} s: ${ok ? 'PASS' : 'FAIL'}; screenshots in ${path.relative(root, artifacts)}/`);
}
process.exit(ok ? 0 : 1);
