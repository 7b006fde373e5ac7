/**
 * One message, one entry (match.ts relayQuoteScore): a provider's message quoted by the relay table is
 * explained by the provider's own entry when the paste shows the provider; a relay entry that is the
 * only one quoting the message beats the provider's coarse type-only entry.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CATALOG, explainText, findErrorPayloads, matchEntry } from '../../server/src/core/errors/index.ts';
import type { ErrorPayload } from '../../server/src/core/errors/index.ts';

function payload(message: string, over: Partial<ErrorPayload>): ErrorPayload {
  const base = findErrorPayloads(`{"error":{"message":${JSON.stringify(message)}}}`)[0];
  return { ...base, codes: [], code: null, ...over };
}

test('a bare provider message with the provider shown goes to the provider entry, not the relay table', () => {
  for (const certain of [false, true]) {
    const p = payload('prompt is too long: 210000 tokens > 200000 maximum', { provider: 'anthropic', providerCertain: certain, format: 'text' });
    assert.equal(matchEntry(p, CATALOG)?.entry.id, 'anthropic/prompt-too-long', `certain=${certain}`);
  }
});

test('without the provider, the relay table still explains a bare relay line', () => {
  const p = payload('prompt is too long: 210000 tokens > 200000 maximum', { provider: null, providerCertain: false, format: 'text' });
  assert.equal(matchEntry(p, CATALOG)?.entry.provider, 'relay');
});

test("a message only the relay table quotes beats the provider's type-only entry", () => {
  const text = '{"type":"error","error":{"type":"rate_limit_error","message":"Extra usage is required for long context requests."},"request_id":"req_011CZTxMdaHqLNSHtJGUM7mh"}';
  const p = findErrorPayloads(text)[0];
  assert.equal(p.provider, 'anthropic');
  const m = matchEntry(p, CATALOG);
  assert.equal(m?.entry.id, 'relay/extra-usage-long-context');
  assert.equal(m?.entry.fault, 'quota');
});

test('a short phrase listed with codes does not stand in for them when the payload has none', () => {
  const p = payload('Model: Qwen3 Coder 480B A35B (free)', { provider: null, providerCertain: false, format: 'text' });
  assert.notEqual(matchEntry(p, CATALOG)?.entry.id, 'anthropic/unknown-model');
});

test("OpenRouter passing on a provider the catalog knows: that provider's entry speaks, OpenRouter is the hop", () => {
  // openrouter.ai/docs/api-reference/errors: metadata.provider_name and metadata.raw carry the provider's own error
  const text = `openai.BadRequestError: Error code: 400 - {'error': {'message': 'Provider returned error', 'code': 400, 'metadata': {'raw': '{\\n  "error": {\\n    "code": 400,\\n    "message": "User location is not supported for the API use.",\\n    "status": "FAILED_PRECONDITION"\\n  }\\n}\\n', 'provider_name': 'Google AI Studio', 'is_byok': False}}, 'user_id': 'user_3DaAYF7ByXXxR6yTJfys0LcehB8'}`;
  const [x] = explainText(text);
  assert.equal(x.id, 'gemini/location-not-supported');
  assert.equal(x.provider, 'gemini');
  assert.ok(x.chain.some((h) => h.name === 'OpenRouter'), JSON.stringify(x.chain));
});

test('OpenRouter passing on a provider the catalog does not know keeps its own entry', () => {
  const text = '{"error":{"message":"Provider returned error","code":429,"metadata":{"raw":"z-ai/glm-5.3-flash is temporarily rate-limited upstream. Please retry shortly","provider_name":"BaseTen"}}}';
  const [x] = explainText(text);
  assert.equal(x.provider, 'openrouter');
  assert.equal(x.fault, 'rate-limit');
});
