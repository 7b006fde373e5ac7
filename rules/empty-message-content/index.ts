import { unknownHost } from '../profiles/index.ts';
import type { Severity } from '../../server/src/core/rule-api.ts';
import type { RuleContext, RuleListeners, RuleModule } from '../types.ts';
import { translations } from './l10n.ts';

const ANTHROPIC = 'messages.{i}: all messages must have non-empty content except for the optional final assistant message';
const OPENAI_NULL = "Invalid value for 'content': expected a string, got null.";
const GEMINI = '* GenerateContentRequest.contents[{i}].parts: contents.parts must not be empty.';

export const rule: RuleModule = {
  meta: {
    id: 'empty-message-content',
    translations,
    severity: 'error',
    apis: ['anthropic-messages', 'openai-chat', 'gemini-generate'],
    description: 'A message with no content: empty Anthropic content, a null OpenAI user/system/tool content, or empty Gemini `parts`.',
    needsCompleteBody: true,
    messages: {
      anthropicEmpty: 'Empty {{kind}} as the content of a {{role}} message: remove the message or give it content.',
      openAiNull: 'A {{role}} message needs content (a string or an array of parts), not null.',
      geminiEmptyParts: "Empty 'parts': give the turn a part or remove it.",
    },
    providerErrors: [
      { api: 'anthropic-messages', message: ANTHROPIC.replace('{i}', '0'), source: 'https://github.com/anthropics/claude-code/issues/3196' },
      { api: 'anthropic-messages', message: ANTHROPIC.replace('{i}', '0'), source: 'https://github.com/dspinellis/ai-cli-lib/issues/16' },
      { api: 'openai-chat', message: OPENAI_NULL, source: 'https://docs.n8n.io/integrations/builtin/cluster-nodes/root-nodes/n8n-nodes-langchain.agent/common-issues/' },
      { api: 'gemini-generate', message: GEMINI.replace('{i}', '1'), source: 'https://github.com/egoist/chatwise-releases/issues/250' },
      { api: 'gemini-generate', message: GEMINI.replace('{i}', '1'), source: 'https://github.com/vercel/ai/issues/3775' },
    ],
  },
  create(context) {
    if (context.api === 'anthropic-messages') return anthropic(context);
    if (context.api === 'openai-chat') return openAiChat(context);
    if (context.api === 'gemini-generate') return gemini(context);
    return {};
  },
};

const relayed = (context: RuleContext) => unknownHost(context.provider);

function anthropic(context: RuleContext): RuleListeners {
  const severity: Severity = relayed(context) ? 'warning' : 'error';
  return {
    message: ({ object: message, roleTemplated, content, index: i, count, path }) => {
      if (!message || roleTemplated) return;
      const empty = content === '' || (Array.isArray(content) && content.length === 0);
      if (!empty) return;
      if (i === count - 1 && message.role === 'assistant') return; // the optional prefill may be empty
      context.report({
        path: [...path, 'content'],
        severity,
        messageId: 'anthropicEmpty',
        data: { kind: content === '' ? 'string' : 'array', role: String(message.role), i },
        quote: ANTHROPIC.replace('{i}', '{{i}}'),
      });
    },
  };
}

/**
 * OpenAI validates these on its own endpoint (and Azure runs the same validator). Other OpenAI-compatible
 * hosts are not known to reject them: silent there; a warning through a relay.
 */
function openAiChat(context: RuleContext): RuleListeners {
  const severity: Severity | null =
    context.provider === 'openai' || context.provider === 'azure' ? 'error' : relayed(context) ? 'warning' : null;
  if (!severity) return {};
  return {
    message: ({ object: message, roleTemplated, path }) => {
      if (!message || !('content' in message) || message.content !== null) return;
      // An assistant message may carry `content: null` next to `tool_calls` (or a refusal).
      if (message.role === 'assistant' || roleTemplated) return;
      context.report({
        path: [...path, 'content'],
        severity,
        messageId: 'openAiNull',
        data: { role: String(message.role) },
        quote: OPENAI_NULL,
      });
    },
  };
}

function gemini(context: RuleContext): RuleListeners {
  const severity: Severity = relayed(context) ? 'warning' : 'error';
  return {
    message: ({ object, content: parts, index: i, path }) => {
      if (!object || !Array.isArray(parts) || parts.length) return;
      context.report({
        path: [...path, 'parts'],
        severity,
        messageId: 'geminiEmptyParts',
        data: { i },
        quote: GEMINI.replace('{i}', '{{i}}'),
      });
    },
  };
}
