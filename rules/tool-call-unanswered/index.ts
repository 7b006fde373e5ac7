import { hostSeverity } from '../profiles/index.ts';
import { arrayAt, isObject, isTemplated, knownString } from '../shared.ts';
import type { Severity } from '../../server/src/core/rule-api.ts';
import type { MessageNode, RequestModel } from '../shared/request-model.ts';
import type { Report, RuleContext, RuleListeners, RuleModule } from '../types.ts';
import { translations } from './l10n.ts';

const ANTHROPIC =
  '`tool_use` ids were found without `tool_result` blocks immediately after: {ids}. Each `tool_use` block must have a corresponding `tool_result` block in the next message.';
const OPENAI =
  "An assistant message with 'tool_calls' must be followed by tool messages responding to each 'tool_call_id'. The following tool_call_ids did not have response messages: {ids}";
const DEEPSEEK_CHAT =
  "An assistant message with 'tool_calls' must be followed by tool messages responding to each 'tool_call_id'. (insufficient tool messages following tool_calls message)";
const RESPONSES = 'No tool output found for function call {id}.';
const DEEPSEEK_RESPONSES = 'No tool output found for tool call {id}.';
const GEMINI =
  'Please ensure that the number of function response parts is equal to the number of function call parts of the function call turn.';

export const rule: RuleModule = {
  meta: {
    id: 'tool-call-unanswered',
    translations,
    severity: 'error',
    apis: ['anthropic-messages', 'openai-chat', 'openai-responses', 'gemini-generate'],
    description: 'A tool call that the next turn of the conversation does not answer with a tool result.',
    needsCompleteBody: true,
    messages: {
      anthropicUnanswered: "The tool_use '{{id}}' gets no tool_result in the next message (messages.{{next}}).",
      chatUnanswered: "Tool call '{{id}}' has no 'tool' message answering it before messages[{{k}}].",
      responsesUnanswered: "The function_call '{{id}}' has no function_call_output in 'input'.",
      responsesAnsweredLate: "The function_call '{{id}}' is answered after input[{{at}}]; DeepSeek wants the output first.",
      geminiTooFewResponses: 'Turn contents[{{i}}] makes {{calls}} function calls but contents[{{next}}] answers {{responses}}.',
    },
    providerErrors: [
      { api: 'anthropic-messages', message: `messages.6: ${ANTHROPIC.replace('{ids}', 'toolu_01AbmHJypDhKqBF7NKdRPJ6d')}`, source: 'https://github.com/anthropics/claude-code/issues/5060' },
      { api: 'anthropic-messages', provider: 'vertex', message: `messages.33: ${ANTHROPIC.replace('{ids}', 'toolu_vrtx_01KKMxh6V7Kx6g5tZbQBfQ9b')}`, source: 'https://github.com/Kilo-Org/kilocode/issues/5163' },
      { api: 'openai-chat', message: OPENAI.replace('{ids}', 'call_XZhCeYod3LkDZqnT4A04up9J, call_dC4kVIwmgsA3iDfKah4oka8n'), source: 'https://github.com/tidyverse/ellmer/issues/459' },
      { api: 'openai-chat', message: OPENAI.replace('{ids}', 'call_DAZJkqyYW8JTJdkO76E5MoPH'), source: 'https://github.com/BerriAI/litellm/issues/10083' },
      { api: 'openai-chat', provider: 'deepseek', message: DEEPSEEK_CHAT, source: 'https://github.com/langgenius/dify/issues/32222' },
      { api: 'openai-responses', message: RESPONSES.replace('{id}', 'call_<redacted>'), source: 'https://github.com/github/copilot-cli/issues/4572' },
      {
        api: 'openai-responses',
        provider: 'deepseek',
        message: DEEPSEEK_RESPONSES.replace('{id}', 'call-a'),
        source: 'https://github.com/pydantic/pydantic-ai/blob/4fda38988f2939fa6ea9cdefcf120693e10ef491/tests/models/cassettes/test_deepseek_responses/test_deepseek_responses_rejects_interleaved_function_calls.yaml',
      },
      { api: 'gemini-generate', message: GEMINI, source: 'https://github.com/google-gemini/gemini-cli/issues/4217' },
    ],
  },
  create(context) {
    switch (context.api) {
      case 'anthropic-messages':
        return anthropic(context);
      case 'openai-chat':
        return openAiChat(context);
      case 'openai-responses':
        return responses(context);
      case 'gemini-generate':
        return gemini(context);
    }
    return {};
  },
};

