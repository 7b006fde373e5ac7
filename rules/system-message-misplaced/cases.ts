import type { RuleCases } from '../types.ts';

const anthropic = (body: unknown, host = 'api.anthropic.com') =>
  `POST https://${host}/v1/messages\nanthropic-version: 2023-06-01\nContent-Type: application/json\n\n${JSON.stringify(body)}\n`;
const gemini = (body: unknown) =>
  `POST https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-flash:generateContent\nContent-Type: application/json\n\n${JSON.stringify(body)}\n`;
const sys = { role: 'system', content: 'Answer in French from now on.' };
const user = { role: 'user', content: 'Hello' };
const assistant = { role: 'assistant', content: 'Hi!' };

export const cases: RuleCases = {
  valid: [
    { name: 'anthropic top-level system', languageId: 'http', code: anthropic({ model: 'claude-sonnet-4-5', max_tokens: 10, system: 'Be brief.', messages: [user] }) },
    {
      name: 'claude opus 4.8 mid-conversation system message after a user turn',
      languageId: 'http',
      code: anthropic({ model: 'claude-opus-4-8', max_tokens: 10, messages: [user, assistant, { role: 'user', content: 'Next question' }, sys] }),
    },
    {
      name: 'gemini systemInstruction (with role user) and user/model contents',
      languageId: 'http',
      code: gemini({ systemInstruction: { role: 'user', parts: [{ text: 'Be brief.' }] }, contents: [{ role: 'user', parts: [{ text: 'x' }] }, { role: 'model', parts: [{ text: 'y' }] }] }),
    },
    { name: 'openai chat system message is fine', languageId: 'json', code: JSON.stringify({ model: 'gpt-4.1', messages: [{ role: 'system', content: 'Be brief.' }, user] }) },
    {
      name: 'role from a variable',
      languageId: 'http',
      code: 'POST https://api.anthropic.com/v1/messages\nanthropic-version: 2023-06-01\n\n{"model":"claude-sonnet-4-5","max_tokens":10,"messages":[{"role":"{{role}}","content":"x"},{"role":"user","content":"y"}]}\n',
    },
  ],
  invalid: [
    {
      name: 'anthropic system message first (OpenAI habit)',
      languageId: 'http',
      code: anthropic({ model: 'claude-sonnet-4-5', max_tokens: 10, messages: [{ role: 'system', content: 'You are a helpful assistant.' }, user] }),
      providerError: 'messages: Unexpected role "system". The Messages API accepts a top-level `system` parameter, not "system" as an input message role.',
      errors: [{ message: "A system message cannot open 'messages'", line: 4, severity: 'error' }],
    },
    {
      name: 'opus 4.8 still needs the system message after a user turn',
      languageId: 'http',
      code: anthropic({ model: 'claude-opus-4-8', max_tokens: 10, messages: [user, assistant, sys, user] }),
      providerError: 'messages: Unexpected role "system".',
      errors: [{ message: 'must follow a user turn' }],
    },
    {
      name: 'mid-conversation system message on an older model',
      languageId: 'http',
      code: anthropic({ model: 'claude-sonnet-4-5', max_tokens: 10, messages: [user, sys] }),
      providerError: 'messages: Unexpected role "system". The Messages API accepts a top-level `system` parameter, not "system" as an input message role.',
      errors: [{ message: 'claude-sonnet-4-5 predates mid-conversation system messages' }],
    },
    {
      name: 'gemini system role in contents',
      languageId: 'http',
      code: gemini({ contents: [{ role: 'system', parts: [{ text: 'Be brief.' }] }, { role: 'user', parts: [{ text: 'x' }] }] }),
      providerError: 'Please use a valid role: user, model.',
      errors: [{ message: 'Please use a valid role: user, model.', line: 3 }],
    },
    {
      name: 'through a relay: warning',
      languageId: 'http',
      code: anthropic({ model: 'claude-sonnet-4-5', max_tokens: 10, messages: [{ role: 'system', content: 'x' }, user] }, 'relay.example.com'),
      providerError: 'messages: Unexpected role "system".',
      errors: [{ severity: 'warning' }],
    },
  ],
};
