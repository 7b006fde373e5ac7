// "Disable <rule> for this request / line / whole file" code actions over the protocol: each inserts a
// comment directive; after applying it and re-linting, the finding is gone and no unused-directive hint
// appears. Run: node --import tsx --test test/protocol/disable-actions.test.ts
import { describe, it, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CodeActionRequest, DiagnosticTag, type CodeAction, type Diagnostic, type TextEdit } from 'vscode-languageserver-protocol/node';
import { ensureBuilt, LspClient, withTimeout } from './client.ts';

let tmp: string;
const clients: LspClient[] = [];
before(() => {
  ensureBuilt();
  tmp = mkdtempSync(path.join(tmpdir(), 'llm-preflight-disable-'));
});
after(() => rmSync(tmp, { recursive: true, force: true }));
afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.dispose()));
});

async function start(): Promise<LspClient> {
  const client = await LspClient.start();
  clients.push(client);
  return client;
}
const uriOf = (name: string) => pathToFileURL(path.join(tmp, name)).href;

const HEAD = 'POST https://api.anthropic.com/v1/messages\nx-api-key: {{key}}\nanthropic-version: 2023-06-01\nContent-Type: application/json\n\n';
const BODY = '{"model":"claude-sonnet-4-5","max_tokens":5,"foo":1,\n"messages":[{"role":"user","content":[{"type":"text","text":""}]}]}\n';
const HTTP = `### first\n# @name first\n${HEAD}${BODY}\n### second\n${HEAD}${BODY}`;
const JSONC = `{\n  "model": "claude-sonnet-4-5", "max_tokens": 5, "foo": 1,\n  "messages": [{"role":"user","content":[{"type":"text","text":""}]}]\n}\n`;

async function codeActions(client: LspClient, uri: string, diagnostics: Diagnostic[]): Promise<CodeAction[]> {
  const range = diagnostics[0].range;
  const result = await withTimeout(
    client.conn.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range, context: { diagnostics } }),
    20_000,
    'code actions',
  );
  return (result ?? []) as CodeAction[];
}

function applyAction(text: string, uri: string, action: CodeAction): string {
  const edits = action.edit?.changes?.[uri] as TextEdit[] | undefined;
  assert.ok(edits?.length, `action ${action.title} has no edit for the document`);
  return TextDocument.applyEdits(TextDocument.create(uri, 'plaintext', 1, text), edits);
}

/** Opens `text`, takes the action titled `title` on the first `rule` diagnostic (the `nth`), applies it and re-lints. */
async function disableAndRelint(name: string, languageId: string, text: string, rule: string, title: string, nth = 0) {
  const client = await start();
  const uri = uriOf(name);
  const first = await client.openAndWait(uri, languageId, text);
  const targets = first.diagnostics.filter((d) => d.code === rule);
  assert.ok(targets.length > nth, `expected a ${rule} diagnostic: ${JSON.stringify(first.diagnostics.map((d) => d.code))}`);
  const actions = await codeActions(client, uri, [targets[nth]]);
  const action = actions.find((a) => a.title === title);
  assert.ok(action, `no "${title}" in ${JSON.stringify(actions.map((a) => a.title))}`);
  assert.equal(action.kind, 'quickfix');
  const edited = applyAction(text, uri, action);
  const since = client.mark();
  await client.change(uri, 2, [{ text: edited }]);
  const second = await client.waitForDiagnostics(uri, (p) => p.version === 2, { since });
  return { before: first.diagnostics, after: second.diagnostics, edited, actions };
}

const codes = (diagnostics: Diagnostic[]) => diagnostics.map((d) => String(d.code)).sort();

