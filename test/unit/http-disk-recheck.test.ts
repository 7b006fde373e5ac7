import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { createIncrementalHttpSplitter } from '../../server/src/core/http/incremental.ts';

/**
 * The periodic re-check of files on disk (`< file` bodies, env files): it stats the paths the splits
 * consulted and runs a full split only when one of them changed, so typing never pays a whole-file split.
 */
const request = (n: number, body = `{"model": "gpt-4o", "messages": [{"role": "user", "content": "r${n}"}]}`) =>
  `### ${n}\nPOST https://api.openai.com/v1/chat/completions\nAuthorization: Bearer {{key}}\n\n${body}\n`;

function setup() {
  const dir = mkdtempSync(join(tmpdir(), 'llm-preflight-recheck-'));
  const filePath = join(dir, 'a.http');
  writeFileSync(join(dir, 'body.json'), '{"model": "gpt-4o"}');
  writeFileSync(join(dir, 'http-client.env.json'), '{"dev": {"key": "one"}}');
  let clock = 0;
  const splitter = createIncrementalHttpSplitter(() => clock);
  const text = [request(0, '< ./body.json'), ...Array.from({ length: 10 }, (_, i) => request(i + 1))].join('\n');
  return { dir, filePath, splitter, text, tick: () => (clock += 1500), options: { filePath, envName: 'dev' } };
}

test('after the re-check interval, unchanged files keep the split incremental (units above the edit are the same objects)', () => {
  const { dir, splitter, text, tick, options } = setup();
  try {
    const before = splitter.split(text, options).units;
    assert.equal(before[0].bodyFile?.text, '{"model": "gpt-4o"}');
    tick();
    const after = splitter.split(text.replace('"r9"', '"r9 edited"'), options);
    assert.ok(after.reuse && after.reuse.above >= 5, 'incremental');
    for (let i = 0; i < after.reuse!.above; i++) assert.equal(after.units[i], before[i]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a body file changed on disk is read again at the next re-check', () => {
  const { dir, splitter, text, tick, options } = setup();
  try {
    splitter.split(text, options);
    writeFileSync(join(dir, 'body.json'), '{"model": "gpt-4o-mini", "x": 1}');
    tick();
    const units = splitter.split(text.replace('"r9"', '"r9 edited"'), options).units;
    assert.equal(units[0].bodyFile?.text, '{"model": "gpt-4o-mini", "x": 1}');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('an env file changed on disk re-resolves the variables at the next re-check, even within the env cache interval', () => {
  const { dir, splitter, text, tick, options } = setup();
  try {
    const header = (units: ReturnType<typeof splitter.split>['units']) => units[3].headers.find((h) => h.name === 'Authorization')?.value;
    assert.equal(header(splitter.split(text, options).units), 'Bearer one');
    const env = join(dir, 'http-client.env.json');
    writeFileSync(env, '{"dev": {"key": "two-longer"}}');
    utimesSync(env, new Date(), new Date(Date.now() + 5000)); // a different mtime even on a coarse clock
    tick();
    assert.equal(header(splitter.split(text.replace('"r9"', '"r9 edited"'), options).units), 'Bearer two-longer');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a body file that appears where none was is noticed (missing paths are consulted paths too)', () => {
  const { dir, splitter, tick, options } = setup();
  try {
    const text = [request(0, '< ./later.json'), request(1)].join('\n');
    assert.equal(splitter.split(text, options).units[0].bodyFile?.text, undefined);
    writeFileSync(join(dir, 'later.json'), '{"model": "gpt-4o"}');
    tick();
    assert.equal(splitter.split(text.replace('"r1"', '"r1 edited"'), options).units[0].bodyFile?.text, '{"model": "gpt-4o"}');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
