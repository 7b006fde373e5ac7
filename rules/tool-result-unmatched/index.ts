import type { JsonPath } from '../../server/src/core/rule-api.ts';
import { arrayAt, isObject, isTemplated, knownString } from '../shared.ts';
import type { MessageNode, RequestModel, ToolCallNode, ToolResultNode } from '../shared/request-model.ts';
import type { RuleContext, RuleFix, RuleListeners, RuleModule } from '../types.ts';
import { translations } from './l10n.ts';

const ANTHROPIC =
  "unexpected `tool_use_id` found in `tool_result` blocks: {id}. Each `tool_result` block must have a corresponding `tool_use` block in the previous message.";
const OPENAI_NO_CALLS = "Invalid parameter: messages with role 'tool' must be a response to a preceeding message with 'tool_calls'.";
const OPENAI_WRONG_ID = "Invalid parameter: 'tool_call_id' of '{id}' not found in 'tool_calls' of previous message.";
const RESPONSES = 'No tool call found for function call output with call_id {id}.';
const GEMINI = 'Please ensure that function response turn comes immediately after a function call turn.';
const BEDROCK = 'The number of toolResult blocks at messages.{i}.content exceeds the number of toolUse blocks of previous turn.';

export const rule: RuleModule = {
  meta: {
    id: 'tool-result-unmatched',
    translations,
    severity: 'error',
    apis: ['anthropic-messages', 'openai-chat', 'openai-responses', 'gemini-generate', 'bedrock-converse'],
    description: 'A tool result that answers no tool call of the turn before it.',
    needsCompleteBody: true,
    messages: {
      anthropicUnmatched: "This tool_result answers '{{id}}', which no tool_use of the previous message has.",
      openAiNoCalls: "This tool message answers no assistant 'tool_calls'.",
      openAiWrongId: "No tool call '{{id}}' in the preceding assistant message.",
      responsesUnmatched: "No {{kind}} with call_id '{{id}}' earlier in 'input'.",
      geminiUnknownName: "The functionResponse '{{name}}' answers no functionCall of that name in the previous turn.",
      geminiNoCall: 'This functionResponse does not follow a turn with a functionCall.',
      converseUnmatched: "This toolResult answers '{{id}}', which no toolUse of the previous message has.",
    },
    providerErrors: [
      { api: 'anthropic-messages', message: `messages.0.content.0: ${ANTHROPIC.replace('{id}', 'toolu_...')}`, source: 'https://github.com/anthropics/claude-code/issues/13460' },
      { api: 'openai-chat', message: OPENAI_NO_CALLS, source: 'https://github.com/smarter-sh/smarter/issues/264' },
      { api: 'openai-chat', message: OPENAI_WRONG_ID.replace('{id}', 'call_...'), source: 'exact wording quoted by several public projects that repair tool histories (no first-party page); same family as the error above' },
      { api: 'openai-responses', message: RESPONSES.replace('{id}', 'call_...'), source: 'https://github.com/continuedev/continue/issues/10092' },
      { api: 'gemini-generate', message: GEMINI, source: 'https://github.com/langchain-ai/langchain/issues/27799' },
      { api: 'bedrock-converse', provider: 'bedrock', message: BEDROCK.replace('{i}', '2'), source: 'https://github.com/Just-Curieous/Curie/issues/16 ; https://github.com/langgenius/dify-official-plugins/issues/765' },
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
      case 'bedrock-converse':
        return converse(context);
    }
    return {};
  },
};

/** Ids offered by a turn, or null when the turn is only known at send time. */
function idsIn(items: unknown[], type: string, idKey: string): Set<string> | null {
  const ids = new Set<string>();
  for (const item of items) {
    if (isTemplated(item)) return null;
    if (!isObject(item) || item.type !== type) continue;
    if (!knownString(item[idKey])) return null;
    ids.add(item[idKey]);
  }
  return ids;
}

/**
 * Block APIs (Anthropic, Bedrock Converse): each tool result of a user turn is checked against the ids the
 * turn before offers, computed once per turn; `report` words the finding for the API.
 */
function perUserTurn(
  context: RuleContext,
  offeredFor: (node: MessageNode) => Set<string> | null,
  report: (result: ToolResultNode, id: string, offered: Set<string>) => void,
): RuleListeners {
  let turn: MessageNode | undefined;
  let offered: Set<string> | null = null;
  return {
    toolResult(result) {
      const node = result.message;
      if (node.role !== 'user') return;
      if (node !== turn) {
        turn = node;
        offered = offeredFor(node);
      }
      if (!offered || result.id === undefined || offered.has(result.id)) return;
      report(result, result.id, offered);
    },
  };
}

