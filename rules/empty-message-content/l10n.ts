import type { MessageTranslations } from '../types.ts';

/** This rule's messages and fragments in the other locales, by id (English: index.ts); test/unit/message-l10n.test.ts checks them. */
export const translations: MessageTranslations = {
  'zh-cn': {
    anthropicEmpty: "{{role}} 消息的内容是空的 {{kind}}：删除该消息或填入内容。",
    openAiNull: "{{role}} 消息需要内容（字符串或部分数组），不能为 null。",
    geminiEmptyParts: "“parts”为空：给这一轮加上部分或删除它。",
  },
  'zh-tw': {
    anthropicEmpty: "{{role}} 訊息的內容是空的 {{kind}}：刪除該訊息或填入內容。",
    openAiNull: "{{role}} 訊息需要內容（字串或部分陣列），不能為 null。",
    geminiEmptyParts: "「parts」為空：給這一輪加上部分或刪除它。",
  },
  fr: {
    anthropicEmpty: "Contenu {{kind}} vide dans un message {{role}} : supprimez le message ou donnez-lui un contenu.",
    openAiNull: "Un message {{role}} a besoin d’un contenu (une chaîne ou un tableau de parties), pas de null.",
    geminiEmptyParts: "« parts » vide : donnez une partie à ce tour ou supprimez-le.",
  },
};
