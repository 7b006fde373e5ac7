import type { RuleCases } from '../types.ts';

/** Body on line 4 (0-based). */
const deepseek = (body: Record<string, unknown>, host = 'api.deepseek.com') =>
  `POST https://${host}/chat/completions\nAuthorization: Bearer {{key}}\nContent-Type: application/json\n\n${JSON.stringify(body)}\n`;
const tools = [{ type: 'function', function: { name: 'get_date', description: 'Today', parameters: { type: 'object', properties: {} } } }];
const call = { id: 'call_1', type: 'function', function: { name: 'get_date', arguments: '{}' } };
const history = (assistant: Record<string, unknown>) => [
  { role: 'user', content: 'What day is it tomorrow?' },
  { role: 'assistant', content: '', tool_calls: [call], ...assistant },
  { role: 'tool', tool_call_id: 'call_1', content: '2026-05-01' },
];

export const cases: RuleCases = {
  valid: [
    { name: 'tool-call turn carries its reasoning_content', languageId: 'http', code: deepseek({ model: 'deepseek-reasoner', tools, messages: history({ reasoning_content: 'I need the date first.' }) }) },
    { name: 'an empty reasoning_content counts (recorded 200)', languageId: 'http', code: deepseek({ model: 'deepseek-v4-flash', tools, messages: history({ reasoning_content: '' }) }) },
    { name: 'thinking turned off: no reasoning to send back', languageId: 'http', code: deepseek({ model: 'deepseek-v4-pro', thinking: { type: 'disabled' }, tools, messages: history({}) }) },
    { name: 'the non-thinking model', languageId: 'http', code: deepseek({ model: 'deepseek-chat', tools, messages: history({}) }) },
    {
      name: 'turns without tool calls may omit it',
      languageId: 'http',
      code: deepseek({ model: 'deepseek-reasoner', messages: [{ role: 'user', content: 'Hi' }, { role: 'assistant', content: 'Hello!' }, { role: 'user', content: 'How are you?' }] }),
    },
    { name: 'thinking from a variable is unknown', languageId: 'http', code: deepseek({ model: 'deepseek-v4-pro', thinking: '{{thinking}}', tools, messages: history({}) }) },
    { name: 'a DeepSeek model on OpenRouter is not judged', languageId: 'http', code: deepseek({ model: 'deepseek/deepseek-reasoner', tools, messages: history({}) }, 'openrouter.ai/api/v1') },
  ],
  invalid: [
    {
      name: 'reasoner tool-call turn without reasoning_content',
      languageId: 'http',
      code: deepseek({ model: 'deepseek-reasoner', tools, messages: history({}) }),
      providerError: 'Missing `reasoning_content` field in the assistant message at message index 1. For more information, please refer to https://api-docs.deepseek.com/guides/thinking_mode#tool-calls',
      errors: [{ message: 'DeepSeek answers: "Missing `reasoning_content` field in the assistant message at message index 1.', line: 4, severity: 'error' }],
    },
    {
      name: 'thinking enabled explicitly on V4, two tool turns',
      languageId: 'http',
      code: deepseek({
        model: 'deepseek-v4-pro',
        thinking: { type: 'enabled' },
        tools,
        messages: [...history({}), { role: 'assistant', content: null, tool_calls: [{ ...call, id: 'call_2' }] }, { role: 'tool', tool_call_id: 'call_2', content: 'Friday' }],
      }),
      providerError: 'The `reasoning_content` in the thinking mode must be passed back to the API.',
      errors: [{ message: 'message index 1.' }, { message: 'message index 3.' }],
    },
    {
      name: 'a DeepSeek model through a relay: warning',
      languageId: 'http',
      code: deepseek({ model: 'deepseek-v4-flash', tools, messages: history({}) }, 'relay.example.com/v1'),
      providerError: 'The `reasoning_content` in the thinking mode must be passed back to the API.',
      errors: [{ severity: 'warning' }],
    },
  ],
};
