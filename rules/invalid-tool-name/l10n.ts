import type { MessageTranslations } from '../types.ts';

/** This rule's messages and fragments in the other locales, by id (English: index.ts); test/unit/message-l10n.test.ts checks them. */
export const translations: MessageTranslations = {
  'zh-cn': {
    openAiTooLong: "工具名“{{name}}”长 {{len}} 个字符；上限为 64。",
    openAiPattern: "工具名“{{name}}”只能包含 a-z、A-Z、0-9、下划线和短横线{{bad}}。",
    anthropicTooLong: "工具名“{{name}}”长 {{len}} 个字符；上限为 128。",
    anthropicPattern: "工具名“{{name}}”只能包含 a-z、A-Z、0-9、下划线和短横线{{bad}}。",
    geminiInvalid: "函数名“{{name}}”{{why}}。",
    dashscopeTooLong: "工具名“{{name}}”长 {{len}} 个字符；上限为 64。",
    tooLong: "长 {{len}} 个字符（上限为 {{max}}）",
    firstChar: "必须以字母或下划线开头",
    geminiChars: "只能包含字母、数字、下划线、点、冒号和短横线{{bad}}",
    notAllowed: "（不允许：{{chars}}）",
    empty: "（名称为空）",
  },
  'zh-tw': {
    openAiTooLong: "工具名稱「{{name}}」長 {{len}} 個字元；上限為 64。",
    openAiPattern: "工具名稱「{{name}}」只能包含 a-z、A-Z、0-9、底線與連字號{{bad}}。",
    anthropicTooLong: "工具名稱「{{name}}」長 {{len}} 個字元；上限為 128。",
    anthropicPattern: "工具名稱「{{name}}」只能包含 a-z、A-Z、0-9、底線與連字號{{bad}}。",
    geminiInvalid: "函式名稱「{{name}}」{{why}}。",
    dashscopeTooLong: "工具名稱「{{name}}」長 {{len}} 個字元；上限為 64。",
    tooLong: "長 {{len}} 個字元（上限為 {{max}}）",
    firstChar: "必須以字母或底線開頭",
    geminiChars: "只能包含字母、數字、底線、句點、冒號與連字號{{bad}}",
    notAllowed: "（不允許：{{chars}}）",
    empty: "（名稱為空）",
  },
  fr: {
    openAiTooLong: "Le nom d’outil « {{name}} » fait {{len}} caractères ; la limite est 64.",
    openAiPattern: "Le nom d’outil « {{name}} » ne peut contenir que a-z, A-Z, 0-9, tirets bas et tirets{{bad}}.",
    anthropicTooLong: "Le nom d’outil « {{name}} » fait {{len}} caractères ; la limite est 128.",
    anthropicPattern: "Le nom d’outil « {{name}} » ne peut contenir que a-z, A-Z, 0-9, tirets bas et tirets{{bad}}.",
    geminiInvalid: "Le nom de fonction « {{name}} » {{why}}.",
    dashscopeTooLong: "Le nom d’outil « {{name}} » fait {{len}} caractères ; la limite est 64.",
    tooLong: "fait {{len}} caractères (la limite est {{max}})",
    firstChar: "doit commencer par une lettre ou un tiret bas",
    geminiChars: "ne peut contenir que lettres, chiffres, tirets bas, points, deux-points et tirets{{bad}}",
    notAllowed: " (interdits : {{chars}})",
    empty: " (le nom est vide)",
  },
};
