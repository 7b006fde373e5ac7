import { hostSeverity } from '../profiles/index.ts';
import { arrayAt, isObject } from '../shared.ts';
import type { JsonPath } from '../../server/src/core/rule-api.ts';
import type { RuleModule } from '../types.ts';
import { translations } from './l10n.ts';

const ANTHROPIC = 'A maximum of 4 blocks with cache_control may be provided. Found {n}.';

export const rule: RuleModule = {
  meta: {
    id: 'too-many-cache-breakpoints',
    translations,
    severity: 'error',
    apis: ['anthropic-messages'],
    description: 'More than 4 `cache_control` breakpoints across the top level, tools, system and messages.',
    messages: {
      tooMany: '{{count}} cache breakpoints; Anthropic allows 4, and this is the fifth (counting tools, system, messages).',
    },
    providerErrors: [
      { api: 'anthropic-messages', message: ANTHROPIC.replace('{n}', '5'), source: 'https://github.com/tghamm/Anthropic.SDK/issues/50' },
      { api: 'anthropic-messages', message: ANTHROPIC.replace('{n}', '5'), source: 'https://github.com/Wei-Shaw/sub2api/issues/176' },
    ],
  },
  create(context) {
    if (context.api !== 'anthropic-messages' || !isObject(context.body)) return {};
    const body = context.body;
    // Templated values can only add breakpoints, so a known count above 4 is already too many.
    const found: JsonPath[] = [];
    // Top-level (automatic) cache_control counts too: https://github.com/Wei-Shaw/sub2api/pull/2018
    if (isObject(body.cache_control)) found.push(['cache_control']);
    arrayAt(body, 'tools').forEach((tool, i) => {
      if (isObject(tool) && isObject(tool.cache_control)) found.push(['tools', i, 'cache_control']);
    });
    arrayAt(body, 'system').forEach((block, i) => {
      if (isObject(block) && isObject(block.cache_control)) found.push(['system', i, 'cache_control']);
    });
    return {
      // Only top-level blocks of each message: whether blocks nested in a tool_result count is not documented.
      block: ({ value, path }) => {
        if (isObject(value) && isObject(value.cache_control)) found.push([...path, 'cache_control']);
      },
      'body:exit': () => {
        if (found.length <= 4) return;
        context.report({
          path: found[4],
          target: 'key',
          severity: hostSeverity(context.provider),
          messageId: 'tooMany',
          data: { count: found.length },
          quote: ANTHROPIC.replace('{n}', '{{count}}'),
        });
      },
    };
  },
};
