// The language server under a misbehaving client (issue 6): out-of-order and duplicate notifications,
// bad params, malformed frames and lying Content-Length headers (raw bytes on the child's stdin),
// cancellation storms, a client that stops reading, shutdown mid-lint, requests after shutdown.
// After each abuse the server must still be running and give a fresh small document its correct
// diagnostics and hover. Run: node --import tsx --test test/protocol/abuse.test.ts
// Nothing is timed: waits have generous timeouts; work is bounded by counts.
import { describe, it, before, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { CancellationTokenSource, type PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import { ensureBuilt, LspClient, positionOf, withTimeout, type StartOptions } from './client.ts';

const INVALID_REQUEST = -32600;
const METHOD_NOT_FOUND = -32601;
const INVALID_PARAMS = -32602;
const REQUEST_CANCELLED = -32800;

/** A small document with exactly one finding: `top_k` is not an OpenAI chat parameter. */
const SMALL =
  'POST https://api.openai.com/v1/chat/completions\nAuthorization: Bearer {{key}}\nContent-Type: application/json\n\n' +
  '{"model": "gpt-4o", "messages": [{"role": "user", "content": "hi"}], "top_k": 1}\n';
/** The same request without the finding. */
const SMALL_CLEAN = SMALL.replace(', "top_k": 1', '');

const clients: LspClient[] = [];
let fresh = 0;

before(() => ensureBuilt());
afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.dispose()));
});

async function start(options?: StartOptions): Promise<LspClient> {
  const client = await LspClient.start(options);
  clients.push(client);
  return client;
}

const codes = (p: PublishDiagnosticsParams) => p.diagnostics.map((d) => String(d.code));

/** After an abuse: still running, a fresh document gets its one finding and a hover on it. */
async function assertRecovers(client: LspClient): Promise<void> {
  assert.ok(client.alive, `server exited; stderr: ${client.stderr.slice(-2000)}`);
  const uri = `file:///abuse/fresh-${++fresh}.http`;
  const published = await client.openAndWait(uri, 'http', SMALL, 1, 60_000);
  assert.equal(published.version, 1);
  assert.deepEqual(codes(published), ['unknown-parameter']);
  const at = positionOf(SMALL, '"top_k"', 2);
  assert.deepEqual(published.diagnostics[0].range.start, positionOf(SMALL, '"top_k"'));
  const hover = await client.hover(uri, at, 60_000);
  assert.ok(hover && typeof hover.contents === 'object' && 'value' in hover.contents, 'hover answered with content');
  assert.match(hover.contents.value, /unknown-parameter/);
  const crashes = client.logs.map((l) => l.message).filter((m) => /uncaught|lint failed|failed: TypeError/.test(m));
  assert.deepEqual(crashes, [], 'no handler crashed and no lint failed');
  await client.close(uri);
}

/** A request the server must refuse: resolves with the ResponseError code. */
async function errorCode(client: LspClient, method: string, params?: unknown): Promise<number> {
  try {
    const result = await withTimeout(params === undefined ? client.conn.sendRequest(method) : client.conn.sendRequest(method, params), 20_000, method);
    assert.fail(`${method} ${JSON.stringify(params)?.slice(0, 200)} answered ${JSON.stringify(result)?.slice(0, 200)} instead of an error`);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code !== 'number') throw error;
    return code;
  }
}

/** One LSP frame; `lie` is added to the true byte length in the Content-Length header. */
function frame(message: unknown, lie = 0): Buffer {
  const body = Buffer.from(typeof message === 'string' ? message : JSON.stringify(message), 'utf8');
  return Buffer.concat([Buffer.from(`Content-Length: ${body.length + lie}\r\n\r\n`, 'ascii'), body]);
}

function writeRaw(client: LspClient, bytes: Buffer | string): Promise<void> {
  return new Promise((resolve, reject) => client.child.stdin.write(bytes, (error) => (error ? reject(error) : resolve())));
}

