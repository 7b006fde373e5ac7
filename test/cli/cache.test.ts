// `check --cache` (server/src/cli/cache.ts): a hit prints the cached findings without linting (shown here by a
// finding edited in the cache file), a change of content, settings, tool version or of a file the lint read
// makes a miss; a corrupt cache file is ignored with a note, never a crash.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs, type CheckArgs } from '../../server/src/cli/args.ts';
import { runCheck } from '../../server/src/cli/check.ts';
import { runCli } from './run-cli.ts';

const HTTP = 'POST https://api.openai.com/v1/chat/completions\nContent-Type: application/json\nAuthorization: Bearer {{key}}\n\n{"model": "gpt-4o", "messages": [{"role": "user", "content": "hi"}], "top_k": 1}\n';
const ENV = (key: string) => JSON.stringify({ dev: { key } });

function project(): string {
  const dir = mkdtempSync(join(tmpdir(), 'llmpf-cache-'));
  writeFileSync(join(dir, 'a.http'), HTTP);
  writeFileSync(join(dir, 'b.json'), '{"model": "gpt-4o", "messages": []}');
  writeFileSync(join(dir, 'http-client.env.json'), ENV('sk-test'));
  return dir;
}

/** Runs check in this process (the tool's version is a parameter here) and returns its output. */
async function check(dir: string, argv: string[], version = '1.0.0') {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCheck(parseArgs(['check', '.', '--format', 'json', '--cache', '--jobs', '1', ...argv]) as CheckArgs, { cwd: dir, isTTY: false, version, out: (s) => void out.push(s), err: (s) => void err.push(s) });
  return { code, reports: JSON.parse(out.join('')) as { file: string; diagnostics: { rule: string; message: string }[] }[], stderr: err.join('') };
}

const location = (dir: string) => join(dir, '.llm-preflight-cache');

/** Marks every cached finding's message, so that output with the mark came from the cache. */
function markCache(dir: string): void {
  const cache = JSON.parse(readFileSync(location(dir), 'utf8'));
  type Entry = { diagnostics?: { message: string }[]; events?: { findings?: { message: string }[] }[] };
  for (const entry of Object.values<Entry>(cache.entries)) {
    for (const d of entry.diagnostics ?? []) d.message = `CACHED ${d.message}`;
    for (const d of (entry.events ?? []).flatMap((e) => e.findings ?? [])) d.message = `CACHED ${d.message}`;
  }
  writeFileSync(location(dir), JSON.stringify(cache));
}
/** Replaces every stored hash: a run that still serves the entries did not hash the files. */
function forgeHashes(dir: string): void {
  const cache = JSON.parse(readFileSync(location(dir), 'utf8'));
  for (const entry of Object.values<{ hash: string }>(cache.entries)) entry.hash = '0'.repeat(64);
  writeFileSync(location(dir), JSON.stringify(cache));
}

/** Runs `body` with the racy window of the metadata strategy (cli/cache.ts) set to `ms`. */
async function withRacyWindow<T>(ms: number, body: () => Promise<T>): Promise<T> {
  const before = process.env.LLM_PREFLIGHT_CACHE_RACY_MS;
  process.env.LLM_PREFLIGHT_CACHE_RACY_MS = String(ms);
  try {
    return await body();
  } finally {
    if (before === undefined) delete process.env.LLM_PREFLIGHT_CACHE_RACY_MS;
    else process.env.LLM_PREFLIGHT_CACHE_RACY_MS = before;
  }
}

const fromCache = (r: Awaited<ReturnType<typeof check>>, file: string) => r.reports.find((x) => x.file === file)!.diagnostics.every((d) => d.message.startsWith('CACHED '));