/** Through a relay (or an unknown host) the upstream may repair the history: warn instead. */
function severity(context: RuleContext): Severity {
  return hostSeverity(context.provider);
}

/**
 * Anthropic checks each assistant message with `tool_use` blocks against the message right after it
 * (results split over two consecutive user messages are rejected too). A final assistant message with
 * `tool_use` and nothing after it is not reported: we have no evidence of how the API treats it.
 */
function anthropic(context: RuleContext): RuleListeners {
  const request = context.request;
  // The unanswered ids of an assistant turn and the quoted error, computed on its first tool_use.
  let turn: MessageNode | undefined;
  let missing: { ids: Set<string>; quoted: string } | null = null;
  return {
    toolCall(use) {
      const node = use.message;
      if (node.role !== 'assistant' || isTemplated(node.content)) return;
      if (node !== turn) {
        turn = node;
        missing = unanswered(request, node);
      }
      if (!missing || !missing.ids.has(use.id!)) return;
      context.report({
        path: [...use.path, 'id'],
        severity: severity(context),
        messageId: 'anthropicUnanswered',
        data: { id: use.id!, next: node.index + 1 },
        quote: missing.quoted,
      });
    },
  };
}

/** The tool_use ids of an assistant turn that the next turn does not answer (null: nothing to report, or not knowable). */
function unanswered(request: RequestModel, node: MessageNode): { ids: Set<string>; quoted: string } | null {
  // The turn's tool_use blocks and the next turn's tool_result blocks, paired once in the request model.
  const uses = request.toolCallsIn(node);
  if (uses.some((u) => u.id === undefined)) return null;
  if (!uses.length || node.index + 1 >= node.count) return null;
  const next = request.messages()[node.index + 1];
  if (next.role !== 'user' || isTemplated(next.content)) return null;
  if (Array.isArray(next.content) && next.content.some(isTemplated)) return null;
  const answered = new Set<string>();
  for (const result of request.toolResultsIn(next)) {
    if (result.id === undefined) return null;
    answered.add(result.id);
  }
  const missing = uses.filter((u) => !answered.has(u.id!));
  if (!missing.length) return null;
  return { ids: new Set(missing.map((u) => u.id!)), quoted: `messages.${node.index}: ${ANTHROPIC.replace('{ids}', missing.map((u) => u.id).join(', '))}` };
}

/**
 * OpenAI Chat: every `tool_calls[].id` must be answered by the run of `tool` messages right after the
 * assistant message. Only reported when a non-tool message follows that run (a history ending in
 * pending calls is not reported: no evidence for that case).
 */
function openAiChat(context: RuleContext): RuleListeners {
  const request = context.request;
  return {
    message(node) {
      const message = node.object;
      if (!message || node.role !== 'assistant' || isTemplated(message.tool_calls)) return;
      const calls = request.toolCallsIn(node);
      // A call that is not an object (it has no node) or whose id is unknown: stay silent.
      if (calls.length !== arrayAt(message, 'tool_calls').length || calls.some((c) => c.id === undefined)) return;
      if (!calls.length) return;
      const messages = request.messages();
      const answered = new Set<string>();
      let k = node.index + 1;
      for (; k < messages.length; k++) {
        const next = messages[k];
        if (!next.object || next.roleTemplated) return;
        if (next.role !== 'tool') break;
        const id = request.toolResultsIn(next)[0]?.id;
        if (id === undefined) return;
        answered.add(id);
      }
      if (k >= messages.length) return;
      const missing = calls.filter((c) => !answered.has(c.id!));
      if (!missing.length) return;
      const quoted = context.provider === 'deepseek' ? DEEPSEEK_CHAT : OPENAI.replace('{ids}', missing.map((c) => c.id).join(', '));
      const provider = context.provider === 'deepseek' ? 'DeepSeek' : 'OpenAI';
      for (const call of missing) {
        context.report({
          path: [...call.path, 'id'],
          severity: severity(context),
          messageId: 'chatUnanswered',
          data: { id: call.id!, k },
          quote: { text: quoted, provider },
        });
      }
    },
  };
}

