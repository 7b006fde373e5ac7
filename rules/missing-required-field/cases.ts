import type { RuleCases } from '../types.ts';

const post = (url: string, body: unknown, headers = 'Content-Type: application/json') =>
  `POST ${url}\n${headers}\n\n${typeof body === 'string' ? body : JSON.stringify(body)}\n`;
const OPENAI = 'https://api.openai.com/v1/chat/completions';
const ANTHROPIC = 'https://api.anthropic.com/v1/messages';
const AV = 'anthropic-version: 2023-06-01';
const DASHSCOPE = 'https://dashscope.aliyuncs.com/api/v1/services/aigc/text-generation/generation';
const user = { role: 'user', content: 'hi' };
const CONVERSE = 'https://bedrock-runtime.us-east-1.amazonaws.com/model/us.anthropic.claude-sonnet-4-20250514-v1:0/converse';
const BEDROCK_AUTH = 'Content-Type: application/json\nAuthorization: Bearer {{AWS_BEARER_TOKEN_BEDROCK}}';
const converseToolTurns = [
  { role: 'user', content: [{ text: 'Weather in Paris?' }] },
  { role: 'assistant', content: [{ toolUse: { toolUseId: 't1', name: 'get_weather', input: { city: 'Paris' } } }] },
  { role: 'user', content: [{ toolResult: { toolUseId: 't1', content: [{ text: '18C' }] } }] },
];
const converseTools = { tools: [{ toolSpec: { name: 'get_weather', inputSchema: { json: { type: 'object', properties: { city: { type: 'string' } } } } } }] };

