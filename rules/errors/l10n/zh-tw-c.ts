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
};
