import type { RuleCases } from '../types.ts';

const openai = (body: unknown, host = 'api.openai.com') => `POST https://${host}/v1/chat/completions\nAuthorization: Bearer {{key}}\nContent-Type: application/json\n\n${JSON.stringify(body)}\n`;
const anthropic = (body: unknown) => `POST https://api.anthropic.com/v1/messages\nx-api-key: {{key}}\nanthropic-version: 2023-06-01\nContent-Type: application/json\n\n${JSON.stringify(body)}\n`;
const gemini = (model: string, body: unknown) => `POST https://generativelanguage.googleapis.com/v1beta/models/${model}:generateContent\nx-goog-api-key: {{key}}\nContent-Type: application/json\n\n${JSON.stringify(body)}\n`;
const hi = [{ role: 'user', content: 'hi' }];
const beta = (body: unknown, header: string) => `POST https://api.anthropic.com/v1/messages\nx-api-key: {{key}}\nanthropic-version: 2023-06-01\nanthropic-beta: ${header}\nContent-Type: application/json\n\n${JSON.stringify(body)}\n`;
const bedrock = (model: string, body: unknown) => `POST https://bedrock-runtime.us-east-1.amazonaws.com/model/${model}/invoke\nContent-Type: application/json\n\n${JSON.stringify(body)}\n`;
const converse = (body: unknown) => `POST https://bedrock-runtime.us-east-1.amazonaws.com/model/anthropic.claude-3-haiku-20240307-v1:0/converse\nAuthorization: {{AWS_SIGV4}}\nContent-Type: application/json\n\n${JSON.stringify(body)}\n`;
const converseHi = [{ role: 'user', content: [{ text: 'hi' }] }];

