import type { RuleCases } from '../types.ts';

const http = (url: string, body: unknown, auth = 'Authorization: Bearer {{key}}') => `POST ${url}\n${auth}\nContent-Type: application/json\n\n${JSON.stringify(body)}\n`;
const chat = (body: unknown, host = 'api.openai.com') => http(`https://${host}/v1/chat/completions`, body);
const responses = (body: unknown) => http('https://api.openai.com/v1/responses', body);
const anthropic = (body: unknown) => http('https://api.anthropic.com/v1/messages', body, 'x-api-key: {{key}}\nanthropic-version: 2023-06-01');
const hi = [{ role: 'user', content: 'Hi' }];
const embeddings = (body: unknown) => http('https://api.openai.com/v1/embeddings', body);
const ollamaChat = (body: unknown) => `POST http://localhost:11434/api/chat\nContent-Type: application/json\n\n${JSON.stringify(body)}\n`;
const ollamaTools = [{ type: 'function', function: { name: 'get_weather', description: 'Weather for a city', parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] } } }];

export const cases: RuleCases = {
  valid: [
    { name: 'dimensions on text-embedding-3-large', languageId: 'http', code: embeddings({ model: 'text-embedding-3-large', input: 'hello', dimensions: 1024 }) },
    { name: 'text-embedding-ada-002 without dimensions', languageId: 'http', code: embeddings({ model: 'text-embedding-ada-002', input: 'hello' }) },
    { name: 'Ollama: tools on qwen3, a library model with the tools tag', languageId: 'http', code: ollamaChat({ model: 'qwen3', messages: hi, tools: ollamaTools }) },
    { name: 'Ollama: gemma3 without tools', languageId: 'http', code: ollamaChat({ model: 'gemma3:4b', messages: hi }) },
    {
      name: "an unnamed OpenAI-compatible host: a bare 'phi4' with tools is not judged by Ollama's list (LocalAI, vLLM or a gateway may serve it with tools)",
      languageId: 'http',
      code: http('http://10.0.0.5:8080/v1/chat/completions', { model: 'phi4', messages: hi, tools: ollamaTools }),
    },
    { name: "Ollama: deepseek-r1:8b (re-released on Qwen3, with tools) is not the distilled 14b", languageId: 'http', code: ollamaChat({ model: 'deepseek-r1:8b', messages: hi, tools: ollamaTools }) },
    { name: 'temperature 1 (the default) on gpt-5', languageId: 'http', code: chat({ model: 'gpt-5', messages: hi, temperature: 1, max_completion_tokens: 100 }) },
    { name: 'temperature with reasoning_effort "none" on gpt-5.1', languageId: 'http', code: chat({ model: 'gpt-5.1', messages: hi, temperature: 0.2, top_p: 0.9, reasoning_effort: 'none' }) },
    { name: 'temperature on gpt-5.1 without an effort (its default is none)', languageId: 'http', code: chat({ model: 'gpt-5.1', messages: hi, temperature: 0.2 }) },
    { name: 'Responses: temperature with reasoning.effort none on gpt-5.2', languageId: 'http', code: responses({ model: 'gpt-5.2', input: 'Hi', temperature: 0.3, reasoning: { effort: 'none' } }) },
    { name: 'an unknown model id: nothing model-specific is known', languageId: 'http', code: chat({ model: 'my-company-finetune', messages: hi, temperature: 0, max_tokens: 10, reasoning_effort: 'minimal' }) },
    { name: 'classic sampling on gpt-4o', languageId: 'http', code: chat({ model: 'gpt-4o', messages: hi, temperature: 0.7, top_p: 0.9, max_tokens: 50, presence_penalty: 0.5, logprobs: true }) },
    { name: 'web_search_options on a search model', languageId: 'http', code: chat({ model: 'gpt-4o-mini-search-preview', messages: hi, web_search_options: { search_context_size: 'low' } }) },
    { name: '"minimal" effort on gpt-5 (accepted there)', languageId: 'http', code: chat({ model: 'gpt-5-mini', messages: hi, reasoning_effort: 'minimal' }) },
    { name: 'a Responses-only model on the Responses API', languageId: 'http', code: responses({ model: 'gpt-5-pro', input: 'Hi', reasoning: { effort: 'high' } }) },
    { name: 'xhigh effort on Claude Opus 4.7', languageId: 'http', code: anthropic({ model: 'claude-opus-4-7', max_tokens: 100, messages: hi, output_config: { effort: 'xhigh' } }) },
    { name: 'a templated temperature is unknown', languageId: 'http', code: 'POST https://api.openai.com/v1/chat/completions\nContent-Type: application/json\n\n{"model":"o3","messages":[{"role":"user","content":"Hi"}],"temperature":{{temp}}}\n' },
    { name: 'null means "not set"', languageId: 'http', code: chat({ model: 'o4-mini', messages: hi, temperature: null, max_tokens: null }) },
    { name: 'developer role on o3 (only o1-mini/o1-preview reject it)', languageId: 'http', code: chat({ model: 'o3', messages: [{ role: 'developer', content: 'Be brief.' }, ...hi] }) },
    { name: 'xAI: grok-3-mini takes reasoning_effort and temperature', languageId: 'http', code: chat({ model: 'grok-3-mini', messages: hi, reasoning_effort: 'high', temperature: 0.5 }, 'api.x.ai') },
    { name: 'xAI: a non-reasoning grok-4.20 accepts stop', languageId: 'http', code: chat({ model: 'grok-4.20-0309-non-reasoning', messages: hi, stop: ['END'] }, 'api.x.ai') },
    { name: 'xAI restrictions are xAI-only: penalties on another host', languageId: 'http', code: chat({ model: 'grok-4-0709', messages: hi, presence_penalty: 0.5 }, 'openrouter.ai/api') },
  ],
  invalid: [
    {
      name: 'dimensions on text-embedding-ada-002',
      languageId: 'http',
      code: embeddings({ model: 'text-embedding-ada-002', input: ['What is RAG?'], dimensions: 1536 }),
      providerError: 'This model does not support specifying dimensions.',
      errors: [{ message: "'dimensions'", severity: 'error' }],
      output: embeddings({ model: 'text-embedding-ada-002', input: ['What is RAG?'] }),
    },
    {
      name: 'Ollama: tools on llama2:13b, whose template has none (a warning: Ollama is judged like a relay)',
      languageId: 'http',
      code: ollamaChat({ model: 'llama2:13b', messages: hi, tools: ollamaTools }),
      providerError: 'registry.ollama.ai/library/llama2:13b does not support tools',
      errors: [{ message: "'tools'", severity: 'warning' }],
      output: ollamaChat({ model: 'llama2:13b', messages: hi }),
    },
    {
      name: "Ollama's OpenAI-compatible path on an unnamed host: tools on gemma3:4b",
      languageId: 'http',
      code: http('http://localhost:11434/v1/chat/completions', { model: 'gemma3:4b', messages: hi, tools: ollamaTools }),
      providerError: 'registry.ollama.ai/library/gemma3:4b does not support tools',
      errors: [{ message: "'tools'", severity: 'warning' }],
      output: http('http://localhost:11434/v1/chat/completions', { model: 'gemma3:4b', messages: hi }),
    },
    {
      name: 'xAI: penalties, stop and reasoning_effort on grok-4 (warnings: a dialect host)',
      // One pass applies non-overlapping fixes: the last removal touches the one before it and waits for the next pass.
      output: chat({ model: 'grok-4-0709', messages: hi, reasoning_effort: 'high' }, 'api.x.ai'),
      languageId: 'http',
      code: chat({ model: 'grok-4-0709', messages: hi, presence_penalty: 0.5, frequency_penalty: 0.1, stop: ['x'], reasoning_effort: 'high' }, 'api.x.ai'),
      providerError: 'Argument not supported on this model: presencePenalty',
      errors: [
        { message: "Model grok-4-0709 does not accept 'presence_penalty'. Remove it.", severity: 'warning' },
        { message: "Model grok-4-0709 does not accept 'frequency_penalty'.", severity: 'warning' },
        { message: "Model grok-4-0709 does not accept 'stop'.", severity: 'warning' },
        { message: "Model grok-4-0709 does not accept 'reasoning_effort'.", severity: 'warning' },
      ],
    },
    {
      name: 'max_tokens on gpt-5.1-chat-latest (the alias rejects it like GPT-5.1)',
      output: chat({ model: 'gpt-5.1-chat-latest', max_completion_tokens: 1000, messages: hi }),
      languageId: 'http',
      code: chat({ model: 'gpt-5.1-chat-latest', max_tokens: 1000, messages: hi }),
      providerError: "Unsupported parameter: 'max_tokens' is not supported with this model. Use 'max_completion_tokens' instead.",
      errors: [{ message: "Model gpt-5.1-chat-latest does not accept 'max_tokens'. Use 'max_completion_tokens' instead.", severity: 'error' }],
    },
    {
      name: 'xAI: presence_penalty on grok-3 (not a reasoning model, same answer)',
      output: chat({ model: 'grok-3', messages: hi }, 'api.x.ai'),
      languageId: 'http',
      code: chat({ model: 'grok-3', messages: hi, presence_penalty: 0 }, 'api.x.ai'),
      providerError: 'Argument not supported on this model: presencePenalty',
      errors: [{ message: "Model grok-3 does not accept 'presence_penalty'.", severity: 'warning' }],
    },
    {
      name: 'xAI: presence_penalty on the 2026 grok-4.3',
      output: chat({ model: 'grok-4.3', messages: hi }, 'api.x.ai'),
      languageId: 'http',
      code: chat({ model: 'grok-4.3', messages: hi, presence_penalty: 0 }, 'api.x.ai'),
      providerError: 'Model grok-4.3 does not support parameter presencePenalty.',
      errors: [{ message: "Model grok-4.3 does not accept 'presence_penalty'.", severity: 'warning' }],
    },
    {
      name: 'max_tokens and a negative temperature on gpt-5-nano (recorded)',
      output: "POST https://api.openai.com/v1/chat/completions\nAuthorization: Bearer {{key}}\nContent-Type: application/json\n\n{\"max_completion_tokens\":10,\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"}],\"model\":\"gpt-5-nano\"}\n",
      languageId: 'http',
      code: chat({ max_tokens: 10, messages: hi, model: 'gpt-5-nano', temperature: -0.5 }),
      providerError: "Unsupported parameter: 'max_tokens' is not supported with this model. Use 'max_completion_tokens' instead.",
      errors: [
        { message: `Unsupported parameter: 'max_tokens' is not supported with this model. Use 'max_completion_tokens' instead."`, line: 4, severity: 'error' },
        { message: "Unsupported value: 'temperature' does not support -0.5 with this model. Only the default (1) value is supported.", line: 4, severity: 'error' },
      ],
    },
    {
      name: 'top_p and penalties on o3',
      output: "POST https://api.openai.com/v1/chat/completions\nAuthorization: Bearer {{key}}\nContent-Type: application/json\n\n{\"model\":\"o3\",\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"}],\"frequency_penalty\":0.2}\n",
      languageId: 'http',
      code: chat({ model: 'o3', messages: hi, top_p: 0.5, frequency_penalty: 0.2 }),
      providerError: "Unsupported parameter: 'top_p' is not supported with this model.",
      errors: [{ message: "'top_p' is not supported with this model." }, { message: "'frequency_penalty' is not supported with this model." }],
    },
    {
      name: 'sampling with a non-none effort on gpt-5.1',
      output: "POST https://api.openai.com/v1/chat/completions\nAuthorization: Bearer {{key}}\nContent-Type: application/json\n\n{\"model\":\"gpt-5.1\",\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"}],\"reasoning_effort\":\"high\"}\n",
      languageId: 'http',
      code: chat({ model: 'gpt-5.1', messages: hi, temperature: 0.5, reasoning_effort: 'high' }),
      providerError: "Unsupported value: 'temperature' does not support 0.5 with this model. Only the default (1) value is supported.",
      errors: [{ message: 'with reasoning_effort high (allowed only with none)', severity: 'error' }],
    },
    {
      name: 'temperature on gpt-5.4 without an effort: the default is not known, so a warning',
      output: "POST https://api.openai.com/v1/chat/completions\nAuthorization: Bearer {{key}}\nContent-Type: application/json\n\n{\"model\":\"gpt-5.4\",\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"}]}\n",
      languageId: 'http',
      code: chat({ model: 'gpt-5.4', messages: hi, temperature: 0.5 }),
      providerError: "Unsupported value: 'temperature' does not support 0.5 with this model. Only the default (1) value is supported.",
      errors: [{ message: 'unless reasoning_effort is none', severity: 'warning' }],
    },
    {
      name: '"minimal" effort on gpt-5.1',
      languageId: 'http',
      code: chat({ model: 'gpt-5.1', messages: hi, reasoning_effort: 'minimal' }),
      providerError: "Unsupported value: 'minimal' is not supported with the 'gpt-5.1' model. Supported values are: 'none', 'low', 'medium', and 'high'.",
      errors: [{ message: "Unsupported value: 'minimal' is not supported with the 'gpt-5.1' model. Supported values are: 'none', 'low', 'medium', and 'high'.", severity: 'error' }],
    },
    {
      name: 'Responses: "minimal" effort on gpt-5.1',
      languageId: 'http',
      code: responses({ model: 'gpt-5.1', input: 'Hi', reasoning: { effort: 'minimal' } }),
      providerError: "Unsupported value: 'minimal' is not supported with the 'gpt-5.1' model. Supported values are: 'none', 'low', 'medium', and 'high'.",
      errors: [{ message: "gpt-5.1 does not accept reasoning effort 'minimal' (accepted: none, low, medium, high)." }],
    },
    {
      name: 'reasoning_effort on a model without reasoning',
      output: "POST https://api.openai.com/v1/chat/completions\nAuthorization: Bearer {{key}}\nContent-Type: application/json\n\n{\"model\":\"gpt-4.1\",\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"}]}\n",
      languageId: 'http',
      code: chat({ model: 'gpt-4.1', messages: hi, reasoning_effort: 'low' }),
      providerError: 'Unrecognized request argument supplied: reasoning_effort',
      errors: [{ message: 'Unrecognized request argument supplied: reasoning_effort' }],
    },
    {
      name: 'a Responses-only model on Chat Completions',
      languageId: 'http',
      code: chat({ model: 'gpt-5-codex', messages: hi }),
      providerError: 'This model is only supported in v1/responses and not in v1/chat/completions.',
      errors: [{ message: 'This model is only supported in v1/responses and not in v1/chat/completions.', severity: 'error' }],
    },
    {
      name: 'web_search_options on gpt-4o (recorded)',
      output: "POST https://api.openai.com/v1/chat/completions\nAuthorization: Bearer {{key}}\nContent-Type: application/json\n\n{\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"}],\"model\":\"gpt-4o\",\"stream\":false}\n",
      languageId: 'http',
      code: chat({ messages: hi, model: 'gpt-4o', stream: false, web_search_options: { search_context_size: 'low' } }),
      providerError: 'Web search options not supported with this model.',
      errors: [{ message: 'Web search options not supported with this model.', severity: 'error' }],
    },
    {
      name: 'tools on o1-mini (recorded: 404)',
      languageId: 'http',
      code: chat({ model: 'o1-mini', messages: hi, tools: [{ type: 'function', function: { name: 'get_weather', parameters: { type: 'object', properties: {} } } }] }),
      providerError: 'tools is not supported in this model. For a list of supported models, refer to https://platform.openai.com/docs/guides/function-calling#models-supporting-function-calling.',
      errors: [{ message: 'Model o1-mini has no function calling: remove the tools.', severity: 'error' }],
    },
    {
      name: 'system and developer turns on o1-mini (recorded)',
      languageId: 'http',
      code: chat({ messages: [{ role: 'system', content: 'Be brief.' }, { role: 'developer', content: 'Really.' }, ...hi], model: 'o1-mini' }),
      providerError: "Unsupported value: 'messages[0].role' does not support 'system' with this model.",
      errors: [
        { message: "Unsupported value: 'messages[0].role' does not support 'system' with this model." },
        { message: "Unsupported value: 'messages[1].role' does not support 'developer' with this model." },
      ],
    },
    {
      name: 'xhigh effort on Claude Opus 4.6 (recorded)',
      languageId: 'http',
      code: anthropic({ max_tokens: 4096, messages: hi, model: 'claude-opus-4-6', output_config: { effort: 'xhigh' } }),
      providerError: "This model does not support effort level 'xhigh'. Supported levels: high, low, max, medium.",
      errors: [{ message: "This model does not support effort level 'xhigh'. Supported levels: high, low, max, medium.", severity: 'error' }],
    },
    {
      name: 'temperature and top_p on Claude Opus 4.7 via Bedrock (model from the URL)',
      output: "POST https://bedrock-runtime.us-east-1.amazonaws.com/model/us.anthropic.claude-opus-4-7-v1:0/invoke\nAuthorization: {{sigv4}}\nContent-Type: application/json\n\n{\"anthropic_version\":\"bedrock-2023-05-31\",\"max_tokens\":100,\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"}],\"top_p\":0.9}\n",
      languageId: 'http',
      code: http(
        'https://bedrock-runtime.us-east-1.amazonaws.com/model/us.anthropic.claude-opus-4-7-v1:0/invoke',
        { anthropic_version: 'bedrock-2023-05-31', max_tokens: 100, messages: hi, temperature: 0.3, top_p: 0.9 },
        'Authorization: {{sigv4}}',
      ),
      providerError: '`temperature` is deprecated for this model.',
      errors: [{ message: '`temperature` is deprecated for this model.', severity: 'error' }, { message: '`top_p` is deprecated for this model.' }],
    },
    {
      name: 'deepseek-reasoner: sampling is ignored (warning), logprobs rejected',
      output: "POST https://api.deepseek.com/chat/completions\nAuthorization: Bearer {{key}}\nContent-Type: application/json\n\n{\"model\":\"deepseek-reasoner\",\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"}],\"logprobs\":true}\n",
      languageId: 'http',
      code: http('https://api.deepseek.com/chat/completions', { model: 'deepseek-reasoner', messages: hi, temperature: 0.2, logprobs: true }),
      providerError: 'deepseek-reasoner does not support the parameter `temperature` (R1 launch; today temperature, top_p and the penalties are ignored, logprobs/top_logprobs rejected)',
      errors: [
        { message: "deepseek-reasoner ignores 'temperature'", severity: 'warning' },
        { message: 'setting "logprobs" in thinking mode triggers an error', severity: 'error' },
      ],
    },
    {
      name: 'through a relay it is a warning',
      output: "POST https://llm-gateway.example.com/v1/chat/completions\nAuthorization: Bearer {{key}}\nContent-Type: application/json\n\n{\"model\":\"o3\",\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"}],\"max_completion_tokens\":100}\n",
      languageId: 'http',
      code: chat({ model: 'o3', messages: hi, max_tokens: 100 }, 'llm-gateway.example.com'),
      providerError: "Unsupported parameter: 'max_tokens' is not supported with this model. Use 'max_completion_tokens' instead.",
      errors: [{ message: 'max_completion_tokens', severity: 'warning' }],
    },
  ],
};

