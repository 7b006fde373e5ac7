import { unknownHost as hostUnknown } from '../profiles/index.ts';
import { arrayAt, isObject, isTemplated } from '../shared.ts';
import type { JsonPath, Severity } from '../../server/src/core/rule-api.ts';
import type { RuleContext, RuleListeners, RuleModule } from '../types.ts';
import { translations } from './l10n.ts';

const GEMINI = 'Please ensure that function call turn comes immediately after a user turn or after a function response turn.';
const DASHSCOPE = 'Messages with role "tool" must be a response to a preceding message with "tool_calls"';
const DASHSCOPE_NO_USER = '<400> InternalError.Algo.InvalidParameter: The input messages do not contain elements with the role of user';
const BEDROCK = 'messages: first message must use the "user" role';
const CONVERSE_START = 'A conversation must start with a user message. Try again with a conversation that starts with a user message.';
const CONVERSE_ALTERNATE = 'A conversation must alternate between user and assistant roles. Make sure the conversation alternates between user and assistant roles and try again.';

export const rule: RuleModule = {
  meta: {
    id: 'role-order',
    translations,
    severity: 'error',
    apis: ['gemini-generate', 'dashscope-generation', 'anthropic-messages', 'bedrock-converse'],
    description: 'Turns in an order the provider rejects: a Gemini function-call turn that does not follow a user or function-response turn, a DashScope tool message that answers no tool_calls, a Bedrock conversation that starts with an assistant turn, or Bedrock Converse turns that do not alternate.',
    needsCompleteBody: true,
    messages: {
      geminiStartsWithCall: 'The conversation starts with a function call turn; it must follow the user turn that asked for it.',
      geminiCallAfterModel: 'This function call turn follows another model turn (contents[{{previous}}]): merge them or put a user turn between.',
      dashscopeToolOrder: "This tool message does not follow an assistant message with 'tool_calls'.",
      dashscopeNoUser: 'No user message: DashScope needs at least one user turn in input.messages.',
      startsWithAssistant: 'The conversation starts with an assistant turn, which {{platform}} rejects: start with a user turn.',
      converseNotAlternating: 'Two {{role}} turns in a row (messages[{{previous}}] and this one): Converse turns must alternate; merge them.',
    },
    providerErrors: [
      { api: 'gemini-generate', message: GEMINI, source: 'https://github.com/google-gemini/gemini-cli/issues/11814 (history starting with a function call); https://github.com/continuedev/continue/pull/11805 (consecutive model turns)' },
      { api: 'gemini-generate', message: `[400]: ${GEMINI}`, source: 'https://github.com/diegosouzapw/OmniRoute/pull/13573' },
      { api: 'dashscope-generation', message: DASHSCOPE, source: 'https://www.alibabacloud.com/help/en/model-studio/error-code' },
      { api: 'dashscope-generation', provider: 'dashscope', message: DASHSCOPE_NO_USER, source: 'https://github.com/agentscope-ai/agentscope-java/issues/613' },
      { api: 'anthropic-messages', provider: 'bedrock', message: `400 ${BEDROCK}`, source: 'https://github.com/anthropics/anthropic-sdk-typescript/issues/622' },
      { api: 'bedrock-converse', provider: 'bedrock', message: CONVERSE_START, source: 'https://github.com/elastic/kibana/pull/246393 ; https://github.com/pydantic/pydantic-ai/issues/4495' },
      { api: 'bedrock-converse', provider: 'bedrock', message: CONVERSE_ALTERNATE, source: 'https://github.com/langchain-ai/langchain-aws/issues/130 ; https://github.com/Portkey-AI/gateway/issues/748' },
    ],
  },
  create(context) {
    if (context.api === 'gemini-generate') return gemini(context);
    if (context.api === 'dashscope-generation') return dashScope(context);
    if (context.api === 'anthropic-messages') return anthropic(context);
    if (context.api === 'bedrock-converse') return converse(context);
    return {};
  },
};

const unknownHost = (context: RuleContext) => hostUnknown(context.provider);
const severity = (context: RuleContext): Severity => (unknownHost(context) ? 'warning' : 'error');

const callOf = (part: unknown) => (isObject(part) ? (part.functionCall ?? part.function_call) : undefined);
const responseOf = (part: unknown) => (isObject(part) ? (part.functionResponse ?? part.function_response) : undefined);

/**
 * Gemini: a model turn with functionCall parts must come right after a user turn or a
 * function-response turn, so it may neither open `contents` nor follow another model turn. Two plain
 * consecutive same-role turns are not reported: the old "multiturn requests alternate" check is not
 * applied by current models (gemini-cli sends consecutive user turns; google/adk-go#1302), and what
 * remains of it is model-dependent.
 */