export const cases: RuleCases = {
  valid: [
    { name: 'Converse: a tool round trip with its toolConfig', languageId: 'http', code: post(CONVERSE, { toolConfig: converseTools, messages: converseToolTurns }, BEDROCK_AUTH) },
    { name: 'Converse: no tool blocks, no toolConfig needed', languageId: 'http', code: post(CONVERSE, { messages: [{ role: 'user', content: [{ text: 'hi' }] }] }, BEDROCK_AUTH) },
    { name: 'Gemini: an empty list below the top level is not judged as absent', languageId: 'http', code: post('https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-flash:generateContent', { contents: [{ role: 'user', parts: [{ text: 'hi' }] }], tools: [] }, 'x-goog-api-key: {{key}}') },
    { name: 'OpenAI: an empty messages list is a range question (parameter-out-of-range), not a missing field', languageId: 'http', code: post(OPENAI, { model: 'gpt-4o', messages: [] }) },
    { name: 'complete OpenAI chat body with a tool round trip', languageId: 'http', code: post(OPENAI, { model: 'gpt-4o', messages: [user, { role: 'assistant', tool_calls: [{ id: 'c1', type: 'function', function: { name: 'f', arguments: '{}' } }] }, { role: 'tool', tool_call_id: 'c1', content: 'ok' }] }) },
    { name: 'Azure deployment URL carries the model', languageId: 'http', code: post('https://res.openai.azure.com/openai/deployments/gpt-4o/chat/completions?api-version=2024-10-21', { messages: [user] }, 'api-key: {{key}}') },
    { name: 'Anthropic body with model, max_tokens and messages', languageId: 'http', code: post(ANTHROPIC, { model: 'claude-sonnet-4-5', max_tokens: 64, messages: [user, { role: 'assistant', content: [{ type: 'tool_use', id: 't1', name: 'f', input: {} }] }, { role: 'user', content: [{ type: 'tool_result', tool_use_id: 't1', content: 'ok' }] }] }, AV) },
    { name: 'Bedrock takes the model from the URL', languageId: 'http', code: post('https://bedrock-runtime.us-east-1.amazonaws.com/model/anthropic.claude-3-5-sonnet-20240620-v1:0/invoke', { anthropic_version: 'bedrock-2023-05-31', max_tokens: 64, messages: [user] }) },
    { name: 'Gemini needs no model in the body', languageId: 'http', code: post('https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-flash:generateContent', { contents: [{ role: 'user', parts: [{ text: 'x' }] }] }) },
    // https://docs.anthropic.com/en/docs/build-with-claude/token-counting: count_tokens takes no max_tokens.
    { name: 'Anthropic count_tokens body without max_tokens (official docs example)', languageId: 'http', code: post('https://api.anthropic.com/v1/messages/count_tokens', { model: 'claude-sonnet-4-5', thinking: { type: 'enabled', budget_tokens: 16000 }, messages: [user] }, AV) },
    // https://www.alibabacloud.com/help/en/model-studio/qwen-api-via-dashscope: the qwen-vl-plus curl example has no parameters.
    { name: 'DashScope multimodal-generation body without parameters (official docs example)', languageId: 'http', code: post('https://dashscope-intl.aliyuncs.com/api/v1/services/aigc/multimodal-generation/generation', { model: 'qwen-vl-plus', input: { messages: [{ role: 'user', content: [{ image: 'https://dashscope.oss-cn-beijing.aliyuncs.com/images/tiger.png' }, { text: 'What are these?' }] }] } }, 'Authorization: Bearer {{key}}') },
    { name: 'a templated key could be the missing field', languageId: 'http', code: post(OPENAI, '{"model":"gpt-4o","{{messagesKey}}":[]}') },
  ],
  invalid: [
    {
      name: 'Converse: toolUse and toolResult blocks in the history but no toolConfig (a summarising call without tools)',
      languageId: 'http',
      code: post(CONVERSE, { messages: converseToolTurns }, BEDROCK_AUTH),
      providerError: 'ValidationException: The toolConfig field must be defined when using toolUse and toolResult content blocks.',
      errors: [{ message: "so Converse needs 'toolConfig'", severity: 'error' }],
    },
    {
      name: 'Gemini: an empty contents list is an absent one in proto3 JSON',
      languageId: 'http',
      code: post('https://generativelanguage.googleapis.com/v1beta/models/gemini-2.0-flash-001:generateContent', { systemInstruction: { parts: [{ text: 'Say hello.' }] }, contents: [] }, 'x-goog-api-key: {{key}}'),
      providerError: '* GenerateContentRequest.contents: contents is not specified',
      errors: [{ message: "The request body is missing the required field 'contents'.", severity: 'warning' }],
    },
    {
      name: 'fix: max_tokens added as the last line, in the body\'s indentation',
      languageId: 'http',
      code: 'POST https://api.anthropic.com/v1/messages\nanthropic-version: 2023-06-01\n\n{\n    "model": "{{model}}",\n    "messages": [{"role": "user", "content": "hola"}]\n}\n',
      providerError: 'max_tokens: Field required',
      errors: [{ message: "'max_tokens'", fixes: [{ title: 'Add "max_tokens": 1024', output: 'POST https://api.anthropic.com/v1/messages\nanthropic-version: 2023-06-01\n\n{\n    "model": "{{model}}",\n    "messages": [{"role": "user", "content": "hola"}],\n    "max_tokens": 1024\n}\n' }] }],
      output: 'POST https://api.anthropic.com/v1/messages\nanthropic-version: 2023-06-01\n\n{\n    "model": "{{model}}",\n    "messages": [{"role": "user", "content": "hola"}],\n    "max_tokens": 1024\n}\n',
    },
    {
      name: 'Anthropic body without max_tokens',
      output: "POST https://api.anthropic.com/v1/messages\nanthropic-version: 2023-06-01\n\n{\"model\":\"claude-haiku-4-5\",\"messages\":[{\"role\":\"user\",\"content\":\"hola\"}],\"max_tokens\":1024}\n",
      languageId: 'http',
      code: post(ANTHROPIC, { model: 'claude-haiku-4-5', messages: [{ role: 'user', content: 'hola' }] }, AV),
      providerError: 'max_tokens: Field required',
      errors: [{ message: 'max_tokens: Field required', line: 3, severity: 'error' }],
    },
    {
      name: 'OpenAI chat body without messages',
      languageId: 'http',
      code: post(OPENAI, { model: 'gpt-4o', prompt: 'hi' }),
      providerError: "Missing required parameter: 'messages[2].content[0].type'.",
      errors: [{ message: "Missing required parameter: 'messages'." }],
    },
    {
      name: 'OpenAI chat body without model',
      languageId: 'http',
      code: post(OPENAI, { messages: [user] }),
      providerError: 'you must provide a model parameter',
      errors: [{ message: 'you must provide a model parameter', severity: 'error' }],
    },
    {
      name: 'content part without type, tool message without tool_call_id',
      languageId: 'http',
      code: post(OPENAI, { model: 'gpt-4o', messages: [{ role: 'user', content: [{ text: 'hi' }] }, { role: 'tool', content: 'ok' }] }),
      providerError: "Missing required parameter: 'messages[2].content[0].type'.",
      errors: [
        { message: "Missing required parameter: 'messages[0].content[0].type'." },
        { message: "Missing parameter 'tool_call_id': messages with role 'tool' must have a 'tool_call_id'." },
      ],
    },
    {
      name: 'Anthropic tool_use block without an id',
      languageId: 'http',
      code: post(ANTHROPIC, { model: 'claude-sonnet-4-5', max_tokens: 64, messages: [user, { role: 'assistant', content: [{ type: 'tool_use', name: 'f', input: {} }] }] }, AV),
      providerError: 'messages.1.content.0.thinking.signature: Field required',
      errors: [{ message: 'messages.1.content.0.tool_use.id: Field required' }],
    },
    {
      name: 'DashScope native body without model',
      languageId: 'http',
      code: post(DASHSCOPE, { input: { messages: [user] }, parameters: {} }, 'Authorization: Bearer {{key}}'),
      providerError: 'Required parameter "model" missing from request.',
      errors: [{ message: 'BadRequest.EmptyModel: Required parameter "model" missing from request.', severity: 'error' }],
    },
    {
      name: 'relay: missing messages is a warning',
      languageId: 'http',
      code: post('https://llm.example.com/v1/chat/completions', { model: 'gpt-4o' }),
      providerError: "Missing required parameter: 'messages[2].content[0].type'.",
      errors: [{ severity: 'warning', message: "missing the required field 'messages'" }],
    },
  ],
};