// SDK calls in source code (server/src/core/sources): the same checks through the body map, at the argument's range.
cases.valid.push(
  { name: "Python: a reasoning model's temperature from a variable is unknown, not wrong", languageId: 'python', code: "from openai import OpenAI\n\nclient = OpenAI()\nclient.chat.completions.create(model=\"o3-mini\", messages=[{\"role\": \"user\", \"content\": \"hi\"}], temperature=t)\n" },
);
cases.invalid.push(
  { name: "Python: o3-mini with temperature 0.5", languageId: 'python', code: "from openai import OpenAI\n\nclient = OpenAI()\nclient.chat.completions.create(\n    model=\"o3-mini\",\n    temperature=0.5,\n    messages=[{\"role\": \"user\", \"content\": \"hi\"}],\n)\n", output: "from openai import OpenAI\n\nclient = OpenAI()\nclient.chat.completions.create(\n    model=\"o3-mini\",\n    messages=[{\"role\": \"user\", \"content\": \"hi\"}],\n)\n", providerError: "Unsupported parameter: 'max_tokens' is not supported with this model. Use 'max_completion_tokens' instead.", errors: [{ message: "does not accept 'temperature'", text: "0.5" }] },
  { name: "TypeScript: o3-mini with temperature 0.5", languageId: 'typescript', code: "import OpenAI from 'openai';\n\nconst client = new OpenAI();\nawait client.chat.completions.create({ model: 'o3-mini', temperature: 0.5, messages: [{ role: 'user', content: 'hi' }] });\n", output: "import OpenAI from 'openai';\n\nconst client = new OpenAI();\nawait client.chat.completions.create({ model: 'o3-mini', messages: [{ role: 'user', content: 'hi' }] });\n", providerError: "Unsupported parameter: 'max_tokens' is not supported with this model. Use 'max_completion_tokens' instead.", errors: [{ message: "does not accept 'temperature'", text: "0.5" }] },
);
