// Language-server protocol tests: the bundled server (dist/server.js --stdio) driven by a real LSP client
// library (vscode-languageserver-protocol). Run: node --import tsx --test test/protocol/*.test.ts
// The `before` hook rebuilds dist/ when it is older than server/src or rules/ (see client.ts).
// Nothing here is timed: waits have generous timeouts and only check that answers arrive.
import { describe, it, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { childEnv } from '../no-network/env.ts';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, PublishDiagnosticsParams, Range, TextDocumentContentChangeEvent } from 'vscode-languageserver-protocol/node';
import { cliJs, ensureBuilt, LspClient, positionAtOffset, positionOf, root, type StartOptions } from './client.ts';

const REQUESTS = path.join(root, 'examples/requests.http');
const CLEAN = path.join(root, 'examples/clean.http');
const TOOL_RESULT_JSON = path.join(root, 'examples/anthropic-tool-result.json');
const BATCH = path.join(root, 'examples/batch.jsonl');
const uriOf = (file: string) => pathToFileURL(file).href;
const read = (file: string) => readFileSync(file, 'utf8');
const SEVERITY: Record<string, number> = { error: 1, warning: 2, info: 3 };
const REQUEST_CANCELLED = -32800;

interface CliDiag { rule: string; severity: string; message: string; api: string | null; range: Range }
interface Finding { rule: string; severity: number; message: string; range: Range }

let tmp: string;
const clients: LspClient[] = [];

before(() => {
  ensureBuilt();
  tmp = mkdtempSync(path.join(tmpdir(), 'llm-preflight-lsp-'));
});
after(() => {
  rmSync(tmp, { recursive: true, force: true });
});
afterEach(async () => {
  // Every test ends its own servers; this catches the ones a failed assertion left running.
  await Promise.all(clients.splice(0).map((c) => c.dispose()));
});

async function start(options?: StartOptions): Promise<LspClient> {
  const client = await LspClient.start(options);
  clients.push(client);
  return client;
}

/** The CLI's findings for a file on disk: the reference the server must agree with. */
function cliFindings(file: string): Finding[] {
  const r = spawnSync(process.execPath, [cliJs, 'check', file, '--format', 'json'], { cwd: root, encoding: 'utf8', timeout: 120_000, env: childEnv() });
  assert.ok(r.status === 0 || r.status === 1, `cli exited ${r.status}: ${r.stderr}`);
  const reports = JSON.parse(r.stdout) as { file: string; diagnostics: CliDiag[] }[];
  assert.equal(reports.length, 1, r.stdout.slice(0, 500));
  assert.equal(path.resolve(root, reports[0].file), path.resolve(file));
  return sorted(reports[0].diagnostics.map((d) => ({ rule: d.rule, severity: SEVERITY[d.severity], message: d.message, range: d.range })));
}

/** The CLI's findings for `text` saved under a temporary name with extension `ext`. */
function cliFindingsForText(text: string, ext: string): Finding[] {
  const file = path.join(tmp, `doc-${Math.random().toString(36).slice(2)}.${ext}`);
  writeFileSync(file, text);
  return cliFindings(file);
}

function findings(diagnostics: Diagnostic[]): Finding[] {
  return sorted(diagnostics.map((d) => ({ rule: String(d.code), severity: d.severity!, message: d.message, range: d.range })));
}

function sorted(list: Finding[]): Finding[] {
  return [...list].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || a.rule.localeCompare(b.rule));
}

const rules = (diagnostics: Diagnostic[]) => findings(diagnostics).map((f) => f.rule);

/** Applies LSP content changes to `text` the way the server's TextDocument does. */
function applyChanges(text: string, changes: TextDocumentContentChangeEvent[]): string {
  const doc = TextDocument.create('file:///x', 'plaintext', 1, text);
  return TextDocument.applyEdits(doc, changes.map((c) => ('range' in c ? { range: c.range, newText: c.text } : { range: { start: { line: 0, character: 0 }, end: doc.positionAt(text.length) }, newText: c.text })));
}

/** A `.http` document the server must keep answering hovers on while bad input goes by. */
async function openCanary(client: LspClient): Promise<PublishDiagnosticsParams> {
  const published = await client.openAndWait(uriOf(REQUESTS), 'http', read(REQUESTS));
  assert.ok(rules(published.diagnostics).includes('unknown-parameter'));
  return published;
}

