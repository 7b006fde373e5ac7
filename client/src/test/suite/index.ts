// Extension-host test suite: the `run(): Promise<void>` module that @vscode/test-electron (and code-server's
// extensionTestsPath, see test/e2e/code-server.mjs) loads inside a real VS Code extension host.
// No mocha: plain async checks with node:assert; progress goes to console.log (which code-server forwards
// through codeAutomationLog). A thrown error makes the host exit with code 1.
//
// Bundle: esbuild client/src/test/suite/index.ts --bundle --platform=node --format=cjs --external:vscode
//         --outfile=dist/test/suite/index.js
//
// Expected findings come from the CLI (`llm-preflight check <file> --format json`), written by the runner to
// the JSON file named by LLM_PREFLIGHT_EXPECTED (fallback: <workspace>/.llm-preflight-test/expected.json):
//   { "files": { "<path relative to the workspace folder>": [ {rule, severity, message, api, range} ] } }
// so the editor and the CLI are proved to agree, rule for rule and range for range.
import * as vscode from 'vscode';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { terminalChecks } from './terminal';
import { nativeChecks } from './native.ts';

interface Pos { line: number; character: number }
interface CliDiag { rule: string; severity: string; message: string; api: string | null; range: { start: Pos; end: Pos } }
interface Expected { files: Record<string, CliDiag[]> }

const SOURCE = 'llm-preflight';
const EXTENSION_ID = 'llm-preflight.llm-preflight';
const BAD = 'examples/requests.http';
const CLEAN = 'examples/clean.http';
const TOOL_RESULT = 'examples/anthropic-tool-result.json';
const BAD_RULES = ['unknown-parameter', 'empty-text-block', 'tool-result-unmatched'];
const SEVERITY: Record<string, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error, warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information, information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

const log = (msg: string) => console.log(`[llm-preflight suite] ${msg}`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function workspaceRoot(): string {
  const folder = vscode.workspace.workspaceFolders?.[0];
  const root = folder?.uri.fsPath ?? process.env.LLM_PREFLIGHT_WORKSPACE;
  assert.ok(root, 'no workspace folder is open (and LLM_PREFLIGHT_WORKSPACE is not set)');
  return root;
}

function loadExpected(root: string): Expected {
  const candidates = [process.env.LLM_PREFLIGHT_EXPECTED, path.join(root, '.llm-preflight-test', 'expected.json')]
    .filter((p): p is string => !!p);
  for (const p of candidates) {
    if (fs.existsSync(p)) { log(`expected findings from ${p}`); return JSON.parse(fs.readFileSync(p, 'utf8')) as Expected; }
  }
  throw new Error(`no expected-findings file (looked at ${candidates.join(', ')}); the runner writes it from the CLI`);
}

function ruleOf(d: vscode.Diagnostic): string {
  const c = d.code;
  if (c === undefined) return '';
  return typeof c === 'object' ? String(c.value) : String(c);
}
const ours = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);

/** Waits until our diagnostics for `uri` are at least `min` and then unchanged for 750 ms (max `timeout`). */
async function waitForDiagnostics(uri: vscode.Uri, min: number, timeout = 30_000): Promise<vscode.Diagnostic[]> {
  const t0 = Date.now();
  let last = '';
  let stableSince = Date.now();
  while (Date.now() - t0 < timeout) {
    const ds = ours(uri);
    const key = JSON.stringify(ds.map((d) => [ruleOf(d), d.range.start.line, d.range.start.character]));
    if (key !== last) { last = key; stableSince = Date.now(); }
    if (ds.length >= min && Date.now() - stableSince >= 750) {
      log(`${vscode.workspace.asRelativePath(uri)}: ${ds.length} diagnostic(s) after ${Date.now() - t0} ms`);
      return ds;
    }
    await sleep(100);
  }
  const ds = ours(uri);
  log(`${vscode.workspace.asRelativePath(uri)}: timed out after ${timeout} ms with ${ds.length} diagnostic(s)`);
  return ds;
}

async function open(root: string, rel: string): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(path.join(root, rel)));
  await vscode.window.showTextDocument(doc, { preview: false });
  log(`opened ${rel} (languageId ${doc.languageId})`);
  return doc;
}

type Row = [string, number, number, number, number, number];
const editorRows = (ds: readonly vscode.Diagnostic[]): Row[] => ds.map((d): Row =>
  [ruleOf(d), d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character, d.severity]).sort(cmpRow);
const cliRows = (ds: readonly CliDiag[]): Row[] => ds.map((d): Row =>
  [d.rule, d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character, SEVERITY[d.severity] ?? -1]).sort(cmpRow);
function cmpRow(a: Row, b: Row): number {
  return a[1] - b[1] || a[2] - b[2] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
}

