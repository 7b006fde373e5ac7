import type { MessageTranslations } from '../types.ts';

/** This rule's messages and fragments in the other locales, by id (English: index.ts); test/unit/message-l10n.test.ts checks them. */
export const translations: MessageTranslations = {
  'zh-cn': {
    duplicate: "工具名“{{name}}”已被 {{first}} 使用。",
    duplicateAmbiguous: "工具名“{{name}}”已被 {{first}} 使用：对它的调用有歧义。",
  },
  'zh-tw': {
    duplicate: "工具名稱「{{name}}」已被 {{first}} 使用。",
    duplicateAmbiguous: "工具名稱「{{name}}」已被 {{first}} 使用：對它的呼叫有歧義。",
  },
  fr: {
    duplicate: "Le nom d’outil « {{name}} » est déjà pris par {{first}}.",
    duplicateAmbiguous: "Le nom d’outil « {{name}} » est déjà pris par {{first}} : un appel à cet outil est ambigu.",
  },
};