/** Resident memory of the server process (Linux), in MB; undefined elsewhere. */
function rssMB(client: LspClient): number | undefined {
  try {
    const status = readFileSync(`/proc/${client.child.pid}/status`, 'utf8');
    const kb = /VmRSS:\s+(\d+)/.exec(status);
    return kb ? Number(kb[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

describe('out-of-order and duplicate notifications', () => {
  it('didChange before didOpen, didOpen twice, versions going backwards, didClose twice, didChange after didClose', async () => {
    const client = await start({ initializationOptions: { settings: { debounceMs: 0 } } });
    const uri = 'file:///abuse/order.http';
    const never = 'file:///abuse/never-opened.http';
    await client.change(never, 2, [{ text: SMALL }]);
    await client.change(uri, 2, [{ text: SMALL }]); // before its didOpen
    await client.open(uri, 'http', SMALL_CLEAN, 5);
    await client.open(uri, 'http', SMALL, 5); // the same didOpen again, other text
    let p = await client.waitForDiagnostics(uri, (x) => x.version === 5 && x.diagnostics.length === 1);
    assert.deepEqual(codes(p), ['unknown-parameter']);
    // Backwards: 5 → 3 → 1. Every publish is for the text the client sent last with that version.
    let since = client.mark();
    await client.change(uri, 3, [{ text: SMALL_CLEAN }]);
    p = await client.waitForDiagnostics(uri, (x) => x.version === 3, { since });
    assert.deepEqual(codes(p), []);
    since = client.mark();
    await client.change(uri, 1, [{ text: SMALL }]);
    p = await client.waitForDiagnostics(uri, (x) => x.version === 1, { since });
    assert.deepEqual(codes(p), ['unknown-parameter']);
    assert.ok(client.publishesFor(uri).every((x) => x.version === 5 || x.version === 3 || x.version === 1), 'only versions the client sent');
    await client.close(uri);
    await client.close(uri);
    const closedAt = client.mark();
    await client.change(uri, 9, [{ text: SMALL }]); // after didClose
    await assertRecovers(client); // its lint was scheduled after anything for the closed document
    const late = client.publishes.slice(closedAt).filter((x) => x.uri === uri);
    assert.ok(late.every((x) => x.diagnostics.length === 0), `nothing but empty publishes after the close: ${JSON.stringify(late)}`);
    assert.deepEqual(client.publishesFor(never), [], 'nothing published for a document never opened');
    assert.equal(await client.hover(uri, positionOf(SMALL, '"top_k"', 2)), null, 'no hover from a closed document');
  });

  it('a change that repeats the version: hover does not answer from the previous text (regression)', async () => {
    // A long debounce keeps the re-lint away while the hover is asked; should the lint run first anyway,
    // the hover is still judged against the new text, so the test cannot fail spuriously.
    const client = await start({ initializationOptions: { settings: { debounceMs: 1500 } } });
    const uri = 'file:///abuse/same-version.http';
    const first = await client.openAndWait(uri, 'http', SMALL, 7);
    assert.deepEqual(codes(first), ['unknown-parameter']);
    const where = positionOf(SMALL, '"top_k"', 2);
    const shifted = '\n\n\n\n\n\n' + SMALL; // same version, every line moves down by six
    const since = client.mark();
    await client.change(uri, 7, [{ text: shifted }]);
    const hover = await client.hover(uri, where);
    const stale = hover && typeof hover.contents === 'object' && 'value' in hover.contents && /unknown-parameter/.test(hover.contents.value);
    assert.ok(!stale, `hover on a blank line answered with the previous text's finding: ${JSON.stringify(hover)}`);
    const actions = (await client.conn.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: first.diagnostics[0].range,
      context: { diagnostics: first.diagnostics },
    })) as unknown[];
    assert.ok(Array.isArray(actions), 'code actions answered');
    assert.ok(!JSON.stringify(actions).includes(JSON.stringify(first.diagnostics[0].range)), 'no edit at the previous text\'s offsets');
    const relinted = await client.waitForDiagnostics(uri, (x) => x.version === 7, { since });
    assert.deepEqual(relinted.diagnostics[0].range.start, positionOf(shifted, '"top_k"'));
    await assertRecovers(client);
  });
});

describe('requests with bad params', () => {
  it('missing textDocument, negative or mistyped positions, wrong types → InvalidParams; unknown method → MethodNotFound', async () => {
    const client = await start();
    const uri = 'file:///abuse/params.http';
    await client.openAndWait(uri, 'http', SMALL);
    const cases: [string, unknown, number][] = [
      ['textDocument/hover', {}, INVALID_PARAMS],
      ['textDocument/hover', undefined, INVALID_PARAMS],
      ['textDocument/hover', { textDocument: { uri } }, INVALID_PARAMS],
      ['textDocument/hover', { textDocument: { uri }, position: { line: -1, character: -5 } }, INVALID_PARAMS],
      ['textDocument/hover', { textDocument: { uri }, position: { line: 'a', character: null } }, INVALID_PARAMS],
      ['textDocument/hover', { textDocument: { uri }, position: { line: 1.5, character: 0 } }, INVALID_PARAMS],
      ['textDocument/hover', { textDocument: { uri: 5 }, position: { line: 0, character: 0 } }, INVALID_PARAMS],
      ['textDocument/completion', { textDocument: { uri: 5 }, position: 'x' }, INVALID_PARAMS],
      ['textDocument/completion', { textDocument: { uri }, position: { line: 0, character: -1 } }, INVALID_PARAMS],
      ['textDocument/codeAction', { textDocument: { uri } }, INVALID_PARAMS],
      ['textDocument/codeAction', { textDocument: { uri }, range: null, context: null }, INVALID_PARAMS],
      ['textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, context: { diagnostics: 'x', only: 5 } }, INVALID_PARAMS],
      ['textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, context: { diagnostics: [], only: 5 } }, INVALID_PARAMS],
      ['textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, context: { diagnostics: [{}] } }, INVALID_PARAMS],
      ['textDocument/documentSymbol', { textDocument: null }, INVALID_PARAMS],
      ['textDocument/foldingRange', 7, INVALID_PARAMS],
      ['textDocument/foldingRange', [uri], INVALID_PARAMS],
      ['llmPreflight/noSuchMethod', {}, METHOD_NOT_FOUND],
      ['textDocument/definition', { textDocument: { uri }, position: { line: 0, character: 0 } }, METHOD_NOT_FOUND],
    ];
    for (const [method, params, code] of cases) {
      assert.equal(await errorCode(client, method, params), code, `${method} ${JSON.stringify(params)}`);
    }
    // Huge positions are valid (clamped to the document's end): answered, not refused.
    assert.equal(await client.hover(uri, { line: 1e9, character: 2 ** 31 - 1 }), null);
    const completion = await client.conn.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: 2 ** 31 - 1, character: 0 } });
    assert.ok(completion === null || typeof completion === 'object');
    const actions = await client.conn.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 1e9, character: 1e9 } },
      context: { diagnostics: [] },
    });
    assert.ok(Array.isArray(actions));
    // The custom requests take anything and answer with an empty result.
    assert.deepEqual(await client.conn.sendRequest('llmPreflight/explain', null), { count: 0, markdown: '', title: '' });
    assert.deepEqual(await client.conn.sendRequest('llmPreflight/findErrors', null), { errors: [] });
    assert.deepEqual(await client.conn.sendRequest('llmPreflight/fixAll', [1]), { applied: 0, edits: [] });
    // Bad notifications: logged by the server at most, never fatal.
    await client.conn.sendNotification('textDocument/didOpen', {});
    await client.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: 'x' }, contentChanges: null });
    await client.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: { line: -3, character: 0 }, end: { line: 99, character: 0 } }, text: SMALL }] });
    await client.conn.sendNotification('workspace/didChangeConfiguration', null);
    await client.conn.sendNotification('textDocument/didClose', { textDocument: 'x' });
    await client.conn.sendNotification('llmPreflight/noSuchNotification', { a: 1 });
    await assertRecovers(client);
  });
});

