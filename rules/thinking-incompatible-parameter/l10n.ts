import type { MessageTranslations } from '../types.ts';

/** This rule's messages and fragments in the other locales, by id (English: index.ts); test/unit/message-l10n.test.ts checks them. */
export const translations: MessageTranslations = {
  'zh-cn': {
    prefillRejected: "“{{model}}”不接受助手预填：请以用户消息结尾。",
    temperature: "启用{{thinking}}时，“temperature”必须为 1 或不设置（此处为 {{value}}）。",
    topK: "启用{{thinking}}时，必须删除“top_k”。",
    topP: "启用{{thinking}}时，“top_p”只能在 0.95 到 1 之间（此处为 {{value}}）：请删除它。",
    forcedTool: "“tool_choice”“{{type}}”强制调用工具，思考模式不允许：请用“auto”或关闭思考。",
    prefillWithoutThinking: "启用思考时，助手预填必须以 thinking 块开头：请删除预填或关闭思考。",
    forcedToolThinking: "“tool_choice” {{value}} 会强制调用工具，{{host}} 在思考模式下拒绝这样做：请改用“auto”或关闭思考。",
    forcedToolDefaultThinking: "“{{model}}”默认开启思考，{{host}} 因此拒绝“tool_choice” {{value}}：请改用“auto”或关闭思考。",
    toolTurnWithoutThinking: "启用思考时，此调用工具的轮次必须原样回传，并以其 thinking 块开头。",
    adaptive: "自适应思考",
    extended: "扩展思考",
  },
  'zh-tw': {
    prefillRejected: "「{{model}}」不接受助理預填：請以使用者訊息結尾。",
    temperature: "啟用{{thinking}}時，「temperature」必須為 1 或不設定（此處為 {{value}}）。",
    topK: "啟用{{thinking}}時，必須刪除「top_k」。",
    topP: "啟用{{thinking}}時，「top_p」只能在 0.95 到 1 之間（此處為 {{value}}）：請刪除它。",
    forcedTool: "「tool_choice」「{{type}}」強制呼叫工具，思考模式不允許：請用「auto」或關閉思考。",
    prefillWithoutThinking: "啟用思考時，助理預填必須以 thinking 區塊開頭：請刪除預填或關閉思考。",
    forcedToolThinking: "「tool_choice」{{value}} 會強制呼叫工具，{{host}} 在思考模式下拒絕這樣做：請改用「auto」或關閉思考。",
    forcedToolDefaultThinking: "「{{model}}」預設開啟思考，{{host}} 因此拒絕「tool_choice」{{value}}：請改用「auto」或關閉思考。",
    toolTurnWithoutThinking: "啟用思考時，此呼叫工具的輪次必須原樣回傳，並以其 thinking 區塊開頭。",
    adaptive: "自適應思考",
    extended: "擴展思考",
  },
  fr: {
    prefillRejected: "« {{model}} » n’accepte pas de préremplissage assistant : terminez par un message utilisateur.",
    temperature: "Avec la {{thinking}}, « temperature » doit valoir 1 ou être absente (ici {{value}}).",
    topK: "Avec la {{thinking}}, « top_k » doit être retiré.",
    topP: "Avec la {{thinking}}, « top_p » doit être entre 0.95 et 1 (ici {{value}}) : retirez-le.",
    forcedTool: "« tool_choice » « {{type}} » force un outil, ce que la réflexion interdit : utilisez « auto » ou coupez la réflexion.",
    prefillWithoutThinking: "Avec la réflexion, un préremplissage assistant doit commencer par un bloc thinking : retirez l’un ou l’autre.",
    forcedToolThinking: "« tool_choice » {{value}} force un outil, ce que {{host}} refuse en mode réflexion : utilisez « auto » ou désactivez la réflexion.",
    forcedToolDefaultThinking: "« {{model}} » réfléchit par défaut et {{host}} refuse alors « tool_choice » {{value}} : utilisez « auto » ou désactivez-la.",
    toolTurnWithoutThinking: "Avec la réflexion, ce tour d’appel d’outil doit être renvoyé tel quel, son bloc thinking en tête.",
    adaptive: "réflexion adaptative",
    extended: "réflexion étendue",
  },
};
