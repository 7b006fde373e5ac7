// `check --jobs`: the worker pool (server/src/cli/batch/pool.ts) gives exactly the single-threaded run's
// output, in input order, on the recorded and official corpora and a generated batch; a worker that stops
// is reported with its file (and lines) and the run finishes with exit 2.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './run-cli.ts';
import { cliJs, root } from '../protocol/client.ts';
import { parseArgs, type CheckArgs } from '../../server/src/cli/args.ts';
import { runCheck } from '../../server/src/cli/check.ts';

const RECORDED = '/work/shared/corpus/recorded';
const OFFICIAL = join(root, 'test', 'fixtures', 'official');

const line = (i: number) =>
  i % 97 === 4
    ? `{"custom_id": "r${i}", "method": "POST", "url": "/v1/chat/completions", "body": {"model": "gpt-4.1-mini", "messages": [{"role": "user", "content": ""}], "top_k": ${i}}}`
    : `{"custom_id": "r${i}", "params": {"model": "claude-sonnet-4-5", "max_tokens": ${i % 101 === 0 ? 0 : 100}, "messages": [{"role": "user", "content": "question ${i}"}]}}`;

/** A generated tree: a 1.5 MB batch (several runs of lines) among small request files. */
function generatedTree(): string {
  const dir = mkdtempSync(join(tmpdir(), 'llmpf-jobs-'));
  const lines: string[] = [];
  for (let i = 0; i < 2000; i++) lines.push(line(i));
  writeFileSync(join(dir, 'batch.jsonl'), `${lines.join('\n')}\n`.repeat(4));
  for (let i = 0; i < 30; i++) {
    mkdirSync(join(dir, `d${i % 4}`), { recursive: true });
    writeFileSync(join(dir, `d${i % 4}`, `r${i}.json`), JSON.parse(line(i)).body ? JSON.stringify(JSON.parse(line(i)).body, null, 2) : JSON.stringify(JSON.parse(line(i)).params));
    writeFileSync(join(dir, `d${i % 4}`, `r${i}.http`), `POST https://api.openai.com/v1/chat/completions\nContent-Type: application/json\n\n{"model": "gpt-4o", "messages": [{"role": "user", "content": "hi ${i}"}], "temperature": ${i % 3 === 0 ? 3 : 1}}\n`);
  }
  return dir;
}

describe('check --jobs: the same output as one thread, in input order', () => {
  for (const [label, target] of [
    ['the recorded corpus', RECORDED],
    ['the official corpus', OFFICIAL],
    ['a generated tree with a batch file', generatedTree()],
  ] as const) {
    it(label, () => {
      for (const format of ['json', 'stylish', 'sarif']) {
        const one = runCli(['check', target, '--format', format, '--jobs', '1']);
        const two = runCli(['check', target, '--format', format, '--jobs', '2']);
        assert.ok(one.stdout.length > 100, one.stderr);
        assert.equal(two.stdout, one.stdout, `${format}: --jobs 2 prints what --jobs 1 prints`);
        assert.equal(two.stderr, one.stderr);
        assert.equal(two.status, one.status);
      }
      // The default (a pool only for a large run) prints the same too.
      assert.equal(runCli(['check', target, '--format', 'json']).stdout, runCli(['check', target, '--format', 'json', '--jobs', '1']).stdout);
    });
  }

  it('--jobs takes a whole number, 1 or more', () => {
    for (const bad of ['0', '1.5', 'many']) {
      const r = runCli(['check', 'examples/', '--jobs', bad]);
      assert.equal(r.status, 2);
      assert.match(r.stderr, /--jobs takes a whole number, 1 or more/);
    }
    assert.match(runCli(['check', '--help']).stdout, /--jobs <n> +lint in n worker threads/);
  });
});

describe('a lint worker that stops', () => {
  it('is reported with the file (and a batch file\'s lines); the other files are linted, in order, and the run exits 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'llmpf-crash-'));
    writeFileSync(join(dir, 'a.http'), 'POST https://api.openai.com/v1/chat/completions\nContent-Type: application/json\n\n{"model": "gpt-4o", "messages": [], "top_k": 1}\n');
    writeFileSync(join(dir, 'boom.json'), '{"model": "gpt-4o", "messages": []}');
    writeFileSync(join(dir, 'boom.jsonl'), `${line(4)}\n${line(5)}\n`);
    writeFileSync(join(dir, 'c.jsonl'), `${line(4)}\n`);
    // The real worker (the CLI bundle), behind a listener that stops the thread on the files named boom.
    const script = join(dir, 'crashing-worker.cjs');
    writeFileSync(script, `require('node:worker_threads').parentPort.on('message', (m) => { if (m.job.file.includes('boom')) process.exit(m.job.kind === 'file' ? 3 : 4); });\nrequire(${JSON.stringify(cliJs)});\n`);
    const out: string[] = [];
    const err: string[] = [];
    const io = { cwd: dir, isTTY: false, version: '0.0.0', workerScript: script, out: (s: string) => void out.push(s), err: (s: string) => void err.push(s) };
    const code = await runCheck(parseArgs(['check', '.', '--format', 'json', '--jobs', '2']) as CheckArgs, io);
    assert.equal(code, 2);
    const stderr = err.join('');
    assert.match(stderr, /cannot lint boom\.json: the lint worker stopped \(the worker exited with code 3\)/);
    assert.match(stderr, /cannot lint boom\.jsonl: lines 1-2 were not linted: the lint worker stopped \(the worker exited with code 4\)/);
    const reports = JSON.parse(out.join(''));
    assert.deepEqual(reports.map((r: { file: string }) => r.file), ['a.http', 'boom.jsonl', 'c.jsonl']);
    assert.deepEqual(reports[0].diagnostics.map((d: { rule: string }) => d.rule), ['missing-required-header', 'parameter-out-of-range', 'unknown-parameter']);
    assert.deepEqual(reports[1].diagnostics, []);
    assert.ok(reports[2].diagnostics.length > 0);
  });

  it('a worker that cannot start: every file is reported, the run ends with exit 2 (no wait for ever)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'llmpf-nostart-'));
    writeFileSync(join(dir, 'a.json'), '{"model": "gpt-4o", "messages": []}');
    writeFileSync(join(dir, 'b.jsonl'), `${line(4)}\n`);
    const script = join(dir, 'broken-worker.cjs');
    writeFileSync(script, "throw new Error('cannot start');\n");
    const err: string[] = [];
    const io = { cwd: dir, isTTY: false, version: '0.0.0', workerScript: script, out: () => {}, err: (s: string) => void err.push(s) };
    const code = await runCheck(parseArgs(['check', '.', '--format', 'json', '--jobs', '2']) as CheckArgs, io);
    assert.equal(code, 2);
    assert.match(err.join(''), /cannot lint a\.json: the lint worker stopped \(cannot start\)/);
    assert.match(err.join(''), /cannot lint b\.jsonl: line 1 was not linted: the lint worker stopped \(cannot start\)/);
  });
});
