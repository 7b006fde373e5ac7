import type { RuleCases } from '../types.ts';

const post = (url: string, body: unknown, headers = 'Content-Type: application/json') =>
  `POST ${url}\n${headers}\n\n${typeof body === 'string' ? body : JSON.stringify(body)}\n`;
const OPENAI = 'https://api.openai.com/v1/chat/completions';
const ANTHROPIC = 'https://api.anthropic.com/v1/messages';
const AV = 'anthropic-version: 2023-06-01';
const GEMINI = 'https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-flash:generateContent';
const chat = { model: 'gpt-4o', messages: [{ role: 'user', content: 'hi' }] };
const claude = { model: 'claude-sonnet-4-5', max_tokens: 64, messages: [{ role: 'user', content: 'hi' }] };

export const cases: RuleCases = {
  valid: [
    { name: 'known OpenAI values, developer role, image part', languageId: 'http', code: post(OPENAI, { model: 'o3', reasoning_effort: 'high', service_tier: 'flex', response_format: { type: 'json_object' }, messages: [{ role: 'developer', content: 'json' }, { role: 'user', content: [{ type: 'text', text: 'x' }, { type: 'image_url', image_url: { url: 'https://e.x/a.png' } }] }] }) },
    { name: 'Anthropic system role is left to system-message-misplaced', languageId: 'http', code: post(ANTHROPIC, { ...claude, messages: [{ role: 'system', content: 'be brief' }, { role: 'user', content: 'hi' }] }, AV) },
    { name: 'Gemini user/model roles and an empty role', languageId: 'http', code: post(GEMINI, { contents: [{ role: 'user', parts: [{ text: 'x' }] }, { role: 'model', parts: [{ text: 'y' }] }, { role: '', parts: [{ text: 'z' }] }] }) },
    // google-gemini/api-examples rest/function_calling.sh (mode "auto"); Vertex intro_gemini_curl.ipynb (role "USER").
    { name: 'Gemini enum values differing only in case (official samples)', languageId: 'http', code: post(GEMINI, { tool_config: { function_calling_config: { mode: 'auto' } }, contents: [{ role: 'USER', parts: [{ text: 'Turn on the lights please.' }] }] }) },
    { name: 'a templated value is unknown, not wrong', languageId: 'http', code: post(OPENAI, '{"model":"o3","messages":[{"role":"{{role}}","content":"hi"}],"reasoning_effort":"{{effort}}"}') },
    { name: 'DashScope compatible mode accepts its own content parts', languageId: 'http', code: post('https://dashscope.aliyuncs.com/compatible-mode/v1/chat/completions', { model: 'qwen-vl-max', messages: [{ role: 'user', content: [{ type: 'video_url', video_url: { url: 'https://e.x/v.mp4' } }] }] }) },
  ],
  invalid: [
    {
      name: 'embeddings: encoding_format is float or base64',
      languageId: 'http',
      code: 'POST https://api.openai.com/v1/embeddings\nAuthorization: Bearer {{key}}\nContent-Type: application/json\n\n{"model":"text-embedding-3-small","input":"hi","encoding_format":"floats"}\n',
      providerError: "Invalid value: 'floats'. Supported values are: 'float' and 'base64'.",
      errors: [{ message: "'encoding_format' is 'floats', which is not one of 'float', 'base64'", severity: 'error' }],
    },
    {
      name: 'reasoning_effort with a typo',
      languageId: 'http',
      code: post(OPENAI, { ...chat, model: 'o3', reasoning_effort: 'hgh' }),
      providerError: "Invalid value: 'self.reasoning_effort'. Supported values are: 'low', 'medium', and 'high'.",
      errors: [{ message: "Invalid value: 'hgh'. Supported values are:", line: 3, severity: 'error' }],
    },
    {
      name: 'a Responses content part type in Chat Completions, and a capitalised role',
      output: "POST https://api.openai.com/v1/chat/completions\nContent-Type: application/json\n\n{\"model\":\"gpt-4o\",\"messages\":[{\"role\":\"user\",\"content\":[{\"type\":\"input_text\",\"text\":\"hi\"}]}]}\n",
      languageId: 'http',
      code: post(OPENAI, { model: 'gpt-4o', messages: [{ role: 'User', content: [{ type: 'input_text', text: 'hi' }] }] }),
      providerError: "Invalid value: 'self.reasoning_effort'. Supported values are: 'low', 'medium', and 'high'.",
      errors: [
        { message: "did you mean 'user'?" },
        { message: "Invalid value: 'input_text'. Supported values are: 'text', 'image_url', 'input_audio', 'file', and 'refusal'." },
      ],
    },
    {
      name: 'Anthropic tool role',
      languageId: 'http',
      code: post(ANTHROPIC, { ...claude, messages: [{ role: 'user', content: 'hi' }, { role: 'tool', content: 'ok' }] }, AV),
      providerError: 'messages: Unexpected role "tool". Allowed roles are "user" or "assistant". For instructions on how to use tools, see https://docs.anthropic.com/en/docs/tool-use',
      errors: [{ message: 'messages: Unexpected role "tool". Allowed roles are "user" or "assistant".', severity: 'error' }],
    },
    {
      name: 'Anthropic tool_choice type "required" (OpenAI spelling)',
      languageId: 'http',
      code: post(ANTHROPIC, { ...claude, tools: [{ name: 'f', input_schema: { type: 'object' } }], tool_choice: { type: 'required' } }, AV),
      providerError: "tools.0: Input tag 'web_search_20250305' found using 'type' does not match any of the expected tags: 'bash_20250124', 'custom', 'text_editor_20250124', 'text_editor_20250429', 'text_editor_20250728'",
      errors: [{ message: "tool_choice: Input tag 'required' found using 'type' does not match any of the expected tags: 'auto', 'any', 'tool', 'none'" }],
    },
    {
      name: 'Gemini assistant role',
      output: "POST https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-flash:generateContent\nContent-Type: application/json\n\n{\"contents\":[{\"role\":\"user\",\"parts\":[{\"text\":\"x\"}]},{\"role\":\"model\",\"parts\":[{\"text\":\"y\"}]}]}\n",
      languageId: 'http',
      code: post(GEMINI, { contents: [{ role: 'user', parts: [{ text: 'x' }] }, { role: 'assistant', parts: [{ text: 'y' }] }] }),
      providerError: 'Please use a valid role: user, model.',
      errors: [{ message: 'Please use a valid role: user, model.', severity: 'error' }],
    },
    {
      name: 'relay to an OpenAI model: a warning',
      languageId: 'http',
      code: post('https://llm.example.com/v1/chat/completions', { ...chat, tool_choice: 'any', tools: [{ type: 'function', function: { name: 'f', parameters: {} } }] }),
      providerError: "Invalid value: 'self.reasoning_effort'. Supported values are: 'low', 'medium', and 'high'.",
      errors: [{ severity: 'warning', message: "'tool_choice' is 'any'" }],
    },
  ],
};
