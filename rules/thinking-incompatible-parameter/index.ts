import { hostSeverity } from '../profiles/index.ts';
import { isObject, isTemplated, knownString } from '../shared.ts';
import type { MessageNode } from '../shared/request-model.ts';
import type { RuleContext, RuleModule } from '../types.ts';
import { translations } from './l10n.ts';
import { checkForcedToolInThinking, DASHSCOPE_FORCED, DASHSCOPE_FORCED_SOURCE, DEEPSEEK_FORCED, DEEPSEEK_FORCED_OLD, DEEPSEEK_FORCED_OLD_SOURCE, DEEPSEEK_FORCED_SOURCE, thinkingElsewhere } from './forced-tool.ts';

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
    translations,
    severity: 'error',
    apis: ['anthropic-messages', 'openai-chat', 'dashscope-generation'],
    description:
      'A request part that Anthropic rejects with thinking on (temperature other than 1, top_k, a low top_p, a forced tool_choice, a final assistant turn without its thinking block), an assistant prefill on a model that removed prefill, or a forced tool_choice DeepSeek or DashScope (Qwen) rejects in thinking mode, also where the model thinks by default.',
    needsCompleteBody: true,
    messages: {
      prefillRejected: "'{{model}}' does not take an assistant prefill: end with a user message.",
      temperature: "With {{thinking}}, 'temperature' must be 1 or absent (here {{value}}).",
      topK: "With {{thinking}}, 'top_k' must be removed.",
      topP: `With {{thinking}}, 'top_p' may only be between ${TOP_P_MIN} and 1 (here {{value}}): remove it.`,
      forcedTool: "'tool_choice' '{{type}}' forces a tool, which thinking does not allow: use 'auto' or turn thinking off.",
      prefillWithoutThinking: 'With thinking on, an assistant prefill must start with a thinking block: remove the prefill or thinking.',
      forcedToolThinking: "'tool_choice' {{value}} forces a tool, which {{host}} rejects in thinking mode: use 'auto' or no thinking.",
      forcedToolDefaultThinking: "'{{model}}' thinks by default, so {{host}} rejects 'tool_choice' {{value}}: use 'auto' or no thinking.",
      toolTurnWithoutThinking: 'With thinking on, this tool-calling turn must be sent back with its thinking block first, unchanged.',
    },
    fragments: {
      adaptive: 'adaptive thinking',
      extended: 'extended thinking',
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
      { api: 'openai-chat', provider: 'deepseek', message: DEEPSEEK_FORCED, source: DEEPSEEK_FORCED_SOURCE },
      { api: 'anthropic-messages', provider: 'deepseek', message: DEEPSEEK_FORCED_OLD, source: DEEPSEEK_FORCED_OLD_SOURCE },
      { api: 'openai-chat', provider: 'dashscope-compatible', message: DASHSCOPE_FORCED, source: DASHSCOPE_FORCED_SOURCE },
      { api: 'anthropic-messages', message: PREFILL, source: 'https://github.com/smallmain/vscode-unify-chat-provider/issues/249 ; https://github.com/agenticloops-ai/agentic-ai-engineering/issues/43' },
    ],
  },
  create(context) {
    if (!isObject(context.body)) return {};
    // DeepSeek and DashScope speak the OpenAI (and DashScope's native) format too: only their thinking-mode rules apply there.
    if (context.api !== 'anthropic-messages') return { 'body:exit': () => void checkForcedToolInThinking(context) };
    // Token counting does not generate: prefill and sampling are not judged there.
    if (/\/messages\/count_tokens\/?(\?|$)/.test(context.unit.url ?? '')) return {};
    // The top-level parameters this rule reads, gathered from the parameter nodes; the findings are
    // reported at the end of the walk, in the order the rule always reported them.
    const params = new Map<string, unknown>();
    return {
      parameter(node) {
        if (WATCHED.has(node.key)) params.set(node.key, node.value);
      },
      'body:exit'() {
        check(context, params);
      },
    };
  },
};

const WATCHED = new Set(['thinking', 'temperature', 'top_k', 'top_p', 'tool_choice']);

