import type { RuleCases } from '../types.ts';

const post = (url: string, body: unknown, headers = 'Content-Type: application/json') =>
  `POST ${url}\n${headers}\n\n${typeof body === 'string' ? body : JSON.stringify(body)}\n`;
const OPENAI = 'https://api.openai.com/v1/chat/completions';
const RESPONSES = 'https://api.openai.com/v1/responses';
const ANTHROPIC = 'https://api.anthropic.com/v1/messages';
const AV = 'anthropic-version: 2023-06-01';
const GEMINI = 'https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-flash:generateContent';
const chat = { model: 'gpt-4o', messages: [{ role: 'user', content: 'hi' }] };
const claude = { model: 'claude-sonnet-4-5', max_tokens: 64, messages: [{ role: 'user', content: 'hi' }] };

export const cases: RuleCases = {
  valid: [
    { name: 'values at the bounds', languageId: 'http', code: post(OPENAI, { ...chat, temperature: 2, top_p: 0, presence_penalty: -2, frequency_penalty: 2, n: 1, stop: ['a', 'b', 'c', 'd'] }) },
    { name: 'Anthropic max_tokens 0 pre-warms the cache', languageId: 'http', code: post(ANTHROPIC, { ...claude, max_tokens: 0, temperature: 1 }, AV) },
    { name: 'Gemini temperature up to 2; 0 means unset', languageId: 'http', code: post(GEMINI, { contents: [{ role: 'user', parts: [{ text: 'x' }] }], generationConfig: { temperature: 1.5, topK: 0, candidateCount: 0 } }) },
    { name: 'a templated value is unknown, not wrong', languageId: 'http', code: post(OPENAI, '{"model":"gpt-4o","messages":[{"role":"user","content":"hi"}],"temperature":{{temp}}}') },
    { name: 'stop as a single string', languageId: 'http', code: post(OPENAI, { ...chat, stop: 'END' }) },
    { name: 'Moonshot: temperature 0.6 and n 5 are in its range', languageId: 'http', code: post('https://api.moonshot.ai/v1/chat/completions', { ...chat, model: 'kimi-k2-0905-preview', temperature: 0.6, n: 5 }) },
    { name: 'SiliconFlow: thinking_budget 4096', languageId: 'http', code: post('https://api.siliconflow.cn/v1/chat/completions', { ...chat, model: 'Qwen/Qwen3-8B', thinking_budget: 4096 }) },
  ],
  invalid: [
    {
      name: "Moonshot: temperature above 1 and n above 5 (Moonshot's ranges; warnings on a dialect host)",
      languageId: 'http',
      code: post('https://api.moonshot.ai/v1/chat/completions', { ...chat, model: 'kimi-k2-0905-preview', temperature: 1.5, n: 6 }),
      providerError: 'n cannot be greater than 5; if n > 1 when temperature is close to 0, Moonshot returns invalid_request_error (docs)',
      errors: [
        { message: "'temperature' is 1.5, outside 0..1.", severity: 'warning' },
        { message: "'n' is 6, outside 1..5.", severity: 'warning' },
      ],
    },
    {
      name: 'Zhipu: temperature above 1',
      languageId: 'http',
      code: post('https://open.bigmodel.cn/api/paas/v4/chat/completions', { ...chat, model: 'glm-4.7', temperature: 1.2 }),
      providerError: 'temperature: value range [0.0, 1.0] (docs)',
      errors: [{ message: "'temperature' is 1.2, outside 0..1.", severity: 'warning' }],
    },
    {
      name: 'SiliconFlow: thinking_budget below 128',
      languageId: 'http',
      code: post('https://api.siliconflow.cn/v1/chat/completions', { ...chat, model: 'Qwen/Qwen3-8B', thinking_budget: 64 }),
      providerError: 'thinking_budget: 128 <= x <= 32768 (docs)',
      errors: [{ message: "'thinking_budget' is 64, outside 128..32768.", severity: 'warning' }],
    },
    {
      name: 'Responses temperature -1 (recorded)',
      languageId: 'http',
      code: post(RESPONSES, { model: 'gpt-4o', input: 'hi', temperature: -1 }),
      providerError: "Invalid 'temperature': decimal below minimum value. Expected a value >= 0, but got -1 instead.",
      errors: [{ message: "Invalid 'temperature': decimal below minimum value. Expected a value >= 0, but got -1 instead.", line: 3, severity: 'error' }],
    },
    {
      name: 'OpenAI temperature 3',
      languageId: 'http',
      code: post(OPENAI, { ...chat, temperature: 3 }),
      providerError: "Invalid 'temperature': decimal below minimum value. Expected a value >= 0, but got -1 instead.",
      errors: [{ message: "Invalid 'temperature': decimal above maximum value. Expected a value <= 2, but got 3 instead." }],
    },
    {
      name: 'too many stop sequences',
      languageId: 'http',
      code: post(OPENAI, { ...chat, stop: ['1', '2', '3', '4', '5'] }),
      providerError: "Invalid 'temperature': decimal below minimum value. Expected a value >= 0, but got -1 instead.",
      errors: [{ message: "Invalid 'stop': array too long. Expected an array with maximum length 4, but got an array with length 5 instead.", severity: 'error' }],
    },
    {
      name: 'Anthropic temperature above 1',
      languageId: 'http',
      code: post(ANTHROPIC, { ...claude, temperature: 1.2 }, AV),
      providerError: 'temperature: range: 0..1',
      errors: [{ message: 'temperature: range: 0..1', severity: 'error' }],
    },
    {
      name: 'max_completion_tokens 0 and top_logprobs 21',
      languageId: 'http',
      code: post(OPENAI, { ...chat, max_completion_tokens: 0, logprobs: true, top_logprobs: 21 }),
      providerError: "Invalid 'max_tokens': integer below minimum value. Expected a value >= 0, but got -1 instead.",
      errors: [
        { message: "Invalid 'max_completion_tokens': integer below minimum value. Expected a value >= 1, but got 0 instead." },
        { message: "Invalid 'top_logprobs': integer above maximum value. Expected a value <= 20, but got 21 instead." },
      ],
    },
    {
      name: 'DashScope native temperature above 2',
      languageId: 'http',
      code: post('https://dashscope.aliyuncs.com/api/v1/services/aigc/text-generation/generation', { model: 'qwen-plus', input: { messages: [{ role: 'user', content: 'hi' }] }, parameters: { temperature: 2.5 } }, 'Authorization: Bearer {{key}}'),
      providerError: 'Temperature should be in [0.0, 2.0)',
      errors: [{ message: 'Temperature should be in [0.0, 2.0)', severity: 'error' }],
    },
    {
      name: 'Gemini topP above 1 is a warning',
      languageId: 'http',
      code: post(GEMINI, { contents: [{ role: 'user', parts: [{ text: 'x' }] }], generationConfig: { topP: 1.5 } }),
      providerError: "Invalid 'temperature': decimal below minimum value. Expected a value >= 0, but got -1 instead.",
      errors: [{ message: "'generationConfig.topP' is 1.5", severity: 'warning' }],
    },
      {
      name: 'an empty messages array (envoy chat-no-messages cassette)',
      languageId: 'http',
      code: post(OPENAI, { ...chat, messages: [] }),
      providerError: "Invalid 'messages': empty array. Expected an array with minimum length 1, but got an empty array instead.",
      errors: [{ message: "Invalid 'messages': empty array. Expected an array with minimum length 1, but got an empty array instead.", severity: 'error' }],
    },
    {
      name: 'Anthropic thinking budget below 1024',
      languageId: 'http',
      code: post(ANTHROPIC, { ...claude, max_tokens: 4000, thinking: { type: 'enabled', budget_tokens: 512 } }, AV),
      providerError: 'thinking.enabled.budget_tokens: Input should be greater than or equal to 1024',
      errors: [{ message: 'budget_tokens: Input should be greater than or equal to 1024', severity: 'error' }],
    },
],
};

