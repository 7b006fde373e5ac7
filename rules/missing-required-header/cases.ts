import type { RuleCases } from '../types.ts';

const anthropicBody = '{"model":"claude-sonnet-4-5","max_tokens":64,"messages":[{"role":"user","content":"Hi"}]}';
const openaiBody = '{"model":"gpt-4o","messages":[{"role":"user","content":"Hi"}]}';
const geminiBody = '{"contents":[{"role":"user","parts":[{"text":"Hi"}]}]}';
const http = (requestLine: string, headers: string[], body: string) => `${requestLine}\n${headers.map((h) => `${h}\n`).join('')}\n${body}\n`;

export const cases: RuleCases = {
  valid: [
    {
      name: "DeepSeek's Anthropic-format endpoint takes the key in x-api-key",
      languageId: 'http',
      code: 'POST https://api.deepseek.com/anthropic/v1/messages\nx-api-key: {{key}}\nanthropic-version: 2023-06-01\nContent-Type: application/json\n\n{"model": "deepseek-chat", "max_tokens": 100, "messages": [{"role": "user", "content": "hi"}]}\n',
    },
    {
      name: 'Anthropic with version, key and content type (values from variables count as present)',
      languageId: 'http',
      code: http('POST https://api.anthropic.com/v1/messages', ['x-api-key: {{ANTHROPIC_API_KEY}}', 'anthropic-version: {{version}}', 'Content-Type: application/json'], anthropicBody),
    },
    {
      name: 'Anthropic with an OAuth Bearer token instead of x-api-key; header names are case-insensitive',
      languageId: 'http',
      code: http('POST https://api.anthropic.com/v1/messages', ['authorization: Bearer {{token}}', 'Anthropic-Version: 2023-06-01', 'content-type: application/json; charset=utf-8'], anthropicBody),
    },
    {
      name: 'Gemini with the key in the URL',
      languageId: 'http',
      code: http('POST https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-flash:generateContent?key={{GEMINI_API_KEY}}', ['Content-Type: application/json'], geminiBody),
    },
    {
      name: 'Azure with api-key',
      languageId: 'http',
      code: http('POST https://res.openai.azure.com/openai/deployments/gpt4o/chat/completions?api-version=2024-10-21', ['api-key: {{AZURE_OPENAI_KEY}}', 'Content-Type: application/json'], openaiBody),
    },
    {
      name: 'a relay or local server may need no key and no version header',
      languageId: 'http',
      code: http('POST http://localhost:8000/v1/messages', [], anthropicBody),
    },
    {
      name: 'Bedrock and Vertex Claude take anthropic_version in the body, not the header',
      languageId: 'http',
      code: http(
        'POST https://us-east5-aiplatform.googleapis.com/v1/projects/p/locations/us-east5/publishers/anthropic/models/claude-sonnet-4-5:rawPredict',
        ['Authorization: Bearer {{token}}', 'Content-Type: application/json'],
        '{"anthropic_version":"vertex-2023-10-16","max_tokens":64,"messages":[{"role":"user","content":"Hi"}]}',
      ),
    },
    { name: 'a bare JSON body has no headers', languageId: 'json', code: anthropicBody },
  ],
  invalid: [
    {
      name: "DeepSeek's Anthropic-format endpoint with no key: the hint names its x-api-key header",
      languageId: 'http',
      code: 'POST https://api.deepseek.com/anthropic/v1/messages\nanthropic-version: 2023-06-01\nContent-Type: application/json\n\n{"model": "deepseek-chat", "max_tokens": 100, "messages": [{"role": "user", "content": "hi"}]}\n',
      providerError: 'HTTP 401 (DeepSeek wording not recorded)',
      errors: [{ message: "'x-api-key: {{DEEPSEEK_API_KEY}}'", line: 0, severity: 'warning' }],
    },
    {
      name: 'Anthropic without anthropic-version',
      languageId: 'http',
      code: http('POST https://api.anthropic.com/v1/messages', ['x-api-key: {{ANTHROPIC_API_KEY}}', 'Content-Type: application/json'], anthropicBody),
      providerError: 'anthropic-version: header is required',
      errors: [{ message: 'Anthropic answers: "anthropic-version: header is required"', line: 0, severity: 'error' }],
    },
    {
      name: 'OpenAI with a misspelled Authorization header',
      languageId: 'http',
      code: http('POST https://api.openai.com/v1/chat/completions', ['Authoriaztion: Bearer {{OPENAI_API_KEY}}', 'Content-Type: application/json'], openaiBody),
      providerError: "You didn't provide an API key. You need to provide your API key in an Authorization header using Bearer auth",
      errors: [{ message: "OpenAI answers: \"You didn't provide an API key.", line: 0, severity: 'error' }],
    },
    {
      name: 'Anthropic with neither key nor version: both reported on the request line',
      languageId: 'http',
      code: `# a comment\n${http('POST https://api.anthropic.com/v1/messages', ['Content-Type: application/json'], anthropicBody)}`,
      providerError: 'x-api-key header is required',
      errors: [
        { message: 'anthropic-version', line: 1, severity: 'error' },
        { message: 'x-api-key header is required', line: 1, severity: 'error' },
      ],
    },
    {
      name: 'Gemini with no key anywhere',
      languageId: 'http',
      code: http('POST https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-flash:generateContent', ['Content-Type: application/json'], geminiBody),
      providerError: "Method doesn't allow unregistered callers (callers without established identity). Please use API Key or other form of API consumer identity to call this API.",
      errors: [{ message: "no 'x-goog-api-key' / 'authorization' header and no 'key=' query parameter", severity: 'error' }],
    },
    {
      name: 'Azure without api-key',
      languageId: 'http',
      code: http('POST https://res.openai.azure.com/openai/deployments/gpt4o/chat/completions?api-version=2024-10-21', ['Content-Type: application/json'], openaiBody),
      providerError: 'Access denied due to missing subscription key. Make sure to include subscription key when making requests to an API.',
      errors: [{ message: 'Access denied due to missing subscription key', severity: 'error' }],
    },
    {
      name: 'DeepSeek without a key: rejected, wording not recorded, so a warning',
      languageId: 'http',
      code: http('POST https://api.deepseek.com/chat/completions', ['Content-Type: application/json'], openaiBody),
      providerError: 'HTTP 401 (DeepSeek wording not recorded)',
      errors: [{ message: "the request has no 'authorization' header", severity: 'warning' }],
    },
    {
      name: 'no Content-Type on a first-party host is a warning',
      languageId: 'http',
      code: http('POST https://api.openai.com/v1/chat/completions', ['Authorization: Bearer {{OPENAI_API_KEY}}'], openaiBody),
      providerError: 'model is required',
      errors: [{ message: "No 'Content-Type' header", line: 0, severity: 'warning' }],
    },
    {
      name: 'a non-JSON Content-Type through a relay (text/* bodies are not linted at all; this one looks like JSON)',
      languageId: 'http',
      code: http('POST https://relay.example.com/v1/chat/completions', ['Authorization: Bearer {{key}}', 'Content-Type: application/octet-stream'], openaiBody),
      providerError: 'model is required',
      errors: [{ message: "'Content-Type: application/octet-stream' is not JSON", line: 0, severity: 'warning' }],
    },
  ],
};
