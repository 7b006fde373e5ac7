// Shared by the hostile-input tests (test/hostile/*.test.ts): hostile files on disk, the CLI as a child
// process with its peak RSS, the server's peak RSS, and a canary document that must keep being served.
// The large cases (100 MB linted with the limit raised) run only with LLM_PREFLIGHT_HOSTILE_LARGE=1.
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-protocol/node';
import { childEnv } from '../no-network/env.ts';
import { cliJs, LspClient, root } from '../protocol/client.ts';

export const MB = 1024 * 1024;
export const GB = 1024 * MB;
export const LARGE = process.env.LLM_PREFLIGHT_HOSTILE_LARGE === '1';
export const uriOf = (file: string) => pathToFileURL(file).href;
export const codes = (diagnostics: Diagnostic[]) => diagnostics.map((d) => String(d.code)).sort();

export const HTTP_OPENAI = 'POST https://api.openai.com/v1/chat/completions\nAuthorization: Bearer {{key}}\nContent-Type: application/json\n\n';
export const HTTP_ANTHROPIC = 'POST https://api.anthropic.com/v1/messages\nx-api-key: {{key}}\nanthropic-version: 2023-06-01\nContent-Type: application/json\n\n';

/** A fresh temporary folder; `cleanup` removes it. */
export function tempDir(prefix: string): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), `llm-preflight-hostile-${prefix}-`));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** About `bytes` of .http text: OpenAI requests each with an unknown parameter (so linting finds something). */
export function manyRequests(bytes: number): string {
  const one = `###\n${HTTP_OPENAI}{"model": "gpt-4o", "messages": [{"role": "user", "content": "hi"}], "top_k": 1}\n\n`;
  return one.repeat(Math.ceil(bytes / one.length));
}

/** Peak resident set size of a running process (VmHWM), in bytes. */
export function peakRss(pid: number): number {
  const kb = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  assert.ok(kb, `VmHWM in /proc/${pid}/status`);
  return Number(kb[1]) * 1024;
}

export const mb = (bytes: number) => `${(bytes / MB).toFixed(0)} MB`;

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
  /** Peak RSS of the CLI process (process.resourceUsage().maxRSS at exit), in bytes. */
  maxRss: number;
}

/** Runs dist/cli.js with a preload that records its peak RSS at exit. */
export function runCli(args: string[], dir: string, options: { input?: string; timeoutMs?: number } = {}): CliRun {
  const preload = path.join(dir, 'rss-preload.cjs');
  const rssFile = path.join(dir, `rss-${process.pid}-${Math.random().toString(36).slice(2)}.txt`);
  writeFileSync(preload, "process.on('exit', () => require('node:fs').writeFileSync(process.env.HOSTILE_RSS_FILE, String(process.resourceUsage().maxRSS * 1024)));\n");
  const r = spawnSync(process.execPath, ['--require', preload, cliJs, ...args], {
    cwd: dir,
    encoding: 'utf8',
    input: options.input,
    timeout: options.timeoutMs ?? 120_000,
    maxBuffer: 1024 * MB,
    env: childEnv({ NO_COLOR: '1', HOSTILE_RSS_FILE: rssFile }),
  });
  if (r.error) throw new Error(`llm-preflight ${args.join(' ')}: ${r.error.message}`);
  let maxRss = 0;
  try {
    maxRss = Number(readFileSync(rssFile, 'utf8'));
  } catch {
    /* killed before exit: asserted by the caller through status */
  }
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, maxRss };
}

/** The canary: examples/requests.http, whose line 16 holds an unknown-parameter finding. */
export const CANARY = path.join(root, 'examples/requests.http');

/** Opens the canary (after the hostile document, so it queues behind it) and returns a promise of its first publish. */
export async function openCanary(client: LspClient): Promise<void> {
  const published = await client.openAndWait(uriOf(CANARY), 'http', readFileSync(CANARY, 'utf8'), 1, 120_000);
  assert.ok(codes(published.diagnostics).includes('unknown-parameter'), 'the canary got its diagnostics');
}

/** The server is running, answers a hover on the canary's finding and logged no error. */
export async function assertStillServing(client: LspClient): Promise<void> {
  assert.ok(client.alive, `server exited; stderr: ${client.stderr}`);
  const hover = await client.hover(uriOf(CANARY), { line: 15, character: 5 }, 120_000);
  assert.ok(hover && typeof hover.contents === 'object' && 'value' in hover.contents, 'hover on the canary finding answered');
  assert.match(hover.contents.value, /unknown-parameter/);
  assert.deepEqual(client.errorLogs(), [], 'the server logged no errors');
}

/** Opens `text` and, right after it, the canary; the canary is served and the hostile document gets a publish. */
export async function openBesideCanary(client: LspClient, uri: string, languageId: string, text: string, timeoutMs = 120_000, done: (p: PublishDiagnosticsParams) => boolean = () => true) {
  const since = client.mark();
  await client.open(uri, languageId, text);
  await openCanary(client);
  await assertStillServing(client);
  // (A large .jsonl is linted in slices, each publishing what it found so far: `done` picks the publish awaited.)
  return client.waitForDiagnostics(uri, (p) => p.version === 1 && done(p), { since, timeoutMs });
}