describe('check --cache', () => {
  it('a second run takes unchanged files from the cache, with the same output', async () => {
    const dir = project();
    const first = await check(dir, []);
    assert.equal(first.code, 1);
    assert.ok(existsSync(location(dir)), 'without node_modules the cache is .llm-preflight-cache');
    const again = await check(dir, []);
    assert.deepEqual(again, first, 'the same output from the cache');
    markCache(dir);
    const marked = await check(dir, []);
    assert.ok(fromCache(marked, 'a.http') && fromCache(marked, 'b.json'), 'neither file was linted again');
    assert.ok(marked.reports[0].diagnostics.length > 0);
  });

  it('a streamed .jsonl batch: the same output from the cache (findings and skipped lines); other bytes of the same size are linted again', async () => {
    const dir = project();
    const line = (i: number, extra = '') => `{"custom_id": "r${i}", "method": "POST", "url": "/v1/chat/completions", "body": {"model": "gpt-4o", "messages": [{"role": "user", "content": "hi"}]${extra}}}`;
    const batch = [line(1, ', "top_k": 1'), line(2), `{"custom_id": "long", "body": {"messages": "${'x'.repeat(2000)}"}}`, line(3, ', "top_k": 2')].join('\n');
    writeFileSync(join(dir, 'c.jsonl'), batch);
    const args = ['--max-file-size-mb', '0.001'];
    const first = await check(dir, args);
    const batchReport = (r: typeof first) => r.reports.find((x) => x.file === 'c.jsonl')!;
    assert.equal(batchReport(first).diagnostics.filter((d) => d.rule === 'unknown-parameter').length, 2);
    assert.match(first.stderr, /skipped c\.jsonl line 3: it has 2 KB, over the 1 KB limit/);
    assert.deepEqual(await check(dir, args), first, 'the same output (stdout, stderr, exit code) from the cache');
    markCache(dir);
    const marked = await check(dir, args);
    assert.ok(fromCache(marked, 'c.jsonl') && batchReport(marked).diagnostics.length === 2, 'the batch was not linted again');
    assert.match(marked.stderr, /skipped c\.jsonl line 3/);
    // The same size, another byte: hashed, not the same, linted again.
    writeFileSync(join(dir, 'c.jsonl'), batch.replace('"top_k": 2', '"top_p": 2'));
    const changed = await check(dir, args);
    assert.ok(!fromCache(changed, 'c.jsonl'));
    assert.deepEqual(batchReport(changed).diagnostics.map((d) => d.rule).filter((r) => r === 'unknown-parameter'), ['unknown-parameter']);
  });

  it('a changed file, a changed env file it read, other settings or another version: linted again', async () => {
    const dir = project();
    await check(dir, []);
    markCache(dir);
    writeFileSync(join(dir, 'b.json'), '{"model": "gpt-4o", "messages": [], "top_k": 2}');
    let r = await check(dir, []);
    assert.ok(fromCache(r, 'a.http'));
    assert.ok(!fromCache(r, 'b.json'));
    assert.ok(r.reports[1].diagnostics.some((d) => d.rule === 'unknown-parameter'));

    markCache(dir);
    writeFileSync(join(dir, 'http-client.env.json'), ENV('sk-other-key-of-another-length'));
    r = await check(dir, []);
    assert.ok(!fromCache(r, 'a.http'), 'the env file a.http read changed');
    assert.ok(fromCache(r, 'b.json'));

    markCache(dir);
    r = await check(dir, ['--locale', 'fr']);
    assert.ok(!fromCache(r, 'a.http') && !fromCache(r, 'b.json'), 'another locale');
    markCache(dir);
    r = await check(dir, ['--locale', 'fr'], '1.0.1');
    assert.ok(!fromCache(r, 'a.http') && !fromCache(r, 'b.json'), 'another version');
  });

  it('--cache-strategy metadata (the default) trusts unchanged metadata without reading the file; content hashes every file', async () => {
    const dir = project();
    writeFileSync(join(dir, 'c.jsonl'), '{"custom_id": "r1", "method": "POST", "url": "/v1/chat/completions", "body": {"model": "gpt-4o", "messages": [{"role": "user", "content": "hi"}], "top_k": 1}}\n');
    await withRacyWindow(0, async () => {
      const first = await check(dir, []);
      forgeHashes(dir);
      markCache(dir);
      const metadata = await check(dir, []);
      for (const file of ['a.http', 'b.json', 'c.jsonl']) assert.ok(fromCache(metadata, file), `${file}: served by its metadata, its hash not compared`);
      assert.deepEqual(await check(dir, ['--cache-strategy', 'metadata']), metadata, 'metadata is the default');
      const content = await check(dir, ['--cache-strategy', 'content']);
      for (const file of ['a.http', 'b.json', 'c.jsonl']) assert.ok(!fromCache(content, file), `${file}: hashed, the forged hash differs, linted again`);
      assert.deepEqual(content, first, 'the same output as the first run');
    });
  });

  it('a file rewritten to the same size with its old mtime put back is linted again, under either strategy', async () => {
    for (const strategy of ['content', 'metadata']) {
      const dir = project();
      const file = join(dir, 'b.json');
      const then = Math.floor(Date.now() / 1000) - 60; // whole seconds: put back exactly
      utimesSync(file, then, then);
      const before = statSync(file);
      await withRacyWindow(0, async () => {
        await check(dir, ['--cache-strategy', strategy]);
        markCache(dir);
        // Later than the first write by more than a timestamp tick, so that the change time moves.
        await sleep(50);
        writeFileSync(file, readFileSync(file, 'utf8').replace('gpt-4o', 'gpt-4x'));
        utimesSync(file, then, then);
        assert.equal(statSync(file).size, before.size);
        assert.equal(statSync(file).mtimeMs, before.mtimeMs);
        const r = await check(dir, ['--cache-strategy', strategy]);
        assert.ok(!fromCache(r, 'b.json'), `${strategy}: b.json changed`);
        assert.ok(fromCache(r, 'a.http'), `${strategy}: a.http did not`);
      });
    }
  });

  it('an env file a lint read, rewritten to the same size with its old mtime put back, makes its files linted again', async () => {
    for (const strategy of ['content', 'metadata']) {
      const dir = project();
      const env = join(dir, 'http-client.env.json');
      const then = Math.floor(Date.now() / 1000) - 60; // whole seconds: put back exactly
      utimesSync(env, then, then);
      const before = statSync(env);
      await withRacyWindow(0, async () => {
        await check(dir, ['--cache-strategy', strategy]);
        markCache(dir);
        await sleep(50); // past a timestamp tick, so that the change time moves
        writeFileSync(env, ENV('sk-tesx'));
        utimesSync(env, then, then);
        assert.equal(statSync(env).size, before.size);
        assert.equal(statSync(env).mtimeMs, before.mtimeMs);
        const r = await check(dir, ['--cache-strategy', strategy]);
        assert.ok(!fromCache(r, 'a.http'), `${strategy}: a.http read the env file, which changed`);
      });
    }
  });

  it('metadata: a file changed within the racy window before it was read is hashed on the next run, not trusted by its metadata', async () => {
    const dir = project();
    // The default window (2 s): the files were written just now, so no metadata is stored for them.
    await check(dir, []);
    const stored = JSON.parse(readFileSync(location(dir), 'utf8')).entries;
    assert.ok(Object.values<{ stat?: string }>(stored).every((e) => e.stat === undefined));
    forgeHashes(dir);
    markCache(dir);
    const r = await check(dir, []);
    assert.ok(!fromCache(r, 'a.http') && !fromCache(r, 'b.json'), 'hashed: the forged hashes differ');
  });

  it('a corrupt or foreign cache file is ignored with a note and written anew; --cache-location; node_modules/.cache by default', async () => {
    const dir = project();
    for (const bad of ['{"tool": "llm-prefl', '[1, 2]', '']) {
      writeFileSync(location(dir), bad);
      const r = await check(dir, []);
      assert.equal(r.code, 1);
      assert.match(r.stderr, /llm-preflight: the cache .*\.llm-preflight-cache was not read \((not valid JSON|not a cache file of llm-preflight)\); every file is linted, and the cache written anew\./);
      assert.ok(r.reports[0].diagnostics.length > 0);
      assert.equal((await check(dir, [])).stderr, '', 'rewritten: read without a note');
    }
    const elsewhere = join(dir, 'sub', 'my.cache');
    await check(dir, ['--cache-location', 'sub/my.cache']);
    assert.ok(existsSync(elsewhere));
    mkdirSync(join(dir, 'node_modules'));
    const viaCli = runCli(['check', '.', '--cache'], { cwd: dir });
    assert.equal(viaCli.status, 1, viaCli.stderr);
    assert.ok(existsSync(join(dir, 'node_modules', '.cache', 'llm-preflight', 'check.json')));
  });
});
