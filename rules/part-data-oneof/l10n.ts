import type { MessageTranslations } from '../types.ts';

/** This rule's messages and fragments in the other locales, by id (English: index.ts); test/unit/message-l10n.test.ts checks them. */
export const translations: MessageTranslations = {
  'zh-cn': {
    noData: "此部分没有数据（{{has}}）：需要 text、inlineData、fileData、functionCall、functionResponse 等之一。",
    severalData: "此部分设置了 {{fields}}：一个部分只能放一种数据，请拆成 {{count}} 个部分。",
  },
  'zh-tw': {
    noData: "此部分沒有資料（{{has}}）：需要 text、inlineData、fileData、functionCall、functionResponse 等之一。",
    severalData: "此部分設定了 {{fields}}：一個部分只能放一種資料，請拆成 {{count}} 個部分。",
  },
  fr: {
    noData: "Cette partie n’a pas de données ({{has}}) : il lui faut text, inlineData, fileData, functionCall, functionResponse…",
    severalData: "Cette partie définit {{fields}} : une partie contient un seul type de données, séparez-la en {{count}} parties.",
  },
};
