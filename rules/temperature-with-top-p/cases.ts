import type { RuleCases } from '../types.ts';

const anthropic = (body: unknown, host = 'api.anthropic.com') =>
  `POST https://${host}/v1/messages\nx-api-key: {{key}}\nanthropic-version: 2023-06-01\n\n${JSON.stringify(body)}\n`;
const bedrock = (model: string, body: unknown) =>
  `POST https://bedrock-runtime.us-east-1.amazonaws.com/model/${model}/invoke\nAuthorization: {{sigv4}}\nContent-Type: application/json\n\n${JSON.stringify(body)}\n`;
const vertex = (model: string, body: unknown) =>
  `POST https://us-east5-aiplatform.googleapis.com/v1/projects/p/locations/us-east5/publishers/anthropic/models/${model}:rawPredict\nAuthorization: Bearer {{token}}\n\n${JSON.stringify(body)}\n`;
const hi = [{ role: 'user', content: 'Hi' }];
const openaiFormat = (host: string, body: unknown) => `POST https://${host}/v1/chat/completions\nAuthorization: Bearer {{key}}\nContent-Type: application/json\n\n${JSON.stringify(body)}\n`;

export const cases: RuleCases = {
  valid: [
    { name: 'OpenAI format on OpenRouter (a router that maps parameters): not judged', languageId: 'http', code: openaiFormat('openrouter.ai/api', { model: 'anthropic/claude-sonnet-4.5', messages: hi, temperature: 0.2, top_p: 0.9 }) },
    { name: 'OpenAI format through a relay, GPT model: both are fine', languageId: 'http', code: openaiFormat('relay.example.com', { model: 'gpt-4o', messages: hi, temperature: 0.2, top_p: 0.9 }) },
    { name: 'temperature alone on Claude Sonnet 4.5', languageId: 'http', code: anthropic({ model: 'claude-sonnet-4-5', max_tokens: 100, messages: hi, temperature: 0.2 }) },
    { name: 'top_p alone on Claude Haiku 4.5', languageId: 'http', code: anthropic({ model: 'claude-haiku-4-5-20251001', max_tokens: 100, messages: hi, top_p: 0.9 }) },
    { name: 'both on Claude 3.7 Sonnet, which accepts them together', languageId: 'http', code: anthropic({ model: 'claude-3-7-sonnet-20250219', max_tokens: 100, messages: hi, temperature: 0.2, top_p: 0.9 }) },
    { name: 'both on an unknown model id', languageId: 'http', code: anthropic({ model: 'claude-next-experimental', max_tokens: 100, messages: hi, temperature: 0.2, top_p: 0.9 }) },
    { name: 'top_p null counts as not sent', languageId: 'http', code: anthropic({ model: 'claude-sonnet-4-5', max_tokens: 100, messages: hi, temperature: 0.2, top_p: null }) },
    {
      name: 'a templated top_p is unknown',
      languageId: 'http',
      code: 'POST https://api.anthropic.com/v1/messages\nanthropic-version: 2023-06-01\n\n{"model":"claude-sonnet-4-5","max_tokens":10,"messages":[{"role":"user","content":"Hi"}],"temperature":0.5,"top_p":{{top_p}}}\n',
    },
  ],
  invalid: [
    {
      name: 'OpenAI format through a relay that forwards Claude Sonnet 4.5 to Anthropic: a warning',
      output: openaiFormat('relay.example.com', { model: 'claude-sonnet-4-5', messages: hi, top_p: 0.9 }),
      languageId: 'http',
      code: openaiFormat('relay.example.com', { model: 'claude-sonnet-4-5', messages: hi, temperature: 0.2, top_p: 0.9 }),
      providerError: 'Request error occurred: `temperature` and `top_p` cannot both be specified for this model. Please use only one.',
      errors: [{ message: "Model claude-sonnet-4-5 takes 'temperature' or 'top_p', not both: drop one.", severity: 'warning' }],
    },
    {
      name: 'both on Claude Sonnet 4.5: reported on the second key',
      output: "POST https://api.anthropic.com/v1/messages\nx-api-key: {{key}}\nanthropic-version: 2023-06-01\n\n{\"model\":\"claude-sonnet-4-5\",\"max_tokens\":100,\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"}],\"top_p\":0.9}\n",
      languageId: 'http',
      code: anthropic({ model: 'claude-sonnet-4-5', max_tokens: 100, messages: hi, top_p: 0.9, temperature: 0.2 }),
      providerError: '`temperature` and `top_p` cannot both be specified for this model. Please use only one.',
      errors: [{ message: 'Anthropic answers: "`temperature` and `top_p` cannot both be specified for this model. Please use only one."', line: 4, severity: 'error' }],
    },
    {
      name: 'the finding is on the later key (temperature after top_p)',
      output: "POST https://api.anthropic.com/v1/messages\nx-api-key: {{key}}\nanthropic-version: 2023-06-01\n\n{\n  \"model\": \"claude-opus-4-5\",\n  \"max_tokens\": 100,\n  \"top_p\": 0.9,\n  \"messages\": [\n    {\n      \"role\": \"user\",\n      \"content\": \"Hi\"\n    }\n  ]\n}\n",
      languageId: 'http',
      code: `POST https://api.anthropic.com/v1/messages\nx-api-key: {{key}}\nanthropic-version: 2023-06-01\n\n${JSON.stringify({ model: 'claude-opus-4-5', max_tokens: 100, top_p: 0.9, temperature: 0.2, messages: hi }, null, 2)}\n`,
      providerError: '`temperature` and `top_p` cannot both be specified for this model. Please use only one.',
      errors: [{ message: 'not both', line: 8 }],
    },
    {
      name: 'Bedrock: model from the URL, Bedrock wording',
      output: "POST https://bedrock-runtime.us-east-1.amazonaws.com/model/us.anthropic.claude-haiku-4-5-20251001-v1:0/invoke\nAuthorization: {{sigv4}}\nContent-Type: application/json\n\n{\"anthropic_version\":\"bedrock-2023-05-31\",\"max_tokens\":100,\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"}],\"top_p\":0.9}\n",
      languageId: 'http',
      code: bedrock('us.anthropic.claude-haiku-4-5-20251001-v1:0', { anthropic_version: 'bedrock-2023-05-31', max_tokens: 100, messages: hi, temperature: 0.2, top_p: 0.9 }),
      providerError: 'The model returned the following errors: `temperature` and `top_p` cannot both be specified for this model. Please use only one.',
      errors: [{ message: 'The model returned the following errors: `temperature` and `top_p` cannot both be specified', severity: 'error' }],
    },
    {
      name: 'Vertex AI: model from the URL',
      output: "POST https://us-east5-aiplatform.googleapis.com/v1/projects/p/locations/us-east5/publishers/anthropic/models/claude-opus-4-1@20250805:rawPredict\nAuthorization: Bearer {{token}}\n\n{\"anthropic_version\":\"vertex-2023-10-16\",\"max_tokens\":100,\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"}],\"top_p\":0.9}\n",
      languageId: 'http',
      code: vertex('claude-opus-4-1@20250805', { anthropic_version: 'vertex-2023-10-16', max_tokens: 100, messages: hi, temperature: 0.2, top_p: 0.9 }),
      providerError: '`temperature` and `top_p` cannot both be specified for this model. Please use only one.',
      errors: [{ message: "takes 'temperature' or 'top_p', not both", severity: 'error' }],
    },
    {
      name: 'through a relay it is a warning',
      output: "POST https://gateway.example.com/v1/messages\nx-api-key: {{key}}\nanthropic-version: 2023-06-01\n\n{\"model\":\"claude-sonnet-4-6\",\"max_tokens\":100,\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"}],\"top_p\":1}\n",
      languageId: 'http',
      code: anthropic({ model: 'claude-sonnet-4-6', max_tokens: 100, messages: hi, temperature: 1, top_p: 1 }, 'gateway.example.com'),
      providerError: '`temperature` and `top_p` cannot both be specified for this model. Please use only one.',
      errors: [{ severity: 'warning' }],
    },
  ],
};

