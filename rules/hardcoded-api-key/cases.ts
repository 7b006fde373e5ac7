import type { RuleCases } from '../types.ts';
import { FAKE_KEYS as K } from './fake-keys.ts';

const LEAKED = 'Your API key was reported as leaked. Please use another API key.';
const chat = '{"model":"gpt-4o","messages":[{"role":"user","content":"Hi"}]}';
const gemini = '{"contents":[{"role":"user","parts":[{"text":"Hi"}]}]}';
const http = (requestLine: string, headers: string[], body: string) => `${requestLine}\n${headers.map((h) => `${h}\n`).join('')}\n${body}\n`;
const OPENAI = 'POST https://api.openai.com/v1/chat/completions';
const GEMINI = 'POST https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-flash:generateContent';

export const cases: RuleCases = {
  valid: [
    {
      name: 'keys from .env and variables are not literals',
      languageId: 'http',
      code: http(OPENAI, ['Authorization: Bearer {{$dotenv OPENAI_API_KEY}}', 'Content-Type: application/json'], chat),
    },
    {
      name: 'a file variable that reads .env, used in the header',
      languageId: 'http',
      code: `@key = {{$dotenv OPENAI_API_KEY}}\n${http(OPENAI, ['Authorization: Bearer {{key}}', 'Content-Type: application/json'], chat)}`,
    },
    {
      name: 'placeholders are not keys',
      languageId: 'http',
      code: http(OPENAI, ['Authorization: Bearer sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'x-api-key: YOUR_API_KEY_GOES_HERE_1234', 'api-key: <key>'], '{"model":"gpt-4o","messages":[{"role":"user","content":"Hi"}],"user":"sk-proj-..."}'),
    },
    {
      name: 'a 32-hex value outside an api-key header is not taken for an Azure key',
      languageId: 'http',
      code: http(OPENAI, ['Authorization: Bearer {{OPENAI_API_KEY}}', `X-Request-Id: ${K.azure}`], `{"model":"gpt-4o","messages":[{"role":"user","content":"${K.azure}"}]}`),
    },
    {
      name: 'a bare sk- token in a JSON string that is no known shape',
      languageId: 'json',
      code: `{"model":"gpt-4o","messages":[{"role":"user","content":"${K.relay}"}]}`,
    },
    {
      name: 'Gemini key from a variable in the URL',
      languageId: 'http',
      code: http(`${GEMINI}?key={{GEMINI_API_KEY}}`, ['Content-Type: application/json'], gemini),
    },
  ],
  invalid: [
    {
      name: 'OpenAI project key in the Authorization header',
      languageId: 'http',
      code: http(OPENAI, [`Authorization: Bearer ${K.openaiProject}`, 'Content-Type: application/json'], chat),
      providerError: LEAKED,
      errors: [{ message: "API key 'sk-proj-…' in the 'Authorization' header: put 'OPENAI_API_KEY=<key>' in .env and write '{{$dotenv OPENAI_API_KEY}}' here.", line: 1, severity: 'warning' }],
      output: http(OPENAI, ['Authorization: Bearer {{$dotenv OPENAI_API_KEY}}', 'Content-Type: application/json'], chat),
    },
    {
      name: 'Anthropic key in x-api-key',
      languageId: 'http',
      code: http('POST https://api.anthropic.com/v1/messages', [`x-api-key: ${K.anthropic}`, 'anthropic-version: 2023-06-01', 'Content-Type: application/json'], '{"model":"claude-sonnet-4-5","max_tokens":64,"messages":[{"role":"user","content":"Hi"}]}'),
      providerError: LEAKED,
      errors: [{ message: "API key 'sk-ant-…' in the 'x-api-key' header: put 'ANTHROPIC_API_KEY=<key>' in .env and write '{{$dotenv ANTHROPIC_API_KEY}}' here.", line: 1 }],
      output: http('POST https://api.anthropic.com/v1/messages', ['x-api-key: {{$dotenv ANTHROPIC_API_KEY}}', 'anthropic-version: 2023-06-01', 'Content-Type: application/json'], '{"model":"claude-sonnet-4-5","max_tokens":64,"messages":[{"role":"user","content":"Hi"}]}'),
    },
    {
      name: 'Google key in ?key= and in x-goog-api-key',
      languageId: 'http',
      code: http(`${GEMINI}?key=${K.google}`, [`x-goog-api-key: ${K.google}`, 'Content-Type: application/json'], gemini),
      providerError: LEAKED,
      errors: [
        { message: "API key 'AIza…' in the 'x-goog-api-key' header: put 'GEMINI_API_KEY=<key>' in .env and write '{{$dotenv GEMINI_API_KEY}}' here.", line: 1 },
        { message: "API key 'AIza…' in the URL: put 'GEMINI_API_KEY=<key>' in .env and write '{{$dotenv GEMINI_API_KEY}}' here.", line: 0 },
      ],
      output: http(`${GEMINI}?key={{$dotenv GEMINI_API_KEY}}`, ['x-goog-api-key: {{$dotenv GEMINI_API_KEY}}', 'Content-Type: application/json'], gemini),
    },
    {
      name: 'DashScope and DeepSeek keys (sk- + 32 hex): the host names the variable',
      languageId: 'http',
      code: `${http('POST https://dashscope.aliyuncs.com/compatible-mode/v1/chat/completions', [`Authorization: Bearer ${K.dashscope}`], '{"model":"qwen-plus","messages":[{"role":"user","content":"Hi"}]}')}\n###\n\n${http('POST https://api.deepseek.com/chat/completions', [`Authorization: Bearer ${K.deepseek}`], '{"model":"deepseek-chat","messages":[{"role":"user","content":"Hi"}]}')}`,
      providerError: LEAKED,
      errors: [
        { message: "API key 'sk-…' in the 'Authorization' header: put 'DASHSCOPE_API_KEY=<key>' in .env and write '{{$dotenv DASHSCOPE_API_KEY}}' here.", line: 1 },
        { message: "API key 'sk-…' in the 'Authorization' header: put 'DEEPSEEK_API_KEY=<key>' in .env and write '{{$dotenv DEEPSEEK_API_KEY}}' here.", line: 8 },
      ],
      output: `${http('POST https://dashscope.aliyuncs.com/compatible-mode/v1/chat/completions', ['Authorization: Bearer {{$dotenv DASHSCOPE_API_KEY}}'], '{"model":"qwen-plus","messages":[{"role":"user","content":"Hi"}]}')}\n###\n\n${http('POST https://api.deepseek.com/chat/completions', ['Authorization: Bearer {{$dotenv DEEPSEEK_API_KEY}}'], '{"model":"deepseek-chat","messages":[{"role":"user","content":"Hi"}]}')}`,
    },
    {
      name: 'OpenRouter key, and an Azure key in api-key',
      languageId: 'http',
      code: `${http('POST https://openrouter.ai/api/v1/chat/completions', [`Authorization: Bearer ${K.openrouter}`], chat)}\n###\n\n${http('POST https://res.openai.azure.com/openai/deployments/gpt4o/chat/completions?api-version=2024-10-21', [`api-key: ${K.azure}`], chat)}`,
      providerError: LEAKED,
      errors: [
        { message: "API key 'sk-or-…' in the 'Authorization' header: put 'OPENROUTER_API_KEY=<key>' in .env and write '{{$dotenv OPENROUTER_API_KEY}}' here.", line: 1 },
        { message: "API key 'd591…' in the 'api-key' header: put 'AZURE_OPENAI_API_KEY=<key>' in .env and write '{{$dotenv AZURE_OPENAI_API_KEY}}' here.", line: 8 },
      ],
      output: `${http('POST https://openrouter.ai/api/v1/chat/completions', ['Authorization: Bearer {{$dotenv OPENROUTER_API_KEY}}'], chat)}\n###\n\n${http('POST https://res.openai.azure.com/openai/deployments/gpt4o/chat/completions?api-version=2024-10-21', ['api-key: {{$dotenv AZURE_OPENAI_API_KEY}}'], chat)}`,
    },
    {
      name: 'a file variable in the request holds the key: the definition is reported and fixed',
      languageId: 'http',
      code: `@key = ${K.openaiLegacy}\n${http(OPENAI, ['Authorization: Bearer {{key}}'], chat)}`,
      providerError: LEAKED,
      errors: [{ message: "API key 'sk-…' in the file variable '@key': put 'OPENAI_API_KEY=<key>' in .env and write '{{$dotenv OPENAI_API_KEY}}' here.", line: 0 }],
      output: `@key = {{$dotenv OPENAI_API_KEY}}\n${http(OPENAI, ['Authorization: Bearer {{key}}'], chat)}`,
    },
    {
      name: 'a file variable in its own block: reported at each use, without a fix (the literal is outside the request)',
      languageId: 'http',
      code: `@key = ${K.openaiProject}\n\n###\n${http(OPENAI, ['Authorization: Bearer {{key}}'], chat)}`,
      providerError: LEAKED,
      errors: [{ message: "API key 'sk-proj-…' in the file variable '@key': put 'OPENAI_API_KEY=<key>' in .env and define the variable as '{{$dotenv OPENAI_API_KEY}}'.", line: 4 }],
    },
    {
      name: 'an api_key field in a JSON fixture (no fix outside .http)',
      languageId: 'json',
      code: `{"model":"gpt-4o","api_key":"${K.relay}","messages":[{"role":"user","content":"Hi"}],"metadata":{"auth":"Bearer ${K.openaiProject}"}}`,
      providerError: LEAKED,
      errors: [
        { message: "API key 'sk-…' in this JSON string ('api_key'): replace it with a placeholder and load the key from the environment.", line: 0 },
        { message: "API key 'sk-proj-…' in this JSON string ('auth'): replace it with a placeholder and load the key from the environment.", line: 0 },
      ],
    },
    {
      name: 'a key in the JSON body of a .http request is fixed in place',
      languageId: 'http',
      code: http('POST https://relay.example.com/v1/chat/completions', ['Authorization: Bearer {{token}}'], `{"model":"gpt-4o","api_key":"${K.openaiProject}","messages":[]}`),
      providerError: LEAKED,
      errors: [{ message: "API key 'sk-proj-…' in this JSON string ('api_key'): put 'OPENAI_API_KEY=<key>' in .env and write '{{$dotenv OPENAI_API_KEY}}' here.", line: 3 }],
      output: http('POST https://relay.example.com/v1/chat/completions', ['Authorization: Bearer {{token}}'], '{"model":"gpt-4o","api_key":"{{$dotenv OPENAI_API_KEY}}","messages":[]}'),
    },
  ],
};