function anthropic(context: RuleContext): RuleListeners {
  const request = context.request;
  return perUserTurn(context, (node) => offeredBefore(request, node), (result, id, offered) => {
    const node = result.message;
    const path = [...result.path, 'tool_use_id'];
    context.report({
      path,
      messageId: 'anthropicUnmatched',
      data: { id, i: node.index, j: result.path[result.path.length - 1] as number },
      quote: `messages.{{i}}.content.{{j}}: ${ANTHROPIC.replace('{id}', '{{id}}')}`,
      fix: onlyCandidate(context, path, offered, request.toolResultsIn(node).map((r) => r.id)),
    });
  });
}

/**
 * The tool_use ids a user turn's tool_result blocks may answer, or null when they are only known at
 * send time. Consecutive user turns are merged by the API, so the turn that must hold the tool_use is
 * the nearest assistant message before this one.
 */
function offeredBefore(request: RequestModel, node: MessageNode): Set<string> | null {
  const messages = request.messages();
  let previous = node.index - 1;
  while (previous >= 0 && messages[previous].role === 'user') previous--;
  const prior = previous >= 0 ? messages[previous] : undefined;
  if (prior !== undefined && (!prior.object || isTemplated(prior.content) || prior.roleTemplated)) return null;
  return prior ? idsIn(Array.isArray(prior.content) ? prior.content : [], 'tool_use', 'id') : new Set<string>();
}

/**
 * Bedrock Converse: toolResult blocks answer the toolUse blocks of the message right before (Converse does
 * not merge turns). Bedrock counts them; the quote is its wording when this turn holds more results than
 * the previous turn has calls, which is what an unmatched id means whenever every call is answered.
 */
function converse(context: RuleContext): RuleListeners {
  const request = context.request;
  const offeredFor = (node: MessageNode): Set<string> | null => {
    const prior = node.index > 0 ? request.messages()[node.index - 1] : undefined;
    if (prior === undefined) return new Set<string>();
    if (!prior.object || prior.roleTemplated || isTemplated(prior.content)) return null;
    return knownIds(Array.isArray(prior.content) ? prior.content.length : 0, request, prior);
  };
  return perUserTurn(context, offeredFor, (result, id, offered) => {
    const node = result.message;
    const answering = request.toolResultsIn(node).map((r) => r.id);
    const path = [...result.path, 'toolUseId'];
    context.report({
      path,
      messageId: 'converseUnmatched',
      data: { id, i: node.index },
      quote: answering.length > offered.size ? BEDROCK.replace('{i}', '{{i}}') : undefined,
      fix: onlyCandidate(context, path, offered, answering),
    });
  });
}

/** The toolUse ids of a Converse turn, or null when a block or an id is only known at send time. */
function knownIds(blockCount: number, request: RequestModel, node: MessageNode): Set<string> | null {
  const blocks = request.blocks().filter((b) => b.message === node);
  if (blocks.length !== blockCount || blocks.some((b) => isTemplated(b.value) || (isObject(b.value) && b.type === undefined))) return null;
  const ids = new Set<string>();
  for (const call of request.toolCallsIn(node)) {
    if (call.id === undefined) return null;
    ids.add(call.id);
  }
  return ids;
}

function openAiChat(context: RuleContext): RuleListeners {
  const request = context.request;
  let offered: Set<string> | null = null; // ids of the assistant message the current run of tool messages answers
  let inToolRun = false;
  return {
    message(node) {
      const message = node.object;
      if (!message || node.roleTemplated) {
        offered = null;
        inToolRun = true; // unknown turn: stay silent until the next assistant message
        return;
      }
      if (node.role === 'assistant') {
        const calls = arrayAt(message, 'tool_calls');
        offered = calls.length ? idsOfCalls(calls.length, request.toolCallsIn(node)) : new Set<string>();
        inToolRun = calls.length > 0 || isTemplated(message.tool_calls);
        if (isTemplated(message.tool_calls)) offered = null;
        return;
      }
      if (node.role !== 'tool') {
        inToolRun = false;
        offered = new Set<string>();
        return;
      }
      const id = request.toolResultsIn(node)[0]?.id; // the tool message itself, with its known tool_call_id
      if (id === undefined) return;
      if (!inToolRun) {
        context.report({ path: [...node.path, 'role'], messageId: 'openAiNoCalls', quote: OPENAI_NO_CALLS });
        return;
      }
      if (offered && !offered.has(id)) {
        const path = [...node.path, 'tool_call_id'];
        context.report({
          path,
          messageId: 'openAiWrongId',
          data: { id },
          quote: OPENAI_WRONG_ID.replace('{id}', '{{id}}'),
          fix: onlyCandidate(context, path, offered, toolRunIds(request, node)),
        });
      }
    },
  };
}

