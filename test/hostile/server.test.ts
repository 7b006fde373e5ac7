// Hostile inputs through the language server (dist/server.js --stdio, test/protocol/client.ts). Each test
// opens the hostile document and, right after it, a small canary document: the canary must get its
// diagnostics and a hover, the server must not exit and must log no error. Peak RSS (VmHWM) is printed
// for the large cases and bounded generously (a leak or a whole-file copy per line would break it).
// NUL bytes, lone surrogates, CRLF, a 25 MB and a 10 MB single-line document and 100 000 levels in a message
// are in test/protocol/lsp.test.ts ("bad input over the protocol"); here are the others.
// LLM_PREFLIGHT_HOSTILE_LARGE=1 adds the 100 MB document linted with maxFileSizeMB raised (about a minute).
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import { describe, it, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ensureBuilt, LspClient, positionAtOffset, type StartOptions } from '../protocol/client.ts';
import { assertStillServing, codes, GB, HTTP_ANTHROPIC, HTTP_OPENAI, LARGE, manyRequests, MB, mb, openBesideCanary, peakRss, tempDir, uriOf } from './helpers.ts';

let tmp: { dir: string; cleanup: () => void };
const clients: LspClient[] = [];
before(() => {
  ensureBuilt();
  tmp = tempDir('server');
});
after(() => tmp.cleanup());
afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.dispose()));
});

async function start(options?: StartOptions): Promise<LspClient> {
  const client = await LspClient.start(options);
  clients.push(client);
  return client;
}

