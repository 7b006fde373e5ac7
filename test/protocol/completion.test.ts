// Completion and parameter hovers over the protocol: the bundled server answers textDocument/completion
// inside request bodies per API and model (while the body is broken mid-typing and before the debounced
// lint has run), and hovers on parameter names, values and model ids. Run:
// node --import tsx --test test/protocol/completion.test.ts
import { describe, it, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CompletionRequest, type CompletionItem, type CompletionList } from 'vscode-languageserver-protocol/node';
import { ensureBuilt, LspClient, positionAtOffset, withTimeout } from './client.ts';

let tmp: string;
const clients: LspClient[] = [];
before(() => {
  ensureBuilt();
  tmp = mkdtempSync(path.join(tmpdir(), 'llm-preflight-completion-'));
});
after(() => rmSync(tmp, { recursive: true, force: true }));
afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.dispose()));
});

async function start(): Promise<LspClient> {
  const client = await LspClient.start({ capabilities: { textDocument: { completion: { completionItem: { snippetSupport: true } } } } });
  clients.push(client);
  return client;
}
const uriOf = (name: string) => pathToFileURL(path.join(tmp, name)).href;

const OPENAI = 'POST https://api.openai.com/v1/chat/completions\nAuthorization: Bearer {{key}}\nContent-Type: application/json\n\n';
const ANTHROPIC = 'POST https://api.anthropic.com/v1/messages\nx-api-key: {{key}}\nanthropic-version: 2023-06-01\nContent-Type: application/json\n\n';
const GEMINI = 'POST https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-flash:generateContent\nx-goog-api-key: {{key}}\nContent-Type: application/json\n\n';

let version = 1;
/** Opens (or replaces) `name` with `doc` (`|` = cursor) and asks for completion at once, before any lint. */
async function complete(client: LspClient, name: string, doc: string, languageId = 'http', trigger?: string): Promise<CompletionItem[]> {
  const offset = doc.indexOf('|');
  const text = doc.slice(0, offset) + doc.slice(offset + 1);
  const uri = uriOf(name);
  await client.open(uri, languageId, text, version++);
  const result = await withTimeout(
    client.conn.sendRequest(CompletionRequest.type, {
      textDocument: { uri },
      position: positionAtOffset(text, offset),
      ...(trigger ? { context: { triggerKind: 2, triggerCharacter: trigger } } : {}),
    }),
    20_000,
    'completion',
  );
  await client.close(uri);
  if (!result) return [];
  return Array.isArray(result) ? result : (result as CompletionList).items;
}
const labels = (items: CompletionItem[]) => items.map((i) => i.label);
const newText = (item: CompletionItem | undefined) => (item?.textEdit && 'newText' in item.textEdit ? item.textEdit.newText : undefined);
const md = (x: unknown) => ((x as { value?: string } | undefined)?.value ?? '');

