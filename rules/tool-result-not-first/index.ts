import { hostSeverity } from '../profiles/index.ts';
import { arrayAt, isObject, isTemplated, knownString } from '../shared.ts';
import type { RuleModule } from '../types.ts';
import { translations } from './l10n.ts';

const NEW_WORDING =
  '`tool_use` ids were found without `tool_result` blocks immediately after: {ids}. Each `tool_use` block must have a corresponding `tool_result` block in the next message.';
const OLD_WORDING =
  'Did not find {n} `tool_result` block(s) at the beginning of this message. Messages following `tool_use` blocks must begin with a matching number of `tool_result` blocks.';

export const rule: RuleModule = {
  meta: {
    id: 'tool-result-not-first',
    translations,
    severity: 'error',
    apis: ['anthropic-messages'],
    description: 'A tool_result block that comes after other content in the user message answering a tool_use.',
    needsCompleteBody: true,
    messages: {
      resultsNotFirst: "Tool results must come first in this message; a '{{otherType}}' block (content[{{firstOther}}]) precedes them.",
    },
    providerErrors: [
      { api: 'anthropic-messages', message: `messages.156: ${OLD_WORDING.replace('{n}', '1')}`, source: 'https://github.com/anthropics/claude-code/issues/473' },
      {
        api: 'anthropic-messages',
        message: `messages.N: ${NEW_WORDING.replace('{ids}', 'toolu_...')} (current wording when text precedes the tool_result blocks)`,
        source: 'https://github.com/NousResearch/hermes-agent/pull/65369 ; live-verified in https://github.com/QwenLM/qwen-code/issues/8161',
      },
    ],
  },
  create(context) {
    if (context.api !== 'anthropic-messages') return {};
    const severity = hostSeverity(context.provider);
    const messages = context.request.messages();
    return {
      message: ({ object: message, index: i }) => {
        if (!message || message.role !== 'assistant' || isTemplated(message.content)) return;
        if (!arrayAt(message, 'content').some((b) => isObject(b) && b.type === 'tool_use')) return;
        const next = messages[i + 1]?.value;
        if (!isObject(next) || next.role !== 'user' || isTemplated(next.content)) return;
        const blocks = arrayAt(next, 'content');
        if (blocks.some(isTemplated)) return;
        const firstOther = blocks.findIndex((b) => !isObject(b) || b.type !== 'tool_result');
        if (firstOther < 0) return;
        const late = blocks
          .map((block, j) => ({ block, j }))
          .filter(({ block, j }) => j > firstOther && isObject(block) && block.type === 'tool_result');
        if (!late.length) return;
        const ids = late.map(({ block }) => (isObject(block) && knownString(block.tool_use_id) ? block.tool_use_id : '?')).join(', ');
        const otherType = isObject(blocks[firstOther]) ? String((blocks[firstOther] as { type?: unknown }).type) : 'other';
        const isResult = (b: unknown) => isObject(b) && b.type === 'tool_result';
        const order = [...blocks.keys()].sort((a, b) => Number(isResult(blocks[b])) - Number(isResult(blocks[a])) || a - b);
        context.report({
          path: ['messages', i + 1, 'content', late[0].j],
          severity,
          messageId: 'resultsNotFirst',
          data: { otherType, firstOther, i, ids, next: i + 1, count: late.length },
          quote: `messages.{{i}}: ${NEW_WORDING.replace('{ids}', '{{ids}}')}`,
          fix: { title: 'Move the tool_result blocks to the front of the message', edits: context.fixer.reorder(['messages', i + 1, 'content'], order), preferred: true },
        });
      },
    };
  },
};
