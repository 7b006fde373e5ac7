import { hostSeverity } from '../profiles/index.ts';
import { arrayAt, isObject, isTemplated, knownString } from '../shared.ts';
import type { RuleModule } from '../types.ts';

const TEMPERATURE = '`temperature` may only be set to 1 when thinking is enabled or in adaptive mode';
const TEMPERATURE_OLD =
  '`temperature` may only be set to 1 when thinking is enabled. Please consult our documentation at https://docs.anthropic.com/en/docs/build-with-claude/extended-thinking#important-considerations-when-using-extended-thinking';
const TOP_K =
  '`top_k` must be unset when thinking is enabled. Please consult our documentation at https://docs.claude.com/en/docs/build-with-claude/extended-thinking#important-considerations-when-using-extended-thinking';
const TOP_P = 'top_p must be unset when thinking is enabled.';
/** Extended-thinking docs: with thinking, top_p may be set between 0.95 and 1. */
const TOP_P_MIN = 0.95;
const FORCED_TOOL = 'Thinking may not be enabled when tool_choice forces tool use.';
const BLOCK_FIRST =
  'messages.{i}.content.0.type: Expected `thinking` or `redacted_thinking`, but found `{found}`. When `thinking` is enabled, a final `assistant` message must start with a thinking block (preceeding the lastmost set of `tool_use` and `tool_result` blocks). We recommend you include thinking blocks from previous turns. To avoid this requirement, disable `thinking`. Please consult our documentation at https://docs.claude.com/en/docs/build-with-claude/extended-thinking';
const PREFILL = 'This model does not support assistant message prefill. The conversation must end with a user message.';
const THINKING_BLOCKS = new Set(['thinking', 'redacted_thinking']);