/**
 * Where the answer is certain: the turn before offers exactly one call id no result answers, and this
 * result is the only one answering an id it does not offer. Then the id was mistyped or went stale,
 * and the fix (preferred) sets it; both this finding and tool-call-unanswered's go away.
 */
function onlyCandidate(context: RuleContext, path: JsonPath, offered: ReadonlySet<string>, answering: readonly (string | undefined)[]): RuleFix | undefined {
  if (answering.some((id) => id === undefined)) return undefined;
  const open = [...offered].filter((id) => !answering.includes(id));
  const strays = answering.filter((id) => !offered.has(id!));
  if (open.length !== 1 || strays.length !== 1) return undefined;
  return { title: `Answer tool call '${open[0]}'`, edits: context.fixer.replace(path, open[0]), preferred: true };
}

/** The tool_call_ids of the run of tool messages `node` belongs to (undefined where one is not known). */
function toolRunIds(request: RequestModel, node: MessageNode): (string | undefined)[] {
  const messages = request.messages();
  let first = node.index;
  while (first > 0 && messages[first - 1].role === 'tool') first--;
  const ids: (string | undefined)[] = [];
  for (let i = first; i < messages.length && messages[i].role === 'tool'; i++) ids.push(request.toolResultsIn(messages[i])[0]?.id);
  return ids;
}

/** The ids of an assistant message's tool calls, or null when one is not an object or its id is not known. */
function idsOfCalls(count: number, calls: readonly ToolCallNode[]): Set<string> | null {
  if (calls.length !== count) return null; // a call that is not an object has no node
  const ids = new Set<string>();
  for (const call of calls) {
    if (call.id === undefined) return null;
    ids.add(call.id);
  }
  return ids;
}

function responses(context: RuleContext): RuleListeners {
  const body = context.body;
  // With server-side state the calls live in the stored conversation, not in this body.
  if (!isObject(body) || body.previous_response_id !== undefined || body.conversation !== undefined) return {};
  const calls = new Set<string>();
  return {
    message(node) {
      if (isTemplated(node.value)) return calls.clear();
      const item = node.object;
      if (!item) return;
      if (item.type === 'function_call' || item.type === 'custom_tool_call') {
        if (knownString(item.call_id)) calls.add(item.call_id);
        return;
      }
      if ((item.type === 'function_call_output' || item.type === 'custom_tool_call_output') && knownString(item.call_id) && !calls.has(item.call_id)) {
        context.report({
          path: [...node.path, 'call_id'],
          messageId: 'responsesUnmatched',
          data: { kind: item.type === 'function_call_output' ? 'function_call' : 'custom_tool_call', id: item.call_id },
          quote: RESPONSES.replace('{id}', '{{id}}'),
        });
      }
    },
  };
}

function gemini(context: RuleContext): RuleListeners {
  const request = context.request;
  return {
    message(node) {
      const parts = Array.isArray(node.content) ? node.content : [];
      const responses = parts
        .map((part, j) => ({ part, j }))
        .filter(({ part }) => isObject(part) && isObject(part.functionResponse ?? part.function_response));
      if (!responses.length) return;
      const previous = request.messages()[node.index - 1];
      if (isTemplated(previous?.value)) return;
      const previousParts = Array.isArray(previous?.content) ? previous.content : [];
      if (previousParts.some(isTemplated)) return;
      const callNames = new Set(
        previousParts
          .map((part) => (isObject(part) ? (part.functionCall ?? part.function_call) : undefined))
          .filter(isObject)
          .map((call) => call.name),
      );
      for (const { part, j } of responses) {
        const key = isObject(part) && 'functionResponse' in part ? 'functionResponse' : 'function_response';
        const response = (part as Record<string, Record<string, unknown>>)[key];
        if (!knownString(response.name)) continue;
        if (callNames.has(response.name)) continue;
        context.report({
          path: [...node.path, 'parts', j, key],
          target: 'key',
          ...(callNames.size ? { messageId: 'geminiUnknownName', data: { name: response.name } } : { messageId: 'geminiNoCall' }),
          quote: GEMINI,
        });
      }
    },
  };
}
