import type { MessageTranslations } from '../types.ts';

/** This rule's messages and fragments in the other locales, by id (English: index.ts); test/unit/message-l10n.test.ts checks them. */
export const translations: MessageTranslations = {
  'zh-cn': {
    anthropicSystemTurn: "{{why}}：请把文本移到顶层“system”参数。",
    geminiSystemRole: "Gemini 的“contents”中没有“system”角色：{{action}}顶层“systemInstruction”。",
    opensMessages: "system 消息不能作为“messages”的开头",
    afterUser: "system 消息必须跟在用户轮之后",
    platform: "Bedrock 和 Vertex AI 不支持对话中途的 system 消息",
    predates: "{{model}} 早于对话中途 system 消息的支持（Claude Opus 4.8+）",
    merge: "把这段文本并入",
    put: "把它放进",
  },
  'zh-tw': {
    anthropicSystemTurn: "{{why}}：請把文字移到頂層「system」參數。",
    geminiSystemRole: "Gemini 的「contents」中沒有「system」角色：{{action}}頂層「systemInstruction」。",
    opensMessages: "system 訊息不能作為「messages」的開頭",
    afterUser: "system 訊息必須接在使用者輪之後",
    platform: "Bedrock 與 Vertex AI 不支援對話中途的 system 訊息",
    predates: "{{model}} 早於對話中途 system 訊息的支援（Claude Opus 4.8+）",
    merge: "把這段文字併入",
    put: "把它放進",
  },
  fr: {
    anthropicSystemTurn: "{{why}} : déplacez le texte dans le paramètre « system » de premier niveau.",
    geminiSystemRole: "Gemini n’a pas de rôle « system » dans « contents » : {{action}} « systemInstruction » de premier niveau.",
    opensMessages: "Un message system ne peut pas ouvrir « messages »",
    afterUser: "Un message system doit suivre un tour utilisateur",
    platform: "Bedrock et Vertex AI n’acceptent pas de message system en cours de conversation",
    predates: "{{model}} précède les messages system en cours de conversation (Claude Opus 4.8+)",
    merge: "fusionnez ce texte dans",
    put: "mettez-le dans",
  },
};
