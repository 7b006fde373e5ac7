import type { MessageTranslations } from '../types.ts';

/** This rule's messages and fragments in the other locales, by id (English: index.ts); test/unit/message-l10n.test.ts checks them. */
export const translations: MessageTranslations = {
  'zh-cn': {
    noAdaptive: "“{{model}}”没有自适应思考：请使用 {\"type\": \"enabled\", \"budget_tokens\": N}。",
    adaptiveOnly: "“{{model}}”只支持自适应思考：请发送 {\"type\": \"adaptive\"}，并在“output_config”中设置力度。",
    budgetNotBelowMax: "“thinking.budget_tokens”（{{budget}}）必须小于它所计入的“max_tokens”（{{maxTokens}}）。",
    geminiNoThinking: "“{{model}}”没有思考功能：请删除“generationConfig.thinkingConfig”。",
    levelUnsupported: "“thinkingLevel”适用于 Gemini 3 及以后；“{{model}}”请改用“thinkingBudget”。",
    levelNotAccepted: "“{{model}}”接受的 thinkingLevel 为 {{levels}}，不接受“{{level}}”。",
    budgetAndLevel: "“thinkingBudget”与“thinkingLevel”不能同时设置：保留其一（Gemini 3 用“thinkingLevel”）。",
    cannotTurnOff: "“{{model}}”无法关闭思考：请使用 {{min}} 到 {{max}} 的预算，或 -1（动态）。",
    budgetOutOfRange: "“thinkingBudget”{{budget}} 超出“{{model}}”接受的范围（{{allowed}}）。",
  },
  'zh-tw': {
    noAdaptive: "「{{model}}」沒有自適應思考：請使用 {\"type\": \"enabled\", \"budget_tokens\": N}。",
    adaptiveOnly: "「{{model}}」只支援自適應思考：請傳送 {\"type\": \"adaptive\"}，並在「output_config」中設定力度。",
    budgetNotBelowMax: "「thinking.budget_tokens」（{{budget}}）必須小於它所計入的「max_tokens」（{{maxTokens}}）。",
    geminiNoThinking: "「{{model}}」沒有思考功能：請刪除「generationConfig.thinkingConfig」。",
    levelUnsupported: "「thinkingLevel」適用於 Gemini 3 及以後；「{{model}}」請改用「thinkingBudget」。",
    levelNotAccepted: "「{{model}}」接受的 thinkingLevel 為 {{levels}}，不接受「{{level}}」。",
    budgetAndLevel: "「thinkingBudget」與「thinkingLevel」不能同時設定：保留其一（Gemini 3 用「thinkingLevel」）。",
    cannotTurnOff: "「{{model}}」無法關閉思考：請使用 {{min}} 到 {{max}} 的預算，或 -1（動態）。",
    budgetOutOfRange: "「thinkingBudget」{{budget}} 超出「{{model}}」接受的範圍（{{allowed}}）。",
  },
  fr: {
    noAdaptive: "« {{model}} » n’a pas de réflexion adaptative : utilisez {\"type\": \"enabled\", \"budget_tokens\": N}.",
    adaptiveOnly: "« {{model}} » ne prend que la réflexion adaptative : envoyez {\"type\": \"adaptive\"} et l’effort dans « output_config ».",
    budgetNotBelowMax: "« thinking.budget_tokens » ({{budget}}) doit être inférieur à « max_tokens » ({{maxTokens}}), sur lequel il compte.",
    geminiNoThinking: "« {{model}} » ne réfléchit pas : retirez « generationConfig.thinkingConfig ».",
    levelUnsupported: "« thinkingLevel » est pour Gemini 3 et suivants ; « {{model}} » prend « thinkingBudget ».",
    levelNotAccepted: "« {{model}} » accepte thinkingLevel {{levels}}, pas « {{level}} ».",
    budgetAndLevel: "« thinkingBudget » et « thinkingLevel » ne vont pas ensemble : gardez-en un (« thinkingLevel » sur Gemini 3).",
    cannotTurnOff: "« {{model}} » ne peut pas couper la réflexion : budget de {{min}} à {{max}}, ou -1 (dynamique).",
    budgetOutOfRange: "« thinkingBudget » {{budget}} est hors de ce que « {{model}} » accepte ({{allowed}}).",
  },
};
