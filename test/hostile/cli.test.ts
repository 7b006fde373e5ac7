// Hostile inputs through the CLI (dist/cli.js as a child process): `check` and `explain` on huge, sparse,
// binary, looping and blocking inputs. Peak RSS (process.resourceUsage().maxRSS at exit) is printed for the
// large cases and bounded generously. LLM_PREFLIGHT_HOSTILE_LARGE=1 adds `check` of a 100 MB file with
// --max-file-size-mb raised (about a minute: 1.5 million findings, written out in pieces).
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, openSync, closeSync, symlinkSync, truncateSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { cliJs, ensureBuilt } from '../protocol/client.ts';
import { GB, HTTP_OPENAI, LARGE, manyRequests, MB, mb, runCli, tempDir } from './helpers.ts';

interface Report { file: string; diagnostics: { rule: string; severity: string; message: string; range: { start: { line: number; character: number } } }[] }

let tmp: { dir: string; cleanup: () => void };
let dir: string;
before(() => {
  ensureBuilt();
  tmp = tempDir('cli');
  dir = tmp.dir;
});
after(() => tmp.cleanup());

const CONTEXT_ERROR =
  'openai.BadRequestError: Error code: 400 - {"error": {"message": "This model\'s maximum context length is 128000 tokens. However, your messages resulted in 130000 tokens.", "type": "invalid_request_error", "param": "messages", "code": "context_length_exceeded"}}';

function checkJson(args: string[]): { reports: Report[]; status: number | null; stderr: string; maxRss: number } {
  const r = runCli(['check', ...args, '--format', 'json'], dir);
  try {
    return { reports: JSON.parse(r.stdout) as Report[], status: r.status, stderr: r.stderr, maxRss: r.maxRss };
  } catch (error) {
    assert.fail(`stdout is not JSON (exit ${r.status}): ${(error as Error).message}\n${r.stdout.slice(0, 300)}\n${r.stderr.slice(0, 1000)}`);
  }
}

