import type { Fault, Locale } from '../../../rules/errors/types.ts';

/** How sure an explanation is (core/errors/explain.ts Confidence). */
export type ConfidenceLabel = 'documented' | 'kind' | 'status';

/** The words around an explanation (the explanation itself comes from the catalog's locale files). */
export interface ExplainLabels {
  heading: string;
  fault: string;
  retry: string;
  retryYes: string;
  retryAfter: (seconds: string) => string;
  retryNo: string;
  fix: string;
  rule: string;
  source: string;
  pasted: string;
  faults: Record<Fault, string>;
  /** "How sure": documented entry, recognised kind, status code only. */
  confidence: string;
  confidences: Record<ConfidenceLabel, string>;
  /** Who said it: the wrappers that passed the error on, or the relay's own message. */
  origin: string;
  /** `hops` passed on `provider`'s error (provider null: the provider is not named in the paste). */
  passedOn: (hops: string, provider: string | null) => string;
  /** The error is the message of `hop` itself (null: a relay the paste does not name). */
  ownMessage: (hop: string | null) => string;
}

const EN: ExplainLabels = {
  heading: 'LLM Preflight · error explained',
  fault: 'Whose fault',
  retry: 'Retry',
  retryYes: 'helps (the same request can succeed later)',
  retryAfter: (s) => `helps after ${s}`,
  retryNo: 'will not help until the cause is fixed',
  fix: 'How to fix',
  rule: 'Caught before sending by the lint rule',
  source: 'Source',
  pasted: 'Recognised error',
  faults: {
    request: 'the request (fix the payload)',
    auth: 'credentials or access',
    quota: 'quota or balance (top up or raise the limit)',
    'rate-limit': 'rate limit (transient)',
    'content-filter': 'content policy or moderation',
    relay: 'the relay/gateway in front of the provider',
    upstream: 'the provider (outage or overload)',
  },
  confidence: 'How sure',
  confidences: {
    documented: 'documented error (a catalog entry matches its code or message)',
    kind: 'recognised kind of error (no catalog entry names this message)',
    status: 'only the HTTP status code is recognised',
  },
  origin: 'Who said it',
  passedOn: (hops, provider) => `${hops} passed on ${provider ? `${provider}'s` : "the provider's"} error`,
  ownMessage: (hop) => (hop ? `${hop}'s own message` : "the relay's own message"),
};

const ZH_CN: ExplainLabels = {
  heading: 'LLM Preflight · 错误解释',
  fault: '问题出在',
  retry: '重试',
  retryYes: '有用（同样的请求稍后可能成功）',
  retryAfter: (s) => `等待 ${s} 后有用`,
  retryNo: '在解决原因之前没有用',
  fix: '解决方法',
  rule: '发送前可由检查规则发现',
  source: '来源',
  pasted: '识别到的错误',
  faults: {
    request: '请求本身（修改请求内容）',
    auth: '密钥、凭据或访问权限',
    quota: '额度或余额（充值或提高限额）',
    'rate-limit': '速率限制（暂时性）',
    'content-filter': '内容政策或审核',
    relay: '服务商前面的中转站/网关',
    upstream: '服务商（故障或过载）',
  },
  confidence: '把握程度',
  confidences: {
    documented: '有文档的错误（目录条目匹配了它的代码或消息）',
    kind: '识别出的错误类别（目录中没有条目记录这条消息）',
    status: '只识别出 HTTP 状态码',
  },
  origin: '出自',
  passedOn: (hops, provider) => `${hops} 转发了${provider ? ` ${provider} ` : '服务商'}的错误`,
  ownMessage: (hop) => (hop ? `${hop} 自己的消息` : '中转站自己的消息'),
};

