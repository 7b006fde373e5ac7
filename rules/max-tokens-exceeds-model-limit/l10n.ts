import type { MessageTranslations } from '../types.ts';

/** This rule's messages and fragments in the other locales, by id (English: index.ts); test/unit/message-l10n.test.ts checks them. */
export const translations: MessageTranslations = {
  'zh-cn': {
    aboveMaximum: "“{{name}}”{{value}} 超过 {{model}} 的最大输出 {{max}} token{{origin}}。",
    aboveHostMaximum: "“{{name}}”{{value}} 超过 {{max}}，即 {{model}} {{where}}的最大输出。",
    onHost: "在 {{host}} 上",
    forSnapshot: "在 {{snapshot}} 快照中",
    withoutBeta: "未发送“{{beta}}”beta 时",
  },
  'zh-tw': {
    aboveMaximum: "「{{name}}」{{value}} 超過 {{model}} 的最大輸出 {{max}} token{{origin}}。",
    aboveHostMaximum: "「{{name}}」{{value}} 超過 {{max}}，即 {{model}} {{where}}的最大輸出。",
    onHost: "在 {{host}} 上",
    forSnapshot: "在 {{snapshot}} 快照中",
    withoutBeta: "未傳送「{{beta}}」beta 時",
  },
  fr: {
    aboveMaximum: "« {{name}} » {{value}} dépasse la sortie maximale de {{model}}, {{max}} jetons{{origin}}.",
    aboveHostMaximum: "« {{name}} » {{value}} dépasse {{max}}, la sortie maximale de {{model}} {{where}}.",
    onHost: "sur {{host}}",
    forSnapshot: "pour l’instantané {{snapshot}}",
    withoutBeta: "sans la bêta « {{beta}} »",
  },
};
