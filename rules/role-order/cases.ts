import type { RuleCases } from '../types.ts';

const GEMINI = 'Please ensure that function call turn comes immediately after a user turn or after a function response turn.';
const DASHSCOPE = 'Messages with role "tool" must be a response to a preceding message with "tool_calls"';
const gemini = (body: unknown, host = 'generativelanguage.googleapis.com/v1beta') =>
  `POST https://${host}/models/gemini-2.5-flash:generateContent\nContent-Type: application/json\n\n${JSON.stringify(body)}\n`;
const dashscope = (messages: unknown[]) =>
  `POST https://dashscope-intl.aliyuncs.com/api/v1/services/aigc/text-generation/generation\nContent-Type: application/json\n\n${JSON.stringify({ model: 'qwen-plus', input: { messages }, parameters: { result_format: 'message' } })}\n`;
const bedrock = (messages: unknown[]) =>
  `POST https://bedrock-runtime.us-east-1.amazonaws.com/model/anthropic.claude-3-haiku-20240307-v1:0/invoke\nContent-Type: application/json\n\n${JSON.stringify({ anthropic_version: 'bedrock-2023-05-31', max_tokens: 100, messages })}\n`;
const anthropic = (messages: unknown[]) =>
  `POST https://api.anthropic.com/v1/messages\nanthropic-version: 2023-06-01\nContent-Type: application/json\n\n${JSON.stringify({ model: 'claude-3-haiku-20240307', max_tokens: 100, messages })}\n`;

const userText = (text: string) => ({ role: 'user', parts: [{ text }] });
const modelText = (text: string) => ({ role: 'model', parts: [{ text }] });
const modelCall = (name: string) => ({ role: 'model', parts: [{ functionCall: { name, args: {} } }] });
const userResponse = (name: string) => ({ role: 'user', parts: [{ functionResponse: { name, response: { ok: true } } }] });
const call = (id: string) => ({ id, type: 'function', function: { name: 'get_weather', arguments: '{}' } });

/** A Bedrock Converse request (the model is in the path). */
const converse = (body: unknown) => `POST https://bedrock-runtime.us-east-1.amazonaws.com/model/anthropic.claude-3-haiku-20240307-v1:0/converse\nAuthorization: {{AWS_SIGV4}}\nContent-Type: application/json\n\n${JSON.stringify(body)}\n`;

