import type { MessageTranslations } from '../types.ts';

/** This rule's messages and fragments in the other locales, by id (English: index.ts); test/unit/message-l10n.test.ts checks them. */
export const translations: MessageTranslations = {
  'zh-cn': {
    notServed: "“{{id}}”是 {{vendor}} 模型；{{host}} 不提供它（请使用 {{native}} 或网关）。",
  },
  'zh-tw': {
    notServed: "「{{id}}」是 {{vendor}} 模型；{{host}} 不提供它（請使用 {{native}} 或閘道）。",
  },
  fr: {
    notServed: "« {{id}} » est un modèle {{vendor}} ; {{host}} ne le sert pas (utilisez {{native}} ou une passerelle).",
  },
};
