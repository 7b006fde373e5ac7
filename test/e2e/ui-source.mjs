// Issue 12 UI check that ui.mjs runs in the same code-server window: a TypeScript file with an `openai` SDK
// call shows its finding (squiggle and Problems entry at the CLI's position), and the quick fix, chosen from
// the code-action menu (Ctrl+. on the squiggle), edits the source; the saved file is compared with the
// expected text. Screenshots: test-artifacts/ui-source-quickfix-menu.png (the menu), ui-source-fixed.png.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { log } from './lib.mjs';

const assert = (cond, msg) => { if (!cond) throw new Error(msg); };

export const SOURCE_FILE = 'examples/chat.ts';
/** An openai call with a misspelt parameter: 'max_token' (one close name, so a rename fix). */
export const SOURCE_TEXT = `import OpenAI from 'openai';

const client = new OpenAI();

export async function main() {
  const completion = await client.chat.completions.create({
    model: 'gpt-4o',
    messages: [{ role: 'user', content: 'Say hello' }],
    max_token: 100,
  });
  console.log(completion.choices[0].message.content);
}
`;
const FIXED_TEXT = SOURCE_TEXT.replace('max_token: 100', 'max_tokens: 100');
const FIX_TITLE = `Rename 'max_token' to 'max_tokens'`;

/** Writes chat.ts into the workspace before code-server starts (a file written later may be missing from Quick Open). */
export function writeSourceFile(ws) {
  writeFileSync(path.join(ws, SOURCE_FILE), SOURCE_TEXT);
}

/** Opens chat.ts from the Explorer, checks its squiggle and Problems entry, applies the rename from the code-action menu and saves. */
export async function checkSourceQuickFix(page, ws, shot) {
  const file = path.join(ws, SOURCE_FILE);
  await page.keyboard.press('Escape');
  const row = page.locator('.explorer-folders-view .monaco-list-row', { hasText: path.basename(SOURCE_FILE) }).first();
  await row.waitFor({ timeout: 15_000 });
  await row.click();
  await page.locator('.tabs-container .tab.active', { hasText: path.basename(SOURCE_FILE) }).waitFor({ timeout: 15_000 });
  const editor = page.locator('.editor-group-container.active .monaco-editor');
  // TypeScript's own diagnostics squiggle too (the workspace has no node_modules: "Cannot find module 'openai'"):
  // ours is the one on the line of 'max_token'.
  const line = editor.locator('.view-line', { hasText: 'max_token: 100' }).first();
  await line.waitFor({ timeout: 30_000 });
  const squiggle = await squiggleOn(page, editor, line);
  log(`${path.basename(SOURCE_FILE)}: an error squiggle is shown under 'max_token'`);

  // The Problems panel lists the finding at the CLI's position (line 9, column 5: 'max_token').
  // Ctrl+Shift+M toggles: the panel may already show Problems (ui.mjs opened it), or Output (checkStatusItem).
  const panel = page.locator('.markers-panel');
  for (let i = 0; i < 2 && !(await panel.isVisible()); i++) {
    await page.keyboard.press('Control+Shift+M');
    await panel.waitFor({ state: 'visible', timeout: 5_000 }).catch(() => {});
  }
  await panel.waitFor({ state: 'visible', timeout: 10_000 });
  const entry = panel.locator('.monaco-list-row', { hasText: "'max_token' is not a parameter" }).first();
  await entry.waitFor({ timeout: 15_000 });
  const entryText = (await entry.innerText()).replace(/\s+/g, ' ');
  log(`Problems entry: ${entryText}`);
  assert(entryText.includes('unknown-parameter') && entryText.includes("did you mean 'max_tokens'?"), `the Problems entry reads ${JSON.stringify(entryText)}`);
  assert(entryText.includes('Ln 9, Col 5'), `the Problems entry is not at Ln 9, Col 5: ${JSON.stringify(entryText)}`);

  // The quick fix through the UI: the caret on the squiggle, Ctrl+. opens the code-action menu, pick the rename.
  // The menu asks every provider (TypeScript's server too, busy while it starts): "No code actions available"
  // may come first, so the caret is put back and Ctrl+. pressed again, a few times.
  const box = squiggle;
  const menu = page.locator('.action-widget');
  const item = menu.locator('.monaco-list-row', { hasText: FIX_TITLE }).first();
  for (let attempt = 1; ; attempt++) {
    await page.keyboard.press('Escape');
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.waitForTimeout(500);
    await page.keyboard.press('Control+.');
    const shown = await item.waitFor({ timeout: 8_000 }).then(() => true, () => false);
    if (shown) break;
    log(`code-action menu without "${FIX_TITLE}" (attempt ${attempt})`);
    if (attempt === 4) throw new Error(`the code-action menu never offered "${FIX_TITLE}"`);
    await page.waitForTimeout(2_000);
  }
  const labels = (await menu.locator('.monaco-list-row').allInnerTexts()).map((s) => s.trim()).filter(Boolean);
  log(`code-action menu: ${labels.join(' | ')}`);
  await page.screenshot({ path: shot('ui-source-quickfix-menu.png') });
  // Chosen with the keyboard, as a person does after Ctrl+.: move the focus onto the rename, press Enter.
  for (let i = 0; ; i++) {
    const focused = (await menu.locator('.monaco-list-row.focused').first().innerText().catch(() => '')).trim();
    if (focused.includes(FIX_TITLE)) break;
    if (i === labels.length) throw new Error(`the focus never reached "${FIX_TITLE}" in the code-action menu`);
    await page.keyboard.press('ArrowDown');
  }
  await page.keyboard.press('Enter');

  // The source is edited in place; saved, the file on disk is the fixed text, and the squiggle is gone.
  await editor.locator('.view-line', { hasText: 'max_tokens: 100' }).first().waitFor({ timeout: 15_000 });
  await page.keyboard.press('Control+S');
  const deadline = Date.now() + 15_000;
  let saved = readFileSync(file, 'utf8');
  while (saved !== FIXED_TEXT && Date.now() < deadline) {
    await page.waitForTimeout(250);
    saved = readFileSync(file, 'utf8');
  }
  assert(saved === FIXED_TEXT, `after the quick fix ${SOURCE_FILE} reads:\n${saved}`);
  await panel.locator('.monaco-list-row', { hasText: "'max_token' is not a parameter" }).first().waitFor({ state: 'detached', timeout: 15_000 });
  assert(!(await squiggleOn(page, editor, editor.locator('.view-line', { hasText: 'max_tokens: 100' }).first(), 0).catch(() => null)), 'a squiggle is still shown on the fixed line');
  await page.screenshot({ path: shot('ui-source-fixed.png') });
  log(`${SOURCE_FILE}: quick fix "${FIX_TITLE}" applied; the saved file is the fixed text and its finding is gone`);
}

/** The box of an error squiggle on the given editor line (waits up to `timeout` ms for one). */
async function squiggleOn(page, editor, line, timeout = 60_000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const lineBox = await line.boundingBox();
    const squiggles = editor.locator('.squiggly-error');
    const n = await squiggles.count();
    for (let i = 0; i < n; i++) {
      const box = await squiggles.nth(i).boundingBox();
      if (box && lineBox && box.y >= lineBox.y - 2 && box.y + box.height <= lineBox.y + lineBox.height + 4) return box;
    }
    if (Date.now() >= deadline) throw new Error('no error squiggle on the line');
    await page.waitForTimeout(250);
  }
}
