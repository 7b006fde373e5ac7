import type { MessageTranslations } from '../types.ts';

/** This rule's messages and fragments in the other locales, by id (English: index.ts); test/unit/message-l10n.test.ts checks them. */
export const translations: MessageTranslations = {
  'zh-cn': {
    anthropicEmpty: "空的文本块：删除它或填入文本。",
    anthropicWhitespace: "只有空白的文本块：删除它或填入文本。",
    geminiEmpty: "空的文本部分：删除它或填入文本。",
    openAiChatEmpty: "空的文本部分：请求到达 {{target}} 时，它会拒绝空文本块。",
  },
  'zh-tw': {
    anthropicEmpty: "空的文字區塊：刪除它或填入文字。",
    anthropicWhitespace: "只有空白的文字區塊：刪除它或填入文字。",
    geminiEmpty: "空的文字部分：刪除它或填入文字。",
    openAiChatEmpty: "空的文字部分：請求到達 {{target}} 時，它會拒絕空文字區塊。",
  },
  fr: {
    anthropicEmpty: "Bloc de texte vide : supprimez-le ou donnez-lui du texte.",
    anthropicWhitespace: "Bloc de texte fait d’espaces : supprimez-le ou donnez-lui du texte.",
    geminiEmpty: "Partie de texte vide : supprimez-la ou donnez-lui du texte.",
    openAiChatEmpty: "Partie de texte vide : {{target}} refuse les blocs de texte vides quand la requête lui parvient.",
  },
};