describe('malformed frames (raw bytes on stdin)', () => {
  const hover = (id: number) => ({ jsonrpc: '2.0', id, method: 'textDocument/hover', params: { textDocument: { uri: 'file:///abuse/x.http' }, position: { line: 0, character: 0 } } });

  it('broken JSON, a header without Content-Length, a non-numeric length, non-object messages', async () => {
    const client = await start();
    await writeRaw(client, frame('{"jsonrpc": "2.0", "id": 900, "method": '));
    await writeRaw(client, frame('not json at all \u00e9'));
    await writeRaw(client, 'Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n');
    await writeRaw(client, 'garbage without a colon\r\n\r\n');
    await writeRaw(client, 'Content-Length: twelve\r\n\r\n{"jsonrpc":1}');
    await writeRaw(client, frame('[1, 2, 3]'));
    await writeRaw(client, frame('null'));
    await writeRaw(client, frame('{"jsonrpc": "2.0", "id": {"nested": 1}, "method": "textDocument/hover"}'));
    await assertRecovers(client);
  });

  it('a Content-Length smaller than the body (characters counted instead of UTF-8 bytes): the next messages still arrive (regression)', async () => {
    const client = await start();
    const body = JSON.stringify({ jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri: 'file:///abuse/utf8.http', languageId: 'http', version: 1, text: `# ${'é'.repeat(40)}\n${SMALL}` } } });
    const wrong = Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`), Buffer.from(body, 'utf8')]);
    assert.ok(Buffer.byteLength(body) > body.length);
    await writeRaw(client, wrong);
    await writeRaw(client, frame(hover(901), -10));
    await assertRecovers(client);
  });

  it('a Content-Length larger than the body: the frames it swallowed cost no more than themselves (regression)', async () => {
    const client = await start();
    await writeRaw(client, frame(hover(902), 40));
    await writeRaw(client, Buffer.concat([frame(hover(903)), frame(hover(904), 5000)]));
    await assertRecovers(client);
  });
});

describe('cancellation storms', () => {
  it('hundreds of $/cancelRequest for unknown ids, and hover/completion/codeAction cancelled at once', async () => {
    const client = await start();
    const uri = 'file:///abuse/cancel.http';
    const opened = await client.openAndWait(uri, 'http', SMALL);
    for (let i = 0; i < 500; i++) void client.conn.sendNotification('$/cancelRequest', { id: i % 2 ? 1_000_000 + i : `nope-${i}` });
    await client.conn.sendNotification('$/cancelRequest', {});
    await client.conn.sendNotification('$/cancelRequest', null);
    const position = positionOf(SMALL, '"top_k"', 2);
    const requests: [string, unknown][] = [
      ['textDocument/hover', { textDocument: { uri }, position }],
      ['textDocument/completion', { textDocument: { uri }, position }],
      ['textDocument/codeAction', { textDocument: { uri }, range: opened.diagnostics[0].range, context: { diagnostics: opened.diagnostics } }],
    ];
    const answers = await Promise.all(
      Array.from({ length: 300 }, async (_, i) => {
        const [method, params] = requests[i % 3];
        const source = new CancellationTokenSource();
        const pending = client.conn.sendRequest(method, params, source.token);
        source.cancel();
        try {
          await withTimeout(pending, 60_000, `cancelled ${method}`);
          return 0;
        } catch (error) {
          const code = (error as { code?: unknown }).code;
          if (typeof code !== 'number') throw error;
          return code;
        } finally {
          source.dispose();
        }
      }),
    );
    assert.ok(answers.every((c) => c === 0 || c === REQUEST_CANCELLED), `every request answered, with a result or RequestCancelled: ${[...new Set(answers)]}`);
    await assertRecovers(client);
  });
});

describe('a client that stops reading', () => {
  it('stdout not read while 200 changes hit a big document: then answers, memory bounded', async () => {
    const client = await start({ initializationOptions: { settings: { debounceMs: 0 } } });
    const uri = 'file:///abuse/big.http';
    // 1 500 requests, each with a finding: every publish is some 700 KB of diagnostics.
    const block = (i: number) => `### r${i}\n${SMALL.replace('"hi"', `"hi ${i}"`)}\n`;
    const text = Array.from({ length: 1500 }, (_, i) => block(i)).join('');
    // The first lint of a big .http file publishes the top requests first (early-lint.ts): wait for all of them.
    await client.open(uri, 'http', text, 1);
    const opened = await client.waitForDiagnostics(uri, (p) => p.version === 1 && p.diagnostics.length === 1500, { timeoutMs: 120_000 });
    assert.equal(opened.diagnostics.length, 1500);
    const before = rssMB(client);
    client.child.stdout.pause();
    let peak = 0;
    for (let v = 2; v <= 201; v++) {
      // Each change edits one request's content; hovers and symbol requests pile up answers too.
      const line = (v % 1500) * 7 + 5; // the body line of request v % 1500
      await client.change(uri, v, [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: ' ' }]);
      if (v % 20 === 0) {
        void client.conn.sendRequest('textDocument/documentSymbol', { textDocument: { uri } }).catch(() => undefined);
        peak = Math.max(peak, rssMB(client) ?? 0);
      }
    }
    peak = Math.max(peak, rssMB(client) ?? 0);
    client.child.stdout.resume();
    const last = await client.waitForDiagnostics(uri, (p) => p.version === 201, { timeoutMs: 120_000 });
    assert.equal(last.diagnostics.length, 1500);
    peak = Math.max(peak, rssMB(client) ?? 0);
    if (process.env.LLM_PREFLIGHT_ABUSE_VERBOSE) console.log(`server RSS: ${before?.toFixed(0)} MB before, peak ${peak.toFixed(0)} MB while not read`);
    // A generous bound: a server that queued every unread publish would hold 200 × 700 KB and more.
    if (before !== undefined) assert.ok(peak < before + 1024, `server memory grew from ${before.toFixed(0)} to ${peak.toFixed(0)} MB`);
    await assertRecovers(client);
  });
});

