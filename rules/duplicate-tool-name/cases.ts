import type { RuleCases } from '../types.ts';

const anthropic = (body: unknown) =>
  `POST https://api.anthropic.com/v1/messages\nanthropic-version: 2023-06-01\nx-api-key: {{key}}\nContent-Type: application/json\n\n${JSON.stringify(body)}\n`;
const gemini = (body: unknown) =>
  `POST https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-flash:generateContent\nx-goog-api-key: {{key}}\nContent-Type: application/json\n\n${JSON.stringify(body)}\n`;
const chat = (host: string, body: unknown) => `POST https://${host}/chat/completions\nAuthorization: Bearer {{key}}\nContent-Type: application/json\n\n${JSON.stringify(body)}\n`;
const msgs = [{ role: 'user', content: 'hi' }];
const tool = (name: string) => ({ name, description: name, input_schema: { type: 'object', properties: {} } });
const fn = (name: string) => ({ type: 'function', function: { name, parameters: { type: 'object', properties: {} } } });
const decl = (name: string) => ({ name, parameters: { type: 'OBJECT', properties: { a: { type: 'STRING' } } } });

export const cases: RuleCases = {
  valid: [
    { name: 'distinct names', languageId: 'http', code: anthropic({ model: 'claude-sonnet-4-5', max_tokens: 10, messages: msgs, tools: [tool('read_file'), tool('write_file'), { type: 'web_search_20250305', name: 'web_search' }] }) },
    { name: 'names differing only in case are different names', languageId: 'http', code: anthropic({ model: 'claude-sonnet-4-5', max_tokens: 10, messages: msgs, tools: [tool('Read'), tool('read')] }) },
    { name: 'Gemini declarations spread over two tools entries, distinct', languageId: 'http', code: gemini({ contents: [{ role: 'user', parts: [{ text: 'hi' }] }], tools: [{ functionDeclarations: [decl('a')] }, { functionDeclarations: [decl('b')] }, { googleSearch: {} }] }) },
    { name: 'templated names are unknown', languageId: 'http', code: 'POST https://api.anthropic.com/v1/messages\nanthropic-version: 2023-06-01\nContent-Type: application/json\n\n{"model":"claude-sonnet-4-5","max_tokens":10,"messages":[{"role":"user","content":"x"}],"tools":[{"name":"{{a}}","input_schema":{"type":"object"}},{"name":"{{a}}","input_schema":{"type":"object"}}]}\n' },
  ],
  invalid: [
    {
      name: 'Anthropic: the same MCP tool registered twice',
      languageId: 'http',
      code: anthropic({ model: 'claude-sonnet-4-5', max_tokens: 10, messages: msgs, tools: [tool('create_pull_request'), tool('list_issues'), tool('create_pull_request')] }),
      providerError: 'tools: Tool names must be unique.',
      errors: [{ message: `Tool name 'create_pull_request' is already used by tools.0.\nAnthropic answers: "tools: Tool names must be unique."`, line: 5, severity: 'error' }],
    },
    {
      name: 'Anthropic: a client tool named like a server tool',
      languageId: 'http',
      code: anthropic({ model: 'claude-sonnet-4-5', max_tokens: 10, messages: msgs, tools: [{ type: 'web_search_20250305', name: 'web_search' }, tool('web_search')] }),
      providerError: 'tools: Tool names must be unique.',
      errors: [{ message: 'already used by tools.0' }],
    },
    {
      name: 'Gemini: the same declaration in two tools entries',
      languageId: 'http',
      code: gemini({ contents: [{ role: 'user', parts: [{ text: 'hi' }] }], tools: [{ functionDeclarations: [decl('tool_function')] }, { functionDeclarations: [decl('tool_function')] }] }),
      providerError: 'Duplicate function declaration found: tool_function',
      errors: [{ message: 'Duplicate function declaration found: tool_function"', severity: 'error' }],
    },
    {
      name: 'DeepSeek rejects duplicates',
      languageId: 'http',
      code: chat('api.deepseek.com', { model: 'deepseek-chat', messages: msgs, tools: [fn('search'), fn('search')] }),
      providerError: 'Tool names must be unique.',
      errors: [{ message: 'DeepSeek answers: "Tool names must be unique."', severity: 'error' }],
    },
    {
      name: 'OpenAI does not document it: a warning, every duplicate reported',
      languageId: 'http',
      code: chat('api.openai.com/v1', { model: 'gpt-4o', messages: msgs, tools: [fn('search'), fn('search'), fn('search')] }),
      providerError: 'Tool names must be unique.',
      errors: [{ severity: 'warning' }, { severity: 'warning' }],
    },
  ],
};