function gemini(context: RuleContext): RuleListeners {
  const body = context.body;
  const request = context.request;
  // With cached content the conversation continues one stored on the server, which may end with a user turn.
  const cached = isObject(body) && (body.cachedContent !== undefined || body.cached_content !== undefined);
  return {
    message(node) {
      if (node.role !== 'model' || isTemplated(node.content)) return;
      const parts = Array.isArray(node.content) ? node.content : [];
      if (parts.some(isTemplated) || !parts.some((p) => isObject(callOf(p)))) return;
      const i = node.index;
      if (i === 0) {
        if (cached) return;
        context.report({
          path: [...node.path, 'role'],
          severity: severity(context),
          messageId: 'geminiStartsWithCall',
          quote: GEMINI,
        });
        return;
      }
      const previous = request.messages()[i - 1];
      if (!previous.object || previous.roleTemplated || isTemplated(previous.content)) return;
      const previousParts = Array.isArray(previous.content) ? previous.content : [];
      if (previousParts.some(isTemplated)) return;
      if (previous.role !== 'model' || previousParts.some((p) => isObject(responseOf(p)))) return;
      context.report({
        path: [...node.path, 'role'],
        severity: severity(context),
        messageId: 'geminiCallAfterModel',
        data: { previous: i - 1 },
        quote: GEMINI,
      });
    },
  };
}

/**
 * DashScope native (`input.messages`): a `tool` message must be part of the run of tool messages right
 * after an assistant message with `tool_calls`. (The OpenAI-compatible endpoint is covered by
 * tool-result-unmatched, which reads /chat/completions bodies.)
 */
function dashScope(context: RuleContext): RuleListeners {
  // 'open': tool messages may follow; 'closed': they may not; 'unknown': a turn from a variable.
  let state: 'open' | 'closed' | 'unknown' = 'closed';
  // A conversation with no user turn at all (a pipeline that passed on only the system prompt and a reply).
  let list: JsonPath | null = null;
  let userOrUnknown = false;
  return {
    'body:exit': () => {
      if (list && !userOrUnknown) context.report({ path: list, severity: severity(context), messageId: 'dashscopeNoUser', quote: DASHSCOPE_NO_USER });
    },
    message(node) {
      list ??= node.path.slice(0, -1);
      if (!node.object || node.roleTemplated || node.role === 'user') userOrUnknown = true;
      const message = node.object;
      if (!message || node.roleTemplated) {
        state = 'unknown';
        return;
      }
      if (node.role === 'assistant') {
        state = isTemplated(message.tool_calls) ? 'unknown' : arrayAt(message, 'tool_calls').length > 0 ? 'open' : 'closed';
        return;
      }
      if (node.role !== 'tool') {
        if (state !== 'unknown') state = 'closed';
        return;
      }
      if (state !== 'closed') return;
      context.report({
        path: [...node.path, 'role'],
        severity: severity(context),
        messageId: 'dashscopeToolOrder',
        quote: DASHSCOPE,
      });
    },
  };
}

/**
 * Anthropic: the first-party API accepts a conversation that starts with an assistant turn (and merges
 * consecutive same-role turns), but Bedrock rejects it (anthropic-sdk-typescript#622, Dec 2024). On
 * Vertex it was rejected in 2024 (coaidev/coai#237) and may have changed since: a warning there.
 */
function anthropic(context: RuleContext): RuleListeners {
  if (context.provider !== 'bedrock' && context.provider !== 'vertex') return {};
  return {
    message(node) {
      if (node.index !== 0 || node.role !== 'assistant') return;
      context.report({
        path: [...node.path, 'role'],
        severity: context.provider === 'bedrock' ? 'error' : 'warning',
        messageId: 'startsWithAssistant',
        data: { platform: context.provider === 'bedrock' ? 'Bedrock' : 'Vertex AI' },
        quote: { text: BEDROCK, provider: `Anthropic on ${context.provider === 'bedrock' ? 'Bedrock' : 'Vertex'}` },
      });
    },
  };
}

/**
 * Bedrock Converse: the first message must be the user's, and turns must alternate (Converse does not merge
 * consecutive same-role turns, unlike Anthropic's own API).
 */
function converse(context: RuleContext): RuleListeners {
  const request = context.request;
  return {
    message(node) {
      if (node.roleTemplated || !node.role) return;
      if (node.index === 0) {
        if (node.role !== 'assistant') return;
        context.report({
          path: [...node.path, 'role'],
          severity: severity(context),
          messageId: 'startsWithAssistant',
          data: { platform: 'Bedrock Converse' },
          quote: { text: CONVERSE_START, provider: 'Amazon Bedrock' },
        });
        return;
      }
      const previous = request.messages()[node.index - 1];
      if (previous.roleTemplated || previous.role !== node.role || (node.role !== 'user' && node.role !== 'assistant')) return;
      context.report({
        path: [...node.path, 'role'],
        severity: severity(context),
        messageId: 'converseNotAlternating',
        data: { role: node.role, previous: node.index - 1 },
        quote: { text: CONVERSE_ALTERNATE, provider: 'Amazon Bedrock' },
      });
    },
  };
}
