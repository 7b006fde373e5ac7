// The library entry (`require('llm-preflight')` / `import`), as an application gets it: the package by
// name through package.json "exports", from a temp project, calling both functions; plus its declared
// types (types/llm-preflight.d.ts) checked against the implementation and from a TypeScript consumer.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import type * as Declared from '../../types/llm-preflight.d.ts';
import * as lib from '../../server/src/lib.ts';
import { ensureBuilt, root } from '../protocol/client.ts';

// Compile-time: the implementation has exactly the declared signatures (tsc -p . checks this file).
const declaredLint: typeof Declared.lintRequest = lib.lintRequest;
const declaredExplain: typeof Declared.explainError = lib.explainError;
const implementedLint: typeof lib.lintRequest = declaredLint;
const implementedExplain: typeof lib.explainError = declaredExplain;
void [implementedLint, implementedExplain];

let project: string;
before(() => {
  ensureBuilt();
  project = mkdtempSync(path.join(tmpdir(), 'llm-preflight-lib-'));
  mkdirSync(path.join(project, 'node_modules'));
  symlinkSync(root, path.join(project, 'node_modules', 'llm-preflight'), 'dir');
  writeFileSync(path.join(project, 'package.json'), '{"name": "app", "private": true}\n');
});
after(() => rmSync(project, { recursive: true, force: true }));

const BAD = { model: 'gpt-4o', messages: [{ role: 'user', content: 'hi' }], temperature: 3 };
const PASTE = '{"error": {"message": "Incorrect API key provided: sk-abc***xyz.", "type": "invalid_request_error", "code": "invalid_api_key"}}';

function run(file: string, source: string): unknown {
  writeFileSync(path.join(project, file), source);
  const r = spawnSync(process.execPath, [file], { cwd: project, encoding: 'utf8', timeout: 60_000 });
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout);
}

const program = (load: string) => `${load}
const problems = lintRequest({ body: ${JSON.stringify(BAD)}, api: 'openai-chat', provider: 'openai' });
const explained = explainError(${JSON.stringify(PASTE)}, { locale: 'fr' });
console.log(JSON.stringify({ problems, explained }));
`;

function check(out: unknown): void {
  const { problems, explained } = out as { problems: Declared.Problem[]; explained: Declared.ExplainedError[] };
  const range = problems.find((p) => p.rule === 'parameter-out-of-range');
  assert.ok(range, JSON.stringify(problems));
  assert.equal(range.severity, 'error');
  assert.equal(range.location, 'body');
  assert.deepEqual(range.range, { start: { line: 8, character: 17 }, end: { line: 8, character: 18 } });
  assert.equal(explained.length, 1);
  assert.equal(explained[0].fault, 'auth');
  assert.equal(explained[0].code, 'invalid_api_key');
  assert.notEqual(explained[0].title, lib.explainError(PASTE)[0].title, 'the locale applies');
}

test('require("llm-preflight") from another project', () => {
  check(run('main.cjs', program("const { lintRequest, explainError } = require('llm-preflight');")));
});

test('import from "llm-preflight" from another project', () => {
  check(run('main.mjs', program("import { lintRequest, explainError } from 'llm-preflight';")));
});

test('a TypeScript consumer type-checks against the exported declarations', () => {
  writeFileSync(
    path.join(project, 'tsconfig.json'),
    JSON.stringify({ compilerOptions: { module: 'node16', moduleResolution: 'node16', strict: true, noEmit: true, types: [] }, files: ['guard.ts'] }),
  );
  writeFileSync(
    path.join(project, 'guard.ts'),
    `import { lintRequest, explainError, type Problem } from 'llm-preflight';
const body = { model: 'gpt-4o', messages: [{ role: 'user' as const, content: 'hi' }] };
const problems: Problem[] = lintRequest({ body, api: 'openai-chat', headers: { authorization: 'Bearer x' } });
if (problems.some((p) => p.severity === 'error')) throw new Error(problems[0].message);
const first: string | undefined = explainError('HTTP/1.1 429 Too Many Requests', { locale: 'zh-cn' })[0]?.fault;
// @ts-expect-error: not an API id
lintRequest({ body, api: 'openai-chat-v9' });
void first;
`,
  );
  const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  const r = spawnSync(process.execPath, [tsc, '-p', project], { cwd: project, encoding: 'utf8', timeout: 120_000 });
  assert.equal(r.status, 0, r.stdout + r.stderr);
});