// SDK calls in source code (server/src/core/sources): the same checks through the body map, at the argument's range.
cases.valid.push(
  { name: "Python: a temperature from a variable is unknown, not wrong", languageId: 'python', code: "from openai import OpenAI\n\nclient = OpenAI()\nclient.chat.completions.create(model=\"gpt-4o\", messages=[{\"role\": \"user\", \"content\": \"hi\"}], temperature=temperature)\n" },
);
cases.invalid.push(
  { name: "Python: temperature 3", languageId: 'python', code: "from openai import OpenAI\n\nclient = OpenAI()\nclient.chat.completions.create(model=\"gpt-4o\", messages=[{\"role\": \"user\", \"content\": \"hi\"}], temperature=3)\n", providerError: "Invalid 'temperature': decimal below minimum value. Expected a value >= 0, but got -1 instead.", errors: [{ message: "outside 0..2", text: "3" }] },
  { name: "TypeScript: temperature 3", languageId: 'typescript', code: "import OpenAI from 'openai';\n\nconst client = new OpenAI();\nawait client.chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'user', content: 'hi' }], temperature: 3 });\n", providerError: "Invalid 'temperature': decimal below minimum value. Expected a value >= 0, but got -1 instead.", errors: [{ message: "outside 0..2", text: "3" }] },
);
