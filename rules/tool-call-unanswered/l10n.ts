import type { MessageTranslations } from '../types.ts';

/** This rule's messages and fragments in the other locales, by id (English: index.ts); test/unit/message-l10n.test.ts checks them. */
export const translations: MessageTranslations = {
  'zh-cn': {
    anthropicUnanswered: "tool_use“{{id}}”在下一条消息（messages.{{next}}）中没有 tool_result。",
    chatUnanswered: "工具调用“{{id}}”在 messages[{{k}}] 之前没有“tool”消息回应。",
    responsesUnanswered: "function_call“{{id}}”在“input”中没有 function_call_output。",
    responsesAnsweredLate: "function_call“{{id}}”在 input[{{at}}] 之后才得到回应；DeepSeek 要求输出在前。",
    geminiTooFewResponses: "contents[{{i}}] 发起 {{calls}} 个函数调用，但 contents[{{next}}] 只回应 {{responses}} 个。",
  },
  'zh-tw': {
    anthropicUnanswered: "tool_use「{{id}}」在下一則訊息（messages.{{next}}）中沒有 tool_result。",
    chatUnanswered: "工具呼叫「{{id}}」在 messages[{{k}}] 之前沒有「tool」訊息回應。",
    responsesUnanswered: "function_call「{{id}}」在「input」中沒有 function_call_output。",
    responsesAnsweredLate: "function_call「{{id}}」在 input[{{at}}] 之後才得到回應；DeepSeek 要求輸出在前。",
    geminiTooFewResponses: "contents[{{i}}] 發起 {{calls}} 個函式呼叫，但 contents[{{next}}] 只回應 {{responses}} 個。",
  },
  fr: {
    anthropicUnanswered: "Le tool_use « {{id}} » n’a pas de tool_result dans le message suivant (messages.{{next}}).",
    chatUnanswered: "L’appel d’outil « {{id}} » n’a aucun message « tool » qui y réponde avant messages[{{k}}].",
    responsesUnanswered: "Le function_call « {{id}} » n’a pas de function_call_output dans « input ».",
    responsesAnsweredLate: "Le function_call « {{id}} » reçoit sa réponse après input[{{at}}] ; DeepSeek veut la sortie d’abord.",
    geminiTooFewResponses: "Le tour contents[{{i}}] fait {{calls}} appels de fonction mais contents[{{next}}] en rend {{responses}}.",
  },
};