function check(context: RuleContext, params: Map<string, unknown>): void {
  const severity = hostSeverity(context.provider);
  const quirks = context.modelInfo?.quirks;
  const request = context.request;
  const last = request.lastMessage();
  const lastIndex = last ? last.index : -1;
  // The final assistant turn (a prefill) comes from the request model, shared with prefill-trailing-whitespace.
  const prefill = request.finalAssistant();

  // Prefill removed on the newest models (whatever the thinking setting).
  let prefillReported = false;
  if (prefill && quirks?.prefillRejected) {
    prefillReported = true;
    context.report({
      path: [...prefill.path, 'role'],
      severity,
      messageId: 'prefillRejected',
      data: { model: context.modelInfo!.id },
      quote: quirks.prefillRejected.error,
    });
  }

  // DeepSeek's Anthropic-format endpoint: its own thinking rules (thinking on by default, forced tool_choice rejected).
  const elsewhere = thinkingElsewhere(context);
  if (elsewhere) checkForcedToolInThinking(context);

  const thinking = params.get('thinking');
  if (!isObject(thinking) || !knownString(thinking.type)) return;
  const mode = thinking.type;
  if (mode !== 'enabled' && mode !== 'adaptive') return;
  // Parameters the model rejects whatever the thinking setting are another rule's finding.
  const restricted = new Set((quirks?.restrictedParams ?? []).filter((r) => !r.apis || r.apis.includes('anthropic-messages')).map((r) => r.param));
  const thinkingName = { fragment: mode === 'adaptive' ? 'adaptive' : 'extended' };

  const temperature = params.get('temperature');
  if (typeof temperature === 'number' && temperature !== 1 && !restricted.has('temperature')) {
    context.report({
      path: ['temperature'],
      severity,
      messageId: 'temperature',
      data: { thinking: thinkingName, value: temperature },
      quote: TEMPERATURE,
    });
  }
  if (typeof params.get('top_k') === 'number' && !restricted.has('top_k')) {
    context.report({ path: ['top_k'], target: 'key', severity, messageId: 'topK', data: { thinking: thinkingName }, quote: TOP_K });
  }
  const topP = params.get('top_p');
  if (typeof topP === 'number' && topP < TOP_P_MIN && !restricted.has('top_p')) {
    context.report({
      path: ['top_p'],
      severity,
      messageId: 'topP',
      data: { thinking: thinkingName, value: topP },
      quote: { text: TOP_P, provider: 'Anthropic on Bedrock' },
    });
  }
  const choice = params.get('tool_choice');
  if (!elsewhere && isObject(choice) && (choice.type === 'any' || choice.type === 'tool')) {
    context.report({
      path: ['tool_choice', 'type'],
      severity,
      messageId: 'forcedTool',
      data: { type: String(choice.type) },
      quote: FORCED_TOOL,
    });
  }

  // With manual thinking, the assistant turn in progress must start with its thinking block. With
  // adaptive thinking Claude may legitimately answer without one, so it is not checked there.
  if (mode !== 'enabled' || !last) return;
  let message: MessageNode | undefined;
  if (prefill && !prefillReported) message = prefill;
  else if (last.role === 'user' && lastIndex > 0 && request.toolResultsIn(last).length) {
    // The tool results answer the turn before: it is in progress, too.
    const previous = request.messages()[lastIndex - 1];
    if (previous.role === 'assistant' && request.toolCallsIn(previous).length) message = previous;
  }
  if (!message) return;
  const content = message.content;
  if (isTemplated(content)) return;
  let found: string;
  if (typeof content === 'string') {
    if (content === '') return; // an empty prefill is another rule's concern
    found = 'text';
  } else {
    const blocks = Array.isArray(content) ? content : [];
    const first = blocks[0];
    if (first === undefined || isTemplated(first) || !isObject(first) || !knownString(first.type)) return;
    if (THINKING_BLOCKS.has(first.type)) return;
    found = first.type;
  }
  const quote = BLOCK_FIRST.replace('{i}', String(message.index)).replace('{found}', found);
  context.report({
    path: typeof content === 'string' ? [...message.path, 'content'] : [...message.path, 'content', 0],
    severity,
    messageId: message.index === lastIndex ? 'prefillWithoutThinking' : 'toolTurnWithoutThinking',
    quote,
  });
}
