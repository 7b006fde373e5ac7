import type { RuleCases } from '../types.ts';

const openai = (model: string, host = 'api.openai.com', path = '/v1/chat/completions') =>
  `POST https://${host}${path}\nAuthorization: Bearer {{key}}\nContent-Type: application/json\n\n{"model": ${JSON.stringify(model)}, "messages": [{"role": "user", "content": "Hello!"}]}\n`;
const anthropic = (model: string) =>
  `POST https://api.anthropic.com/v1/messages\nx-api-key: {{key}}\nanthropic-version: 2023-06-01\nContent-Type: application/json\n\n{"model": ${JSON.stringify(model)}, "max_tokens": 64, "messages": [{"role": "user", "content": "Hello!"}]}\n`;
const gemini = (model: string) =>
  `POST https://generativelanguage.googleapis.com/v1beta/models/${model}:generateContent\nx-goog-api-key: {{key}}\nContent-Type: application/json\n\n{"contents": [{"role": "user", "parts": [{"text": "Hello!"}]}]}\n`;

export const cases: RuleCases = {
  valid: [
    { name: 'a dated snapshot of a known model', languageId: 'http', code: openai('gpt-4o-2024-08-06') },
    { name: 'an Anthropic alias (claude-sonnet-4-0) and the dashed spelling', languageId: 'http', code: anthropic('claude-sonnet-4-0') },
    { name: 'a sibling version is not a typo (qwen3-8b next to qwen3-4b)', languageId: 'http', code: openai('qwen3-8b', 'dashscope.aliyuncs.com', '/compatible-mode/v1/chat/completions') },
    { name: 'DeepSeek R1 under its Model Studio id on DashScope', languageId: 'http', code: openai('deepseek-r1', 'dashscope.aliyuncs.com', '/compatible-mode/v1/chat/completions') },
    { name: 'an OpenAI fine-tune is the user\'s own model', languageId: 'http', code: openai('ft:gpt-4o-mini-2024-07-18:my-org::abc123') },
    { name: 'a relay may know any name', languageId: 'http', code: openai('gpt-4.1-nano-wrong', 'relay.example.com') },
    { name: 'OpenRouter spells ids with a vendor prefix', languageId: 'http', code: openai('anthropic/claude-sonnet-4.5', 'openrouter.ai', '/api/v1/chat/completions') },
    { name: 'Azure: the model names a deployment', languageId: 'http', code: openai('my-gpt-deployment', 'contoso.openai.azure.com', '/openai/deployments/my-gpt-deployment/chat/completions?api-version=2024-10-21') },
    { name: 'a model from a variable', languageId: 'http', code: 'POST https://api.openai.com/v1/chat/completions\nContent-Type: application/json\n\n{"model": "{{model}}", "messages": [{"role": "user", "content": "Hello!"}]}\n' },
    { name: 'an id with no known family and nothing close is left alone', languageId: 'http', code: openai('my-model') },
  ],
  invalid: [
    {
      name: 'recorded: a junk suffix on a known id (envoy cassette)',
      languageId: 'http',
      code: openai('gpt-4.1-nano-wrong'),
      providerError: 'The model `gpt-4.1-nano-wrong` does not exist or you do not have access to it. (404, code model_not_found)',
      errors: [{ message: "Unknown model 'gpt-4.1-nano-wrong' for api.openai.com (OpenAI); the closest known model is 'gpt-4.1-nano'.", line: 4, severity: 'warning' }],
    },
    {
      name: 'dots for dashes on Anthropic',
      languageId: 'http',
      code: anthropic('claude-sonnet-4.5'),
      providerError: 'model: claude-3.5-sonnet (404 not_found_error: dots instead of dashes)',
      errors: [{ message: "Unknown model 'claude-sonnet-4.5' for api.anthropic.com (Anthropic); did you mean 'claude-sonnet-4-5'?", line: 5 }],
    },
    {
      name: 'dashes for dots on OpenAI',
      languageId: 'http',
      code: openai('gpt-4-1'),
      providerError: 'The model `gpt-4.1-nano-wrong` does not exist or you do not have access to it. (404, code model_not_found)',
      errors: [{ message: "Unknown model 'gpt-4-1' for api.openai.com (OpenAI); did you mean 'gpt-4.1'?" }],
    },
    {
      name: 'a typo in a Gemini URL',
      languageId: 'http',
      code: gemini('gemini-2.5-flahs'),
      providerError: 'models/gemini-1.5-flash is not found for API version v1beta, or is not supported for generateContent. Call ListModels to see the list of available models and their supported methods.',
      errors: [{ message: "Unknown model 'gemini-2.5-flahs' for generativelanguage.googleapis.com (Gemini API); did you mean 'gemini-2.5-flash'?", line: 0 }],
    },
    {
      name: 'a trailing space',
      languageId: 'http',
      code: anthropic('claude-3-5-haiku-20241022 '),
      providerError: 'model: claude-3-5-sonnet-20241022  (404 not_found_error: the id carries a trailing space)',
      errors: [{ message: "'claude-3-5-haiku-20241022 ' is not an id api.anthropic.com (Anthropic) knows (leading or trailing whitespace): send 'claude-3-5-haiku-20241022'." }],
    },
    {
      name: 'a gateway prefix sent to the first-party host',
      languageId: 'http',
      code: anthropic('anthropic/claude-sonnet-4-6'),
      providerError: 'model: anthropic/claude-sonnet-4-6 (404 not_found_error: a gateway prefix sent to api.anthropic.com)',
      errors: [{ message: "'anthropic/claude-sonnet-4-6' is not an id api.anthropic.com (Anthropic) knows ('anthropic/' is a gateway prefix): send 'claude-sonnet-4-6'." }],
    },
    {
      name: 'a Bedrock id sent to api.anthropic.com',
      languageId: 'http',
      code: anthropic('us.anthropic.claude-3-7-sonnet-20250219-v1:0'),
      providerError: 'model: anthropic/claude-sonnet-4-6 (404 not_found_error: a gateway prefix sent to api.anthropic.com)',
      errors: [{ message: "'us.anthropic.claude-3-7-sonnet-20250219-v1:0' is not an id api.anthropic.com (Anthropic) knows (the Bedrock spelling): send 'claude-3-7-sonnet-20250219'." }],
    },
    {
      name: 'capitals on DashScope compatible mode',
      languageId: 'http',
      code: openai('Qwen-Plus', 'dashscope.aliyuncs.com', '/compatible-mode/v1/chat/completions'),
      providerError: 'The model `Qwen-Plus` does not exist or you do not have access to it. (a capitalised id)',
      errors: [{ message: "'Qwen-Plus' is not an id DashScope compatible mode (Alibaba Model Studio) knows (model ids are lower-case): send 'qwen-plus'." }],
    },
    {
      name: 'a retired model',
      languageId: 'http',
      code: anthropic('claude-3-sonnet-20240229'),
      providerError: 'model: claude-3-7-sonnet-latest (404 not_found_error: a retired model)',
      errors: [{ message: "was retired on 2025-07-21; use 'claude-sonnet-4-5'" }],
    },
    {
      name: "DashScope's DeepSeek id sent to api.deepseek.com",
      languageId: 'http',
      code: openai('deepseek-r1', 'api.deepseek.com', '/chat/completions'),
      providerError: 'Model Not Exist (400, type invalid_request_error; e.g. deepseek-r1, whose API id is deepseek-reasoner)',
      errors: [{ message: "'deepseek-r1' is the id DashScope (Alibaba Model Studio) and DashScope compatible mode (Alibaba Model Studio) uses; api.deepseek.com (DeepSeek) does not serve it under this name." }],
    },
    {
      name: 'an unknown id of a known family, nothing close',
      languageId: 'http',
      code: openai('qwen3-9b', 'dashscope.aliyuncs.com', '/compatible-mode/v1/chat/completions'),
      providerError: 'The model `qwen-plus-latest-thinking` does not exist or you do not have access to it. (code model_not_found)',
      errors: [{ message: "Unknown model 'qwen3-9b' for DashScope compatible mode (Alibaba Model Studio); declare a new or private one in 'llmPreflight.models'." }],
    },
  ],
};
