import type { RuleCases } from '../types.ts';

const OPENAI = "'messages' must contain the word 'json' in some form, to use 'response_format' of type 'json_object'.";
const RESPONSES = "Response input messages must contain the word 'json' in some form to use 'text.format' of type 'json_object'.";
const chat = (body: unknown, base = 'https://api.openai.com/v1') => `POST ${base}/chat/completions\nContent-Type: application/json\n\n${JSON.stringify(body)}\n`;
const responses = (body: unknown) => `POST https://api.openai.com/v1/responses\nContent-Type: application/json\n\n${JSON.stringify(body)}\n`;
const dashscope = (body: unknown) =>
  `POST https://dashscope-intl.aliyuncs.com/api/v1/services/aigc/text-generation/generation\nContent-Type: application/json\n\n${JSON.stringify(body)}\n`;
const JSON_MODE = { type: 'json_object' };
const plain = [
  { role: 'system', content: 'You extract the city and the date from a sentence.' },
  { role: 'user', content: 'I will be in Paris on 3 May.' },
];

export const cases: RuleCases = {
  valid: [
    {
      name: 'system message asks for JSON (any case)',
      languageId: 'http',
      code: chat({ model: 'gpt-4o', response_format: JSON_MODE, messages: [{ role: 'system', content: 'Answer with a Json object {city, date}.' }, plain[1]] }),
    },
    {
      name: 'the word inside a longer word, in a text part',
      languageId: 'http',
      code: chat({ model: 'gpt-4o', response_format: JSON_MODE, messages: [{ role: 'user', content: [{ type: 'text', text: 'Return JSON-formatted output for: I will be in Paris on 3 May.' }] }] }),
    },
    {
      name: 'json_schema does not need the word',
      languageId: 'http',
      code: chat({ model: 'gpt-4o', response_format: { type: 'json_schema', json_schema: { name: 'trip', schema: { type: 'object' } } }, messages: plain }),
    },
    {
      name: 'a templated message may carry the word',
      languageId: 'http',
      code: 'POST https://api.openai.com/v1/chat/completions\nContent-Type: application/json\n\n{"model":"gpt-4o","response_format":{"type":"json_object"},"messages":[{"role":"system","content":"{{system_prompt}}"},{"role":"user","content":"I will be in Paris on 3 May."}]}\n',
    },
    {
      name: 'responses: the word in an input message',
      languageId: 'http',
      code: responses({ model: 'gpt-4.1', text: { format: JSON_MODE }, instructions: 'Extract the trip.', input: 'Reply in json: I will be in Paris on 3 May.' }),
    },
    {
      name: 'responses continuing a stored response',
      languageId: 'http',
      code: responses({ model: 'gpt-4.1', previous_response_id: 'resp_1', text: { format: JSON_MODE }, input: 'And the next trip?' }),
    },
    {
      name: 'gemini openai-compatible endpoint is not judged',
      languageId: 'http',
      code: chat({ model: 'gemini-2.5-flash', response_format: JSON_MODE, messages: plain }, 'https://generativelanguage.googleapis.com/v1beta/openai'),
    },
  ],
  invalid: [
    {
      name: 'openai chat: no message mentions json',
      languageId: 'http',
      code: chat({ model: 'gpt-4o', response_format: JSON_MODE, messages: plain }),
      providerError: OPENAI,
      errors: [{ message: OPENAI, line: 3, severity: 'error' }],
    },
    {
      name: 'deepseek wording',
      languageId: 'http',
      code: chat({ model: 'deepseek-chat', response_format: JSON_MODE, messages: plain }, 'https://api.deepseek.com'),
      providerError: "Prompt must contain the word 'json' in some form to use 'response_format' of type 'json_object'.",
      errors: [{ message: `DeepSeek answers: "Prompt must contain the word 'json'`, severity: 'error' }],
    },
    {
      name: 'dashscope compatible mode',
      languageId: 'http',
      code: chat({ model: 'qwen-plus', response_format: JSON_MODE, messages: plain }, 'https://dashscope-intl.aliyuncs.com/compatible-mode/v1'),
      providerError: OPENAI,
      errors: [{ message: 'DashScope answers:', severity: 'error' }],
    },
    {
      name: 'dashscope native parameters.response_format',
      languageId: 'http',
      code: dashscope({ model: 'qwen-plus', input: { messages: plain }, parameters: { result_format: 'message', response_format: JSON_MODE } }),
      providerError: OPENAI,
      errors: [{ message: 'DashScope answers:', severity: 'error' }],
    },
    {
      name: 'responses: no input message mentions JSON',
      languageId: 'http',
      code: responses({ model: 'gpt-4.1', text: { format: JSON_MODE }, input: [{ role: 'user', content: 'I will be in Paris on 3 May.' }] }),
      providerError: RESPONSES,
      errors: [{ message: "none of them mentions it", severity: 'warning' }],
    },
    {
      name: 'responses: the word only in instructions',
      languageId: 'http',
      code: responses({ model: 'gpt-4.1', text: { format: JSON_MODE }, instructions: 'Answer in JSON.', input: [{ role: 'user', content: 'I will be in Paris on 3 May.' }] }),
      providerError: RESPONSES,
      errors: [{ message: "'instructions' do not count", severity: 'warning' }],
    },
    {
      name: 'through a relay it is a warning',
      languageId: 'http',
      code: chat({ model: 'gpt-4o', response_format: JSON_MODE, messages: plain }, 'https://relay.example.com/v1'),
      providerError: OPENAI,
      errors: [{ severity: 'warning' }],
    },
  ],
};