export const rule: RuleModule = {
  meta: {
    id: 'thinking-incompatible-parameter',
    severity: 'error',
    apis: ['anthropic-messages'],
    description:
      'A request part that Anthropic rejects with thinking on (temperature other than 1, top_k, a low top_p, a forced tool_choice, a final assistant turn without its thinking block), or an assistant prefill on a model that removed prefill.',
    needsCompleteBody: true,
    messages: {
      prefillRejected: '`{{model}}` does not take an assistant prefill: end with a user message (use structured outputs or instructions instead). Anthropic: "{{error}}"',
      temperature: `With {{thinking}}, temperature must be 1 or absent (here {{value}}). Anthropic: "${TEMPERATURE}" (older wording: "${TEMPERATURE_OLD}")`,
      topK: `With {{thinking}}, top_k must be removed. Anthropic: "${TOP_K}"`,
      topP: `With {{thinking}}, top_p may only be between ${TOP_P_MIN} and 1 (here {{value}}); remove it. Anthropic (Bedrock wording): "${TOP_P}"`,
      forcedTool: `tool_choice "{{type}}" forces a tool, which thinking does not allow; use "auto" (and ask for the tool in the prompt) or turn thinking off. Anthropic: "${FORCED_TOOL}"`,
      prefillWithoutThinking: 'With thinking enabled, an assistant prefill must start with a thinking block; remove the prefill or disable thinking. Anthropic: "{{quote}}"',
      toolTurnWithoutThinking: 'With thinking enabled, the assistant turn answered by these tool results must be sent back with its thinking block first (unchanged, with its signature). Anthropic: "{{quote}}"',
    },
    providerErrors: [
      { api: 'anthropic-messages', message: TEMPERATURE, source: 'https://github.com/dotCipher/opencode-claude-bridge/pull/1' },
      { api: 'anthropic-messages', message: TEMPERATURE_OLD, source: 'https://github.com/MartialBE/one-hub/issues/529' },
      { api: 'anthropic-messages', message: TOP_K, source: 'https://github.com/quarkiverse/quarkus-langchain4j/issues/1812' },
      { api: 'anthropic-messages', provider: 'bedrock', message: `The model returned the following errors: ${TOP_P}`, source: 'https://github.com/n8n-io/n8n/issues/14288' },
      { api: 'anthropic-messages', message: FORCED_TOOL, source: 'https://github.com/mastra-ai/mastra/issues/7507 ; live-verified in https://github.com/workglow-dev/libs/pull/746' },
      {
        api: 'anthropic-messages',
        message: BLOCK_FIRST.replace('{i}', '1').replace('{found}', 'tool_use'),
        source: 'https://github.com/anomalyco/opencode/issues/3077 ; https://github.com/Kilo-Org/kilocode/issues/5219',
      },
      {
        api: 'anthropic-messages',
        message:
          'messages.3.content.0.type: Expected `thinking` or `redacted_thinking`, but found `text`. When `thinking` is enabled, a final `assistant` message must start with a thinking block. We recommend you include thinking blocks from previous turns. To avoid this requirement, disable `thinking`. (a text prefill with thinking on)',
        source: 'https://github.com/Aider-AI/aider/issues/3820',
      },
      { api: 'anthropic-messages', message: PREFILL, source: 'https://github.com/smallmain/vscode-unify-chat-provider/issues/249 ; https://github.com/agenticloops-ai/agentic-ai-engineering/issues/43' },
    ],
  },
  check(context) {
    if (context.api !== 'anthropic-messages' || !isObject(context.body)) return;
    // Token counting does not generate: prefill and sampling are not judged there.
    if (/\/messages\/count_tokens\/?(\?|$)/.test(context.unit.url ?? '')) return;
    const body = context.body;
    const severity = hostSeverity(context.provider);
    const quirks = context.modelInfo?.quirks;
    const messages = arrayAt(body, 'messages');
    const lastIndex = messages.length - 1;
    const last = messages[lastIndex];
    const prefill = isObject(last) && last.role === 'assistant';

    // Prefill removed on the newest models (whatever the thinking setting).
    let prefillReported = false;
    if (prefill && quirks?.prefillRejected && !isTemplated(last)) {
      prefillReported = true;
      context.report({
        path: ['messages', lastIndex, 'role'],
        severity,
        messageId: 'prefillRejected',
        data: { model: context.modelInfo!.id, error: quirks.prefillRejected.error },
      });
    }

    const thinking = body.thinking;
    if (!isObject(thinking) || !knownString(thinking.type)) return;
    const mode = thinking.type;
    if (mode !== 'enabled' && mode !== 'adaptive') return;
    // Parameters the model rejects whatever the thinking setting are another rule's finding.
    const restricted = new Set((quirks?.restrictedParams ?? []).filter((r) => !r.apis || r.apis.includes('anthropic-messages')).map((r) => r.param));
    const thinkingName = mode === 'adaptive' ? 'adaptive thinking' : 'extended thinking';

    if (typeof body.temperature === 'number' && body.temperature !== 1 && !restricted.has('temperature')) {
      context.report({
        path: ['temperature'],
        severity,
        messageId: 'temperature',
        data: { thinking: thinkingName, value: body.temperature },
      });
    }
    if (typeof body.top_k === 'number' && !restricted.has('top_k')) {
      context.report({ path: ['top_k'], target: 'key', severity, messageId: 'topK', data: { thinking: thinkingName } });
    }
    if (typeof body.top_p === 'number' && body.top_p < TOP_P_MIN && !restricted.has('top_p')) {
      context.report({
        path: ['top_p'],
        severity,
        messageId: 'topP',
        data: { thinking: thinkingName, value: body.top_p },
      });
    }
    const choice = body.tool_choice;
    if (isObject(choice) && (choice.type === 'any' || choice.type === 'tool')) {
      context.report({
        path: ['tool_choice', 'type'],
        severity,
        messageId: 'forcedTool',
        data: { type: String(choice.type) },
      });
    }

    // With manual thinking, the assistant turn in progress must start with its thinking block. With
    // adaptive thinking Claude may legitimately answer without one, so it is not checked there.
    if (mode !== 'enabled') return;
    let finalAssistant = -1;
    if (prefill && !prefillReported) finalAssistant = lastIndex;
    else if (isObject(last) && last.role === 'user' && lastIndex > 0 && arrayAt(last, 'content').some((b) => isObject(b) && b.type === 'tool_result')) {
      const previous = messages[lastIndex - 1];
      if (isObject(previous) && previous.role === 'assistant' && arrayAt(previous, 'content').some((b) => isObject(b) && b.type === 'tool_use')) finalAssistant = lastIndex - 1;
    }
    if (finalAssistant < 0) return;
    const message = messages[finalAssistant] as Record<string, unknown>;
    if (isTemplated(message.content)) return;
    let found: string;
    if (typeof message.content === 'string') {
      if (message.content === '') return; // an empty prefill is another rule's concern
      found = 'text';
    } else {
      const blocks = arrayAt(message, 'content');
      const first = blocks[0];
      if (first === undefined || isTemplated(first) || !isObject(first) || !knownString(first.type)) return;
      if (THINKING_BLOCKS.has(first.type)) return;
      found = first.type;
    }
    const quote = BLOCK_FIRST.replace('{i}', String(finalAssistant)).replace('{found}', found);
    context.report({
      path: typeof message.content === 'string' ? ['messages', finalAssistant, 'content'] : ['messages', finalAssistant, 'content', 0],
      severity,
      messageId: finalAssistant === lastIndex ? 'prefillWithoutThinking' : 'toolTurnWithoutThinking',
      data: { quote },
    });
  },
};
