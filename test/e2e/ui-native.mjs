// Issue 11 UI checks that ui.mjs runs in the same code-server window: the finding hover (message once, a
// clickable docs link), the status item (only in served editors; its output channel has the start-up line),
// the context menu (Explain Error absent from a TypeScript file, present in a log with a selection), and no
// literal backticks in the Problems panel. Screenshot: test-artifacts/ui-hover-crop.png (the README picture).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { log } from './lib.mjs';

const assert = (cond, msg) => { if (!cond) throw new Error(msg); };
const count = (text, part) => text.split(part).length - 1;

/** The hover of a finding: VS Code's problem section shows the message; ours must not repeat it, and must link the docs. */
export async function checkFindingHover(page, hover, hoverText, finding, cropFile, squiggleBox) {
  assert(count(hoverText, finding.message) === 1, `the hover shows the message of ${finding.rule} ${count(hoverText, finding.message)} times`);
  const link = hover.locator('a', { hasText: 'Rule documentation' }).first();
  assert(await link.count(), 'the hover has no "Rule documentation" link');
  const href = (await link.getAttribute('data-href')) ?? (await link.getAttribute('href'));
  assert(href && /^(file|vscode-remote):\/\/.*\/rules\/[a-z-]+\/README\.md$/.test(href), `the docs link points at ${href}`);
  log(`hover links the docs at ${href}`);
  const box = await hover.boundingBox();
  if (box && squiggleBox) {
    const x = Math.max(0, Math.min(box.x, squiggleBox.x) - 120);
    const y = Math.max(0, Math.min(box.y, squiggleBox.y) - 60);
    const right = Math.max(box.x + box.width, squiggleBox.x + squiggleBox.width) + 40;
    const bottom = Math.max(box.y + box.height, squiggleBox.y + squiggleBox.height) + 30;
    await page.screenshot({ path: cropFile, clip: { x, y, width: right - x, height: bottom - y } });
  }
}

/** The status item is shown in requests.http, and clicking it opens an output channel with the server's start-up line. */
export async function checkStatusItem(page) {
  const item = page.locator('.statusbar-item', { hasText: 'LLM Preflight' }).first();
  await item.waitFor({ timeout: 15_000 });
  await item.click();
  const output = page.locator('.panel .monaco-editor', { hasText: 'language server started' }).first();
  await output.waitFor({ timeout: 15_000 });
  const text = (await output.innerText()).replace(/\u00a0/g, ' ');
  log(`output channel: ${JSON.stringify(text.slice(0, 400))}`);
  assert(/LLM Preflight \S+ language server started: pid \d+/.test(text), 'no start-up line with version and pid in the output channel');
  // Only the head of the line: the panel renders the lines in view, and a wrapped tail may be out of it
  // (test/unit/startup-line.test.ts checks the whole line).
  assert(/language server started: pid \d+, Node v[\d.]+(, code cache [a-z ]+)?;\s+locale\s+\S+/.test(text), 'the start-up line lacks the locale');
}

/** Opens `rel` from Quick Open, selects everything and right-clicks: the context menu's labels. */
async function contextMenuOf(page, rel) {
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+P');
  await page.keyboard.type(path.basename(rel));
  // Enter only once Quick Open lists the file (on a loaded machine its search takes longer than a fixed wait).
  await page.locator('.quick-input-widget .monaco-list-row', { hasText: path.basename(rel) }).first().waitFor({ timeout: 15_000 });
  await page.keyboard.press('Enter');
  await page.locator('.tabs-container .tab.active', { hasText: path.basename(rel) }).waitFor({ timeout: 15_000 });
  const editor = page.locator('.editor-group-container.active .monaco-editor .view-lines').first();
  await editor.click();
  await page.keyboard.press('Control+A');
  await editor.click({ button: 'right' });
  const menu = page.locator('.monaco-menu .actions-container').first();
  await menu.waitFor({ timeout: 10_000 });
  const labels = (await page.locator('.monaco-menu .action-label').allInnerTexts()).map((s) => s.trim()).filter(Boolean);
  await page.keyboard.press('Escape');
  return labels;
}

const statusVisible = async (page) => (await page.locator('.statusbar-item', { hasText: 'LLM Preflight' }).count()) > 0
  && page.locator('.statusbar-item', { hasText: 'LLM Preflight' }).first().isVisible();

/** Explain Error is absent from a TypeScript file's context menu (and so is the status item), present in a log's. */
export async function checkMenusAndStatus(page, ws) {
  writeFileSync(path.join(ws, 'examples/hello.ts'), 'export const greeting: string = "hello";\nconsole.log(greeting);\n');
  const ts = await contextMenuOf(page, 'examples/hello.ts');
  log(`context menu in hello.ts: ${ts.join(' | ')}`);
  assert(ts.length > 3, `no context menu read in hello.ts: ${ts.join(' | ')}`);
  assert(!ts.some((l) => /Explain Error/i.test(l)), 'Explain Error is in the context menu of a TypeScript file');
  assert(!(await statusVisible(page)), 'the status item shows in a TypeScript editor');
  const logMenu = await contextMenuOf(page, 'examples/errors.log');
  log(`context menu in errors.log: ${logMenu.join(' | ')}`);
  assert(logMenu.includes('LLM Preflight: Explain Error'), 'the context menu of a log with a selection lacks "LLM Preflight: Explain Error"');
  assert(await statusVisible(page), 'the status item is hidden in a log editor');
}

/** The Problems panel shows plain text: no `code spans` left from markdown-style messages. */
export function checkNoBackticks(problems) {
  const lines = problems.split('\n').filter((l) => l.includes('`'));
  assert(lines.length === 0, `the Problems panel shows literal backticks:\n    ${lines.join('\n    ')}`);
}
