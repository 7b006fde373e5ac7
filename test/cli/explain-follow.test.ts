// `llm-preflight explain - --follow` on a live stream: a child process writes a Python traceback, waits,
// then writes an Anthropic 529 response; the CLI passes the bytes through unchanged and explains each
// error as it goes past, before the input has ended. Run: node --import tsx --test test/cli/explain-follow.test.ts
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { childEnv } from '../no-network/env.ts';
import { cliJs, ensureBuilt, root } from '../protocol/client.ts';
import { follow, KEEP_CHARS } from '../../server/src/cli/explain-follow.ts';

const fixtures = path.join(root, 'test/fixtures/terminal');
const PY = readFileSync(path.join(fixtures, 'python-429.txt'));
const BODY = readFileSync(path.join(fixtures, 'anthropic-529.txt'));

before(() => ensureBuilt());

test('a child writing over time: the input comes out unchanged, and the first error is explained while the stream is still open', async () => {
  // The writer: the traceback, then it waits (a program still running) until the test has seen the 429
  // explained — so the explanation provably came before the input ended — then the 529 response.
  const writer = spawn('sh', ['-c', `cat "${fixtures}/python-429.txt"; read go; cat "${fixtures}/anthropic-529.txt"`]);
  const cli = spawn(process.execPath, [cliJs, 'explain', '-', '--follow'], { cwd: root, env: childEnv({ LANG: 'C.UTF-8', LC_ALL: '' }) });
  writer.stdout.pipe(cli.stdin);
  const events: string[] = [];
  let out = Buffer.alloc(0);
  let err = '';
  // No explanation while the stream stays open would leave the writer waiting: fail instead of hanging.
  const stuck = setTimeout(() => {
    events.push('no explanation while the stream was open');
    writer.kill();
  }, 60_000);
  cli.stdout.on('data', (d: Buffer) => {
    out = Buffer.concat([out, d]);
    if (out.includes('HTTP/2 529') && !events.includes('529 passed through')) events.push('529 passed through');
  });
  cli.stderr.on('data', (d: Buffer) => {
    err += d.toString();
    if (err.includes('Rate limit reached') && !events.includes('429 explained')) {
      events.push('429 explained');
      clearTimeout(stuck);
      writer.stdin.end('go\n');
    }
    if (err.includes('Anthropic API overloaded') && !events.includes('529 explained')) events.push('529 explained');
  });
  const code = await new Promise<number | null>((resolve) => cli.on('exit', resolve));
  clearTimeout(stuck);
  assert.deepEqual(events, ['429 explained', '529 passed through', '529 explained'], 'explanations arrive while the stream runs');
  assert.equal(code, 0, `exit code; stderr:\n${err}`);
  assert.ok(out.equals(Buffer.concat([PY, BODY])), 'standard output is the input, byte for byte');
  // Positions are lines of the whole stream, not of a batch.
  assert.match(err, /^llm-preflight: 11:1 {2}Rate limit reached/m);
  assert.match(err, /^llm-preflight: 14:1 {2}Anthropic API overloaded/m);
  assert.equal(err.match(/^llm-preflight: /gm)?.length, 2, 'each error once');
});

test('bytes are passed through untouched (CRLF, invalid UTF-8, no final newline); a stream without errors explains nothing and exits 0', () => {
  const input = Buffer.concat([Buffer.from('ok\r\nbad \xff\xfe bytes\r\n', 'latin1'), Buffer.from('last line without newline')]);
  const r = spawnSync(process.execPath, [cliJs, 'explain', '-', '--follow'], { cwd: root, input, env: childEnv({ LANG: 'C.UTF-8' }) });
  assert.equal(r.status, 0);
  assert.ok(r.stdout.equals(input));
  assert.equal(r.stderr.toString(), '');
});

test('--format json gives one JSON object per line on standard error; --follow with a file is a usage error', () => {
  const r = spawnSync(process.execPath, [cliJs, 'explain', '-', '--follow', '--format', 'json'], { cwd: root, input: Buffer.concat([PY, BODY]), env: childEnv({ LANG: 'C.UTF-8' }) });
  assert.equal(r.status, 0);
  const records = r.stderr.toString().trim().split('\n').map((l) => JSON.parse(l) as { status: number; range: { start: { line: number } } });
  assert.deepEqual(records.map((x) => [x.status, x.range.start.line]), [[429, 10], [529, 13]]);
  const usage = spawnSync(process.execPath, [cliJs, 'explain', 'some.log', '--follow'], { cwd: root, env: childEnv({}) });
  assert.equal(usage.status, 2);
  assert.match(usage.stderr.toString(), /--follow reads standard input/);
});

test('a long stream is scanned in bounded batches: errors far apart are each explained once, at their own line', async () => {
  const noise = '2026-12-07T04:00:00Z INFO served /v1/chat in 12 ms\n'.repeat(Math.ceil((4 * KEEP_CHARS) / 50));
  const input = new PassThrough();
  const output = new PassThrough();
  const explanations = new PassThrough();
  let said = '';
  output.resume();
  explanations.on('data', (d: Buffer) => (said += d.toString()));
  const done = follow(input, output, explanations, { locale: 'en', format: 'json' });
  const parts = [noise, PY.toString(), noise, noise, noise, BODY.toString(), noise];
  for (const part of parts) for (let i = 0; i < part.length; i += 4096) input.write(part.slice(i, i + 4096));
  input.end();
  assert.equal(await done, 2);
  const lines = parts.join('').split('\n');
  const want = [lines.findIndex((l) => l.startsWith('openai.RateLimitError')), lines.indexOf('HTTP/2 529')];
  assert.deepEqual(said.trim().split('\n').map((l) => (JSON.parse(l) as { range: { start: { line: number } } }).range.start.line), want);
});

test('a reader that goes away (| head) ends the filter quietly, exit 0', async () => {
  const cli = spawn(process.execPath, [cliJs, 'explain', '-', '--follow'], { cwd: root, env: childEnv({ LANG: 'C.UTF-8' }) });
  let err = '';
  cli.stderr.on('data', (d: Buffer) => (err += d.toString()));
  cli.stdout.once('data', () => cli.stdout.destroy());
  const line = Buffer.from('2026-12-07T04:00:00Z INFO worker handled a job\n'.repeat(2000));
  const feed = setInterval(() => cli.stdin.write(line, () => {}), 5);
  cli.stdin.on('error', () => {});
  const code = await new Promise<number | null>((resolve) => cli.on('exit', resolve));
  clearInterval(feed);
  assert.equal(code, 0, err);
  assert.doesNotMatch(err, /Error|at /);
});
