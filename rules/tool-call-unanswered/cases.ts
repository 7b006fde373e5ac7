import type { RuleCases } from '../types.ts';

const DEEPSEEK = "An assistant message with 'tool_calls' must be followed by tool messages responding to each 'tool_call_id'. (insufficient tool messages following tool_calls message)";
const anthropic = (body: unknown) =>
  `POST https://api.anthropic.com/v1/messages\nanthropic-version: 2023-06-01\nContent-Type: application/json\n\n${JSON.stringify(body)}\n`;
const openai = (body: unknown, host = 'api.openai.com/v1') => `POST https://${host}/chat/completions\nContent-Type: application/json\n\n${JSON.stringify(body)}\n`;
const responses = (body: unknown, host = 'api.openai.com/v1') => `POST https://${host}/responses\nContent-Type: application/json\n\n${JSON.stringify(body)}\n`;
const gemini = (body: unknown) =>
  `POST https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-flash:generateContent\nContent-Type: application/json\n\n${JSON.stringify(body)}\n`;

const toolUse = (id: string) => ({ type: 'tool_use', id, name: 'get_weather', input: { city: 'Paris' } });
const toolResult = (id: string) => ({ type: 'tool_result', tool_use_id: id, content: '18°C' });
const call = (id: string) => ({ id, type: 'function', function: { name: 'get_weather', arguments: '{}' } });

