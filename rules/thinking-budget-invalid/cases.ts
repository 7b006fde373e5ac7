import type { RuleCases } from '../types.ts';

/** Body on line 4 (0-based). */
const anthropic = (body: unknown, extraHeader = '', host = 'api.anthropic.com') =>
  `POST https://${host}/v1/messages\nanthropic-version: 2023-06-01\n${extraHeader || 'Content-Type: application/json'}\n\n${JSON.stringify(body)}\n`;
const claude = (model: string, thinking: unknown, maxTokens: unknown = 4096) => ({
  model,
  max_tokens: maxTokens,
  thinking,
  messages: [{ role: 'user', content: 'Plan a three-day trip to Kyoto.' }],
});
/** Body on line 3 (0-based). */
const gemini = (model: string, generationConfig: unknown, host = 'generativelanguage.googleapis.com/v1beta') =>
  `POST https://${host}/models/${model}:generateContent\nContent-Type: application/json\n\n${JSON.stringify({
    contents: [{ role: 'user', parts: [{ text: 'Why is the sky blue?' }] }],
    generationConfig,
  })}\n`;
const VERTEX = 'us-central1-aiplatform.googleapis.com/v1/projects/p/locations/us-central1/publishers/google';

export const cases: RuleCases = {
  valid: [
    { name: 'manual thinking with the budget below max_tokens', languageId: 'http', code: anthropic(claude('claude-sonnet-4-5', { type: 'enabled', budget_tokens: 2048 })) },
    {
      name: 'budget above max_tokens with the interleaved-thinking beta',
      languageId: 'http',
      code: anthropic(claude('claude-sonnet-4-5', { type: 'enabled', budget_tokens: 16000 }), 'anthropic-beta: interleaved-thinking-2025-05-14'),
    },
    { name: 'adaptive thinking on an adaptive-only model', languageId: 'http', code: anthropic(claude('claude-opus-4-7', { type: 'adaptive' })) },
    { name: 'manual thinking on Claude 4.6 (deprecated, still accepted)', languageId: 'http', code: anthropic(claude('claude-sonnet-4-6', { type: 'enabled', budget_tokens: 2048 })) },
    { name: 'disabled thinking on an adaptive-only model', languageId: 'http', code: anthropic(claude('claude-opus-4-7', { type: 'disabled' })) },
    { name: 'max_tokens from a variable is unknown', languageId: 'http', code: anthropic(claude('claude-sonnet-4-5', { type: 'enabled', budget_tokens: 8000 }, '{{max}}')).replace('"{{max}}"', '{{max}}') },
    { name: 'unknown model: no per-model mode check', languageId: 'http', code: anthropic(claude('claude-private-7', { type: 'adaptive' })) },
    { name: 'Gemini 2.5 Pro with a dynamic budget', languageId: 'http', code: gemini('gemini-2.5-pro', { thinkingConfig: { thinkingBudget: -1 } }) },
    { name: 'Gemini 2.5 Flash can turn thinking off', languageId: 'http', code: gemini('gemini-2.5-flash', { thinkingConfig: { thinkingBudget: 0 } }) },
    { name: 'snake_case budget in range', languageId: 'http', code: gemini('gemini-2.5-flash-lite', { thinking_config: { thinking_budget: 1024 } }) },
    { name: 'Gemini 3 level it supports, any case', languageId: 'http', code: gemini('gemini-3-pro-preview', { thinkingConfig: { thinkingLevel: 'HIGH' } }) },
    { name: 'Gemini 3 still accepts a budget alone', languageId: 'http', code: gemini('gemini-3-flash-preview', { thinkingConfig: { thinkingBudget: 2048 } }) },
    { name: 'includeThoughts only (recorded 200 on gemini-2.5-pro)', languageId: 'http', code: gemini('gemini-2.5-pro', { thinkingConfig: { includeThoughts: false } }) },
    { name: 'no thinking model, no thinking config', languageId: 'http', code: gemini('gemini-2.0-flash', { temperature: 0.2 }) },
  ],
  invalid: [
    {
      name: 'budget equal to max_tokens',
      languageId: 'http',
      code: anthropic(claude('claude-sonnet-4-5', { type: 'enabled', budget_tokens: 4096 })),
      providerError: '`max_tokens` must be greater than `thinking.budget_tokens`. Please consult our documentation at https://docs.claude.com/en/docs/build-with-claude/extended-thinking#max-tokens-and-context-window-size',
      errors: [{ message: "'thinking.budget_tokens' (4096) must be below 'max_tokens' (4096), which it counts against.", line: 4, severity: 'error' }],
    },
    {
      name: 'manual thinking on an adaptive-only model',
      languageId: 'http',
      code: anthropic(claude('claude-opus-4-7', { type: 'enabled', budget_tokens: 2048 })),
      providerError: '"thinking.type.enabled" is not supported for this model. Use "thinking.type.adaptive" and "output_config.effort" to control thinking behavior.',
      errors: [{ message: '"thinking.type.enabled" is not supported for this model.', line: 4, severity: 'error' }],
    },
    {
      name: 'adaptive thinking on a Claude 4.5 model',
      languageId: 'http',
      code: anthropic(claude('claude-haiku-4-5', { type: 'adaptive' })),
      providerError: 'adaptive thinking is not supported on this model',
      errors: [{ message: 'Anthropic answers: "adaptive thinking is not supported on this model"', severity: 'error' }],
    },
    {
      name: 'budget above max_tokens on Claude 4.6 is a warning',
      languageId: 'http',
      code: anthropic(claude('claude-sonnet-4-6', { type: 'enabled', budget_tokens: 8000 })),
      providerError: '`max_tokens` must be greater than `thinking.budget_tokens`. Please consult our documentation at https://docs.claude.com/en/docs/build-with-claude/extended-thinking#max-tokens-and-context-window-size',
      errors: [{ message: "'thinking.budget_tokens' (8000) must be below 'max_tokens' (4096), which it counts against.", severity: 'warning' }],
    },
    {
      name: 'through a relay it is a warning',
      languageId: 'http',
      code: anthropic(claude('claude-sonnet-4-5', { type: 'enabled', budget_tokens: 5000 }), '', 'relay.example.com'),
      providerError: '`max_tokens` must be greater than `thinking.budget_tokens`. Please consult our documentation at https://docs.claude.com/en/docs/build-with-claude/extended-thinking#max-tokens-and-context-window-size',
      errors: [{ severity: 'warning' }],
    },
    {
      name: 'Gemini 2.5 Pro cannot turn thinking off',
      languageId: 'http',
      code: gemini('gemini-2.5-pro', { thinkingConfig: { thinkingBudget: 0 } }),
      providerError: 'Budget 0 is invalid. This model only works in thinking mode.',
      errors: [{ message: 'Budget 0 is invalid. This model only works in thinking mode."', line: 3, severity: 'error' }],
    },
    {
      name: 'Gemini 2.5 Pro budget above its maximum',
      languageId: 'http',
      code: gemini('gemini-2.5-pro', { thinkingConfig: { thinkingBudget: 52428 } }),
      providerError: 'The thinking budget (52428) is invalid.',
      errors: [{ message: 'The thinking budget (52428) is invalid."', line: 3 }],
    },
    {
      name: 'Flash-Lite budget below its minimum (snake_case)',
      languageId: 'http',
      code: gemini('gemini-2.5-flash-lite', { thinking_config: { thinking_budget: 100 } }),
      providerError: 'The thinking budget (100) is invalid.',
      errors: [{ message: "'thinkingBudget' 100 is outside what 'gemini-2.5-flash-lite' accepts (512..24576, 0, -1)." }],
    },
    {
      name: 'Vertex: Flash budget above its maximum',
      languageId: 'http',
      code: gemini('gemini-2.5-flash', { thinkingConfig: { thinkingBudget: 32768 } }, VERTEX),
      providerError: 'thinking_budget is out of range; supported values are integers from 1 to 24576.',
      errors: [{ message: '"thinking_budget is out of range; supported values are integers from 1 to 24576."' }],
    },
    {
      name: 'thinkingLevel on Gemini 2.5',
      languageId: 'http',
      code: gemini('gemini-2.5-flash', { thinkingConfig: { thinkingLevel: 'low' } }),
      providerError: 'Thinking level is not supported for this model.',
      errors: [{ message: 'Thinking level is not supported for this model."' }],
    },
    {
      name: 'a level Gemini 3 Pro does not offer',
      languageId: 'http',
      code: gemini('gemini-3-pro-preview', { thinkingConfig: { thinkingLevel: 'medium' } }),
      providerError: 'Thinking level MEDIUM is not supported for this model. Please retry with other thinking level.',
      errors: [{ message: "'gemini-3-pro-preview' accepts thinkingLevel 'low', 'high', not 'medium'." }],
    },
    {
      name: 'budget and level together',
      languageId: 'http',
      code: gemini('gemini-3-flash-preview', { thinkingConfig: { thinkingLevel: 'low', thinkingBudget: 4096 } }),
      providerError: 'You can only set only one of thinking budget and thinking level.',
      errors: [{ message: 'You can only set only one of thinking budget and thinking level."' }],
    },
    {
      name: 'a budget on a model without thinking',
      languageId: 'http',
      code: gemini('gemini-2.0-flash', { thinkingConfig: { thinkingBudget: 1024 } }),
      providerError: 'thinking_config is not supported.',
      errors: [{ message: 'thinking_config is not supported."' }],
    },
  ],
};
