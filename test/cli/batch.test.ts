// Streamed .jsonl batch files (server/src/cli/batch/): the reader's runs of lines, the streamed lint against
// the core's whole-file lint, and the CLI on generated batches (never skipped for size; a too-long line is).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeChunk, readLineChunks, type LongLine } from '../../server/src/cli/batch/lines.ts';
import { streamJsonlFile } from '../../server/src/cli/batch/jsonl-file.ts';
import { inProcessRunner } from '../../server/src/cli/batch/jobs.ts';
import { Ordered } from '../../server/src/cli/batch/ordered.ts';
import { lintSource, type Diagnostic } from '../../server/src/cli/lint-file.ts';
import { runCli } from './run-cli.ts';
import { cliJs } from '../protocol/client.ts';

const ok = (i: number) => `{"custom_id": "req-${i}", "method": "POST", "url": "/v1/chat/completions", "body": {"model": "gpt-4.1-mini", "messages": [{"role": "user", "content": "Hello ${i} 🙂 é"}]}}`;
const bad = (i: number) => `{"custom_id": "req-${i}", "method": "POST", "url": "/v1/chat/completions", "body": {"model": "gpt-4.1-mini", "messages": [{"role": "user", "content": "😀😀 ${i}"}], "top_k": 40}}`;
const anthropic = (i: number) => `{"custom_id": "a-${i}", "params": {"model": "claude-sonnet-4-5", "max_tokens": 100, "messages": [{"role": "user", "content": [{"type": "text", "text": ""}]}]}}`;

/** A batch of `n` lines: mostly valid, every 7th with an unknown parameter, every 11th an Anthropic line with an empty block, some broken, some blank. */
function batch(n: number, eol = '\n'): string {
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    if (i % 13 === 5) lines.push('{"custom_id": "broken", "body": {');
    else if (i % 17 === 3) lines.push('   ');
    else if (i % 11 === 0) lines.push(anthropic(i));
    else lines.push(i % 7 === 0 ? bad(i) : ok(i));
  }
  return `\ufeff${lines.join(eol)}${eol}`;
}

const dir = mkdtempSync(join(tmpdir(), 'llmpf-batch-'));
const write = (name: string, text: string) => {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
};
const strip = (ds: readonly Diagnostic[]) => ds.map(({ rule, severity, message, api, range }) => ({ rule, severity, message, api, range }));

describe('readLineChunks', () => {
  it('hands on whole lines with their first line number; the text is the file, a character split between reads joined', async () => {
    const text = batch(400, '\r\n') + 'last line without a break é';
    const file = write('lines.jsonl', text);
    const chunks = [];
    for await (const c of readLineChunks(file, { chunkBytes: 3000, maxLineChars: 1e6, onLongLine: () => assert.fail('no long line') })) chunks.push({ ...c, text: decodeChunk(c.bytes) });
    assert.ok(chunks.length > 10, `${chunks.length} chunks`);
    assert.equal(chunks.map((c) => c.text).join(''), text);
    // Each chunk's bytes are a buffer of their own: transferring one to a worker detaches nothing else.
    assert.ok(chunks.every((c) => c.bytes.byteOffset === 0 && c.bytes.buffer.byteLength === c.bytes.length));
    let line = 0;
    for (const [i, c] of chunks.entries()) {
      assert.equal(c.line, line, `chunk ${i} starts at line ${line}`);
      assert.equal(c.fileStart, i === 0);
      assert.equal(c.lines, c.text.split('\n').length - (c.text.endsWith('\n') ? 1 : 0));
      if (i < chunks.length - 1) assert.ok(c.text.endsWith('\n'), 'a chunk ends at a line break');
      line += c.text.split('\n').length - 1;
    }
  });

  it('drops a line over the limit as it streams past (finished or not), says its number and length, keeps the lines around it', async () => {
    const long = `{"x": "${'a'.repeat(5000)}"}`;
    const text = ['{"a": 1}', long, '{"b": 2}', long, long, '{"c": 3}', long].join('\n');
    const file = write('long.jsonl', text);
    for (const chunkBytes of [10, 100_000]) {
      const longs: LongLine[] = [];
      let kept = '';
      for await (const c of readLineChunks(file, { chunkBytes, maxLineChars: 1000, onLongLine: (l) => longs.push({ ...l }) })) kept += decodeChunk(c.bytes);
      assert.deepEqual(longs.map((l) => l.line), [1, 3, 4, 6]);
      assert.ok(longs.every((l) => l.chars === long.length));
      assert.equal(kept, '{"a": 1}\n{"b": 2}\n{"c": 3}\n');
    }
  });

  it('measures a line in characters, not bytes: a line of more bytes than the limit but fewer characters is kept', async () => {
    const wide = `{"x": "${'é'.repeat(700)}"}`; // 709 characters, 1409 bytes
    const over = `{"x": "${'é'.repeat(1200)}🙂"}`; // 1211 characters
    const text = ['{"a": 1}', wide, over, '{"b": 2}', wide].join('\n');
    const file = write('wide.jsonl', text);
    for (const chunkBytes of [7, 500, 100_000]) {
      const longs: LongLine[] = [];
      let kept = '';
      for await (const c of readLineChunks(file, { chunkBytes, maxLineChars: 1000, onLongLine: (l) => longs.push({ ...l }) })) kept += decodeChunk(c.bytes);
      assert.deepEqual(longs, [{ line: 2, chars: over.length }], `chunks of ${chunkBytes} bytes`);
      assert.equal(kept, ['{"a": 1}', wide, '{"b": 2}', wide].join('\n'));
    }
  });
});

