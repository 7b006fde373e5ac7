// Quick fixes and fix-all over the protocol (the bundled server over stdio): textDocument/codeAction
// with kind quickfix (linked to the diagnostic, isPreferred), source.fixAll.llmPreflight, and the
// llmPreflight/fixAll request behind the Fix All in File command; each applied to the text and compared.
// Run: node --import tsx --test test/protocol/code-actions.test.ts
import { describe, it, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CodeActionRequest, type CodeAction, type Diagnostic, type TextEdit } from 'vscode-languageserver-protocol/node';
import { ensureBuilt, LspClient } from './client.ts';

let tmp: string;
const clients: LspClient[] = [];
before(() => {
  ensureBuilt();
  tmp = mkdtempSync(path.join(tmpdir(), 'llm-preflight-actions-'));
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

/** Our fixes (disable-comment actions are quick fixes too, from their own feature). */
const fixesOnly = (list: CodeAction[]) => list.filter((a) => a.kind === 'quickfix' && !a.title.startsWith('Disable '));

function apply(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('x', 'http', 1, text), edits);
}

async function actions(client: LspClient, uri: string, diagnostics: Diagnostic[], range = diagnostics[0].range, only?: string[]): Promise<CodeAction[]> {
  const result = await client.conn.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range, context: { diagnostics, ...(only ? { only } : {}) } });
  return (result ?? []).filter((a): a is CodeAction => 'kind' in a);
}

const STREAM = `POST https://api.openai.com/v1/chat/completions
Authorization: Bearer {{key}}
Content-Type: application/json

{
  "model": "gpt-4.1",
  "stream_options": {"include_usage": true},
  "messages": [{"role": "user", "content": "hi"}]
}
`;

const MESSY = `POST https://api.anthropic.com/v1/messages
x-api-key: {{key}}
anthropic-version: 2023-06-01

{
  "model": "claude-sonnet-4-5",
  "temperature": 0.2,
  "top_p": 0.9,
  "messages": [{"role": "user", "content": [{"type": "text", "text": ""}, {"type": "text", "text": "{{q}}"}]}]
}
`;

const CLEAN = `POST https://api.anthropic.com/v1/messages
x-api-key: {{key}}
anthropic-version: 2023-06-01

{
  "model": "claude-sonnet-4-5",
  "top_p": 0.9,
  "messages": [{"role": "user", "content": [{"type": "text", "text": "{{q}}"}]}],
  "max_tokens": 1024
}
`;

describe('code actions', () => {
  it('advertises quick fixes and source.fixAll.llmPreflight', async () => {
    const client = await start();
    const provider = client.initializeResult.capabilities.codeActionProvider;
    assert.ok(typeof provider === 'object' && provider.codeActionKinds?.includes('quickfix') && provider.codeActionKinds.includes('source.fixAll.llmPreflight'));
  });

  it('offers both stream_options fixes, linked to the diagnostic, the removal preferred; each applies cleanly', async () => {
    const client = await start();
    const uri = uriOf('stream.http');
    const published = await client.openAndWait(uri, 'http', STREAM);
    const diagnostic = published.diagnostics.find((d) => d.code === 'stream-options-without-stream');
    assert.ok(diagnostic, JSON.stringify(published.diagnostics));
    const fixes = fixesOnly(await actions(client, uri, [diagnostic]));
    assert.deepEqual(fixes.map((a) => [a.title, a.isPreferred]), [["Remove 'stream_options'", true], ['Set "stream": true', false]]);
    for (const fix of fixes) assert.deepEqual(fix.diagnostics, [diagnostic], 'linked to the client\'s diagnostic');
    assert.equal(apply(STREAM, fixes[0].edit!.changes![uri]), STREAM.replace('  "stream_options": {"include_usage": true},\n', ''));
    assert.equal(
      apply(STREAM, fixes[1].edit!.changes![uri]),
      STREAM.replace('"messages": [{"role": "user", "content": "hi"}]\n', '"messages": [{"role": "user", "content": "hi"}],\n  "stream": true\n'),
    );
  });

  it('no quick fix away from the finding, none for a stale version', async () => {
    const client = await start();
    const uri = uriOf('far.http');
    const published = await client.openAndWait(uri, 'http', STREAM);
    const far = { start: { line: 0, character: 0 }, end: { line: 0, character: 4 } };
    assert.deepEqual(fixesOnly(await actions(client, uri, [], far)), []);
    const since = client.mark();
    await client.change(uri, 2, [{ text: STREAM.replace('"gpt-4.1"', '"gpt-4o"') }]);
    const stale = published.diagnostics[0];
    await client.waitForDiagnostics(uri, (p) => p.version === 2, { since });
    const fresh = fixesOnly(await actions(client, uri, [stale]));
    assert.ok(fresh.every((a) => a.diagnostics?.[0].range.start.line === 6));
  });

  it('source.fixAll.llmPreflight applies every preferred fix; on the fixed text it offers nothing', async () => {
    const client = await start();
    const uri = uriOf('messy.http');
    await client.openAndWait(uri, 'http', MESSY);
    const [all] = await actions(client, uri, [], { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, ['source.fixAll']);
    assert.equal(all?.kind, 'source.fixAll.llmPreflight');
    assert.equal(apply(MESSY, all.edit!.changes![uri]), CLEAN);
    const since = client.mark();
    await client.change(uri, 2, [{ text: CLEAN }]);
    await client.waitForDiagnostics(uri, (p) => p.version === 2, { since });
    assert.deepEqual(await actions(client, uri, [], { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, ['source.fixAll.llmPreflight']), []);
    // Asked only for quick fixes, no fix-all.
    assert.ok((await actions(client, uri, [], { start: { line: 0, character: 0 }, end: { line: 9, character: 0 } }, ['quickfix'])).every((a) => a.kind === 'quickfix'));
  });

  it('llmPreflight/fixAll returns the edits of the Fix All in File command', async () => {
    const client = await start();
    const uri = uriOf('command.http');
    await client.openAndWait(uri, 'http', MESSY);
    const result = (await client.conn.sendRequest('llmPreflight/fixAll', { textDocument: { uri } })) as { applied: number; version: number; edits: TextEdit[] };
    assert.equal(result.version, 1);
    assert.equal(result.applied, 3);
    assert.equal(apply(MESSY, result.edits), CLEAN);
    const none = (await client.conn.sendRequest('llmPreflight/fixAll', { textDocument: { uri: uriOf('not-open.http') } })) as { edits: TextEdit[] };
    assert.deepEqual(none.edits, []);
    assert.deepEqual(client.errorLogs(), []);
  });
});
