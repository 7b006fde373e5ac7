import type { MessageTranslations } from '../types.ts';

/** This rule's messages and fragments in the other locales, by id (English: index.ts); test/unit/message-l10n.test.ts checks them. */
export const translations: MessageTranslations = {
  'zh-cn': {
    geminiStartsWithCall: "对话以函数调用轮开头；它必须跟在提出请求的用户轮之后。",
    geminiCallAfterModel: "此函数调用轮跟在另一个模型轮（contents[{{previous}}]）之后：合并二者，或在中间加入用户轮。",
    dashscopeToolOrder: "此 tool 消息前面不是带“tool_calls”的助手消息。",
    dashscopeNoUser: "没有 user 消息：DashScope 要求 input.messages 中至少有一条用户消息。",
    startsWithAssistant: "对话以助手轮开头，{{platform}} 会拒绝：请以用户轮开头。",
    converseNotAlternating: "连续两个 {{role}} 轮（messages[{{previous}}] 和这一轮）：Converse 的轮次必须交替；请合并它们。",
  },
  'zh-tw': {
    geminiStartsWithCall: "對話以函式呼叫輪開頭；它必須接在提出請求的使用者輪之後。",
    geminiCallAfterModel: "此函式呼叫輪接在另一個模型輪（contents[{{previous}}]）之後：合併兩者，或在中間加入使用者輪。",
    dashscopeToolOrder: "此 tool 訊息前面不是帶「tool_calls」的助理訊息。",
    dashscopeNoUser: "沒有 user 訊息：DashScope 要求 input.messages 中至少有一則使用者訊息。",
    startsWithAssistant: "對話以助理輪開頭，{{platform}} 會拒絕：請以使用者輪開頭。",
    converseNotAlternating: "連續兩個 {{role}} 輪（messages[{{previous}}] 與這一輪）：Converse 的輪次必須交替；請合併它們。",
  },
  fr: {
    geminiStartsWithCall: "La conversation commence par un tour d’appel de fonction ; il doit suivre le tour utilisateur qui l’a demandé.",
    geminiCallAfterModel: "Ce tour d’appel de fonction suit un autre tour du modèle (contents[{{previous}}]) : fusionnez-les ou intercalez un tour utilisateur.",
    dashscopeToolOrder: "Ce message tool ne suit pas un message assistant avec « tool_calls ».",
    dashscopeNoUser: "Aucun message user : DashScope exige au moins un tour utilisateur dans input.messages.",
    startsWithAssistant: "La conversation commence par un tour assistant, que {{platform}} refuse : commencez par un tour utilisateur.",
    converseNotAlternating: "Deux tours {{role}} de suite (messages[{{previous}}] et celui-ci) : les tours Converse doivent alterner ; fusionnez-les.",
  },
};