const ZH_TW: ExplainLabels = {
  heading: 'LLM Preflight · 錯誤解釋',
  fault: '問題出在',
  retry: '重試',
  retryYes: '有用（同樣的請求稍後可能成功）',
  retryAfter: (s) => `等待 ${s} 後有用`,
  retryNo: '在解決原因之前沒有用',
  fix: '解決方法',
  rule: '送出前可由檢查規則發現',
  source: '來源',
  pasted: '辨識到的錯誤',
  faults: {
    request: '請求本身（修改請求內容）',
    auth: '金鑰、憑證或存取權限',
    quota: '額度或餘額（儲值或提高限額）',
    'rate-limit': '速率限制（暫時性）',
    'content-filter': '內容政策或審核',
    relay: '服務商前面的中轉服務/閘道',
    upstream: '服務商（故障或過載）',
  },
  confidence: '把握程度',
  confidences: {
    documented: '有文件記載的錯誤（目錄條目符合它的代碼或訊息）',
    kind: '辨識出的錯誤類別（目錄中沒有條目記錄這條訊息）',
    status: '只辨識出 HTTP 狀態碼',
  },
  origin: '出自',
  passedOn: (hops, provider) => `${hops} 轉送了${provider ? ` ${provider} ` : '服務商'}的錯誤`,
  ownMessage: (hop) => (hop ? `${hop} 自己的訊息` : '中轉服務自己的訊息'),
};

const FR: ExplainLabels = {
  heading: 'LLM Preflight · erreur expliquée',
  fault: 'En cause',
  retry: 'Réessayer',
  retryYes: 'peut aider (la même requête peut réussir plus tard)',
  retryAfter: (s) => `aide après ${s}`,
  retryNo: "n'aidera pas tant que la cause n'est pas corrigée",
  fix: 'Comment corriger',
  rule: "Détectable avant l'envoi par la règle",
  source: 'Source',
  pasted: 'Erreur reconnue',
  faults: {
    request: 'la requête (corrigez le contenu envoyé)',
    auth: "les identifiants ou l'accès",
    quota: 'le quota ou le solde (rechargez ou augmentez la limite)',
    'rate-limit': 'la limite de débit (passagère)',
    'content-filter': 'la politique de contenu ou la modération',
    relay: 'le relais/la passerelle devant le fournisseur',
    upstream: 'le fournisseur (panne ou surcharge)',
  },
  confidence: 'Certitude',
  confidences: {
    documented: 'erreur documentée (une entrée du catalogue correspond à son code ou à son message)',
    kind: "type d'erreur reconnu (aucune entrée du catalogue ne nomme ce message)",
    status: 'seul le code de statut HTTP est reconnu',
  },
  origin: 'Provenance',
  passedOn: (hops, provider) => `${hops} a transmis l'erreur renvoyée par ${provider ?? 'le fournisseur'}`,
  ownMessage: (hop) => (hop ? `message propre de ${hop}` : 'message propre du relais'),
};

export const EXPLAIN_LABELS: Readonly<Record<Locale, ExplainLabels>> = { en: EN, 'zh-cn': ZH_CN, 'zh-tw': ZH_TW, fr: FR };

/** A locale we have, from a BCP 47 tag such as `zh-Hans`, `zh-TW`, `fr-CA` or `en-US`; English otherwise. */
export function pickLocale(tag: string | null | undefined): Locale {
  const t = (tag ?? '').toLowerCase();
  if (t.startsWith('zh')) return /tw|hk|mo|hant/.test(t) ? 'zh-tw' : 'zh-cn';
  if (t.startsWith('fr')) return 'fr';
  return 'en';
}

/** "20 s", "1 min 30 s", "2 h". */
export function formatWait(seconds: number): string {
  if (seconds < 1) return `${Math.max(1, Math.round(seconds * 1000))} ms`;
  if (seconds < 90) return `${Math.round(seconds * 10) / 10} s`;
  if (seconds < 5400) return `${Math.floor(seconds / 60)} min${Math.round(seconds % 60) ? ` ${Math.round(seconds % 60)} s` : ''}`;
  return `${Math.round(seconds / 360) / 10} h`;
}