describe('hostile documents over the protocol', () => {
  it('a 100 MB document: one info file-skipped diagnostic, the canary is served, RSS bounded', async () => {
    const client = await start();
    const text = manyRequests(100 * MB);
    const published = await openBesideCanary(client, uriOf(path.join(tmp.dir, 'huge.http')), 'http', text);
    assert.deepEqual(codes(published.diagnostics), ['file-skipped']);
    assert.equal(published.diagnostics[0].severity, 3, 'info');
    assert.match(published.diagnostics[0].message, /100\.0 MB, over the 20\.0 MB limit/);
    const rss = peakRss(client.child.pid!);
    console.log(`server peak RSS, 100 MB document skipped: ${mb(rss)}`);
    assert.ok(rss < 2 * GB, `peak RSS ${mb(rss)} < 2 GB`);
  });

  it('a .jsonl with 1 000 000 lines (19 MB, under the limit): linted to the last line, RSS bounded', async () => {
    const client = await start();
    const text = '{"model":"gpt-4o"}\n'.repeat(999_999) + '{"model":"gpt-4o","messages":[{"role":"user","content":"hi"}],"top_k":1}\n';
    // Linted in slices (frontend/sliced-lint.ts): the publishes before the last slice hold the findings so far.
    const lastLine = (p: PublishDiagnosticsParams) => p.diagnostics.some((d) => d.code === 'unknown-parameter');
    const published = await openBesideCanary(client, uriOf(path.join(tmp.dir, 'million.jsonl')), 'jsonl', text, 120_000, lastLine);
    const topK = published.diagnostics.filter((d) => d.code === 'unknown-parameter');
    assert.equal(topK.length, 1, `one unknown-parameter: ${JSON.stringify(published.diagnostics.slice(0, 3))}`);
    assert.equal(topK[0].range.start.line, 999_999);
    const rss = peakRss(client.child.pid!);
    console.log(`server peak RSS, 1 000 000-line .jsonl (19 MB): ${mb(rss)}`);
    assert.ok(rss < 2 * GB, `peak RSS ${mb(rss)} < 2 GB`);
  });

  it('a BOM: .json and .http documents are linted and ranges count it as one UTF-16 unit', async () => {
    const client = await start();
    const json = '\uFEFF{"model":"gpt-4o","messages":[{"role":"user","content":"hi"}],"top_k":1}';
    const pj = await openBesideCanary(client, uriOf(path.join(tmp.dir, 'bom.json')), 'json', json);
    assert.deepEqual(codes(pj.diagnostics), ['unknown-parameter']);
    assert.deepEqual(pj.diagnostics[0].range.start, positionAtOffset(json, json.indexOf('"top_k"')));
    const http = `\uFEFF${HTTP_OPENAI}{"model":"gpt-4o","messages":[{"role":"user","content":"hi"}],"top_k":1}\n`;
    const ph = await client.openAndWait(uriOf(path.join(tmp.dir, 'bom.http')), 'http', http);
    assert.deepEqual(codes(ph.diagnostics), ['unknown-parameter'], 'the request line after the BOM is recognised');
    assert.deepEqual(ph.diagnostics[0].range.start, positionAtOffset(http, http.indexOf('"top_k"')));
    const jsonl = '\uFEFF{"custom_id":"1","method":"POST","url":"/v1/chat/completions","body":{"model":"gpt-4o","messages":[{"role":"user","content":"hi"}],"top_k":1}}\n';
    const pl = await client.openAndWait(uriOf(path.join(tmp.dir, 'bom.jsonl')), 'jsonl', jsonl);
    assert.deepEqual(codes(pl.diagnostics), ['unknown-parameter'], 'the batch envelope on the first line is unwrapped');
    await assertStillServing(client);
  });

  it('mixed line endings (CRLF, LF and a lone CR in one file): ranges on the right lines', async () => {
    const client = await start();
    const text = 'POST https://api.openai.com/v1/chat/completions\r\nAuthorization: Bearer {{key}}\nContent-Type: application/json\r\n\r\n{\n  "model": "gpt-4o",\r\n  "messages": [{"role": "user", "content": "hi"}],\r  "top_k": 1\n}\n';
    const published = await openBesideCanary(client, uriOf(path.join(tmp.dir, 'mixed.http')), 'http', text);
    assert.deepEqual(codes(published.diagnostics), ['unknown-parameter']);
    // LSP counts \r\n, \n and \r each as one line break: "top_k" is on line 7.
    assert.deepEqual(published.diagnostics[0].range.start, { line: 7, character: 2 });
    await assertStillServing(client);
  });

  it('a 1 MB base64 image in a body: linted (other findings still found), hover answers, RSS bounded', async () => {
    const client = await start();
    const data = Buffer.alloc(768 * 1024, 7).toString('base64');
    assert.ok(data.length >= MB);
    const text = `${HTTP_ANTHROPIC}{"model":"claude-sonnet-4-5","max_tokens":10,"messages":[{"role":"user","content":[{"type":"image","source":{"type":"base64","media_type":"image/png","data":"${data}"}},{"type":"text","text":""}]}]}\n`;
    const uri = uriOf(path.join(tmp.dir, 'image.http'));
    const published = await openBesideCanary(client, uri, 'http', text);
    assert.ok(codes(published.diagnostics).includes('empty-text-block'), JSON.stringify(codes(published.diagnostics)));
    // Inside the base64 string: whatever the hover says, it answers.
    await client.hover(uri, positionAtOffset(text, text.indexOf(data) + 500_000));
    const rss = peakRss(client.child.pid!);
    console.log(`server peak RSS, 1 MB base64 image: ${mb(rss)}`);
    assert.ok(rss < 1 * GB, `peak RSS ${mb(rss)} < 1 GB`);
    await assertStillServing(client);
  });

  it('`< file` bodies naming a directory, a symlink loop, a FIFO and a sparse 2 GB file: a warning each, nothing read', async () => {
    const client = await start();
    const dir = path.join(tmp.dir, 'bodies');
    mkdirSync(path.join(dir, 'folder'), { recursive: true });
    symlinkSync('loop-b.json', path.join(dir, 'loop-a.json'));
    symlinkSync('loop-a.json', path.join(dir, 'loop-b.json'));
    assert.equal(spawnSync('mkfifo', [path.join(dir, 'fifo.json')]).status, 0, 'mkfifo');
    writeFileSync(path.join(dir, 'sparse.json'), '');
    truncateSync(path.join(dir, 'sparse.json'), 2 * GB); // sparse: costs no disk
    const request = (file: string) => `###\n${HTTP_OPENAI}< ./${file}\n\n`;
    const text = ['folder', 'loop-a.json', 'fifo.json', 'sparse.json'].map(request).join('');
    const published = await openBesideCanary(client, uriOf(path.join(dir, 'bodies.http')), 'http', text);
    const unreadable = published.diagnostics.filter((d) => d.code === 'body-file-unreadable');
    assert.deepEqual(
      unreadable.map((d) => /: ([^.]*)\. Its content/.exec(d.message)?.[1]),
      ['it is a directory', 'it is a symbolic link loop', 'it is not a regular file', 'it is larger than 10 MB'],
    );
    assert.ok(unreadable.every((d) => d.severity === 2));
    const rss = peakRss(client.child.pid!);
    console.log(`server peak RSS, \`< file\` of a sparse 2 GB file: ${mb(rss)}`);
    assert.ok(rss < 1 * GB, `the 2 GB file was not read: peak RSS ${mb(rss)} < 1 GB`);
  });

  it('100 000 levels of nesting in a tool schema and in tool_result blocks: no rule overflows its stack', async () => {
    const client = await start();
    const N = 100_000;
    const schema = `${'{"type":"array","items":'.repeat(N)}{"type":"string"}${'}'.repeat(N)}`;
    const openai = `{"model":"gpt-4o","messages":[{"role":"user","content":"hi"}],"tools":[{"type":"function","function":{"name":"f","strict":true,"parameters":{"type":"object","additionalProperties":false,"required":["a"],"properties":{"a":${schema}}}}}],"top_k":1}`;
    const po = await openBesideCanary(client, uriOf(path.join(tmp.dir, 'deep-schema.json')), 'json', openai);
    assert.deepEqual(codes(po.diagnostics), ['unknown-parameter'], JSON.stringify(po.diagnostics.map((d) => d.message.slice(0, 120))));
    const blocks = `${'[{"type":"tool_result","tool_use_id":"x","content":'.repeat(N)}[{"type":"text","text":"hi"}]${'}]'.repeat(N)}`;
    const anthropic = `{"model":"claude-sonnet-4-5","max_tokens":10,"messages":[{"role":"user","content":${blocks}}]}`;
    const pa = await client.openAndWait(uriOf(path.join(tmp.dir, 'deep-blocks.json')), 'json', anthropic, 1, 120_000);
    assert.ok(!pa.diagnostics.some((d) => /Internal error/.test(d.message)), JSON.stringify(pa.diagnostics.map((d) => d.message.slice(0, 120))));
    await assertStillServing(client);
  });

  it('llmPreflight/explain with a 10 MB single line: the error at its end is explained', async () => {
    const client = await start();
    const error = '{"error": {"message": "Rate limit reached for gpt-4o", "type": "requests", "code": "rate_limit_exceeded"}}';
    const text = `${'x '.repeat(4.5 * MB)}HTTP/1.1 429 Too Many Requests ${error}`;
    const answer = await client.conn.sendRequest<{ count: number; markdown: string }>('llmPreflight/explain', { text });
    assert.ok(answer.count >= 1, `explained: ${answer.markdown.slice(0, 300)}`);
    assert.match(answer.markdown, /rate_limit_exceeded|429/);
    await client.openAndWait(uriOf(path.join(tmp.dir, 'after.http')), 'http', `${HTTP_OPENAI}{"model":"gpt-4o","messages":[],"top_k":1}\n`);
    assert.ok(client.alive);
  });

  it('a 100 MB document with maxFileSizeMB 200: linted, at most 10 000 diagnostics published plus an info, RSS bounded', { skip: !LARGE && 'set LLM_PREFLIGHT_HOSTILE_LARGE=1' }, async () => {
    const client = await start({ initializationOptions: { settings: { maxFileSizeMB: 200 } } });
    const text = manyRequests(100 * MB);
    const published = await openBesideCanary(client, uriOf(path.join(tmp.dir, 'huge-linted.http')), 'http', text, 600_000);
    assert.equal(published.diagnostics.length, 10_001);
    assert.match(published.diagnostics[0].message, /Showing the first 10000 of \d+ findings/);
    const rss = peakRss(client.child.pid!);
    console.log(`server peak RSS, 100 MB document linted (limit raised): ${mb(rss)}`);
    assert.ok(rss < 6 * GB, `peak RSS ${mb(rss)} < 6 GB`);
  });
});
