import type { MessageTranslations } from '../types.ts';

/** This rule's messages and fragments in the other locales, by id (English: index.ts); test/unit/message-l10n.test.ts checks them. */
export const translations: MessageTranslations = {
  'zh-cn': {
    last: "推理项 {{name}} 是最后一个输入项；它产生的消息或工具调用必须紧随其后。{{swapped}}",
    followedByRole: "推理项 {{name}} 后面是“{{role}}”消息，而不是它产生的输出。{{swapped}}",
    followedByType: "推理项 {{name}} 后面是“{{type}}”项，而不是它产生的输出。{{swapped}}",
    followerWithoutId: "推理项“{{id}}”之后的{{what}}没有“id”，API 无法将二者配对。",
    swapped: "（input[{{at}}]“{{id}}”应排在它之后）",
    assistant: "助手消息",
    call: "function_call",
  },
  'zh-tw': {
    last: "推理項目 {{name}} 是最後一個輸入項目；它產生的訊息或工具呼叫必須緊接其後。{{swapped}}",
    followedByRole: "推理項目 {{name}} 後面是「{{role}}」訊息，而不是它產生的輸出。{{swapped}}",
    followedByType: "推理項目 {{name}} 後面是「{{type}}」項目，而不是它產生的輸出。{{swapped}}",
    followerWithoutId: "推理項目「{{id}}」之後的{{what}}沒有「id」，API 無法將兩者配對。",
    swapped: "（input[{{at}}]「{{id}}」應排在它之後）",
    assistant: "助理訊息",
    call: "function_call",
  },
  fr: {
    last: "L’élément de raisonnement {{name}} est le dernier de l’entrée ; le message ou l’appel d’outil qu’il a produit doit le suivre.{{swapped}}",
    followedByRole: "L’élément de raisonnement {{name}} est suivi d’un message « {{role}} », pas de la sortie qu’il a produite.{{swapped}}",
    followedByType: "L’élément de raisonnement {{name}} est suivi d’un élément « {{type}} », pas de la sortie qu’il a produite.{{swapped}}",
    followerWithoutId: "Le {{what}} qui suit l’élément de raisonnement « {{id}} » n’a pas d’« id » : l’API ne peut pas les apparier.",
    swapped: " (input[{{at}}] « {{id}} » devrait venir après lui)",
    assistant: "message assistant",
    call: "function_call",
  },
};