/** The server is still running and answers a hover on the canary's unknown-parameter finding. */
async function assertStillServing(client: LspClient): Promise<void> {
  assert.ok(client.alive, `server exited; stderr: ${client.stderr}`);
  const hover = await client.hover(uriOf(REQUESTS), { line: 15, character: 5 }, 60_000);
  assert.ok(hover && typeof hover.contents === 'object' && 'value' in hover.contents, 'hover on the canary finding answered with content');
  assert.match(hover.contents.value, /unknown-parameter/);
  assert.deepEqual(client.errorLogs(), [], 'the server logged no errors (lint failed / uncaught)');
}

function hoverText(hover: Awaited<ReturnType<LspClient['hover']>>): string {
  assert.ok(hover, 'hover answered with a result');
  const contents = hover.contents;
  assert.ok(typeof contents === 'object' && !Array.isArray(contents) && 'kind' in contents, 'hover contents are MarkupContent');
  assert.equal(contents.kind, 'markdown');
  return contents.value;
}

describe('initialize and lifecycle', () => {
  it('advertises incremental sync and hover', async () => {
    const client = await start();
    const caps = client.initializeResult.capabilities;
    const sync = caps.textDocumentSync;
    assert.ok(sync && typeof sync === 'object', 'textDocumentSync is TextDocumentSyncOptions');
    assert.equal(sync.change, 2, 'TextDocumentSyncKind.Incremental');
    assert.equal(sync.openClose, true);
    assert.ok(caps.hoverProvider, 'hoverProvider');
  });

  it('shutdown then exit ends the process with code 0', async () => {
    const client = await start();
    await openCanary(client);
    assert.equal(await client.shutdown(), 0);
    assert.equal(client.alive, false);
  });
});

