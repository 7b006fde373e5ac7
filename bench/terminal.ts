/**
 * Error output where it appears (issue 13), timed by hand: node --import tsx bench/terminal.ts [--mb 50]
 * (not part of the tests). A mixed log — ordinary lines, some coloured, Python tracebacks ending in an
 * OpenAI 429, curl -i dumps of an Anthropic 529, success bodies — goes through:
 *
 *   1. the terminal's recording (escape sequences dropped, bounded log), as shell integration delivers it;
 *   2. the terminal finder in the batches the last-error command sends (the server's findErrors);
 *   3. one hovered line's link query (window around the line + findErrors), sampled;
 *   4. the pipe: `llm-preflight explain - --follow` (dist/cli.js) as a child, output to /dev/null.
 *
 * Prints MB/s, peak RSS, and the machine's load (other work on these cores skews every number).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { keepLast, plainText } from '../client/src/terminal/plain-text.ts';
import { windowAround } from '../client/src/terminal/window.ts';
import { findErrorsRequest } from '../server/src/frontend/explain-request.ts';

const root = join(import.meta.dirname, '..');
const mbArg = process.argv.indexOf('--mb');
const MB = mbArg > 0 ? Number(process.argv[mbArg + 1]) : 50;
const fixture = (name: string) => readFileSync(join(root, 'test/fixtures/terminal', name), 'utf8');

/** The mixed log: one error block in about 400 lines, a coloured line in 10, a success body in 150. */
function mixedLog(bytes: number): string {
  const py = fixture('python-429.txt');
  const body = fixture('anthropic-529.txt');
  const ok = '{"id":"chatcmpl-9","object":"chat.completion","choices":[{"index":0,"message":{"role":"assistant","content":"done"},"finish_reason":"stop"}],"usage":{"prompt_tokens":12,"completion_tokens":1}}\n';
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const line =
      i % 800 === 399 ? py
      : i % 800 === 799 ? body
      : i % 150 === 0 ? ok
      : i % 10 === 0 ? `\x1b[32m2026-12-07T04:${String(i % 60).padStart(2, '0')}:00Z INFO\x1b[0m GET /v1/models 200 in ${i % 97} ms\r\n`
      : `2026-12-07T04:${String(i % 60).padStart(2, '0')}:00Z INFO worker-${i % 8} handled job ${i} (${i % 1000} items)\n`;
    parts.push(line);
    size += line.length;
  }
  return parts.join('');
}

const mb = (chars: number) => chars / 1024 / 1024;
const rssMb = () => process.resourceUsage().maxRSS / 1024;
function row(name: string, chars: number, ms: number, extra: string): void {
  console.log(`| ${name} | ${mb(chars).toFixed(1)} MB | ${(ms / 1000).toFixed(2)} s | ${(mb(chars) / (ms / 1000)).toFixed(1)} MB/s | ${extra} |`);
}

const raw = mixedLog(MB * 1024 * 1024);
console.log(`machine: ${cpus().length} cores, load average ${loadavg().map((l) => l.toFixed(1)).join(' / ')} at start`);
console.log('| what | input | time | speed | notes |');
console.log('| --- | --- | --- | --- | --- |');

// 1. Recording: 64 KB chunks (a terminal's data events), escape sequences dropped, the last MB kept.
{
  const t0 = performance.now();
  let log = '';
  for (let i = 0; i < raw.length; i += 65536) {
    log += plainText(raw.slice(i, i + 65536));
    if (log.length > 2 * 1024 * 1024) log = keepLast(log, 1024 * 1024);
  }
  log = keepLast(log, 1024 * 1024);
  row('terminal recording (plainText + 1 MB log)', raw.length, performance.now() - t0, `log kept: ${mb(log.length).toFixed(2)} MB`);
}

// 2. The finder in the last-error command's batches (192 KB, cut at line ends).
const text = plainText(raw);
{
  const t0 = performance.now();
  let errors = 0;
  for (let i = 0; i < text.length; ) {
    let end = Math.min(text.length, i + 192 * 1024);
    if (end < text.length) end = text.lastIndexOf('\n', end) + 1 || end;
    const batch = text.slice(i, end);
    errors += findErrorsRequest(batch, 0, batch.length, 'en').length;
    i = end;
  }
  row('terminal finder, 192 KB batches (findErrors)', text.length, performance.now() - t0, `${errors} errors; peak RSS ${rssMb().toFixed(0)} MB (holds the whole log twice)`);
}

// 3. Hovered lines: a window of output around each sampled line, then findErrors (what one link query costs).
{
  const lines = text.split('\n');
  const log = text.slice(-1024 * 1024);
  const logLines = log.split('\n');
  const samples = 300;
  const times: number[] = [];
  let linked = 0;
  for (let k = 0; k < samples; k++) {
    const line = logLines[Math.floor((k * logLines.length) / samples)];
    const t0 = performance.now();
    const w = windowAround(log, line);
    if (findErrorsRequest(w.text, w.from, w.to, 'en').length) linked++;
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  console.log(`| link query per hovered line (window + findErrors) | ${samples} lines of ${lines.length} | median ${times[samples >> 1].toFixed(2)} ms | p95 ${times[Math.floor(samples * 0.95)].toFixed(2)} ms | ${linked} of ${samples} linked |`);
}

// 4. The pipe, as a child process: stdout and stderr to /dev/null; peak RSS from /usr/bin/time.
{
  const file = join(tmpdir(), `llm-preflight-bench-${process.pid}.log`);
  writeFileSync(file, raw);
  const t0 = performance.now();
  const r = spawnSync('/usr/bin/time', ['-f', '%M', 'sh', '-c', `node "${join(root, 'dist/cli.js')}" explain - --follow < "${file}" > /dev/null 2> "${file}.err"`], { encoding: 'utf8' });
  const ms = performance.now() - t0;
  const explained = readFileSync(`${file}.err`, 'utf8').split('\n').filter((l) => l.startsWith('llm-preflight: ')).length;
  rmSync(file);
  rmSync(`${file}.err`);
  const peakKb = Number(r.stderr.trim().split('\n').pop());
  row('pipe: explain - --follow (dist/cli.js, child)', Buffer.byteLength(raw), ms, `exit ${r.status}; ${explained} explained; peak RSS ${(peakKb / 1024).toFixed(0)} MB`);
}
console.log(`load average at the end: ${loadavg().map((l) => l.toFixed(1)).join(' / ')}`);
