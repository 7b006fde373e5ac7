import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RULES } from '../../rules/index.ts';
import type { MessageLocale, RuleCases } from '../../rules/types.ts';
import { lintText } from '../../server/src/core/lint.ts';
import { CORE_MESSAGES, placeholders, syntaxWords } from '../../server/src/core/messages.ts';
import { printParseErrorCode, type ParseErrorCode } from 'jsonc-parser';
import { typographyProblems } from './typography.ts';

const LOCALES: readonly MessageLocale[] = ['zh-cn', 'zh-tw', 'fr'];

for (const rule of RULES) {
  const english = { ...rule.meta.messages, ...rule.meta.fragments };
  if (!Object.keys(english).length) continue;
  for (const locale of LOCALES) {
    test(`${rule.meta.id} in ${locale}: every message and fragment, the same placeholders, the language's typography`, () => {
      const table = rule.meta.translations?.[locale] ?? {};
      assert.deepEqual(Object.keys(table).sort(), Object.keys(english).sort(), 'the same ids as English');
      for (const [id, text] of Object.entries(table)) {
        assert.deepEqual(placeholders(text), placeholders(english[id]), `${id}: placeholders`);
        assert.deepEqual(typographyProblems(text, locale), [], `${id}: ${text}`);
      }
    });
  }
}

test('the locale reaches the rendered message; English stays the default', () => {
  const text = 'POST https://api.openai.com/v1/chat/completions\nContent-Type: application/json\nAuthorization: Bearer {{KEY}}\n\n{"model":"gpt-4o","messages":[],"temprature":0.2}\n';
  const options = { languageId: 'http', filePath: '/x/a.http' };
  const message = (locale?: 'zh-cn' | 'zh-tw' | 'fr') => lintText(text, { ...options, locale }).findings.find((f) => f.rule === 'unknown-parameter')!.message;
  assert.equal(message(), "'temprature' is not a parameter of openai-chat on OpenAI; did you mean 'temperature'?");
  assert.equal(message('zh-cn'), '“temprature”不是 openai-chat（OpenAI）的参数；您是不是要写“temperature”？');
  assert.equal(message('zh-tw'), '「temprature」不是 openai-chat（OpenAI）的參數；您是不是要寫「temperature」？');
  assert.equal(message('fr'), '«\u202ftemprature\u202f» n’est pas un paramètre de openai-chat chez OpenAI\u202f; vouliez-vous dire «\u202ftemperature\u202f»\u202f?');
});

test('the core\'s own messages: every locale, the same placeholders, the typography', () => {
  for (const [id, texts] of Object.entries(CORE_MESSAGES)) {
    for (const locale of LOCALES) {
      assert.deepEqual(placeholders(texts[locale]), placeholders(texts.en), `${id} ${locale}: placeholders`);
      assert.deepEqual(typographyProblems(texts[locale], locale), [], `${id} ${locale}`);
    }
  }
  const broken = lintText('{"model":"gpt-4o","st}', { languageId: 'json', filePath: '/x/a.json', api: 'openai-chat', locale: 'zh-cn' });
  assert.equal(broken.findings[0].message, 'JSON 语法错误：字符串意外结束。服务方会在读取请求体之前拒绝它。');
});

test("every jsonc-parser error code reads in every locale (no English words inside a translated syntax error)", () => {
  // jsonc-parser's codes run 1..16 (ParseErrorCode is a const enum); a number past them prints '<unknown ParseErrorCode>'.
  for (let code = 1; !printParseErrorCode(code as ParseErrorCode).startsWith('<'); code++) {
    const name = printParseErrorCode(code as ParseErrorCode);
    const english = name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
    for (const locale of LOCALES) {
      const words = syntaxWords(english, locale);
      assert.notEqual(words, english, `${name}: no ${locale} words`);
      assert.deepEqual(typographyProblems(words, locale), [], `${name} ${locale}`);
    }
  }
});

test('zh-cn findings of every rule case hold no English sentence (data and fragments are translated too)', async () => {
  const leaks: string[] = [];
  for (const rule of RULES) {
    const { cases } = (await import(`../../rules/${rule.meta.id}/cases.ts`)) as { cases: RuleCases };
    for (const c of [...cases.valid, ...cases.invalid]) {
      if (c.limits) continue; // (30-100 MB bodies; their messages are checked by the rule tester in English)
      for (const f of lintText(c.code, { languageId: c.languageId, filePath: `/cases/case.${c.languageId}`, locale: 'zh-cn' }).findings) {
        // Quoted names, code and values are the user's or the API's words; what is left must not read as English.
        const words = f.message.replace(/'[^']*'|"[^"]*"|“[^”]*”|\{[^}]*\}/g, '');
        if (/\b[A-Za-z]+[ ,]+[a-z]+[ ,]+[a-z]+ [a-z]+\b/.test(words)) leaks.push(`${f.rule}: ${f.message}`);
      }
    }
  }
  assert.deepEqual(leaks, []);
});