describe('diagnostics on open', () => {
  it('examples/requests.http: pushed diagnostics match the CLI, with code, source and a docs link that exists', async () => {
    const client = await start();
    const published = await client.openAndWait(uriOf(REQUESTS), 'http', read(REQUESTS));
    assert.equal(published.version, 1);
    assert.deepEqual(rules(published.diagnostics), ['unknown-parameter', 'empty-text-block', 'tool-result-unmatched']);
    assert.deepEqual(findings(published.diagnostics), cliFindings(REQUESTS));
    for (const d of published.diagnostics) {
      assert.equal(d.source, 'llm-preflight');
      assert.equal(typeof d.code, 'string');
      assert.ok(d.codeDescription?.href, `${d.code} has codeDescription.href`);
      const href = d.codeDescription.href;
      assert.ok(href.startsWith('file:'), `${href} is a file: URL`);
      const file = fileURLToPath(href);
      assert.equal(file, path.join(root, 'rules', String(d.code), 'README.md'));
      assert.ok(existsSync(file), `${file} exists`);
    }
  });

  it('examples/clean.http gets an empty diagnostics array', async () => {
    const client = await start();
    const published = await client.openAndWait(uriOf(CLEAN), 'http', read(CLEAN));
    assert.deepEqual(published.diagnostics, []);
    assert.deepEqual(cliFindings(CLEAN), []);
  });

  it('.json document (languageId json) matches the CLI', async () => {
    const client = await start();
    const published = await client.openAndWait(uriOf(TOOL_RESULT_JSON), 'json', read(TOOL_RESULT_JSON));
    assert.deepEqual(rules(published.diagnostics), ['tool-result-unmatched']);
    assert.deepEqual(findings(published.diagnostics), cliFindings(TOOL_RESULT_JSON));
  });

  it('.jsonl document (languageId jsonl) matches the CLI', async () => {
    const client = await start();
    const published = await client.openAndWait(uriOf(BATCH), 'jsonl', read(BATCH));
    assert.deepEqual(rules(published.diagnostics), ['unknown-parameter']);
    assert.equal(published.diagnostics[0].range.start.line, 1, 'the second line holds top_k');
    assert.deepEqual(findings(published.diagnostics), cliFindings(BATCH));
  });

  it('untitled: URI with languageId http is linted like the file', async () => {
    const client = await start();
    const published = await client.openAndWait('untitled:Untitled-1', 'http', read(REQUESTS));
    assert.deepEqual(
      findings(published.diagnostics).map(({ rule, range }) => ({ rule, range })),
      cliFindings(REQUESTS).map(({ rule, range }) => ({ rule, range })),
    );
  });

  it('a broken JSON body gives exactly one json-syntax diagnostic, at the CLI position', async () => {
    const client = await start();
    const text = 'POST https://api.openai.com/v1/chat/completions\nAuthorization: Bearer {{key}}\nContent-Type: application/json\n\n{"model": "gpt-4o", "messages": [}\n';
    const published = await client.openAndWait(uriOf(path.join(tmp, 'broken.http')), 'http', text);
    assert.deepEqual(rules(published.diagnostics), ['json-syntax']);
    const [d] = published.diagnostics;
    assert.equal(d.severity, 1);
    assert.equal(d.range.start.line, 4);
    assert.deepEqual(findings(published.diagnostics), cliFindingsForText(text, 'http'));
    if (d.codeDescription) {
      const file = fileURLToPath(d.codeDescription.href.replace(/#.*$/, ''));
      assert.ok(existsSync(file), `${d.codeDescription.href} points at a file that exists`);
      assert.match(read(file), /json-syntax/);
    }
  });
});

describe('hover', () => {
  it('on a finding: names the rule and links its docs', async () => {
    const client = await start();
    const published = await client.openAndWait(uriOf(REQUESTS), 'http', read(REQUESTS));
    for (const d of published.diagnostics) {
      const inside = { line: d.range.start.line, character: d.range.start.character + 1 };
      const hover = await client.hover(uriOf(REQUESTS), inside);
      const text = hoverText(hover);
      assert.ok(text.includes(String(d.code)), `hover mentions ${d.code}: ${text}`);
      assert.ok(d.codeDescription && text.includes(d.codeDescription.href), `hover links ${d.codeDescription?.href}`);
      assert.deepEqual(hover!.range, d.range, 'hover range is the finding range');
    }
  });

  it('on a request line: says which API was detected and why', async () => {
    const client = await start();
    const text = read(REQUESTS);
    await client.openAndWait(uriOf(REQUESTS), 'http', text);
    const position = positionOf(text, 'POST {{openai}}/chat/completions', 2);
    const value = hoverText(await client.hover(uriOf(REQUESTS), position));
    assert.match(value, /openai-chat/);
    assert.match(value, /Because/);
    assert.match(value, /URL path/, 'the reason names the URL path');
    assert.equal(await client.hover(uriOf(REQUESTS), { line: 1, character: 1 }).then((h) => h === null), true, 'no hover on a variable line');
  });
});

describe('incremental changes', () => {
  it('an edit that fixes a problem removes its diagnostic; the publish carries the new version', async () => {
    const client = await start();
    const uri = uriOf(REQUESTS);
    const text = read(REQUESTS);
    await client.openAndWait(uri, 'http', text);
    // Delete `,\n  "enable_thinking": false` (the comma after `]` and the whole next line).
    const from = text.indexOf('],\n  "enable_thinking"') + 1;
    const to = text.indexOf('false', from) + 'false'.length;
    const changes = [{ range: { start: positionAtOffset(text, from), end: positionAtOffset(text, to) }, text: '' }];
    const since = client.mark();
    await client.change(uri, 2, changes);
    const published = await client.waitForDiagnostics(uri, (p) => p.version === 2, { since });
    assert.deepEqual(rules(published.diagnostics), ['empty-text-block', 'tool-result-unmatched']);
    assert.deepEqual(findings(published.diagnostics), cliFindingsForText(applyChanges(text, changes), 'http'));
    assert.ok(client.publishesFor(uri).every((p) => p.version === 1 || p.version === 2), 'no publish for a version that never existed');
  });

  it('an edit that introduces a problem adds a diagnostic; rapid edits end with the last version', async () => {
    const client = await start();
    const uri = uriOf(REQUESTS);
    let text = read(REQUESTS);
    await client.openAndWait(uri, 'http', text);
    // Empty the second Anthropic text block, deleting its last character one edit at a time (v2 ... v25).
    const first = text.indexOf('"What is in this picture?"') + 1;
    let end = first + 'What is in this picture?'.length;
    let version = 1;
    const since = client.mark();
    while (end > first) {
      const change = { range: { start: positionAtOffset(text, end - 1), end: positionAtOffset(text, end) }, text: '' };
      text = applyChanges(text, [change]);
      end--;
      await client.change(uri, ++version, [change]);
    }
    assert.ok(text.includes('{"type": "text", "text": ""},\n        {"type": "text", "text": ""}'), 'both text blocks are now empty');
    const published = await client.waitForDiagnostics(uri, (p) => p.version === version, { since });
    assert.deepEqual(rules(published.diagnostics), ['unknown-parameter', 'empty-text-block', 'empty-text-block', 'tool-result-unmatched']);
    assert.deepEqual(findings(published.diagnostics), cliFindingsForText(text, 'http'));
    // Whatever was published in between, each publish was for a version the client actually sent.
    for (const p of client.publishesFor(uri)) assert.ok(p.version !== undefined && p.version >= 1 && p.version <= version);
    // And hover agrees with the current version.
    const second = published.diagnostics.filter((d) => d.code === 'empty-text-block')[1];
    assert.match(hoverText(await client.hover(uri, second.range.start)), /empty-text-block/);
  });
});

describe('settings', () => {
  const PULL: StartOptions['capabilities'] = { workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: false } } };

  it('workspace/configuration answers and didChangeConfiguration: rule off, severity override, enable:false', async () => {
    let current: unknown = {};
    const client = await start({
      capabilities: PULL,
      configuration: (items) => items.map((item) => (item.section === 'llmPreflight' ? current : null)),
    });
    const uri = uriOf(REQUESTS);
    const first = await client.openAndWait(uri, 'http', read(REQUESTS));
    assert.equal(first.diagnostics.length, 3);
    const asked = client.configurationRequests.flat();
    assert.ok(asked.some((i) => i.section === 'llmPreflight' && i.scopeUri === uri), `server asked for llmPreflight scoped to the document: ${JSON.stringify(asked)}`);

    const next = async (settings: unknown) => {
      current = settings;
      const since = client.mark();
      const asks = client.configurationRequests.length;
      await client.didChangeConfiguration(null);
      const p = await client.waitForDiagnostics(uri, () => true, { since });
      assert.ok(client.configurationRequests.length > asks, 'the server asked for the settings again');
      assert.equal(p.version, 1, 'same document version');
      return p;
    };

    let p = await next({ rules: { 'empty-text-block': 'off' } });
    assert.deepEqual(rules(p.diagnostics), ['unknown-parameter', 'tool-result-unmatched']);

    p = await next({ rules: { 'unknown-parameter': 'warning' } });
    assert.deepEqual(rules(p.diagnostics), ['unknown-parameter', 'empty-text-block', 'tool-result-unmatched']);
    assert.equal(p.diagnostics.find((d) => d.code === 'unknown-parameter')!.severity, 2);
    assert.equal(p.diagnostics.find((d) => d.code === 'empty-text-block')!.severity, 1);

    p = await next({ enable: false });
    assert.deepEqual(p.diagnostics, []);
    assert.equal(await client.hover(uri, { line: 15, character: 5 }), null, 'no hover for findings that are no longer shown');

    p = await next({});
    assert.deepEqual(findings(p.diagnostics), cliFindings(REQUESTS));
  });

  it('without workspace/configuration: initializationOptions.settings, then pushed llmPreflight settings', async () => {
    const client = await start({ initializationOptions: { settings: { rules: { 'tool-result-unmatched': 'off' } } } });
    const uri = uriOf(REQUESTS);
    const first = await client.openAndWait(uri, 'http', read(REQUESTS));
    assert.deepEqual(rules(first.diagnostics), ['unknown-parameter', 'empty-text-block']);
    assert.equal(client.configurationRequests.length, 0, 'no workspace/configuration request to a client without the capability');

    const since = client.mark();
    await client.didChangeConfiguration({ llmPreflight: { rules: { 'unknown-parameter': 'info' } } });
    const p = await client.waitForDiagnostics(uri, () => true, { since });
    assert.deepEqual(rules(p.diagnostics), ['unknown-parameter', 'empty-text-block', 'tool-result-unmatched']);
    assert.equal(p.diagnostics.find((d) => d.code === 'unknown-parameter')!.severity, 3);
  });
});

