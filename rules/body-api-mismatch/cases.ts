import type { RuleCases } from '../types.ts';

const GEMINI = 'POST https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-flash:generateContent\nx-goog-api-key: {{key}}\nContent-Type: application/json\n\n';
const OPENAI_CHAT = 'POST https://api.openai.com/v1/chat/completions\nAuthorization: Bearer {{key}}\nContent-Type: application/json\n\n';
const RESPONSES = 'POST https://api.openai.com/v1/responses\nAuthorization: Bearer {{key}}\nContent-Type: application/json\n\n';
const DASHSCOPE = 'POST https://dashscope.aliyuncs.com/api/v1/services/aigc/text-generation/generation\nAuthorization: Bearer {{key}}\nContent-Type: application/json\n\n';
const chat = { model: 'gpt-4o', messages: [{ role: 'user', content: 'Hi' }] };

export const cases: RuleCases = {
  valid: [
    { name: 'Gemini body to generateContent', languageId: 'http', code: GEMINI + JSON.stringify({ contents: [{ role: 'user', parts: [{ text: 'Hi' }] }] }) },
    { name: 'DashScope native body (messages inside input)', languageId: 'http', code: DASHSCOPE + JSON.stringify({ model: 'qwen-plus', input: { messages: [{ role: 'user', content: 'Hi' }] } }) },
    { name: 'chat body with max_tokens (accepted by OpenAI too) to chat completions', languageId: 'http', code: OPENAI_CHAT + JSON.stringify({ ...chat, max_tokens: 100 }) },
    {
      name: 'Responses body with input and no messages',
      languageId: 'http',
      code: RESPONSES + JSON.stringify({ model: 'gpt-4o', input: [{ role: 'user', content: 'Hi' }] }),
    },
    { name: 'contents from a variable: unknown, not missing', languageId: 'http', code: GEMINI + '{"contents": {{history}}, "messages": []}' },
    { name: 'a bare .json body: the API came from the shape, nothing to compare', languageId: 'json', code: JSON.stringify({ contents: [{ parts: [{ text: 'Hi' }] }] }) },
    { name: '# @api override: the user chose the API', languageId: 'http', code: '# @api gemini-generate\n' + OPENAI_CHAT + JSON.stringify({ contents: [{ parts: [{ text: 'Hi' }] }] }) },
  ],
  invalid: [
    {
      name: 'OpenAI chat body posted to Gemini generateContent',
      languageId: 'http',
      code: GEMINI + JSON.stringify({ model: 'gemini-2.5-flash', messages: [{ role: 'user', content: 'Hi' }], response_format: { type: 'json_object' } }),
      providerError: 'Invalid JSON payload received. Unknown name "messages": Cannot find field.',
      errors: [{ message: 'Unknown name "messages": Cannot find field.', line: 4, severity: 'error' }],
    },
    {
      name: 'Gemini body posted to chat completions',
      languageId: 'http',
      code: OPENAI_CHAT + JSON.stringify({ contents: [{ role: 'user', parts: [{ text: 'Hi' }] }], generationConfig: { temperature: 0.2 } }),
      providerError: "Unknown parameter: 'contents'.",
      errors: [{ message: "A Gemini generateContent body ('contents') sent to OpenAI Chat Completions: send it to 'models/{model}:generateContent'.", severity: 'error' }],
    },
    {
      name: 'chat body posted to the Responses API',
      languageId: 'http',
      code: RESPONSES + JSON.stringify(chat),
      providerError: "Unsupported parameter: 'messages'. In the Responses API, this parameter has moved to 'input'.",
      errors: [{ message: "In the Responses API, this parameter has moved to 'input'", severity: 'error' }],
    },
    {
      name: 'Responses `input` posted to chat completions',
      languageId: 'http',
      code: OPENAI_CHAT + JSON.stringify({ model: 'gpt-4o', input: 'Hi' }),
      providerError: "Unknown parameter: 'input'.",
      errors: [{ message: "OpenAI Responses body ('input')", severity: 'error' }],
    },
    {
      name: 'DashScope native endpoint with top-level messages',
      languageId: 'http',
      code: DASHSCOPE + JSON.stringify({ model: 'qwen-plus', messages: [{ role: 'user', content: 'Hi' }] }),
      providerError: 'Either "prompt" or "messages" must exist and cannot both be none',
      errors: [{ message: 'DashScope answers: "Either \\"prompt\\" or \\"messages\\" must exist and cannot both be none"'.replace(/\\"/g, '"'), severity: 'error' }],
    },
    {
      name: 'Anthropic body (top-level system, tool_use blocks) posted to OpenAI chat completions',
      languageId: 'http',
      code: OPENAI_CHAT + JSON.stringify({ model: 'gpt-4o', max_tokens: 100, system: [{ type: 'text', text: 'Be brief.' }], messages: [{ role: 'user', content: 'Hi' }] }),
      providerError: "Unknown parameter: 'system'.",
      errors: [{ message: `Unknown parameter: 'system'."`, severity: 'error' }],
    },
    {
      name: 'through a relay it is a warning',
      languageId: 'http',
      code: 'POST https://relay.example.com/v1beta/models/gemini-2.5-flash:generateContent\nContent-Type: application/json\n\n' + JSON.stringify(chat),
      providerError: 'Invalid JSON payload received. Unknown name "messages": Cannot find field.',
      errors: [{ severity: 'warning' }],
    },
  ],
};
