/**
 * What grows while typing (the `lsp-memory` row of bench/engine.ts): the same one-character edits in
 * request 101 of requests-200.http, measured two ways.
 *
 *   node --expose-gc --import tsx bench/memory.ts [--edits 10000] [--server-edits 3000]
 *
 * 1. In process: a linter from createLinter() (the per-request cache, the incremental splitter, the
 *    token bounds' memory), heap used after a full GC, after 100 edits and then every 2 000.
 * 2. The bundled server over stdio: RSS after 100 edits and after all of them, then RSS again after a
 *    full GC (a heap snapshot, taken on SIGUSR2 into a temporary directory and deleted, collects first).
 *    The difference between the last two is garbage V8 had not collected yet, not a leak.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLinter } from '../server/src/core/lint.ts';
import { LspClient, ensureBuilt } from '../test/protocol/client.ts';
import { lineColumn } from './engine.ts';
import { DEFAULT_SEED, generateHttpFile } from './generate.ts';

const argv = process.argv.slice(2);
const value = (name: string, fallback: number): number => (argv.includes(name) ? Number(argv[argv.indexOf(name) + 1]) : fallback);
const EDITS = value('--edits', 10_000);
const SERVER_EDITS = value('--server-edits', 3_000);
const http = generateHttpFile(200, DEFAULT_SEED + 2); // the requests-200.http payload
const { start, end } = http.editRange;

/** The text after edit `step` (one more letter changed inside request 101), and where it changed. */
function edit(text: string, step: number): { text: string; offset: number; ch: string } {
  const offset = start + (step % (end - start));
  const ch = text[offset] === 'a' ? 'b' : 'a';
  return { text: text.slice(0, offset) + ch + text.slice(offset + 1), offset, ch };
}

const mb = (bytes: number): string => `${(bytes / 1048576).toFixed(1)} MB`;

function inProcess(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run with node --expose-gc');
  const linter = createLinter();
  const options = { languageId: 'http', filePath: 'requests-200.http' } as const;
  let text = http.text;
  linter.lint(text, options);
  for (let step = 0; step < EDITS; step++) {
    text = edit(text, step).text;
    linter.lint(text, options);
    if (step === 99 || (step + 1) % 2000 === 0 || step === EDITS - 1) {
      gc();
      console.log(`in process: after ${step + 1} edits, heap used after a full GC ${mb(process.memoryUsage().heapUsed)}, RSS ${mb(process.memoryUsage().rss)}`);
    }
  }
}

const rss = (pid: number): string => `${(Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]) / 1024).toFixed(0)} MB`;

async function server(): Promise<void> {
  ensureBuilt();
  const dir = mkdtempSync(join(tmpdir(), 'llm-preflight-heap-'));
  const client = await LspClient.start({
    initializationOptions: { settings: { debounceMs: 0 } },
    rootUri: null,
    nodeArgs: ['--heapsnapshot-signal=SIGUSR2', `--diagnostic-dir=${dir}`],
  });
  try {
    const pid = client.child.pid!;
    const uri = 'file:///bench/requests-200.http';
    await client.openAndWait(uri, 'http', http.text, 1, 120_000);
    const toPosition = lineColumn(http.text);
    let text = http.text;
    for (let step = 0; step < SERVER_EDITS; step++) {
      const next = edit(text, step);
      text = next.text;
      const at = toPosition(next.offset);
      const since = client.mark();
      await client.change(uri, step + 2, [{ range: { start: at, end: { line: at.line, character: at.character + 1 } }, text: next.ch }]);
      await client.waitForDiagnostics(uri, (p) => p.version === step + 2, { since, timeoutMs: 60_000 });
      if (client.publishes.length > 1000) client.publishes.splice(0, client.publishes.length);
      if (step === 99) console.log(`server: RSS after 100 edits ${rss(pid)}`);
    }
    console.log(`server: RSS after ${SERVER_EDITS} edits ${rss(pid)}`);
    process.kill(pid, 'SIGUSR2'); // a heap snapshot, which collects garbage first
    const written = (): boolean => readdirSync(dir).some((f) => f.endsWith('.heapsnapshot'));
    for (let i = 0; i < 600 && !written(); i++) await new Promise((r) => setTimeout(r, 100));
    await client.hover(uri, { line: 0, character: 0 }, 120_000).catch(() => undefined); // answered once the snapshot is done
    console.log(`server: RSS after a full GC ${rss(pid)}`);
  } finally {
    await client.dispose();
    rmSync(dir, { recursive: true, force: true });
  }
}

inProcess();
void server();
