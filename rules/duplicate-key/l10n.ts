import type { MessageTranslations } from '../types.ts';

/** This rule's messages and fragments in the other locales, by id (English: index.ts); test/unit/message-l10n.test.ts checks them. */
export const translations: MessageTranslations = {
  'zh-cn': {
    duplicate: "重复的键“{{name}}”：解析器只保留最后一个值，前面的会被忽略。",
  },
  'zh-tw': {
    duplicate: "重複的鍵「{{name}}」：剖析器只保留最後一個值，前面的會被忽略。",
  },
  fr: {
    duplicate: "Clé « {{name}} » en double : les analyseurs ne gardent que la dernière valeur, la précédente est ignorée.",
  },
};
