import type { RuleCases } from '../types.ts';

const messages = [{ role: 'user', content: 'Prove that there are infinitely many primes.' }];
/** Body on line 4 (0-based); line 5 with the SSE header. */
const compat = (body: Record<string, unknown>, host = 'dashscope-intl.aliyuncs.com/compatible-mode/v1') =>
  `POST https://${host}/chat/completions\nAuthorization: Bearer {{key}}\nContent-Type: application/json\n\n${JSON.stringify({ messages, ...body })}\n`;
const native = (model: string, parameters: Record<string, unknown>, sse = false) =>
  `POST https://dashscope.aliyuncs.com/api/v1/services/aigc/text-generation/generation\nAuthorization: Bearer {{key}}\n${sse ? 'X-DashScope-SSE: enable\n' : ''}Content-Type: application/json\n\n${JSON.stringify({ model, input: { messages }, parameters })}\n`;

export const cases: RuleCases = {
  valid: [
    { name: 'Qwen3 on a named OpenAI-compatible host (SiliconFlow serves it without DashScope\'s streaming rule)', languageId: 'http', code: compat({ model: 'Qwen/Qwen3-8B' }, 'api.siliconflow.cn/v1') },
    { name: 'compatible mode: thinking with stream true', languageId: 'http', code: compat({ model: 'qwen-plus', enable_thinking: true, stream: true }) },
    { name: 'compatible mode: default-on model with thinking turned off', languageId: 'http', code: compat({ model: 'qwen3-32b', enable_thinking: false }) },
    { name: 'compatible mode: hybrid model that is off by default', languageId: 'http', code: compat({ model: 'qwen-plus' }) },
    { name: 'compatible mode: non-thinking model', languageId: 'http', code: compat({ model: 'qwen3-max', enable_thinking: true, stream: true }) },
    { name: 'native: thinking over SSE', languageId: 'http', code: native('qwen-plus', { enable_thinking: true, incremental_output: true, result_format: 'message' }, true) },
    { name: 'stream from a variable is unknown', languageId: 'http', code: compat({ model: 'qwen3-32b', stream: '{{stream}}' }).replace('"{{stream}}"', '{{stream}}') },
    { name: 'a Qwen model on OpenRouter is not DashScope', languageId: 'http', code: compat({ model: 'qwen/qwen3-32b', enable_thinking: true }, 'openrouter.ai/api/v1') },
  ],
  invalid: [
    {
      name: 'compatible mode: enable_thinking without streaming',
      languageId: 'http',
      code: compat({ model: 'qwen-plus', enable_thinking: true }),
      providerError: 'parameter.enable_thinking must be set to false for non-streaming calls',
      errors: [{ message: `Thinking is on ('enable_thinking' is true) but the call does not stream: set "stream": true, or send "enable_thinking": false.`, line: 4, severity: 'error' }],
    },
    {
      name: 'compatible mode: open-weight Qwen3 thinks by default',
      languageId: 'http',
      code: compat({ model: 'qwen3-32b', stream: false }),
      providerError: 'parameter.enable_thinking must be set to false for non-streaming calls',
      errors: [{ message: "('qwen3-32b' thinks by default)" }],
    },
    {
      name: 'native: thinking without the SSE header',
      languageId: 'http',
      code: native('qwen3.5-plus', { incremental_output: true, result_format: 'message' }),
      providerError: 'parameter.enable_thinking must be set to false for non-streaming calls',
      errors: [{ message: "add the 'X-DashScope-SSE: enable' header", line: 4, severity: 'error' }],
    },
    {
      name: 'native: turning thinking off on a thinking-only model',
      languageId: 'http',
      code: native('qwq-plus', { enable_thinking: false }, true),
      providerError: 'The value of the enable_thinking parameter is restricted to True.',
      errors: [{ message: "always thinks: 'enable_thinking' cannot turn it off", severity: 'warning' }],
    },
    {
      name: 'unknown model with thinking switched on: warning',
      languageId: 'http',
      code: compat({ model: 'qwen9-preview', enable_thinking: true }),
      providerError: 'parameter.enable_thinking must be set to false for non-streaming calls',
      errors: [{ severity: 'warning' }],
    },
    {
      name: 'a Qwen model through a relay: warning',
      languageId: 'http',
      code: compat({ model: 'qwen-plus', enable_thinking: true }, 'relay.example.com/v1'),
      providerError: 'parameter.enable_thinking must be set to false for non-streaming calls',
      errors: [{ severity: 'warning' }],
    },
  ],
};
