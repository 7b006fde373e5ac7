// SDK calls in a Python file over the protocol (the bundled server over stdio): diagnostics at the argument,
// the parameter hover, keyword completion, a quick fix applied to the source, and an edit re-linted
// (incremental tree-sitter parse in the server).
// Run: node --import tsx --test test/protocol/sources.test.ts
import { describe, it, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CodeActionRequest, CompletionRequest, type CodeAction, type CompletionItem, type CompletionList } from 'vscode-languageserver-protocol/node';
import { ensureBuilt, LspClient, positionAtOffset } from './client.ts';

let tmp: string;
const clients: LspClient[] = [];
before(() => {
  ensureBuilt();
  tmp = mkdtempSync(path.join(tmpdir(), 'llm-preflight-sources-'));
});
after(() => rmSync(tmp, { recursive: true, force: true }));
afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.dispose()));
});

const PY = `from openai import OpenAI

client = OpenAI()

completion = client.chat.completions.create(
    model="o3-mini",
    messages=[{"role": "user", "content": "Hello"}],
    max_tokenz=200,
    temperature=0.5,
)
`;

const slice = (text: string, range: { start: { line: number; character: number }; end: { line: number; character: number } }) => {
  const doc = TextDocument.create('x', 'python', 1, text);
  return text.slice(doc.offsetAt(range.start), doc.offsetAt(range.end));
};

describe('a Python file with SDK calls', () => {
  it('diagnostics, hover, completion and a quick fix, then an edit re-linted', async () => {
    const client = await LspClient.start();
    clients.push(client);
    const uri = pathToFileURL(path.join(tmp, 'app.py')).href;
    const published = await client.openAndWait(uri, 'python', PY);
    const byRule = new Map(published.diagnostics.map((d) => [d.code, d]));
    assert.equal(slice(PY, byRule.get('unknown-parameter')!.range), 'max_tokenz');
    assert.equal(slice(PY, byRule.get('model-unsupported-parameter')!.range), '0.5');

    const hover = await client.hover(uri, positionAtOffset(PY, PY.indexOf('temperature') + 2));
    const markdown = typeof hover?.contents === 'object' && 'value' in hover.contents ? hover.contents.value : '';
    assert.match(markdown, /temperature/);
    assert.equal(slice(PY, hover!.range!), 'temperature');

    const at = PY.indexOf('temperature=0.5,') + 'temperature=0.5,'.length;
    const completion = (await client.conn.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: positionAtOffset(PY, at) })) as CompletionItem[] | CompletionList | null;
    const items = Array.isArray(completion) ? completion : (completion?.items ?? []);
    const seed = items.find((i) => i.label === 'seed');
    assert.ok(seed, 'keyword arguments are offered');
    assert.equal((seed!.textEdit as { newText: string }).newText, 'seed=');
    assert.ok(!items.some((i) => i.label === 'model'), 'an argument already written is not offered again');

    const diagnostic = byRule.get('unknown-parameter')!;
    const actions = ((await client.conn.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } })) ?? []) as CodeAction[];
    const rename = actions.find((a) => a.title.includes("'max_tokens'"));
    assert.ok(rename?.edit?.changes?.[uri], `a rename fix among ${actions.map((a) => a.title).join(' | ')}`);
    const fixed = TextDocument.applyEdits(TextDocument.create(uri, 'python', 1, PY), rename!.edit!.changes![uri]);
    assert.equal(fixed, PY.replace('max_tokenz', 'max_tokens'));
    assert.ok(actions.some((a) => a.title === 'Disable unknown-parameter for this line'), 'a disable comment in # syntax is offered');

    // An edit: temperature removed, max_tokens (which o3-mini refuses) renamed; the server re-parses incrementally.
    const edited = fixed.replace('    temperature=0.5,\n', '').replace('max_tokens=', 'max_completion_tokens=');
    await client.change(uri, 2, [{ text: edited }]);
    const after = await client.waitForDiagnostics(uri, (p) => p.version === 2);
    assert.deepEqual(after.diagnostics.map((d) => d.code), []);
  });

  it('a Python file without an SDK import gets no diagnostics and no error explanation on hover', async () => {
    const client = await LspClient.start();
    clients.push(client);
    const uri = pathToFileURL(path.join(tmp, 'plain.py')).href;
    const text = 'print("Error 429: rate limit exceeded")\n';
    const published = await client.openAndWait(uri, 'python', text);
    assert.deepEqual(published.diagnostics, []);
    assert.equal(await client.hover(uri, positionAtOffset(text, 10)), null);
  });
});