describe('cancellation and closing', () => {
  it('a cancelled hover is answered (result or RequestCancelled) and the server keeps serving', async () => {
    const client = await start();
    await openCanary(client);
    const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => client.hoverCancelled(uriOf(REQUESTS), { line: i % 2 ? 6 : 15, character: 5 })));
    for (const a of answers) {
      if (a.error) assert.equal(a.error.code, REQUEST_CANCELLED, `error is RequestCancelled: ${a.error.message}`);
      else assert.ok(a.result === null || typeof a.result === 'object', 'a result (hover or null)');
    }
    await assertStillServing(client);
  });

  it('a document closed right after opening ends with an empty publish, and the server still answers', async () => {
    const client = await start();
    const uri = uriOf(path.join(tmp, 'closed.http'));
    for (let i = 0; i < 5; i++) {
      await client.open(uri, 'http', read(REQUESTS), 1);
      if (i % 2) await client.change(uri, 2, [{ text: read(REQUESTS).replace('"Say hello."', '""') }]);
      await client.close(uri);
    }
    // A later document's lint was scheduled after any work for the closed one, so once its
    // diagnostics arrive, everything the server would ever publish for the closed one has arrived.
    await openCanary(client);
    await assertStillServing(client);
    const forClosed = client.publishesFor(uri);
    assert.ok(forClosed.length >= 1, 'the close cleared diagnostics');
    assert.deepEqual(forClosed.at(-1)!.diagnostics, [], 'the last publish for the closed document is empty');
    assert.equal(await client.hover(uri, { line: 15, character: 5 }), null, 'no hover for a closed document');
  });
  it('a document closed while the server waits for its settings is never published non-empty', async () => {
    const closedUri = uriOf(path.join(tmp, 'closed-while-configuring.http'));
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let asked!: () => void;
    const askedForClosed = new Promise<void>((resolve) => (asked = resolve));
    const client = await start({
      capabilities: { workspace: { configuration: true } },
      configuration: (items) => {
        if (items.some((i) => i.scopeUri === closedUri)) {
          asked();
          return gate.then(() => items.map(() => ({})));
        }
        return items.map(() => ({}));
      },
    });
    await client.open(closedUri, 'http', read(REQUESTS));
    await askedForClosed; // the lint has started and is waiting for workspace/configuration
    await client.close(closedUri);
    release(); // answered only after the close was sent, so the lint resumes for a closed document
    await openCanary(client);
    await assertStillServing(client);
    const forClosed = client.publishesFor(closedUri);
    assert.ok(forClosed.length >= 1, 'the close cleared diagnostics');
    assert.ok(forClosed.every((p) => p.diagnostics.length === 0), `no findings published for the closed document: ${JSON.stringify(forClosed.map((p) => p.diagnostics.length))}`);
  });
});