describe('check on hostile files', () => {
  it('a sparse 2 GB file: skipped without reading it, also with the limit raised past what a string holds', () => {
    const file = path.join(dir, 'sparse.http');
    writeFileSync(file, '');
    truncateSync(file, 2 * GB);
    const r = checkJson(['sparse.http']);
    assert.equal(r.status, 0, r.stderr);
    // Skipped files are said on stderr, not reported as problems.
    assert.deepEqual(r.reports[0].diagnostics, []);
    assert.match(r.stderr, /skipped sparse\.http: .*2048\.0 MB, over the 20\.0 MB limit/);
    console.log(`CLI peak RSS, check of a sparse 2 GB file: ${mb(r.maxRss)}`);
    assert.ok(r.maxRss > 0 && r.maxRss < 512 * MB, `not read: peak RSS ${mb(r.maxRss)} < 512 MB`);
    const raised = checkJson(['sparse.http', '--max-file-size-mb', '1000']);
    assert.equal(raised.status, 0, raised.stderr);
    assert.match(raised.stderr, /skipped sparse\.http: .*over the 500\.0 MB the linter reads from one file/);
    assert.ok(raised.maxRss < 512 * MB, `not read with the limit raised: peak RSS ${mb(raised.maxRss)}`);
    // --fix leaves it alone too.
    const fixed = runCli(['check', 'sparse.http', '--fix'], dir);
    assert.equal(fixed.status, 0, fixed.stderr);
  });

  it('a 100 MB file: skipped (exit 0), RSS bounded', () => {
    writeFileSync(path.join(dir, 'big.http'), manyRequests(100 * MB));
    const r = checkJson(['big.http']);
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(r.reports[0].diagnostics, []);
    assert.match(r.stderr, /skipped big\.http: /);
    console.log(`CLI peak RSS, check of a 100 MB file (skipped): ${mb(r.maxRss)}`);
    assert.ok(r.maxRss < 2 * GB, `peak RSS ${mb(r.maxRss)} < 2 GB`);
  });

  it('a 10 MB single line .json: linted at the exact column', () => {
    const messages = Array.from({ length: 300_000 }, (_, i) => `{"role":"user","content":"hello ${i}"}`).join(',');
    const text = `{"model":"gpt-4o","messages":[${messages}],"top_k":1}`;
    writeFileSync(path.join(dir, 'line.json'), text);
    const r = checkJson(['line.json']);
    const topK = r.reports[0].diagnostics.find((d) => d.rule === 'unknown-parameter');
    assert.deepEqual(topK?.range.start, { line: 0, character: text.indexOf('"top_k"') });
    console.log(`CLI peak RSS, check of a 10 MB single line: ${mb(r.maxRss)}`);
    assert.ok(r.maxRss < 2 * GB);
  });

  it('NUL bytes, invalid UTF-8 (lone surrogate bytes), a BOM, CRLF: each handled like the editor', () => {
    writeFileSync(path.join(dir, 'nul.http'), `${HTTP_OPENAI}{"model": "gpt-4o\u0000"}\n`);
    const body = '{"model":"gpt-4o","messages":[{"role":"user","content":"SURROGATE"}],"top_k":1}\n';
    writeFileSync(path.join(dir, 'surrogate.http'), Buffer.concat(HTTP_OPENAI.concat(body).split('SURROGATE').flatMap((p, i) => (i ? [Buffer.from([0xed, 0xa0, 0x80]), Buffer.from(p)] : [Buffer.from(p)]))));
    writeFileSync(path.join(dir, 'bom.json'), `\uFEFF${body}`);
    writeFileSync(path.join(dir, 'crlf.http'), `${HTTP_OPENAI}${body}`.replace(/\n/g, '\r\n'));
    const r = checkJson(['nul.http', 'surrogate.http', 'bom.json', 'crlf.http']);
    const by = Object.fromEntries(r.reports.map((x) => [x.file, x.diagnostics.map((d) => d.rule)]));
    assert.deepEqual(by, { 'bom.json': ['unknown-parameter'], 'crlf.http': ['unknown-parameter'], 'nul.http': [], 'surrogate.http': ['unknown-parameter'] });
    assert.match(r.stderr, /skipped nul\.http: /);
  });

  it('a directory with symlink loops and a FIFO inside, a symlink loop and a FIFO named directly: no hang, clear messages', () => {
    const tree = path.join(dir, 'tree');
    mkdirSync(path.join(tree, 'sub'), { recursive: true });
    symlinkSync('..', path.join(tree, 'sub', 'up'));
    symlinkSync('b.http', path.join(tree, 'a.http'));
    symlinkSync('a.http', path.join(tree, 'b.http'));
    assert.equal(spawnSync('mkfifo', [path.join(tree, 'fifo.http')]).status, 0, 'mkfifo');
    writeFileSync(path.join(tree, 'ok.http'), `${HTTP_OPENAI}{"model":"gpt-4o","messages":[{"role":"user","content":"hi"}],"top_k":1}\n`);
    const walked = checkJson(['tree']);
    assert.ok(walked.reports.some((x) => x.file === path.join('tree', 'ok.http')), JSON.stringify(walked.reports.map((x) => x.file)));
    const loop = runCli(['check', 'tree/a.http'], dir, { timeoutMs: 30_000 });
    assert.equal(loop.status, 2);
    assert.match(loop.stderr, /cannot read tree\/a\.http: too many symbolic links \(a link loop\) \(ELOOP\)/);
    const fifo = runCli(['check', 'tree/fifo.http'], dir, { timeoutMs: 30_000 });
    assert.equal(fifo.status, 2);
    assert.match(fifo.stderr, /not a regular file/);
  });

  it('a 100 MB file with --max-file-size-mb 200: linted, every finding written (in pieces), RSS bounded', { skip: !LARGE && 'set LLM_PREFLIGHT_HOSTILE_LARGE=1' }, () => {
    const text = manyRequests(100 * MB);
    writeFileSync(path.join(dir, 'big2.http'), text);
    const requests = text.split('###\n').length - 1;
    const r = runCli(['check', 'big2.http', '--max-file-size-mb', '200', '--format', 'json'], dir, { timeoutMs: 600_000 });
    assert.equal(r.status, 1, r.stderr.slice(0, 2000));
    const count = r.stdout.split('"rule": "unknown-parameter"').length - 1;
    console.log(`CLI peak RSS, check of a 100 MB file with the limit raised (${count} unknown-parameter findings): ${mb(r.maxRss)}`);
    assert.equal(count, requests, 'one unknown-parameter per request, all written');
    assert.ok(r.maxRss < 8 * GB, `peak RSS ${mb(r.maxRss)} < 8 GB`);
  });
});

