import type { MessageTranslations } from '../types.ts';

/** This rule's messages and fragments in the other locales, by id (English: index.ts); test/unit/message-l10n.test.ts checks them. */
export const translations: MessageTranslations = {
  'zh-cn': {
    both: "模型 {{model}} 只接受“temperature”或“top_p”之一，不能同时设置：请删除一个。",
  },
  'zh-tw': {
    both: "模型 {{model}} 只接受「temperature」或「top_p」之一，不能同時設定：請刪除一個。",
  },
  fr: {
    both: "Le modèle {{model}} prend « temperature » ou « top_p », pas les deux : retirez-en un.",
  },
};
