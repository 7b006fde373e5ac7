/**
 * Traditional Chinese (zh-tw) translations, group c: the issue-10 entries (anthropic timeout/conflict,
 * bedrock marketplace access, relay LiteLLM budget).
 */
import type { ErrorTranslations } from '../types.ts';

export const TRANSLATIONS: ErrorTranslations = {
  'anthropic/timeout-error': {
    title: 'Anthropic 處理請求逾時（504）',
    explanation: '請求處理時間過長而逾時（HTTP 504 timeout_error）。長時間的非串流請求（不用串流卻設了很大的 max_tokens）以及會中斷閒置連線的網路更容易觸發；請求本身是有效的。',
    fix: ['以指數退避重試。', '長回答使用串流輸出（或 Message Batches API），不要維持一個很長的非串流請求，也不要在非串流時設很大的 max_tokens。'],
  },
  'anthropic/conflict-error': {
    title: '與資源目前狀態衝突（409）',
    explanation: '請求與 Anthropic 一側某個資源的目前狀態衝突（HTTP 409 conflict_error）：例如該資源正被並行修改。文件將其視為衝突解決後可重試。',
    fix: ['稍等後（帶退避）重試；不要對同一資源並行送出修改。', '如果持續失敗，修改前先重新讀取資源的目前狀態，並附上 request_id 聯絡支援。'],
  },
  'bedrock/marketplace-model-access': {
    title: '存取模型需要 AWS Marketplace 權限',
    explanation: 'Bedrock 在首次使用時透過 AWS Marketplace 訂閱啟用第三方模型，而呼叫方的 IAM 使用者或角色無權執行所需的 Marketplace 動作（aws-marketplace:ViewSubscriptions、aws-marketplace:Subscribe），因此模型存取被拒絕。包裝層常把它標成連線錯誤或 502；這是權限問題，原樣重試沒有用。',
    fix: ['為呼叫方授予 aws-marketplace:Subscribe、aws-marketplace:Unsubscribe 和 aws-marketplace:ViewSubscriptions（或請管理員呼叫一次該模型以完成訂閱）。', '確認帳戶為 Marketplace 購買設定了有效的付款方式；Anthropic 模型還需已提交首次使用表單。', '變更後等幾分鐘再重試：訂閱最多需要 2 分鐘完成。'],
  },
  'relay/litellm-budget-exceeded': {
    title: '閘道預算已用完（LiteLLM）',
    explanation: '服務商前面的 LiteLLM 代理拒絕了請求，因為它執行的某項預算（虛擬金鑰、使用者、團隊、終端使用者或模型部署的預算）已用完。這是閘道自己的預算，不是服務商的額度，即使它被標成 OpenAI 或服務商例外。',
    fix: ['請閘道管理員提高或重置該金鑰、使用者或團隊的預算（max_budget、budget_duration），或換一個金鑰。', '如果本不該有預算限制，檢查閘道裡的模型價格和花費紀錄：價格填錯可能一下子耗盡預算。'],
  },
  'deepseek/server-busy': {
    title: 'DeepSeek 伺服器忙碌',
    explanation: 'DeepSeek 回答其伺服器忙碌：目前的高流量耗盡了它的容量。請求本身沒有問題，稍後會成功。',
    fix: ['稍等後以退避方式重試；若持續出現，查看 https://status.deepseek.com。'],
  },
  'seed/http-402': {
    title: "需要付款（402）",
    explanation: "服務要求先付款才回答：帳戶、金鑰或中轉站的餘額已用完或不足以支付這次請求（DeepSeek、OpenRouter、Together 和許多中轉站都以 402 表示）。儲值之前，原樣重試都會失敗。",
    fix: ["檢查發出請求的帳戶或金鑰（或前面的中轉站）的餘額或點數並儲值。", "如果訊息說餘額只夠較少的 token，調低 max_tokens 或縮短請求。"],
  },
  'seed/http-408': {
    title: "請求逾時（408）",
    explanation: "伺服器（或前面的閘道）因為請求或回答耗時太久而關閉了連線。請求本身通常沒有問題。",
    fix: ["以退避方式重試；長回答使用串流輸出，讓資料持續傳送。", "調高用戶端逾時；如果一直逾時，調低最大 token 數。"],
  },
  'seed/http-413': {
    title: "請求過大（413）",
    explanation: "請求內容超過伺服器或其前面代理接受的大小：很長的對話、很大的工具結果，或內嵌的圖片和檔案。同樣的請求內容會再次失敗，必須縮小。",
    fix: ["少送一些：刪除或摘要較早的輪次和大的工具結果，或縮放、壓縮圖片。", "大型檔案透過服務商的檔案 API 上傳後引用，不要以 base64 內嵌。"],
  },
  'seed/http-529': {
    title: "服務過載（529）",
    explanation: "服務暫時過載（Anthropic 和一些中轉站使用的非標準 529）。這不是請求或帳戶限額造成的。",
    fix: ["以指數退避重試。", "如果持續出現，查看服務商的狀態頁，或改用其他模型或區域。"],
  },
  'seed/http-52x': {
    title: "代理未能從後方伺服器取得回答（52x）",
    explanation: "邊緣代理（Cloudflare 的 520–524）沒有從來源站取得可用的回答：來源站回傳無效內容（520）、已停擺（521）、沒有及時回答（522、524）或無法連線（523）。通常不是請求本身的問題。",
    fix: ["以退避方式重試；遇到 524 時，長回答使用串流輸出，讓來源站在代理逾時之前開始回答。", "如果持續出現，代表代理後方的 API 或中轉站停擺了：查看其狀態，或直接呼叫服務商。"],
  },
};
