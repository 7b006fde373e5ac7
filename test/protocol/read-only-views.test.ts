// Where an error is shown rather than written (issue 13): an Output panel channel (scheme `output`), the
// response editors httpyac and REST Client open (untitled `http` exchanges, httpyac's temp files), and the
// requests behind the terminal links (llmPreflight/findErrors) and the Explain view (llmPreflight/explain).
// Run: node --import tsx --test test/protocol/read-only-views.test.ts
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { ensureBuilt, LspClient } from './client.ts';

// One server for every case: they open different documents.
let client: LspClient;
before(async () => {
  ensureBuilt();
  client = await LspClient.start();
});
after(() => client.dispose());
const markdownOf = (hover: Awaited<ReturnType<LspClient['hover']>>) => (hover?.contents as { value?: string } | undefined)?.value ?? '';

const PY_429 = "openai.RateLimitError: Error code: 429 - {'error': {'message': 'Rate limit reached for gpt-4o in organization org-abc on tokens per min (TPM): Limit 30000, Used 29500, Requested 1200. Please try again in 1.4s.', 'type': 'tokens', 'param': None, 'code': 'rate_limit_exceeded'}}";

describe('read-only views', () => {
  it('an Output channel document (scheme output, language Log) explains an error on hover', async () => {
    const uri = 'output:extension-output-acme.app-%231-app%20log';
    await client.open(uri, 'Log', `[info] starting\n${PY_429}\n[info] retrying\n`);
    const md = markdownOf(await client.hover(uri, { line: 1, character: 30 }));
    assert.match(md, /429/);
    assert.match(md, /Rate limit/i);
  });

  it("httpyac's and REST Client's untitled exchange (language http: request, then the response) explains the response", async () => {
    const uri = 'untitled:Untitled-2';
    const exchange = [
      'POST https://api.anthropic.com/v1/messages',
      'content-type: application/json',
      '',
      '{"model":"claude-sonnet-4-5","max_tokens":64,"messages":[{"role":"user","content":"hi"}]}',
      '',
      'HTTP/1.1 529 ',
      'content-type: application/json',
      'request-id: req_011CVzQk6u3pWZrT9Vx4mN2b',
      '',
      '{"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}',
    ].join('\n');
    await client.open(uri, 'http', exchange);
    const md = markdownOf(await client.hover(uri, { line: 9, character: 30 }));
    assert.match(md, /529/);
    assert.match(md, /overload/i);
  });

  it('llmPreflight/findErrors gives the errors meeting a line of a window; bad params give none', async () => {
    const text = `$ python app.py\n${PY_429}\n$ \n`;
    const from = text.indexOf('openai.');
    const found = (await client.conn.sendRequest('llmPreflight/findErrors', { text, from, to: from + PY_429.length })) as { errors: { start: number; end: number; label: string }[] };
    assert.equal(found.errors.length, 1);
    assert.equal(found.errors[0].label, 'OpenAI 429 rate_limit_exceeded');
    assert.ok(found.errors[0].start >= from && found.errors[0].end <= from + PY_429.length);
    const prompt = (await client.conn.sendRequest('llmPreflight/findErrors', { text, from: 0, to: 15 })) as { errors: unknown[] };
    assert.deepEqual(prompt.errors, [], 'the prompt line meets no error');
    assert.deepEqual(await client.conn.sendRequest('llmPreflight/findErrors', { text: 42 }), { errors: [] });
  });

  it('llmPreflight/explain titles the view after the error, and `at` picks one error', async () => {
    const text = `${PY_429}\n{"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}\n`;
    const all = (await client.conn.sendRequest('llmPreflight/explain', { text })) as { count: number; title: string };
    assert.equal(all.count, 2);
    assert.equal(all.title, 'Explain: OpenAI 429 rate_limit_exceeded (+1 more)');
    const one = (await client.conn.sendRequest('llmPreflight/explain', { text, at: text.indexOf('{"type"') })) as { count: number; title: string; markdown: string };
    assert.equal(one.count, 1);
    assert.equal(one.title, 'Explain: Anthropic overloaded_error');
    assert.doesNotMatch(one.markdown, /429/);
  });
});
