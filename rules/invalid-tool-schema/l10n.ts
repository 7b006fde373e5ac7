import type { MessageTranslations } from '../types.ts';

/** This rule's messages and fragments in the other locales, by id (English: index.ts); test/unit/message-l10n.test.ts checks them. */
export const translations: MessageTranslations = {
  'zh-cn': {
    invalidJsonSchema: "不是有效的 JSON Schema：“{{where}}”{{problem}}。",
    openAiSchema: "{{hint}}",
    strictMode: "使用 \"strict\": true 时：{{hint}}",
    anthropicNotObject: "“input_schema”必须是带 \"type\": \"object\" 的 JSON Schema 对象，而不是 {{got}}。",
    anthropicTopCombinator: "“{{top}}”位于“input_schema”顶层：请把它移进对象 schema 的某个属性。",
    anthropicTopType: "“input_schema”顶层必须有 \"type\": \"object\"（实际为 {{got}}）。",
    geminiUnknownField: "“{{key}}”不是 Gemini Schema 的字段：删除它，或改用“parametersJsonSchema”。",
    geminiUnknownFieldRelay: "“{{key}}”不是 Gemini Schema 的字段，而转发到 Gemini 的中转会发送它：请删除。",
  },
  'zh-tw': {
    invalidJsonSchema: "不是有效的 JSON Schema：「{{where}}」{{problem}}。",
    openAiSchema: "{{hint}}",
    strictMode: "使用 \"strict\": true 時：{{hint}}",
    anthropicNotObject: "「input_schema」必須是帶 \"type\": \"object\" 的 JSON Schema 物件，而不是 {{got}}。",
    anthropicTopCombinator: "「{{top}}」位於「input_schema」頂層：請把它移進物件 schema 的某個屬性。",
    anthropicTopType: "「input_schema」頂層必須有 \"type\": \"object\"（實際為 {{got}}）。",
    geminiUnknownField: "「{{key}}」不是 Gemini Schema 的欄位：刪除它，或改用「parametersJsonSchema」。",
    geminiUnknownFieldRelay: "「{{key}}」不是 Gemini Schema 的欄位，而轉發到 Gemini 的中轉會傳送它：請刪除。",
  },
  fr: {
    invalidJsonSchema: "JSON Schema invalide : « {{where}} » {{problem}}.",
    openAiSchema: "{{hint}}",
    strictMode: "Avec \"strict\": true : {{hint}}",
    anthropicNotObject: "« input_schema » doit être un objet JSON Schema avec \"type\": \"object\", pas {{got}}.",
    anthropicTopCombinator: "« {{top}} » au sommet de « input_schema » : déplacez-le dans une propriété d’un schéma objet.",
    anthropicTopType: "« input_schema » doit avoir \"type\": \"object\" au sommet (ici {{got}}).",
    geminiUnknownField: "« {{key}} » n’est pas un champ du Schema de Gemini : supprimez-le, ou utilisez « parametersJsonSchema ».",
    geminiUnknownFieldRelay: "« {{key}} » n’est pas un champ du Schema de Gemini, qu’un relais vers Gemini transmet : supprimez-le.",
  },
};
