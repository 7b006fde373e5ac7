import type { RuleCases } from '../types.ts';

const chat = (model: string, host: string, path = '/v1/chat/completions') =>
  `POST https://${host}${path}\nAuthorization: Bearer {{key}}\nContent-Type: application/json\n\n{"model": ${JSON.stringify(model)}, "messages": [{"role": "user", "content": "Hello!"}]}\n`;
const messages = (model: string) =>
  `POST https://api.anthropic.com/v1/messages\nx-api-key: {{key}}\nanthropic-version: 2023-06-01\nContent-Type: application/json\n\n{"model": ${JSON.stringify(model)}, "max_tokens": 64, "messages": [{"role": "user", "content": "Hello!"}]}\n`;

export const cases: RuleCases = {
  valid: [
    { name: 'DashScope serves DeepSeek models under their own ids', languageId: 'http', code: chat('deepseek-v3.2', 'dashscope.aliyuncs.com', '/compatible-mode/v1/chat/completions') },
    { name: 'OpenRouter routes every vendor', languageId: 'http', code: chat('anthropic/claude-sonnet-4.5', 'openrouter.ai', '/api/v1/chat/completions') },
    { name: "the Gemini API's OpenAI-compatible endpoint with a Gemini model", languageId: 'http', code: chat('gemini-2.5-flash', 'generativelanguage.googleapis.com', '/v1beta/openai/chat/completions') },
    {
      name: 'Claude on Vertex AI',
      languageId: 'http',
      code: 'POST https://us-east5-aiplatform.googleapis.com/v1/projects/p/locations/us-east5/publishers/anthropic/models/claude-sonnet-4-5:rawPredict\nContent-Type: application/json\n\n{"anthropic_version": "vertex-2023-10-16", "max_tokens": 64, "messages": [{"role": "user", "content": "Hello!"}]}\n',
    },
    { name: 'Azure deployments may carry any vendor (AI Foundry)', languageId: 'http', code: chat('claude-sonnet-4-5', 'contoso.services.ai.azure.com', '/openai/deployments/claude-sonnet-4-5/chat/completions?api-version=2024-10-21') },
    { name: 'a relay may route anything', languageId: 'http', code: chat('claude-sonnet-4-5', 'relay.example.com') },
    { name: 'open-weight gpt-oss is served by many hosts', languageId: 'http', code: chat('gpt-oss-120b', 'dashscope.aliyuncs.com', '/compatible-mode/v1/chat/completions') },
  ],
  invalid: [
    {
      name: 'a DeepSeek model sent to api.openai.com',
      languageId: 'http',
      code: chat('deepseek-chat', 'api.openai.com'),
      providerError: 'The model `deepseek-chat` does not exist or you do not have access to it. (404, code model_not_found: a DeepSeek model sent to api.openai.com)',
      errors: [{ message: "'deepseek-chat' is a DeepSeek model; api.openai.com (OpenAI) does not serve it (use api.deepseek.com or a gateway).", line: 4, severity: 'warning' }],
    },
    {
      name: 'a Claude model sent to api.openai.com',
      languageId: 'http',
      code: chat('claude-sonnet-4-5', 'api.openai.com'),
      providerError: 'The model `deepseek-chat` does not exist or you do not have access to it. (404, code model_not_found: a DeepSeek model sent to api.openai.com)',
      errors: [{ message: 'OpenAI answers: "The model `claude-sonnet-4-5` does not exist or you do not have access to it."' }],
    },
    {
      name: 'an OpenAI model sent to api.anthropic.com',
      languageId: 'http',
      code: messages('gpt-4o'),
      providerError: 'model: sonnet4',
      errors: [{ message: 'Anthropic answers: "model: gpt-4o"', line: 5 }],
    },
    {
      name: 'an OpenAI model in a Gemini URL',
      languageId: 'http',
      code: 'POST https://generativelanguage.googleapis.com/v1beta/models/gpt-4o:generateContent\nx-goog-api-key: {{key}}\nContent-Type: application/json\n\n{"contents": [{"role": "user", "parts": [{"text": "Hello!"}]}]}\n',
      providerError: 'models/gemini-1.5-flash is not found for API version v1beta, or is not supported for generateContent. Call ListModels to see the list of available models and their supported methods.',
      errors: [{ message: 'models/gpt-4o is not found for API version v1beta', line: 0 }],
    },
    {
      name: 'a Qwen model sent to api.deepseek.com',
      languageId: 'http',
      code: chat('qwen-plus', 'api.deepseek.com', '/chat/completions'),
      providerError: 'Model Not Exist',
      errors: [{ message: 'DeepSeek answers: "Model Not Exist"' }],
    },
  ],
};
