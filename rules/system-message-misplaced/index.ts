import { hostSeverity } from '../profiles/index.ts';
import { isObject, isTemplated, knownString } from '../shared.ts';
import type { Severity } from '../../server/src/core/rule-api.ts';
import type { RuleContext, RuleListeners, RuleModule } from '../types.ts';
import { translations } from './l10n.ts';

const ANTHROPIC = 'messages: Unexpected role "system". The Messages API accepts a top-level `system` parameter, not "system" as an input message role.';
const GEMINI = 'Please use a valid role: user, model.';

export const rule: RuleModule = {
  meta: {
    id: 'system-message-misplaced',
    translations,
    severity: 'error',
    apis: ['anthropic-messages', 'gemini-generate'],
    description: 'A message with role "system" inside Anthropic `messages` or Gemini `contents`, where the API wants the top-level `system` / `systemInstruction`.',
    needsCompleteBody: true,
    messages: {
      anthropicSystemTurn: "{{why}}: move the text to the top-level 'system' parameter.",
      geminiSystemRole: "Gemini has no 'system' role in 'contents': {{action}} the top-level 'systemInstruction'.",
    },
    fragments: {
      opensMessages: "A system message cannot open 'messages'",
      afterUser: 'A system message must follow a user turn',
      platform: 'Mid-conversation system messages are not available on Bedrock or Vertex AI',
      predates: '{{model}} predates mid-conversation system messages (Claude Opus 4.8+)',
      merge: 'merge this text into',
      put: 'put it in',
    },
    providerErrors: [
      { api: 'anthropic-messages', message: ANTHROPIC, source: 'https://github.com/Maol-1997/cursor-claude-connector/issues/3' },
      { api: 'anthropic-messages', message: ANTHROPIC, source: 'https://github.com/aaronrussell/anthropix/issues/2' },
      { api: 'gemini-generate', message: GEMINI, source: 'https://github.com/langgenius/dify-official-plugins/issues/566' },
    ],
  },
  create(context) {
    if (context.api === 'anthropic-messages') return anthropic(context);
    if (context.api === 'gemini-generate') return gemini(context);
    return {};
  },
};

function baseSeverity(context: RuleContext): Severity {
  return hostSeverity(context.provider);
}

/** Claude models released before Opus 4.8, which reject a system turn anywhere in `messages`. */
function predatesMidConversationSystem(model: string | null): boolean {
  if (!knownString(model)) return false;
  const id = model.toLowerCase();
  return (
    /claude-(instant|[123](\b|[-.]))/.test(id) ||
    /claude-(sonnet|haiku)-4/.test(id) ||
    /claude-opus-4-[0-7](?!\d)/.test(id) ||
    /claude-opus-4(-20\d{6}|@|$)/.test(id)
  );
}

/**
 * Anthropic: a `system` message used to be rejected anywhere. Claude Opus 4.8 accepts one "immediately
 * after a user turn" on the Claude API (not on Bedrock/Vertex/Foundry):
 * https://platform.claude.com/docs/en/build-with-claude/mid-conversation-system-messages. So: a system
 * message that does not follow a user turn (e.g. messages[0]) is always reported; one after a user turn
 * only for models that predate the feature, or on Bedrock/Vertex.
 */
function anthropic(context: RuleContext): RuleListeners {
  const messages = context.request.messages();
  return {
    message: ({ object: message, index: i, path }) => {
      if (!message || message.role !== 'system') return;
      const previous = messages[i - 1]?.value;
      if (i > 0 && (!isObject(previous) || isTemplated(previous.role))) return;
      const afterUser = i > 0 && isObject(previous) && previous.role === 'user';
      const platformLacksIt = context.provider === 'bedrock' || context.provider === 'vertex';
      if (afterUser && !platformLacksIt && !predatesMidConversationSystem(context.model)) return;
      const why = !afterUser
        ? i === 0
          ? { fragment: 'opensMessages' }
          : { fragment: 'afterUser' }
        : platformLacksIt
          ? { fragment: 'platform' }
          : { fragment: 'predates', data: { model: String(context.model) } };
      context.report({
        path: [...path, 'role'],
        severity: baseSeverity(context),
        messageId: 'anthropicSystemTurn',
        data: { why },
        quote: ANTHROPIC,
      });
    },
  };
}

function gemini(context: RuleContext): RuleListeners {
  const system = isObject(context.body) && ('systemInstruction' in context.body || 'system_instruction' in context.body);
  return {
    message: ({ object: content, path }) => {
      if (!content || content.role !== 'system') return;
      context.report({
        path: [...path, 'role'],
        severity: baseSeverity(context),
        messageId: 'geminiSystemRole',
        data: { action: { fragment: system ? 'merge' : 'put' } },
        quote: GEMINI,
      });
    },
  };
}
