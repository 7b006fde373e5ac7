import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RULES } from '../../rules/index.ts';
import { fill } from '../../server/src/core/messages.ts';

/**
 * Rule messages read like ESLint's and Ruff's: one line, short once filled with typical values, sentence
 * case, plain quotes instead of markdown backticks (the text reaches the Problems panel and terminals
 * as written), and no provider wording inside (that is Finding.quote's).
 */

/** Typical values by placeholder name; anything else (often a fragment, which starts a sentence capitalised) is a stand-in. */
const SAMPLE: Record<string, string> = {
  model: 'claude-sonnet-4-5',
  path: 'messages[1].content[0]',
  key: 'temprature',
  name: 'get_weather',
  id: 'toolu_01A09q90qw90lq917835lq9',
  api: 'openai-chat',
  where: ' on OpenAI',
  value: '1.5',
  url: 'a local path',
  mime: 'image/png',
  actual: 'image/jpeg',
  allowed: "'low', 'medium', 'high'",
  known: 'role, content, name, tool_calls, tool_call_id',
  accepted: 'none, low, medium, high',
  defined: "'get_weather', 'search'",
  count: '5',
  what: "'max_completion_tokens'",
  at: '3',
  vendor: 'a DeepSeek',
  native: 'api.deepseek.com',
  kind: 'image',
  host: 'api.openai.com (OpenAI)',
};

/** Where a name means something else in one rule. */
const BY_RULE: Record<string, Record<string, string>> = {
  'reasoning-item-orphaned': { what: 'assistant message', id: 'rs_68af4030baa48193' },
  'body-api-mismatch': { what: 'Gemini generateContent', key: 'contents', api: 'OpenAI Chat Completions', missing: " (which needs 'messages')", endpoint: "'/v1/chat/completions'" },
  'tool-choice-unknown-tool': { what: 'tool_choice' },
  'model-provider-mismatch': { id: 'deepseek-chat' },
  'tool-call-unanswered': { i: '3', next: '4', calls: '2', responses: '1' },
};

const placeholder = /\{\{\s*([A-Za-z_$][\w$]*)\s*\}\}/g;
const sample = (rule: string, template: string) => template.replace(placeholder, (_, name: string) => BY_RULE[rule]?.[name] ?? SAMPLE[name] ?? 'Sample value');

for (const rule of RULES) {
  test(`${rule.meta.id}: messages are one short line in sentence case, with plain quotes`, () => {
    for (const [id, template] of Object.entries(rule.meta.messages ?? {})) {
      const text = fill(sample(rule.meta.id, template), {});
      assert.ok(!text.includes('\n'), `${id}: one line`);
      assert.ok(text.length <= 120, `${id}: ${text.length} characters with sample values: ${text}`);
      assert.ok(!/^[a-z]/.test(text), `${id}: starts lower-case: ${text}`);
      assert.ok(!template.includes('`'), `${id}: markdown backtick in ${template}`);
      for (const e of rule.meta.providerErrors) {
        if (e.message.length >= 30) assert.ok(!template.includes(e.message), `${id}: quotes the provider's wording; put it in Finding.quote`);
      }
    }
    for (const [id, fragment] of Object.entries(rule.meta.fragments ?? {})) {
      assert.ok(!fragment.includes('`') && !fragment.includes('\n'), `fragment ${id}: one line, no backtick`);
    }
  });
}
