// curl in shell scripts and requests in Markdown over the protocol (issue 12), against the bundled server:
// a `.sh` file and a `.md` file get their findings at the exact range and a quick fix that edits the script;
// a README whose JSON blocks are configuration gets none; `llmPreflight.sources.shellscript: false` turns
// scripts off. Run: node --import tsx --test test/protocol/shell-sources.test.ts
import { after, afterEach, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CodeActionRequest, type CodeAction, type Diagnostic, type TextEdit } from 'vscode-languageserver-protocol/node';
import { ensureBuilt, LspClient, positionOf } from './client.ts';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'preflight-sources-lsp-'));
const clients: LspClient[] = [];
before(() => ensureBuilt());
after(() => rmSync(tmp, { recursive: true, force: true }));
afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.dispose()));
});
const uriOf = (name: string) => pathToFileURL(path.join(tmp, name)).href;
async function start(options: Parameters<typeof LspClient.start>[0] = {}): Promise<LspClient> {
  const client = await LspClient.start(options);
  clients.push(client);
  return client;
}
const apply = (text: string, edits: TextEdit[]) => TextDocument.applyEdits(TextDocument.create('x', 'shellscript', 1, text), edits);
async function quickFixes(client: LspClient, uri: string, diagnostic: Diagnostic): Promise<CodeAction[]> {
  const result = await client.conn.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } });
  return (result ?? []).filter((a): a is CodeAction => 'kind' in a && a.kind === 'quickfix');
}

const GOOD = `#!/bin/sh
curl https://api.openai.com/v1/chat/completions \\
  -H "Content-Type: application/json" \\
  -H "Authorization: Bearer $OPENAI_API_KEY" \\
  -d '{
    "model": "gpt-4o",
    "temperature": 0.7,
    "messages": [{"role": "user", "content": "Hello"}]
  }'
`;
const SCRIPT = GOOD.replace('"temperature"', '"temprature"');

describe('shell scripts and Markdown over LSP', () => {
  it('a .sh file: the finding on the misspelt key, and its quick fix edits the script', async () => {
    const client = await start();
    const uri = uriOf('ask.sh');
    const published = await client.openAndWait(uri, 'shellscript', SCRIPT);
    const diagnostic = published.diagnostics.find((d) => d.code === 'unknown-parameter');
    assert.ok(diagnostic, JSON.stringify(published.diagnostics));
    assert.deepEqual(diagnostic.range.start, positionOf(SCRIPT, '"temprature"'));
    const fix = (await quickFixes(client, uri, diagnostic)).find((a) => a.isPreferred);
    assert.ok(fix?.edit?.changes?.[uri], 'a preferred quick fix');
    assert.equal(apply(SCRIPT, fix.edit.changes[uri]), GOOD);
  });

  it('a .md file: a bash fence is checked, the configuration JSON is not', async () => {
    const client = await start();
    const uri = uriOf('README.md');
    const text = ['# Usage', '', '```bash', SCRIPT.replace('#!/bin/sh\n', '').replace('0.7', '3').replace('"temprature"', '"temperature"'), '```', '', '```json', '{"name": "x", "version": 1,}', '```', ''].join('\n');
    const published = await client.openAndWait(uri, 'markdown', text);
    assert.deepEqual(
      published.diagnostics.map((d) => [d.code, d.range.start]),
      [['parameter-out-of-range', positionOf(text, '3,')]],
    );
  });

  it('llmPreflight.sources.shellscript: false turns scripts off', async () => {
    const client = await start({ initializationOptions: { settings: { sources: { shellscript: false } } } });
    const published = await client.openAndWait(uriOf('off.sh'), 'shellscript', SCRIPT);
    assert.deepEqual(published.diagnostics, []);
  });
});
