import type { MessageTranslations } from '../types.ts';

/** This rule's messages and fragments in the other locales, by id (English: index.ts); test/unit/message-l10n.test.ts checks them. */
export const translations: MessageTranslations = {
  'zh-cn': {
    anthropicUnmatched: "此 tool_result 回应“{{id}}”，但上一条消息中没有这个 tool_use。",
    openAiNoCalls: "此 tool 消息没有回应任何助手的“tool_calls”。",
    openAiWrongId: "上一条助手消息中没有工具调用“{{id}}”。",
    responsesUnmatched: "“input”中此前没有 call_id 为“{{id}}”的 {{kind}}。",
    geminiUnknownName: "functionResponse“{{name}}”在上一轮中没有同名的 functionCall。",
    geminiNoCall: "此 functionResponse 前面不是含 functionCall 的一轮。",
    converseUnmatched: "此 toolResult 回应“{{id}}”，但上一条消息中没有这个 toolUse。",
  },
  'zh-tw': {
    anthropicUnmatched: "此 tool_result 回應「{{id}}」，但上一則訊息中沒有這個 tool_use。",
    openAiNoCalls: "此 tool 訊息沒有回應任何助理的「tool_calls」。",
    openAiWrongId: "上一則助理訊息中沒有工具呼叫「{{id}}」。",
    responsesUnmatched: "「input」中此前沒有 call_id 為「{{id}}」的 {{kind}}。",
    geminiUnknownName: "functionResponse「{{name}}」在上一輪中沒有同名的 functionCall。",
    geminiNoCall: "此 functionResponse 前面不是含 functionCall 的一輪。",
    converseUnmatched: "此 toolResult 回應「{{id}}」，但上一則訊息中沒有這個 toolUse。",
  },
  fr: {
    anthropicUnmatched: "Ce tool_result répond à « {{id}} », qu’aucun tool_use du message précédent ne porte.",
    openAiNoCalls: "Ce message tool ne répond à aucun « tool_calls » de l’assistant.",
    openAiWrongId: "Aucun appel d’outil « {{id}} » dans le message assistant précédent.",
    responsesUnmatched: "Aucun {{kind}} de call_id « {{id}} » plus haut dans « input ».",
    geminiUnknownName: "La functionResponse « {{name}} » ne répond à aucun functionCall de ce nom au tour précédent.",
    geminiNoCall: "Cette functionResponse ne suit pas un tour contenant un functionCall.",
    converseUnmatched: "Ce toolResult répond à « {{id}} », qu’aucun toolUse du message précédent ne porte.",
  },
};
