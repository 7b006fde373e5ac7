import type { RuleCases } from '../types.ts';

const openai = (body: unknown, host = 'api.openai.com') =>
  `POST https://${host}/v1/chat/completions\nAuthorization: Bearer {{key}}\nContent-Type: application/json\n\n${JSON.stringify(body)}\n`;
const responses = (body: unknown) => `POST https://api.openai.com/v1/responses\nAuthorization: Bearer {{key}}\nContent-Type: application/json\n\n${JSON.stringify(body)}\n`;
const anthropic = (body: unknown) =>
  `POST https://api.anthropic.com/v1/messages\nanthropic-version: 2023-06-01\nx-api-key: {{key}}\nContent-Type: application/json\n\n${JSON.stringify(body)}\n`;
const gemini = (body: unknown) =>
  `POST https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-flash:generateContent\nx-goog-api-key: {{key}}\nContent-Type: application/json\n\n${JSON.stringify(body)}\n`;
const msgs = [{ role: 'user', content: 'hi' }];
const fn = (name: string) => ({ type: 'function', function: { name, parameters: { type: 'object', properties: {} } } });
const decl = (name: string) => ({ name, parameters: { type: 'OBJECT', properties: { a: { type: 'STRING' } } } });
const contents = [{ role: 'user', parts: [{ text: 'hi' }] }];

const converse = (body: unknown) => `POST https://bedrock-runtime.us-east-1.amazonaws.com/model/anthropic.claude-3-haiku-20240307-v1:0/converse\nAuthorization: {{AWS_SIGV4}}\nContent-Type: application/json\n\n${JSON.stringify(body)}\n`;
const converseTool = (name: string) => ({ messages: [{ role: 'user', content: [{ text: 'hi' }] }], toolConfig: { tools: [{ toolSpec: { name, inputSchema: { json: { type: 'object' } } } }] } });

export const cases: RuleCases = {
  valid: [
    { name: 'converse toolSpec name with dashes and underscores', languageId: 'http', code: converse(converseTool('Weather_Tool-2')) },
    { name: 'OpenAI names with underscores and dashes, 64 characters', languageId: 'http', code: openai({ model: 'gpt-4o', messages: msgs, tools: [fn('get_weather'), fn('read-file'), fn('a'.repeat(64))] }) },
    { name: 'Anthropic allows up to 128 characters; server tools keep their fixed names', languageId: 'http', code: anthropic({ model: 'claude-sonnet-4-5', max_tokens: 10, messages: msgs, tools: [{ name: `mcp__${'x'.repeat(100)}`, input_schema: { type: 'object' } }, { type: 'web_search_20250305', name: 'web_search' }] }) },
    { name: 'Gemini allows dots and colons (MCP-style names)', languageId: 'http', code: gemini({ contents, tools: [{ functionDeclarations: [decl('github.list_issues'), decl('fs:read'), decl('_private')] }] }) },
    { name: 'a templated name is unknown', languageId: 'http', code: 'POST https://api.openai.com/v1/chat/completions\nContent-Type: application/json\n\n{"model":"gpt-4o","messages":[{"role":"user","content":"x"}],"tools":[{"type":"function","function":{"name":"{{tool}}.v2","parameters":{}}}]}\n' },
  ],
  invalid: [
    {
      name: 'converse toolSpec name with a space',
      languageId: 'http',
      code: converse(converseTool('Complete Session')),
      providerError: "Value 'Complete Session' at 'toolConfig.tools.22.member.toolSpec.name' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_-]+",
      errors: [{ message: "Tool name 'Complete Session' may only contain", severity: 'error' }],
    },
    {
      name: 'MCP-style dotted name on OpenAI',
      languageId: 'http',
      code: openai({ model: 'gpt-4o', messages: msgs, tools: [fn('get_weather'), fn('github.list_issues')] }),
      providerError: "Invalid 'tools[0].function.name': string does not match pattern. Expected a string that matches the pattern '^[a-zA-Z0-9_-]+$'.",
      errors: [{ message: "Invalid 'tools[1].function.name': string does not match pattern.", line: 4, severity: 'error' }],
    },
    {
      name: 'too long for OpenAI (Responses), and a space',
      languageId: 'http',
      code: responses({ model: 'gpt-4o', input: 'hi', tools: [{ type: 'function', name: `mcp__${'long_server_name_'.repeat(4)}tool`, parameters: {} }, { type: 'function', name: 'Google Search', parameters: {} }] }),
      providerError: "Invalid 'tools[25].function.name': string too long. Expected a string with maximum length 64, but got a string with length 67 instead.",
      errors: [
        { message: "Invalid 'tools[0].name': string too long. Expected a string with maximum length 64, but got a string with length 77 instead." },
        { message: 'not allowed: " "' },
      ],
    },
    {
      name: 'Anthropic: a dot in a client tool name',
      languageId: 'http',
      code: anthropic({ model: 'claude-sonnet-4-5', max_tokens: 10, messages: msgs, tools: [{ name: 'server.tool', input_schema: { type: 'object' } }] }),
      providerError: "tools.15.custom.name: String should match pattern '^[a-zA-Z0-9_-]{1,128}$'",
      errors: [{ message: "tools.0.custom.name: String should match pattern '^[a-zA-Z0-9_-]{1,128}$'", severity: 'error' }],
    },
    {
      name: 'Gemini: a name starting with a digit and one with a slash',
      languageId: 'http',
      code: gemini({ contents, tools: [{ functionDeclarations: [decl('1password_get'), decl('files/read')] }] }),
      providerError:
        'tools[0].function_declarations[53].name: [FIELD_INVALID] Invalid function name. Must start with a letter or an underscore. Must be a-z, A-Z, 0-9, or contain underscores (_), dots (.), colons (:), or dashes (-), with a maximum length of 64.',
      errors: [
        { message: 'tools[0].function_declarations[0].name: [FIELD_INVALID]' },
        { message: '("/")' },
      ],
    },
    {
      name: 'through a relay it is a warning',
      languageId: 'http',
      code: openai({ model: 'gpt-4o', messages: msgs, tools: [fn('github.list_issues')] }, 'relay.example.com'),
      providerError: "Invalid 'tools[0].function.name': string does not match pattern. Expected a string that matches the pattern '^[a-zA-Z0-9_-]+$'.",
      errors: [{ severity: 'warning' }],
    },
    {
      name: 'Anthropic: a name longer than 128 characters',
      languageId: 'http',
      code: anthropic({ model: 'claude-sonnet-4-5', max_tokens: 10, messages: msgs, tools: [{ name: `mcp__${'x'.repeat(130)}`, input_schema: { type: 'object' } }] }),
      providerError: 'tools.0.custom.name: String should have at most 128 characters',
      errors: [{ message: 'tools.0.custom.name: String should have at most 128 characters"', severity: 'error' }],
    },
    {
      name: 'DashScope compatible mode: a name longer than 64 characters',
      languageId: 'http',
      code: openai({ model: 'qwen-plus', messages: msgs, tools: [fn('a'.repeat(70))] }, 'dashscope.aliyuncs.com/compatible-mode'),
      providerError: '<400> InternalError.Algo.InvalidParameter: The length of the tool name cannot exceed 64.',
      errors: [{ message: '<400> InternalError.Algo.InvalidParameter: The length of the tool name cannot exceed 64."', severity: 'error' }],
    },
  ],
};
