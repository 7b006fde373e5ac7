// Error explanations over the protocol: hover on pasted error responses in any document (plain text,
// log, markdown, untitled, .http), the llmPreflight/explain request behind the Explain Error command,
// the locale, and markdown injection from the paste. Run: node --import tsx --test test/protocol/explain.test.ts
import { describe, it, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ensureBuilt, LspClient, positionAtOffset, type StartOptions } from './client.ts';

let tmp: string;
const clients: LspClient[] = [];
before(() => {
  ensureBuilt();
  tmp = mkdtempSync(path.join(tmpdir(), 'llm-preflight-explain-'));
});
after(() => rmSync(tmp, { recursive: true, force: true }));
afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.dispose()));
});

async function start(options?: StartOptions): Promise<LspClient> {
  const client = await LspClient.start(options);
  clients.push(client);
  return client;
}
const uriOf = (name: string) => pathToFileURL(path.join(tmp, name)).href;
const markdownOf = (hover: Awaited<ReturnType<LspClient['hover']>>): string => {
  const contents = hover?.contents as { value?: string } | undefined;
  return contents?.value ?? '';
};

const RATE_LIMIT_LOG =
  '2026-11-30 12:00:01 ERROR worker-3 call failed\n' +
  'openai.RateLimitError: Error code: 429 - {\'error\': {\'message\': \'Rate limit reached for gpt-4o in organization org-abc on tokens per min (TPM): Limit 30000, Used 29500, Requested 1200. Please try again in 1.4s.\', \'type\': \'tokens\', \'param\': None, \'code\': \'rate_limit_exceeded\'}}\n' +
  '2026-11-30 12:00:02 INFO retrying\n';

const OVERLOADED_HTTP =
  'HTTP/1.1 529\ncontent-type: application/json\nrequest-id: req_011CabcDEF\n\n' +
  '{"type":"error","error":{"type":"overloaded_error","message":"Overloaded"},"request_id":"req_011CabcDEF"}\n';