export const cases: RuleCases = {
  valid: [
    { name: 'converse maxTokens within the cap', languageId: 'http', code: converse({ messages: converseHi, inferenceConfig: { maxTokens: 4096 } }) },
    { name: 'at the cap exactly', languageId: 'http', code: openai({ model: 'gpt-4o', max_tokens: 16384, messages: hi }) },
    { name: 'max_completion_tokens within a reasoning model cap', languageId: 'http', code: openai({ model: 'o3', max_completion_tokens: 100000, messages: hi }) },
    { name: 'an unknown model has no cap to check', languageId: 'http', code: openai({ model: 'acme-large', max_tokens: 10000000, messages: hi }) },
    { name: 'a templated value is unknown', languageId: 'http', code: 'POST https://api.openai.com/v1/chat/completions\nContent-Type: application/json\n\n{"model":"gpt-4o","max_tokens":{{max}},"messages":[{"role":"user","content":"hi"}]}\n' },
    { name: 'Claude Sonnet 4.5 at 64000', languageId: 'http', code: anthropic({ model: 'claude-sonnet-4-5-20250929', max_tokens: 64000, messages: hi }) },
    { name: 'Claude 3.7 Sonnet at 128000 with the output-128k beta header', languageId: 'http', code: beta({ model: 'claude-3-7-sonnet-20250219', max_tokens: 128000, messages: hi }, 'output-128k-2025-02-19') },
    { name: "Claude 3.7 Sonnet on Bedrock with the beta in 'anthropic_beta'", languageId: 'http', code: bedrock('us.anthropic.claude-3-7-sonnet-20250219-v1:0', { anthropic_version: 'bedrock-2023-05-31', anthropic_beta: ['output-128k-2025-02-19'], max_tokens: 100000, messages: hi }) },
    { name: "Claude 3.5 Sonnet's June snapshot at 8192 on Anthropic's API", languageId: 'http', code: anthropic({ model: 'claude-3-5-sonnet-20240620', max_tokens: 8192, messages: hi }) },
    { name: 'gpt-4o-2024-08-06 at 16384', languageId: 'http', code: openai({ model: 'gpt-4o-2024-08-06', max_tokens: 16384, messages: hi }) },
    { name: 'Gemini 2.5 Flash at 65536', languageId: 'http', code: gemini('gemini-2.5-flash', { contents: [{ role: 'user', parts: [{ text: 'hi' }] }], generationConfig: { maxOutputTokens: 65536 } }) },
  ],
  invalid: [
    {
      name: 'Claude 3.7 Sonnet above 64000 without the output-128k beta',
      languageId: 'http',
      code: anthropic({ model: 'claude-3-7-sonnet-20250219', max_tokens: 128000, messages: hi }),
      providerError: 'max_tokens: 128000 > 64000, which is the maximum allowed number of output tokens for claude-3-7-sonnet-20250219',
      errors: [{ message: "'max_tokens' 128000 is above 64000, claude-3-7-sonnet's maximum output without the 'output-128k-2025-02-19' beta." }],
    },
    {
      name: "Bedrock's cap for Claude 3.5 Sonnet's June snapshot",
      languageId: 'http',
      code: bedrock('anthropic.claude-3-5-sonnet-20240620-v1:0', { anthropic_version: 'bedrock-2023-05-31', max_tokens: 8192, messages: hi }),
      providerError: 'The maximum tokens you requested exceeds the model limit of 4096. Try again with a maximum tokens value that is lower than 4096.',
      errors: [{ message: "'max_tokens' 8192 is above 4096, claude-3-5-sonnet's maximum output on Amazon Bedrock." }],
    },
    {
      name: "gpt-4o's first snapshot keeps 4096",
      languageId: 'http',
      code: openai({ model: 'gpt-4o-2024-05-13', max_tokens: 8000, messages: hi }),
      providerError: 'max_tokens is too large: 8000. This model supports at most 4096 completion tokens, whereas you provided 8000.',
      errors: [{ message: "'max_tokens' 8000 is above 4096, gpt-4o's maximum output for the gpt-4o-2024-05-13 snapshot." }],
    },
    {
      name: 'converse inferenceConfig.maxTokens above the model cap',
      languageId: 'http',
      code: converse({ messages: converseHi, inferenceConfig: { maxTokens: 8192 } }),
      providerError: 'The maximum tokens you requested exceeds the model limit of 4096. Try again with a maximum tokens value that is lower than 4096.',
      errors: [{ message: "'maxTokens' 8192 is above", severity: 'error' }],
    },
    {
      name: 'gpt-4o asked for 20480',
      languageId: 'http',
      code: openai({ model: 'gpt-4o', max_tokens: 20480, messages: hi }),
      providerError: 'max_tokens is too large: 20480. This model supports at most 16384 completion tokens, whereas you provided 20480.',
      errors: [{ message: 'max_tokens is too large: 20480. This model supports at most 16384 completion tokens, whereas you provided 20480.', line: 4, severity: 'error' }],
    },
    {
      name: 'Claude Opus 4.1 asked for 64000',
      languageId: 'http',
      code: anthropic({ model: 'claude-opus-4-1-20250805', max_tokens: 64000, messages: hi }),
      providerError: 'max_tokens: 1000000 > 64000, which is the maximum allowed number of output tokens for claude-sonnet-4-20250514',
      errors: [{ message: 'max_tokens: 64000 > 32000, which is the maximum allowed number of output tokens for claude-opus-4-1-20250805', severity: 'error' }],
    },
    {
      name: 'Gemini 2.0 Flash asked for 655360 (the model comes from the URL)',
      languageId: 'http',
      code: gemini('gemini-2.0-flash', { contents: [{ role: 'user', parts: [{ text: 'hi' }] }], generationConfig: { maxOutputTokens: 655360 } }),
      providerError: 'Unable to submit request because it has a maxOutputTokens value of 655360 but the supported range is from 1 (inclusive) to 8193 (exclusive). Update the value and try again.',
      errors: [{ message: 'from 1 (inclusive) to 8193 (exclusive)' }],
    },
    {
      name: 'through a relay the cap may differ: warning',
      languageId: 'http',
      code: openai({ model: 'gpt-4o-mini', max_tokens: 32000, messages: hi }, 'relay.example.com'),
      providerError: 'max_tokens is too large: 32000. This model supports at most 16384 completion tokens, whereas you provided 32000.',
      errors: [{ severity: 'warning' }],
    },
    {
      name: 'a bare batch line counts too',
      languageId: 'jsonl',
      code: `${JSON.stringify({ custom_id: 'a', method: 'POST', url: '/v1/chat/completions', body: { model: 'gpt-4.1-mini', max_tokens: 40000, messages: hi } })}\n`,
      providerError: 'max_tokens is too large: 40000. This model supports at most 32768 completion tokens, whereas you provided 40000.',
      errors: [{ message: 'at most 32768 completion tokens' }],
    },
  ],
};

// SDK calls in source code (server/src/core/sources): the same checks through the body map, at the argument's range.
cases.valid.push(
  { name: "Python: max_tokens from a variable", languageId: 'python', code: "from openai import OpenAI\n\nclient = OpenAI()\nclient.chat.completions.create(model=\"gpt-4o\", max_tokens=limit, messages=[{\"role\": \"user\", \"content\": \"hi\"}])\n" },
);
cases.invalid.push(
  { name: "Python: gpt-4o asked for 20480", languageId: 'python', code: "from openai import OpenAI\n\nclient = OpenAI()\nclient.chat.completions.create(model=\"gpt-4o\", max_tokens=20480, messages=[{\"role\": \"user\", \"content\": \"hi\"}])\n", providerError: 'max_tokens is too large: 20480. This model supports at most 16384 completion tokens, whereas you provided 20480.', errors: [{ message: "16384", text: "20480" }] },
  { name: "TypeScript: gpt-4o asked for 20480", languageId: 'typescript', code: "import OpenAI from 'openai';\n\nconst client = new OpenAI();\nawait client.chat.completions.create({ model: 'gpt-4o', max_tokens: 20_480, messages: [{ role: 'user', content: 'hi' }] });\n", providerError: 'max_tokens is too large: 20480. This model supports at most 16384 completion tokens, whereas you provided 20480.', errors: [{ message: "16384", text: "20_480" }] },
);
