import type { MessageTranslations } from '../types.ts';

/** This rule's messages and fragments in the other locales, by id (English: index.ts); test/unit/message-l10n.test.ts checks them. */
export const translations: MessageTranslations = {
  'zh-cn': {
    unsigned: "函数调用“{{name}}”缺少 thoughtSignature：请原样回传 Gemini 3 的模型轮。",
    unsignedOpenAi: "工具调用“{{name}}”缺少 extra_content.google.thought_signature：请原样回传 Gemini 3 的工具调用。",
  },
  'zh-tw': {
    unsigned: "函式呼叫「{{name}}」缺少 thoughtSignature：請原樣回傳 Gemini 3 的模型輪。",
    unsignedOpenAi: "工具呼叫「{{name}}」缺少 extra_content.google.thought_signature：請原樣回傳 Gemini 3 的工具呼叫。",
  },
  fr: {
    unsigned: "L’appel de fonction « {{name}} » n’a pas sa thoughtSignature : renvoyez tel quel le tour du modèle Gemini 3.",
    unsignedOpenAi: "L’appel d’outil « {{name}} » n’a pas son extra_content.google.thought_signature : renvoyez tels quels les appels de Gemini 3.",
  },
};
