import { unknownHost } from '../profiles/index.ts';
import { isObject, isTemplated } from '../shared.ts';
import type { RuleModule } from '../types.ts';
import { translations } from './l10n.ts';

const MISSING =
  'Missing `reasoning_content` field in the assistant message at message index {i}. For more information, please refer to https://api-docs.deepseek.com/guides/thinking_mode#tool-calls';
const MISSING_V4 = 'The `reasoning_content` in the thinking mode must be passed back to the API.';

export const rule: RuleModule = {
  meta: {
    id: 'reasoning-content-mismatch',
    translations,
    severity: 'error',
    apis: ['openai-chat'],
    description:
      "DeepSeek assistant history that breaks thinking mode's reasoning_content rule: a tool-calling assistant turn sent back without the reasoning_content the API returned.",
    needsCompleteBody: true,
    messages: {
      reasoningMissing: "This tool-calling assistant turn needs the 'reasoning_content' the API returned (thinking mode).",
    },
    providerErrors: [
      { api: 'openai-chat', provider: 'deepseek', message: MISSING.replace('{i}', '4'), source: 'https://github.com/continuedev/continue/issues/10193' },
      { api: 'openai-chat', provider: 'deepseek', message: MISSING_V4, source: 'https://github.com/JohnnyZ93/oai-compatible-copilot/issues/215 ; https://github.com/langchain-ai/langchain/issues/37713' },
    ],
  },
  create(context) {
    if (context.api !== 'openai-chat' || !isObject(context.body)) return {};
    let severity: 'error' | 'warning';
    if (context.provider === 'deepseek') severity = 'error';
    else if (unknownHost(context.provider) && context.modelInfo?.vendor === 'deepseek') severity = 'warning';
    else return {};
    const dr = context.modelInfo?.quirks.deepseekReasoning;
    if (!dr) return {};
    const body = context.body;

    // Thinking mode: `thinking: {type}` when sent, else the model's default. Templated = unknown.
    let thinkingOn: boolean | null = dr.thinkingDefaultOn ?? false;
    if (body.thinking !== undefined) {
      const type = isObject(body.thinking) ? body.thinking.type : body.thinking;
      if (isTemplated(body.thinking) || isTemplated(type)) thinkingOn = null;
      else if (type === 'enabled') thinkingOn = true;
      else if (type === 'disabled') thinkingOn = false;
    }

    return {
      message: ({ object: message, index: i }) => {
        if (!isObject(message) || message.role !== 'assistant') return;
        const has = Object.prototype.hasOwnProperty.call(message, 'reasoning_content');
        if (has || !dr.requiredWithToolCalls || thinkingOn !== true) return;
        const calls = message.tool_calls;
        if (!Array.isArray(calls) || calls.length === 0) return;
        // A message spliced in from a variable may carry the field.
        if (Object.keys(message).some(isTemplated)) return;
        context.report({
          path: ['messages', i, 'tool_calls'],
          target: 'key',
          severity,
          messageId: 'reasoningMissing',
          data: { i },
          quote: MISSING.replace('{i}', '{{i}}'),
        });
      },
    };
  },
};
