// A small LSP test client: spawns the bundled server (dist/server.js --stdio) and drives it with
// vscode-languageserver-protocol over the child's stdin/stdout, recording every publishDiagnostics
// and window/logMessage so tests can wait for what they expect (never for a fixed time).
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import {
  CancellationTokenSource,
  ConfigurationRequest,
  createProtocolConnection,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  HoverRequest,
  InitializedNotification,
  InitializeRequest,
  LogMessageNotification,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type ConfigurationItem,
  type Hover,
  type InitializeResult,
  type LogMessageParams,
  type Position,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';
import { childEnv } from '../no-network/env.ts';

export const root = path.resolve(__dirname, '../..');
export const serverJs = path.join(root, 'dist/server.js');
export const cliJs = path.join(root, 'dist/cli.js');

/** Newest modification time of any file under `dir` (0 when it does not exist). */
function newestMtime(dir: string): number {
  if (!existsSync(dir)) return 0;
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules') continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/**
 * Rebuilds dist/ with `node esbuild.mjs` when a bundle is missing or older than any file in server/src
 * or rules/ (several people work in this tree, so an unconditional rebuild would race with theirs).
 * LLM_PREFLIGHT_NO_BUILD=1 skips it (e.g. to test a packaged build).
 */
export function ensureBuilt(): void {
  if (process.env.LLM_PREFLIGHT_NO_BUILD === '1') return;
  const sources = Math.max(newestMtime(path.join(root, 'server/src')), newestMtime(path.join(root, 'rules')), newestMtime(path.join(root, 'types')));
  const bundles = [serverJs, cliJs, path.join(root, 'dist/lib.js'), path.join(root, 'dist/lib.d.ts')].map((f) => (existsSync(f) ? statSync(f).mtimeMs : 0));
  if (bundles.every((m) => m >= sources)) return;
  const r = spawnSync(process.execPath, ['esbuild.mjs'], { cwd: root, encoding: 'utf8', timeout: 120_000 });
  if (r.status !== 0) throw new Error(`node esbuild.mjs failed (${r.status}): ${r.stderr}${r.stdout}`);
}

export interface StartOptions {
  capabilities?: ClientCapabilities;
  initializationOptions?: unknown;
  /** Answers workspace/configuration; the default answers null for every item. */
  configuration?: (items: ConfigurationItem[]) => unknown[] | Promise<unknown[]>;
  rootUri?: string | null;
  /** The server's environment; default: the test's (under the no-network preload with LLM_PREFLIGHT_NO_NETWORK=1). */
  env?: NodeJS.ProcessEnv;
  /** Node flags for the server process (bench: `--cpu-prof`, which NODE_OPTIONS refuses). */
  nodeArgs?: string[];
}

export interface Waiter {
  uri: string;
  since: number;
  predicate: (p: PublishDiagnosticsParams) => boolean;
  resolve: (p: PublishDiagnosticsParams) => void;
}

export class LspClient {
  readonly publishes: PublishDiagnosticsParams[] = [];
  readonly logs: LogMessageParams[] = [];
  readonly configurationRequests: ConfigurationItem[][] = [];
  stderr = '';
  initializeResult!: InitializeResult;
  configuration: (items: ConfigurationItem[]) => unknown[] | Promise<unknown[]>;
  private waiters: Waiter[] = [];
  private exitPromise: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;

  private constructor(
    readonly child: ChildProcessWithoutNullStreams,
    readonly conn: ProtocolConnection,
    options: StartOptions,
  ) {
    this.configuration = options.configuration ?? ((items) => items.map(() => null));
    this.exitPromise = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (d: string) => {
      this.stderr += d;
    });
    conn.onNotification(PublishDiagnosticsNotification.type, (p) => {
      this.publishes.push(p);
      const index = this.publishes.length - 1;
      this.waiters = this.waiters.filter((w) => {
        if (w.uri !== p.uri || index < w.since || !w.predicate(p)) return true;
        w.resolve(p);
        return false;
      });
    });
    conn.onNotification(LogMessageNotification.type, (p) => {
      this.logs.push(p);
    });
    conn.onRequest(ConfigurationRequest.type, (params) => {
      this.configurationRequests.push(params.items);
      return this.configuration(params.items);
    });
    // Servers may ask for these; answer so they never hang on us.
    conn.onRequest('client/registerCapability', () => null);
    conn.onRequest('window/workDoneProgress/create', () => null);
  }

  static async start(options: StartOptions = {}): Promise<LspClient> {
    const child = spawn(process.execPath, [...(options.nodeArgs ?? []), serverJs, '--stdio'], { cwd: root, stdio: ['pipe', 'pipe', 'pipe'], env: options.env ?? childEnv() });
    const conn = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    const client = new LspClient(child, conn, options);
    conn.listen();
    client.initializeResult = await withTimeout(
      conn.sendRequest(InitializeRequest.type, {
        processId: process.pid,
        rootUri: options.rootUri === undefined ? `file://${root}` : options.rootUri,
        workspaceFolders: null,
        capabilities: options.capabilities ?? {},
        initializationOptions: options.initializationOptions,
      }),
      30_000,
      'initialize',
    );
    await conn.sendNotification(InitializedNotification.type, {});
    return client;
  }

  /** Index of the next publish; pass it as `since` to wait only for publishes after this point. */
  mark(): number {
    return this.publishes.length;
  }

  /** Resolves with the first publish for `uri` at or after `since` that satisfies `predicate`. */
  waitForDiagnostics(
    uri: string,
    predicate: (p: PublishDiagnosticsParams) => boolean = () => true,
    options: { since?: number; timeoutMs?: number } = {},
  ): Promise<PublishDiagnosticsParams> {
    const since = options.since ?? 0;
    for (let i = since; i < this.publishes.length; i++) {
      const p = this.publishes[i];
      if (p.uri === uri && predicate(p)) return Promise.resolve(p);
    }
    const timeoutMs = options.timeoutMs ?? 20_000;
    const promise = new Promise<PublishDiagnosticsParams>((resolve) => this.waiters.push({ uri, since, predicate, resolve }));
    return withTimeout(promise, timeoutMs, `diagnostics for ${uri.slice(0, 120)}`, () => {
      const seen = this.publishes.filter((p) => p.uri === uri).map((p) => ({ version: p.version, n: p.diagnostics.length }));
      return `publishes seen for it: ${JSON.stringify(seen)}; server stderr: ${this.stderr.slice(-2000)}; logs: ${JSON.stringify(this.logs.slice(-5)).slice(0, 2000)}`;
    });
  }

  /** Every publish for `uri` so far, oldest first. */
  publishesFor(uri: string): PublishDiagnosticsParams[] {
    return this.publishes.filter((p) => p.uri === uri);
  }

  async open(uri: string, languageId: string, text: string, version = 1): Promise<void> {
    await this.conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version, text } });
  }

  /** didOpen, then the first publish for that version. */
  async openAndWait(uri: string, languageId: string, text: string, version = 1, timeoutMs = 20_000): Promise<PublishDiagnosticsParams> {
    const since = this.mark();
    await this.open(uri, languageId, text, version);
    return this.waitForDiagnostics(uri, (p) => p.version === undefined || p.version === version, { since, timeoutMs });
  }

  async change(uri: string, version: number, contentChanges: TextDocumentContentChangeEvent[]): Promise<void> {
    await this.conn.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges });
  }

  async close(uri: string): Promise<void> {
    await this.conn.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  async didChangeConfiguration(settings: unknown): Promise<void> {
    await this.conn.sendNotification(DidChangeConfigurationNotification.type, { settings });
  }

  hover(uri: string, position: Position, timeoutMs = 20_000): Promise<Hover | null> {
    return withTimeout(this.conn.sendRequest(HoverRequest.type, { textDocument: { uri }, position }), timeoutMs, 'hover');
  }

  /** Sends a hover and cancels it at once ($/cancelRequest); resolves with what the server answered. */
  async hoverCancelled(uri: string, position: Position, timeoutMs = 20_000): Promise<{ result?: Hover | null; error?: { code: number; message: string } }> {
    const source = new CancellationTokenSource();
    const pending = this.conn.sendRequest(HoverRequest.type, { textDocument: { uri }, position }, source.token);
    source.cancel();
    try {
      return { result: await withTimeout(pending, timeoutMs, 'cancelled hover') };
    } catch (error) {
      const e = error as { code?: number; message: string };
      if (typeof e.code !== 'number') throw error;
      return { error: { code: e.code, message: e.message } };
    } finally {
      source.dispose();
    }
  }

  /** True while the server process is running. */
  get alive(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Log messages the server sent with type Error (1); a healthy run has none. */
  errorLogs(): string[] {
    return this.logs.filter((l) => l.type === 1).map((l) => l.message);
  }

  /** shutdown + exit; resolves with the process's exit code. */
  async shutdown(timeoutMs = 20_000): Promise<number | null> {
    await withTimeout(this.conn.sendRequest(ShutdownRequest.type), timeoutMs, 'shutdown');
    await this.conn.sendNotification(ExitNotification.type);
    const { code } = await withTimeout(this.exitPromise, timeoutMs, 'process exit after exit notification');
    this.conn.dispose();
    return code;
  }

  /** For after hooks: ends the server however it is, without assertions. */
  async dispose(): Promise<void> {
    if (this.alive) {
      try {
        await this.shutdown(5_000);
      } catch {
        /* fall through to kill */
      }
    }
    if (this.alive) this.child.kill('SIGKILL');
    this.conn.dispose();
  }
}

export function withTimeout<T>(promise: Promise<T>, ms: number, what: string, detail?: () => string): Promise<T> {
  let timer: NodeJS.Timeout;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no ${what} within ${ms / 1000} s${detail ? `; ${detail()}` : ''}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Position of the `nth` occurrence of `needle` in `text` (plus `delta` characters), as an LSP position. */
export function positionOf(text: string, needle: string, delta = 0, nth = 0): Position {
  let offset = -1;
  for (let i = 0; i <= nth; i++) {
    offset = text.indexOf(needle, offset + 1);
    if (offset < 0) throw new Error(`${JSON.stringify(needle)} not found in text`);
  }
  return positionAtOffset(text, offset + delta);
}

export function positionAtOffset(text: string, offset: number): Position {
  const before = text.slice(0, offset);
  const line = before.split(/\r\n|\r|\n/).length - 1;
  const lastBreak = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r'));
  return { line, character: offset - (lastBreak + 1) };
}
