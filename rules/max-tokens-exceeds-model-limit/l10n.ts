import type { MessageTranslations } from '../types.ts';

/** This rule's messages and fragments in the other locales, by id (English: index.ts); test/unit/message-l10n.test.ts checks them. */
export const translations: MessageTranslations = {
  'zh-cn': {
    aboveMaximum: "“{{name}}”{{value}} 超过 {{model}} 的最大输出 {{max}} token{{origin}}。",
  },
  'zh-tw': {
    aboveMaximum: "「{{name}}」{{value}} 超過 {{model}} 的最大輸出 {{max}} token{{origin}}。",
  },
  fr: {
    aboveMaximum: "« {{name}} » {{value}} dépasse la sortie maximale de {{model}}, {{max}} jetons{{origin}}.",
  },
};
