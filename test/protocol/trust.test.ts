// Workspace trust over the protocol: initializationOptions.workspaceTrusted = false makes the server read no
// `.env` value and no `< ../outside.json` body (diagnostics say so, code workspace-untrusted);
// llmPreflight/workspaceTrust {trusted: true} (VS Code's onDidGrantWorkspaceTrust) re-lints with them read;
// a client that says nothing about trust (Neovim, Helix...) is trusted.
// Run: node --import tsx --test test/protocol/trust.test.ts
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import { ensureBuilt, LspClient } from './client.ts';

const top = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'preflight-trust-lsp-')));
const ws = path.join(top, 'ws');
mkdirSync(ws);
// Read only when trusted: the body's string max_tokens is an invalid-parameter-type finding.
writeFileSync(path.join(top, 'outside.json'), '{"model": "gpt-4o", "messages": [{"role": "user", "content": "hi"}], "max_tokens": "many"}\n');
// Read only when trusted: the Anthropic host makes the anthropic-version header required.
writeFileSync(path.join(ws, '.env'), 'HOST=api.anthropic.com\n');
const requestFile = path.join(ws, 'req.http');
const requestText = [
  'POST https://{{$dotenv HOST}}/v1/messages',
  'Content-Type: application/json',
  '',
  '{"model": "claude-sonnet-4-5", "max_tokens": 100, "messages": [{"role": "user", "content": "hi"}]}',
  '',
  '###',
  '',
  'POST https://api.openai.com/v1/chat/completions',
  'Content-Type: application/json',
  '',
  '< ../outside.json',
  '',
].join('\n');
writeFileSync(requestFile, requestText);
const uri = pathToFileURL(requestFile).href;

const codes = (p: PublishDiagnosticsParams) => p.diagnostics.map((d) => String(d.code));
const readEnv = (p: PublishDiagnosticsParams) => p.diagnostics.some((d) => d.code === 'missing-required-header' && /anthropic-version/.test(d.message));
const readBody = (p: PublishDiagnosticsParams) => codes(p).includes('invalid-parameter-type');

const clients: LspClient[] = [];
before(() => ensureBuilt());
after(async () => {
  for (const c of clients) await c.dispose();
  rmSync(top, { recursive: true, force: true });
});

describe('workspace trust', () => {
  it('an untrusted workspace reads neither .env nor a body outside the folder, and says so; granting trust reads both', async () => {
    const client = await LspClient.start({ rootUri: pathToFileURL(ws).href, initializationOptions: { workspaceTrusted: false } });
    clients.push(client);
    const untrusted = await client.openAndWait(uri, 'http', requestText);
    assert.equal(readEnv(untrusted), false, codes(untrusted).join());
    assert.equal(readBody(untrusted), false, codes(untrusted).join());
    const notes = untrusted.diagnostics.filter((d) => d.code === 'workspace-untrusted');
    assert.equal(notes.length, 2, JSON.stringify(untrusted.diagnostics));
    assert.match(notes[0].message, /\{\{\$dotenv HOST\}\} has no value here: the workspace is not trusted, so \.env was not read/);
    assert.equal(notes[0].range.start.line, 0);
    assert.match(notes[1].message, /outside\.json.*outside the workspace folder, and the workspace is not trusted/);
    assert.equal(notes[1].range.start.line, 10);

    const since = client.mark();
    await client.conn.sendNotification('llmPreflight/workspaceTrust', { trusted: true });
    const granted = await client.waitForDiagnostics(uri, (p) => readEnv(p) && readBody(p), { since });
    assert.ok(!codes(granted).includes('workspace-untrusted'), codes(granted).join());
    assert.deepEqual(client.errorLogs(), []);
  });

  it('a client that says nothing about trust reads them (and so does workspaceTrusted: true)', async () => {
    for (const initializationOptions of [undefined, { workspaceTrusted: true }]) {
      const client = await LspClient.start({ rootUri: pathToFileURL(ws).href, initializationOptions });
      clients.push(client);
      const trusted = await client.openAndWait(uri, 'http', requestText);
      assert.ok(readEnv(trusted) && readBody(trusted), codes(trusted).join());
      assert.ok(!codes(trusted).includes('workspace-untrusted'));
      await client.shutdown();
    }
  });
});
