import type { RuleCases } from '../types.ts';

const post = (url: string, body: unknown, headers = 'Content-Type: application/json') =>
  `POST ${url}\n${headers}\n\n${typeof body === 'string' ? body : JSON.stringify(body)}\n`;
const chat = { model: 'gpt-4o', messages: [{ role: 'user', content: 'hi' }] };
const OPENAI = 'https://api.openai.com/v1/chat/completions';
const ANTHROPIC = 'https://api.anthropic.com/v1/messages?beta=true';
const AV = 'anthropic-version: 2023-06-01';
const GEMINI = 'https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-flash:generateContent';
const AZURE = (version: string) => `https://my-resource.openai.azure.com/openai/deployments/gpt-4o/chat/completions?api-version=${version}`;
const toolCall = { id: 'call_1', type: 'function', function: { name: 'f', arguments: '{}' } };
const VERTEX = 'https://aiplatform.googleapis.com/v1/projects/p/locations/global/publishers/google/models/gemini-2.5-flash:generateContent';
const DASHSCOPE = 'https://dashscope.aliyuncs.com/api/v1/services/aigc/text-generation/generation';
const DASHSCOPE_MM = 'https://dashscope.aliyuncs.com/api/v1/services/aigc/multimodal-generation/generation';

export const cases: RuleCases = {
  valid: [
    {
      name: "Groq: an assistant turn's parsed reasoning sent back (groq-python's assistant message has reasoning)",
      languageId: 'http',
      code: post('https://api.groq.com/openai/v1/chat/completions', { model: 'qwen/qwen3-32b', messages: [{ role: 'user', content: 'hi' }, { role: 'assistant', content: 'Hello.', reasoning: 'The user greets me.' }, { role: 'user', content: 'And?' }] }),
    },
    { name: 'Gemini: a system instruction on v1beta', languageId: 'http', code: post('https://generativelanguage.googleapis.com/v1beta/models/gemini-2.0-flash:generateContent', { systemInstruction: { parts: [{ text: 'Translate.' }] }, contents: [{ role: 'user', parts: [{ text: 'Hello' }] }] }) },
    { name: 'Gemini: safetySettings and generationConfig on v1', languageId: 'http', code: post('https://generativelanguage.googleapis.com/v1/models/gemini-2.0-flash:generateContent', { contents: [{ role: 'user', parts: [{ text: 'Hello' }] }], generationConfig: { temperature: 0.2 }, safetySettings: [{ category: 'HARM_CATEGORY_HARASSMENT', threshold: 'BLOCK_NONE' }] }) },
    { name: "Vertex's quickstart: one Content object with one part object", languageId: 'http', code: post(VERTEX, { contents: { role: 'user', parts: { text: 'Explain how AI works' } } }) },
    { name: 'DashScope native: the documented input and parameters fields', languageId: 'http', code: post(DASHSCOPE, { model: 'qwen-plus', input: { messages: [{ role: 'user', content: 'hi' }] }, parameters: { result_format: 'message', enable_thinking: false, max_tokens: 100 } }) },
    { name: "DashScope native: an image model's own parameters are not judged by the chat list", languageId: 'http', code: post(DASHSCOPE_MM, { model: 'wan2.7-image-pro', input: { messages: [{ role: 'user', content: [{ text: 'a flower shop' }] }] }, parameters: { size: '2K', n: 1, watermark: false } }) },
    {
      name: 'ollama: every documented /api/chat field (a local server: never judged louder than a warning)',
      languageId: 'http',
      code: 'POST http://localhost:11434/api/chat\n\n{"model":"qwen3","messages":[{"role":"user","content":"hi","images":[]},{"role":"assistant","content":"","thinking":"...","tool_calls":[]},{"role":"tool","content":"1","tool_name":"f"}],"tools":[],"think":"low","format":"json","options":{"num_ctx":4096},"stream":false,"keep_alive":"5m"}\n',
    },
    {
      name: 'converse: every top-level field of the API reference',
      languageId: 'http',
      code: 'POST https://bedrock-runtime.us-east-1.amazonaws.com/model/anthropic.claude-3-haiku-20240307-v1:0/converse\nAuthorization: {{AWS_SIGV4}}\n\n{"messages":[{"role":"user","content":[{"text":"hi"}]}],"system":[{"text":"x"}],"inferenceConfig":{"maxTokens":10},"additionalModelRequestFields":{"top_k":5},"additionalModelResponseFieldPaths":["/stop_sequence"],"guardrailConfig":{"guardrailIdentifier":"g","guardrailVersion":"1"},"requestMetadata":{"team":"a"},"performanceConfig":{"latency":"standard"}}\n',
    },
    // Quiet while typing: a key typed half-way (no colon yet) is the syntax error's, and nothing spans the body.
    { name: 'a key typed half-way is not reported beside the syntax error', languageId: 'http', code: post(OPENAI, '{"model":"gpt-4o","st}') },
    { name: 'a key typed half-way at the end of a bare body', languageId: 'json', code: '{"model":"gpt-4o","messages":[],"st}' },
    { name: 'known OpenAI chat parameters', languageId: 'http', code: post('https://api.openai.com/v1/chat/completions', { ...chat, temperature: 0.2, max_completion_tokens: 100, store: true }) },
    { name: 'enable_thinking on DashScope compatible mode', languageId: 'http', code: post('https://dashscope.aliyuncs.com/compatible-mode/v1/chat/completions', { ...chat, model: 'qwen-plus', enable_thinking: true }) },
    { name: 'OpenRouter ignores unknown parameters', languageId: 'http', code: post('https://openrouter.ai/api/v1/chat/completions', { ...chat, frobnicate: 1 }) },
    { name: 'a templated key is unknown, not wrong', languageId: 'http', code: post('https://api.openai.com/v1/chat/completions', '{"model":"gpt-4o","messages":[],"{{extraKey}}":1}') },
    { name: 'relay with a model of unknown maker', languageId: 'http', code: post('https://llm.internal.example/v1/chat/completions', { ...chat, model: 'my-finetune', top_k: 3 }) },
    { name: 'Gemini snake_case field names', languageId: 'http', code: post('https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-pro:generateContent', { contents: [{ role: 'user', parts: [{ text: 'x' }] }], generation_config: { temperature: 0.1 } }) },
    // --- nested: look-alikes the providers accept ---------------------------------------------
    {
      name: 'OpenAI nested fields that exist: image detail, tool_calls, json_schema, stream_options, web_search_options',
      languageId: 'http',
      code: post(OPENAI, {
        model: 'gpt-4o',
        messages: [
          { role: 'system', content: [{ type: 'text', text: 'Be brief.' }], name: 'sys' },
          { role: 'user', content: [{ type: 'text', text: 'x' }, { type: 'image_url', image_url: { url: 'https://e.x/a.png', detail: 'low' } }] },
          { role: 'assistant', content: null, tool_calls: [toolCall] },
          { role: 'tool', tool_call_id: 'call_1', content: '42' },
        ],
        tools: [{ type: 'function', function: { name: 'f', description: 'd', parameters: { type: 'object', properties: {} }, strict: true } }],
        tool_choice: { type: 'function', function: { name: 'f' } },
        response_format: { type: 'json_schema', json_schema: { name: 'r', schema: { type: 'object' }, strict: true } },
        stream: true,
        stream_options: { include_usage: true },
      }),
    },
    {
      name: 'DeepSeek reasoning_content in an assistant message (its own dialect: nested fields not judged)',
      languageId: 'http',
      code: post('https://api.deepseek.com/chat/completions', { model: 'deepseek-chat', messages: [{ role: 'user', content: 'x' }, { role: 'assistant', content: 'y', reasoning_content: 'r' }, { role: 'user', content: 'z' }] }),
    },
    {
      name: 'Anthropic blocks with all their optional fields, custom tool without type',
      languageId: 'http',
      code: post(
        ANTHROPIC,
        {
          model: 'claude-sonnet-4-5',
          max_tokens: 64,
          system: [{ type: 'text', text: 's', cache_control: { type: 'ephemeral', ttl: '1h' } }],
          messages: [
            { role: 'user', content: [{ type: 'text', text: 'x', cache_control: { type: 'ephemeral' } }, { type: 'image', source: { type: 'base64', media_type: 'image/png', data: 'iVBORw0KGgo=' } }] },
            { role: 'assistant', content: [{ type: 'tool_use', id: 'toolu_1', name: 'f', input: {} }] },
            { role: 'user', content: [{ type: 'tool_result', tool_use_id: 'toolu_1', content: [{ type: 'text', text: '42' }], is_error: false }] },
          ],
          tools: [{ name: 'f', description: 'd', input_schema: { type: 'object' } }, { type: 'web_search_20250305', name: 'web_search', max_uses: 3 }],
          thinking: { type: 'enabled', budget_tokens: 2048 },
        },
        AV,
      ),
    },
    {
      name: 'Gemini parts, generationConfig and safetySettings in both spellings',
      languageId: 'http',
      code: post(GEMINI, {
        contents: [{ role: 'user', parts: [{ text: 'x' }, { inline_data: { mime_type: 'image/png', data: 'iVBORw0KGgo=' } }] }],
        systemInstruction: { parts: [{ text: 'Be brief.' }] },
        generationConfig: { maxOutputTokens: 64, thinkingConfig: { thinkingBudget: 0 }, response_mime_type: 'application/json' },
        safetySettings: [{ category: 'HARM_CATEGORY_HARASSMENT', threshold: 'BLOCK_ONLY_HIGH' }],
        toolConfig: { functionCallingConfig: { mode: 'AUTO' } },
      }),
    },
    // --- Azure api-version ---------------------------------------------------------------------
    {
      name: 'Azure: max_completion_tokens and stream_options on 2024-10-21 (GA that has them)',
      languageId: 'http',
      code: post(AZURE('2024-10-21'), { messages: chat.messages, max_completion_tokens: 100, stream: true, stream_options: { include_usage: true } }, 'api-key: {{key}}'),
    },
    {
      name: 'Azure v1 API: no api-version, everything current is accepted',
      languageId: 'http',
      code: post('https://my-resource.openai.azure.com/openai/v1/chat/completions', { ...chat, reasoning_effort: 'low', max_completion_tokens: 100 }, 'api-key: {{key}}'),
    },
    {
      name: 'Azure: a templated api-version is unknown, not wrong',
      languageId: 'http',
      code: post(AZURE('{{apiVersion}}'), { messages: chat.messages, max_completion_tokens: 100 }, 'api-key: {{key}}'),
    },
    { name: 'Anthropic beta parameter on the beta endpoint', languageId: 'http', code: post('https://api.anthropic.com/v1/messages?beta=true', { model: 'claude-sonnet-4-5', max_tokens: 5, messages: [{ role: 'user', content: 'x' }], context_management: { edits: [] } }, 'anthropic-version: 2023-06-01') },
    // OpenAI-compatible hosts' own extensions (rules/specs/dialects.ts), each from the host's API reference.
    { name: 'Mistral: random_seed, safe_prompt and prompt_mode', languageId: 'http', code: post('https://api.mistral.ai/v1/chat/completions', { ...chat, model: 'magistral-medium-latest', random_seed: 7, safe_prompt: true, prompt_mode: 'reasoning' }) },
    { name: 'Together: top_k, repetition_penalty, min_p, safety_model, logprobs as a count', languageId: 'http', code: post('https://api.together.xyz/v1/chat/completions', { ...chat, model: 'meta-llama/Llama-3.3-70B-Instruct-Turbo', top_k: 50, repetition_penalty: 1.1, min_p: 0.05, safety_model: 'meta-llama/Meta-Llama-Guard-3-8B', logprobs: 1 }) },
    { name: 'Fireworks: top_k, min_p, prompt_truncate_len, context_length_exceeded_behavior', languageId: 'http', code: post('https://api.fireworks.ai/inference/v1/chat/completions', { ...chat, model: 'accounts/fireworks/models/llama-v3p1-8b-instruct', top_k: 40, min_p: 0.1, prompt_truncate_len: 1500, context_length_exceeded_behavior: 'error' }) },
    { name: 'SiliconFlow: enable_thinking, thinking_budget, min_p, top_k', languageId: 'http', code: post('https://api.siliconflow.cn/v1/chat/completions', { ...chat, model: 'Qwen/Qwen3-8B', enable_thinking: true, thinking_budget: 4096, min_p: 0.05, top_k: 50 }) },
    { name: 'Zhipu: do_sample, request_id, thinking', languageId: 'http', code: post('https://open.bigmodel.cn/api/paas/v4/chat/completions', { ...chat, model: 'glm-4.7', do_sample: false, request_id: 'r-1', thinking: { type: 'enabled' } }) },
    { name: "Mistral: an assistant message's prefix (its prefix completion)", languageId: 'http', code: post('https://api.mistral.ai/v1/chat/completions', { model: 'mistral-large-latest', messages: [{ role: 'user', content: 'Write a haiku.' }, { role: 'assistant', content: 'Autumn', prefix: true }] }) },
    { name: 'Moonshot: thinking on Kimi K2.5', languageId: 'http', code: post('https://api.moonshot.ai/v1/chat/completions', { ...chat, model: 'kimi-k2.5', thinking: { type: 'disabled' } }) },
    { name: 'OpenRouter: provider, models and transforms are its own fields', languageId: 'http', code: post('https://openrouter.ai/api/v1/chat/completions', { ...chat, model: 'openai/gpt-4o', provider: { order: ['openai'] }, models: ['anthropic/claude-sonnet-4'], transforms: ['middle-out'] }) },
  ],
  invalid: [
    {
      name: "Gemini: a system instruction sent to the stable /v1/ endpoint (a v1beta field; a warning)",
      languageId: 'http',
      code: post('https://generativelanguage.googleapis.com/v1/models/gemini-2.0-flash:generateContent', { systemInstruction: { parts: [{ text: 'Translate.' }] }, contents: [{ role: 'user', parts: [{ text: 'Hello' }] }] }),
      providerError: 'Invalid JSON payload received. Unknown name "systemInstruction": Cannot find field.',
      errors: [{ message: "'systemInstruction' is a v1beta field: the Gemini API's /v1/ endpoint does not know it; send it to /v1beta/.", severity: 'warning' }],
    },
    {
      name: "Mistral: a field OpenAI's assistant message lacks is an extra input in Mistral's messages too (a warning)",
      languageId: 'http',
      code: post('https://api.mistral.ai/v1/chat/completions', { model: 'mistral-medium-latest', messages: [{ role: 'user', content: 'Hi' }, { role: 'assistant', content: 'Hello', reasoning_content: 'greeting' }, { role: 'user', content: 'Go on' }] }),
      providerError: 'Extra inputs are not permitted',
      errors: [{ message: "'messages[1].reasoning_content' is not a field of this object on Mistral", severity: 'warning' }],
      output: post('https://api.mistral.ai/v1/chat/completions', { model: 'mistral-medium-latest', messages: [{ role: 'user', content: 'Hi' }, { role: 'assistant', content: 'Hello' }, { role: 'user', content: 'Go on' }] }),
    },
    {
      name: 'Groq: a field of its own kept on a message is rejected there too (a warning: dialect hosts are judged like relays)',
      languageId: 'http',
      code: post('https://api.groq.com/openai/v1/chat/completions', { model: 'llama-3.1-8b-instant', messages: [{ role: 'user', content: 'hello', timestamp: 1769400000 }] }),
      providerError: "property 'timestamp' is unsupported",
      errors: [{ message: "'messages[0].timestamp' is not a field of this object on Groq", severity: 'warning' }],
      output: post('https://api.groq.com/openai/v1/chat/completions', { model: 'llama-3.1-8b-instant', messages: [{ role: 'user', content: 'hello' }] }),
    },
    {
      name: "Mistral: OpenAI's max_completion_tokens is an extra input there (a warning: dialect hosts are judged like relays)",
      languageId: 'http',
      code: post('https://api.mistral.ai/v1/chat/completions', { ...chat, model: 'devstral-2512', max_completion_tokens: 32000 }),
      providerError: 'Extra inputs are not permitted',
      errors: [{ message: "'max_completion_tokens' is not a parameter of openai-chat on Mistral; did you mean 'max_tokens'?", severity: 'warning' }],
      output: post('https://api.mistral.ai/v1/chat/completions', { ...chat, model: 'devstral-2512', max_tokens: 32000 }),
    },
    {
      name: 'Gemini: an unknown field inside the single-object form of parts',
      languageId: 'http',
      code: post(GEMINI, { contents: [{ role: 'user', parts: { text: 'hi', colour: 'x' } }] }),
      providerError: 'Invalid JSON payload received. Unknown name "id" at \'contents[1].parts[0]\': Cannot find field.',
      errors: [{ message: "'contents[0].parts.colour' is not a field of this object", severity: 'error' }],
      output: post(GEMINI, { contents: [{ role: 'user', parts: { text: 'hi' } }] }),
    },
    {
      name: 'Gemini: an unknown field in the single-object form of contents',
      languageId: 'http',
      code: post(VERTEX, { contents: { role: 'user', content: 'hi', parts: { text: 'hi' } } }),
      providerError: 'Invalid JSON payload received. Unknown name "content" at \'contents[0]\': Cannot find field.',
      errors: [{ message: "'contents.content' is not a field of this object" }],
      output: post(VERTEX, { contents: { role: 'user', parts: { text: 'hi' } } }),
    },
    {
      name: 'DashScope native: unknown keys of input and parameters are warnings',
      languageId: 'http',
      code: post(DASHSCOPE, { model: 'qwen-plus', input: { messages: [{ role: 'user', content: 'hi' }], system: 'be brief' }, parameters: { result_format: 'message', max_token: 100 } }),
      providerError: 'Not documented: DashScope may ignore or reject keys outside the documented input / parameters fields.',
      errors: [
        { message: "'input.system' is not a field of this object on DashScope", severity: 'warning' },
        { message: "'parameters.max_token' is not a field of this object on DashScope; did you mean 'max_tokens'?", severity: 'warning' },
      ],
      output: post(DASHSCOPE, { model: 'qwen-plus', input: { messages: [{ role: 'user', content: 'hi' }] }, parameters: { result_format: 'message', max_tokens: 100 } }),
    },
    {
      name: 'embeddings: dimension for dimensions (OpenAI rejects unknown fields on /v1/embeddings as on chat)',
      languageId: 'http',
      code: 'POST https://api.openai.com/v1/embeddings\nAuthorization: Bearer {{key}}\nContent-Type: application/json\n\n{"model":"text-embedding-3-small","input":"hi","dimension":256}\n',
      providerError: "Unknown parameter: 'dimension'.",
      errors: [
        {
          message: "'dimension' is not a parameter of openai-embeddings on OpenAI; did you mean 'dimensions'?",
          severity: 'error',
          fixes: [{ title: "Rename 'dimension' to 'dimensions'", output: 'POST https://api.openai.com/v1/embeddings\nAuthorization: Bearer {{key}}\nContent-Type: application/json\n\n{"model":"text-embedding-3-small","input":"hi","dimensions":256}\n' }],
        },
      ],
      output: 'POST https://api.openai.com/v1/embeddings\nAuthorization: Bearer {{key}}\nContent-Type: application/json\n\n{"model":"text-embedding-3-small","input":"hi","dimensions":256}\n',
    },
    {
      name: 'while a key is typed half-way, a finished typo above it is still reported',
      languageId: 'http',
      code: post(OPENAI, '{"model":"gpt-4o","messages":[],"temprature":0.2,"st}'),
      providerError: "Unknown parameter: 'temprature'.",
      errors: [{ message: "did you mean 'temperature'?", line: 3 }],
      output: post(OPENAI, '{"model":"gpt-4o","messages":[],"temperature":0.2,"st}'),
    },
    {
      name: 'did you mean: one close name is the message\'s suggestion and a preferred fix (--fix applies it)',
      languageId: 'http',
      code: post(OPENAI, '{"model":"gpt-4o","messages":[],"temprature":0.2}'),
      providerError: "Unknown parameter: 'temprature'.",
      errors: [
        {
          message: "'temprature' is not a parameter of openai-chat on OpenAI; did you mean 'temperature'?",
          line: 3,
          fixes: [{ title: "Rename 'temprature' to 'temperature'", output: post(OPENAI, '{"model":"gpt-4o","messages":[],"temperature":0.2}') }],
        },
      ],
      output: post(OPENAI, '{"model":"gpt-4o","messages":[],"temperature":0.2}'),
    },
    {
      name: 'did you mean: two names as close are both suggested, neither fix preferred',
      languageId: 'http',
      code: post(ANTHROPIC, '{"model":"claude-sonnet-4-5","max_tokens":100,"messages":[],"top_x":1}', `Content-Type: application/json\n${AV}`),
      providerError: 'messages.0.content.0.text.cache_control: Extra inputs are not permitted',
      errors: [
        {
          message: "did you mean 'top_p', 'top_k'?",
          fixes: [
            { title: "Rename 'top_x' to 'top_p'", output: post(ANTHROPIC, '{"model":"claude-sonnet-4-5","max_tokens":100,"messages":[],"top_p":1}', `Content-Type: application/json\n${AV}`) },
            { title: "Rename 'top_x' to 'top_k'", output: post(ANTHROPIC, '{"model":"claude-sonnet-4-5","max_tokens":100,"messages":[],"top_k":1}', `Content-Type: application/json\n${AV}`) },
          ],
        },
      ],
      output: post(ANTHROPIC, '{"model":"claude-sonnet-4-5","max_tokens":100,"messages":[],"top_p":1}', `Content-Type: application/json\n${AV}`),
    },
    {
      name: 'fix: a .http comment line above the parameter stays',
      languageId: 'http',
      code: `POST ${OPENAI}\nContent-Type: application/json\n\n{\n  "model": "gpt-4o",\n  # thinking is a DashScope switch\n  "enable_thinking": true,\n  "messages": [{"role": "user", "content": "hi"}]\n}\n`,
      providerError: 'Unrecognized request argument supplied: enable_thinking',
      errors: [{ message: "'enable_thinking' is not a parameter", line: 6 }],
      output: `POST ${OPENAI}\nContent-Type: application/json\n\n{\n  "model": "gpt-4o",\n  # thinking is a DashScope switch\n  "messages": [{"role": "user", "content": "hi"}]\n}\n`,
    },
    {
      name: 'fix: none where the removal would take a .http comment line with it',
      languageId: 'http',
      code: `POST ${OPENAI}\nContent-Type: application/json\n\n{\n  "model": "gpt-4o",\n  "messages": [{"role": "user", "content": "hi"}],\n  # keep this note\n  "enable_thinking": true\n}\n`,
      providerError: 'Unrecognized request argument supplied: enable_thinking',
      errors: [{ message: "'enable_thinking' is not a parameter", line: 7 }],
    },
    {
      name: 'fix: in a .jsonl batch line the parameter goes, the line stays one line',
      languageId: 'jsonl',
      code: '{"custom_id":"a","method":"POST","url":"/v1/chat/completions","body":{"model":"gpt-4o","enable_thinking":true,"messages":[{"role":"user","content":"hi"}]}}\n{"custom_id":"b","method":"POST","url":"/v1/chat/completions","body":{"model":"gpt-4o","messages":[{"role":"user","content":"hi"}]}}\n',
      providerError: 'Unrecognized request argument supplied: enable_thinking',
      errors: [{ message: "'enable_thinking' is not a parameter", line: 0 }],
      output: '{"custom_id":"a","method":"POST","url":"/v1/chat/completions","body":{"model":"gpt-4o","messages":[{"role":"user","content":"hi"}]}}\n{"custom_id":"b","method":"POST","url":"/v1/chat/completions","body":{"model":"gpt-4o","messages":[{"role":"user","content":"hi"}]}}\n',
    },
    {
      name: 'enable_thinking sent to OpenAI',
      output: "POST https://api.openai.com/v1/chat/completions\nContent-Type: application/json\n\n{\"model\":\"gpt-4o\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}\n",
      languageId: 'http',
      code: post('https://api.openai.com/v1/chat/completions', { ...chat, enable_thinking: false }),
      providerError: 'Unrecognized request argument supplied: enable_thinking',
      errors: [{ message: "'enable_thinking' is not a parameter of openai-chat on OpenAI", line: 3, severity: 'error' }],
    },
    {
      name: 'enable_thinking sent to Azure OpenAI',
      output: "POST https://my-resource.openai.azure.com/openai/deployments/gpt-4o/chat/completions?api-version=2024-10-21\napi-key: {{key}}\n\n{\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}\n",
      languageId: 'http',
      code: post('https://my-resource.openai.azure.com/openai/deployments/gpt-4o/chat/completions?api-version=2024-10-21', { messages: chat.messages, enable_thinking: false }, 'api-key: {{key}}'),
      providerError: 'Unrecognized request argument supplied: enable_thinking',
      errors: [{ message: 'Unrecognized request argument supplied: enable_thinking', severity: 'error' }],
    },
    {
      // (a body with no `contents` at all is body-api-mismatch's finding, and this rule stays silent)
      name: 'OpenAI fields left in a Gemini generateContent body',
      output: "POST https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-flash:generateContent\nContent-Type: application/json\n\n{\"contents\":[{\"role\":\"user\",\"parts\":[{\"text\":\"x\"}]}],\"response_format\":{\"type\":\"json_object\"}}\n",
      languageId: 'http',
      code: post('https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-flash:generateContent', { contents: [{ role: 'user', parts: [{ text: 'x' }] }], messages: chat.messages, response_format: { type: 'json_object' } }),
      providerError: 'Invalid JSON payload received. Unknown name "messages": Cannot find field.',
      errors: [{ message: 'Unknown name "messages"' }, { message: 'Unknown name "response_format"' }],
    },
    {
      name: 'Anthropic body with an OpenAI parameter',
      output: "POST https://api.anthropic.com/v1/messages\nanthropic-version: 2023-06-01\n\n{\"model\":\"claude-sonnet-4-5\",\"max_tokens\":5,\"messages\":[{\"role\":\"user\",\"content\":\"x\"}]}\n",
      languageId: 'http',
      code: post('https://api.anthropic.com/v1/messages', { model: 'claude-sonnet-4-5', max_tokens: 5, messages: [{ role: 'user', content: 'x' }], response_format: { type: 'json_object' } }, 'anthropic-version: 2023-06-01'),
      providerError: 'response_format: Extra inputs are not permitted',
      errors: [{ message: 'response_format: Extra inputs are not permitted', severity: 'error' }],
    },
    {
      name: 'relay in front of an OpenAI model warns',
      output: "POST https://api.my-relay.example/v1/chat/completions\nContent-Type: application/json\n\n{\"model\":\"gpt-4o\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}\n",
      languageId: 'http',
      code: post('https://api.my-relay.example/v1/chat/completions', { ...chat, top_k: 40 }),
      providerError: "Unknown parameter: 'top_k'.",
      errors: [{ severity: 'warning', message: "'top_k'" }],
    },
    // --- nested --------------------------------------------------------------------------------
    {
      name: 'OpenAI: a streaming delta replayed as a tool call (index), cache_control on a user text part',
      output: "POST https://api.openai.com/v1/chat/completions\nContent-Type: application/json\n\n{\"model\":\"gpt-4o\",\"messages\":[{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":\"x\"}]},{\"role\":\"assistant\",\"content\":null,\"tool_calls\":[{\"id\":\"call_1\",\"type\":\"function\",\"function\":{\"name\":\"f\",\"arguments\":\"{}\"}}]},{\"role\":\"tool\",\"tool_call_id\":\"call_1\",\"content\":\"42\"}]}\n",
      languageId: 'http',
      code: post(OPENAI, {
        model: 'gpt-4o',
        messages: [
          { role: 'user', content: [{ type: 'text', text: 'x', cache_control: { type: 'ephemeral' } }] },
          { role: 'assistant', content: null, tool_calls: [{ ...toolCall, index: 0 }] },
          { role: 'tool', tool_call_id: 'call_1', content: '42' },
        ],
      }),
      providerError: "Unknown parameter: 'messages[2].tool_calls[0].index'.",
      errors: [
        { message: "Unknown parameter: 'messages[0].content[0].cache_control'.", severity: 'error', line: 3 },
        { message: "Unknown parameter: 'messages[1].tool_calls[0].index'.", severity: 'error', line: 3 },
      ],
    },
    {
      name: 'OpenAI Responses: detail on an input_text part, a typo inside text',
      output: "POST https://api.openai.com/v1/responses\nContent-Type: application/json\n\n{\"model\":\"gpt-5\",\"input\":[{\"role\":\"user\",\"content\":[{\"type\":\"input_text\",\"text\":\"x\"}]}],\"text\":{\"format\":{\"type\":\"json_schema\",\"name\":\"r\",\"schema\":{\"type\":\"object\"}},\"verbosity\":\"low\"}}\n",
      languageId: 'http',
      code: post('https://api.openai.com/v1/responses', {
        model: 'gpt-5',
        input: [{ role: 'user', content: [{ type: 'input_text', text: 'x', detail: 'high' }] }],
        text: { format: { type: 'json_schema', name: 'r', schema: { type: 'object' } }, verbosty: 'low' },
      }),
      providerError: "Unknown parameter: 'input[4].action.query'.",
      errors: [
        { message: "Unknown parameter: 'input[0].content[0].detail'.", severity: 'error' },
        { message: "Unknown parameter: 'text.verbosty'.", severity: 'error' },
      ],
    },
    {
      name: 'Anthropic: text on a tool_use block, cache_control on a thinking block, defer_loading typo on a tool',
      output: "POST https://api.anthropic.com/v1/messages?beta=true\nanthropic-version: 2023-06-01\n\n{\"model\":\"claude-sonnet-4-5\",\"max_tokens\":64,\"messages\":[{\"role\":\"user\",\"content\":\"x\"},{\"role\":\"assistant\",\"content\":[{\"type\":\"thinking\",\"thinking\":\"t\",\"signature\":\"s\"},{\"type\":\"tool_use\",\"id\":\"toolu_1\",\"name\":\"f\",\"input\":{}}]},{\"role\":\"user\",\"content\":[{\"type\":\"tool_result\",\"tool_use_id\":\"toolu_1\",\"content\":\"42\"}]}],\"tools\":[{\"name\":\"f\",\"input_schema\":{\"type\":\"object\"},\"defer_loading\":true}]}\n",
      languageId: 'http',
      code: post(
        ANTHROPIC,
        {
          model: 'claude-sonnet-4-5',
          max_tokens: 64,
          messages: [
            { role: 'user', content: 'x' },
            { role: 'assistant', content: [{ type: 'thinking', thinking: 't', signature: 's', cache_control: { type: 'ephemeral' } }, { type: 'tool_use', id: 'toolu_1', name: 'f', input: {}, text: 'calling f' }] },
            { role: 'user', content: [{ type: 'tool_result', tool_use_id: 'toolu_1', content: '42' }] },
          ],
          tools: [{ name: 'f', input_schema: { type: 'object' }, defer_load: true }],
        },
        AV,
      ),
      providerError: 'messages.65.content.1.tool_use.text: Extra inputs are not permitted',
      errors: [
        { message: 'messages.1.content.0.thinking.cache_control: Extra inputs are not permitted', severity: 'error' },
        { message: 'messages.1.content.1.tool_use.text: Extra inputs are not permitted', severity: 'error' },
        { message: 'tools.0.custom.defer_load: Extra inputs are not permitted', severity: 'error' },
      ],
    },
    {
      name: 'Gemini: role inside a part, OpenAI max_tokens inside generationConfig',
      output: "POST https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-flash:generateContent\nContent-Type: application/json\n\n{\"contents\":[{\"parts\":[{\"text\":\"x\"}]}],\"generationConfig\":{\"max_output_tokens\":64}}\n",
      languageId: 'http',
      code: post(GEMINI, { contents: [{ parts: [{ role: 'user', text: 'x' }] }], generationConfig: { max_tokens: 64 } }),
      providerError: 'Invalid JSON payload received. Unknown name "role" at \'contents[0].parts\': Cannot find field.',
      errors: [
        { message: 'Unknown name "role" at \'contents[0].parts[0]\': Cannot find field.', severity: 'error' },
        { message: 'Unknown name "max_tokens" at \'generation_config\': Cannot find field.', severity: 'error' },
      ],
    },
    {
      name: 'Azure: unknown nested field (wording unverified: warning)',
      output: "POST https://my-resource.openai.azure.com/openai/deployments/gpt-4o/chat/completions?api-version=2024-10-21\napi-key: {{key}}\n\n{\"messages\":[{\"role\":\"user\",\"content\":\"x\"}]}\n",
      languageId: 'http',
      code: post(AZURE('2024-10-21'), { messages: [{ role: 'user', content: 'x', cache_control: { type: 'ephemeral' } }] }, 'api-key: {{key}}'),
      providerError: "Unknown parameter: 'messages[2].tool_calls[0].index'.",
      errors: [{ message: "'messages[0].cache_control' is not a field", severity: 'warning' }],
    },
    // --- Azure api-version ---------------------------------------------------------------------
    {
      name: 'Azure: max_completion_tokens on 2024-08-01-preview',
      languageId: 'http',
      code: post(AZURE('2024-08-01-preview'), { messages: chat.messages, max_completion_tokens: 100 }, 'api-key: {{key}}'),
      providerError: 'Unrecognized request argument supplied: max_completion_tokens',
      errors: [{ message: "'max_completion_tokens' needs api-version 2024-09-01-preview or later (this request uses 2024-08-01-preview), or the v1 API.", severity: 'error' }],
    },
    {
      name: 'Azure: json_schema response_format, stream_options and reasoning_effort on 2024-06-01',
      languageId: 'http',
      code: post(
        AZURE('2024-06-01'),
        { messages: chat.messages, response_format: { type: 'json_schema', json_schema: { name: 'r', schema: { type: 'object' } } }, stream: true, stream_options: { include_usage: true }, reasoning_effort: 'low' },
        'api-key: {{key}}',
      ),
      providerError: 'response_format value as json_schema is enabled only for api versions 2024-08-01-preview and later',
      errors: [
        { message: 'response_format value as json_schema is enabled only for api versions 2024-08-01-preview and later', severity: 'error' },
        { message: 'Unrecognized request argument supplied: stream_options', severity: 'error' },
        { message: 'Unrecognized request argument supplied: reasoning_effort', severity: 'error' },
      ],
    },
    {
      name: 'Anthropic beta parameter without ?beta=true or an anthropic-beta header',
      languageId: 'http',
      code: post(
        'https://api.anthropic.com/v1/messages',
        { model: 'claude-sonnet-4-5', max_tokens: 100, messages: [{ role: 'user', content: 'hi' }], mcp_servers: [{ type: 'url', url: 'https://mcp.example.com/sse', name: 'example' }] },
        `Content-Type: application/json\nx-api-key: {{key}}\n${AV}`,
      ),
      providerError: 'mcp_servers: Extra inputs are not permitted',
      errors: [{ message: "'mcp_servers' is a beta parameter: send it to '/v1/messages?beta=true' or with an 'anthropic-beta' header ('mcp-client-2025-04-04')." }],
    },
  ],
};

