import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lintText } from '../../server/src/core/lint.ts';
import { paramsFor } from '../../rules/specs/index.ts';
import { at } from './helpers.ts';

const lint = (requestLine: string, body: unknown) => {
  const { units, findings } = lintText(`${requestLine}\nContent-Type: application/json\n\n${JSON.stringify(body)}\n`, { languageId: 'http' });
  return { detection: units[0]?.detection, findings: findings.map((f) => `${f.rule} ${f.severity}: ${f.message}`) };
};

test('Ollama: /api/chat and /api/generate on a local server are detected, its findings are warnings at most', () => {
  const chat = lint('POST http://localhost:11434/api/chat', {
    model: 'llama3.2',
    messages: [{ role: 'user', content: 'hi', image: ['x'] }],
    options: { max_tokens: 100, top_p: 3 },
    max_tokens: 10,
  });
  assert.equal(chat.detection?.api, 'ollama-chat');
  assert.equal(chat.detection?.provider, 'relay', 'a local server is an unknown host');
  assert.deepEqual([...chat.findings].sort(), [
    "unknown-parameter warning: 'messages[0].image' is not a field of this object; did you mean 'images'?",
    "unknown-parameter warning: 'options.max_tokens' is not a field of this object (known: num_ctx, num_predict, num_keep, seed, temperature, top_k, top_p, min_p, ...).",
    "parameter-out-of-range warning: 'options.top_p' is 3, outside 0..1.",
    "unknown-parameter warning: 'max_tokens' is not a parameter of ollama-chat.",
  ].sort());
  const generate = lint('POST http://127.0.0.1:11434/api/generate', { model: 'llama3.2', prompt: 'x', raw: true, think: 'high', keep_alive: 0 });
  assert.equal(generate.detection?.api, 'ollama-generate');
  assert.deepEqual(generate.findings, []);
});

test('Ollama cloud (ollama.com) is its own provider, still never louder than a warning', () => {
  const cloud = lint('POST https://ollama.com/api/chat\nAuthorization: Bearer {{OLLAMA_API_KEY}}', { model: 'gpt-oss:120b', messages: [], temprature: 1 });
  assert.equal(cloud.detection?.provider, 'ollama');
  // temperature belongs in options, so no top-level name is close enough to suggest.
  assert.deepEqual(cloud.findings, ["unknown-parameter warning: 'temprature' is not a parameter of ollama-chat on Ollama."]);
});

test('OpenAI Embeddings: detected from the path (not Ollama\'s legacy /api/embeddings), judged by its spec', () => {
  const emb = lint('POST https://api.openai.com/v1/embeddings\nAuthorization: Bearer {{KEY}}', { model: 'text-embedding-3-small', input: ['a', 'b'], dimension: 256 });
  assert.equal(emb.detection?.api, 'openai-embeddings');
  assert.deepEqual(emb.findings, ["unknown-parameter error: 'dimension' is not a parameter of openai-embeddings on OpenAI; did you mean 'dimensions'?"]);
  const tooMany = lint('POST https://api.openai.com/v1/embeddings\nAuthorization: Bearer {{KEY}}', { model: 'text-embedding-3-small', input: Array.from({ length: 2049 }, () => 'x') });
  assert.ok(tooMany.findings.some((f) => f.includes("'input'") && f.includes('2048')), tooMany.findings.join('\n'));
  assert.equal(lint('POST http://localhost:11434/api/embeddings', { model: 'all-minilm', prompt: 'x' }).detection?.api, null);
});

test('completion and hover for Ollama and Embeddings come from the same specs', () => {
  const chat = at('POST http://localhost:11434/api/chat\n\n{"model": "llama3.2", "|"}');
  assert.equal(chat.ctx?.api, 'ollama-chat');
  assert.deepEqual([...chat.labels].sort(), Object.keys(paramsFor('ollama-chat', 'relay')).filter((n) => n !== 'model').sort());
  const options = at('POST http://localhost:11434/api/generate\n\n{"model": "llama3.2", "options": {"|"}}').labels;
  for (const name of ['num_ctx', 'num_predict', 'temperature', 'top_k', 'top_p', 'min_p', 'seed', 'stop', 'repeat_penalty']) assert.ok(options.includes(name), name);
  const hover = at('POST http://localhost:11434/api/chat\n\n{"model": "qwen3", "thi|nk": "low"}').hover;
  assert.match(hover!.markdown, /"low" \\\| "medium" \\\| "high"|low.*medium.*high/);
  const emb = at('POST https://api.openai.com/v1/embeddings\n\n{"model": "text-embedding-3-small", "input": "x", "|"}');
  assert.deepEqual([...emb.labels].sort(), ['dimensions', 'encoding_format', 'user']);
  assert.match(at('POST https://api.openai.com/v1/embeddings\n\n{"encoding_format": "fl|oat"}').hover!.markdown, /base64/);
});
