import type { RuleCases } from '../types.ts';

const post = (url: string, body: unknown, headers = 'Content-Type: application/json') =>
  `POST ${url}\n${headers}\n\n${typeof body === 'string' ? body : JSON.stringify(body)}\n`;
const chat = { model: 'gpt-4o', messages: [{ role: 'user', content: 'hi' }] };

export const cases: RuleCases = {
  valid: [
    { name: 'known OpenAI chat parameters', languageId: 'http', code: post('https://api.openai.com/v1/chat/completions', { ...chat, temperature: 0.2, max_completion_tokens: 100, store: true }) },
    { name: 'enable_thinking on DashScope compatible mode', languageId: 'http', code: post('https://dashscope.aliyuncs.com/compatible-mode/v1/chat/completions', { ...chat, model: 'qwen-plus', enable_thinking: true }) },
    { name: 'OpenRouter ignores unknown parameters', languageId: 'http', code: post('https://openrouter.ai/api/v1/chat/completions', { ...chat, frobnicate: 1 }) },
    { name: 'a templated key is unknown, not wrong', languageId: 'http', code: post('https://api.openai.com/v1/chat/completions', '{"model":"gpt-4o","messages":[],"{{extraKey}}":1}') },
    { name: 'relay with a model of unknown maker', languageId: 'http', code: post('https://llm.internal.example/v1/chat/completions', { ...chat, model: 'my-finetune', top_k: 3 }) },
    { name: 'Gemini snake_case field names', languageId: 'http', code: post('https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-pro:generateContent', { contents: [{ role: 'user', parts: [{ text: 'x' }] }], generation_config: { temperature: 0.1 } }) },
    { name: 'Anthropic beta parameter on the beta endpoint', languageId: 'http', code: post('https://api.anthropic.com/v1/messages?beta=true', { model: 'claude-sonnet-4-5', max_tokens: 5, messages: [{ role: 'user', content: 'x' }], context_management: { edits: [] } }, 'anthropic-version: 2023-06-01') },
  ],
  invalid: [
    {
      name: 'enable_thinking sent to OpenAI',
      languageId: 'http',
      code: post('https://api.openai.com/v1/chat/completions', { ...chat, enable_thinking: false }),
      providerError: 'Unrecognized request argument supplied: enable_thinking',
      errors: [{ message: '`enable_thinking` is not a parameter of openai-chat on OpenAI', line: 3, severity: 'error' }],
    },
    {
      name: 'enable_thinking sent to Azure OpenAI',
      languageId: 'http',
      code: post('https://my-resource.openai.azure.com/openai/deployments/gpt-4o/chat/completions?api-version=2024-10-21', { messages: chat.messages, enable_thinking: false }, 'api-key: {{key}}'),
      providerError: 'Unrecognized request argument supplied: enable_thinking',
      errors: [{ message: 'Unrecognized request argument supplied: enable_thinking', severity: 'error' }],
    },
    {
      // (a body with no `contents` at all is body-api-mismatch's finding, and this rule stays silent)
      name: 'OpenAI fields left in a Gemini generateContent body',
      languageId: 'http',
      code: post('https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-flash:generateContent', { contents: [{ role: 'user', parts: [{ text: 'x' }] }], messages: chat.messages, response_format: { type: 'json_object' } }),
      providerError: 'Invalid JSON payload received. Unknown name "messages": Cannot find field.',
      errors: [{ message: 'Unknown name "messages"' }, { message: 'Unknown name "response_format"' }],
    },
    {
      name: 'Anthropic body with an OpenAI parameter',
      languageId: 'http',
      code: post('https://api.anthropic.com/v1/messages', { model: 'claude-sonnet-4-5', max_tokens: 5, messages: [{ role: 'user', content: 'x' }], response_format: { type: 'json_object' } }, 'anthropic-version: 2023-06-01'),
      providerError: 'response_format: Extra inputs are not permitted',
      errors: [{ message: 'response_format: Extra inputs are not permitted', severity: 'error' }],
    },
    {
      name: 'relay in front of an OpenAI model warns',
      languageId: 'http',
      code: post('https://api.my-relay.example/v1/chat/completions', { ...chat, top_k: 40 }),
      providerError: "Unknown parameter: 'top_k'.",
      errors: [{ severity: 'warning', message: '`top_k`' }],
    },
  ],
};
