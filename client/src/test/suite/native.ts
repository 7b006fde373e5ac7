// Issue 11 checks in the extension host: the finding hover adds to VS Code's problem section instead of
// repeating it, and typing a key half-way never squiggles the whole body. Called from index.ts's run().
import * as vscode from 'vscode';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

type Check = (name: string, fn: () => Promise<void> | void) => Promise<void>;

const SOURCE = 'llm-preflight';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const ours = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
const ruleOf = (d: vscode.Diagnostic) => String(typeof d.code === 'object' ? d.code.value : d.code ?? '');

function hoverMarkdown(hovers: vscode.Hover[] | undefined): string {
  return (hovers ?? []).flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
}

/** Waits until our diagnostics for `uri` satisfy `ok` and stay unchanged for 750 ms (max 30 s); returns the last seen. */
async function settled(uri: vscode.Uri, ok: (ds: vscode.Diagnostic[]) => boolean): Promise<vscode.Diagnostic[]> {
  const t0 = Date.now();
  let last = '';
  let since = Date.now();
  while (Date.now() - t0 < 30_000) {
    const ds = ours(uri);
    const key = JSON.stringify(ds.map((d) => [ruleOf(d), d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character]));
    if (key !== last) { last = key; since = Date.now(); }
    if (ok(ds) && Date.now() - since >= 750) return ds;
    await sleep(100);
  }
  return ours(uri);
}

export async function nativeChecks(check: Check, root: string): Promise<void> {
  await check('examples/requests.http: a finding hover does not repeat the message and links the rule documentation', async () => {
    const uri = vscode.Uri.file(path.join(root, 'examples/requests.http'));
    const ds = await settled(uri, (x) => x.length >= 3);
    assert.ok(ds.length >= 3, `only ${ds.length} diagnostics`);
    for (const d of ds) {
      const md = hoverMarkdown(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, d.range.start));
      // VS Code shows the message in its own problem section of the hover; ours must not say it again.
      assert.ok(!md.includes(d.message), `the hover of ${ruleOf(d)} repeats its message:\n${md}`);
      const link = /\[Rule documentation\]\(([^)\s]+)\)/.exec(md);
      assert.ok(link, `no "Rule documentation" link in the hover of ${ruleOf(d)}:\n${md}`);
      const target = vscode.Uri.parse(link[1]);
      assert.equal(target.scheme, 'file', `docs link ${link[1]}`);
      assert.ok(fs.existsSync(target.fsPath), `docs link ${link[1]} points at no file`);
      assert.ok(md.split('\n').length <= 10, `the hover of ${ruleOf(d)} has ${md.split('\n').length} lines`);
    }
  });

  await check('typing a key half-way ("st with no colon yet): no squiggle spans the whole body', async () => {
    const rel = 'examples/typing.http';
    const lines = ['POST https://api.openai.com/v1/chat/completions', 'Authorization: Bearer {{key}}', 'Content-Type: application/json', '',
      '{', '  "model": "gpt-4o",', '  ', '  "messages": [{"role": "user", "content": "Hi"}]', '}', ''];
    fs.writeFileSync(path.join(root, rel), lines.join('\n'));
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(path.join(root, rel)));
    const editor = await vscode.window.showTextDocument(doc, { preview: false });
    await settled(doc.uri, () => true);
    // Typed one character at a time on the blank line inside the body, as a person would: `"st`, then a pause.
    for (const [i, ch] of [...'"st'].entries()) await editor.edit((b) => b.insert(new vscode.Position(6, 2 + i), ch));
    assert.equal(doc.lineAt(6).text, '  "st');
    const ds = await settled(doc.uri, (x) => x.length > 0);
    // The body is lines 4-8; a finding the broken key caused would start at its `{` and run for lines.
    const whole = ds.filter((d) => d.range.start.line >= 4 && d.range.end.line - d.range.start.line >= 2);
    assert.deepEqual(whole.map((d) => `${ruleOf(d)} ${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`), [],
      `a squiggle spans the whole body while typing; all: ${ds.map((d) => `${ruleOf(d)}@${d.range.start.line}:${d.range.start.character}`).join(', ')}`);
    assert.ok(ds.some((d) => d.range.start.line === 6), 'the broken line itself has no finding');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
}
