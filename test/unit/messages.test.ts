import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintText } from '../../server/src/core/lint.ts';
import { renderMessage } from '../../server/src/core/messages.ts';
import type { RuleModule } from '../../rules/types.ts';

const rule: RuleModule = {
  meta: {
    id: 'demo',
    severity: 'warning',
    apis: 'all',
    description: 'Demo.',
    providerErrors: [],
    messages: { hello: 'Hello {{ who }}, {{count}} time(s); `{{API_KEY}}` stays.', bad: 'x' },
  },
  check(context) {
    context.report({ path: ['model'], messageId: 'hello', data: { who: '{{count}}', count: 2 } });
    context.report({ path: ['model'], message: 'plain' });
    context.report({ path: ['model'], messageId: 'nope' });
  },
};

test('messages by id: placeholders filled once from data, unknown names left, plain messages still accepted', () => {
  assert.equal(renderMessage(rule, { messageId: 'hello', data: { who: 'you', count: 1 } }), 'Hello you, 1 time(s); `{{API_KEY}}` stays.');
  const found = lintText('{"model": "gpt-4o", "messages": []}', { languageId: 'json', filePath: '/x/req.json', api: 'openai-chat' }, { rules: [rule] }).findings;
  assert.deepEqual(
    found.map((f) => f.message),
    ['Hello {{count}}, 2 time(s); `{{API_KEY}}` stays.', 'plain', 'Internal error in rule demo; its findings are missing: unknown messageId "nope"'],
  );
});
