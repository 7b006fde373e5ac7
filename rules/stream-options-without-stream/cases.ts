import type { RuleCases } from '../types.ts';

const chat = (body: unknown, host = 'api.openai.com/v1') => `POST https://${host}/chat/completions\nContent-Type: application/json\n\n${JSON.stringify(body)}\n`;
const base = { model: 'gpt-4.1', messages: [{ role: 'user', content: 'x' }] };

export const cases: RuleCases = {
  valid: [
    { name: 'stream_options with stream true', languageId: 'http', code: chat({ ...base, stream: true, stream_options: { include_usage: true } }) },
    { name: 'stream false without stream_options', languageId: 'http', code: chat({ ...base, stream: false }) },
    { name: 'stream from a variable', languageId: 'http', code: 'POST https://api.openai.com/v1/chat/completions\n\n{"model":"gpt-4.1","messages":[{"role":"user","content":"x"}],"stream":{{stream}},"stream_options":{"include_usage":true}}\n' },
    { name: 'stream_options null', languageId: 'http', code: chat({ ...base, stream_options: null }) },
  ],
  invalid: [
    {
      name: 'stream_options with stream false',
      languageId: 'http',
      code: chat({ ...base, stream: false, stream_options: { include_usage: true } }),
      providerError: "The 'stream_options' parameter is only allowed when 'stream' is enabled.",
      errors: [{ message: "The 'stream_options' parameter is only allowed when 'stream' is enabled.", line: 3, severity: 'error' }],
    },
    {
      name: 'stream_options without stream',
      languageId: 'http',
      code: chat({ ...base, stream_options: { include_usage: true } }),
      providerError: "The 'stream_options' parameter is only allowed when 'stream' is enabled.",
      errors: [{ message: '`stream` is not set' }],
    },
    {
      name: 'relay warns',
      languageId: 'http',
      code: chat({ ...base, stream_options: { include_usage: true } }, 'relay.example.com/v1'),
      providerError: "The 'stream_options' parameter is only allowed when 'stream' is enabled.",
      errors: [{ severity: 'warning' }],
    },
  ],
};
