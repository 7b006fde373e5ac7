// `llm-preflight explain` as a child process, against the contract in shared/DESIGN.md:
// explain [file | -] [--format text|json] [--locale en|zh-cn|zh-tw|fr]; exit 0 explained, 1 none, 2 usage/I-O.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { childEnv } from '../no-network/env.ts';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cliJs, ensureBuilt, root } from '../protocol/client.ts';

const FAULTS = ['request', 'auth', 'quota', 'rate-limit', 'content-filter', 'relay', 'upstream'];
let tmp: string;
before(() => {
  ensureBuilt();
  tmp = mkdtempSync(path.join(tmpdir(), 'llm-preflight-explain-cli-'));
});
after(() => rmSync(tmp, { recursive: true, force: true }));

function run(args: string[], input?: string, env: NodeJS.ProcessEnv = {}) {
  const r = spawnSync(process.execPath, [cliJs, ...args], { cwd: root, encoding: 'utf8', input, timeout: 60_000, env: childEnv({ LANG: 'C.UTF-8', LC_ALL: '', ...env }) });
  if (r.error) throw r.error;
  return r;
}

const LOG = [
  '12:00:01 anthropic.APIStatusError: Error code: 529 - {\'type\': \'error\', \'error\': {\'type\': \'overloaded_error\', \'message\': \'Overloaded\'}}',
  '12:00:05 BadRequestError: 400 {"type":"error","error":{"type":"invalid_request_error","message":"prompt is too long: 228527 tokens > 200000 maximum"}}',
  '12:00:09 nothing to see',
  '{"request_id":"b3f4a1c2-0000-4a5b-9c8d-1234567890ab","code":"Arrearage","message":"Access denied, plesase make sure your account is in good standing."}',
].join('\n');

describe('llm-preflight explain', () => {
  it('--format json prints the contract array with 0-based ranges, one entry per payload', () => {
    const file = path.join(tmp, 'errors.log');
    writeFileSync(file, LOG);
    const r = run(['explain', file, '--format', 'json']);
    assert.equal(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout) as Record<string, unknown>[];
    assert.equal(out.length, 3);
    for (const x of out) {
      // the contract's keys, plus the added confidence and chain (DESIGN.md allows added fields)
      assert.deepEqual(Object.keys(x).sort(), ['chain', 'code', 'confidence', 'explanation', 'fault', 'fix', 'provider', 'range', 'retryable', 'rule', 'status', 'title'].sort());
      assert.ok(['documented', 'kind', 'status'].includes(x.confidence as string));
      assert.ok(Array.isArray(x.chain) && (x.chain as { name: unknown; kind: unknown }[]).every((h) => typeof h.name === 'string' && typeof h.kind === 'string'));
      assert.ok(FAULTS.includes(x.fault as string));
      assert.equal(typeof x.retryable, 'boolean');
      assert.ok(Array.isArray(x.fix) && (x.fix as unknown[]).every((s) => typeof s === 'string'));
      assert.ok(x.rule === null || typeof x.rule === 'string');
      assert.ok(x.status === null || Number.isInteger(x.status));
    }
    const [overloaded, tooLong, arrearage] = out as { fault: string; retryable: boolean; status: number; rule: string | null; explanation: string; range: { start: { line: number } } }[];
    assert.deepEqual([overloaded.fault, overloaded.retryable, overloaded.status, overloaded.range.start.line], ['upstream', true, 529, 0]);
    assert.deepEqual([tooLong.fault, tooLong.retryable, tooLong.rule, tooLong.range.start.line], ['request', false, 'context-window-exceeded', 1]);
    assert.match(tooLong.explanation, /28527/, 'the numbers in the message are read out');
    assert.deepEqual([arrearage.fault, arrearage.retryable, arrearage.range.start.line], ['quota', false, 3]);
  });

  it('reads standard input with -, prints text by default, and follows --locale', () => {
    const en = run(['explain', '-'], LOG);
    assert.equal(en.status, 0);
    assert.match(en.stdout, /^1:\d+ {2}/m);
    assert.match(en.stdout, /How to fix:/);
    const zhTw = run(['explain', '-', '--locale', 'zh-tw'], LOG);
    assert.match(zhTw.stdout, /解決方法/);
    const fr = run(['explain', '-'], LOG, { LANG: 'fr_FR.UTF-8' });
    assert.match(fr.stdout, /Comment corriger/, 'LANG picks the locale when --locale is absent');
  });

  it('exit 1 when nothing is found (json prints []), 2 on usage and I/O errors', () => {
    const none = run(['explain', '-', '--format', 'json'], 'all requests succeeded\n');
    assert.equal(none.status, 1);
    assert.deepEqual(JSON.parse(none.stdout), []);
    assert.equal(run(['explain', '-', '--locale', 'de']).status, 2);
    assert.equal(run(['explain', '-', '--format', 'sarif']).status, 2);
    assert.equal(run(['explain', path.join(tmp, 'missing.log')]).status, 2);
    assert.equal(run(['explain', 'a', 'b']).status, 2);
  });

  it('a 1 MB line without an error and a 10 MB log with errors are handled', () => {
    const long = 'x'.repeat(1024 * 1024);
    assert.equal(run(['explain', '-'], long).status, 1);
    const big = `${'INFO ok\n'.repeat(1_200_000)}${LOG}\n`;
    const r = run(['explain', '-', '--format', 'json'], big);
    assert.equal(r.status, 0);
    assert.equal((JSON.parse(r.stdout) as unknown[]).length, 3);
  });
});

describe('llm-preflight explain: how sure, and who said it', () => {
  it('text and json show the confidence and the wrapper chain, in every locale', () => {
    const paste = 'litellm.BadRequestError: AnthropicException - {"type":"error","error":{"type":"invalid_request_error","message":"prompt is too long: 210000 tokens > 200000 maximum"}}\n';
    const en = run(['explain', '-'], paste);
    assert.match(en.stdout, /How sure: documented error/);
    const json = JSON.parse(run(['explain', '-', '--format', 'json'], paste).stdout) as { confidence: string; chain: { name: string }[] }[];
    assert.equal(json[0].confidence, 'documented');
    if (json[0].chain.length) assert.match(en.stdout, /Who said it: .* passed on Anthropic's error/);
    const kind = run(['explain', '-', '--format', 'json'], '{"error":{"message":"model foo does not support tools","type":"api_error"}}\n');
    assert.equal((JSON.parse(kind.stdout) as { confidence: string }[])[0].confidence, 'kind');
    for (const [locale, label] of [['zh-cn', '把握程度'], ['zh-tw', '把握程度'], ['fr', 'Certitude']]) assert.match(run(['explain', '-', '--locale', locale], paste).stdout, new RegExp(label));
    const relay = run(['explain', '-'], '{"error":{"message":"当前分组 default 下对于模型 gpt-5 无可用渠道 (request id: 2025082215093026624875464905761)","type":"one_api_error"}}\n');
    assert.match(relay.stdout, /Who said it: .*own message/);
  });
});
