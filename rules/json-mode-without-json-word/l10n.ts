import type { MessageTranslations } from '../types.ts';

/** This rule's messages and fragments in the other locales, by id (English: index.ts); test/unit/message-l10n.test.ts checks them. */
export const translations: MessageTranslations = {
  'zh-cn': {
    chat: "JSON 模式要求消息中出现“json”一词：请在 system 或用户消息中说明答案为 JSON。",
    responses: "JSON 模式要求输入消息中出现“json”一词；没有任何消息提到它。",
    responsesInstructions: "JSON 模式要求输入消息中出现“json”一词；“instructions”不算。",
    dashscope: "JSON 模式要求消息中出现“json”一词；没有任何消息提到它。",
  },
  'zh-tw': {
    chat: "JSON 模式要求訊息中出現「json」一詞：請在 system 或使用者訊息中說明答案為 JSON。",
    responses: "JSON 模式要求輸入訊息中出現「json」一詞；沒有任何訊息提到它。",
    responsesInstructions: "JSON 模式要求輸入訊息中出現「json」一詞；「instructions」不算。",
    dashscope: "JSON 模式要求訊息中出現「json」一詞；沒有任何訊息提到它。",
  },
  fr: {
    chat: "Le mode JSON exige le mot « json » dans les messages : dites dans un message system ou utilisateur que la réponse est du JSON.",
    responses: "Le mode JSON exige le mot « json » dans les messages d’entrée ; aucun ne le mentionne.",
    responsesInstructions: "Le mode JSON exige le mot « json » dans les messages d’entrée ; les « instructions » ne comptent pas.",
    dashscope: "Le mode JSON exige le mot « json » dans les messages ; aucun ne le mentionne.",
  },
};
