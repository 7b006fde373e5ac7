import type { MessageTranslations } from '../types.ts';

/** This rule's messages and fragments in the other locales, by id (English: index.ts); test/unit/message-l10n.test.ts checks them. */
export const translations: MessageTranslations = {
  'zh-cn': {
    foreignBody: "{{what}} 请求体（“{{key}}”）被发往 {{api}}：请发送到 {{endpoint}}。",
    chatShape: "聊天 API（OpenAI Chat 或 Anthropic Messages）",
  },
  'zh-tw': {
    foreignBody: "{{what}} 請求主體（「{{key}}」）被送往 {{api}}：請傳送到 {{endpoint}}。",
    chatShape: "聊天 API（OpenAI Chat 或 Anthropic Messages）",
  },
  fr: {
    foreignBody: "Un corps {{what}} (« {{key}} ») envoyé à {{api}} : envoyez-le à {{endpoint}}.",
    chatShape: "d’API de chat (OpenAI Chat ou Anthropic Messages)",
  },
};
