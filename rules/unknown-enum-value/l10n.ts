import type { MessageTranslations } from '../types.ts';

/** This rule's messages and fragments in the other locales, by id (English: index.ts); test/unit/message-l10n.test.ts checks them. */
export const translations: MessageTranslations = {
  'zh-cn': {
    notInEnum: "“{{path}}”为“{{value}}”，不在 {{allowed}} 之中。",
    notInEnumNear: "“{{path}}”为“{{value}}”，不在 {{allowed}} 之中；您是不是要写“{{near}}”？",
  },
  'zh-tw': {
    notInEnum: "「{{path}}」為「{{value}}」，不在 {{allowed}} 之中。",
    notInEnumNear: "「{{path}}」為「{{value}}」，不在 {{allowed}} 之中；您是不是要寫「{{near}}」？",
  },
  fr: {
    notInEnum: "« {{path}} » vaut « {{value}} », qui n’est pas parmi {{allowed}}.",
    notInEnumNear: "« {{path}} » vaut « {{value}} », qui n’est pas parmi {{allowed}} ; vouliez-vous dire « {{near}} » ?",
  },
};