export const cases: RuleCases = {
  valid: [
    {
      name: 'anthropic parallel tool_use answered in the next message',
      languageId: 'http',
      code: anthropic({
        model: 'claude-sonnet-4-5',
        max_tokens: 10,
        messages: [
          { role: 'user', content: 'x' },
          { role: 'assistant', content: [{ type: 'text', text: 'checking' }, toolUse('toolu_1'), toolUse('toolu_2')] },
          { role: 'user', content: [toolResult('toolu_2'), toolResult('toolu_1'), { type: 'text', text: 'thanks' }] },
        ],
      }),
    },
    {
      name: 'anthropic history ending in the tool_use (nothing after it) is not reported',
      languageId: 'http',
      code: anthropic({ model: 'claude-sonnet-4-5', max_tokens: 10, messages: [{ role: 'user', content: 'x' }, { role: 'assistant', content: [toolUse('toolu_1')] }] }),
    },
    {
      name: 'anthropic server tool answered inline in the same assistant message',
      languageId: 'http',
      code: anthropic({
        model: 'claude-sonnet-4-5',
        max_tokens: 10,
        messages: [
          { role: 'user', content: 'news?' },
          {
            role: 'assistant',
            content: [
              { type: 'server_tool_use', id: 'srvtoolu_1', name: 'web_search', input: { query: 'news' } },
              { type: 'web_search_tool_result', tool_use_id: 'srvtoolu_1', content: [] },
              { type: 'text', text: 'Nothing new.' },
            ],
          },
          { role: 'user', content: 'ok' },
        ],
      }),
    },
    {
      name: 'anthropic next message from a variable',
      languageId: 'http',
      code: 'POST https://api.anthropic.com/v1/messages\nanthropic-version: 2023-06-01\n\n{"model":"claude-sonnet-4-5","max_tokens":10,"messages":[{"role":"user","content":"x"},{"role":"assistant","content":[{"type":"tool_use","id":"toolu_1","name":"f","input":{}}]},{"role":"user","content":{{results}}}]}\n',
    },
    {
      name: 'openai parallel calls answered, then a user turn',
      languageId: 'http',
      code: openai({
        model: 'gpt-4.1',
        messages: [
          { role: 'user', content: 'x' },
          { role: 'assistant', content: null, tool_calls: [call('call_a'), call('call_b')] },
          { role: 'tool', tool_call_id: 'call_b', content: '1' },
          { role: 'tool', tool_call_id: 'call_a', content: '2' },
          { role: 'user', content: 'and tomorrow?' },
        ],
      }),
    },
    {
      name: 'openai history ending with pending tool_calls is not reported',
      languageId: 'http',
      code: openai({ model: 'gpt-4.1', messages: [{ role: 'user', content: 'x' }, { role: 'assistant', tool_calls: [call('call_a')] }] }),
    },
    {
      name: 'responses outputs after their calls, then a message (OpenAI)',
      languageId: 'http',
      code: responses({
        model: 'gpt-5',
        input: [
          { role: 'user', content: 'x' },
          { type: 'function_call', call_id: 'call_1', name: 'f', arguments: '{}' },
          { type: 'function_call', call_id: 'call_2', name: 'g', arguments: '{}' },
          { type: 'function_call_output', call_id: 'call_2', output: 'b' },
          { type: 'function_call_output', call_id: 'call_1', output: 'a' },
          { role: 'user', content: 'thanks' },
        ],
      }),
    },
    {
      name: 'gemini two calls answered by two responses',
      languageId: 'http',
      code: gemini({
        contents: [
          { role: 'user', parts: [{ text: 'x' }] },
          { role: 'model', parts: [{ functionCall: { name: 'a', args: {} } }, { functionCall: { name: 'b', args: {} } }] },
          { role: 'user', parts: [{ functionResponse: { name: 'a', response: {} } }, { functionResponse: { name: 'b', response: {} } }] },
        ],
      }),
    },
  ],
  invalid: [
    {
      name: 'anthropic tool_use followed by a plain user turn (interrupted tool call)',
      languageId: 'http',
      code: anthropic({
        model: 'claude-sonnet-4-5',
        max_tokens: 10,
        messages: [
          { role: 'user', content: 'x' },
          { role: 'assistant', content: [toolUse('toolu_1')] },
          { role: 'user', content: 'never mind, what time is it?' },
        ],
      }),
      providerError: '`tool_use` ids were found without `tool_result` blocks immediately after: toolu_1. Each `tool_use` block must have a corresponding `tool_result` block in the next message.',
      errors: [{ message: 'messages.1: `tool_use` ids were found without `tool_result` blocks immediately after: toolu_1.', line: 4, severity: 'error' }],
    },
    {
      name: 'anthropic parallel results split over two user messages',
      languageId: 'http',
      code: anthropic({
        model: 'claude-sonnet-4-5',
        max_tokens: 10,
        messages: [
          { role: 'user', content: 'x' },
          { role: 'assistant', content: [toolUse('toolu_1'), toolUse('toolu_2')] },
          { role: 'user', content: [toolResult('toolu_1')] },
          { role: 'user', content: [toolResult('toolu_2')] },
        ],
      }),
      providerError: 'messages.3:`tool_use` ids were found without `tool_result` blocks immediately after: call_01_jyGy4y9iAr6NYvIZmkBI2933 (https://github.com/sudoprivacy/sudocode/pull/546)',
      errors: [{ message: "tool_use 'toolu_2' gets no tool_result" }],
    },
    {
      name: 'openai call with no tool message before the next user turn',
      languageId: 'http',
      code: openai({
        model: 'gpt-4.1-nano',
        messages: [
          { role: 'user', content: 'x' },
          { role: 'assistant', content: null, tool_calls: [call('call_a'), call('call_b')] },
          { role: 'tool', tool_call_id: 'call_a', content: '1' },
          { role: 'user', content: 'x' },
        ],
      }),
      providerError: "An assistant message with 'tool_calls' must be followed by tool messages responding to each 'tool_call_id'. The following tool_call_ids did not have response messages: call_b",
      errors: [{ message: 'The following tool_call_ids did not have response messages: call_b', line: 3 }],
    },
    {
      name: 'deepseek chat wording',
      languageId: 'http',
      code: openai({ model: 'deepseek-chat', messages: [{ role: 'user', content: 'x' }, { role: 'assistant', tool_calls: [call('call_0_1')] }, { role: 'user', content: 'y' }] }, 'api.deepseek.com'),
      providerError: DEEPSEEK,
      errors: [{ message: '(insufficient tool messages following tool_calls message)' }],
    },
    {
      name: 'relay only warns',
      languageId: 'http',
      code: openai({ model: 'gpt-4o', messages: [{ role: 'user', content: 'x' }, { role: 'assistant', tool_calls: [call('call_a')] }, { role: 'user', content: 'y' }] }, 'relay.example.com/v1'),
      providerError: "An assistant message with 'tool_calls' must be followed by tool messages responding to each 'tool_call_id'.",
      errors: [{ severity: 'warning' }],
    },
    {
      name: 'responses function_call never answered before the next message',
      languageId: 'http',
      code: responses({
        model: 'gpt-5',
        input: [
          { role: 'user', content: 'x' },
          { type: 'function_call', call_id: 'call_1', name: 'f', arguments: '{}' },
          { role: 'user', content: 'y' },
        ],
      }),
      providerError: 'No tool output found for function call call_1.',
      errors: [{ message: 'No tool output found for function call call_1.' }],
    },
    {
      name: 'deepseek /responses: outputs after an interleaved assistant message (recorded request)',
      languageId: 'http',
      code: responses(
        {
          input: [
            { content: '<think>\ninspect inputs\n</think>', role: 'assistant' },
            { arguments: '{"path":"a"}', call_id: 'call-a', name: 'read', type: 'function_call' },
            { content: '<think>\ninspect views\n</think>', role: 'assistant' },
            { arguments: '{"path":"b"}', call_id: 'call-b', name: 'view', type: 'function_call' },
            { call_id: 'call-a', output: 'contents', type: 'function_call_output' },
            { call_id: 'call-b', output: 'rendered', type: 'function_call_output' },
            { content: 'Reply exactly: done', role: 'user' },
          ],
          model: 'deepseek-v4-flash',
          stream: false,
        },
        'api.deepseek.com',
      ),
      providerError: 'No tool output found for tool call call-a.',
      errors: [{ message: 'No tool output found for tool call call-a.' }],
    },
    {
      name: 'gemini answers one of two calls',
      languageId: 'http',
      code: gemini({
        contents: [
          { role: 'user', parts: [{ text: 'x' }] },
          { role: 'model', parts: [{ functionCall: { name: 'a', args: {} } }, { functionCall: { name: 'b', args: {} } }] },
          { role: 'user', parts: [{ functionResponse: { name: 'a', response: {} } }] },
        ],
      }),
      providerError: 'Please ensure that the number of function response parts is equal to the number of function call parts of the function call turn.',
      errors: [{ message: 'number of function response parts is equal' }],
    },
  ],
};

