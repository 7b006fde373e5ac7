// Outline over the protocol: textDocument/documentSymbol (one symbol per request in .http and .jsonl files:
// name, detail = detected API and model, range = the request, selectionRange = the request line) and
// textDocument/foldingRange (request blocks, JSON bodies, scripts, comments) on the REST Client, httpyac and
// JetBrains fixtures. Run: node --import tsx --test test/protocol/outline.test.ts
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  DocumentSymbolRequest,
  FoldingRangeRequest,
  SymbolKind,
  type DocumentSymbol,
  type FoldingRange,
  type Range,
} from 'vscode-languageserver-protocol/node';
import { ensureBuilt, LspClient, root, withTimeout } from './client.ts';

const fixture = (name: string) => path.join(root, 'test/fixtures/http', name);
const REST_CLIENT = fixture('rest-client.http');
const HTTPYAC = fixture('httpyac.http');
const JETBRAINS = fixture('jetbrains/requests.http');
const BATCH = path.join(root, 'examples/batch.jsonl');
const uriOf = (file: string) => pathToFileURL(file).href;
const read = (file: string) => readFileSync(file, 'utf8');

let client: LspClient;
before(async () => {
  ensureBuilt();
  client = await LspClient.start();
});
after(async () => {
  await client?.dispose();
});

async function symbols(uri: string): Promise<DocumentSymbol[] | null> {
  return (await withTimeout(client.conn.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } }), 20_000, 'documentSymbol')) as DocumentSymbol[] | null;
}
async function folds(uri: string): Promise<FoldingRange[] | null> {
  return withTimeout(client.conn.sendRequest(FoldingRangeRequest.type, { textDocument: { uri } }), 20_000, 'foldingRange');
}
/** Open (and wait for the first lint, so `detail` comes from the published result) unless already open. */
const opened = new Set<string>();
async function open(file: string, languageId: string, text = read(file)): Promise<string> {
  const uri = uriOf(file);
  if (!opened.has(uri)) {
    await client.openAndWait(uri, languageId, text);
    opened.add(uri);
  }
  return uri;
}
const lines = (r: Range) => [r.start.line, r.end.line];
const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length - 1;
const outline = (list: DocumentSymbol[]) => list.map((s) => ({ name: s.name, detail: s.detail, range: lines(s.range), selection: lines(s.selectionRange) }));

describe('document symbols', () => {
  it('advertises the capabilities', () => {
    assert.equal(client.initializeResult.capabilities.documentSymbolProvider, true);
    assert.equal(client.initializeResult.capabilities.foldingRangeProvider, true);
  });

  it('REST Client: @name wins, else the method and path; the range covers the request from its ### line', async () => {
    const text = read(REST_CLIENT);
    const list = (await symbols(await open(REST_CLIENT, 'http')))!;
    assert.deepEqual(outline(list), [
      // {{model}} is a variable: the API is known, the model is not.
      { name: 'chat', detail: 'openai-chat', range: [lineOf(text, '### Chat'), lineOf(text, '}\n\n###')], selection: [lineOf(text, 'POST {{base}}'), lineOf(text, 'POST {{base}}')] },
      // Named, but no LLM API: the detail shows what the request does.
      { name: 'models', detail: 'GET /v1/models', range: [lineOf(text, '###\n\n// @name'), lineOf(text, 'GET https://')], selection: [lineOf(text, 'GET https://'), lineOf(text, 'GET https://')] },
    ]);
    for (const s of list) {
      assert.equal(s.kind, SymbolKind.Method);
      assert.equal(s.selectionRange.start.character, 0);
    }
    // The selection is exactly the request line (method + URL + version).
    assert.equal(list[0].selectionRange.end.character, 'POST {{base}}/chat/completions HTTP/1.1'.length);
  });

  it('httpyac: the ### title names the request; script blocks and assertions stay inside its range', async () => {
    const text = read(HTTPYAC);
    const list = (await symbols(await open(HTTPYAC, 'http')))!;
    assert.deepEqual(outline(list), [
      { name: 'Anthropic message', detail: 'anthropic-messages · claude-sonnet-4-5', range: [lineOf(text, '### Anthropic'), lineOf(text, '>> ./out')], selection: [lineOf(text, 'POST {{anthropic}}'), lineOf(text, 'POST {{anthropic}}')] },
    ]);
  });

  it('JetBrains: a `< file` body is read for detection (the model comes from the file)', async () => {
    const text = read(JETBRAINS);
    const list = (await symbols(await open(JETBRAINS, 'http')))!;
    assert.deepEqual(
      list.map((s) => [s.name, s.detail, lines(s.range)]),
      [
        ['Gemini from a file body', 'gemini-generate', [0, lineOf(text, '%}\n\n###')]],
        ['Inline body with a one-line handler and a response reference', 'gemini-generate · gemini-2.5-flash', [lineOf(text, '### Inline'), lineOf(text, '<> 2024')]],
      ],
    );
  });

  it('.jsonl: one symbol per line, named by custom_id, the selection on its value', async () => {
    const text = read(BATCH);
    const list = (await symbols(await open(BATCH, 'jsonl')))!;
    const firstLine = text.split('\n')[0];
    assert.deepEqual(
      list.map((s) => [s.name, s.detail, lines(s.range)]),
      text.trim().split('\n').map((line, i) => [JSON.parse(line).custom_id, `openai-chat · ${JSON.parse(line).body.model}`, [i, i]]),
    );
    assert.equal(list[0].range.end.character, firstLine.length);
    assert.deepEqual(list[0].selectionRange, { start: { line: 0, character: firstLine.indexOf('"req-1"') }, end: { line: 0, character: firstLine.indexOf('"req-1"') + 7 } });
  });

  it('answers before the first lint has finished, and follows edits', async () => {
    const uri = 'untitled:Untitled-outline';
    const text = 'POST https://api.anthropic.com/v1/messages\ncontent-type: application/json\n\n{"model": "claude-haiku-4-5", "max_tokens": 5, "messages": []}\n';
    await client.open(uri, 'http', text);
    // No wait for diagnostics: the server splits and detects on the spot.
    const first = (await symbols(uri))!;
    assert.deepEqual(outline(first), [{ name: 'POST /v1/messages', detail: 'anthropic-messages · claude-haiku-4-5', range: [0, 3], selection: [0, 0] }]);
    await client.change(uri, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '### Haiku ping\n' }]);
    const second = (await symbols(uri))!;
    assert.deepEqual(outline(second), [{ name: 'Haiku ping', detail: 'anthropic-messages · claude-haiku-4-5', range: [0, 4], selection: [1, 1] }]);
    await client.close(uri);
  });

  it('leaves other documents to their own language support', async () => {
    const uri = 'untitled:notes-outline.md';
    await client.open(uri, 'markdown', '# Notes\n\nPOST https://api.openai.com/v1/chat/completions\n');
    assert.equal(await symbols(uri), null);
    assert.equal(await folds(uri), null);
    const json = 'untitled:body-outline.json';
    await client.open(json, 'json', '{\n  "model": "gpt-4o",\n  "messages": []\n}\n');
    assert.equal(await symbols(json), null);
    assert.equal(await folds(json), null);
  });
});

