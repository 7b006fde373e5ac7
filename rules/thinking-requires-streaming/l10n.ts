import type { MessageTranslations } from '../types.ts';

/** This rule's messages and fragments in the other locales, by id (English: index.ts); test/unit/message-l10n.test.ts checks them. */
export const translations: MessageTranslations = {
  'zh-cn': {
    alwaysThinks: "“{{model}}”总是思考：“enable_thinking”无法关闭它（请删除该参数或换用其他模型）。",
    notStreamed: "思考已开启（{{why}}），但调用未使用流式：{{fix}}。",
    flagOn: "“enable_thinking”为 true",
    byDefault: "“{{model}}”默认思考",
    always: "“{{model}}”总是思考",
    sse: "请添加“X-DashScope-SSE: enable”请求头",
    sseOrOff: "请添加“X-DashScope-SSE: enable”请求头，或发送 \"enable_thinking\": false",
    stream: "请设置 \"stream\": true",
    streamOrOff: "请设置 \"stream\": true，或发送 \"enable_thinking\": false",
  },
  'zh-tw': {
    alwaysThinks: "「{{model}}」總是思考：「enable_thinking」無法關閉它（請刪除該參數或換用其他模型）。",
    notStreamed: "思考已開啟（{{why}}），但呼叫未使用串流：{{fix}}。",
    flagOn: "「enable_thinking」為 true",
    byDefault: "「{{model}}」預設會思考",
    always: "「{{model}}」總是思考",
    sse: "請加上「X-DashScope-SSE: enable」標頭",
    sseOrOff: "請加上「X-DashScope-SSE: enable」標頭，或傳送 \"enable_thinking\": false",
    stream: "請設定 \"stream\": true",
    streamOrOff: "請設定 \"stream\": true，或傳送 \"enable_thinking\": false",
  },
  fr: {
    alwaysThinks: "« {{model}} » réfléchit toujours : « enable_thinking » ne peut pas l’arrêter (retirez-le, ou prenez un autre modèle).",
    notStreamed: "La réflexion est active ({{why}}) mais l’appel n’est pas en flux : {{fix}}.",
    flagOn: "« enable_thinking » vaut true",
    byDefault: "« {{model}} » réfléchit par défaut",
    always: "« {{model}} » réfléchit toujours",
    sse: "ajoutez l’en-tête « X-DashScope-SSE: enable »",
    sseOrOff: "ajoutez l’en-tête « X-DashScope-SSE: enable », ou envoyez \"enable_thinking\": false",
    stream: "mettez \"stream\": true",
    streamOrOff: "mettez \"stream\": true, ou envoyez \"enable_thinking\": false",
  },
};
