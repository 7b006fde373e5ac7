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
      name: 'fix: both actions on a multi-line JSONC body keep its indentation and trailing comma',
      languageId: 'jsonc',
      code: '{\n  "model": "gpt-4.1",\n  "messages": [{"role": "user", "content": "x"}],\n  "stream_options": {"include_usage": true},\n}\n',
      providerError: "The 'stream_options' parameter is only allowed when 'stream' is enabled.",
      errors: [
        {
          message: "'stream' is not set",
          fixes: [
            { title: "Remove 'stream_options'", output: '{\n  "model": "gpt-4.1",\n  "messages": [{"role": "user", "content": "x"}],\n}\n' },
            { title: 'Set "stream": true', output: '{\n  "model": "gpt-4.1",\n  "messages": [{"role": "user", "content": "x"}],\n  "stream_options": {"include_usage": true},\n  "stream": true,\n}\n' },
          ],
        },
      ],
      output: '{\n  "model": "gpt-4.1",\n  "messages": [{"role": "user", "content": "x"}],\n}\n',
    },
    {
      name: 'fix: "stream": false becomes true in place',
      languageId: 'json',
      code: '{"model": "gpt-4.1", "stream": false, "stream_options": {"include_usage": true}, "messages": [{"role": "user", "content": "x"}]}',
      providerError: "The 'stream_options' parameter is only allowed when 'stream' is enabled.",
      errors: [
        {
          message: "'stream' is false",
          fixes: [
            { title: "Remove 'stream_options'", output: '{"model": "gpt-4.1", "stream": false, "messages": [{"role": "user", "content": "x"}]}' },
            { title: 'Set "stream": true', output: '{"model": "gpt-4.1", "stream": true, "stream_options": {"include_usage": true}, "messages": [{"role": "user", "content": "x"}]}' },
          ],
        },
      ],
      output: '{"model": "gpt-4.1", "stream": false, "messages": [{"role": "user", "content": "x"}]}',
    },
    {
      name: 'stream_options with stream false',
      output: "POST https://api.openai.com/v1/chat/completions\nContent-Type: application/json\n\n{\"model\":\"gpt-4.1\",\"messages\":[{\"role\":\"user\",\"content\":\"x\"}],\"stream\":false}\n",
      languageId: 'http',
      code: chat({ ...base, stream: false, stream_options: { include_usage: true } }),
      providerError: "The 'stream_options' parameter is only allowed when 'stream' is enabled.",
      errors: [{ message: "The 'stream_options' parameter is only allowed when 'stream' is enabled.", line: 3, severity: 'error' }],
    },
    {
      name: 'stream_options without stream',
      output: "POST https://api.openai.com/v1/chat/completions\nContent-Type: application/json\n\n{\"model\":\"gpt-4.1\",\"messages\":[{\"role\":\"user\",\"content\":\"x\"}]}\n",
      languageId: 'http',
      code: chat({ ...base, stream_options: { include_usage: true } }),
      providerError: "The 'stream_options' parameter is only allowed when 'stream' is enabled.",
      errors: [{ message: "'stream' is not set" }],
    },
    {
      name: 'relay warns',
      output: "POST https://relay.example.com/v1/chat/completions\nContent-Type: application/json\n\n{\"model\":\"gpt-4.1\",\"messages\":[{\"role\":\"user\",\"content\":\"x\"}]}\n",
      languageId: 'http',
      code: chat({ ...base, stream_options: { include_usage: true } }, 'relay.example.com/v1'),
      providerError: "The 'stream_options' parameter is only allowed when 'stream' is enabled.",
      errors: [{ severity: 'warning' }],
    },
  ],
};
