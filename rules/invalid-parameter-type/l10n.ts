import type { MessageTranslations } from '../types.ts';

/** This rule's messages and fragments in the other locales, by id (English: index.ts); test/unit/message-l10n.test.ts checks them. */
export const translations: MessageTranslations = {
  'zh-cn': {
    wrongType: "“{{path}}”应为 {{expected}}，而不是 {{got}}。",
    unquote: "“{{path}}”应为 {{expected}}，而不是 {{got}}：去掉引号（{{value}}）。",
  },
  'zh-tw': {
    wrongType: "「{{path}}」應為 {{expected}}，而不是 {{got}}。",
    unquote: "「{{path}}」應為 {{expected}}，而不是 {{got}}：去掉引號（{{value}}）。",
  },
  fr: {
    wrongType: "« {{path}} » doit être de type {{expected}}, pas {{got}}.",
    unquote: "« {{path}} » doit être de type {{expected}}, pas {{got}} : écrivez-le sans guillemets ({{value}}).",
  },
};