describe('lintJsonlFile: streamed findings equal the whole-file lint', () => {
  for (const eol of ['\n', '\r\n']) {
    it(`a generated batch (${eol === '\n' ? 'LF' : 'CRLF'}, byte order mark, astral characters) in runs of a few lines`, async () => {
      const text = batch(300, eol);
      const file = write(`same${eol.length}.jsonl`, text);
      const expected = lintSource(file, text, {});
      assert.ok(expected.diagnostics.length > 60, `${expected.diagnostics.length} findings`);
      for (const chunkBytes of [1, 2000, 1e6]) {
        const got: Diagnostic[] = [];
        const done: string[] = [];
        const ordered = new Ordered(3);
        const reporter = { findings: (_: string, ds: readonly Diagnostic[]) => void got.push(...ds), partSkipped: () => assert.fail('nothing skipped'), failed: () => assert.fail('nothing failed'), fileDone: (f: string) => void done.push(f) };
        await streamJsonlFile(file, {}, inProcessRunner({}), ordered, reporter, { chunkBytes });
        await ordered.drain();
        assert.deepEqual(done, [file]);
        assert.deepEqual(strip(got), strip(expected.diagnostics), `chunks of ${chunkBytes} bytes`);
      }
    });
  }
});

describe('check on .jsonl batch files', () => {
  it('a batch over --max-file-size-mb is linted whole; only a line over it is skipped, said on stderr and in the summary', () => {
    const text = batch(2200);
    const lines = text.split('\n');
    lines[2000] = `{"custom_id": "huge", "body": {"model": "gpt-4.1-mini", "messages": [{"role": "user", "content": "${'x'.repeat(300_000)}"}]}}`;
    const file = write('big.jsonl', lines.join('\n'));
    const r = runCli(['check', file, '--max-file-size-mb', '0.25', '--format', 'json']);
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stderr, /skipped .*big\.jsonl line 2001: it has 293 KB, over the 256 KB limit of one request \(--max-file-size-mb\)\./);
    const [report] = JSON.parse(r.stdout);
    const expected = lintSource(file, lines.filter((_, i) => i !== 2000).join('\n'), {}).diagnostics;
    // The lines after the skipped one keep their own numbers.
    const shift = (d: Diagnostic) => (d.range.start.line >= 2000 ? { ...d, range: { start: { ...d.range.start, line: d.range.start.line + 1 }, end: { ...d.range.end, line: d.range.end.line + 1 } } } : d);
    assert.deepEqual(strip(report.diagnostics), strip(expected.map(shift)));
    const stylish = runCli(['check', file, '--max-file-size-mb', '0.25']);
    assert.match(stylish.stdout, /problems \(\d+ errors?, \d+ warnings?, \d+ info\), 1 part of files skipped\n$/);
  });

  it('every format: the streamed batch gives the findings of the whole file, in order', () => {
    const file = write('formats.jsonl', batch(200));
    const json = JSON.parse(runCli(['check', file, '--format', 'json']).stdout);
    const all = json[0].diagnostics;
    assert.ok(all.length > 40);
    const compact = runCli(['check', file, '--format', 'compact']).stdout.trim().split('\n');
    assert.equal(compact.length, all.length + 2);
    assert.equal(compact.at(-1), `${all.length} problems`);
    const github = runCli(['check', file, '--format', 'github']).stdout.trim().split('\n');
    assert.deepEqual(github.map((l) => /line=(\d+),col=(\d+)/.exec(l)!.slice(1).map(Number)), all.map((d: Diagnostic) => [d.range.start.line + 1, d.range.start.character + 1]));
    const sarif = JSON.parse(runCli(['check', file, '--format', 'sarif']).stdout).runs[0];
    assert.deepEqual(
      sarif.results.map((r: { ruleId: string; locations: { physicalLocation: { region: { startLine: number } } }[] }) => [r.ruleId, r.locations[0].physicalLocation.region.startLine]),
      all.map((d: Diagnostic) => [d.rule, d.range.start.line + 1]),
    );
    for (const r of sarif.results) assert.equal(sarif.tool.driver.rules[r.ruleIndex].id, r.ruleId);
  });
});

describe('progress', () => {
  const file = write('progress.jsonl', batch(3000));
  const env = { LLM_PREFLIGHT_PROGRESS_DELAY_MS: '0' };
  /** The CLI under a pseudo-terminal (util-linux `script`): stderr is a TTY, stdout goes to a file. */
  const onTerminal = (args: string) => {
    const out = join(dir, 'out.json');
    const r = spawnSync('script', ['-q', '-e', '-c', `${process.execPath} ${cliJs} check ${file} ${args} > ${out}`, '/dev/null'], { encoding: 'utf8', env: { ...process.env, ...env, NO_COLOR: '1' } });
    return { status: r.status, terminal: r.stdout, json: readFileSync(out, 'utf8') };
  };

  it('on a terminal: files, requests, MB and MB/s on stderr, redrawn in place and cleared at the end; stdout untouched', () => {
    const r = onTerminal('--format json --jobs 1');
    assert.equal(r.status, 1);
    assert.match(r.terminal, /\r\u001b\[Kllm-preflight: 0\/1 file, \d+ requests, [\d.]+ of [\d.]+ MB, [\d.]+ MB\/s/);
    assert.ok(r.terminal.endsWith('\r\u001b[K'), 'the line is cleared at the end');
    assert.ok(JSON.parse(r.json)[0].diagnostics.length > 0);
    assert.doesNotMatch(r.json, /llm-preflight:/);
  });

  it('never with --no-progress, nor when stderr is not a terminal', () => {
    assert.doesNotMatch(onTerminal('--format json --no-progress').terminal, /llm-preflight:/);
    assert.equal(runCli(['check', file, '--format', 'json'], { env }).stderr, '');
  });
});