test('lintRequest: spans are in the body text; request-level problems say so; fixes edit the body only', () => {
  const body = JSON.stringify({ model: 'gpt-4o', messages: [{ role: 'user', content: 'hi' }], foo: 1 });
  const problems = lib.lintRequest({ body, url: 'https://api.openai.com/v1/chat/completions', headers: { 'Content-Type': 'application/json' } });
  const unknown = problems.find((p) => p.rule === 'unknown-parameter')!;
  assert.equal(body.slice(unknown.start, unknown.end), '"foo"');
  assert.equal(unknown.provider, 'openai');
  const fixed = unknown.fixes.find((f) => f.preferred)!.edits.reduceRight((t, e) => t.slice(0, e.start) + e.text + t.slice(e.end), body);
  assert.deepEqual(JSON.parse(fixed), { model: 'gpt-4o', messages: [{ role: 'user', content: 'hi' }] });
  const header = problems.find((p) => p.rule === 'missing-required-header')!;
  assert.equal(header.location, 'request', 'no Authorization header among the given ones');
  // Without headers (an SDK adds them) nothing is said about headers, and a runtime key is no finding.
  assert.ok(!lib.lintRequest({ body }).some((p) => p.rule === 'missing-required-header'));
  assert.ok(!lib.lintRequest({ body, headers: { authorization: 'Bearer sk-proj-abcdefghijklmnopqrstuvwxyz0123456789ABCD' } }).some((p) => p.rule === 'hardcoded-api-key'));
});

test('lintRequest never throws and reads no file', () => {
  assert.equal(lib.lintRequest({ body: '{"model": ' })[0].rule, 'json-syntax');
  assert.deepEqual(lib.lintRequest({ body: '' }), []);
  const sneaky = lib.lintRequest({ body: '< /etc/passwd', url: 'https://api.openai.com/v1/chat/completions\nX: y', headers: [['bad name', 'v'], ['x-a', 'line\nbreak']] });
  assert.ok(sneaky.every((p) => !p.message.includes('root:')));
  const gemini = lib.lintRequest({ body: { contents: [{ parts: [{ text: 'hi' }] }], generationConfig: { temperature: 5 } }, provider: 'gemini', model: 'gemini-2.5-flash' });
  assert.deepEqual(gemini.map((p) => [p.rule, p.api, p.provider]), [['parameter-out-of-range', 'gemini-generate', 'gemini']]);
});

test('lintRequest: the body is the caller text, never .http syntax; the head is read per URL and headers', () => {
  // A `#` line, a `###` separator or a `< file` line in a body is not .http syntax here: it is what the provider gets.
  for (const line of ['# llm-preflight-disable', '###', '< ./other.json']) {
    const problems = lib.lintRequest({ body: `{\n  "model": "gpt-4o",\n${line}\n  "messages": []\n}`, api: 'openai-chat', provider: 'openai' });
    assert.deepEqual(problems.map((p) => p.rule), ['json-syntax'], line);
  }
  const body = { model: 'gpt-4o', messages: [{ role: 'user', content: 'hi' }], top_k: 5 };
  // The same head twice (split once, then remembered) and another head: each call keeps its own provider.
  for (let i = 0; i < 2; i++) assert.equal(lib.lintRequest({ body, url: 'https://api.openai.com/v1/chat/completions' }).find((p) => p.rule === 'unknown-parameter')?.provider, 'openai');
  const viaRelay = lib.lintRequest({ body, url: 'https://relay.example.com/v1/chat/completions' }).find((p) => p.rule === 'unknown-parameter');
  assert.equal(viaRelay?.provider, 'relay');
  assert.equal(viaRelay?.severity, 'warning');
});
