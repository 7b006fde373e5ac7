import { hostSeverity } from '../profiles/index.ts';
import { isObject, knownString } from '../shared.ts';
import type { JsonPath } from '../../server/src/core/rule-api.ts';
import type { RuleModule } from '../types.ts';
import { translations } from './l10n.ts';

const ANTHROPIC = 'messages: final assistant content cannot end with trailing whitespace';

export const rule: RuleModule = {
  meta: {
    id: 'prefill-trailing-whitespace',
    translations,
    severity: 'error',
    apis: ['anthropic-messages'],
    description: 'A final assistant message (prefill) whose text ends in whitespace.',
    needsCompleteBody: true,
    messages: {
      trailingWhitespace: 'The prefill ends in whitespace ({{tail}}); remove it.',
    },
    providerErrors: [
      { api: 'anthropic-messages', message: ANTHROPIC, source: 'https://github.com/tailcallhq/forgecode/issues/1872' },
      { api: 'anthropic-messages', message: ANTHROPIC, source: 'https://github.com/anomalyco/opencode/issues/1295' },
    ],
  },
  create(context) {
    // The final assistant turn is the model's (computed once, shared with thinking-incompatible-parameter).
    return {
      message(node) {
        if (node !== context.request.finalAssistant()) return;
        let text: string;
        let path: JsonPath;
        let isBlock = false;
        if (typeof node.content === 'string') {
          if (!knownString(node.content)) return;
          text = node.content;
          path = [...node.path, 'content'];
        } else {
          const blocks = Array.isArray(node.content) ? node.content : [];
          const block = blocks[blocks.length - 1];
          if (!isObject(block) || block.type !== 'text' || !knownString(block.text)) return;
          text = block.text;
          path = [...node.path, 'content', blocks.length - 1, 'text'];
          isBlock = true;
        }
        // An empty prefill is allowed; whitespace-only text ends in whitespace too.
        if (text === '' || !/\s$/.test(text)) return;
        context.report({
          path,
          severity: hostSeverity(context.provider),
          messageId: 'trailingWhitespace',
          data: { tail: JSON.stringify(text.slice(-Math.min(text.length, 3))) },
          quote: ANTHROPIC,
          // A whitespace-only text block would become an empty one, which Anthropic rejects too (empty-text-block removes it).
          fix: isBlock && !text.trim() ? undefined : { title: 'Trim the trailing whitespace', edits: context.fixer.replace(path, text.trimEnd()), preferred: true },
        });
      },
    };
  },
};