// SDK calls in source code (server/src/core/sources): the same checks through the body map, at the argument's range.
cases.valid.push(
  { name: "Python: **kwargs may carry any parameter; extra_body is merged like the SDK does", languageId: 'python', code: "from openai import OpenAI\n\nclient = OpenAI()\nclient.chat.completions.create(model=\"gpt-4o\", messages=[{\"role\": \"user\", \"content\": \"hi\"}], extra_headers={\"x-trace\": \"1\"}, timeout=30, **options)\n" },
  { name: "TypeScript: a spread may carry any parameter", languageId: 'typescript', code: "import OpenAI from 'openai';\n\nconst client = new OpenAI();\nawait client.chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'user', content: 'hi' }], ...options });\n" },
);
cases.invalid.push(
  { name: "Python: a misspelt keyword argument", languageId: 'python', code: "from openai import OpenAI\n\nclient = OpenAI()\nclient.chat.completions.create(\n    model=\"gpt-4o\",\n    messages=[{\"role\": \"user\", \"content\": \"hi\"}],\n    max_tokenz=100,\n)\n", output: "from openai import OpenAI\n\nclient = OpenAI()\nclient.chat.completions.create(\n    model=\"gpt-4o\",\n    messages=[{\"role\": \"user\", \"content\": \"hi\"}],\n    max_tokens=100,\n)\n", providerError: "Unrecognized request argument supplied: max_tokenz", errors: [{ message: "did you mean 'max_tokens'?", text: "max_tokenz" }] },
  { name: "TypeScript: a misspelt property", languageId: 'typescript', code: "import OpenAI from 'openai';\n\nconst client = new OpenAI();\nawait client.chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'user', content: 'hi' }], max_tokenz: 100 });\n", output: "import OpenAI from 'openai';\n\nconst client = new OpenAI();\nawait client.chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'user', content: 'hi' }], max_tokens: 100 });\n", providerError: "Unrecognized request argument supplied: max_tokenz", errors: [{ message: "did you mean 'max_tokens'?", text: "max_tokenz" }] },
);
