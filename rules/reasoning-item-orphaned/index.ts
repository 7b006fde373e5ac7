import { unknownHost } from '../profiles/index.ts';
import { isObject, isTemplated, knownString } from '../shared.ts';
import type { JsonPath, Severity } from '../../server/src/core/rule-api.ts';
import type { MessageFragment, RuleContext, RuleModule } from '../types.ts';
import { translations } from './l10n.ts';

const ORPHANED = "Item '{id}' of type 'reasoning' was provided without its required following item.";

/** Input-only items: a reasoning item can never have produced one of these. */
const INPUT_ROLES = new Set(['user', 'system', 'developer']);
const isInputOnlyType = (type: string) => type.endsWith('_output') || type === 'mcp_approval_response';

export const rule: RuleModule = {
  meta: {
    id: 'reasoning-item-orphaned',
    translations,
    severity: 'error',
    apis: ['openai-responses'],
    description: 'A Responses `reasoning` input item that is not followed by the message or tool call it produced.',
    needsCompleteBody: true,
    messages: {
      last: 'Reasoning item {{name}} is the last input item; the message or tool call it produced must follow it.{{swapped}}',
      followedByRole: "Reasoning item {{name}} is followed by a '{{role}}' message, not by the output it produced.{{swapped}}",
      followedByType: "Reasoning item {{name}} is followed by a '{{type}}' item, not by the output it produced.{{swapped}}",
      followerWithoutId: "The {{what}} after reasoning item '{{id}}' has no 'id', so the API cannot pair them.",
    },
    fragments: {
      swapped: " (input[{{at}}] '{{id}}' should come after it)",
      assistant: 'assistant message',
      call: 'function_call',
    },
    providerErrors: [
      {
        api: 'openai-responses',
        message: ORPHANED.replace('{id}', 'rs_07e4c22b60f9810000697ce6d2ba1481a387699e728e73b334'),
        source:
          'https://github.com/pydantic/pydantic-ai/blob/07b877493d0a132b6037f1a7471e15def6faec44/tests/models/cassettes/test_openai_responses/test_openai_responses_thinking_with_modified_history.yaml (recorded: follower message replayed without its msg_ id)',
      },
      { api: 'openai-responses', message: ORPHANED.replace('{id}', 'rs_68636eda2eec81a09eae5a780d7953000caa926c51f9f663'), source: 'https://github.com/openai/openai-node/issues/1567' },
      { api: 'openai-responses', message: ORPHANED.replace('{id}', 'rs_0c3876fcd4da19ef00692a14046bc8819eba6941c05c5ab7e7'), source: 'https://github.com/continuedev/continue/issues/8933' },
    ],
  },
  create(context) {
    if (context.api !== 'openai-responses') return {};
    const base = severityFor(context);
    if (!base) return {};
    const body = context.body;
    if (!isObject(body)) return {};
    const request = context.request;
    const storeOff = body.store === false;
    return {
      message(node) {
        const item = node.object;
        const i = node.index;
        if (!item || item.type !== 'reasoning' || isTemplated(item.id)) return;
        // The items around it, from the request model's turns.
        const input = request.messages();
        const id = knownString(item.id) ? item.id : null;
        // Without an id the reasoning item is replayed statelessly (encrypted_content): the API's
        // pairing check is not documented for that case, so it is only a warning.
        const severity: Severity = id ? base : 'warning';
        const quoted = ORPHANED.replace('{id}', id ?? 'rs_...');
        const name = id ? `'${id}'` : `at input[${i}]`;
        const swapped = swappedHint(input[i - 1]?.value, i);
        if (i + 1 >= input.length) {
          context.report({ path: [...node.path], severity, messageId: 'last', data: { name, swapped }, quote: quoted });
          return;
        }
        const next = input[i + 1].object;
        if (!next || isTemplated(next.type) || isTemplated(next.role)) return;
        const type = typeof next.type === 'string' ? next.type : next.role !== undefined ? 'message' : undefined;
        if (type === undefined || type === 'item_reference' || type === 'reasoning') return;
        if (type === 'message') {
          if (!knownString(next.role)) return;
          if (INPUT_ROLES.has(next.role)) {
            context.report({
              path: [...node.path],
              severity,
              messageId: 'followedByRole',
              data: { name, role: String(next.role), next: i + 1, swapped },
              quote: quoted,
            });
            return;
          }
          if (next.role === 'assistant') missingFollowerId(context, id, storeOff, next, input[i + 1].path, 'assistant', severity, quoted);
          return;
        }
        if (isInputOnlyType(type)) {
          context.report({
            path: [...node.path],
            severity,
            messageId: 'followedByType',
            data: { name, type: String(type), next: i + 1, swapped },
            quote: quoted,
          });
          return;
        }
        if (type === 'function_call') missingFollowerId(context, id, storeOff, next, input[i + 1].path, 'call', severity, quoted);
      },
    };
  },
};

function severityFor(context: RuleContext): Severity | null {
  if (context.provider === 'openai' || context.provider === 'azure') return 'error';
  if (unknownHost(context.provider)) return 'warning';
  return null; // other hosts' /responses (DeepSeek, OpenRouter, ...) may not pair reasoning items at all
}

/**
 * A stored reasoning item (`rs_...`, `store` not false) is paired with the item it produced by that
 * item's id (`msg_...` / `fc_...`): replaying the follower without its id (e.g. rebuilt from text)
 * leaves the reasoning item without its follower (recorded in pydantic-ai's cassette; vercel/ai#7336
 * fixed the same error by sending the item id).
 */
function missingFollowerId(context: RuleContext, id: string | null, storeOff: boolean, next: Record<string, unknown>, path: JsonPath, what: 'assistant' | 'call', severity: Severity, quoted: string): void {
  if (!id || storeOff) return;
  if ('id' in next) return;
  context.report({
    path: [...path],
    severity,
    messageId: 'followerWithoutId',
    data: { what: { fragment: what }, id },
    quote: quoted,
  });
}

/** When the item just before the reasoning item looks like its follower, the two were swapped. */
function swappedHint(previous: unknown, i: number): MessageFragment | '' {
  if (!isObject(previous) || !knownString(previous.id)) return '';
  if (/^(msg|fc)_/.test(previous.id)) return { fragment: 'swapped', data: { at: i - 1, id: previous.id } };
  return '';
}
