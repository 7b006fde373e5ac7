import type { MessageTranslations } from '../types.ts';

/** This rule's messages and fragments in the other locales, by id (English: index.ts); test/unit/message-l10n.test.ts checks them. */
export const translations: MessageTranslations = {
  'zh-cn': {
    anthropicVersion: "缺少“anthropic-version”请求头：请添加“anthropic-version: 2023-06-01”。",
    noCredential: "没有凭据：请求中没有 {{names}} 请求头{{query}}。请添加 {{hint}}。",
    noContentType: "没有“Content-Type”请求头：请求体可能不会按 JSON 读取。请添加“Content-Type: application/json”。",
    notJson: "“Content-Type: {{value}}”不是 JSON，请求体可能不会按 JSON 读取：请使用“application/json”。",
    noKeyParam: "，也没有“key=”查询参数",
  },
  'zh-tw': {
    anthropicVersion: "缺少「anthropic-version」標頭：請加上「anthropic-version: 2023-06-01」。",
    noCredential: "沒有憑證：請求中沒有 {{names}} 標頭{{query}}。請加上 {{hint}}。",
    noContentType: "沒有「Content-Type」標頭：請求主體可能不會按 JSON 讀取。請加上「Content-Type: application/json」。",
    notJson: "「Content-Type: {{value}}」不是 JSON，請求主體可能不會按 JSON 讀取：請使用「application/json」。",
    noKeyParam: "，也沒有「key=」查詢參數",
  },
  fr: {
    anthropicVersion: "En-tête « anthropic-version » manquant : ajoutez « anthropic-version: 2023-06-01 ».",
    noCredential: "Aucun identifiant : la requête n’a pas d’en-tête {{names}}{{query}}. Ajoutez {{hint}}.",
    noContentType: "Pas d’en-tête « Content-Type » : le corps risque de ne pas être lu comme du JSON. Ajoutez « Content-Type: application/json ».",
    notJson: "« Content-Type: {{value}} » n’est pas du JSON, le corps risque de ne pas être lu comme tel : utilisez « application/json ».",
    noKeyParam: " ni de paramètre de requête « key= »",
  },
};