// SDK calls in source code (server/src/core/sources): the same checks through the body map, at the argument's range.
cases.valid.push(
  { name: "Python: top_p from a variable beside temperature on Claude Sonnet 4.5 (could be None)", languageId: 'python', code: "import anthropic\n\nclient = anthropic.Anthropic()\nclient.messages.create(model=\"claude-sonnet-4-5\", max_tokens=100, messages=[{\"role\": \"user\", \"content\": \"Hi\"}], temperature=0.2, top_p=p)\n" },
);
cases.invalid.push(
  { name: "Python: both on Claude Sonnet 4.5", languageId: 'python', code: "import anthropic\n\nclient = anthropic.Anthropic()\nclient.messages.create(model=\"claude-sonnet-4-5\", max_tokens=100, messages=[{\"role\": \"user\", \"content\": \"Hi\"}], temperature=0.2, top_p=0.9)\n", output: "import anthropic\n\nclient = anthropic.Anthropic()\nclient.messages.create(model=\"claude-sonnet-4-5\", max_tokens=100, messages=[{\"role\": \"user\", \"content\": \"Hi\"}], top_p=0.9)\n", providerError: '`temperature` and `top_p` cannot both be specified for this model. Please use only one.', errors: [{ message: "not both", text: "top_p" }] },
  { name: "TypeScript: both on Claude Sonnet 4.5", languageId: 'typescript', code: "import Anthropic from '@anthropic-ai/sdk';\n\nconst client = new Anthropic();\nawait client.messages.create({ model: 'claude-sonnet-4-5', max_tokens: 100, messages: [{ role: 'user', content: 'Hi' }], temperature: 0.2, top_p: 0.9 });\n", output: "import Anthropic from '@anthropic-ai/sdk';\n\nconst client = new Anthropic();\nawait client.messages.create({ model: 'claude-sonnet-4-5', max_tokens: 100, messages: [{ role: 'user', content: 'Hi' }], top_p: 0.9 });\n", providerError: '`temperature` and `top_p` cannot both be specified for this model. Please use only one.', errors: [{ message: "not both", text: "top_p" }] },
);
