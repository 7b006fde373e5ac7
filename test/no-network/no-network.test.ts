// "Nothing leaves the machine", enforced: dist/server.js and dist/cli.js run under test/no-network/preload.cjs
// (NODE_OPTIONS=--require), which throws on and records every network use, through representative scenarios:
// every example and fixture linted (CLI: stylish, json, sarif; LSP), check --fix on a temp copy, explain on
// examples/errors.log and on every catalog example, hover / completion / code actions / fix-all / symbols /
// folding / llmPreflight/explain over the protocol. The record must stay empty, and each child must show it
// loaded the preload. First, a probe proves that the preload blocks what it claims, and leaves stdio and IPC alone.
// Run: node --import tsx --test test/no-network/no-network.test.ts
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { fork, spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CodeActionRequest,
  CompletionRequest,
  DocumentSymbolRequest,
  FoldingRangeRequest,
  type CodeAction,
  type Diagnostic,
} from 'vscode-languageserver-protocol/node';
import { CATALOG } from '../../server/src/core/errors/index.ts';
import { cliJs, ensureBuilt, LspClient, positionAtOffset, root, withTimeout } from '../protocol/client.ts';
import { noNetworkEnv } from './env.ts';

let tmp: string;
let log: string;
let loaded: string;
let env: NodeJS.ProcessEnv;

before(() => {
  ensureBuilt();
  tmp = mkdtempSync(path.join(os.tmpdir(), 'llm-preflight-no-network-'));
  log = path.join(tmp, 'network.log');
  loaded = path.join(tmp, 'loaded.pids');
  env = noNetworkEnv(log, { NO_COLOR: '1', LANG: 'C.UTF-8', LC_ALL: '' }, loaded);
});
after(() => rmSync(tmp, { recursive: true, force: true }));

const recorded = () => (existsSync(log) ? readFileSync(log, 'utf8').trim() : '');
const loadedPids = () => (existsSync(loaded) ? readFileSync(loaded, 'utf8').split('\n').filter(Boolean).map(Number) : []);
function assertNothingTried(pid: number | undefined, stderr: string): void {
  assert.ok(pid !== undefined && loadedPids().includes(pid), `the preload did not load in child ${pid} (loaded: ${loadedPids().join(', ')})`);
  assert.equal(recorded(), '', 'network use recorded');
  assert.doesNotMatch(stderr, /no-network/);
}

/** Every example and fixture the suite lints: examples/, test/fixtures/ (the official corpus included). */
function lintableFiles(): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(path.join(dir, d.name)) : [path.join(dir, d.name)]));
  return [...walk(path.join(root, 'examples')), ...walk(path.join(root, 'test/fixtures'))].filter((f) => /\.(http|rest|json|jsonl|log|md)$/.test(f)).sort();
}
const LANGUAGE: Record<string, string> = { '.http': 'http', '.rest': 'http', '.json': 'json', '.jsonl': 'jsonl', '.log': 'log', '.md': 'markdown' };
const catalogExamples = () => CATALOG.flatMap((e) => e.examples);

function cli(args: string[], options: { cwd?: string; input?: string } = {}) {
  const r = spawnSync(process.execPath, [cliJs, ...args], { cwd: options.cwd ?? root, input: options.input, encoding: 'utf8', timeout: 120_000, env, maxBuffer: 256 * 1024 * 1024 });
  if (r.error) throw r.error;
  return r;
}

