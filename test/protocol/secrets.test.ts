// Keys never leave the server unmasked: hardcoded-api-key diagnostics, their hover and code actions, the
// hover over a pasted error with a key in it, the Explain Error command, and the server's log messages.
// Run: node --import tsx --test test/protocol/secrets.test.ts
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CodeActionRequest } from 'vscode-languageserver-protocol';
import { FAKE_KEYS as K } from '../../rules/hardcoded-api-key/fake-keys.ts';
import { ensureBuilt, LspClient, positionAtOffset } from './client.ts';

const KEYS = Object.values(K);
let tmp: string;
let client: LspClient;
before(async () => {
  ensureBuilt();
  tmp = mkdtempSync(path.join(tmpdir(), 'llm-preflight-secrets-'));
  client = await LspClient.start();
});
after(async () => {
  await client.dispose();
  rmSync(tmp, { recursive: true, force: true });
});

const noKey = (what: string, text: string) => {
  for (const key of KEYS) assert.ok(!text.includes(key), `${what} contains a full key`);
};

const DOC = [
  `@gkey = ${K.google}`,
  '',
  '### OpenAI',
  'POST https://api.openai.com/v1/chat/completions',
  `Authorization: Bearer ${K.openaiProject}`,
  '',
  '{"model":"gpt-4o","messages":[{"role":"user","content":"Hi"}]}',
  '',
  '### Gemini',
  'POST https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-flash:generateContent?key={{gkey}}',
  '',
  '{"contents":[{"parts":[{"text":"Hi"}]}]}',
  '',
  '### Azure',
  'POST https://res.openai.azure.com/openai/deployments/d/chat/completions?api-version=2024-10-21',
  `api-key: ${K.azure}`,
  '',
  `{"messages":[{"role":"user","content":"Hi"}],"api_key":"${K.anthropic}"}`,
  '',
].join('\n');

describe('hardcoded-api-key over the protocol', () => {
  it('diagnostics, their hover and their code actions show only masked keys', async () => {
    const uri = pathToFileURL(path.join(tmp, 'keys.http')).href;
    const published = await client.openAndWait(uri, 'http', DOC);
    const ours = published.diagnostics.filter((d) => d.code === 'hardcoded-api-key');
    assert.equal(ours.length, 4, JSON.stringify(published.diagnostics.map((d) => [d.code, d.message.slice(0, 60)])));
    noKey('a diagnostic', JSON.stringify(published));
    assert.ok(ours.some((d) => d.message.includes("'sk-proj-…'")));
    for (const d of ours) {
      const hover = await client.hover(uri, d.range.start);
      noKey('a finding hover', JSON.stringify(hover));
      const actions = await client.conn.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
      noKey('a code action', JSON.stringify(actions));
    }
    noKey('the server log', JSON.stringify(client.logs) + client.stderr);
  });

  it('the hover on a pasted error and the Explain Error command mask the keys in the paste', async () => {
    const paste = [
      `> Authorization: Bearer ${K.openrouter}`,
      `openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Incorrect API key provided: ${K.dashscope}. You can find your API key at https://platform.openai.com/account/api-keys.', 'type': 'invalid_request_error', 'param': None, 'code': 'invalid_api_key'}}`,
      `[GoogleGenerativeAI Error]: Error fetching from https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-flash:generateContent?key=${K.google}: [403] Your API key was reported as leaked. Please use another API key.`,
      '',
    ].join('\n');
    const uri = pathToFileURL(path.join(tmp, 'errors.log')).href;
    await client.openAndWait(uri, 'log', paste);
    for (const needle of ['invalid_api_key', 'reported as leaked']) {
      const hover = await client.hover(uri, positionAtOffset(paste, paste.indexOf(needle)));
      assert.ok(hover, `a hover on ${needle}`);
      noKey('a paste hover', JSON.stringify(hover));
    }
    const result = (await client.conn.sendRequest('llmPreflight/explain', { text: paste })) as { count: number; markdown: string };
    assert.ok(result.count >= 2);
    noKey('the Explain Error preview', result.markdown);
    assert.ok(result.markdown.includes('sk-…'), 'the paste is shown, masked');
    noKey('the server log', JSON.stringify(client.logs) + client.stderr);
  });
});