function hoverText(hovers: vscode.Hover[] | undefined): string {
  const parts: string[] = [];
  for (const h of hovers ?? []) {
    for (const c of h.contents) {
      parts.push(typeof c === 'string' ? c : (c as { value: string }).value);
    }
  }
  return parts.join('\n');
}

export async function run(): Promise<void> {
  const t0 = Date.now();
  const failures: string[] = [];
  let passed = 0;
  const check = async (name: string, fn: () => Promise<void> | void) => {
    const t = Date.now();
    try { await fn(); passed++; log(`✓ ${name} (${Date.now() - t} ms)`); }
    catch (e) { failures.push(`${name}: ${(e as Error).message}`); log(`✗ ${name} (${Date.now() - t} ms)\n${(e as Error).stack ?? e}`); }
  };

  log(`VS Code ${vscode.version}, extension host pid ${process.pid}`);
  const root = workspaceRoot();
  const expected = loadExpected(root);
  let badMs = 0;

  await check('the extension is present and activates', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `extension ${EXTENSION_ID} is not loaded`);
    await ext.activate();
    assert.ok(ext.isActive, 'extension did not activate');
  });

  await check(`${BAD}: the three findings, same rules and ranges as the CLI`, async () => {
    const want = expected.files[BAD];
    assert.ok(want, `expected file has no entry for ${BAD}`);
    const doc = await open(root, BAD);
    assert.equal(doc.languageId, 'http', `${BAD} opened as ${doc.languageId}, not http`);
    const t = Date.now();
    const ds = await waitForDiagnostics(doc.uri, want.length);
    badMs = Date.now() - t;
    const rules = ds.map(ruleOf);
    for (const r of BAD_RULES) assert.ok(rules.includes(r), `missing ${r}; got ${rules.join(', ') || 'nothing'}`);
    for (const d of ds) assert.equal(d.source, SOURCE);
    assert.deepEqual(editorRows(ds), cliRows(want), 'editor diagnostics differ from `llm-preflight check --format json`');
    // messages agree too
    const byKey = (r: string, l: number) => want.find((w) => w.rule === r && w.range.start.line === l)?.message;
    for (const d of ds) assert.equal(d.message, byKey(ruleOf(d), d.range.start.line), `message of ${ruleOf(d)} differs from the CLI`);
  });

  await check(`${BAD}: hover at a finding explains the rule`, async () => {
    const uri = vscode.Uri.file(path.join(root, BAD));
    const ds = ours(uri).sort((a, b) => a.range.start.line - b.range.start.line);
    assert.ok(ds.length > 0, 'no diagnostics to hover');
    for (const d of ds.filter((x) => BAD_RULES.includes(ruleOf(x)))) {
      const pos = d.range.start;
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, pos);
      const text = hoverText(hovers);
      log(`hover at ${pos.line}:${pos.character} (${ruleOf(d)}): ${JSON.stringify(text.slice(0, 200))}`);
      assert.ok(text.includes(ruleOf(d)), `hover at ${pos.line}:${pos.character} does not mention ${ruleOf(d)}: ${JSON.stringify(text)}`);
    }
  });

  await check(`${BAD}: every finding links to its rule documentation (codeDescription.href)`, () => {
    const problems: string[] = [];
    for (const d of ours(vscode.Uri.file(path.join(root, BAD)))) {
      const target = typeof d.code === 'object' ? d.code.target : undefined;
      if (!target) { problems.push(`${ruleOf(d)}: no codeDescription.href (code = ${JSON.stringify(d.code)})`); continue; }
      if (target.scheme === 'file' && !fs.existsSync(target.fsPath)) problems.push(`${ruleOf(d)}: ${target} does not exist`);
      else if (!['file', 'http', 'https'].includes(target.scheme)) problems.push(`${ruleOf(d)}: odd href ${target}`);
    }
    assert.deepEqual(problems, []);
  });

  await check(`${CLEAN}: stays clean`, async () => {
    const doc = await open(root, CLEAN);
    assert.equal(doc.languageId, 'http');
    const wait = Math.max(3000, 2 * badMs);
    const t = Date.now();
    while (Date.now() - t < wait && ours(doc.uri).length === 0) await sleep(100);
    const ds = ours(doc.uri);
    log(`${CLEAN}: waited ${Date.now() - t} ms, ${ds.length} diagnostic(s)`);
    assert.deepEqual(ds.map((d) => `${ruleOf(d)}@${d.range.start.line}: ${d.message}`), []);
  });

  await check(`${TOOL_RESULT}: tool-result-unmatched, same as the CLI`, async () => {
    const want = expected.files[TOOL_RESULT];
    assert.ok(want, `expected file has no entry for ${TOOL_RESULT}`);
    const doc = await open(root, TOOL_RESULT);
    const ds = await waitForDiagnostics(doc.uri, Math.max(1, want.length));
    assert.ok(ds.some((d) => ruleOf(d) === 'tool-result-unmatched'), `got ${ds.map(ruleOf).join(', ') || 'nothing'}`);
    assert.deepEqual(editorRows(ds), cliRows(want), 'editor diagnostics differ from the CLI');
  });

  await check('examples/errors.log: hover explains a pasted error response (plain-text log)', async () => {
    const doc = await open(root, 'examples/errors.log');
    const line = doc.getText().split('\n').findIndex((l) => l.includes('overloaded_error'));
    assert.ok(line >= 0, 'no overloaded_error line');
    const pos = new vscode.Position(line, doc.lineAt(line).text.indexOf('overloaded_error'));
    let text = '';
    for (let i = 0; i < 50 && !text.includes('529'); i++) {
      text = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, pos));
      if (!text.includes('529')) await sleep(200);
    }
    log(`hover on the 529 line: ${JSON.stringify(text.slice(0, 300))}`);
    assert.match(text, /529/);
    assert.match(text, /Retry/);
    assert.match(text, /overload/i);
  });

  await check('LLM Preflight: Explain Error on a selection opens the read-only Explain view, titled after the error, nothing dirty', async () => {
    const doc = await open(root, 'examples/errors.log');
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor && editor.document === doc, 'errors.log is not the active editor');
    const line = doc.getText().split('\n').findIndex((l) => l.includes('rate_limit_exceeded'));
    editor.selection = new vscode.Selection(line, 0, line, doc.lineAt(line).text.length);
    await vscode.commands.executeCommand('llmPreflight.explainError');
    let md: vscode.TextDocument | undefined;
    for (let i = 0; i < 50 && !md; i++) {
      md = vscode.workspace.textDocuments.find((d) => d.uri.scheme === 'llm-preflight-explain' && d.getText().includes('LLM Preflight'));
      if (!md) await sleep(200);
    }
    assert.ok(md, 'no explanation document was opened');
    assert.match(md.getText(), /429/);
    assert.match(md.getText(), /rate limit/i);
    assert.match(path.basename(md.uri.path), /^Explain: /);
    const tab = vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.label.includes(path.basename(md!.uri.path)));
    assert.ok(tab, `no tab titled after ${path.basename(md.uri.path)}`);
    assert.deepEqual(vscode.workspace.textDocuments.filter((d) => d.isDirty || (d.isUntitled && d.languageId === 'markdown')).map((d) => d.uri.toString()), []);
  });

  await terminalChecks(check, EXTENSION_ID, log);

  await check('a quick fix from the light bulb changes the file and the finding goes away', async () => {
    // A scratch copy, so the other checks keep their examples.
    const rel = 'examples/quickfix.http';
    fs.copyFileSync(path.join(root, BAD), path.join(root, rel));
    const doc = await open(root, rel);
    const ds = await waitForDiagnostics(doc.uri, 3);
    const target = ds.find((d) => ruleOf(d) === 'unknown-parameter');
    assert.ok(target, `no unknown-parameter finding in ${rel}`);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, target.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions?.find((a) => a.isPreferred && a.edit);
    assert.ok(fix, `no preferred quick fix; got ${JSON.stringify(actions?.map((a) => a.title))}`);
    log(`applying "${fix.title}"`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit!), 'applyEdit failed');
    assert.ok(!doc.getText().includes('enable_thinking'), 'the parameter is still there');
    let left = ours(doc.uri);
    for (let i = 0; i < 50 && left.some((d) => ruleOf(d) === 'unknown-parameter'); i++) { await sleep(200); left = ours(doc.uri); }
    assert.ok(!left.some((d) => ruleOf(d) === 'unknown-parameter'), 'the finding is still reported after the fix');
    await doc.save();
    assert.ok(!fs.readFileSync(path.join(root, rel), 'utf8').includes('enable_thinking'), 'the file on disk changed');
  });

  await nativeChecks(check, root);

  // Any further files the runner listed (e.g. examples/batch.jsonl): editor and CLI must agree.
  for (const rel of Object.keys(expected.files).filter((f) => ![BAD, CLEAN, TOOL_RESULT].includes(f))) {
    await check(`${rel}: same findings as the CLI`, async () => {
      const want = expected.files[rel];
      const doc = await open(root, rel);
      const ds = want.length > 0 ? await waitForDiagnostics(doc.uri, want.length) : (await sleep(Math.max(3000, 2 * badMs)), ours(doc.uri));
      assert.deepEqual(editorRows(ds), cliRows(want), `editor diagnostics differ from the CLI (languageId ${doc.languageId})`);
    });
  }

  log(`${passed} passed, ${failures.length} failed, ${Date.now() - t0} ms`);
  if (failures.length) throw new Error(`${failures.length} check(s) failed:\n- ${failures.join('\n- ')}`);
}
