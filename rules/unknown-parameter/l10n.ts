import type { MessageTranslations } from '../types.ts';

/** This rule's messages and fragments in the other locales, by id (English: index.ts); test/unit/message-l10n.test.ts checks them. */
export const translations: MessageTranslations = {
  'zh-cn': {
    betaParameter: "“{{key}}”是 beta 参数：请发送到“/v1/messages?beta=true”，或加上“anthropic-beta”请求头{{beta}}。",
    unknownParameter: "“{{key}}”不是 {{api}}{{where}}的参数。{{acceptedBy}}",
    unknownParameterNear: "“{{key}}”不是 {{api}}{{where}}的参数；您是不是要写“{{near}}”？",
    unknownField: "“{{path}}”不是此对象{{where}}的字段（已知：{{known}}）。",
    unknownFieldNear: "“{{path}}”不是此对象{{where}}的字段；您是不是要写“{{near}}”？",
    azureVersion: "{{what}}需要 api-version {{since}} 或更高版本（此请求使用 {{version}}），或使用 v1 API。",
    geminiV1: "“{{key}}”是 v1beta 字段：Gemini API 的 /v1/ 端点不认识它；请发送到 /v1beta/。",
    on: "（{{provider}}）",
    extension: "它是 {{owners}} 的扩展。",
    jsonSchemaFormat: "json_schema 类型的“response_format”",
  },
  'zh-tw': {
    betaParameter: "「{{key}}」是 beta 參數：請傳送到「/v1/messages?beta=true」，或加上「anthropic-beta」標頭{{beta}}。",
    unknownParameter: "「{{key}}」不是 {{api}}{{where}}的參數。{{acceptedBy}}",
    unknownParameterNear: "「{{key}}」不是 {{api}}{{where}}的參數；您是不是要寫「{{near}}」？",
    unknownField: "「{{path}}」不是此物件{{where}}的欄位（已知：{{known}}）。",
    unknownFieldNear: "「{{path}}」不是此物件{{where}}的欄位；您是不是要寫「{{near}}」？",
    azureVersion: "{{what}}需要 api-version {{since}} 或更新版本（此請求使用 {{version}}），或使用 v1 API。",
    geminiV1: "「{{key}}」是 v1beta 欄位：Gemini API 的 /v1/ 端點不認得它；請傳送到 /v1beta/。",
    on: "（{{provider}}）",
    extension: "它是 {{owners}} 的擴充。",
    jsonSchemaFormat: "json_schema 類型的「response_format」",
  },
  fr: {
    betaParameter: "« {{key}} » est un paramètre bêta : envoyez-le à « /v1/messages?beta=true » ou avec un en-tête « anthropic-beta »{{beta}}.",
    unknownParameter: "« {{key}} » n’est pas un paramètre de {{api}}{{where}}.{{acceptedBy}}",
    unknownParameterNear: "« {{key}} » n’est pas un paramètre de {{api}}{{where}} ; vouliez-vous dire « {{near}} » ?",
    unknownField: "« {{path}} » n’est pas un champ de cet objet{{where}} (connus : {{known}}).",
    unknownFieldNear: "« {{path}} » n’est pas un champ de cet objet{{where}} ; vouliez-vous dire « {{near}} » ?",
    azureVersion: "{{what}} demande l’api-version {{since}} ou ultérieure (cette requête utilise {{version}}), ou l’API v1.",
    geminiV1: "« {{key}} » est un champ v1beta : le point d’accès /v1/ de l’API Gemini ne le connaît pas ; envoyez-le à /v1beta/.",
    on: " chez {{provider}}",
    extension: " C’est une extension de {{owners}}.",
    jsonSchemaFormat: "« response_format » de type json_schema",
  },
};
