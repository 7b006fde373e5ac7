import type { RuleCases } from '../types.ts';

const anthropic = (body: unknown, host = 'api.anthropic.com') =>
  `POST https://${host}/v1/messages\nanthropic-version: 2023-06-01\nContent-Type: application/json\n\n${JSON.stringify(body, null, 1)}\n`;
const cc = { type: 'ephemeral' };
const tool = (name: string, cached = false) => ({ name, input_schema: { type: 'object' }, ...(cached ? { cache_control: cc } : {}) });
const text = (t: string, cached = false) => ({ type: 'text', text: t, ...(cached ? { cache_control: cc } : {}) });

export const cases: RuleCases = {
  valid: [
    {
      name: 'four breakpoints: tools, system, two messages',
      languageId: 'http',
      code: anthropic({
        model: 'claude-sonnet-4-5',
        max_tokens: 10,
        tools: [tool('a'), tool('b', true)],
        system: [text('sys', true)],
        messages: [{ role: 'user', content: [text('one', true)] }, { role: 'assistant', content: 'ok' }, { role: 'user', content: [text('two', true)] }],
      }),
    },
    { name: 'no caching', languageId: 'http', code: anthropic({ model: 'claude-sonnet-4-5', max_tokens: 10, messages: [{ role: 'user', content: 'x' }] }) },
    {
      name: 'nested tool_result breakpoints are not counted',
      languageId: 'http',
      code: anthropic({
        model: 'claude-sonnet-4-5',
        max_tokens: 10,
        system: [text('a', true), text('b', true), text('c', true), text('d', true)],
        messages: [
          { role: 'user', content: 'x' },
          { role: 'assistant', content: [{ type: 'tool_use', id: 't1', name: 'f', input: {} }] },
          { role: 'user', content: [{ type: 'tool_result', tool_use_id: 't1', content: [text('r', true)] }] },
        ],
      }),
    },
  ],
  invalid: [
    {
      name: 'five breakpoints',
      languageId: 'http',
      code: anthropic({
        model: 'claude-sonnet-4-5',
        max_tokens: 10,
        tools: [tool('a', true)],
        system: [text('sys', true)],
        messages: [{ role: 'user', content: [text('one', true), text('two', true), text('three', true)] }],
      }),
      providerError: 'A maximum of 4 blocks with cache_control may be provided. Found 5.',
      errors: [{ message: 'A maximum of 4 blocks with cache_control may be provided. Found 5.', severity: 'error' }],
    },
    {
      name: 'top-level automatic cache_control is the fifth',
      languageId: 'http',
      code: anthropic({
        model: 'claude-sonnet-4-5',
        max_tokens: 10,
        cache_control: cc,
        system: [text('a', true), text('b', true)],
        messages: [{ role: 'user', content: [text('one', true), text('two', true)] }],
      }),
      providerError: 'A maximum of 4 blocks with cache_control may be provided. Found 5.',
      errors: [{ message: 'Found 5.' }],
    },
    {
      name: 'relay warns',
      languageId: 'http',
      code: anthropic({ model: 'claude-sonnet-4-5', max_tokens: 10, system: [text('a', true), text('b', true), text('c', true), text('d', true), text('e', true), text('f', true)], messages: [{ role: 'user', content: 'x' }] }, 'relay.example.com'),
      providerError: 'A maximum of 4 blocks with cache_control may be provided. Found 6.',
      errors: [{ message: 'Found 6.', severity: 'warning' }],
    },
  ],
};
