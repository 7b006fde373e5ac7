import { hostSeverity } from '../profiles/index.ts';
import { isObject, isTemplated, knownString } from '../shared.ts';
import type { MessageNode } from '../shared/request-model.ts';
import type { RuleModule } from '../types.ts';
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
    apis: ['gemini-generate'],
    description: 'A model turn of the current Gemini 3 function-calling turn whose first functionCall part is sent back without its thoughtSignature.',
    needsCompleteBody: true,
    messages: {
      unsigned: "Function call '{{name}}' lacks its thoughtSignature: send Gemini 3's model turn back unchanged.",
    },
    providerErrors: [
      { api: 'gemini-generate', message: GEMINI.replace('{name}', 'default_api:Task').replace('{position}', '2'), source: 'https://github.com/lbjlaq/Antigravity-Manager/issues/139' },
      { api: 'gemini-generate', message: DOCS_WORDING.replace('{name}', 'tool_name').replace('{n}', '1'), source: 'https://ai.google.dev/gemini-api/docs/thought-signatures ; quoted in https://qiita.com/kai_kou/items/a15b2da37d6a058b79e6' },
    ],
  },
  create(context) {
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
