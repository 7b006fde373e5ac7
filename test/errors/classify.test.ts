/**
 * Error kinds (rules/errors/kinds.ts): each kind's shape, its examples classified as that kind, and
 * the order of explanations: a documented entry first, then a kind, then the status code alone.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { KINDS } from '../../rules/errors/kinds.ts';
import { classifyPayload } from '../../server/src/core/errors/classify.ts';
import { explainText, findErrorPayloads, type ErrorPayload } from '../../server/src/core/errors/index.ts';

/** The widest payload (as catalog.test.ts picks it; importing that file would run its tests too). */
function mainPayload(payloads: ErrorPayload[]): ErrorPayload | undefined {
  let best: ErrorPayload | undefined;
  for (const p of payloads) if (!best || p.span.end - p.span.start > best.span.end - best.span.start) best = p;
  return best;
}

const FAULTS = ['request', 'auth', 'quota', 'rate-limit', 'content-filter', 'relay', 'upstream'];

describe('every kind has its fields and cites a source', () => {
  for (const k of KINDS) {
    test(k.id, () => {
      assert.ok(k.id.startsWith('kind/'));
      assert.ok(FAULTS.includes(k.fault));
      assert.ok(k.title && k.explanation.length >= 20 && k.fix.length > 0);
      assert.ok(k.source.includes('https://'), 'a source URL');
      assert.ok(k.examples.length > 0);
      for (const p of k.phrases) {
        assert.equal(typeof p, 'string', 'phrases are literal strings, never RegExp');
        assert.equal(p, p.toLowerCase(), `phrase "${p}" is lower case`);
        assert.ok(p.trim().length >= 2, `phrase "${p}" is too short`);
      }
    });
  }
});

describe('every kind is chosen for its own examples', () => {
  for (const k of KINDS) {
    test(k.id, () => {
      for (const example of k.examples) {
        const p = mainPayload(findErrorPayloads(example));
        assert.ok(p, `no payload in ${example}`);
        assert.equal(classifyPayload(p)?.kind.id, k.id, example);
      }
    });
  }
});

test('a phrase must start a word: "iam" does not fire inside "william"', () => {
  const p = findErrorPayloads('{"error":{"message":"william was here"}}')[0];
  assert.equal(classifyPayload(p), null);
});

test('a generic kind stands aside for a more specific status', () => {
  const [x] = explainText('HTTP/1.1 503 Service Unavailable\n\n{"error":{"message":"invalid upstream reply"}}');
  assert.equal(x.fault, 'upstream');
});

test('confidence: documented entry, recognised kind, status code alone', () => {
  const documented = explainText('{"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}')[0];
  assert.equal(documented.confidence, 'documented');
  const kind = explainText('Error code: 400 - {"error":{"message":"model foo does not support tools"}}')[0];
  assert.equal(kind.confidence, 'kind');
  assert.equal(kind.id, 'kind/unsupported-feature');
  assert.equal(kind.fault, 'request');
  const status = explainText('HTTP/1.1 502 Bad Gateway\n\n{"error":{"message":"zzz"}}')[0];
  assert.equal(status.confidence, 'status');
  assert.ok(status.id.startsWith('seed/'));
});

test('Chinese phrase families', () => {
  const cases: [string, string][] = [
    ['{"error":{"message":"当前模型不支持图片输入"}}', 'kind/unsupported-feature'],
    ['{"error":{"message":"您没有权限访问该资源"}}', 'kind/permission'],
    ['{"error":{"message":"账户余额不足"}}', 'kind/quota'],
    ['{"error":{"message":"服务器繁忙，请稍后再试"}}', 'kind/upstream'],
    ['{"error":{"message":"请求过于频繁"}}', 'kind/rate-limit'],
  ];
  for (const [text, id] of cases) assert.equal(explainText(text)[0]?.id, id, text);
});

test('every catalog example is still explained by its own entry (kinds never take a documented message)', async () => {
  const { CATALOG } = await import('../../server/src/core/errors/index.ts');
  const wrong: string[] = [];
  for (const e of CATALOG) for (const ex of e.examples) if (!explainText(ex).some((x) => x.id === e.id)) wrong.push(`${e.id}: ${explainText(ex).map((x) => x.id).join(', ')}`);
  assert.deepEqual(wrong, []);
});

test('a coarse type (api_error) gives way to a message naming another kind; a specific code does not', () => {
  assert.equal(explainText('{"error":{"message":"registry.ollama.ai/library/deepseek-r1:latest does not support tools","type":"api_error"}}')[0].id, 'kind/unsupported-feature');
  assert.equal(explainText('{"code":"Arrearage","message":"Access denied, please make sure your account is in good standing."}')[0].id, 'dashscope/arrearage');
});

test('a weak phrase yields to any other kind: "quota exceeded" per minute is a rate limit, alone it is a quota', () => {
  const kindOf = (message: string) => {
    const p = findErrorPayloads(JSON.stringify({ error: { message } }))[0];
    return classifyPayload(p)?.kind.id;
  };
  assert.equal(kindOf('Quota exceeded for requests per minute per project'), 'kind/rate-limit');
  assert.equal(kindOf('Quota exceeded for this project'), 'kind/quota');
});

test('a kind with a companion phrase: a refused connection is the local proxy only on a local address', () => {
  const kindOf = (message: string) => classifyPayload(findErrorPayloads(JSON.stringify({ error: { message } }))[0])?.kind.id;
  assert.equal(kindOf('connect ECONNREFUSED 127.0.0.1:4000'), 'kind/local-proxy');
  assert.equal(kindOf('connect ECONNREFUSED 203.0.113.9:443'), 'kind/upstream');
});

test('identifiers in the message are codes; plain words are not', () => {
  const kindOf = (message: string) => classifyPayload(findErrorPayloads(`Error: ${message}`)[0])?.kind.id;
  assert.equal(kindOf('Exception Type: ResourceExhausted, details follow'), 'kind/rate-limit');
  assert.equal(kindOf('Exception Type: PermissionDenied'), 'kind/permission');
  assert.equal(kindOf('the team was forbidden to go'), undefined);
});
