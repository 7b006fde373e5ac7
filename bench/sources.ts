/**
 * Source files (issue 12): what SDK-call linting costs.
 *
 * 1. A generated repository of 5 000 source files (.py, .ts, .js) where 2 % call an SDK: `llm-preflight check`
 *    on it (the walk, the cheap text check on every file, tree-sitter only for the 2 %) against a process that
 *    only walks and reads the same files. Both are whole Node processes, timed end to end; the ratio is printed.
 * 2. Re-lint after an edit in a 3 000-line Python file with 50 SDK calls, as the server does it: the edit, the
 *    incremental tree-sitter re-parse (frontend/source-trees.ts) and the cached linter (createLinter).
 *
 * Measurements only, nothing asserted.  node --import tsx bench/sources.ts [--files 5000] [--runs 5]
 * (needs `node esbuild.mjs`: the repository run uses dist/cli.js)
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { createLinter } from '../server/src/core/lint.ts';
import { loadGrammar } from '../server/src/core/sources/grammars.ts';
import { SourceTrees } from '../server/src/frontend/source-trees.ts';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const FILES = arg('files', 5000);
const RUNS = arg('runs', 5);
const root = path.resolve(__dirname, '..');

/** mulberry32: the same repository on every machine. */
function prng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function plainPython(r: () => number, n: number): string {
  const lines = ['import os', 'import json', ''];
  for (let i = 0; i < n; i++) lines.push(`def handler_${i}(event, context):`, `    data = json.loads(event["body"])`, `    return {"status": ${200 + (i % 3)}, "id": data.get("id", ${Math.floor(r() * 1000)})}`, '');
  return lines.join('\n');
}
function plainTs(r: () => number, n: number): string {
  const lines = ["import { readFile } from 'node:fs/promises';", ''];
  for (let i = 0; i < n; i++) lines.push(`export async function load${i}(path: string): Promise<number> {`, `  const text = await readFile(path, 'utf8');`, `  return text.length + ${Math.floor(r() * 1000)};`, '}', '');
  return lines.join('\n');
}
function sdkPython(i: number): string {
  return `from openai import OpenAI\n\nclient = OpenAI()\n\n\ndef ask_${i}(question: str) -> str:\n    completion = client.chat.completions.create(\n        model="gpt-4o",\n        messages=[{"role": "user", "content": question}],\n        temperature=0.${i % 10},\n    )\n    return completion.choices[0].message.content or ""\n`;
}
function sdkTs(i: number): string {
  return `import Anthropic from '@anthropic-ai/sdk';\n\nconst client = new Anthropic();\n\nexport async function ask${i}(question: string) {\n  return client.messages.create({ model: 'claude-sonnet-4-5', max_tokens: ${100 + i}, messages: [{ role: 'user', content: question }] });\n}\n`;
}

export function generateRepository(dir: string): { bytes: number; sdk: number } {
  const r = prng(20261207);
  let bytes = 0;
  let sdk = 0;
  for (let i = 0; i < FILES; i++) {
    const folder = path.join(dir, `pkg${i % 50}`);
    mkdirSync(folder, { recursive: true });
    const withSdk = i % 50 === 7; // 2 %
    const kind = i % 3;
    const ext = kind === 0 ? 'py' : kind === 1 ? 'ts' : 'js';
    const size = 20 + Math.floor(r() * 40);
    const text = withSdk ? (ext === 'py' ? sdkPython(i) : sdkTs(i)) : ext === 'py' ? plainPython(r, size) : plainTs(r, size);
    if (withSdk) sdk++;
    bytes += text.length;
    writeFileSync(path.join(folder, `module_${i}.${ext}`), text);
  }
  return { bytes, sdk };
}

/** A process that walks the repository and reads every file, nothing else: the floor. */
const READ_ONLY = `
const { readdirSync, readFileSync } = require('node:fs');
const path = require('node:path');
let n = 0, bytes = 0;
const walk = (d) => { for (const e of readdirSync(d, { withFileTypes: true })) { const p = path.join(d, e.name); if (e.isDirectory()) walk(p); else { bytes += readFileSync(p, 'utf8').length; n++; } } };
walk(process.argv[1]);
console.log(n, bytes);
`;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** A preload that writes the process's own CPU time (user + system) when it exits: wall time on a shared machine waits for other processes too. */
const CPU_PRELOAD = `process.on('exit', () => { const c = process.cpuUsage(); require('node:fs').writeFileSync(process.env.BENCH_CPU_OUT, String((c.user + c.system) / 1000)); });`;

function timeProcess(args: string[], dir: string): { wall: number; cpu: number } {
  const preload = path.join(dir, '..', `cpu-preload-${process.pid}.cjs`);
  const out = path.join(dir, '..', `cpu-${process.pid}.txt`);
  writeFileSync(preload, CPU_PRELOAD);
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['--require', preload, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, BENCH_CPU_OUT: out } });
  const wall = performance.now() - t0;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  const cpu = Number(readFileSync(out, 'utf8'));
  rmSync(out, { force: true });
  rmSync(preload, { force: true });
  return { wall, cpu };
}

