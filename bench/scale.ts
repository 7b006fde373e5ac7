/**
 * Scale benchmarks (issue 15): the CLI on large jobs, as child processes, against the floor of what any tool
 * must do. Measurements, not tests; nothing asserts on time. Run through `npm run bench` (bench/run.ts calls
 * `scaleRows`) or alone:
 *
 *   node --import tsx bench/scale.ts [--only batch|core|tree|hover] [--json]
 *
 * - batch: a 127 MB OpenAI Batch `.jsonl` of 20 000 requests, `check --format json`, against a process that
 *   reads it line by line (readline) and JSON.parses each line; wall time and peak RSS (GNU time's %M).
 * - core: the same batch's requests linted in one thread with no pipeline, against JSON.parse per line (CPU time).
 * - tree: 5 000 request files (.http, .json, .jsonl) in a tree: `--jobs 1` against the default (a worker per
 *   core), then a second run with `--cache` after a first one filled it, and a third with `--cache-strategy content`.
 * The inputs are generated once into bench/.out/scale/ (deterministic, from bench/generate.ts).
 */
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { generateAnthropicMessages, generateHttpFile, generateOpenAiChat, DEFAULT_SEED } from './generate.ts';

const root = join(import.meta.dirname, '..');
const out = join(root, 'bench', '.out', 'scale');
const cli = join(root, 'dist', 'cli.js');

export interface ScaleRow {
  id: string;
  what: string;
  ms: number;
  baselineMs?: number;
  baseline?: string;
  peakRssMb?: number;
  baselinePeakRssMb?: number;
  target: string;
  note?: string;
}

/** The 127 MB / 20 000-request batch (OpenAI Batch envelopes around generated chat bodies), written once. */
export function batchFile(lines = 20_000, bytes = 127 * 1024 * 1024): string {
  const file = join(out, `batch-${lines}.jsonl`);
  if (existsSync(file) && Math.abs(statSync(file).size - bytes) < bytes * 0.01) return file;
  mkdirSync(out, { recursive: true });
  const fd = openSync(file, 'w');
  let written = 0;
  try {
    for (let i = 0; i < lines; i++) {
      // Generated bodies are 5 KB and more (system prompt, tools); short requests in between keep the
      // file near `bytes` (batches mix long agent turns with short one-question requests).
      const short = written > (bytes * (i + 1)) / lines - 6000;
      const body = short
        ? JSON.stringify({ model: 'gpt-4.1-mini', messages: [{ role: 'user', content: `Classify ticket ${i}: the export job stalls at 90 % when the report has more than 10 000 rows.` }], max_completion_tokens: 64 })
        : i % 5 === 4
          ? generateAnthropicMessages(4000, DEFAULT_SEED + i, { pretty: false, model: 'claude-sonnet-4-5' }).text
          : generateOpenAiChat(4000, DEFAULT_SEED + i, { pretty: false, model: 'gpt-4.1-mini' }).text;
      const line = !short && i % 5 === 4 ? `{"custom_id":"req-${i}","params":${body}}\n` : `{"custom_id":"req-${i}","method":"POST","url":"/v1/chat/completions","body":${body}}\n`;
      written += writeSync(fd, line);
    }
  } finally {
    closeSync(fd);
  }
  return file;
}

