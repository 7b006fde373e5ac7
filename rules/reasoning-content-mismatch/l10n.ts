import type { MessageTranslations } from '../types.ts';

/** This rule's messages and fragments in the other locales, by id (English: index.ts); test/unit/message-l10n.test.ts checks them. */
export const translations: MessageTranslations = {
  'zh-cn': {
    reasoningMissing: "此调用工具的助手轮需要带上 API 返回的“reasoning_content”（思考模式）。",
  },
  'zh-tw': {
    reasoningMissing: "此呼叫工具的助理輪需要帶上 API 傳回的「reasoning_content」（思考模式）。",
  },
  fr: {
    reasoningMissing: "Ce tour assistant qui appelle des outils doit renvoyer le « reasoning_content » fourni par l’API (mode réflexion).",
  },
};