export async function editBench(): Promise<{ lines: number; calls: number; first: number; median: number; max: number; cpu: number; times: number[] }> {
  await loadGrammar('python');
  const parts: string[] = ['from openai import OpenAI', 'import anthropic', '', 'client = OpenAI()', 'claude = anthropic.Anthropic()', ''];
  let calls = 0;
  let fn = 0;
  while (parts.length < 3000) {
    if (fn % 9 === 0 && calls < 50) {
      const sdk = calls % 2 === 0
        ? [`def call_${fn}(q):`, '    return client.chat.completions.create(', '        model="gpt-4o",', '        messages=[{"role": "user", "content": q}],', `        temperature=0.${fn % 10},`, '    )', '']
        : [`def call_${fn}(q):`, '    return claude.messages.create(', '        model="claude-sonnet-4-5",', `        max_tokens=${200 + fn},`, '        messages=[{"role": "user", "content": q}],', '    )', ''];
      parts.push(...sdk);
      calls++;
    } else {
      parts.push(`def helper_${fn}(items):`, '    total = 0', '    for item in items:', `        total += item * ${fn}`, '    return total', '');
    }
    fn++;
  }
  let text = parts.join('\n');
  const linter = createLinter();
  const trees = new SourceTrees();
  const uri = 'file:///bench/big.py';
  const lint = (t: string) => linter.lint(t, { filePath: '/bench/big.py', languageId: 'python', sourceTree: trees.treeFor(uri, t, 'python'), sourceState: trees.stateFor(uri) });
  const t0 = performance.now();
  const firstUnits = lint(text).units.length;
  const first = performance.now() - t0;
  if (firstUnits !== calls) throw new Error(`first lint: expected ${calls} requests, got ${firstUnits}`);
  const times: number[] = [];
  const cpu: number[] = [];
  // Typing in the middle of the file: a digit of a temperature changes, keystroke by keystroke.
  const anchor = text.indexOf('temperature=0.', Math.floor(text.length / 2));
  if (anchor < 0) throw new Error('no call in the second half of the file');
  for (let i = 0; i < 60; i++) {
    const at = anchor + 'temperature=0.'.length;
    text = `${text.slice(0, at)}${i % 10}${text.slice(at + 1)}`;
    const c0 = process.cpuUsage();
    const s = performance.now();
    const result = lint(text);
    times.push(performance.now() - s);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
    if (result.units.length !== calls) throw new Error(`edit ${i}: expected ${calls} requests, got ${result.units.length}; ${JSON.stringify(text.slice(at - 30, at + 10))}`);
  }
  trees.close(uri);
  return { lines: text.split('\n').length, calls, first, median: median(times), max: Math.max(...times), cpu: median(cpu), times };
}

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'llm-preflight-bench-sources-'));
  try {
    const { bytes, sdk } = generateRepository(dir);
    console.error(`repository: ${FILES} files, ${(bytes / 1e6).toFixed(1)} MB, ${sdk} with SDK calls`);
    const readOnly: { wall: number; cpu: number }[] = [];
    const check: { wall: number; cpu: number }[] = [];
    for (let i = 0; i < RUNS; i++) {
      readOnly.push(timeProcess(['-e', READ_ONLY, dir], dir));
      check.push(timeProcess([path.join(root, 'dist/cli.js'), 'check', dir, '--format', 'json'], dir));
    }
    const wall = (xs: { wall: number }[]) => median(xs.map((x) => x.wall));
    const cpu = (xs: { cpu: number }[]) => median(xs.map((x) => x.cpu));
    const edit = await editBench();
    const rows = [
      ['walk and read every file (node process): wall / CPU', `${wall(readOnly).toFixed(0)} ms / ${cpu(readOnly).toFixed(0)} ms`],
      ['`llm-preflight check` on the repository: wall / CPU', `${wall(check).toFixed(0)} ms / ${cpu(check).toFixed(0)} ms`],
      ['ratio: wall / CPU', `${(wall(check) / wall(readOnly)).toFixed(2)}× / ${(cpu(check) / cpu(readOnly)).toFixed(2)}×`],
      [`first lint of a ${edit.lines}-line Python file with ${edit.calls} calls`, `${edit.first.toFixed(1)} ms`],
      ['re-lint after a keystroke (incremental parse + cached linter), median of 60', `${edit.median.toFixed(2)} ms`],
      ['… its CPU time (this process: user + system), median', `${edit.cpu.toFixed(2)} ms`],
      ['… slowest of the 60 (wall)', `${edit.max.toFixed(2)} ms`],
    ];
    console.log(`| ${FILES} files (${sdk} with SDK calls), ${RUNS} runs each, median; load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores | |\n| --- | --- |`);
    for (const [k, v] of rows) console.log(`| ${k} | ${v} |`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// Run as a script (not when imported for its generator, e.g. to profile `check` on the same repository).
if (require.main === module) void main();
