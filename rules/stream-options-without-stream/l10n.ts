import type { MessageTranslations } from '../types.ts';

/** This rule's messages and fragments in the other locales, by id (English: index.ts); test/unit/message-l10n.test.ts checks them. */
export const translations: MessageTranslations = {
  'zh-cn': {
    notStreamed: "“stream_options”只适用于流式响应，而{{stream}}。",
    notSet: "“stream”未设置",
    isValue: "“stream”为 {{value}}",
  },
  'zh-tw': {
    notStreamed: "「stream_options」只適用於串流回應，而{{stream}}。",
    notSet: "「stream」未設定",
    isValue: "「stream」為 {{value}}",
  },
  fr: {
    notStreamed: "« stream_options » ne vaut que pour les réponses en flux, et {{stream}}.",
    notSet: "« stream » n’est pas défini",
    isValue: "« stream » vaut {{value}}",
  },
};