describe('disable code actions', () => {
  it('.http: "for this request" inserts the directive above the request line, after # @name; only that request changes', async () => {
    const r = await disableAndRelint('a.http', 'http', HTTP, 'empty-text-block', 'Disable empty-text-block for this request');
    assert.ok(r.edited.includes('### first\n# @name first\n# llm-preflight-disable-next-request empty-text-block\nPOST'), r.edited);
    assert.deepEqual(codes(r.after), ['empty-text-block', 'unknown-parameter', 'unknown-parameter']);
    assert.equal(r.after.filter((d) => d.code === 'empty-text-block')[0].range.start.line, 18, 'the second request keeps its finding');
  });

  it('.http: a second rule is added to the existing directive', async () => {
    const start = HTTP.replace('# @name first\n', '# @name first\n# llm-preflight-disable-next-request empty-text-block\n');
    const r = await disableAndRelint('b.http', 'http', start, 'unknown-parameter', 'Disable unknown-parameter for this request');
    assert.ok(r.edited.includes('# llm-preflight-disable-next-request empty-text-block, unknown-parameter\nPOST'), r.edited);
    assert.deepEqual(codes(r.after), ['empty-text-block', 'unknown-parameter']);
    assert.ok(r.after.every((d) => d.range.start.line > 10), 'only the second request has findings left');
  });

  it('.http with CRLF: "for the whole file" uses the file\'s line ending', async () => {
    const crlf = HTTP.replace(/\n/g, '\r\n');
    const r = await disableAndRelint('c.http', 'http', crlf, 'unknown-parameter', 'Disable unknown-parameter for the whole file', 1);
    assert.ok(r.edited.startsWith('# llm-preflight-disable-file unknown-parameter\r\n### first\r\n'), JSON.stringify(r.edited.slice(0, 80)));
    assert.deepEqual(codes(r.after), ['empty-text-block', 'empty-text-block']);
  });

  it('.jsonc: "for this line" inserts an indented // comment above the finding\'s line', async () => {
    const r = await disableAndRelint('d.jsonc', 'jsonc', JSONC, 'empty-text-block', 'Disable empty-text-block for this line');
    assert.ok(r.edited.includes('\n  // llm-preflight-disable-next-line empty-text-block\n  "messages"'), r.edited);
    assert.deepEqual(codes(r.after), ['unknown-parameter']);
    assert.ok(r.actions.some((a) => a.title === 'Disable empty-text-block for the whole file'));
    assert.ok(!r.actions.some((a) => a.title.endsWith('for this request')));
  });

  it('.jsonc: "for the whole file"', async () => {
    const r = await disableAndRelint('e.jsonc', 'jsonc', JSONC, 'unknown-parameter', 'Disable unknown-parameter for the whole file');
    assert.ok(r.edited.startsWith('// llm-preflight-disable-file unknown-parameter\n{'), r.edited);
    assert.deepEqual(codes(r.after), ['empty-text-block']);
  });

  it('an unused directive is tagged Unnecessary; plain .json offers no disable actions', async () => {
    const client = await start();
    const uri = uriOf('f.http');
    const published = await client.openAndWait(uri, 'http', HTTP.replace('# @name first\n', '# @name first\n# llm-preflight-disable-next-request role-order\n'));
    const hint = published.diagnostics.find((d) => d.code === 'unused-disable-directive');
    assert.ok(hint, JSON.stringify(published.diagnostics.map((d) => d.code)));
    assert.equal(hint.severity, 3);
    assert.deepEqual(hint.tags, [DiagnosticTag.Unnecessary]);
    const hintActions = await codeActions(client, uri, [hint]);
    assert.deepEqual(hintActions.map((a) => a.title), ['Remove the unused llm-preflight directive']);
    const since = client.mark();
    await client.change(uri, 2, [{ text: applyAction(HTTP.replace('# @name first\n', '# @name first\n# llm-preflight-disable-next-request role-order\n'), uri, hintActions[0]) }]);
    const cleaned = await client.waitForDiagnostics(uri, (p) => p.version === 2, { since });
    assert.deepEqual(codes(cleaned.diagnostics), codes(published.diagnostics.filter((d) => d !== hint)));

    const jsonUri = uriOf('g.json');
    const json = await client.openAndWait(jsonUri, 'json', JSONC.replace(/^ {2}/gm, ''));
    assert.ok(json.diagnostics.length > 0);
    assert.equal((await codeActions(client, jsonUri, json.diagnostics)).filter((a) => a.title.startsWith('Disable')).length, 0);
  });
});