describe('bad input over the protocol (the server keeps answering after each)', () => {
  const HTTP_OPENAI = 'POST https://api.openai.com/v1/chat/completions\nAuthorization: Bearer {{key}}\nContent-Type: application/json\n\n';
  const HTTP_ANTHROPIC = 'POST https://api.anthropic.com/v1/messages\nx-api-key: {{key}}\nanthropic-version: 2023-06-01\nContent-Type: application/json\n\n';

  it('a 25 MB document (over the default 20 MB limit) gets one info file-skipped diagnostic', async () => {
    const client = await start();
    await openCanary(client);
    const text = HTTP_OPENAI + '{"model": "gpt-4o"}\n'.repeat(Math.ceil((25 * 1024 * 1024) / 20));
    assert.ok(text.length > 25 * 1024 * 1024);
    const published = await client.openAndWait(uriOf(path.join(tmp, 'huge.http')), 'http', text, 1, 60_000);
    assert.equal(published.diagnostics.length, 1);
    const [d] = published.diagnostics;
    assert.equal(d.code, 'file-skipped');
    assert.equal(d.severity, 3);
    assert.match(d.message, /20(\.0)? MB/, 'says which limit applied');
    await assertStillServing(client);
  });

  it('a 10 MB single-line JSON body in a .json document is linted, with the exact position', async () => {
    const client = await start();
    await openCanary(client);
    const messages = Array.from({ length: 300_000 }, (_, i) => `{"role":"user","content":"hello ${i}"}`).join(',');
    const text = `{"model":"gpt-4o","messages":[${messages}],"top_k":1}`;
    assert.ok(text.length > 10 * 1024 * 1024 && !text.includes('\n'));
    const published = await client.openAndWait(uriOf(path.join(tmp, 'big.json')), 'json', text, 1, 60_000);
    // 300 000 messages are also far over gpt-4o's context window.
    assert.deepEqual(rules(published.diagnostics).sort(), ['context-window-exceeded', 'unknown-parameter']);
    const at = text.indexOf('"top_k"');
    const topK = published.diagnostics.find((d) => d.code === 'unknown-parameter')!;
    assert.deepEqual(topK.range, { start: { line: 0, character: at }, end: { line: 0, character: at + '"top_k"'.length } });
    await assertStillServing(client);
  });

  it('100 000 levels of nesting in a .json body: linted without a crash', async () => {
    const client = await start();
    await openCanary(client);
    const text = `{"model":"gpt-4o","messages":[{"role":"user","content":${'['.repeat(100_000)}${']'.repeat(100_000)}}],"top_k":1}`;
    const published = await client.openAndWait(uriOf(path.join(tmp, 'deep.json')), 'json', text, 1, 60_000);
    // The top-level unknown parameter is still found (its position may fall back to the body start
    // when the tolerant tree cannot be built that deep).
    assert.deepEqual(rules(published.diagnostics), ['unknown-parameter']);
    assert.match(published.diagnostics[0].message, /top_k/);
    await assertStillServing(client);
  });

  it('100 000 unclosed levels in a .http body: one json-syntax diagnostic saying it was skipped', async () => {
    const client = await start();
    await openCanary(client);
    const text = `${HTTP_OPENAI}{"model":"gpt-4o","messages":${'['.repeat(100_000)}\n`;
    const published = await client.openAndWait(uriOf(path.join(tmp, 'deep.http')), 'http', text, 1, 60_000);
    assert.deepEqual(rules(published.diagnostics), ['json-syntax']);
    assert.equal(published.diagnostics[0].range.start.line, 4);
    await assertStillServing(client);
  });

  it('NUL bytes: the document is skipped as binary with an info diagnostic', async () => {
    const client = await start();
    await openCanary(client);
    const text = `${HTTP_OPENAI}{"model": "gpt-4o\u0000\u0000", "messages": []}\n`;
    const published = await client.openAndWait(uriOf(path.join(tmp, 'nul.http')), 'http', text);
    assert.deepEqual(rules(published.diagnostics), ['file-skipped']);
    assert.equal(published.diagnostics[0].severity, 3);
    assert.match(published.diagnostics[0].message, /NUL|binary/);
    await assertStillServing(client);
  });

  it('NUL bytes past the binary probe, inside a body string: linted, no crash', async () => {
    const client = await start();
    await openCanary(client);
    const text = `${HTTP_ANTHROPIC}{"model":"claude-sonnet-4-5","max_tokens":10,"messages":[{"role":"user","content":[{"type":"text","text":"${'x'.repeat(9000)}\u0000"},{"type":"text","text":""}]}]}\n`;
    const published = await client.openAndWait(uriOf(path.join(tmp, 'nul-late.http')), 'http', text);
    assert.ok(rules(published.diagnostics).includes('empty-text-block'));
    assert.deepEqual(findings(published.diagnostics), cliFindingsForText(text, 'http'));
    await assertStillServing(client);
  });

  it('lone UTF-16 surrogates inside a body (raw and \\uD800 escape): linted, ranges count UTF-16 units', async () => {
    const client = await start();
    await openCanary(client);
    const text =
      `${HTTP_ANTHROPIC}{"model":"claude-sonnet-4-5","max_tokens":10,"messages":[{"role":"user","content":[` +
      `{"type":"text","text":"raw \uD800 and \uDC00 lone"},{"type":"text","text":"escaped \\uD800"},{"type":"text","text":""}]}]}\n`;
    const published = await client.openAndWait(uriOf(path.join(tmp, 'surrogates.http')), 'http', text);
    assert.deepEqual(rules(published.diagnostics), ['empty-text-block']);
    const at = text.lastIndexOf('""');
    assert.deepEqual(published.diagnostics[0].range, { start: positionAtOffset(text, at), end: positionAtOffset(text, at + 2) });
    // Hover right after the surrogates still lands on the finding.
    assert.match(hoverText(await client.hover(uriOf(path.join(tmp, 'surrogates.http')), positionAtOffset(text, at + 1))), /empty-text-block/);
    await assertStillServing(client);
  });

  it('a CRLF .http file: same ranges as the LF file, and as the CLI', async () => {
    const client = await start();
    await openCanary(client);
    const crlf = read(REQUESTS).replace(/\r?\n/g, '\r\n');
    const published = await client.openAndWait(uriOf(path.join(tmp, 'crlf.http')), 'http', crlf);
    const lf = cliFindings(REQUESTS);
    assert.deepEqual(findings(published.diagnostics).map(({ rule, range }) => ({ rule, range })), lf.map(({ rule, range }) => ({ rule, range })));
    assert.deepEqual(findings(published.diagnostics), cliFindingsForText(crlf, 'http'));
    const hover = await client.hover(uriOf(path.join(tmp, 'crlf.http')), { line: 15, character: 5 });
    assert.match(hoverText(hover), /unknown-parameter/);
    await assertStillServing(client);
  });
});
