import type { RuleCases } from '../types.ts';

const anthropic = (body: unknown) => `POST https://api.anthropic.com/v1/messages\nanthropic-version: 2023-06-01\nContent-Type: application/json\n\n${JSON.stringify(body)}\n`;
const openai = (body: unknown, host = 'api.openai.com/v1') => `POST https://${host}/chat/completions\nContent-Type: application/json\n\n${JSON.stringify(body)}\n`;
const gemini = (body: unknown) => `POST https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-flash:generateContent\nContent-Type: application/json\n\n${JSON.stringify(body)}\n`;

export const cases: RuleCases = {
  valid: [
    {
      name: 'anthropic empty final assistant message (prefill) is allowed',
      languageId: 'http',
      code: anthropic({ model: 'claude-sonnet-4-5', max_tokens: 10, messages: [{ role: 'user', content: 'x' }, { role: 'assistant', content: '' }] }),
    },
    {
      name: 'openai assistant with tool_calls and null content',
      languageId: 'http',
      code: openai({
        model: 'gpt-4.1',
        messages: [
          { role: 'user', content: 'x' },
          { role: 'assistant', content: null, tool_calls: [{ id: 'call_1', type: 'function', function: { name: 'f', arguments: '{}' } }] },
          { role: 'tool', tool_call_id: 'call_1', content: 'ok' },
        ],
      }),
    },
    { name: 'content from a variable', languageId: 'http', code: 'POST https://api.openai.com/v1/chat/completions\n\n{"model":"gpt-4.1","messages":[{"role":"user","content":{{prompt}}}]}\n' },
    { name: 'null content on a non-OpenAI host is not known to fail', languageId: 'http', code: openai({ model: 'deepseek-chat', messages: [{ role: 'user', content: null }] }, 'api.deepseek.com') },
    { name: 'gemini parts with text', languageId: 'http', code: gemini({ contents: [{ role: 'user', parts: [{ text: 'x' }] }] }) },
  ],
  invalid: [
    {
      name: 'anthropic empty content array mid-conversation',
      languageId: 'http',
      code: anthropic({ model: 'claude-sonnet-4-5', max_tokens: 10, messages: [{ role: 'user', content: 'x' }, { role: 'assistant', content: [] }, { role: 'user', content: 'y' }] }),
      providerError: 'messages.1: all messages must have non-empty content except for the optional final assistant message',
      errors: [{ message: 'messages.1: all messages must have non-empty content', line: 4, severity: 'error' }],
    },
    {
      name: 'anthropic empty user string',
      languageId: 'http',
      code: anthropic({ model: 'claude-sonnet-4-5', max_tokens: 10, messages: [{ role: 'user', content: '' }] }),
      providerError: 'messages.0: all messages must have non-empty content except for the optional final assistant message',
      errors: [{ message: 'messages.0: all messages must have non-empty content' }],
    },
    {
      name: 'openai tool message content null',
      languageId: 'http',
      code: openai({
        model: 'gpt-4.1',
        messages: [
          { role: 'user', content: 'x' },
          { role: 'assistant', tool_calls: [{ id: 'call_1', type: 'function', function: { name: 'f', arguments: '{}' } }] },
          { role: 'tool', tool_call_id: 'call_1', content: null },
        ],
      }),
      providerError: "Invalid value for 'content': expected a string, got null.",
      errors: [{ message: 'A tool message needs content' }],
    },
    {
      name: 'openai user content null',
      languageId: 'http',
      code: openai({ model: 'gpt-4.1', messages: [{ role: 'user', content: null }] }),
      providerError: "Invalid value for 'content': expected a string, got null.",
      errors: [{ message: "expected a string, got null" }],
    },
    {
      name: 'gemini empty parts',
      languageId: 'http',
      code: gemini({ contents: [{ role: 'user', parts: [{ text: 'x' }] }, { role: 'model', parts: [] }, { role: 'user', parts: [{ text: 'y' }] }] }),
      providerError: '* GenerateContentRequest.contents[1].parts: contents.parts must not be empty.',
      errors: [{ message: 'contents[1].parts: contents.parts must not be empty.' }],
    },
  ],
};
