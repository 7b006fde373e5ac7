import type { MessageTranslations } from '../types.ts';

/** This rule's messages and fragments in the other locales, by id (English: index.ts); test/unit/message-l10n.test.ts checks them. */
export const translations: MessageTranslations = {
  'zh-cn': {
    trailingWhitespace: "预填内容以空白结尾（{{tail}}）；请删除。",
  },
  'zh-tw': {
    trailingWhitespace: "預填內容以空白結尾（{{tail}}）；請刪除。",
  },
  fr: {
    trailingWhitespace: "Le préremplissage finit par des espaces ({{tail}}) : supprimez-les.",
  },
};
