import type { MessageTranslations } from '../types.ts';

/** This rule's messages and fragments in the other locales, by id (English: index.ts); test/unit/message-l10n.test.ts checks them. */
export const translations: MessageTranslations = {
  'zh-cn': {
    wrongApi: "模型 {{model}} 只由 {{apis}} 提供，不由 {{api}} 提供。",
    restricted: "模型 {{model}} 不接受 {{what}}{{condition}}。{{instead}}",
    ignored: "模型 {{model}} 会忽略 {{what}}{{condition}}。{{instead}}",
    reasoningEffort: "模型 {{model}} 不接受推理力度“{{value}}”（可用：{{accepted}}）。",
    anthropicEffort: "模型 {{model}} 不接受力度“{{value}}”（可用：{{accepted}}）。",
    withValue: "（当 {{param}} 为 {{value}} 时；只在 {{values}} 时允许）",
    atDefault: "（默认 {{param}} 为 {{value}}；只在 {{values}} 时允许）",
    unless: "（除非 {{param}} 为 {{values}}；未发送，模型默认值未知）",
    use: "请改用“{{replacement}}”。",
    accepted: "可用：{{values}}。",
    remove: "请删除它。",
  },
  'zh-tw': {
    wrongApi: "模型 {{model}} 只由 {{apis}} 提供，不由 {{api}} 提供。",
    restricted: "模型 {{model}} 不接受 {{what}}{{condition}}。{{instead}}",
    ignored: "模型 {{model}} 會忽略 {{what}}{{condition}}。{{instead}}",
    reasoningEffort: "模型 {{model}} 不接受推理力度「{{value}}」（可用：{{accepted}}）。",
    anthropicEffort: "模型 {{model}} 不接受力度「{{value}}」（可用：{{accepted}}）。",
    withValue: "（當 {{param}} 為 {{value}} 時；只在 {{values}} 時允許）",
    atDefault: "（預設 {{param}} 為 {{value}}；只在 {{values}} 時允許）",
    unless: "（除非 {{param}} 為 {{values}}；未傳送，模型預設值未知）",
    use: "請改用「{{replacement}}」。",
    accepted: "可用：{{values}}。",
    remove: "請刪除它。",
  },
  fr: {
    wrongApi: "Le modèle {{model}} n’est servi que par {{apis}}, pas par {{api}}.",
    restricted: "Le modèle {{model}} n’accepte pas {{what}}{{condition}}.{{instead}}",
    ignored: "Le modèle {{model}} ignore {{what}}{{condition}}.{{instead}}",
    reasoningEffort: "Le modèle {{model}} n’accepte pas l’effort de raisonnement « {{value}} » (acceptés : {{accepted}}).",
    anthropicEffort: "Le modèle {{model}} n’accepte pas l’effort « {{value}} » (acceptés : {{accepted}}).",
    withValue: " avec {{param}} {{value}} (permis seulement avec {{values}})",
    atDefault: " au {{param}} par défaut {{value}} (permis seulement avec {{values}})",
    unless: " sauf si {{param}} vaut {{values}} (non envoyé ; la valeur par défaut du modèle est inconnue)",
    use: " Utilisez plutôt « {{replacement}} ».",
    accepted: " Acceptés : {{values}}.",
    remove: " Retirez-le.",
  },
};