// SDK calls in source code (server/src/core/sources): the same checks through the body map, at the argument's range.
cases.valid.push(
  { name: "Python: the turns come from a variable", languageId: 'python', code: "import anthropic\n\nclient = anthropic.Anthropic()\nclient.messages.create(model=\"claude-sonnet-4-5\", max_tokens=10, messages=history)\n" },
);
cases.invalid.push(
  { name: "Python: tool_use followed by a plain user turn", languageId: 'python', code: "import anthropic\n\nclient = anthropic.Anthropic()\nclient.messages.create(\n    model=\"claude-sonnet-4-5\",\n    max_tokens=10,\n    messages=[\n        {\"role\": \"user\", \"content\": \"x\"},\n        {\"role\": \"assistant\", \"content\": [{\"type\": \"tool_use\", \"id\": \"toolu_1\", \"name\": \"get_time\", \"input\": {}}]},\n        {\"role\": \"user\", \"content\": \"never mind\"},\n    ],\n)\n", providerError: '`tool_use` ids were found without `tool_result` blocks immediately after: toolu_1. Each `tool_use` block must have a corresponding `tool_result` block in the next message.', errors: [{ message: "toolu_1", text: "\"toolu_1\"" }] },
  { name: "TypeScript: tool_use followed by a plain user turn", languageId: 'typescript', code: "import Anthropic from '@anthropic-ai/sdk';\n\nconst client = new Anthropic();\nawait client.messages.create({\n  model: 'claude-sonnet-4-5',\n  max_tokens: 10,\n  messages: [\n    { role: 'user', content: 'x' },\n    { role: 'assistant', content: [{ type: 'tool_use', id: 'toolu_1', name: 'get_time', input: {} }] },\n    { role: 'user', content: 'never mind' },\n  ],\n});\n", providerError: '`tool_use` ids were found without `tool_result` blocks immediately after: toolu_1. Each `tool_use` block must have a corresponding `tool_result` block in the next message.', errors: [{ message: "toolu_1", text: "'toolu_1'" }] },
);