describe('hover explains pasted errors', () => {
  it('in a plain-text log: title, fault, retry with the wait, fix steps and the range of the payload', async () => {
    const client = await start();
    const uri = uriOf('worker.log');
    await client.openAndWait(uri, 'log', RATE_LIMIT_LOG);
    const at = positionAtOffset(RATE_LIMIT_LOG, RATE_LIMIT_LOG.indexOf('rate_limit_exceeded'));
    const hover = await client.hover(uri, at);
    const md = markdownOf(hover);
    assert.match(md, /429/);
    assert.match(md, /rate limit \(transient\)/);
    assert.match(md, /helps after 1\.4 s/);
    assert.match(md, /How to fix/);
    assert.ok(hover?.range && hover.range.start.line === 1, 'the hover range is the error payload');
    // Outside the payload nothing is explained.
    assert.equal(await client.hover(uri, { line: 2, character: 5 }), null);
  });

  it('in markdown, untitled and .http documents (a pasted response below a request)', async () => {
    const client = await start();
    const md = `# Incident notes\n\nThe call failed with:\n\n\`\`\`\n${OVERLOADED_HTTP}\`\`\`\n`;
    await client.openAndWait(uriOf('notes.md'), 'markdown', md);
    const hoverMd = await client.hover(uriOf('notes.md'), positionAtOffset(md, md.indexOf('overloaded_error')));
    assert.match(markdownOf(hoverMd), /the provider \(outage or overload\)/);

    const untitled = 'untitled:Untitled-1';
    await client.openAndWait(untitled, 'plaintext', 'Error code: 400 - {"error": {"message": "Invalid \'messages\': empty array. Expected an array with minimum length 1, but got an empty array instead.", "type": "invalid_request_error", "param": "messages", "code": "empty_array"}}');
    assert.match(markdownOf(await client.hover(untitled, { line: 0, character: 30 })), /parameter-out-of-range/);

    const http = `POST https://api.anthropic.com/v1/messages\nx-api-key: {{key}}\nanthropic-version: 2023-06-01\nContent-Type: application/json\n\n{"model":"claude-sonnet-4-5","max_tokens":10,"messages":[{"role":"user","content":"hi"}]}\n\n###\n\n${OVERLOADED_HTTP}`;
    await client.openAndWait(uriOf('req.http'), 'http', http);
    const hoverHttp = await client.hover(uriOf('req.http'), positionAtOffset(http, http.indexOf('overloaded_error')));
    assert.match(markdownOf(hoverHttp), /529/);
  });

  it('follows the locale: llmPreflight.locale, else the client display language', async () => {
    const byDisplay = await start({ initializationOptions: { displayLanguage: 'zh-cn' } });
    await byDisplay.openAndWait(uriOf('a.log'), 'log', RATE_LIMIT_LOG);
    const zh = markdownOf(await byDisplay.hover(uriOf('a.log'), positionAtOffset(RATE_LIMIT_LOG, RATE_LIMIT_LOG.indexOf('Rate limit'))));
    assert.match(zh, /解决方法/);

    const bySetting = await start({ initializationOptions: { displayLanguage: 'en', settings: { locale: 'fr' } } });
    await bySetting.openAndWait(uriOf('b.log'), 'log', RATE_LIMIT_LOG);
    const fr = markdownOf(await bySetting.hover(uriOf('b.log'), positionAtOffset(RATE_LIMIT_LOG, RATE_LIMIT_LOG.indexOf('Rate limit'))));
    assert.match(fr, /Comment corriger/);
  });

  it('says how sure it is and who passed the error on, in the client locale', async () => {
    const client = await start();
    const wrapped = 'litellm.BadRequestError: AnthropicException - {"type":"error","error":{"type":"invalid_request_error","message":"prompt is too long: 210000 tokens > 200000 maximum"}}\n';
    await client.openAndWait(uriOf('wrapped.log'), 'log', wrapped);
    const md = markdownOf(await client.hover(uriOf('wrapped.log'), positionAtOffset(wrapped, wrapped.indexOf('prompt is'))));
    assert.match(md, /How sure: documented error/);
    assert.match(md, /Who said it: .*Anthropic's error/);
    const kind = (await client.conn.sendRequest('llmPreflight/explain', { text: '{"error":{"message":"Model do not support image input."}}' })) as { markdown: string };
    assert.match(kind.markdown, /How sure: recognised kind of error/);
    const zh = await start({ initializationOptions: { displayLanguage: 'zh-tw' } });
    const zhKind = (await zh.conn.sendRequest('llmPreflight/explain', { text: '{"error":{"message":"Model do not support image input."}}' })) as { markdown: string };
    assert.match(zhKind.markdown, /把握程度: 辨識出的錯誤類別/);
  });

  it('text from the paste cannot become a link, HTML or a command', async () => {
    const client = await start();
    const evil =
      'RateLimitError: 429 {"error": {"message": "Rate limit reached [click](command:workbench.action.terminal.new) <img src=x onerror=alert(1)> `code` https://evil.example/x. Please try again in 2s.", "type": "requests", "code": "rate_limit_exceeded"}}';
    await client.openAndWait(uriOf('evil.txt'), 'plaintext', evil);
    const md = markdownOf(await client.hover(uriOf('evil.txt'), { line: 0, character: 40 }));
    assert.ok(md.length > 0, 'explained');
    assert.doesNotMatch(md, /\]\(command:/);
    assert.doesNotMatch(md, /<img/);
    assert.doesNotMatch(md, /\]\(https:\/\/evil/);
  });
});

describe('llmPreflight/explain (the Explain Error command)', () => {
  it('explains every payload of a selection as one markdown document, and says when there is none', async () => {
    const client = await start();
    const both = `${RATE_LIMIT_LOG}\n${OVERLOADED_HTTP}`;
    const result = (await client.conn.sendRequest('llmPreflight/explain', { text: both })) as { count: number; markdown: string };
    assert.equal(result.count, 2);
    assert.match(result.markdown, /^# /);
    assert.match(result.markdown, /429/);
    assert.match(result.markdown, /529/);
    assert.match(result.markdown, /Recognised error/);
    const none = (await client.conn.sendRequest('llmPreflight/explain', { text: 'all good here' })) as { count: number };
    assert.equal(none.count, 0);
    const bad = (await client.conn.sendRequest('llmPreflight/explain', { text: 42 })) as { count: number };
    assert.equal(bad.count, 0);
  });

  it('the pasted message is fenced so even backticks cannot close the fence', async () => {
    const client = await start();
    const text = '{"error": {"message": "Overloaded ``````` [x](command:evil) </pre>", "type": "overloaded_error"}, "type": "error"}';
    const result = (await client.conn.sendRequest('llmPreflight/explain', { text })) as { count: number; markdown: string };
    assert.equal(result.count, 1);
    const fence = /\n(`{8,})text\n[\s\S]*?\n\1\n/.exec(result.markdown);
    assert.ok(fence, `a fence longer than the paste's backtick run:\n${result.markdown}`);
  });
});