describe('folding ranges', () => {
  it('REST Client: every block, and the JSON body with its closing brace visible', async () => {
    const text = read(REST_CLIENT);
    const ranges = (await folds(await open(REST_CLIENT, 'http')))!;
    assert.deepEqual(ranges, [
      { startLine: 0, endLine: lineOf(text, '@model'), kind: 'region' },
      { startLine: lineOf(text, '### Chat'), endLine: lineOf(text, '}\n\n###'), kind: 'region' },
      { startLine: lineOf(text, '{\n  "model"'), endLine: lineOf(text, '}\n\n###') - 1 },
      { startLine: lineOf(text, '###\n\n// @name'), endLine: lineOf(text, 'GET https://'), kind: 'region' },
      { startLine: lineOf(text, '###\n# A block'), endLine: lineOf(text, '# @note'), kind: 'region' },
    ]);
  });

  it('JetBrains: pre-request and response handler scripts fold', async () => {
    const text = read(JETBRAINS);
    const ranges = (await folds(await open(JETBRAINS, 'http')))!;
    const script = (needle: string) => ({ startLine: lineOf(text, needle), endLine: lineOf(text, needle) + 1 });
    assert.deepEqual(ranges, [
      { startLine: 0, endLine: lineOf(text, '%}\n\n###'), kind: 'region' },
      script('< {%'),
      script('> {%'),
      { startLine: lineOf(text, '### Inline'), endLine: lineOf(text, '<> 2024'), kind: 'region' },
    ]);
  });

  it('nested JSON objects and arrays, {{variables}} in bodies, comment runs and block comments', async () => {
    const text = [
      '# Chat requests for the staging gateway.', //   0  block 0-2 (it hides the comment run on the same line)
      '# Keys come from .env.', //                     1
      '@base = https://gateway.example.com/v1', //     2
      '', //                                           3
      '### Tools', //                                  4  block 4-25
      '# Needs the weather tool', //                   5  comment run 5-6
      '# deployed on the gateway.', //                 6
      'POST {{base}}/chat/completions', //             7
      'Content-Type: application/json', //             8
      '', //                                           9
      '{', //                                         10  object 10-21
      '  "model": {{model}},', //                     11
      '  "messages": [', //                           12  array 12-14
      '    {"role": "user", "content": "Weather in {{city}}?"},', // 13
      '    {"role": "assistant", "content": "Checking."}', //     14
      '  ],', //                                      15
      '  "tools": [{', //                             16  array 16-20 (the object opened on the same line is dropped)
      '    "type": "function",', //                   17
      '    "function": {"name": "weather", "parameters": {', //  18  object 18-19
      '      "type": "object"', //                    19
      '    }}', //                                    20
      '  }]', //                                      21
      '}', //                                         22
      '/*', //                                        23  block comment 23-25 (after the body, httpyac)
      '  a note', //                                  24
      '*/', //                                        25
    ].join('\n');
    const uri = 'untitled:Untitled-folds';
    await client.open(uri, 'http', text);
    assert.deepEqual(await folds(uri), [
      { startLine: 0, endLine: 2, kind: 'region' },
      { startLine: 4, endLine: 25, kind: 'region' },
      { startLine: 5, endLine: 6, kind: 'comment' },
      { startLine: 10, endLine: 21 },
      { startLine: 12, endLine: 14 },
      { startLine: 16, endLine: 20 },
      { startLine: 18, endLine: 19 },
      { startLine: 23, endLine: 25, kind: 'comment' },
    ]);
    await client.close(uri);
  });
});
