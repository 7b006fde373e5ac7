import type { RuleCases } from '../types.ts';

const anthropic = (body: unknown, host = 'api.anthropic.com') =>
  `POST https://${host}/v1/messages\nanthropic-version: 2023-06-01\nContent-Type: application/json\n\n${JSON.stringify(body)}\n`;
const withLast = (last: unknown, model = 'claude-sonnet-4-5') => ({ model, max_tokens: 10, messages: [{ role: 'user', content: 'Give me JSON' }, last] });

export const cases: RuleCases = {
  valid: [
    { name: 'prefill without trailing whitespace', languageId: 'http', code: anthropic(withLast({ role: 'assistant', content: '{"answer":' })) },
    { name: 'earlier assistant turns may end in whitespace', languageId: 'http', code: anthropic({ model: 'claude-sonnet-4-5', max_tokens: 10, messages: [{ role: 'user', content: 'a' }, { role: 'assistant', content: 'b\n' }, { role: 'user', content: 'c' }] }) },
    { name: 'empty prefill', languageId: 'http', code: anthropic(withLast({ role: 'assistant', content: '' })) },
    { name: 'prefill ending in a variable', languageId: 'http', code: 'POST https://api.anthropic.com/v1/messages\nanthropic-version: 2023-06-01\n\n{"model":"claude-sonnet-4-5","max_tokens":10,"messages":[{"role":"user","content":"x"},{"role":"assistant","content":"Answer: {{start}}"}]}\n' },
  ],
  invalid: [
    {
      name: 'string prefill ending in a space',
      output: "POST https://api.anthropic.com/v1/messages\nanthropic-version: 2023-06-01\nContent-Type: application/json\n\n{\"model\":\"claude-sonnet-4-5\",\"max_tokens\":10,\"messages\":[{\"role\":\"user\",\"content\":\"Give me JSON\"},{\"role\":\"assistant\",\"content\":\"The answer is\"}]}\n",
      languageId: 'http',
      code: anthropic(withLast({ role: 'assistant', content: 'The answer is ' })),
      providerError: 'messages: final assistant content cannot end with trailing whitespace',
      errors: [{ message: 'final assistant content cannot end with trailing whitespace', line: 4, severity: 'error' }],
    },
    {
      name: 'text block prefill ending in a newline',
      output: "POST https://api.anthropic.com/v1/messages\nanthropic-version: 2023-06-01\nContent-Type: application/json\n\n{\"model\":\"claude-sonnet-4-5\",\"max_tokens\":10,\"messages\":[{\"role\":\"user\",\"content\":\"Give me JSON\"},{\"role\":\"assistant\",\"content\":[{\"type\":\"text\",\"text\":\"```json\"}]}]}\n",
      languageId: 'http',
      code: anthropic(withLast({ role: 'assistant', content: [{ type: 'text', text: '```json\n' }] })),
      providerError: 'messages: final assistant content cannot end with trailing whitespace',
      errors: [{ message: 'The prefill ends in whitespace ("on\\n")' }],
    },
    {
      name: 'relay warns',
      output: "POST https://relay.example.com/v1/messages\nanthropic-version: 2023-06-01\nContent-Type: application/json\n\n{\"model\":\"claude-sonnet-4-5\",\"max_tokens\":10,\"messages\":[{\"role\":\"user\",\"content\":\"Give me JSON\"},{\"role\":\"assistant\",\"content\":\"Sure:\"}]}\n",
      languageId: 'http',
      code: anthropic(withLast({ role: 'assistant', content: 'Sure: ' }), 'relay.example.com'),
      providerError: 'messages: final assistant content cannot end with trailing whitespace',
      errors: [{ severity: 'warning' }],
    },
  ],
};