describe('completion inside request bodies', () => {
  it('advertises the provider with " and : as trigger characters', async () => {
    const client = await start();
    assert.deepEqual(client.initializeResult.capabilities.completionProvider?.triggerCharacters, ['"', ':']);
  });

  it('top-level names per API: openai-chat, anthropic-messages, gemini generationConfig', async () => {
    const client = await start();
    const chat = labels(await complete(client, 'a.http', OPENAI + '{\n  "model": "gpt-4o",\n  "|\n}', 'http', '"'));
    assert.ok(chat.includes('max_completion_tokens'));
    assert.ok(!chat.includes('top_k'));
    const claude = labels(await complete(client, 'b.http', ANTHROPIC + '{\n  "model": "claude-sonnet-4-5",\n  "|'));
    assert.ok(claude.includes('max_tokens') && claude.includes('thinking'));
    assert.ok(!claude.includes('max_completion_tokens'));
    const gemini = labels(await complete(client, 'c.http', GEMINI + '{"contents": [], "generationConfig": {"thinkingConfig": {}, "|'));
    for (const k of ['topK', 'maxOutputTokens', 'responseMimeType']) assert.ok(gemini.includes(k), k);
    assert.ok(!gemini.includes('thinkingConfig'), 'present key not repeated');
    const thinking = labels(await complete(client, 'd.http', GEMINI + '{"generationConfig": {"thinkingConfig": {"|"}}}'));
    assert.deepEqual(thinking.sort(), ['includeThoughts', 'thinkingBudget', 'thinkingLevel']);
  });

  it('per model: a reasoning model marks temperature with its quirk; gpt-5.1 efforts include none', async () => {
    const client = await start();
    const o3 = await complete(client, 'o3.http', OPENAI + '{"model": "o3", "messages": [], "|"}');
    const temperature = o3.find((i) => i.label === 'temperature')!;
    assert.deepEqual(temperature.tags, [1]);
    assert.match(md(temperature.documentation), /o3 rejects it/);
    assert.match(md(temperature.documentation), /Range: 0 ≤ value ≤ 2/);
    const snippet = o3.find((i) => i.label === 'reasoning_effort')!;
    assert.equal(snippet.insertTextFormat, 2);
    const efforts = labels(await complete(client, 'g51.http', OPENAI + '{"model": "gpt-5.1", "reasoning_effort": "|"}', 'http', '"'));
    assert.ok(efforts.includes('"none"'), efforts.join(' '));
  });

  it('roles per API, tool_choice strings, Gemini thresholds, and model ids for the vendor', async () => {
    const client = await start();
    assert.deepEqual(labels(await complete(client, 'r1.http', ANTHROPIC + '{"messages": [{"role": "|')), ['"user"', '"assistant"']);
    assert.ok(labels(await complete(client, 'r2.http', OPENAI + '{"messages": [{"role": "|"}]}')).includes('"developer"'));
    assert.ok(labels(await complete(client, 'r3.http', GEMINI + '{"contents": [{"role": "|"}]}')).includes('"model"'));
    const choice = await complete(client, 'tc.http', OPENAI + '{"tool_choice":|}', 'http', ':');
    assert.deepEqual(labels(choice), ['"none"', '"auto"', '"required"']);
    assert.equal(newText(choice[0]), ' "none"');
    assert.ok(labels(await complete(client, 'th.http', GEMINI + '{"safetySettings": [{"threshold": "|')).includes('"BLOCK_NONE"'));
    const models = await complete(client, 'm.http', ANTHROPIC + '{"model": "|"}');
    assert.ok(labels(models).includes('claude-opus-4-1'));
    assert.ok(labels(models).every((l) => l.startsWith('claude')));
    assert.match(models.find((i) => i.label === 'claude-sonnet-4-5')!.detail!, /context/);
  });

  it('content-block snippets with a shared tool id, in .json and .jsonl requests too', async () => {
    const client = await start();
    const blocks = await complete(client, 's.http', ANTHROPIC + '{"model": "claude-sonnet-4-5", "messages": [{"role": "user", "content": [|]}]}');
    assert.match(newText(blocks.find((i) => i.label === 'image block (base64)')) ?? '', /"media_type": "\$\{1\|image\/jpeg,image\/png,image\/gif,image\/webp\|\}"/);
    const turns = await complete(client, 't.json', '{"model": "claude-sonnet-4-5", "max_tokens": 5, "messages": [{"role": "user", "content": "hi"}, |]}', 'json');
    const pair = newText(turns.find((i) => i.label === 'tool_use + tool_result turns')) ?? '';
    const ids = [...pair.matchAll(/"(toolu_[A-Za-z0-9]{10,})"/g)].map((m) => m[1]);
    assert.equal(ids.length, 2, pair);
    assert.equal(ids[0], ids[1]);
    const parts = labels(await complete(client, 'u.jsonl', '{"custom_id": "1", "method": "POST", "url": "/v1/chat/completions", "body": {"model": "gpt-4o", "messages": [{"role": "user", "content": [|', 'jsonl'));
    assert.ok(parts.includes('image part (URL)') && parts.includes('text part'), parts.join(' '));
  });

  it('survives typing: completion on each edit of a broken body, then the server is healthy', async () => {
    const client = await start();
    const uri = uriOf('typing.http');
    const final = OPENAI + '{"model": "gpt-5", "messages": [{"role": "user", "content": [{"type": "text", "text": "hi"}]}], "stream": true}';
    await client.open(uri, 'http', OPENAI, 1);
    let v = 1;
    const head = OPENAI.length;
    for (let i = head; i < final.length; i += 3) {
      const text = final.slice(0, i + 1);
      await client.change(uri, ++v, [{ text }]);
      const result = await client.conn.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: positionAtOffset(text, text.length) });
      assert.ok(result === null || Array.isArray(result) || Array.isArray((result as CompletionList).items));
    }
    const partial = final.slice(0, final.indexOf('"stream"') + 2);
    await client.change(uri, ++v, [{ text: partial }]);
    const items = await client.conn.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: positionAtOffset(partial, partial.length) });
    assert.ok(labels((items as CompletionItem[]) ?? []).includes('stream'));
    assert.ok(client.alive);
    assert.deepEqual(client.errorLogs(), []);
  });
});

describe('hover docs inside request bodies', () => {
  it('parameter names and values: type, range, values, dialects, model quirk, docs link', async () => {
    const client = await start();
    const uri = uriOf('h.http');
    const text = OPENAI + '{\n  "model": "o3",\n  "messages": [{"role": "user", "content": "hi"}],\n  "reasoning_effort": "high",\n  "service_tier": "flex"\n}\n';
    await client.openAndWait(uri, 'http', text);
    const key = md((await client.hover(uri, positionAtOffset(text, text.indexOf('reasoning_effort') + 3)))?.contents);
    assert.match(key, /\*\*`reasoning_effort`\*\*/);
    assert.match(key, /o3 accepts: `low`, `medium`, `high`/);
    assert.match(key, /Accepted by: every dialect of `openai-chat`/);
    assert.match(key, /\[Provider docs\]\(https:\/\/platform\.openai\.com/);
    const value = await client.hover(uri, positionAtOffset(text, text.indexOf('"flex"') + 2));
    assert.match(md(value?.contents), /`flex` \(this one\)/);
    assert.deepEqual(value?.range, { start: positionAtOffset(text, text.indexOf('"flex"')), end: positionAtOffset(text, text.indexOf('"flex"') + 6) });
    const model = md((await client.hover(uri, positionAtOffset(text, text.indexOf('"o3"') + 1)))?.contents);
    assert.match(model, /Context window/);
    assert.match(model, /`temperature` on openai-chat: rejected/);
    assert.match(model, /Sources: /);
  });

  it('findings and the request line keep priority; a model that rejects a present parameter shows the finding', async () => {
    const client = await start();
    const uri = uriOf('p.http');
    const text = OPENAI + '{"model": "o3", "messages": [{"role": "user", "content": "hi"}], "temperature": 0.2}\n';
    const published = await client.openAndWait(uri, 'http', text);
    assert.ok(published.diagnostics.length > 0);
    const onFinding = md((await client.hover(uri, positionAtOffset(text, text.indexOf('0.2') + 1)))?.contents);
    assert.match(onFinding, /^\[Rule documentation\]\(/);
    const onLine = md((await client.hover(uri, { line: 0, character: 3 }))?.contents);
    assert.match(onLine, /request detected as/);
  });
});