describe('explain on hostile files', () => {
  it('a 100 MB log: every error explained, RSS bounded', () => {
    const noise = '2024-05-01T10:00:00Z INFO worker processed job 12345 in 12ms ok\n'.repeat(5000);
    const chunk = `${noise}${CONTEXT_ERROR}\n`;
    const copies = Math.ceil((100 * MB) / chunk.length);
    writeFileSync(path.join(dir, 'big.log'), chunk.repeat(copies));
    const r = runCli(['explain', 'big.log', '--format', 'json'], dir);
    assert.equal(r.status, 0, r.stderr);
    const explained = JSON.parse(r.stdout) as { code: string }[];
    assert.ok(explained.length > 0 && explained.every((x) => x.code === 'context_length_exceeded'), `${explained.length} explained`);
    console.log(`CLI peak RSS, explain of a 100 MB log (${explained.length} of ${copies} errors explained): ${mb(r.maxRss)}`);
    assert.ok(r.maxRss < 2 * GB, `peak RSS ${mb(r.maxRss)} < 2 GB`);
  });

  it('a 10 MB single line: the error at its end is explained at the right column', () => {
    const pad = 'x '.repeat(5 * MB);
    writeFileSync(path.join(dir, 'line.log'), pad + CONTEXT_ERROR);
    const r = runCli(['explain', 'line.log', '--format', 'json'], dir);
    assert.equal(r.status, 0, r.stderr);
    const [x] = JSON.parse(r.stdout) as { code: string; range: { start: { line: number; character: number } } }[];
    assert.equal(x.code, 'context_length_exceeded');
    assert.equal(x.range.start.line, 0);
    assert.ok(x.range.start.character >= pad.length, `column ${x.range.start.character}`);
    console.log(`CLI peak RSS, explain of a 10 MB single line: ${mb(r.maxRss)}`);
    assert.ok(r.maxRss < 1 * GB);
  });

  it('a sparse 2 GB file, a directory, a symlink loop: exit 2 with a clear message, nothing read', () => {
    const file = path.join(dir, 'sparse.log');
    writeFileSync(file, '');
    truncateSync(file, 2 * GB);
    const big = runCli(['explain', 'sparse.log'], dir);
    assert.equal(big.status, 2);
    assert.match(big.stderr, /cannot read sparse\.log: it is larger than 256 MB, the most llm-preflight reads from one input/);
    assert.ok(big.maxRss < 512 * MB, `not read: peak RSS ${mb(big.maxRss)}`);
    mkdirSync(path.join(dir, 'folder'), { recursive: true });
    assert.match(runCli(['explain', 'folder'], dir).stderr, /cannot read folder: is a directory \(EISDIR\)/);
    symlinkSync('loop2.log', path.join(dir, 'loop1.log'));
    symlinkSync('loop1.log', path.join(dir, 'loop2.log'));
    const loop = runCli(['explain', 'loop1.log'], dir);
    assert.equal(loop.status, 2);
    assert.match(loop.stderr, /ELOOP/);
  });

  it('a FIFO: read to its end like a pipe (process substitution), then explained', async () => {
    const fifo = path.join(dir, 'errors.fifo');
    assert.equal(spawnSync('mkfifo', [fifo]).status, 0, 'mkfifo');
    const child = spawn(process.execPath, [cliJs, 'explain', fifo, '--format', 'json'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    child.stdout.on('data', (d) => (stdout += d));
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    const fd = openSync(fifo, 'w'); // blocks until the CLI opens it for reading
    writeSync(fd, `noise\n${CONTEXT_ERROR}\n`);
    closeSync(fd);
    assert.equal(await exited, 0);
    assert.equal((JSON.parse(stdout) as { code: string }[])[0].code, 'context_length_exceeded');
  });

});
