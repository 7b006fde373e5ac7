import { hostSeverity, unnamedHost } from '../profiles/index.ts';
import { isObject, isTemplated, knownString } from '../shared.ts';
import type { MessageNode } from '../shared/request-model.ts';
import type { RuleContext, RuleListeners, RuleModule } from '../types.ts';
import { translations } from './l10n.ts';

const GEMINI =
  'Function call is missing a thought_signature in functionCall parts. This is required for tools to work correctly, and missing thought_signature may lead to degraded model performance. Additional data, function call `{name}` , position {position}. Please refer to https://ai.google.dev/gemini-api/docs/thought-signatures for more details.';
/** The part of the message that does not depend on the request. */
const SHORT = GEMINI.slice(0, GEMINI.indexOf(' Additional data'));
const DOCS_WORDING = 'Function call `{name}` in the `{n}.` content block is missing a `thought_signature`.';

const has = (obj: Record<string, unknown>, key: string) => Object.prototype.hasOwnProperty.call(obj, key);
const functionCallOf = (part: Record<string, unknown>) => (isObject(part.functionCall) ? part.functionCall : isObject(part.function_call) ? part.function_call : null);
/** A signature that is present (any non-empty value, the `skip_thought_signature_validator` sentinel, or a variable). */
const signed = (part: Record<string, unknown>) => {
  const value = has(part, 'thoughtSignature') ? part.thoughtSignature : part.thought_signature;
  return isTemplated(value) || (typeof value === 'string' && value !== '');
};

export const rule: RuleModule = {
  meta: {
    id: 'thought-signature-missing',
    translations,
    severity: 'error',
    apis: ['gemini-generate', 'openai-chat'],
    description:
      "A model turn of the current Gemini 3 function-calling turn whose first function call is sent back without its thought signature (thoughtSignature; in the OpenAI format, the tool call's extra_content.google.thought_signature).",
    needsCompleteBody: true,
    messages: {
      unsigned: "Function call '{{name}}' lacks its thoughtSignature: send Gemini 3's model turn back unchanged.",
      unsignedOpenAi: "Tool call '{{name}}' lacks extra_content.google.thought_signature: send Gemini 3's tool calls back unchanged.",
    },
    providerErrors: [
      { api: 'gemini-generate', message: GEMINI.replace('{name}', 'default_api:Task').replace('{position}', '2'), source: 'https://github.com/lbjlaq/Antigravity-Manager/issues/139' },
      { api: 'openai-chat', provider: 'gemini-openai', message: GEMINI.replace('{name}', 'default_api:shell').replace('{position}', '2'), source: 'https://github.com/manthanabc/paws/issues/103' },
      { api: 'gemini-generate', message: DOCS_WORDING.replace('{name}', 'tool_name').replace('{n}', '1'), source: 'https://ai.google.dev/gemini-api/docs/thought-signatures ; quoted in https://qiita.com/kai_kou/items/a15b2da37d6a058b79e6' },
    ],
  },
  create(context) {
    if (context.api === 'openai-chat') return openAiFormat(context);
    if (context.api !== 'gemini-generate' || context.provider === 'gemini-openai') return {};
    if (!context.modelInfo?.quirks.thoughtSignaturesRequired || !isObject(context.body)) return {};
    const severity = hostSeverity(context.provider);
    let templatedTurn = false;
    // Only the current turn is validated: the model steps after the last user message with ordinary
    // content (text, media), i.e. not one that only answers function calls.
    let start = 0;
    const unsigned: { node: MessageNode; first: number; part: Record<string, unknown> }[] = [];
    return {
      message(node) {
        if (isTemplated(node.value)) templatedTurn = true;
        if (!node.object) return;
        const parts = Array.isArray(node.content) ? node.content : [];
        if (node.role !== 'model') {
          if (parts.some((p) => isTemplated(p) || !isObject(p) || !(has(p, 'functionResponse') || has(p, 'function_response')))) start = node.index + 1;
          return;
        }
        // Parallel calls: only the first functionCall part of a model turn carries the signature.
        const first = parts.findIndex((p) => isObject(p) && functionCallOf(p) !== null);
        if (first < 0) return;
        if (parts.slice(0, first + 1).some((p) => isTemplated(p) || (isObject(p) && signed(p)))) return;
        unsigned.push({ node, first, part: parts[first] as Record<string, unknown> });
      },
      'body:exit'() {
        if (templatedTurn) return;
        for (const { node, first, part } of unsigned) {
          if (node.index < start) continue;
          const call = functionCallOf(part)!;
          const name = knownString(call.name) ? call.name : '?';
          const callKey = has(part, 'functionCall') ? 'functionCall' : 'function_call';
          context.report({
            path: [...node.path, 'parts', first, callKey],
            target: 'key',
            severity,
            messageId: 'unsigned',
            data: { name },
            quote: SHORT,
          });
        }
      },
    };
  },
};

/** An OpenAI-format tool call that carries its signature where Gemini's compatible endpoint expects it. */
const signedCall = (call: unknown) => {
  if (!isObject(call) || isTemplated(call)) return true;
  const extra = call.extra_content;
  if (isTemplated(extra)) return true;
  const google = isObject(extra) ? extra.google : undefined;
  if (isTemplated(google)) return true;
  const value = isObject(google) ? google.thought_signature : undefined;
  return isTemplated(value) || (typeof value === 'string' && value !== '');
};

/**
 * Gemini 3 through the OpenAI format: the compatible endpoint or a relay that forwards to Gemini (warnings). The signature travels in the first tool call of each assistant step, as
 * `extra_content.google.thought_signature` (https://ai.google.dev/gemini-api/docs/thought-signatures, OpenAI
 * compatibility; read back so by continuedev/continue#8865); answers: manthanabc/paws#103, lbjlaq/Antigravity-Manager#938. As natively, only the current
 * turn is validated: the steps after the last user message.
 */
function openAiFormat(context: RuleContext): RuleListeners {
  const p = context.provider;
  if (!context.modelInfo?.quirks.thoughtSignaturesRequired || !isObject(context.body)) return {};
  // Google's endpoint, or a host that passes the model on to Google (none named, or OpenRouter); a named
  // OpenAI-compatible host (vLLM, SiliconFlow, …) serves its own models and keeps no Gemini signatures.
  if (p !== 'gemini-openai' && !unnamedHost(p) && p !== 'openrouter') return {};
  // A warning even on Google's endpoint: two reports show the 400 there, an earlier reading held that the layer
  // keeps signatures itself; a relay may also add them.
  const severity = 'warning';
  let start = 0;
  let templated = false;
  const unsigned: { node: MessageNode; call: Record<string, unknown> }[] = [];
  return {
    message(node) {
      if (isTemplated(node.value)) templated = true;
      if (!node.object) return;
      if (node.role === 'user') start = node.index + 1;
      if (node.role !== 'assistant') return;
      const calls = (node.value as Record<string, unknown>).tool_calls;
      if (isTemplated(calls)) templated = true;
      if (!Array.isArray(calls) || calls.length === 0) return;
      if (!signedCall(calls[0])) unsigned.push({ node, call: calls[0] as Record<string, unknown> });
    },
    'body:exit'() {
      if (templated) return;
      for (const { node, call } of unsigned) {
        if (node.index < start) continue;
        const fn = isObject(call.function) ? call.function : {};
        context.report({
          path: [...node.path, 'tool_calls', 0],
          severity,
          messageId: 'unsignedOpenAi',
          data: { name: knownString(fn.name) ? fn.name : '?' },
          quote: SHORT,
        });
      }
    },
  };
}
