import { unknownHost } from '../profiles/index.ts';
import { arrayAt, isObject, isTemplated } from '../shared.ts';
import type { Severity } from '../../server/src/core/rule-api.ts';
import type { RuleContext, RuleModule } from '../types.ts';

const ANTHROPIC = 'messages.{i}: all messages must have non-empty content except for the optional final assistant message';
const OPENAI_NULL = "Invalid value for 'content': expected a string, got null.";
const GEMINI = '* GenerateContentRequest.contents[{i}].parts: contents.parts must not be empty.';

export const rule: RuleModule = {
  meta: {
    id: 'empty-message-content',
    severity: 'error',
    apis: ['anthropic-messages', 'openai-chat', 'gemini-generate'],
    description: 'A message with no content: empty Anthropic content, a null OpenAI user/system/tool content, or empty Gemini `parts`.',
    needsCompleteBody: true,
    providerErrors: [
      { api: 'anthropic-messages', message: ANTHROPIC.replace('{i}', '0'), source: 'https://github.com/anthropics/claude-code/issues/3196' },
      { api: 'anthropic-messages', message: ANTHROPIC.replace('{i}', '0'), source: 'https://github.com/dspinellis/ai-cli-lib/issues/16' },
      { api: 'openai-chat', message: OPENAI_NULL, source: 'https://docs.n8n.io/integrations/builtin/cluster-nodes/root-nodes/n8n-nodes-langchain.agent/common-issues/' },
      { api: 'gemini-generate', message: GEMINI.replace('{i}', '1'), source: 'https://github.com/egoist/chatwise-releases/issues/250' },
      { api: 'gemini-generate', message: GEMINI.replace('{i}', '1'), source: 'https://github.com/vercel/ai/issues/3775' },
    ],
  },
  check(context) {
    if (context.api === 'anthropic-messages') checkAnthropic(context);
    else if (context.api === 'openai-chat') checkOpenAiChat(context);
    else if (context.api === 'gemini-generate') checkGemini(context);
  },
};

const relayed = (context: RuleContext) => unknownHost(context.provider);

function checkAnthropic(context: RuleContext): void {
  const messages = arrayAt(context.body, 'messages');
  const severity: Severity = relayed(context) ? 'warning' : 'error';
  messages.forEach((message, i) => {
    if (!isObject(message) || isTemplated(message.role)) return;
    const content = message.content;
    const empty = content === '' || (Array.isArray(content) && content.length === 0);
    if (!empty) return;
    if (i === messages.length - 1 && message.role === 'assistant') return; // the optional prefill may be empty
    context.report({
      path: ['messages', i, 'content'],
      severity,
      message: `Empty ${content === '' ? 'string' : 'array'} as the content of a ${String(message.role)} message. Anthropic: "${ANTHROPIC.replace('{i}', String(i))}". Remove the message or give it content.`,
    });
  });
}

/**
 * OpenAI validates these on its own endpoint (and Azure runs the same validator). Other OpenAI-compatible
 * hosts are not known to reject them: silent there; a warning through a relay.
 */
function checkOpenAiChat(context: RuleContext): void {
  const severity: Severity | null =
    context.provider === 'openai' || context.provider === 'azure' ? 'error' : relayed(context) ? 'warning' : null;
  if (!severity || !isObject(context.body)) return;
  arrayAt(context.body, 'messages').forEach((message, i) => {
    if (!isObject(message) || !('content' in message) || message.content !== null) return;
    // An assistant message may carry `content: null` next to `tool_calls` (or a refusal).
    if (message.role === 'assistant' || isTemplated(message.role)) return;
    context.report({
      path: ['messages', i, 'content'],
      severity,
      message: `A ${String(message.role)} message needs content (a string or an array of parts), not null. OpenAI: "${OPENAI_NULL}"`,
    });
  });
}

function checkGemini(context: RuleContext): void {
  const severity: Severity = relayed(context) ? 'warning' : 'error';
  arrayAt(context.body, 'contents').forEach((content, i) => {
    if (!isObject(content) || !Array.isArray(content.parts) || content.parts.length) return;
    context.report({
      path: ['contents', i, 'parts'],
      severity,
      message: `Empty \`parts\`. Gemini: "${GEMINI.replace('{i}', String(i))}"`,
    });
  });
}