describe('the no-network preload', () => {
  it('blocks and records every network API, each with a stack', () => {
    const probeLog = path.join(tmp, 'probe.log');
    const r = spawnSync(process.execPath, [path.join(__dirname, 'probe.cjs')], { cwd: root, encoding: 'utf8', timeout: 60_000, env: noNetworkEnv(probeLog) });
    assert.equal(r.status, 0, r.stderr);
    const results = JSON.parse(r.stdout) as Record<string, string>;
    assert.ok(Object.keys(results).length >= 25);
    for (const [api, result] of Object.entries(results)) assert.equal(result, 'blocked', api);
    const lines = readFileSync(probeLog, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { api: string; stack: string; target: string });
    assert.equal(lines.length, Object.keys(results).length);
    for (const line of lines) assert.match(line.stack, /probe\.cjs/, line.api);
    assert.ok(lines.some((l) => l.api === 'globalThis.fetch' && l.target === 'https://example.com/'));
    assert.match(r.stderr, /no-network: net\.connect\(443 example\.com\) was blocked/);
  });

  it('leaves stdio pipes and the IPC channel alone', async () => {
    const script = path.join(__dirname, 'probe.cjs');
    const piped = spawnSync(process.execPath, [script, 'echo'], { input: 'over stdio\n', encoding: 'utf8', timeout: 30_000, env });
    assert.equal(piped.stdout, 'over stdio\n', piped.stderr);
    // execArgv: [] — the test runs under tsx, whose loader in a forked child talks to this process over a pipe.
    const child = fork(script, ['echo'], { env, execArgv: [], stdio: ['pipe', 'pipe', 'pipe', 'ipc'] });
    try {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      const reply = new Promise((resolve) => child.once('message', resolve));
      child.send({ hello: 'ipc' });
      assert.deepEqual(await withTimeout(reply, 30_000, 'IPC echo'), { echo: { hello: 'ipc' } });
      child.send('bye');
      child.stdin!.end();
      await withTimeout(exited, 30_000, 'IPC child exit');
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
    assert.equal(recorded(), '');
  });
});

describe('nothing leaves the machine', () => {
  it('CLI: check every example and fixture (json, sarif), check --fix on a copy, explain every error text', () => {
    const files = lintableFiles();
    const lintable = files.filter((f) => /\.(http|rest|json|jsonl)$/.test(f));
    assert.ok(lintable.length >= 80, `only ${lintable.length} files`);
    const pids: number[] = [];
    for (const format of ['json', 'sarif']) {
      const r = cli(['check', 'examples', 'test/fixtures', '--format', format]);
      assert.ok(r.status === 0 || r.status === 1, `check --format ${format}: ${r.status} ${r.stderr}`);
      if (format === 'json') assert.ok((JSON.parse(r.stdout) as unknown[]).length >= lintable.length);
      pids.push(...loadedPids());
      assert.doesNotMatch(r.stderr, /no-network/);
    }

    const copy = path.join(tmp, 'fix-copy');
    cpSync(path.join(root, 'examples'), path.join(copy, 'examples'), { recursive: true });
    cpSync(path.join(root, 'test/fixtures'), path.join(copy, 'fixtures'), { recursive: true });
    const fixed = cli(['check', '--fix', '.'], { cwd: copy });
    assert.ok(fixed.status === 0 || fixed.status === 1, fixed.stderr);
    assert.match(fixed.stderr, /--fix: applied [1-9]\d* fix/);

    const errorsLog = cli(['explain', 'examples/errors.log', '--format', 'json']);
    assert.equal(errorsLog.status, 0, errorsLog.stderr);
    const examples = catalogExamples();
    assert.ok(examples.length > 100);
    const allExamples = path.join(tmp, 'catalog-examples.txt');
    writeFileSync(allExamples, examples.join('\n\n\n'));
    for (const locale of ['en', 'zh-cn']) {
      const r = cli(['explain', allExamples, '--locale', locale]);
      assert.equal(r.status, 0, r.stderr);
    }
    const stdin = cli(['explain', '-', '--format', 'json'], { input: examples.slice(0, 50).join('\n\n') });
    assert.equal(stdin.status, 0, stdin.stderr);

    // Every CLI process loaded the preload (7 runs), and none tried the network.
    assert.ok(loadedPids().length >= 7, `preload loaded in ${loadedPids().length} processes`);
    assert.equal(recorded(), '', 'network use recorded');
  });

  it('LSP over stdio: diagnostics, hover, completion, code actions, fix-all, symbols, folding and explain on every file', async () => {
    const client = await LspClient.start({
      env,
      initializationOptions: { settings: { debounceMs: 0 } },
      capabilities: { workspace: { configuration: true }, textDocument: { completion: { completionItem: { snippetSupport: true } } } },
    });
    try {
      const counts = { files: 0, diagnostics: 0, hovers: 0, completions: 0, actions: 0, fixAll: 0, symbols: 0, explained: 0, pasteHovers: 0 };
      for (const file of lintableFiles()) {
        const text = readFileSync(file, 'utf8');
        const uri = pathToFileURL(file).href;
        const published = await client.openAndWait(uri, LANGUAGE[path.extname(file)] ?? 'plaintext', text);
        counts.files++;
        counts.diagnostics += published.diagnostics.length;
        const conn = client.conn;
        const positions = [
          ...published.diagnostics.slice(0, 10).map((d) => d.range.start),
          ...[...text.matchAll(/"model"|"messages"|^(?:POST|GET) /gm)].slice(0, 8).map((m) => positionAtOffset(text, m.index! + 2)),
        ];
        for (const position of positions) {
          await client.hover(uri, position);
          counts.hovers++;
          const completion = await withTimeout(conn.sendRequest(CompletionRequest.type, { textDocument: { uri }, position }), 20_000, 'completion');
          if (completion) counts.completions++;
        }
        const whole = { start: { line: 0, character: 0 }, end: positionAtOffset(text, text.length) };
        const diagnostics: Diagnostic[] = published.diagnostics;
        for (const only of [undefined, ['quickfix'], ['source.fixAll.llmPreflight']]) {
          const actions = (await withTimeout(
            conn.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: whole, context: { diagnostics, ...(only ? { only } : {}) } }),
            20_000,
            'codeAction',
          )) as CodeAction[] | null;
          counts.actions += actions?.length ?? 0;
        }
        const fixAll = await withTimeout(conn.sendRequest('llmPreflight/fixAll', { textDocument: { uri } }), 20_000, 'fixAll') as { applied: number };
        counts.fixAll += fixAll.applied;
        const symbols = await withTimeout(conn.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } }), 20_000, 'documentSymbol');
        counts.symbols += Array.isArray(symbols) ? symbols.length : 0;
        await withTimeout(conn.sendRequest(FoldingRangeRequest.type, { textDocument: { uri } }), 20_000, 'foldingRange');
        await client.close(uri);
      }

      // Every catalog example: the Explain Error command, and hover on it in a pasted log.
      const examples = catalogExamples();
      for (const text of examples) {
        const r = await withTimeout(client.conn.sendRequest('llmPreflight/explain', { text }), 20_000, 'explain') as { count: number };
        if (r.count > 0) counts.explained++;
      }
      // Pasted logs of 25 examples each (hover scans the document it is in: small documents keep this quick).
      for (let first = 0; first < examples.length; first += 25) {
        const chunk = examples.slice(first, first + 25);
        const paste = chunk.join('\n\n\n');
        const pasteUri = `untitled:pasted-errors-${first}`;
        await client.openAndWait(pasteUri, 'plaintext', paste);
        let offset = 0;
        for (const text of chunk) {
          if (await client.hover(pasteUri, positionAtOffset(paste, offset + Math.min(10, text.length)))) counts.pasteHovers++;
          offset += text.length + 3;
        }
        await client.close(pasteUri);
      }

      // The scenarios really ran (figures of this tree: 88 files, 14 diagnostics, 229 hovers, 133 completions,
      // 32 code actions, 3 fixes, 104 symbols, 444 of 444 explained).
      assert.ok(counts.files >= 85 && counts.diagnostics >= 10 && counts.hovers > 200 && counts.completions > 50, JSON.stringify(counts));
      assert.ok(counts.actions > 20 && counts.fixAll >= 2 && counts.symbols > 50, JSON.stringify(counts));
      assert.ok(counts.explained >= examples.length * 0.95, `${counts.explained} of ${examples.length} explained`);
      assert.ok(counts.pasteHovers >= examples.length * 0.8, `${counts.pasteHovers} of ${examples.length} pasted examples explained on hover`);
      assert.deepEqual(client.errorLogs(), []);
      assert.equal(await client.shutdown(), 0);
      assertNothingTried(client.child.pid, client.stderr);
    } finally {
      await client.dispose();
    }
  });

  it('the server started the way VS Code starts it (IPC transport) runs under the preload too', async () => {
    // vscode-languageclient's TransportKind.ipc forks dist/server.js with --node-ipc.
    const child = spawn(process.execPath, [path.join(root, 'dist/server.js'), '--node-ipc'], { env, stdio: ['pipe', 'pipe', 'pipe', 'ipc'] });
    after(() => {
      if (child.exitCode === null) child.kill('SIGKILL');
    });
    let stderr = '';
    child.stderr!.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const answer = new Promise<{ id: number; result?: { capabilities?: unknown } }>((resolve) => child.on('message', (m: { id?: number }) => m.id === 1 && resolve(m as never)));
    child.send({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: process.pid, rootUri: null, capabilities: {} } });
    const initialized = await withTimeout(answer, 30_000, 'initialize over IPC', () => stderr);
    assert.ok(initialized.result?.capabilities);
    child.send({ jsonrpc: '2.0', method: 'initialized', params: {} });
    const uri = pathToFileURL(path.join(root, 'examples/requests.http')).href;
    const published = new Promise((resolve) => child.on('message', (m: { method?: string; params?: { uri?: string } }) => m.method === 'textDocument/publishDiagnostics' && m.params?.uri === uri && resolve(m)));
    child.send({ jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'http', version: 1, text: readFileSync(path.join(root, 'examples/requests.http'), 'utf8') } } });
    await withTimeout(published, 30_000, 'diagnostics over IPC', () => stderr);
    child.send({ jsonrpc: '2.0', id: 2, method: 'shutdown' });
    child.send({ jsonrpc: '2.0', method: 'exit' });
    await withTimeout(new Promise((resolve) => child.once('exit', resolve)), 30_000, 'exit over IPC');
    assertNothingTried(child.pid, stderr);
  });
});
