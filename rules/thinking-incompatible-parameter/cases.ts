import type { RuleCases } from '../types.ts';

/** Body on line 4 (0-based). */
const anthropic = (body: unknown, host = 'api.anthropic.com') =>
  `POST https://${host}/v1/messages\nanthropic-version: 2023-06-01\nContent-Type: application/json\n\n${JSON.stringify(body)}\n`;
const ENABLED = { type: 'enabled', budget_tokens: 2048 };
const ask = { role: 'user', content: 'What is the weather in Paris?' };
const tools = [{ name: 'get_weather', description: 'Weather for a city', input_schema: { type: 'object', properties: { city: { type: 'string' } } } }];
const toolUse = { type: 'tool_use', id: 'toolu_1', name: 'get_weather', input: { city: 'Paris' } };
const thinkingBlock = { type: 'thinking', thinking: 'I should call the weather tool.', signature: 'EqQBCkYIARgCKkD...' };
const result = { role: 'user', content: [{ type: 'tool_result', tool_use_id: 'toolu_1', content: '18°C, sunny' }] };
const req = (extra: Record<string, unknown>, model = 'claude-sonnet-4-5') => ({ model, max_tokens: 8192, messages: [ask], ...extra });

/** OpenAI-format requests to DeepSeek, DashScope's compatible mode or a relay. */
const chat = (host: string, path: string, body: unknown) => `POST https://${host}${path}\nContent-Type: application/json\n\n${JSON.stringify(body)}\n`;
const deepseek = (body: Record<string, unknown>) => chat('api.deepseek.com', '/chat/completions', { messages: [ask], tools: fnTools, ...body });
const dashscope = (body: Record<string, unknown>) => chat('dashscope.aliyuncs.com', '/compatible-mode/v1/chat/completions', { messages: [ask], tools: fnTools, stream: true, ...body });
const fnTools = [{ type: 'function', function: { name: 'get_weather', parameters: { type: 'object', properties: { city: { type: 'string' } } } } }];
const named = { type: 'function', function: { name: 'get_weather' } };

