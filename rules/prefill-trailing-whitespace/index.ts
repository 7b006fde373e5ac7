import { hostSeverity } from '../profiles/index.ts';
import { arrayAt, isObject, knownString } from '../shared.ts';
import type { JsonPath } from '../../server/src/core/rule-api.ts';
import type { RuleModule } from '../types.ts';

const ANTHROPIC = 'messages: final assistant content cannot end with trailing whitespace';

export const rule: RuleModule = {
  meta: {
    id: 'prefill-trailing-whitespace',
    severity: 'error',
    apis: ['anthropic-messages'],
    description: 'A final assistant message (prefill) whose text ends in whitespace.',
    needsCompleteBody: true,
    messages: {
      trailingWhitespace: `The prefill ends in whitespace ({{tail}}); remove it. Anthropic: "${ANTHROPIC}"`,
    },
    providerErrors: [
      { api: 'anthropic-messages', message: ANTHROPIC, source: 'https://github.com/tailcallhq/forgecode/issues/1872' },
      { api: 'anthropic-messages', message: ANTHROPIC, source: 'https://github.com/anomalyco/opencode/issues/1295' },
    ],
  },
  check(context) {
    if (context.api !== 'anthropic-messages') return;
    const messages = arrayAt(context.body, 'messages');
    const last = messages[messages.length - 1];
    if (!isObject(last) || last.role !== 'assistant') return;
    let text: string;
    let path: JsonPath;
    let isBlock = false;
    if (typeof last.content === 'string') {
      if (!knownString(last.content)) return;
      text = last.content;
      path = ['messages', messages.length - 1, 'content'];
    } else {
      const blocks = arrayAt(last, 'content');
      const block = blocks[blocks.length - 1];
      if (!isObject(block) || block.type !== 'text' || !knownString(block.text)) return;
      text = block.text;
      path = ['messages', messages.length - 1, 'content', blocks.length - 1, 'text'];
      isBlock = true;
    }
    // An empty prefill is allowed; whitespace-only text ends in whitespace too.
    if (text === '' || !/\s$/.test(text)) return;
    context.report({
      path,
      severity: hostSeverity(context.provider),
      messageId: 'trailingWhitespace',
      data: { tail: JSON.stringify(text.slice(-Math.min(text.length, 3))) },
      // A whitespace-only text block would become an empty one, which Anthropic rejects too (empty-text-block removes it).
      fix: isBlock && !text.trim() ? undefined : { title: 'Trim the trailing whitespace', edits: context.fixer.replace(path, text.trimEnd()), preferred: true },
    });
  },
};
