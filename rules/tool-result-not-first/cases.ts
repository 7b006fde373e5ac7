import type { RuleCases } from '../types.ts';

const anthropic = (body: unknown, host = 'api.anthropic.com') =>
  `POST https://${host}/v1/messages\nanthropic-version: 2023-06-01\nContent-Type: application/json\n\n${JSON.stringify(body)}\n`;
const toolUse = (id: string) => ({ type: 'tool_use', id, name: 'read_file', input: { path: 'a.txt' } });
const toolResult = (id: string) => ({ type: 'tool_result', tool_use_id: id, content: 'contents' });
const reminder = { type: 'text', text: '<system-reminder>The user changed a file.</system-reminder>' };
const body = (answer: unknown[]) => ({
  model: 'claude-sonnet-4-5',
  max_tokens: 10,
  messages: [{ role: 'user', content: 'Read a.txt' }, { role: 'assistant', content: [toolUse('toolu_1'), toolUse('toolu_2')] }, { role: 'user', content: answer }],
});

export const cases: RuleCases = {
  valid: [
    { name: 'tool_result blocks first, then text', languageId: 'http', code: anthropic(body([toolResult('toolu_1'), toolResult('toolu_2'), reminder])) },
    { name: 'text before a tool_result when no tool_use precedes is another rule', languageId: 'http', code: anthropic({ model: 'claude-sonnet-4-5', max_tokens: 10, messages: [{ role: 'user', content: [reminder, { type: 'text', text: 'hi' }] }] }) },
    {
      name: 'a block from a variable could be anything',
      languageId: 'http',
      code: 'POST https://api.anthropic.com/v1/messages\nanthropic-version: 2023-06-01\n\n{"model":"claude-sonnet-4-5","max_tokens":10,"messages":[{"role":"user","content":"x"},{"role":"assistant","content":[{"type":"tool_use","id":"toolu_1","name":"f","input":{}}]},{"role":"user","content":[{{prefix}},{"type":"tool_result","tool_use_id":"toolu_1","content":"ok"}]}]}\n',
    },
  ],
  invalid: [
    {
      name: 'system reminder text before the tool results',
      output: "POST https://api.anthropic.com/v1/messages\nanthropic-version: 2023-06-01\nContent-Type: application/json\n\n{\"model\":\"claude-sonnet-4-5\",\"max_tokens\":10,\"messages\":[{\"role\":\"user\",\"content\":\"Read a.txt\"},{\"role\":\"assistant\",\"content\":[{\"type\":\"tool_use\",\"id\":\"toolu_1\",\"name\":\"read_file\",\"input\":{\"path\":\"a.txt\"}},{\"type\":\"tool_use\",\"id\":\"toolu_2\",\"name\":\"read_file\",\"input\":{\"path\":\"a.txt\"}}]},{\"role\":\"user\",\"content\":[{\"type\":\"tool_result\",\"tool_use_id\":\"toolu_1\",\"content\":\"contents\"},{\"type\":\"tool_result\",\"tool_use_id\":\"toolu_2\",\"content\":\"contents\"},{\"type\":\"text\",\"text\":\"<system-reminder>The user changed a file.</system-reminder>\"}]}]}\n",
      languageId: 'http',
      code: anthropic(body([reminder, toolResult('toolu_1'), toolResult('toolu_2')])),
      providerError: '`tool_use` ids were found without `tool_result` blocks immediately after',
      errors: [{ message: 'messages.1: `tool_use` ids were found without `tool_result` blocks immediately after: toolu_1, toolu_2.', line: 4, severity: 'error' }],
    },
    {
      name: 'second result after a text block (old wording counts one)',
      output: "POST https://api.anthropic.com/v1/messages\nanthropic-version: 2023-06-01\nContent-Type: application/json\n\n{\"model\":\"claude-sonnet-4-5\",\"max_tokens\":10,\"messages\":[{\"role\":\"user\",\"content\":\"Read a.txt\"},{\"role\":\"assistant\",\"content\":[{\"type\":\"tool_use\",\"id\":\"toolu_1\",\"name\":\"read_file\",\"input\":{\"path\":\"a.txt\"}},{\"type\":\"tool_use\",\"id\":\"toolu_2\",\"name\":\"read_file\",\"input\":{\"path\":\"a.txt\"}}]},{\"role\":\"user\",\"content\":[{\"type\":\"tool_result\",\"tool_use_id\":\"toolu_1\",\"content\":\"contents\"},{\"type\":\"tool_result\",\"tool_use_id\":\"toolu_2\",\"content\":\"contents\"},{\"type\":\"text\",\"text\":\"also:\"}]}]}\n",
      languageId: 'http',
      code: anthropic(body([toolResult('toolu_1'), { type: 'text', text: 'also:' }, toolResult('toolu_2')])),
      providerError: 'Did not find 1 `tool_result` block(s) at the beginning of this message. Messages following `tool_use` blocks must begin with a matching number of `tool_result` blocks.',
      errors: [{ message: "a 'text' block (content[1]) precedes them" }],
    },
    {
      name: 'image before the result',
      output: "POST https://api.anthropic.com/v1/messages\nanthropic-version: 2023-06-01\nContent-Type: application/json\n\n{\"model\":\"claude-sonnet-4-5\",\"max_tokens\":10,\"messages\":[{\"role\":\"user\",\"content\":\"Read a.txt\"},{\"role\":\"assistant\",\"content\":[{\"type\":\"tool_use\",\"id\":\"toolu_1\",\"name\":\"read_file\",\"input\":{\"path\":\"a.txt\"}},{\"type\":\"tool_use\",\"id\":\"toolu_2\",\"name\":\"read_file\",\"input\":{\"path\":\"a.txt\"}}]},{\"role\":\"user\",\"content\":[{\"type\":\"tool_result\",\"tool_use_id\":\"toolu_1\",\"content\":\"contents\"},{\"type\":\"tool_result\",\"tool_use_id\":\"toolu_2\",\"content\":\"contents\"},{\"type\":\"image\",\"source\":{\"type\":\"url\",\"url\":\"https://example.com/a.png\"}}]}]}\n",
      languageId: 'http',
      code: anthropic(body([{ type: 'image', source: { type: 'url', url: 'https://example.com/a.png' } }, toolResult('toolu_1'), toolResult('toolu_2')])),
      providerError: '`tool_use` ids were found without `tool_result` blocks immediately after',
      errors: [{ message: "a 'image' block (content[0]) precedes them" }],
    },
    {
      name: 'through a relay it is a warning',
      output: "POST https://relay.example.com/v1/messages\nanthropic-version: 2023-06-01\nContent-Type: application/json\n\n{\"model\":\"claude-sonnet-4-5\",\"max_tokens\":10,\"messages\":[{\"role\":\"user\",\"content\":\"Read a.txt\"},{\"role\":\"assistant\",\"content\":[{\"type\":\"tool_use\",\"id\":\"toolu_1\",\"name\":\"read_file\",\"input\":{\"path\":\"a.txt\"}},{\"type\":\"tool_use\",\"id\":\"toolu_2\",\"name\":\"read_file\",\"input\":{\"path\":\"a.txt\"}}]},{\"role\":\"user\",\"content\":[{\"type\":\"tool_result\",\"tool_use_id\":\"toolu_1\",\"content\":\"contents\"},{\"type\":\"tool_result\",\"tool_use_id\":\"toolu_2\",\"content\":\"contents\"},{\"type\":\"text\",\"text\":\"<system-reminder>The user changed a file.</system-reminder>\"}]}]}\n",
      languageId: 'http',
      code: anthropic(body([reminder, toolResult('toolu_1'), toolResult('toolu_2')]), 'relay.example.com'),
      providerError: '`tool_use` ids were found without `tool_result` blocks immediately after',
      errors: [{ severity: 'warning' }],
    },
  ],
};
