import type { MessageTranslations } from '../types.ts';

/** This rule's messages and fragments in the other locales, by id (English: index.ts); test/unit/message-l10n.test.ts checks them. */
export const translations: MessageTranslations = {
  'zh-cn': {
    tooMany: "{{count}} 个缓存断点；Anthropic 最多允许 4 个，这是第五个（按 tools、system、messages 计）。",
  },
  'zh-tw': {
    tooMany: "{{count}} 個快取斷點；Anthropic 最多允許 4 個，這是第五個（按 tools、system、messages 計）。",
  },
  fr: {
    tooMany: "{{count}} points de cache ; Anthropic en accepte 4, et voici le cinquième (tools, system, messages).",
  },
};
