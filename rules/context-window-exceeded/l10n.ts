import type { MessageTranslations } from '../types.ts';

/** This rule's messages and fragments in the other locales, by id (English: index.ts); test/unit/message-l10n.test.ts checks them. */
export const translations: MessageTranslations = {
  'zh-cn': {
    overWindow: "请求超出 {{model}} 的 {{window}} token 上下文窗口：{{count}} + {{output}} 输出（“{{param}}”）。",
    overLimit: "请求超出 {{model}} 的 {{window}} token 上限：{{count}}。",
    exact: "{{n}} 个提示 token",
    stopped: "超过 {{n}} 个提示 token",
    lowerBound: "至少 {{n}} 个提示 token",
    aboutExact: "约 {{n}} 个提示 token（o200k_base 估算）",
    aboutStopped: "超过约 {{n}} 个提示 token（o200k_base 估算）",
    aboutLowerBound: "至少约 {{n}} 个提示 token（o200k_base 估算）",
  },
  'zh-tw': {
    overWindow: "請求超出 {{model}} 的 {{window}} token 上下文視窗：{{count}} + {{output}} 輸出（「{{param}}」）。",
    overLimit: "請求超出 {{model}} 的 {{window}} token 上限：{{count}}。",
    exact: "{{n}} 個提示 token",
    stopped: "超過 {{n}} 個提示 token",
    lowerBound: "至少 {{n}} 個提示 token",
    aboutExact: "約 {{n}} 個提示 token（o200k_base 估算）",
    aboutStopped: "超過約 {{n}} 個提示 token（o200k_base 估算）",
    aboutLowerBound: "至少約 {{n}} 個提示 token（o200k_base 估算）",
  },
  fr: {
    overWindow: "La requête dépasse la fenêtre de contexte de {{window}} tokens de {{model}} : {{count}} + {{output}} en sortie (« {{param}} »).",
    overLimit: "La requête dépasse la limite de {{window}} tokens de {{model}} : {{count}}.",
    exact: "{{n}} tokens de prompt",
    stopped: "plus de {{n}} tokens de prompt",
    lowerBound: "au moins {{n}} tokens de prompt",
    aboutExact: "environ {{n}} tokens de prompt (estimation o200k_base)",
    aboutStopped: "plus d’environ {{n}} tokens de prompt (estimation o200k_base)",
    aboutLowerBound: "au moins environ {{n}} tokens de prompt (estimation o200k_base)",
  },
};
