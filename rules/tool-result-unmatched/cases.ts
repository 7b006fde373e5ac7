import type { RuleCases } from '../types.ts';

const json = (value: unknown) => JSON.stringify(value);
/** A Bedrock Converse request (the model is in the path). */
const converse = (body: unknown) =>
  `POST https://bedrock-runtime.us-east-1.amazonaws.com/model/anthropic.claude-3-5-haiku-20241022-v1:0/converse\nAuthorization: {{AWS_SIGV4}}\n\n${JSON.stringify(body)}\n`;
const TOOLS = { tools: [{ toolSpec: { name: 'f', inputSchema: { json: { type: 'object' } } } }] };

export const cases: RuleCases = {
  valid: [
    {
      name: 'converse toolResult answering the previous toolUse',
      languageId: 'http',
      code: converse({
        messages: [
          { role: 'user', content: [{ text: 'x' }] },
          { role: 'assistant', content: [{ toolUse: { toolUseId: 'tooluse_1', name: 'f', input: {} } }] },
          { role: 'user', content: [{ toolResult: { toolUseId: 'tooluse_1', content: [{ text: 'ok' }] } }] },
        ],
        toolConfig: TOOLS,
      }),
    },
    {
      name: 'anthropic result answering the previous tool_use',
      languageId: 'json',
      code: json({
        model: 'claude-sonnet-4-5',
        max_tokens: 10,
        messages: [
          { role: 'user', content: 'x' },
          { role: 'assistant', content: [{ type: 'tool_use', id: 'toolu_1', name: 'f', input: {} }] },
          { role: 'user', content: [{ type: 'tool_result', tool_use_id: 'toolu_1', content: 'ok' }] },
        ],
      }),
    },
    {
      name: 'anthropic id from a variable',
      languageId: 'http',
      code: 'POST https://api.anthropic.com/v1/messages\nanthropic-version: 2023-06-01\n\n{"model":"claude-sonnet-4-5","max_tokens":10,"messages":[{"role":"assistant","content":{{history}}},{"role":"user","content":[{"type":"tool_result","tool_use_id":"toolu_1","content":"ok"}]}]}\n',
    },
    {
      name: 'openai parallel tool calls answered in order',
      languageId: 'json',
      code: json({
        model: 'gpt-4.1',
        messages: [
          { role: 'user', content: 'x' },
          { role: 'assistant', content: null, tool_calls: [{ id: 'call_a', type: 'function', function: { name: 'f', arguments: '{}' } }, { id: 'call_b', type: 'function', function: { name: 'g', arguments: '{}' } }] },
          { role: 'tool', tool_call_id: 'call_b', content: '1' },
          { role: 'tool', tool_call_id: 'call_a', content: '2' },
        ],
      }),
    },
    {
      name: 'responses output after its call',
      languageId: 'json',
      code: json({
        model: 'gpt-4.1',
        input: [
          { role: 'user', content: 'x' },
          { type: 'function_call', call_id: 'call_1', name: 'f', arguments: '{}' },
          { type: 'function_call_output', call_id: 'call_1', output: 'ok' },
        ],
      }),
    },
    {
      name: 'responses output continuing a stored response',
      languageId: 'json',
      code: json({ model: 'gpt-4.1', previous_response_id: 'resp_1', input: [{ type: 'function_call_output', call_id: 'call_1', output: 'ok' }] }),
    },
    {
      name: 'gemini functionResponse after its functionCall',
      languageId: 'json',
      code: json({
        contents: [
          { role: 'user', parts: [{ text: 'x' }] },
          { role: 'model', parts: [{ functionCall: { name: 'get_weather', args: {} } }] },
          { role: 'user', parts: [{ functionResponse: { name: 'get_weather', response: { t: 1 } } }] },
        ],
      }),
    },
  ],
  invalid: [
    {
      name: 'converse toolResult with no toolUse before it',
      languageId: 'http',
      code: converse({
        messages: [
          { role: 'user', content: [{ text: 'x' }] },
          { role: 'assistant', content: [{ text: 'checking' }] },
          { role: 'user', content: [{ toolResult: { toolUseId: 'tooluse_9', content: [{ text: 'ok' }] } }] },
        ],
        toolConfig: TOOLS,
      }),
      providerError: 'The number of toolResult blocks at messages.2.content exceeds the number of toolUse blocks of previous turn.',
      errors: [{ message: "This toolResult answers 'tooluse_9'", line: 3, severity: 'error' }],
    },
    {
      name: 'anthropic result with no tool_use before it',
      languageId: 'json',
      code: json({
        model: 'claude-sonnet-4-5',
        max_tokens: 10,
        messages: [
          { role: 'user', content: 'x' },
          { role: 'assistant', content: [{ type: 'text', text: 'checking' }] },
          { role: 'user', content: [{ type: 'tool_result', tool_use_id: 'toolu_9', content: 'ok' }] },
        ],
      }),
      providerError: 'unexpected `tool_use_id` found in `tool_result` blocks',
      errors: [{ message: 'messages.2.content.0: unexpected `tool_use_id`', line: 0 }],
    },
    {
      name: 'anthropic result as the very first message',
      languageId: 'json',
      code: json({ model: 'claude-sonnet-4-5', max_tokens: 10, messages: [{ role: 'user', content: [{ type: 'tool_result', tool_use_id: 'toolu_1', content: 'ok' }] }] }),
      providerError: 'messages.0.content.0: unexpected `tool_use_id` found in `tool_result` blocks',
      errors: [{ message: 'messages.0.content.0' }],
    },
    {
      name: 'openai tool message with no tool_calls before it',
      languageId: 'json',
      code: json({ model: 'gpt-4o', messages: [{ role: 'user', content: 'x' }, { role: 'tool', tool_call_id: 'call_1', content: 'ok' }] }),
      providerError: "Invalid parameter: messages with role 'tool' must be a response to a preceeding message with 'tool_calls'.",
      errors: [{ message: "must be a response to a preceeding message with 'tool_calls'" }],
    },
    {
      name: 'openai tool message with a wrong id',
      languageId: 'json',
      code: json({
        model: 'gpt-4o',
        messages: [
          { role: 'user', content: 'x' },
          { role: 'assistant', tool_calls: [{ id: 'call_a', type: 'function', function: { name: 'f', arguments: '{}' } }] },
          { role: 'tool', tool_call_id: 'call_z', content: 'ok' },
        ],
      }),
      providerError: "Invalid parameter: 'tool_call_id' of 'call_z' not found in 'tool_calls' of previous message.",
      errors: [{ message: "'tool_call_id' of 'call_z' not found" }],
      output: json({
        model: 'gpt-4o',
        messages: [
          { role: 'user', content: 'x' },
          { role: 'assistant', tool_calls: [{ id: 'call_a', type: 'function', function: { name: 'f', arguments: '{}' } }] },
          { role: 'tool', tool_call_id: 'call_a', content: 'ok' },
        ],
      }),
    },
    {
      name: 'anthropic: the only unanswered tool_use id is the certain fix (preferred)',
      languageId: 'json',
      code: json({
        model: 'claude-sonnet-4-5',
        max_tokens: 10,
        messages: [
          { role: 'user', content: 'x' },
          { role: 'assistant', content: [{ type: 'tool_use', id: 'toolu_01A', name: 'f', input: {} }] },
          { role: 'user', content: [{ type: 'tool_result', tool_use_id: 'toolu_01B', content: 'ok' }] },
        ],
      }),
      providerError: 'messages.2.content.0: unexpected `tool_use_id` found in `tool_result` blocks: toolu_01B. Each `tool_result` block must have a corresponding `tool_use` block in the previous message.',
      errors: [{ message: "answers 'toolu_01B'", fixes: [{ title: "Answer tool call 'toolu_01A'", output: json({
        model: 'claude-sonnet-4-5',
        max_tokens: 10,
        messages: [
          { role: 'user', content: 'x' },
          { role: 'assistant', content: [{ type: 'tool_use', id: 'toolu_01A', name: 'f', input: {} }] },
          { role: 'user', content: [{ type: 'tool_result', tool_use_id: 'toolu_01A', content: 'ok' }] },
        ],
      }) }] }],
      output: json({
        model: 'claude-sonnet-4-5',
        max_tokens: 10,
        messages: [
          { role: 'user', content: 'x' },
          { role: 'assistant', content: [{ type: 'tool_use', id: 'toolu_01A', name: 'f', input: {} }] },
          { role: 'user', content: [{ type: 'tool_result', tool_use_id: 'toolu_01A', content: 'ok' }] },
        ],
      }),
    },
    {
      name: 'anthropic: two open tool_use ids, so no fix is certain',
      languageId: 'json',
      code: json({
        model: 'claude-sonnet-4-5',
        max_tokens: 10,
        messages: [
          { role: 'user', content: 'x' },
          { role: 'assistant', content: [{ type: 'tool_use', id: 'toolu_01A', name: 'f', input: {} }, { type: 'tool_use', id: 'toolu_01C', name: 'f', input: {} }] },
          { role: 'user', content: [{ type: 'tool_result', tool_use_id: 'toolu_01B', content: 'ok' }] },
        ],
      }),
      providerError: 'messages.2.content.0: unexpected `tool_use_id` found in `tool_result` blocks: toolu_01B. Each `tool_result` block must have a corresponding `tool_use` block in the previous message.',
      errors: [{ message: "answers 'toolu_01B'" }],
    },
    {
      name: 'responses output with no call',
      languageId: 'json',
      code: json({ model: 'gpt-5', input: [{ role: 'user', content: 'x' }, { type: 'function_call_output', call_id: 'call_7', output: 'ok' }] }),
      providerError: 'No tool call found for function call output with call_id call_7.',
      errors: [{ message: 'No tool call found for function call output with call_id call_7.' }],
    },
    {
      name: 'gemini functionResponse after a plain text turn',
      languageId: 'json',
      code: json({
        contents: [
          { role: 'user', parts: [{ text: 'x' }] },
          { role: 'model', parts: [{ text: 'ok' }] },
          { role: 'user', parts: [{ functionResponse: { name: 'get_weather', response: {} } }] },
        ],
      }),
      providerError: 'Please ensure that function response turn comes immediately after a function call turn.',
      errors: [{ message: 'function response turn comes immediately after a function call turn' }],
    },
    {
      name: 'gemini functionResponse names a function the previous turn did not call',
      languageId: 'json',
      code: json({
        contents: [
          { role: 'user', parts: [{ text: 'x' }] },
          { role: 'model', parts: [{ functionCall: { name: 'get_weather', args: {} } }] },
          { role: 'user', parts: [{ functionResponse: { name: 'get_time', response: {} } }] },
        ],
      }),
      providerError: 'Please ensure that function response turn comes immediately after a function call turn.',
      errors: [{ message: "functionResponse 'get_time' answers no functionCall of that name in the previous turn." }],
    },
  ],
};
