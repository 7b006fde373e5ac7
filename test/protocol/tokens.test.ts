// Deferred token counts in the language server: the exact count for context-window-exceeded runs in a
// worker thread (dist/token-worker.js); the other findings are published first, the token finding
// follows, a count for an edited or closed document is never published, and a broken worker falls back
// to counting in the server's thread. Run: node --import tsx --test test/protocol/tokens.test.ts
// Nothing is timed: the gated worker fixture blocks its first job until the server cancels it.
import { it, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import { childEnv } from '../no-network/env.ts';
import { ensureBuilt, LspClient, root, type StartOptions } from './client.ts';

const FIXTURES = path.join(root, 'test/protocol/fixtures');
const GATED = path.join(FIXTURES, 'gated-token-worker.cjs');
const CRASHING = path.join(FIXTURES, 'crashing-token-worker.cjs');

/** " zqxv" is three tokens but one word: the lower bound cannot decide, the exact count (3n) must. */
const body = (words: number) =>
  `POST https://api.openai.com/v1/chat/completions\nAuthorization: Bearer {{key}}\nContent-Type: application/json\n\n` +
  `{"model": "gpt-4o", "top_k": 1, "messages": [{"role": "user", "content": "${' zqxv'.repeat(words)}"}]}\n`;

let tmp: string;
const clients: LspClient[] = [];
before(() => {
  ensureBuilt();
  tmp = mkdtempSync(path.join(tmpdir(), 'llm-preflight-tokens-'));
});
after(() => rmSync(tmp, { recursive: true, force: true }));
afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.dispose()));
});

async function start(worker?: string, extra: NodeJS.ProcessEnv = {}): Promise<LspClient> {
  const options: StartOptions = { env: childEnv({ ...(worker && { LLM_PREFLIGHT_TOKEN_WORKER: worker }), ...extra }) };
  const client = await LspClient.start(options);
  clients.push(client);
  return client;
}

const uri = (name: string) => pathToFileURL(path.join(tmp, name)).href;
const codes = (p: PublishDiagnosticsParams) => p.diagnostics.map((d) => String(d.code)).sort();
const tokenMessage = (p: PublishDiagnosticsParams) => p.diagnostics.find((d) => d.code === 'context-window-exceeded')?.message;
const hasCount = (tokens: number) => (p: PublishDiagnosticsParams) => tokenMessage(p)?.includes(`: ${tokens} prompt tokens.`) === true;
const fallbackLogs = (client: LspClient) => client.logs.filter((l) => /Token counting worker .* failed .*main thread/.test(l.message));

it('the other findings are published at once, the exact token finding follows from the worker', async () => {
  const client = await start();
  const doc = uri('over.http');
  const since = client.mark();
  await client.open(doc, 'http', body(50_000), 1);
  const full = await client.waitForDiagnostics(doc, hasCount(150_000), { since, timeoutMs: 60_000 });
  assert.equal(full.version, 1);
  assert.deepEqual(codes(full), ['context-window-exceeded', 'unknown-parameter']);
  const first = client.publishesFor(doc)[0];
  assert.deepEqual(codes(first), ['unknown-parameter'], 'published before the count is done');
  assert.deepEqual(fallbackLogs(client), []);
  assert.deepEqual(client.errorLogs(), []);
});

it('an edit while counting cancels the count: only the latest version gets a token finding, a stale count never appears', async () => {
  const client = await start(GATED);
  const doc = uri('edited.http');
  const since = client.mark();
  await client.open(doc, 'http', body(50_000), 1);
  const first = await client.waitForDiagnostics(doc, (p) => p.version === 1, { since });
  assert.deepEqual(codes(first), ['unknown-parameter']);
  // The gated worker holds version 1's count until the server cancels it; this edit must.
  await client.change(doc, 2, [{ text: body(60_000) }]);
  const latest = await client.waitForDiagnostics(doc, hasCount(180_000), { since, timeoutMs: 60_000 });
  assert.equal(latest.version, 2);
  for (const p of client.publishesFor(doc)) {
    assert.ok(!tokenMessage(p)?.includes('999999'), 'the cancelled count was published');
    if (p.version === 1) assert.equal(tokenMessage(p), undefined, 'version 1 got a token finding after the edit');
  }
  assert.deepEqual(fallbackLogs(client), []);
});

it('closing a document while counting: its count is never published', async () => {
  const client = await start(GATED);
  const closed = uri('closed.http');
  await client.openAndWait(closed, 'http', body(50_000));
  await client.close(closed);
  // The worker answers in order: once the next document's count arrives, the closed one's was dropped.
  const other = uri('other.http');
  await client.open(other, 'http', body(50_000));
  await client.waitForDiagnostics(other, hasCount(150_000), { timeoutMs: 60_000 });
  const publishes = client.publishesFor(closed);
  assert.deepEqual(publishes.at(-1)!.diagnostics, [], 'cleared on close');
  assert.ok(publishes.every((p) => tokenMessage(p) === undefined));
});

for (const [name, worker, extra] of [
  ['a missing worker file', path.join(FIXTURES, 'no-such-worker.js'), {}],
  ['a worker that crashes', CRASHING, {}],
  ['a worker that does not answer in time', GATED, { LLM_PREFLIGHT_TOKEN_WORKER_TIMEOUT_MS: '300' }],
] as const) {
  it(`${name}: the count falls back to the server's thread, the finding still arrives, the fallback is logged`, async () => {
    const client = await start(worker, extra);
    const doc = uri('fallback.http');
    await client.open(doc, 'http', body(50_000));
    const full = await client.waitForDiagnostics(doc, hasCount(150_000), { timeoutMs: 60_000 });
    assert.deepEqual(codes(full), ['context-window-exceeded', 'unknown-parameter']);
    assert.equal(fallbackLogs(client).length, 1, JSON.stringify(client.logs));
    // Later counts go straight to the fallback.
    await client.change(doc, 2, [{ text: body(55_000) }]);
    await client.waitForDiagnostics(doc, hasCount(165_000), { timeoutMs: 60_000 });
  });
}

it('a count is remembered: editing another request of the file publishes the token finding at once', async () => {
  const client = await start();
  const doc = uri('two.http');
  const small = (n: number) => `\n###\nPOST https://api.openai.com/v1/chat/completions\nAuthorization: Bearer {{key}}\nContent-Type: application/json\n\n{"model": "gpt-4o", "top_k": ${n}, "messages": [{"role": "user", "content": "hi"}]}\n`;
  await client.open(doc, 'http', body(50_000) + small(1), 1);
  await client.waitForDiagnostics(doc, hasCount(150_000), { timeoutMs: 60_000 });
  // The big request's text is unchanged: its cached finding carries the count, no worker round trip.
  const since = client.mark();
  await client.change(doc, 2, [{ text: body(50_000) + small(2) }]);
  const first = await client.waitForDiagnostics(doc, (p) => p.version === 2, { since });
  assert.ok(hasCount(150_000)(first), JSON.stringify(first.diagnostics.map((d) => d.message.slice(0, 80))));
});