export const cases: RuleCases = {
  valid: [
    { name: 'DeepSeek V4 with thinking disabled may force a tool', languageId: 'http', code: deepseek({ model: 'deepseek-v4-flash', thinking: { type: 'disabled' }, tool_choice: 'required' }) },
    { name: "DeepSeek's non-thinking deepseek-chat may force a tool", languageId: 'http', code: deepseek({ model: 'deepseek-chat', tool_choice: named }) },
    { name: "DeepSeek thinking with tool_choice 'auto'", languageId: 'http', code: deepseek({ model: 'deepseek-v4-pro', tool_choice: 'auto' }) },
    { name: 'DashScope with enable_thinking false may force a tool', languageId: 'http', code: dashscope({ model: 'qwen-plus', enable_thinking: false, tool_choice: 'required' }) },
    {
      name: 'a thinking Qwen3 on SiliconFlow, which serves the weights itself, is not judged by DashScope',
      languageId: 'http',
      code: chat('api.siliconflow.cn', '/v1/chat/completions', { model: 'Qwen/Qwen3-32B', enable_thinking: true, messages: [ask], tools: fnTools, tool_choice: 'required' }),
    },
    { name: 'thinking with temperature 1, top_p 0.95 and tool_choice auto', languageId: 'http', code: anthropic(req({ thinking: ENABLED, temperature: 1, top_p: 0.95, tools, tool_choice: { type: 'auto' } })) },
    { name: 'sampling parameters without thinking', languageId: 'http', code: anthropic(req({ temperature: 0.2, top_k: 40, tools, tool_choice: { type: 'any' } })) },
    { name: 'thinking disabled with a forced tool', languageId: 'http', code: anthropic(req({ thinking: { type: 'disabled' }, tools, tool_choice: { type: 'tool', name: 'get_weather' } })) },
    {
      name: 'tool loop that keeps the thinking block first',
      languageId: 'http',
      code: anthropic(req({ thinking: ENABLED, tools, messages: [ask, { role: 'assistant', content: [thinkingBlock, toolUse] }, result] })),
    },
    {
      name: 'earlier turns may drop their thinking blocks',
      languageId: 'http',
      code: anthropic(req({ thinking: ENABLED, tools, messages: [ask, { role: 'assistant', content: [toolUse] }, result, { role: 'assistant', content: 'It is 18°C.' }, { role: 'user', content: 'And tomorrow?' }] })),
    },
    {
      name: 'adaptive thinking may skip thinking before a tool call',
      languageId: 'http',
      code: anthropic(req({ thinking: { type: 'adaptive' }, tools, messages: [ask, { role: 'assistant', content: [toolUse] }, result] }, 'claude-sonnet-4-6')),
    },
    { name: 'prefill on a model that still allows it (no thinking)', languageId: 'http', code: anthropic(req({ messages: [ask, { role: 'assistant', content: '{"city":' }] }, 'claude-sonnet-4-5')) },
    {
      name: 'token counting does not generate',
      languageId: 'http',
      code: anthropic(req({ thinking: ENABLED, messages: [ask, { role: 'assistant', content: 'The weather' }] }, 'claude-opus-4-6')).replace('/v1/messages', '/v1/messages/count_tokens'),
    },
    { name: 'sampling parameters on Opus 4.7 are another rule (model restriction)', languageId: 'http', code: anthropic(req({ thinking: { type: 'adaptive' }, temperature: 0.5 }, 'claude-opus-4-7')) },
  ],
  invalid: [
    {
      name: 'temperature 0 with extended thinking',
      languageId: 'http',
      code: anthropic(req({ thinking: ENABLED, temperature: 0 })),
      providerError: '`temperature` may only be set to 1 when thinking is enabled or in adaptive mode',
      errors: [{ message: "With extended thinking, 'temperature' must be 1 or absent (here 0).", line: 4, severity: 'error' }],
    },
    {
      name: 'top_k and a low top_p with thinking',
      languageId: 'http',
      code: anthropic(req({ thinking: ENABLED, top_k: 40, top_p: 0.8 })),
      providerError: '`top_k` must be unset when thinking is enabled. Please consult our documentation at https://docs.claude.com/en/docs/build-with-claude/extended-thinking#important-considerations-when-using-extended-thinking',
      errors: [{ message: "With extended thinking, 'top_k' must be removed." }, { message: "With extended thinking, 'top_p' may only be between 0.95 and 1 (here 0.8): remove it." }],
    },
    {
      name: 'forced tool with adaptive thinking',
      languageId: 'http',
      code: anthropic(req({ thinking: { type: 'adaptive' }, tools, tool_choice: { type: 'any' } }, 'claude-sonnet-4-6')),
      providerError: 'Thinking may not be enabled when tool_choice forces tool use.',
      errors: [{ message: 'Anthropic answers: "Thinking may not be enabled when tool_choice forces tool use."', severity: 'error' }],
    },
    {
      name: 'tool loop whose assistant turn lost its thinking block',
      languageId: 'http',
      code: anthropic(req({ thinking: ENABLED, tools, messages: [ask, { role: 'assistant', content: [toolUse] }, result] })),
      providerError: 'messages.1.content.0.type: Expected `thinking` or `redacted_thinking`, but found `tool_use`.',
      errors: [{ message: 'messages.1.content.0.type: Expected `thinking` or `redacted_thinking`, but found `tool_use`.', line: 4 }],
    },
    {
      name: 'text prefill with extended thinking',
      languageId: 'http',
      code: anthropic(req({ thinking: ENABLED, messages: [ask, { role: 'assistant', content: 'The weather in Paris is' }] })),
      providerError:
        'messages.3.content.0.type: Expected `thinking` or `redacted_thinking`, but found `text`. When `thinking` is enabled, a final `assistant` message must start with a thinking block.',
      errors: [{ message: 'an assistant prefill must start with a thinking block' }],
    },
    {
      name: 'prefill on a model that removed it',
      languageId: 'http',
      code: anthropic(req({ messages: [ask, { role: 'assistant', content: '{"city":' }] }, 'claude-opus-4-6')),
      providerError: 'This model does not support assistant message prefill. The conversation must end with a user message.',
      errors: [{ message: 'Anthropic answers: "This model does not support assistant message prefill. The conversation must end with a user message."', severity: 'error' }],
    },
    {
      name: 'through a relay it is a warning',
      languageId: 'http',
      code: anthropic(req({ thinking: ENABLED, temperature: 0.7 }), 'relay.example.com'),
      providerError: '`temperature` may only be set to 1 when thinking is enabled or in adaptive mode',
      errors: [{ severity: 'warning' }],
    },
      {
      name: "DeepSeek V4 thinks by default: 'required' is rejected",
      languageId: 'http',
      code: deepseek({ model: 'deepseek-v4-flash', tool_choice: 'required' }),
      providerError: 'Thinking mode does not support this tool_choice',
      errors: [{ message: "'deepseek-v4-flash' thinks by default, so DeepSeek rejects 'tool_choice' 'required'", severity: 'error' }],
    },
    {
      name: 'DeepSeek with thinking enabled: a named function is rejected',
      languageId: 'http',
      code: deepseek({ model: 'deepseek-chat', thinking: { type: 'enabled' }, tool_choice: named }),
      providerError: 'Thinking mode does not support this tool_choice',
      errors: [{ message: "'tool_choice' 'function' forces a tool, which DeepSeek rejects in thinking mode", severity: 'error' }],
    },
    {
      name: "DeepSeek's Anthropic-format endpoint: a forced tool with the default thinking",
      languageId: 'http',
      code: anthropic(req({ tools, tool_choice: { type: 'tool', name: 'get_weather' } }, 'deepseek-v4-pro'), 'api.deepseek.com/anthropic'),
      providerError: 'deepseek-reasoner does not support this tool_choice',
      errors: [{ message: "'deepseek-v4-pro' thinks by default, so DeepSeek rejects 'tool_choice' 'tool'", severity: 'error' }],
    },
    {
      name: "DashScope: enable_thinking true with tool_choice 'required'",
      languageId: 'http',
      code: dashscope({ model: 'qwen-plus', enable_thinking: true, tool_choice: 'required' }),
      providerError: 'The tool_choice parameter does not support being set to required or object in thinking mode',
      errors: [{ message: "'tool_choice' 'required' forces a tool, which DashScope rejects in thinking mode", severity: 'error' }],
    },
    {
      name: 'a DeepSeek reasoning model through a relay: a warning',
      languageId: 'http',
      code: chat('llm.example.com', '/v1/chat/completions', { model: 'deepseek-reasoner', messages: [ask], tools: fnTools, tool_choice: named }),
      providerError: 'deepseek-reasoner does not support this tool_choice',
      errors: [{ message: "'deepseek-reasoner' thinks by default", severity: 'warning' }],
    },
  ],
};