export const cases: RuleCases = {
  valid: [
    { name: 'DashScope: a system prompt and a user turn', languageId: 'http', code: dashscope([{ role: 'system', content: 'Compare the data.' }, { role: 'user', content: 'Go.' }]) },
    { name: 'DashScope: a role from a variable could be the user', languageId: 'http', code: dashscope([{ role: 'system', content: 'Compare.' }, { role: '{{role}}', content: 'Go.' }]) },
    {
      name: 'converse: user and assistant turns alternate',
      languageId: 'http',
      code: converse({ messages: [{ role: 'user', content: [{ text: 'a' }] }, { role: 'assistant', content: [{ text: 'b' }] }, { role: 'user', content: [{ text: 'c' }] }] }),
    },
    {
      name: 'gemini: call after a user turn, next call after the function response',
      languageId: 'http',
      code: gemini({ contents: [userText('Weather in Paris and Rome?'), modelCall('get_weather'), userResponse('get_weather'), modelCall('get_weather'), userResponse('get_weather')] }),
    },
    {
      name: 'gemini: consecutive user turns and consecutive plain model turns are accepted today',
      languageId: 'http',
      code: gemini({ contents: [userText('Hi'), userText('Are you there?'), modelText('Yes.'), modelText('How can I help?'), userText('Weather?')] }),
    },
    {
      name: 'gemini: text and the call in one model turn',
      languageId: 'http',
      code: gemini({ contents: [userText('Weather?'), { role: 'model', parts: [{ text: 'Let me check.' }, { functionCall: { name: 'get_weather', args: {} } }] }, userResponse('get_weather')] }),
    },
    {
      name: 'gemini: the turn before the call comes from a variable',
      languageId: 'http',
      code: 'POST https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-flash:generateContent\n\n{"contents":[{"role":"user","parts":[{"text":"x"}]},{{previous}},{"role":"model","parts":[{"functionCall":{"name":"f","args":{}}}]}]}\n',
    },
    {
      name: 'gemini: a call turn may open contents that continue a cached conversation',
      languageId: 'http',
      code: gemini({ cachedContent: 'cachedContents/abc123', contents: [modelCall('read_file'), userResponse('read_file')] }),
    },
    {
      name: 'dashscope: tool messages right after the assistant tool_calls',
      languageId: 'http',
      code: dashscope([{ role: 'user', content: 'Weather?' }, { role: 'assistant', content: '', tool_calls: [call('call_1'), call('call_2')] }, { role: 'tool', tool_call_id: 'call_1', content: '18' }, { role: 'tool', tool_call_id: 'call_2', content: '20' }]),
    },
    {
      name: 'anthropic API accepts an assistant first turn',
      languageId: 'http',
      code: anthropic([{ role: 'assistant', content: 'How can I help?' }, { role: 'user', content: 'What colour is the sky?' }]),
    },
    {
      name: 'bedrock conversation that starts with the user',
      languageId: 'http',
      code: bedrock([{ role: 'user', content: 'Hi' }, { role: 'assistant', content: 'Hello!' }, { role: 'user', content: 'Bye' }]),
    },
  ],
  invalid: [
    {
      name: "DashScope: only a system prompt and the previous agent's reply, no user turn",
      languageId: 'http',
      code: dashscope([{ role: 'system', content: 'You compare data.' }, { role: 'assistant', content: 'Image recognised: ...' }]),
      providerError: '<400> InternalError.Algo.InvalidParameter: The input messages do not contain elements with the role of user',
      errors: [{ message: 'No user message: DashScope needs at least one user turn in input.messages.', severity: 'error' }],
    },
    {
      name: 'converse: the conversation starts with an assistant turn',
      languageId: 'http',
      code: converse({ messages: [{ role: 'assistant', content: [{ text: 'Hi' }] }, { role: 'user', content: [{ text: 'x' }] }] }),
      providerError: 'A conversation must start with a user message. Try again with a conversation that starts with a user message.',
      errors: [{ message: 'starts with an assistant turn, which Bedrock Converse rejects', line: 4, severity: 'error' }],
    },
    {
      name: 'converse: two user turns in a row',
      languageId: 'http',
      code: converse({ messages: [{ role: 'user', content: [{ text: 'a' }] }, { role: 'user', content: [{ text: 'b' }] }] }),
      providerError: 'A conversation must alternate between user and assistant roles. Make sure the conversation alternates between user and assistant roles and try again.',
      errors: [{ message: 'Two user turns in a row (messages[0] and this one)', line: 4, severity: 'error' }],
    },
    {
      name: 'gemini: history starts with a function call turn',
      languageId: 'http',
      code: gemini({ contents: [modelCall('read_file'), userResponse('read_file'), userText('Summarise it')] }),
      providerError: GEMINI,
      errors: [{ message: 'starts with a function call turn', line: 3, severity: 'error' }],
    },
    {
      name: 'gemini: function call turn after a model text turn (split model turns)',
      languageId: 'http',
      code: gemini({ contents: [userText('Weather?'), modelText('Let me check.'), modelCall('get_weather'), userResponse('get_weather')] }),
      providerError: GEMINI,
      errors: [{ message: 'follows another model turn (contents[1])' }],
    },
    {
      name: 'gemini: parallel calls split into two model turns',
      languageId: 'http',
      code: gemini({ contents: [userText('Weather in Paris and Rome?'), modelCall('get_weather'), modelCall('get_weather'), userResponse('get_weather')] }),
      providerError: GEMINI,
      errors: [{ message: 'follows another model turn (contents[1])' }],
    },
    {
      name: 'gemini through a relay is a warning',
      languageId: 'http',
      code: gemini({ contents: [modelCall('read_file'), userResponse('read_file')] }, 'gemini-relay.example.com/v1beta'),
      providerError: GEMINI,
      errors: [{ severity: 'warning' }],
    },
    {
      name: 'dashscope: tool message after a user message',
      languageId: 'http',
      code: dashscope([{ role: 'user', content: 'Weather?' }, { role: 'tool', tool_call_id: 'call_1', content: '18' }]),
      providerError: DASHSCOPE,
      errors: [{ message: "does not follow an assistant message with 'tool_calls'", line: 3, severity: 'error' }],
    },
    {
      name: 'dashscope: assistant message was dropped between the two turns',
      languageId: 'http',
      code: dashscope([{ role: 'user', content: 'Weather?' }, { role: 'assistant', content: 'Let me check.' }, { role: 'tool', tool_call_id: 'call_1', content: '18' }]),
      providerError: DASHSCOPE,
      errors: [{ message: DASHSCOPE }],
    },
    {
      name: 'bedrock: conversation starts with an assistant turn',
      languageId: 'http',
      code: bedrock([{ role: 'assistant', content: 'How can I help?' }, { role: 'user', content: 'What colour is the sky?' }]),
      providerError: 'messages: first message must use the "user" role',
      errors: [{ message: 'starts with an assistant turn, which Bedrock rejects', severity: 'error' }],
    },
  ],
};
