import assert from 'node:assert/strict';
import { test } from 'node:test';
import { detectRequest } from '../../server/src/core/detect.ts';
import type { Header, RequestUnit } from '../../server/src/core/types.ts';

const unit = (url?: string, headers: Record<string, string> = {}, extra: Partial<RequestUnit> = {}): RequestUnit => ({
  span: { start: 0, end: 0 },
  url,
  headers: Object.entries(headers).map(([name, value]): Header => ({ name, value, span: { start: 0, end: 0 } })),
  notes: [],
  ...extra,
});

// A table of URL / headers / body → API, provider, model.
const table: [string, RequestUnit, unknown, string | null, string | null, string | null][] = [
  ['OpenAI chat', unit('https://api.openai.com/v1/chat/completions'), { model: 'gpt-4o', messages: [] }, 'openai-chat', 'openai', 'gpt-4o'],
  ['OpenAI responses', unit('https://api.openai.com/v1/responses'), { model: 'gpt-5', input: 'x' }, 'openai-responses', 'openai', 'gpt-5'],
  ['Azure deployment', unit('https://res.openai.azure.com/openai/deployments/prod/chat/completions?api-version=2024-10-21'), { messages: [] }, 'openai-chat', 'azure', null],
  ['Azure via cognitiveservices', unit('https://x.cognitiveservices.azure.com/openai/responses?api-version=2025-04-01-preview'), {}, 'openai-responses', 'azure', null],
  ['Anthropic', unit('https://api.anthropic.com/v1/messages'), { model: 'claude-opus-4-1' }, 'anthropic-messages', 'anthropic', 'claude-opus-4-1'],
  ['Bedrock invoke', unit('https://bedrock-runtime.us-east-1.amazonaws.com/model/anthropic.claude-3-5-sonnet-20240620-v1:0/invoke'), { anthropic_version: 'bedrock-2023-05-31', messages: [] }, 'anthropic-messages', 'bedrock', 'anthropic.claude-3-5-sonnet-20240620-v1:0'],
  ['Bedrock Converse: the path wins over the Anthropic model', unit('https://bedrock-runtime.us-east-1.amazonaws.com/model/anthropic.claude-3-haiku-20240307-v1:0/converse'), { messages: [], system: [{ text: 'x' }] }, 'bedrock-converse', 'bedrock', 'anthropic.claude-3-haiku-20240307-v1:0'],
  ['Bedrock ConverseStream, inference profile, URL-encoded', unit('https://bedrock-runtime.eu-west-1.amazonaws.com/model/eu.anthropic.claude-sonnet-4-20250514-v1%3A0/converse-stream'), { messages: [] }, 'bedrock-converse', 'bedrock', 'eu.anthropic.claude-sonnet-4-20250514-v1:0'],
  ['Bedrock Converse, inference-profile ARN', unit('https://bedrock-runtime.us-east-1.amazonaws.com/model/arn%3Aaws%3Abedrock%3Aus-east-1%3A123456789012%3Ainference-profile%2Fus.amazon.nova-pro-v1%3A0/converse'), { messages: [] }, 'bedrock-converse', 'bedrock', 'us.amazon.nova-pro-v1:0'],
  ['Bedrock Converse, provisioned-throughput ARN stays as typed', unit('https://bedrock-runtime.us-east-1.amazonaws.com/model/arn%3Aaws%3Abedrock%3Aus-east-1%3A123456789012%3Aprovisioned-model%2Fabc123/converse'), { messages: [] }, 'bedrock-converse', 'bedrock', 'arn:aws:bedrock:us-east-1:123456789012:provisioned-model/abc123'],
  ['Ollama chat, local server', unit('http://localhost:11434/api/chat'), { model: 'llama3.2', messages: [] }, 'ollama-chat', 'relay', 'llama3.2'],
  ['Ollama generate, Ollama cloud', unit('https://ollama.com/api/generate'), { model: 'gpt-oss:120b', prompt: 'x' }, 'ollama-generate', 'ollama', 'gpt-oss:120b'],
  ['OpenAI Embeddings', unit('https://api.openai.com/v1/embeddings'), { model: 'text-embedding-3-small', input: 'x' }, 'openai-embeddings', 'openai', 'text-embedding-3-small'],
  ['Azure embeddings deployment', unit('https://res.openai.azure.com/openai/deployments/emb/embeddings?api-version=2024-10-21'), { input: 'x' }, 'openai-embeddings', 'azure', null],
  ['Vertex Claude', unit('https://us-east5-aiplatform.googleapis.com/v1/projects/p/locations/us-east5/publishers/anthropic/models/claude-sonnet-4-5:rawPredict'), { anthropic_version: 'vertex-2023-10-16' }, 'anthropic-messages', 'vertex', 'claude-sonnet-4-5'],
  ['Vertex Gemini', unit('https://aiplatform.googleapis.com/v1/projects/p/locations/global/publishers/google/models/gemini-2.5-pro:generateContent'), { contents: [] }, 'gemini-generate', 'vertex', 'gemini-2.5-pro'],
  ['Gemini API stream', unit('https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-flash:streamGenerateContent?alt=sse'), { contents: [] }, 'gemini-generate', 'gemini', 'gemini-2.5-flash'],
  ['Gemini OpenAI-compatible', unit('https://generativelanguage.googleapis.com/v1beta/openai/chat/completions'), { model: 'gemini-2.5-flash' }, 'openai-chat', 'gemini-openai', 'gemini-2.5-flash'],
  ['DashScope native', unit('https://dashscope.aliyuncs.com/api/v1/services/aigc/text-generation/generation'), { model: 'qwen-plus', input: { messages: [] } }, 'dashscope-generation', 'dashscope', 'qwen-plus'],
  ['DashScope multimodal intl', unit('https://dashscope-intl.aliyuncs.com/api/v1/services/aigc/multimodal-generation/generation'), {}, 'dashscope-generation', 'dashscope', null],
  ['DashScope compatible mode', unit('https://dashscope.aliyuncs.com/compatible-mode/v1/chat/completions'), { model: 'qwen-max' }, 'openai-chat', 'dashscope-compatible', 'qwen-max'],
  ['DeepSeek', unit('https://api.deepseek.com/chat/completions'), { model: 'deepseek-chat' }, 'openai-chat', 'deepseek', 'deepseek-chat'],
  ['OpenRouter', unit('https://openrouter.ai/api/v1/chat/completions'), { model: 'anthropic/claude-sonnet-4.5' }, 'openai-chat', 'openrouter', 'anthropic/claude-sonnet-4.5'],
  ['relay', unit('https://api.example-relay.com/v1/chat/completions'), { model: 'gpt-4o' }, 'openai-chat', 'relay', 'gpt-4o'],
  ['unresolved host keeps the path', unit('{{base}}/v1/messages', { 'anthropic-version': '2023-06-01' }), {}, 'anthropic-messages', null, null],
  ['header only: anthropic-version', unit('{{endpoint}}', { 'anthropic-version': '2023-06-01' }), {}, 'anthropic-messages', null, null],
  ['header only: x-goog-api-key with contents', unit('{{endpoint}}', { 'x-goog-api-key': 'k' }), { contents: [] }, 'gemini-generate', 'gemini', null],
  ['Assistants thread messages are not Anthropic', unit('https://api.openai.com/v1/threads/thread_1/messages'), { role: 'user', content: 'x' }, null, 'openai', null],
  ['bare body: Gemini shape', unit(), { contents: [{ parts: [{ text: 'x' }] }] }, 'gemini-generate', null, null],
  ['bare body: DashScope shape', unit(), { model: 'qwen-plus', input: { messages: [] }, parameters: {} }, 'dashscope-generation', null, 'qwen-plus'],
  ['bare body: Responses shape', unit(), { model: 'gpt-5', input: [{ role: 'user', content: 'x' }] }, 'openai-responses', null, 'gpt-5'],
  ['bare body: Claude model decides', unit(), { model: 'claude-3-5-haiku-latest', messages: [] }, 'anthropic-messages', null, 'claude-3-5-haiku-latest'],
  ['bare body: OpenAI model decides', unit(), { model: 'gpt-4.1-mini', messages: [] }, 'openai-chat', null, 'gpt-4.1-mini'],
  ['bare body: unknown model, Anthropic-only fields', unit(), { model: 'x', system: 's', max_tokens: 5, messages: [] }, 'anthropic-messages', null, 'x'],
  ['bare body: unknown model, tool role', unit(), { model: 'x', messages: [{ role: 'tool', content: 'x', tool_call_id: 'a' }] }, 'openai-chat', null, 'x'],
  ['bare body: ambiguous', unit(), { model: 'my-model', messages: [{ role: 'user', content: 'x' }] }, null, null, 'my-model'],
  ['templated model is unknown', unit(), { model: '\uE000model\uE000', messages: [] }, null, null, null],
  ['OpenAI batch envelope', unit('/v1/chat/completions', {}, { envelope: { kind: 'openai-batch', url: '/v1/chat/completions' } }), { model: 'gpt-4o' }, 'openai-chat', 'openai', 'gpt-4o'],
  ['Anthropic batch envelope', unit(undefined, {}, { envelope: { kind: 'anthropic-batch' } }), { model: 'claude-sonnet-4-5' }, 'anthropic-messages', 'anthropic', 'claude-sonnet-4-5'],
];

for (const [name, u, body, api, provider, model] of table) {
  test(`detects ${name}`, () => {
    const d = detectRequest(u, body);
    assert.deepEqual({ api: d.api, provider: d.provider, model: d.model }, { api, provider, model });
    assert.ok(d.reasons.length > 0, 'explains itself');
  });
}

test('a # @api comment beats the URL, and configuration beats the shape', () => {
  const commented = unit('https://api.openai.com/v1/chat/completions', {}, { apiOverride: { value: 'anthropic-messages', span: { start: 0, end: 0 } } });
  assert.equal(detectRequest(commented, {}).api, 'anthropic-messages');
  assert.equal(detectRequest(unit(), { contents: [] }, 'openai-responses').api, 'openai-responses');
  assert.match(detectRequest(commented, {}).reasons[0], /@api/);
});

test('an unknown # @api value is ignored', () => {
  const u = unit('https://api.openai.com/v1/responses', {}, { apiOverride: { value: 'nonsense', span: { start: 0, end: 0 } } });
  assert.equal(detectRequest(u, {}).api, 'openai-responses');
});
