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
const contents = [{ role: 'user', parts: [{ text: 'hi' }] }];
const decl = (name: string) => ({ name, parameters: { type: 'OBJECT', properties: { a: { type: 'STRING' } } } });

export const cases: RuleCases = {
  valid: [
    { name: 'named function that is defined', languageId: 'http', code: openai({ model: 'gpt-4o', messages: msgs, tools: [fn('generate_image')], tool_choice: { type: 'function', function: { name: 'generate_image' } } }) },
    { name: 'required with tools; allowed_tools naming defined tools', languageId: 'http', code: openai({ model: 'gpt-4o', messages: msgs, tools: [fn('a'), fn('b')], tool_choice: { type: 'allowed_tools', allowed_tools: { mode: 'required', tools: [{ type: 'function', function: { name: 'a' } }] } } }) },
    { name: 'Responses: hosted tool chosen by type and present (dated variant)', languageId: 'http', code: responses({ model: 'gpt-4o', input: 'hi', tools: [{ type: 'web_search_preview_2025_03_11' }], tool_choice: { type: 'web_search_preview' } }) },
    { name: 'Anthropic: a forced tool that is defined', languageId: 'http', code: anthropic({ model: 'claude-sonnet-4-5', max_tokens: 10, messages: msgs, tools: [{ name: 'final_result', input_schema: { type: 'object' } }], tool_choice: { type: 'tool', name: 'final_result' } }) },
    { name: 'Gemini ANY restricted to declared functions (recorded, accepted)', languageId: 'http', code: gemini({ contents, tools: [{ functionDeclarations: [decl('get_user_country'), decl('final_result')] }], toolConfig: { functionCallingConfig: { mode: 'ANY', allowedFunctionNames: ['get_user_country', 'final_result'] } } }) },
    { name: 'Gemini AUTO without declarations (search grounding only) is not judged', languageId: 'http', code: gemini({ contents, tools: [{ googleSearch: {} }], toolConfig: { functionCallingConfig: { mode: 'AUTO' } } }) },
    { name: 'tools from a variable could hold the named tool', languageId: 'http', code: 'POST https://api.openai.com/v1/chat/completions\nContent-Type: application/json\n\n{"model":"gpt-4o","messages":[{"role":"user","content":"x"}],"tools":{{tools}},"tool_choice":{"type":"function","function":{"name":"f"}}}\n' },
  ],
  invalid: [
    {
      name: 'OpenAI: tool_choice without tools ("auto" too)',
      languageId: 'http',
      code: openai({ model: 'gpt-4o', messages: msgs, tool_choice: 'auto' }),
      providerError: "Invalid value for 'tool_choice': 'tool_choice' is only allowed when 'tools' are specified.",
      errors: [{ message: "OpenAI answers: \"Invalid value for 'tool_choice': 'tool_choice' is only allowed when 'tools' are specified.\"", line: 4, severity: 'error' }],
    },
    {
      name: 'Responses: a named function that is not in tools',
      languageId: 'http',
      code: responses({ model: 'gpt-4o', input: 'hi', tools: [{ type: 'function', name: 'get_weather', parameters: {} }], tool_choice: { type: 'function', name: 'web_search' } }),
      providerError: "Tool choice 'function' not found in 'tools' parameter.",
      errors: [{ message: 'OpenAI answers: "Tool choice \'function\' not found in \'tools\' parameter."', severity: 'error' }],
    },
    {
      name: 'Responses: a hosted tool chosen but not declared',
      languageId: 'http',
      code: responses({ model: 'gpt-4o', input: 'draw a cat', tools: [{ type: 'function', name: 'f', parameters: {} }], tool_choice: { type: 'image_generation' } }),
      providerError: "Tool choice 'image_generation' not found in 'tools' parameter.",
      errors: [{ message: "Tool choice 'image_generation' not found in 'tools' parameter." }],
    },
    {
      name: 'Gemini: mode ANY without any function declaration',
      languageId: 'http',
      code: gemini({ contents, tools: [{ googleSearch: {} }], toolConfig: { functionCallingConfig: { mode: 'ANY' } } }),
      providerError: 'Function calling config is set without function_declarations.',
      errors: [{ message: 'Function calling config is set without function_declarations."', severity: 'error' }],
    },
    {
      name: 'unknown names where the wording is not known are warnings (chat, Anthropic, Gemini allow-list)',
      languageId: 'http',
      code: anthropic({ model: 'claude-sonnet-4-5', max_tokens: 10, messages: msgs, tools: [{ name: 'final_result', input_schema: { type: 'object' } }], tool_choice: { type: 'tool', name: 'finalResult' } }),
      providerError: "Tool choice 'function' not found in 'tools' parameter.",
      errors: [{ message: "'tool_choice' names 'finalResult', which is not one of the tools this request defines ('final_result').", severity: 'warning' }],
    },
    {
      name: 'Gemini allowedFunctionNames: every unknown name',
      languageId: 'http',
      code: gemini({ contents, tools: [{ functionDeclarations: [decl('a')] }], toolConfig: { functionCallingConfig: { mode: 'ANY', allowedFunctionNames: ['a', 'b', 'c'] } } }),
      providerError: "Tool choice 'function' not found in 'tools' parameter.",
      errors: [{ message: "'allowedFunctionNames' names 'b', which is not one of the tools this request defines ('a').", severity: 'warning' }, { message: "'allowedFunctionNames' names 'c', which is not one of the tools this request defines ('a').", severity: 'warning' }],
    },
    {
      name: 'chat: a named function that is not defined',
      languageId: 'http',
      code: openai({ model: 'gpt-4o', messages: msgs, tools: [fn('a')], tool_choice: { type: 'function', function: { name: 'b' } } }),
      providerError: "Tool choice 'function' not found in 'tools' parameter.",
      errors: [{ message: "'tool_choice' names 'b', which is not one of the tools this request defines ('a').", severity: 'warning' }],
    },
    {
      name: 'through a relay: tool_choice "required" with no tools is a warning',
      languageId: 'http',
      code: openai({ model: 'gpt-4o', messages: msgs, tool_choice: 'required' }, 'relay.example.com'),
      providerError: "Invalid value for 'tool_choice': 'tool_choice' is only allowed when 'tools' are specified.",
      errors: [{ message: "'tool_choice' forces tool use but the request defines no tools: the provider has nothing to call.", severity: 'warning' }],
    },
    {
      name: 'legacy function_call naming a function with no functions at all',
      languageId: 'http',
      code: openai({ model: 'gpt-4o', messages: msgs, function_call: { name: 'get_weather' } }),
      providerError: '(wording not recorded: function_call names a function the request does not define)',
      errors: [{ message: "'function_call' names 'get_weather' but the request defines no functions.", severity: 'warning' }],
    },
    {
      name: 'Responses: tool_choice "required" with no tools',
      languageId: 'http',
      code: responses({ model: 'gpt-4o', input: 'hi', tool_choice: 'required' }),
      providerError: '(wording not recorded: tool_choice "required" without tools)',
      errors: [{ message: "'tool_choice' is 'required' but the request defines no tools: the model has nothing to call.", severity: 'warning' }],
    },
    {
      name: 'Anthropic: tool_choice any with no tools',
      languageId: 'http',
      code: anthropic({ model: 'claude-sonnet-4-5', max_tokens: 10, messages: msgs, tool_choice: { type: 'any' } }),
      providerError: '(wording not recorded: tool_choice any without tools)',
      errors: [{ message: "'tool_choice' type 'any' forces a tool call but the request defines no tools.", severity: 'warning' }],
    },
    {
      name: 'DashScope: tool_choice names a function but no tools are given',
      languageId: 'http',
      code: `POST https://dashscope.aliyuncs.com/api/v1/services/aigc/text-generation/generation\nAuthorization: Bearer {{key}}\nContent-Type: application/json\n\n${JSON.stringify({
        model: 'qwen-plus',
        input: { messages: msgs },
        parameters: { tool_choice: { type: 'function', function: { name: 'get_weather' } } },
      })}\n`,
      providerError: '(wording not recorded: tool_choice names a function without tools)',
      errors: [{ message: "'tool_choice' names 'get_weather' but the request defines no tools.", severity: 'warning' }],
    },
  ],
};