// SDK calls in source code (server/src/core/sources): the same checks through the body map, at the argument's range.
cases.valid.push(
  { name: "Python: **kwargs may hold max_tokens", languageId: 'python', code: "import anthropic\n\nclient = anthropic.Anthropic()\nclient.messages.create(model=\"claude-sonnet-4-5\", messages=[{\"role\": \"user\", \"content\": \"Hello\"}], **params)\n" },
  { name: "Python: count_tokens takes no max_tokens", languageId: 'python', code: "import anthropic\n\nclient = anthropic.Anthropic()\nclient.messages.count_tokens(model=\"claude-sonnet-4-5\", messages=[{\"role\": \"user\", \"content\": \"Hello\"}])\n" },
);
cases.invalid.push(
  { name: "Python: Anthropic call without max_tokens", languageId: 'python', code: "import anthropic\n\nclient = anthropic.Anthropic()\nmessage = client.messages.create(model=\"claude-sonnet-4-5\", messages=[{\"role\": \"user\", \"content\": \"Hello\"}])\n", providerError: 'max_tokens: Field required', errors: [{ message: "'max_tokens'", text: "(model=\"claude-sonnet-4-5\", messages=[{\"role\": \"user\", \"content\": \"Hello\"}])" }] },
  { name: "TypeScript: Anthropic call without max_tokens", languageId: 'typescript', code: "import Anthropic from '@anthropic-ai/sdk';\n\nconst client = new Anthropic();\nconst message = await client.messages.create({ model: 'claude-sonnet-4-5', messages: [{ role: 'user', content: 'Hello' }] });\n", providerError: 'max_tokens: Field required', errors: [{ message: "'max_tokens'", text: "{ model: 'claude-sonnet-4-5', messages: [{ role: 'user', content: 'Hello' }] }" }] },
);
