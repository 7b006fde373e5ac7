import type { MessageTranslations } from '../types.ts';

/** This rule's messages and fragments in the other locales, by id (English: index.ts); test/unit/message-l10n.test.ts checks them. */
export const translations: MessageTranslations = {
  'zh-cn': {
    missingField: "{{subject}}缺少必填字段“{{name}}”。",
    toolMessageWithoutId: "此 tool 消息没有“tool_call_id”，因此不回应任何工具调用。",
    converseToolConfig: "消息中含有 toolUse 或 toolResult 块，Converse 因此需要“toolConfig”：请加上工具定义。",
    body: "请求体",
  },
  'zh-tw': {
    missingField: "{{subject}}缺少必填欄位「{{name}}」。",
    toolMessageWithoutId: "此 tool 訊息沒有「tool_call_id」，因此不回應任何工具呼叫。",
    converseToolConfig: "訊息中含有 toolUse 或 toolResult 區塊，Converse 因此需要「toolConfig」：請加上工具定義。",
    body: "請求主體",
  },
  fr: {
    missingField: "{{subject}} : il manque le champ obligatoire « {{name}} ».",
    toolMessageWithoutId: "Ce message tool n’a pas de « tool_call_id » : il ne répond à aucun appel d’outil.",
    converseToolConfig: "Les messages contiennent des blocs toolUse ou toolResult : Converse exige alors « toolConfig », ajoutez les outils.",
    body: "Le corps de la requête",
  },
};