/** Wall time and peak RSS (MB) of a child process, through GNU time. */
function measure(args: string[], cwd = root): { ms: number; rssMb: number; status: number | null; stderr: string } {
  const start = performance.now();
  const r = spawnSync('/usr/bin/time', ['-f', 'PEAK_RSS_KB=%M', ...args], { cwd, encoding: 'utf8', maxBuffer: 1024 * 1024 * 1024, stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = performance.now() - start;
  const rss = Number(/PEAK_RSS_KB=(\d+)/.exec(r.stderr)?.[1] ?? NaN) / 1024;
  return { ms, rssMb: rss, status: r.status, stderr: r.stderr };
}

const READ_AND_PARSE = `const rl = require('node:readline').createInterface({ input: require('node:fs').createReadStream(process.argv[1]), crlfDelay: Infinity });
let n = 0; rl.on('line', (l) => { if (l.trim()) { JSON.parse(l); n++; } }); rl.on('close', () => process.stderr.write('lines ' + n + '\\n'));`;

export function batchRow(): ScaleRow {
  const file = batchFile();
  const baseline = measure([process.execPath, '-e', READ_AND_PARSE, file]);
  const ours = measure([process.execPath, cli, 'check', file, '--format', 'json', '--no-progress']);
  return {
    id: 'batch 127 MB / 20 000 requests',
    what: 'check --format json (default jobs)',
    ms: ours.ms,
    peakRssMb: ours.rssMb,
    baseline: 'readline + JSON.parse per line',
    baselineMs: baseline.ms,
    baselinePeakRssMb: baseline.rssMb,
    target: '≤ 2× baseline time, peak RSS ≤ 300 MB',
    note: `exit ${ours.status}`,
  };
}

/**
 * What is left of the batch once the pipeline is out of the way: the core's lint of every request of the
 * 127 MB batch in this thread (a worker's job handler, jobs.ts, on the reader's chunks, lines.ts),
 * against JSON.parse of every line, in CPU time of the process (less sensitive to the machine's load than wall
 * time; V8's GC helper threads are counted with it). Per-request figures; the core's share is what engine work (issue 14) cuts.
 */
export async function coreRow(): Promise<ScaleRow> {
  const { readLineChunks, decodeChunk } = await import('../server/src/cli/batch/lines.ts');
  const { createJobHandler } = await import('../server/src/cli/batch/jobs.ts');
  const file = batchFile();
  const cpu = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  const lint = createJobHandler({}); // a worker's: no per-request cache
  let requests = 0;
  let lintMs = 0;
  let parseMs = 0;
  let findings = 0;
  for await (const chunk of readLineChunks(file, { maxLineChars: 20 * 1024 * 1024, onLongLine: () => {} })) {
    requests += chunk.lines;
    let t = cpu();
    for (const line of decodeChunk(chunk.bytes).split('\n')) if (line.trim()) JSON.parse(line);
    parseMs += cpu() - t;
    t = cpu();
    const result = lint({ kind: 'chunk', file, chunk });
    findings += 'diagnostics' in result ? result.diagnostics.length : 0;
    lintMs += cpu() - t;
  }
  return {
    id: 'batch 127 MB: the core alone',
    what: `lint of each request in one thread (decode + split + rules), ${(lintMs / requests).toFixed(3)} ms a request`,
    ms: lintMs,
    baseline: `decode + JSON.parse of each line, ${(parseMs / requests).toFixed(3)} ms a line`,
    baselineMs: parseMs,
    target: 'none (what is left for engine work)',
    note: `${requests} requests, ${findings} findings; CPU time`,
  };
}

/** 5 000 request files in 50 folders: .http collections of 1-3 requests, .json bodies, small .jsonl batches. */
export function treeDir(files = 5000): string {
  const dir = join(out, `tree-${files}`);
  const marker = join(dir, '.complete');
  if (existsSync(marker)) return dir;
  rmSync(dir, { recursive: true, force: true });
  for (let i = 0; i < files; i++) {
    const folder = join(dir, `service-${i % 50}`);
    mkdirSync(folder, { recursive: true });
    const seed = DEFAULT_SEED + 100_000 + i;
    if (i % 10 === 9) {
      const lines = [1, 2, 3].map((k) => `{"custom_id":"t${i}-${k}","method":"POST","url":"/v1/chat/completions","body":{"model":"gpt-4.1-mini","messages":[{"role":"user","content":"Summarise ticket ${i}-${k}."}],"max_completion_tokens":${k === 3 && i % 20 === 19 ? -1 : 200}}}`);
      writeFileSync(join(folder, `batch-${i}.jsonl`), `${lines.join('\n')}\n`);
    } else if (i % 2 === 0) writeFileSync(join(folder, `requests-${i}.http`), generateHttpFile(1 + (i % 3), seed).text);
    else writeFileSync(join(folder, `body-${i}.json`), (i % 4 === 1 ? generateAnthropicMessages(2500, seed, { model: 'claude-sonnet-4-5' }) : generateOpenAiChat(2500, seed, { model: 'gpt-4.1-mini' })).text);
  }
  writeFileSync(marker, '');
  return dir;
}

export function treeRows(): ScaleRow[] {
  const dir = treeDir();
  const cache = join(out, 'tree.cache');
  rmSync(cache, { force: true });
  const run = (...more: string[]) => measure([process.execPath, cli, 'check', dir, '--format', 'json', '--no-progress', ...more]);
  const one = run('--jobs', '1');
  const pool = run();
  const fill = run('--cache', '--cache-location', cache);
  const hit = run('--cache', '--cache-location', cache);
  const hitContent = run('--cache', '--cache-strategy', 'content', '--cache-location', cache);
  return [
    { id: 'tree of 5 000 request files', what: 'check, default (a worker per core)', ms: pool.ms, peakRssMb: pool.rssMb, baseline: 'check --jobs 1', baselineMs: one.ms, baselinePeakRssMb: one.rssMb, target: '≥ 1.6× faster than --jobs 1 (ratio ≤ 0.625)', note: `exit ${pool.status}` },
    { id: 'tree of 5 000 request files', what: 'check --cache (metadata, the default), second run', ms: hit.ms, peakRssMb: hit.rssMb, baseline: 'check --cache, first run (fills it)', baselineMs: fill.ms, baselinePeakRssMb: fill.rssMb, target: '≤ 10 % of the first run', note: `exit ${hit.status}` },
    { id: 'tree of 5 000 request files', what: 'check --cache --cache-strategy content (every file hashed), third run', ms: hitContent.ms, peakRssMb: hitContent.rssMb, baseline: 'check --cache, first run (fills it)', baselineMs: fill.ms, baselinePeakRssMb: fill.rssMb, target: '≤ 10 % of the first run', note: `exit ${hitContent.status}` },
  ];
}

/**
 * Hover latency on another document while the language server lints a 100 MB `.jsonl` (in slices:
 * frontend/sliced-lint.ts), through the test suite's LSP client over stdio: the median and worst of the
 * hovers sent one after another until the batch's complete list of findings is published.
 */
export async function hoverRow(): Promise<ScaleRow> {
  const { LspClient, positionOf } = await import('../test/protocol/client.ts');
  const small = 'file:///bench/small.http';
  const smallText = 'POST https://api.openai.com/v1/chat/completions\nContent-Type: application/json\nAuthorization: Bearer {{key}}\n\n{"model": "gpt-4o", "messages": [{"role": "user", "content": "hi"}], "temperature": 0.5}\n';
  const settings = { maxFileSizeMB: 200 };
  const client = await LspClient.start({
    capabilities: { workspace: { configuration: true } },
    configuration: (items) => items.map((item) => (item.section === 'llmPreflight' ? settings : null)),
  });
  try {
    await client.openAndWait(small, 'http', smallText);
    // 100 MB: 30 000 lines of about 3.4 KB, one finding on every tenth.
    const content = 'word '.repeat(660);
    const lines: string[] = [];
    for (let i = 0; i < 30_000; i++) lines.push(`{"custom_id":"r${i}","method":"POST","url":"/v1/chat/completions","body":{"model":"gpt-4.1-mini","messages":[{"role":"user","content":"${content}${i}"}]${i % 10 === 0 ? ',"top_k":1' : ''}}}`);
    const big = 'file:///bench/big.jsonl';
    const since = client.mark();
    let complete = false;
    const done = client.waitForDiagnostics(big, (p) => p.diagnostics.length === 3000, { since, timeoutMs: 1_200_000 }).then(() => (complete = true));
    const started = performance.now();
    await client.open(big, 'jsonl', `${lines.join('\n')}\n`);
    const latencies: number[] = [];
    const at = positionOf(smallText, '"temperature"', 2);
    while (!complete) {
      const t = performance.now();
      await client.hover(small, at, 120_000);
      latencies.push(performance.now() - t);
    }
    await done;
    const lintMs = performance.now() - started;
    latencies.sort((a, b) => a - b);
    const median = latencies[Math.floor(latencies.length / 2)];
    return {
      id: 'editor: 100 MB .jsonl linting',
      what: `hover on another document, median of ${latencies.length} (worst ${latencies.at(-1)!.toFixed(0)} ms)`,
      ms: median,
      target: '< 50 ms',
      note: `the batch's findings complete after ${(lintMs / 1000).toFixed(1)} s`,
    };
  } finally {
    await client.dispose();
  }
}

async function main(): Promise<void> {
  const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
  const rows: ScaleRow[] = [];
  if (!only || only === 'batch') rows.push(batchRow());
  if (!only || only === 'core') rows.push(await coreRow());
  if (!only || only === 'tree') rows.push(...treeRows());
  if (!only || only === 'hover') rows.push(await hoverRow());
  if (process.argv.includes('--json')) process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
  else printScaleTable(rows);
}

/** All rows (bench/run.ts); the machine's load is printed with them: these are wall times of child processes. */
export async function scaleRows(log: (s: string) => void): Promise<ScaleRow[]> {
  log('scale rows: the 127 MB batch (generated once into bench/.out/scale/)');
  const rows = [batchRow(), await coreRow()];
  log('scale rows: the tree of 5 000 files');
  rows.push(...treeRows());
  log('scale rows: hover while a 100 MB .jsonl lints');
  rows.push(await hoverRow());
  return rows;
}

export function printScaleTable(rows: ScaleRow[]): void {
  console.log('');
  console.log(`Scale (issue 15): wall time and peak RSS of \`llm-preflight check\` as a child process; load average now ${loadavg().map((n) => n.toFixed(1)).join(' ')}`);
  console.log('');
  const f = (ms?: number) => (ms === undefined ? '' : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);
  const mb = (n?: number) => (n === undefined || Number.isNaN(n) ? '' : `${n.toFixed(0)} MB`);
  console.log('| job | what | time | peak RSS | baseline | baseline time | baseline RSS | ratio | target | note |');
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const r of rows) {
    const ratio = r.baselineMs ? `${(r.ms / r.baselineMs).toFixed(2)}×` : '';
    console.log(`| ${r.id} | ${r.what} | ${f(r.ms)} | ${mb(r.peakRssMb)} | ${r.baseline ?? ''} | ${f(r.baselineMs)} | ${mb(r.baselinePeakRssMb)} | ${ratio} | ${r.target} | ${r.note ?? ''} |`);
  }
}

if (process.argv[1] && import.meta.filename === process.argv[1]) void main();
