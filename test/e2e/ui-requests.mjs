// UI actions the extension-host suite asks of the code-server runner (code-server.mjs), for what only the
// page can do: move the mouse over a terminal row or an Output panel line, Ctrl+click a terminal link,
// take a screenshot. The suite logs `[ui-request] {"id", "action", ...}` (forwarded by codeAutomationLog)
// and waits for <LLM_PREFLIGHT_UI_DIR>/<id>.json, which this writes: { ok, text?, error? }.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { artifacts, log } from './lib.mjs';

const PREFIX = '[ui-request] ';
/** The screenshots the suite asks for (issue 13): the terminal link's hover, the Output hover, the Explain view. */
export const SCREENSHOTS = ['term-terminal-link.png', 'term-output-hover.png', 'term-explain-view.png'];

/** No stale screenshots: each run writes its own (or a -failure.png beside the missing one). */
export function clearScreenshots() {
  for (const name of SCREENSHOTS) for (const f of [name, name.replace(/\.png$/, '-failure.png')]) rmSync(path.join(artifacts, f), { force: true });
}

/** Handles one log line if it is a request; returns true when it was one. */
export function handleUiRequest(page, uiDir, text) {
  if (!text.startsWith(PREFIX)) return false;
  let request;
  try { request = JSON.parse(text.slice(PREFIX.length)); } catch { return false; }
  void run(page, request).then(
    (result) => writeFileSync(path.join(uiDir, `${request.id}.json`), JSON.stringify({ ok: true, ...result })),
    (error) => writeFileSync(path.join(uiDir, `${request.id}.json`), JSON.stringify({ ok: false, error: String(error?.message ?? error) })),
  );
  return true;
}

async function run(page, request) {
  log(`ui request ${request.id}: ${request.action} ${request.text ?? request.name ?? ''}`);
  if (request.action === 'screenshot') return { text: await shot(page, request.name) };
  if (request.action === 'hoverTerminal' || request.action === 'clickTerminal') {
    const point = await textPoint(page, '.terminal-wrapper .xterm-rows > div', request.text);
    if (request.action === 'clickTerminal') {
      await page.mouse.move(point.x, point.y);
      await page.keyboard.down('Control');
      await page.mouse.click(point.x, point.y);
      await page.keyboard.up('Control');
      return { text: 'clicked' };
    }
    return { text: await hoverAndRead(page, point, request.expect, request.shot) };
  }
  if (request.action === 'hoverOutput') {
    const point = await textPoint(page, '.part.panel .monaco-editor .view-line', request.text);
    return { text: await hoverAndRead(page, point, request.expect, request.shot) };
  }
  throw new Error(`unknown ui action ${request.action}`);
}

async function shot(page, name) {
  mkdirSync(artifacts, { recursive: true });
  const file = path.join(artifacts, name);
  await page.screenshot({ path: file });
  return path.relative(path.dirname(artifacts), file);
}

/** The centre of the first occurrence of `text` inside the elements matching `selector` (page coordinates). */
async function textPoint(page, selector, text) {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    const point = await page.evaluate(({ selector, text }) => {
      for (const el of document.querySelectorAll(selector)) {
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        // Row text is split over spans: find the text in the row's whole string, then map back to nodes.
        const nodes = [];
        let whole = '';
        for (let n = walker.nextNode(); n; n = walker.nextNode()) { nodes.push([n, whole.length]); whole += n.textContent; }
        const at = whole.replace(/\u00a0/g, ' ').indexOf(text);
        if (at < 0) continue;
        const mid = at + Math.floor(text.length / 2);
        const [node, start] = nodes.filter(([, s]) => s <= mid).pop();
        const range = document.createRange();
        range.setStart(node, mid - start);
        range.setEnd(node, Math.min(node.textContent.length, mid - start + 1));
        const r = range.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      }
      return null;
    }, { selector, text });
    if (point) return point;
    await page.waitForTimeout(250);
  }
  throw new Error(`no element ${selector} shows ${JSON.stringify(text)}`);
}

/** Moves the mouse to `point`, waits for a hover holding `expect`, screenshots it, returns its text. */
async function hoverAndRead(page, point, expect, name) {
  const deadline = Date.now() + 20_000;
  let seen = '';
  while (Date.now() < deadline) {
    // Away and back: a hover opens on movement.
    await page.mouse.move(point.x + 40, point.y + 60);
    await page.mouse.move(point.x, point.y, { steps: 4 });
    await page.waitForTimeout(1200);
    const hovers = page.locator('.monaco-hover:visible, .workbench-hover:visible');
    const n = await hovers.count();
    for (let i = 0; i < n; i++) {
      const text = (await hovers.nth(i).innerText().catch(() => '')).replace(/\u00a0/g, ' ');
      seen = text || seen;
      if (text.includes(expect)) {
        if (name) await shot(page, name);
        return text;
      }
    }
  }
  if (name) await shot(page, name.replace(/\.png$/, '-failure.png'));
  throw new Error(`no hover with ${JSON.stringify(expect)} (last seen: ${JSON.stringify(seen.slice(0, 200))})`);
}