describe('shutdown and exit', () => {
  const bigJson = () => {
    const messages = Array.from({ length: 300_000 }, (_, i) => `{"role":"user","content":"hello ${i}"}`).join(',');
    return `{"model":"gpt-4o","messages":[${messages}],"top_k":1}`;
  };

  it('shutdown + exit while a 10 MB document is being linted: exit code 0', async () => {
    const client = await start();
    const text = bigJson();
    assert.ok(text.length > 10 * 1024 * 1024);
    await client.open('file:///abuse/big.json', 'json', text);
    assert.equal(await client.shutdown(120_000), 0);
    assert.equal(client.alive, false);
  });

  it('exit without shutdown: exit code 1', async () => {
    const client = await start();
    await client.openAndWait('file:///abuse/exit.http', 'http', SMALL);
    const exited = new Promise<number | null>((resolve) => client.child.on('exit', (code) => resolve(code)));
    await client.conn.sendNotification('exit');
    assert.equal(await withTimeout(exited, 20_000, 'exit'), 1);
  });

  it('requests after shutdown → InvalidRequest, and nothing more is published (regression)', async () => {
    const client = await start({ initializationOptions: { settings: { debounceMs: 0 } } });
    const uri = 'file:///abuse/after-shutdown.http';
    await client.openAndWait(uri, 'http', SMALL);
    assert.equal(await client.conn.sendRequest('shutdown'), null);
    const since = client.mark();
    const position = positionOf(SMALL, '"top_k"', 2);
    const range = { start: position, end: position };
    const refused: [string, unknown][] = [
      ['textDocument/hover', { textDocument: { uri }, position }],
      ['textDocument/completion', { textDocument: { uri }, position }],
      ['textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: [] } }],
      ['textDocument/documentSymbol', { textDocument: { uri } }],
      ['textDocument/foldingRange', { textDocument: { uri } }],
      ['llmPreflight/explain', { text: 'Error code: 429' }],
      ['llmPreflight/fixAll', { textDocument: { uri } }],
      ['shutdown', undefined],
    ];
    for (const [method, params] of refused) assert.equal(await errorCode(client, method, params), INVALID_REQUEST, method);
    await client.change(uri, 2, [{ text: SMALL_CLEAN }]);
    await client.open('file:///abuse/after-shutdown-2.http', 'http', SMALL);
    // A request round trip after the notifications: anything they would publish is scheduled by now.
    assert.equal(await errorCode(client, 'textDocument/hover', { textDocument: { uri }, position }), INVALID_REQUEST);
    assert.deepEqual(client.publishes.slice(since), [], 'no publish after shutdown');
    assert.ok(client.alive, 'shutdown alone does not end the process');
    await client.conn.sendNotification('exit');
    const { code } = await withTimeout(new Promise<{ code: number | null }>((resolve) => (client.alive ? client.child.on('exit', (c) => resolve({ code: c })) : resolve({ code: client.child.exitCode }))), 20_000, 'exit');
    assert.equal(code, 0);
  });
});
