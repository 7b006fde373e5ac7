import type { MessageTranslations } from '../types.ts';

/** This rule's messages and fragments in the other locales, by id (English: index.ts); test/unit/message-l10n.test.ts checks them. */
export const translations: MessageTranslations = {
  'zh-cn': {
    missingField: "{{subject}}缺少必填字段“{{name}}”。",
    toolMessageWithoutId: "此 tool 消息没有“tool_call_id”，因此不回应任何工具调用。",
    body: "请求体",
  },
  'zh-tw': {
    missingField: "{{subject}}缺少必填欄位「{{name}}」。",
    toolMessageWithoutId: "此 tool 訊息沒有「tool_call_id」，因此不回應任何工具呼叫。",
    body: "請求主體",
  },
  fr: {
    missingField: "{{subject}} : il manque le champ obligatoire « {{name}} ».",
    toolMessageWithoutId: "Ce message tool n’a pas de « tool_call_id » : il ne répond à aucun appel d’outil.",
    body: "Le corps de la requête",
  },
};
