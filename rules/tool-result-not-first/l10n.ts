import type { MessageTranslations } from '../types.ts';

/** This rule's messages and fragments in the other locales, by id (English: index.ts); test/unit/message-l10n.test.ts checks them. */
export const translations: MessageTranslations = {
  'zh-cn': {
    resultsNotFirst: "工具结果必须排在此消息最前面；其前有一个“{{otherType}}”块（content[{{firstOther}}]）。",
  },
  'zh-tw': {
    resultsNotFirst: "工具結果必須排在此訊息最前面；其前有一個「{{otherType}}」區塊（content[{{firstOther}}]）。",
  },
  fr: {
    resultsNotFirst: "Les résultats d’outil doivent venir en premier dans ce message ; un bloc « {{otherType}} » (content[{{firstOther}}]) les précède.",
  },
};