const isMessageItem = (item: Record<string, unknown>) => item.type === 'message' || (item.type === undefined && 'role' in item);

/**
 * Responses: a `function_call` in `input` needs a `function_call_output` with its `call_id` later in
 * `input`. DeepSeek's /responses also wants it before the next message item (OpenAI's placement rule is
 * not documented, so only DeepSeek gets that check). Calls followed only by other calls/outputs are the
 * pending tail of the history and are not reported.
 */
function responses(context: RuleContext): RuleListeners {
  const request = context.request;
  const deepseek = context.provider === 'deepseek';
  // An item from a variable or an item_reference anywhere makes the whole history unknown: findings
  // wait for the end of the walk.
  let unknown = false;
  const found: Report[] = [];
  return {
    message(node) {
      const item = node.object;
      if (isTemplated(node.value) || item?.type === 'item_reference') unknown = true;
      if (unknown || !item || item.type !== 'function_call' || !knownString(item.call_id)) return;
      const id = item.call_id;
      const input = request.messages();
      let messageBetween = -1;
      let output = -1;
      for (let k = node.index + 1; k < input.length; k++) {
        const later = input[k].object;
        if (!later) continue;
        if (later.type === 'function_call_output' && later.call_id === id) {
          output = k;
          break;
        }
        if (isTemplated(later.call_id)) return;
        if (messageBetween < 0 && isMessageItem(later)) messageBetween = k;
      }
      if (messageBetween < 0) return; // answered before any message, or the pending tail of the history
      if (output >= 0 && !deepseek) return;
      const quoted = (deepseek ? DEEPSEEK_RESPONSES : RESPONSES).replace('{id}', id);
      found.push({
        path: [...node.path, 'call_id'],
        severity: severity(context),
        ...(output < 0
          ? { messageId: 'responsesUnanswered', data: { id } }
          : { messageId: 'responsesAnsweredLate', data: { id, at: messageBetween } }),
        quote: { text: quoted, provider: deepseek ? 'DeepSeek' : 'OpenAI' },
      });
    },
    'body:exit'() {
      if (!unknown) for (const report of found) context.report(report);
    },
  };
}

const callOf = (part: unknown) => (isObject(part) ? (part.functionCall ?? part.function_call) : undefined);
const responseOf = (part: unknown) => (isObject(part) ? (part.functionResponse ?? part.function_response) : undefined);

/** Gemini: the function-response turn after a function-call turn must answer every call part. */
function gemini(context: RuleContext): RuleListeners {
  const request = context.request;
  return {
    message(node) {
      if (!node.object || isTemplated(node.content)) return;
      const parts = Array.isArray(node.content) ? node.content : [];
      if (parts.some(isTemplated)) return;
      const calls = parts.filter((p) => isObject(callOf(p)));
      if (!calls.length || node.index + 1 >= node.count) return;
      const next = request.messages()[node.index + 1];
      if (!next.object || isTemplated(next.content)) return;
      const nextParts = Array.isArray(next.content) ? next.content : [];
      if (nextParts.some(isTemplated)) return;
      const responses = nextParts.filter((p) => isObject(responseOf(p))).length;
      if (responses === 0 || responses >= calls.length) return;
      context.report({
        path: [...next.path, 'parts'],
        target: 'key',
        severity: severity(context),
        messageId: 'geminiTooFewResponses',
        data: { i: node.index, calls: calls.length, next: node.index + 1, responses },
        quote: GEMINI,
      });
    },
  };
}
