import type { ErrorTranslations } from '../types.ts';

/** zh-tw, group b: openai, azure, deepseek, openrouter, google, bedrock. */
export const TRANSLATIONS: ErrorTranslations = {
  // --- openai ---
  'openai/invalid-api-key': {
    title: 'API 金鑰不正確',
    explanation: 'OpenAI 無法識別 Authorization 標頭中的金鑰：可能打錯字、夾帶多餘的空白或引號、已被撤銷，或屬於其他服務。若金鑰是中轉服務或閘道核發的，而 base URL 仍指向 api.openai.com，也會出現同樣的錯誤。',
    fix: [
      '檢查程式實際送出的金鑰（印出開頭與結尾幾個字元），確認沒有引號、空白或結尾換行。',
      '若金鑰來自中轉服務或其他供應商，請將 base URL 設為該服務，而不是 api.openai.com。',
      '否則請到 https://platform.openai.com/api-keys 建立新金鑰，並在所有快取舊金鑰的地方換掉。',
    ],
  },
  'openai/missing-api-key': {
    title: '未送出 API 金鑰',
    explanation: '請求送達 OpenAI 時沒有 Authorization 標頭，或標頭格式不是 "Bearer <key>"。通常是發出呼叫的程序中，存放金鑰的環境變數是空的。',
    fix: [
      '送出標頭 `Authorization: Bearer <your key>`（並確認其來源變數在程式執行的環境中確實有設定）。',
      '在 .http 檔案中，確認存放金鑰的變數已在目前使用的環境中定義。',
    ],
  },
  'openai/no-organization': {
    title: '帳號不屬於任何組織',
    explanation: '此金鑰所屬的使用者已不在任何 OpenAI 組織中（已離開或被移除，或組織已被刪除），因此請求沒有可計費的對象。',
    fix: ['請組織擁有者重新邀請此帳號，或建立新的組織。', '接著在該組織內建立新的 API 金鑰並改用它。'],
  },
  'openai/mismatched-organization': {
    title: 'Organization 標頭與金鑰不符',
    explanation: '請求帶有 OpenAI-Organization 標頭（常來自 OPENAI_ORG_ID / OPENAI_ORGANIZATION 變數），但其中指定的組織並不是此 API 金鑰所屬的組織。專案金鑰與服務帳號金鑰都只綁定一個組織。',
    fix: [
      '若你只屬於一個組織，移除 OpenAI-Organization 標頭（或 OPENAI_ORGANIZATION 變數）。',
      '否則將它設為 OpenAI 儀表板中該金鑰旁顯示的組織 ID。',
    ],
  },
  'openai/project-no-model-access': {
    title: '專案無權使用此模型',
    explanation: '模型 ID 有效，但金鑰所屬的 OpenAI 專案不允許使用它：專案設有模型允許清單（Limits 頁面）、該模型需要更高的使用層級或身分驗證，或尚未對該組織開放。',
    fix: [
      '在 OpenAI 儀表板開啟該專案，進入 Limits，允許此專案使用該模型。',
      '若模型需要特定使用層級或組織驗證，請先完成；或改用專案可用的模型（GET /v1/models 會列出）。',
    ],
  },
  'openai/unsupported-region': {
    title: '不支援此國家、地區或領土',
    explanation: 'OpenAI 拒絕來自呼叫端網路位置的請求。判斷依據是對外連線（egress）的 IP：即使帳號本身沒有問題，只要伺服器、代理、CDN 邊緣節點或中轉服務位於不支援的地區，就會觸發此錯誤。',
    fix: ['從支援的地區送出請求（搬移伺服器或其對外代理）。', '若呼叫經由中轉服務或雲端函式，確認那台機器位於哪裡。'],
  },
  'openai/service-tier-not-allowed': {
    title: '此專案不允許使用該服務層級',
    explanation: '請求指定的 service_tier（例如 "priority" 或 "flex"）此專案不允許使用，或該模型不提供。',
    fix: ['移除 `service_tier`，或設為 "auto" / "default"。', '若確實需要該層級，請到儀表板確認專案與模型都符合資格。'],
  },
  'openai/model-not-found': {
    title: '模型不存在（或你無權使用）',
    explanation: 'OpenAI 不對此金鑰提供請求中的模型 ID：可能是打錯字、已淘汰的模型、其他供應商或閘道的名稱（例如 "openai/gpt-4o" 或 "claude-..."），或是你的帳號層級尚無法使用的模型。',
    fix: [
      '將 `model` 的值與 GET https://api.openai.com/v1/models 回傳的清單比對（ID 必須完全一致，且區分大小寫）。',
      '移除閘道前綴與結尾空白；已淘汰的模型請換成現行的模型。',
      '若 ID 正確，到專案的 Limits 頁面檢查模型存取權。',
    ],
  },
  'openai/responses-only-model': {
    title: '此模型僅支援 Responses API',
    explanation: '此模型（例如 o1-pro、gpt-5-pro 或 codex 模型）只在 /v1/responses 上提供，但請求送到了 /v1/chat/completions。',
    fix: [
      '改送 POST /v1/responses：`messages` 改為 `input`，`max_completion_tokens` 改為 `max_output_tokens`，`response_format` 移到 `text.format`。',
      '或選用支援 Chat Completions 的模型。',
    ],
  },
  'openai/not-a-chat-model': {
    title: '不是聊天模型',
    explanation: '此模型是 completion、embedding 或其他非聊天模型，因此 /v1/chat/completions 無法使用它。',
    fix: ['/v1/chat/completions 請改用聊天模型，或呼叫該模型適用的端點（例如 /v1/completions 或 /v1/embeddings）。'],
  },
  'openai/unsupported-parameter': {
    title: '此模型不支援該參數',
    explanation: 'API 中確實有這個參數，但所選的模型不接受它。最常見的情況：推理模型與 GPT-5 等級的模型要用 `max_completion_tokens` 取代 `max_tokens`，其中部分模型也不接受 top_p、logprobs 或各種 penalty 等取樣參數。',
    fix: [
      '照訊息的指示處理：把 `max_tokens` 改名為 `max_completion_tokens`，或移除訊息指出的參數。',
      '若同一段程式碼要服務多個模型，只對接受該參數的模型送出它。',
    ],
  },
  'openai/unsupported-value': {
    title: '此模型不支援該值',
    explanation: '參數本身可以使用，但此模型不接受這個值：推理模型只接受預設的 temperature（1），部分模型不接受 "system" 角色或某些 reasoning_effort 等級。',
    fix: [
      '移除該參數（推理模型上的 temperature/top_p），或改用訊息列出的值之一。',
      '較舊的推理模型不接受 "system" 角色時，改用 "developer"，或把指示移到第一則 user 訊息中。',
    ],
  },
  'openai/unknown-parameter': {
    title: '未知的參數',
    explanation: '請求內容含有此端點完全不認識的欄位，通常是其他供應商的選項（enable_thinking、top_k、thinking）、字面上的 "extra_body" 鍵，或是送到 Responses API 的 Chat Completions 欄位。',
    fix: ['移除訊息中指出的欄位，或改名為 OpenAI 的對應參數。', '專屬其他供應商的選項，只應出現在送往該供應商的請求中。'],
  },
  'openai/missing-required-parameter': {
    title: '缺少必要參數',
    explanation: '缺少端點要求的欄位：頂層的 model 或 messages/input、content part 的 type，或 tool 訊息的 tool_call_id。訊息中的 param 會指出確切的位置。',
    fix: ['在訊息給出的路徑（例如 messages[2].content[0].type）補上所指的欄位。'],
  },
  'openai/invalid-type': {
    title: '參數的 JSON 型別錯誤',
    explanation: '某個參數的 JSON 型別在該位置不被接受，例如數字以字串送出（"max_tokens": "1024"），或在需要陣列的地方放了物件。',
    fix: ['以訊息指定的型別送出值（數字不加引號，陣列用 [ ]）。'],
  },
  'openai/empty-array': {
    title: '空陣列',
    explanation: '某個至少需要一個元素的陣列送出時是空的：通常是 `messages`、`tools` 或 assistant 訊息的 `tool_calls`。',
    fix: ['在陣列中放入至少一個元素，或整個省略該欄位（適用於 tools 與 tool_calls）。'],
  },
  'openai/number-out-of-range': {
    title: '數值超出允許範圍',
    explanation: '數值參數低於最小值或高於最大值（temperature 0..2、top_p 0..1、n >= 1、top_logprobs <= 20 等）。max_tokens 的最大值就是該模型本身的輸出上限。',
    fix: ['使用訊息所列範圍內的值（"Expected a value <= 2"）。'],
  },
  'openai/string-too-long': {
    title: '單一字串過長',
    explanation: '請求內容中有某個字串超過該欄位允許的長度（訊息 content 為 10,485,760 個字元；名稱、ID 與 metadata 的限制則小得多），這與模型的上下文視窗無關。',
    fix: ['縮短訊息中指出的欄位，或把文字拆成多則訊息或多個檔案。', '大型文件應該交給 Files API 或檢索步驟處理，而不是塞進單一字串。'],
  },
  'openai/invalid-value': {
    title: '不是可接受的值',
    explanation: '此參數只接受一組固定的值（角色、reasoning effort、content part 類型、回應格式），但請求用了其他值。',
    fix: ['使用 "Supported values are:" 之後列出的值之一。'],
  },
  'openai/tool-choice-without-tools': {
    title: '有 tool_choice 卻沒有 tools',
    explanation: '請求設定了 `tool_choice`，卻沒有定義 `tools`（或清單為空），因此沒有可選擇的工具。',
    fix: ['請求沒有工具時移除 `tool_choice`，或補上它所指的工具。'],
  },
  'openai/context-length-exceeded': {
    title: '提示超出上下文視窗',
    explanation: '對話內容（在 Chat Completions 上還要加上要求的 max_tokens）超出模型的上下文視窗。此請求共 {tokens} 個 token，視窗上限為 {limit}。重試同一個請求必定失敗。',
    fix: [
      '縮短輸入：刪除或摘要較早的對話輪次，裁剪過長的工具結果與文件。',
      '調低 max_tokens / max_completion_tokens，讓提示加上輸出放得進去。',
      '或改用上下文視窗更大的模型。',
    ],
  },
  'openai/max-tokens-too-large': {
    title: 'max_tokens 超過模型的輸出上限',
    explanation: '要求的輸出長度超過此模型單次回應所能產生的上限，與提示長短無關。本次要求 {maxTokens} 個 token，而模型最多只允許 {limit}。',
    fix: ['將 max_tokens（或 max_completion_tokens）設為訊息所示的上限以內。'],
  },
  'openai/json-word-required': {
    title: 'JSON 模式要求訊息中出現 "json" 一詞',
    explanation: '使用 response_format {"type": "json_object"}（或 Responses 上的 text.format json_object）時，API 要求某則訊息提到 JSON，藉此告訴模型要輸出 JSON。在 Responses 上，只寫在 instructions 欄位不算數。',
    fix: ['在 system 或 user 訊息中加入「請以 JSON 回答」之類的指示，或改用 json_schema 格式。'],
  },
  'openai/tool-calls-unanswered': {
    title: '工具呼叫沒有對應的工具結果',
    explanation: 'assistant 訊息要求了工具呼叫，但其後的訊息沒有回覆每一個 tool_call_id（在 Responses 上：某個 function_call 項目缺少 function_call_output）。這通常是工具結果在歷史紀錄中被丟棄、順序錯亂或遭截斷所致。',
    fix: [
      '在每則帶有 tool_calls 的 assistant 訊息之後，先為每個呼叫加上一則 role "tool" 訊息並帶上對應的 tool_call_id，之後才接其他訊息。',
      '即使工具執行失敗，也要送出內含錯誤文字的 tool 訊息，不要省略。',
    ],
  },
  'openai/tool-result-unmatched': {
    title: '工具結果沒有對應的工具呼叫',
    explanation: '某則 role "tool" 訊息（或 function_call_output 項目）回覆的呼叫，並不是緊接在前的 assistant 訊息所發出的：該 assistant 輪次被刪除、ID 不符，或兩者之間插入了其他內容。',
    fix: [
      '讓每則 tool 訊息緊跟在它所回覆之 tool_calls 的 assistant 訊息之後，並使用相同的 tool_call_id。',
      '裁剪歷史紀錄時，將 assistant 的工具呼叫與其工具結果一起移除。',
    ],
  },
  'openai/safety-system-rejected': {
    title: '遭安全系統拒絕',
    explanation: 'OpenAI 的審核機制判定此提示（最常見的是圖片生成提示）違反使用政策（錯誤代碼 content_policy_violation 或 moderation_blocked）。再次送出相同的提示也會得到相同結果。',
    fix: [
      '改寫提示，移除被標記的內容；生成圖片時避免真實人物、暴力與色情內容。',
      '若大量提示被標記，先用免費的 moderation 端點檢查。',
    ],
  },
  'openai/invalid-prompt-flagged': {
    title: '提示被使用政策標記',
    explanation: '推理模型會審查整個提示（錯誤代碼 invalid_prompt），而此提示被標記為可能違反使用政策。這有可能是工具輸出或引用文字中的字詞造成的誤判；相同的歷史紀錄會一直失敗。',
    fix: [
      '找出對話中看似有害的部分並改寫或移除（資安、武器、自我傷害等主題是常見的觸發因素）。',
      '若被標記的文字位於歷史紀錄深處，請開啟新的對話。',
    ],
  },
  'openai/billing-limit': {
    title: '點數或支出上限已用完',
    explanation: '這個 429 是帳務上的停用，不是限流（type insufficient_quota；code 會說明是哪一種）：預付點數餘額已用完，或組織或專案已達到儀表板中設定的支出或用量上限。等幾秒鐘也沒有用。',
    fix: ['在 Settings > Billing 加值點數，或提高組織／專案的支出上限。', '若是每月上限，上限重設後請求即可恢復。'],
  },
  'openai/billing-not-active': {
    title: '帳務未啟用',
    explanation: '金鑰有效，但帳號或組織沒有啟用中的帳務設定（沒有付款方式、付款失敗，或從未購買預付點數），因此 OpenAI 以 429（code billing_not_active）拒絕請求。重試沒有幫助。',
    fix: [
      '到 https://platform.openai.com/settings/organization/billing 新增付款方式或購買點數。',
      '若帳務設定看起來沒問題，確認金鑰屬於負責付款的那個組織。',
    ],
  },
  'openai/insufficient-quota': {
    title: '超出額度（點數已用完）',
    explanation: '雖然狀態碼是 429，但這不是速率限制：帳號已沒有點數，或達到支出上限（type insufficient_quota）。在帳務問題解決之前，重試（即使隔很久）都會失敗。尚未設定付款方式的新帳號，第一次呼叫就會遇到。',
    fix: [
      '到 https://platform.openai.com/settings/organization/billing 查看餘額與上限，並加值點數。',
      '確認金鑰屬於擁有點數的組織與專案。',
    ],
  },
  'openai/billing-hard-limit': {
    title: '已達帳務硬性上限',
    explanation: '組織已達到帳務設定中的硬性支出上限（code billing_hard_limit_reached，多見於圖片生成）。在提高上限或上限重設之前，不會再處理任何請求。',
    fix: ['在帳務設定中提高硬性上限（或加值點數），或等待下一個計費週期。'],
  },
  'openai/request-too-large': {
    title: '單一請求就超過每分鐘 token 上限',
    explanation: '這個 429 表示單一請求所需的 token 數，就超過組織對此模型每分鐘可用的量（TPM）。與一般的速率限制不同，等待沒有幫助：以目前的層級，同樣的請求永遠都太大。此請求需要 {requested} 個 token，上限為 {limit}。',
    fix: [
      '縮小請求（縮短歷史紀錄、減少文件、調低 max_tokens），使其低於訊息中的 TPM 上限。',
      '或升級到 TPM 上限更高的使用層級。',
    ],
  },
  'openai/rate-limit-exceeded': {
    title: '已達速率限制',
    explanation: '組織對此模型每分鐘送出的請求數（RPM）或 token 數（TPM）超過其使用層級的允許值。訊息會說明是哪一項限制以及需要等待多久；回應標頭 x-ratelimit-* 會顯示剩餘量。此處上限為 {limit}，已使用 {used}，本次請求需要 {requested}。OpenAI 要求等待 {wait}。',
    fix: [
      '等待 "Please try again in ..." 所示的時間（或依 retry-after / x-ratelimit-reset-* 標頭），再以指數退避重試。',
      '減少同時送出的請求數量或大小（限制並行數，批次工作改用 Batch API）。',
      '若需要長期提高上限，請升級到更高的使用層級。',
    ],
  },
  'openai/slow-down': {
    title: '請放慢：流量成長太快',
    explanation: '你的請求速率上升得比 OpenAI 能承接的還快，即使仍在 RPM/TPM 上限以內（429，較舊的端點為 503，code slow_down）。只要速率保持穩定就會解除。回應要求等待 {wait}。',
    fix: ['先退避（遵守 retry-after），回到先前的請求速率，並維持穩定約 15 分鐘。', '之後再逐步增加流量，不要一次暴增。'],
  },
  'openai/server-error': {
    title: 'OpenAI 伺服器錯誤',
    explanation: 'OpenAI 在處理此請求時發生內部錯誤（HTTP 500，type server_error）。通常是暫時性的，並非請求內容造成。',
    fix: [
      '稍候以指數退避重試。',
      '若同一個請求持續發生，查看 https://status.openai.com，並附上訊息中的 request ID 回報。',
    ],
  },
  'openai/server-overloaded': {
    title: 'OpenAI 負載過高',
    explanation: 'OpenAI 的伺服器（或此模型）目前沒有足夠容量處理請求（503，code server_is_overloaded；較舊的回應會說 engine 過載）。請求本身沒有問題。回應要求等待 {wait}。',
    fix: ['稍候重試，採用指數退避並遵守 retry-after。', '若持續發生，查看 https://status.openai.com，或改用其他模型備援。'],
  },
  // --- azure ---
  'azure/content-filter': {
    title: '遭 Azure 內容篩選封鎖',
    explanation: 'Azure 的內容篩選（innererror code ResponsibleAIPolicyViolation）在模型執行之前就封鎖了提示。content_filter_result（較新的 API 版本為 content_filter_results）會指出觸發的類別：hate、sexual、violence 或 self_harm 並附上嚴重程度，或是 jailbreak / indirect_attack（Prompt Shields）並標示 detected: true；部分部署還會檢查受保護的內容、不雅用語與自訂封鎖清單。篩選設定隸屬於部署，因此相同的文字在該部署上會一直失敗。',
    fix: [
      '在 content_filter_result 中找出 "filtered": true 的類別，改寫或移除提示中的對應部分（包括歷史紀錄中的舊輪次與工具結果）。',
      '若 jailbreak 屬於誤判（代理程式的提示、角色指示），為部署套用敏感度較低或已調整 Prompt Shields 的自訂內容篩選。',
      '要關閉篩選或設為 "annotate only"，必須先取得 Microsoft 對修改內容篩選的核准。',
    ],
  },
  'azure/deployment-not-found': {
    title: '找不到部署',
    explanation: 'Azure 依 URL 中的部署名稱（/openai/deployments/<name>/...）路由，而不是依請求內容中的 model 欄位。此資源上沒有該名稱的部署：可能用了模型名稱而非部署名稱、名稱打錯、端點屬於其他資源，或路徑重複了（/openai/openai/...）。剛在幾分鐘內建立的部署也可能還在生效中。',
    fix: [
      '從 Azure AI Foundry > Deployments 複製確切的部署名稱，用在 URL 中（或作為 SDK 的 model/deployment 參數）。',
      '確認端點主機就是擁有該部署的資源，而且路徑沒有重複。',
      '若剛建立部署，約等五分鐘後再重試。',
    ],
  },
  'azure/unrecognized-argument': {
    title: '此 api-version 不認得該參數',
    explanation: 'Azure 會依查詢字串中的 api-version 驗證請求內容。所指的欄位要不是根本不屬於 Azure OpenAI 的參數（enable_thinking、thinking、字面上的 extra_body 鍵），就是比該 api-version 還新（在舊版本上的 max_completion_tokens、reasoning_effort）。',
    fix: [
      '移除該欄位，或改名為 Azure OpenAI 的對應參數。',
      '若是較新的 OpenAI 參數，將 api-version 提高到支援它的版本（或改用 /openai/v1 端點）。',
    ],
  },
  'azure/api-version-not-supported': {
    title: '此路徑不支援該 api-version',
    explanation: '此端點不接受 api-version 查詢參數的這個值。常見情況：/openai/v1/ 端點不接受帶日期的版本（或只接受 "preview"），而較舊的 /openai/deployments/... 路徑則需要帶日期的版本；Azure AI Foundry 的模型端點則有各自的版本。',
    fix: [
      '/openai/v1/... 請移除 api-version 或設為 "preview"；/openai/deployments/... 請使用目前帶日期的 GA 版本。',
      '查看 Azure OpenAI API 版本生命週期頁面中的版本清單。',
    ],
  },
  'azure/resource-not-found': {
    title: '找不到資源（URL 或 api-version 錯誤）',
    explanation: 'Azure 在該 URL 找不到任何操作：缺少 api-version 查詢參數，或所指版本沒有此操作（Responses API 需要較新或 preview 版本）；路徑錯誤（多了 /v1 或 /openai、結尾多了斜線）；或端點的資源類型不對。',
    fix: [
      '確認 URL 的格式為 https://<resource>.openai.azure.com/openai/deployments/<deployment>/chat/completions?api-version=<version>。',
      '加上或更新 api-version（在 YAML/.env 中請加上引號，讓 2024-10-21 保持為字串）。',
      'Responses API 或其他新操作，請使用包含它們的版本。',
    ],
  },
  'azure/access-denied-key-or-endpoint': {
    title: '金鑰無效或端點錯誤',
    explanation: 'api-key 不屬於端點所指的資源：可能是其他 Azure 資源或區域的金鑰、送到 Azure 的 OpenAI 金鑰（sk-...）、已重新產生的金鑰，或與資源不符的區域端點。',
    fix: [
      '從同一個資源取得 Key 1 或 Key 2 以及 Endpoint（Azure 入口網站 > 資源 > Keys and Endpoint），並搭配使用。',
      '以 `api-key` 標頭送出金鑰（或改用具備 Cognitive Services OpenAI User 角色的 Microsoft Entra ID）。',
    ],
  },
  'azure/network-firewall': {
    title: '遭資源的網路規則封鎖',
    explanation: '此資源只接受來自選定虛擬網路、私人端點或 IP 範圍的流量，而這個請求來自其他地方。',
    fix: ['從允許的網路（或透過私人端點）呼叫，或在 Networking > Firewalls and virtual networks 中加入呼叫端的公用 IP。'],
  },
  'azure/daily-quota': {
    title: '每日額度或零額度（要求 86400 秒後重試）',
    explanation: '要你等上一整天的 429 並不是一般的限流：此訂用帳戶（通常是免費試用或新的訂用帳戶）對此模型沒有額度或只有每日額度，因此在額度重設之前，所有呼叫都會被拒絕。',
    fix: [
      '將免費試用升級為隨用隨付，或申請提高額度（https://aka.ms/oai/quotaincrease）。',
      '若訂用帳戶仍有剩餘額度，也可以在 Azure AI Foundry > Quotas 為部署分配更多 TPM。',
    ],
  },
  'azure/rate-limit': {
    title: '已達部署的速率限制',
    explanation: '此部署已用完每分鐘 token 數（或每分鐘請求數）的配額。Azure 會在訊息以及 retry-after / retry-after-ms 標頭中說明需要等待多久。此處要求等待 {wait}。',
    fix: [
      '等待 "Please retry after N seconds" 中的秒數（或 retry-after-ms），再以退避方式重試。',
      '在 Azure AI Foundry 提高部署的 TPM、將負載分散到多個部署或區域，或改用 global/data-zone 部署。',
    ],
  },
  'azure/high-demand': {
    title: 'Azure 容量不足（需求量高）',
    explanation: '標準（隨用隨付）部署與其他客戶共用容量，尖峰期間即使你自己的額度尚未用完，Azure 也會拒絕超過一定大小的請求。Azure 要求等待 {wait}。',
    fix: [
      '依建議的延遲時間後以退避方式重試；尖峰時段較小的請求比較容易通過。',
      '若需要穩定的容量，請使用佈建輸送量（Provisioned Throughput），或將流量分散到其他區域的部署。',
    ],
  },
  'azure/operation-not-supported': {
    title: '部署的模型不支援此操作',
    explanation: '部署的模型不支援 URL 中的操作（code OperationNotSupported）：例如對 gpt-5-pro 或 codex 這類僅支援 Responses 的模型呼叫 chat completions、對聊天模型呼叫 embeddings、對僅支援聊天的模型版本呼叫舊版 completions，或對文字模型呼叫圖片生成。',
    fix: [
      '呼叫該模型支援的操作（僅支援 Responses 的模型，請使用 POST /openai/v1/responses）。',
      '或將請求指向模型支援此操作的部署。',
    ],
  },
  'azure/server-error': {
    title: 'Azure OpenAI 伺服器錯誤',
    explanation: 'Azure OpenAI 服務在處理請求時發生內部錯誤（HTTP 500，type server_error）。通常是暫時性的。',
    fix: [
      '稍候以指數退避重試。',
      '若持續發生，查看該區域的 Azure 狀態，並附上請求 ID（apim-request-id）提出支援要求。',
    ],
  },
  // --- deepseek ---
  'deepseek/reasoning-content-missing': {
    title: '工具呼叫輪次缺少 reasoning_content',
    explanation: '在思考模式下，發出工具呼叫的 assistant 訊息必須連同 DeepSeek 當時回傳的 reasoning_content 一併送回。此請求的歷史紀錄把它丟掉了（只保留 `content` 的用戶端與 SDK 會這樣做），因此 API 拒絕了這段對話。',
    fix: [
      '保留每則帶有 tool_calls 之 assistant 訊息的 `reasoning_content`，並在後續請求中原封不動地送回。',
      '若用戶端無法保留它，請在會使用工具的對話中關閉思考模式。',
    ],
  },
  'deepseek/max-tokens-out-of-range': {
    title: 'max_tokens 超出允許範圍',
    explanation: '要求的 max_tokens 大於模型的輸出上限（訊息會給出有效範圍，例如 [1, 8192]），或不是正數。',
    fix: ['將 max_tokens 設在訊息給出的範圍內，或省略它以使用預設值。'],
  },
  'deepseek/model-not-exist': {
    title: '模型不存在',
    explanation: 'DeepSeek 不提供請求中的模型 ID。它的 API ID 與行銷名稱及閘道上的名稱不同："deepseek-r1" 或 "deepseek/deepseek-chat" 在 api.deepseek.com 上都無效。',
    fix: [
      '使用 GET https://api.deepseek.com/models 列出的模型 ID（例如 deepseek-chat 或 deepseek-reasoner）。',
      '移除 "deepseek/" 之類的閘道前綴。',
    ],
  },
  'deepseek/content-exists-risk': {
    title: '遭 DeepSeek 內容審核封鎖',
    explanation: 'DeepSeek 的內容安全檢查拒絕了輸入（政治敏感話題是常見的觸發原因，一般的新聞或文件也經常被誤判）。被標記的文字仍留在對話中，因此用相同的歷史紀錄重試會一直失敗。',
    fix: [
      '找出觸發審核的輸入部分（大段爬取的文字、新聞、機構名稱），將其移除或改寫。',
      '將大批次拆小，避免一筆被標記的內容擋住其餘內容，或將該內容改送其他供應商。',
    ],
  },
  'deepseek/json-word-required': {
    title: 'JSON 模式要求提示中出現 "json" 一詞',
    explanation: '使用 response_format {"type": "json_object"} 時，DeepSeek 要求提示中提到 JSON（最好也示範預期的格式），讓模型知道要輸出 JSON。',
    fix: ['在 system 或 user 訊息中加入「請以 JSON 回覆」之類的指示，並附上物件範例。'],
  },
  'deepseek/response-format-unavailable': {
    title: '不支援此 response_format 類型',
    explanation: 'DeepSeek 只支援 {"type": "json_object"}（以及純文字）；結構化輸出輔助工具所送出的 json_schema 回應格式會被拒絕。',
    fix: ['改用 {"type": "json_object"} 並在提示中描述 schema，再自行驗證回答。', '或改用工具（function）呼叫來取得結構化輸出。'],
  },
  'deepseek/tool-calls-unanswered': {
    title: '工具呼叫沒有對應的工具結果',
    explanation: '帶有 tool_calls 的 assistant 訊息之後，沒有為每個呼叫各接一則 tool 訊息；部分結果被丟棄，或被放在其他訊息之後。',
    fix: ['緊接在該 assistant 訊息之後，為每個 tool_call_id 加上一則 role "tool" 訊息，之後才接任何 user 或 assistant 訊息。'],
  },
  'deepseek/context-length-exceeded': {
    title: '提示超出上下文視窗',
    explanation: '訊息加上要求的輸出長度超過模型的上下文長度。此請求要求 {tokens} 個 token，上限為 {limit}。同樣的請求必定失敗。',
    fix: ['縮短歷史紀錄或文件，或摘要較早的對話輪次。', '調低 max_tokens，讓提示加上輸出放得進去。'],
  },
  'deepseek/deserialize-failed': {
    title: '請求內容不符合 DeepSeek 的請求格式',
    explanation: 'DeepSeek 無法將請求內容解析為其請求結構；訊息會指出是哪個欄位。常見原因：content 以 parts 陣列提供（圖片，或較舊端點不接受的文字 parts）、未知的角色如 "developer"、response_format 的形狀錯誤，或訊息物件缺少 role/content。',
    fix: [
      '找到訊息中所指的欄位（例如 messages[1]），改成一般的 OpenAI 風格訊息：{"role": "system|user|assistant|tool", "content": "text"}。',
      '移除圖片 parts（DeepSeek 聊天模型只接受文字），並以 "system" 取代 "developer"。',
    ],
  },
  'deepseek/authentication-fails': {
    title: '身分驗證失敗（API 金鑰錯誤）',
    explanation: 'DeepSeek 拒絕了此 API 金鑰：可能打錯、已刪除、設定中殘留了佔位字串（訊息會顯示其最後幾個字元）、是其他供應商的金鑰，或標頭不是 "Authorization: Bearer sk-..."。"(no such user)" 表示此金鑰不屬於任何帳號。',
    fix: [
      '將訊息中的最後幾個字元與你真正的金鑰比對；設定金鑰時不要加引號或空白。',
      '必要時到 https://platform.deepseek.com/api_keys 建立新金鑰。',
    ],
  },
  'deepseek/insufficient-balance': {
    title: '餘額不足（402）',
    explanation: 'DeepSeek 帳戶的餘額已用完。DeepSeek 採預付制，在帳戶儲值之前每個請求都會失敗；金鑰正確也沒有用。',
    fix: ['到 https://platform.deepseek.com 查看餘額並為帳戶儲值（或改用有餘額之帳戶的金鑰）。'],
  },
  'deepseek/invalid-format': {
    title: '格式無效（400）',
    explanation: 'DeepSeek 無法接受目前送出的請求內容；訊息會說明問題所在。',
    fix: ['依照訊息中的提示修改請求內容。', '與 DeepSeek API 參考文件（https://api-docs.deepseek.com/api/create-chat-completion）比對。'],
  },
  'deepseek/invalid-parameters': {
    title: '參數無效（422）',
    explanation: '請求中含有 DeepSeek 不接受的參數，或某個值的型別或範圍錯誤；訊息會指出是哪一個。',
    fix: ['依照 DeepSeek API 參考文件，修正訊息中指出的參數。'],
  },
  'deepseek/rate-limit': {
    title: '已達速率限制（429）',
    explanation: '帳戶送出請求的速度太快，或同時進行中的請求太多（DeepSeek 依帳戶限制並行數，帳戶底下所有金鑰合併計算）。回應要求等待 {wait}。',
    fix: ['等幾秒後以退避方式重試。', '減少平行請求（共用同一帳戶的多個程序或 agent 會累加計算）。'],
  },
  'deepseek/server-error': {
    title: 'DeepSeek 伺服器錯誤（500）',
    explanation: 'DeepSeek 的伺服器在處理請求時遇到內部問題，並非請求內容造成。',
    fix: ['稍候重試。', '若持續發生，查看 https://status.deepseek.com，並附上回應中的 x-ds-trace-id 聯絡 DeepSeek。'],
  },
  'deepseek/server-overloaded': {
    title: 'DeepSeek 伺服器過載（503）',
    explanation: 'DeepSeek 的伺服器因流量過高而過載，暫時拒絕了此請求。',
    fix: ['稍候以退避方式重試；若持續發生，查看 https://status.deepseek.com。'],
  },
  // --- openrouter ---
  'openrouter/moderation-flagged': {
    title: '輸入遭內容審核標記',
    explanation: '所選模型是經由要求內容審核的供應商提供，而審核檢查標記了輸入（HTTP 403）。error.metadata.reasons 列出類別（例如 "violence" 或 "self-harm/intent"），metadata.flagged_input 顯示被標記的文字（最多 100 個字元），metadata.provider_name 說明是哪一家的審核。不會扣除點數，但相同的輸入會一直失敗。',
    fix: [
      '改寫或移除 metadata.flagged_input 中顯示的文字（它可能位於較早的輪次或工具結果中）。',
      '或選擇不要求審核的模型或供應商（例如透過其他供應商使用同一個模型，或使用你自己的金鑰）。',
    ],
  },
  'openrouter/guardrail-blocked': {
    title: '遭 OpenRouter 防護機制封鎖',
    explanation: '設定在 API 金鑰、工作區或組織上的防護機制（guardrail：內容篩選、提示注入偵測）在請求送達任何供應商之前就將其封鎖（HTTP 403）。metadata 會說明比對到什麼。',
    fix: ['移除訊息與 metadata 所指的內容（例如比對到的模式）。', '若屬誤判，請在 OpenRouter 設定中調整該金鑰的防護機制。'],
  },
  'openrouter/insufficient-credits': {
    title: '點數不足以支付此請求',
    explanation: 'OpenRouter 在生成之前會先檢查餘額（或金鑰的點數上限）是否足以支付最壞情況：提示加上 max_tokens，以該模型的價格計算。請求沒有送出 max_tokens 時，會假設為模型的完整輸出上限，因此即使提示很短，也可能以 "You requested up to N tokens, but can only afford M" 失敗。連結指向 settings/keys 表示是單一金鑰的上限，指向 settings/credits 則是帳戶餘額。此請求預留了最多 {maxTokens} 個 token；餘額只夠支付 {affordable} 個。',
    fix: [
      '將 max_tokens（或 max_completion_tokens）設為訊息中可負擔的數量以下。',
      '到 https://openrouter.ai/settings/credits 加值點數，或到 https://openrouter.ai/settings/keys 提高金鑰的上限。',
      '或縮短提示／改選較便宜的模型。',
    ],
  },
  'openrouter/key-limit-exceeded': {
    title: 'API 金鑰的支出上限已用完',
    explanation: '此 API 金鑰設有點數上限（總額、每日、每週或每月），而且已經用完（HTTP 403）。帳戶可能仍有點數，但在提高上限或週期重設之前，這把金鑰無法使用它們。',
    fix: [
      '到 https://openrouter.ai/settings/keys 提高或移除此金鑰的上限，或改用其他金鑰。',
      '若是每日／每週／每月上限，重設後請求即可恢復。',
    ],
  },
  'openrouter/free-models-per-day': {
    title: '已達免費模型的每日請求上限',
    explanation: '免費（":free"）模型對每個帳戶有每日請求配額（帳戶購買過點數後會更高）。配額已經用完，因此今天再重試仍會以 429 失敗。',
    fix: [
      '等待每日重設（X-RateLimit-Reset 標頭會說明時間），或加值點數以解鎖更高的免費配額。',
      '或改用該模型的付費版本。',
    ],
  },
  'openrouter/free-models-per-min': {
    title: '免費模型的每分鐘速率限制',
    explanation: '免費（":free"）模型每個帳戶每分鐘只允許少量請求，而此請求超過了這個速率。',
    fix: ['等到這一分鐘的時間窗過去（遵守 Retry-After），並放慢送出請求的速度。'],
  },
  'openrouter/upstream-rate-limited': {
    title: '遭上游供應商限流',
    explanation: 'OpenRouter 本身接受了請求，但模型背後的供應商（metadata.provider_name）以 429 拒絕；metadata.raw 帶有它的訊息，共用同一資源池的免費模型常見的是 "... is temporarily rate-limited upstream"（metadata.limit_source upstream_provider_shared_pool）。回應要求等待 {wait}。',
    fix: [
      '稍後以退避方式重試（遵守 Retry-After 或 metadata.retry_after_seconds）。',
      '為該供應商加入你自己的金鑰（https://openrouter.ai/settings/integrations），改套用你自己的限制；或允許其他供應商／改用該模型的付費版本。',
    ],
  },
  'openrouter/provider-rejected-request': {
    title: '上游供應商拒絕了請求',
    explanation: 'OpenRouter 轉送了請求，而供應商（metadata.provider_name）回應 400。真正的原因在 metadata.raw：通常是 OpenRouter 接受、但此供應商不接受的參數或訊息格式，或是該供應商的地區或帳號限制。',
    fix: [
      '閱讀 metadata.raw，修正供應商指出的問題（那是該供應商自己的錯誤文字）。',
      '若只有這家供應商拒絕，使用供應商路由（provider.ignore）排除它，或指定其他供應商。',
    ],
  },
  'openrouter/provider-error': {
    title: '上游供應商發生錯誤',
    explanation: '模型的供應商停止服務，或回傳了 OpenRouter 無法使用的內容（HTTP 502）。metadata.provider_name 指出是哪一家，metadata.raw 是它送回的內容；若 token 已開始串流，同樣的錯誤會以 finish_reason "error" 的 SSE 區塊出現在 HTTP 200 回應中。',
    fix: [
      '稍候重試；OpenRouter 可能會把重試路由到其他供應商。',
      '若某家供應商持續失敗，使用供應商路由排除它，或允許備援到其他供應商／模型。',
    ],
  },
  'openrouter/no-allowed-providers': {
    title: '沒有允許的供應商提供此模型',
    explanation: '提供此模型的每個供應商，都被你自己的路由設定排除了：帳戶的 Allowed/Ignored Providers 或資料政策（https://openrouter.ai/settings/privacy），或請求中的 provider.only / provider.order。metadata.available_providers 與 requested_providers 會顯示兩者的落差。',
    fix: [
      '在帳戶設定中允許 metadata.available_providers 中的其中一家，或從請求中移除限制過嚴的 provider.only。',
      '或選擇由允許的供應商提供的模型。',
    ],
  },
  'openrouter/no-endpoints': {
    title: '沒有端點支援此請求',
    explanation: '此模型沒有任何供應商能照原樣處理這個請求：沒有一家支援工具使用、指定的 tool_choice、圖片或影片輸入，或符合你的資料政策；或者該模型（常是以前的 ":free" 版本）已經完全沒有端點了。',
    fix: [
      '移除訊息中指出的功能（tools、tool_choice、某種輸入模態），或選擇端點支援該功能的模型。',
      '若是 "No endpoints found for <model>"，請查看模型頁面；該模型或其免費版本可能已經下架。',
      '若是 "matching your data policy"，放寬隱私設定或改選其他模型。',
    ],
  },
  'openrouter/invalid-model-id': {
    title: '不是有效的模型 ID',
    explanation: 'OpenRouter 沒有此 ID 的模型。它的 ID 格式為 "vendor/model"（例如 "deepseek/deepseek-chat"），供應商自己的 ID、打錯的名稱或已淘汰的模型都會被拒絕。',
    fix: ['從 https://openrouter.ai/models（或 GET /api/v1/models）複製 ID，包含廠商前綴以及任何 ":free" 後綴。'],
  },
  'openrouter/context-length-exceeded': {
    title: '提示超出上下文視窗',
    explanation: '提示加上要求的輸出長度，超過所選端點的上下文長度（同一模型的不同供應商可能不同）。同樣的請求在該端點上必定失敗。此請求要求 {tokens} 個 token，視窗上限為 {limit}。',
    fix: ['縮短歷史紀錄或文件，或調低 max_tokens。', '或路由到上下文更長的供應商／模型（模型頁面會列出各供應商的上下文長度）。'],
  },
  'openrouter/invalid-credentials': {
    title: 'OpenRouter 金鑰無效或缺少',
    explanation: 'OpenRouter 沒有收到可用的金鑰（HTTP 401）：缺少 Authorization 標頭或其格式不是 "Bearer sk-or-v1-..."、金鑰前後有引號或空白、金鑰已刪除或停用（"User not found."），或送出的是其他供應商的金鑰。',
    fix: [
      '送出 `Authorization: Bearer <OpenRouter key>`，並確認執行中的程序裡金鑰不是空的。',
      '若金鑰已刪除或停用，到 https://openrouter.ai/settings/keys 建立新金鑰。',
    ],
  },
  'openrouter/bad-request': {
    title: '錯誤的請求（400）',
    explanation: '請求的參數無效或缺少（或從瀏覽器呼叫時發生 CORS 問題）；訊息會說明是哪些。',
    fix: ['修正訊息中指出的參數；若有 metadata.raw，那是上游供應商自己的說明。'],
  },
  'openrouter/unauthorized': {
    title: '憑證無效（401）',
    explanation: 'API 金鑰缺少、無效或已停用，或 OAuth 工作階段已過期。',
    fix: ['檢查 Authorization 標頭，以及 https://openrouter.ai/settings/keys 中的金鑰。'],
  },
  'openrouter/payment-required': {
    title: '點數不足（402）',
    explanation: '帳戶或 API 金鑰沒有足夠的點數支付此請求；餘額為負時，即使是免費模型也可能失敗。',
    fix: ['加值點數（https://openrouter.ai/settings/credits）或提高金鑰上限後重試；或調低 max_tokens。'],
  },
  'openrouter/forbidden': {
    title: '禁止存取（403）',
    explanation: 'OpenRouter 拒絕了請求：最常見的是內容審核標記了輸入，或被防護機制封鎖；也可能是缺少權限或達到金鑰上限。訊息與 metadata 會說明是哪一種。',
    fix: ['若訊息提到審核或封鎖，修改被標記的輸入；若提到金鑰上限，請在金鑰設定中提高上限。'],
  },
  'openrouter/timeout': {
    title: '請求逾時（408）',
    explanation: '請求耗時過久，在產生回應之前就被中斷。',
    fix: ['重試；長篇生成請使用串流讓連線保持活躍，或調低 max_tokens。'],
  },
  'openrouter/rate-limited': {
    title: '遭到限流（429）',
    explanation: '請求過多，可能是 OpenRouter 本身的限制，也可能是上游供應商的限制。OpenRouter 可能會送出 Retry-After 標頭，告知需要等待的秒數。此處要求等待 {wait}。',
    fix: ['依 Retry-After 等待（或以指數退避）後重試。', '若訊息提到 free-models-per-day，這是每日配額：加值點數或等待重設。'],
  },
  'openrouter/bad-gateway': {
    title: '模型停止服務或上游回應無效（502）',
    explanation: '所選模型的供應商停止服務，或 OpenRouter 從它收到了無效的回應。',
    fix: ['稍候重試，或允許備援供應商／模型。'],
  },
  'openrouter/no-available-provider': {
    title: '沒有符合路由要求的可用供應商（503）',
    explanation: '目前此模型沒有任何供應商符合請求的路由要求：所有合適的供應商都停止服務或容量已滿，或者這些要求（provider.only、max_price、quantizations、資料政策）篩掉了所有供應商。',
    fix: [
      '若供應商只是暫時無法使用，依 Retry-After 等待後重試。',
      '若持續發生，放寬請求或帳戶設定中的供應商路由限制，或改選其他模型。',
    ],
  },
  // --- google (gemini, vertex) ---
  'gemini/api-key-invalid': {
    title: 'API 金鑰無效',
    explanation: 'Google 拒絕了此 API 金鑰。與多數供應商不同，Gemini API 會把錯誤的金鑰回報為 400 INVALID_ARGUMENT（ErrorInfo reason API_KEY_INVALID），而不是 401——請求內容本身並沒有問題。',
    fix: [
      '在 Google AI Studio 建立或複製金鑰，並以 x-goog-api-key 標頭（或？key=）送出。',
      '檢查金鑰是否被截斷、夾帶多餘的引號或空白，以及是否已被刪除或過期。',
      '確認此金鑰是用於 Gemini API（generativelanguage.googleapis.com），而不是其他 Google 服務。',
    ],
  },
  'gemini/unknown-field': {
    title: '請求內容中有未知欄位',
    explanation: '請求內容含有 Gemini API 在該位置未定義的欄位：可能是打錯字、OpenAI 風格的欄位（messages、response_format、max_tokens），或屬於其他層級的欄位（例如放在 parts 內的 role）。',
    fix: [
      '將 "Unknown name" 後面指出的欄位改名或移到正確位置（Gemini 使用 contents/parts、generationConfig、systemInstruction）。',
      '若你原本想呼叫 OpenAI 相容端點，請改將請求送到 /v1beta/openai/chat/completions。',
    ],
  },
  'gemini/part-data-oneof': {
    title: '某個 part 沒有資料，或同時有多種資料',
    explanation: 'parts 中的每個元素都必須剛好帶有一種資料（text、inlineData、fileData、functionCall、functionResponse 等）。此 part 一種都沒有（例如 {} 或 text: null），或同時帶了兩種。',
    fix: [
      '移除空的 parts，或讓每個 part 只帶 text / inlineData / fileData / functionCall / functionResponse 其中之一。',
      '將同時設定兩種資料的 part 拆成兩個 part。',
    ],
  },
  'gemini/input-token-limit': {
    title: '輸入超出模型的上下文視窗',
    explanation: '提示（contents、系統指示、工具與媒體）的 token 數超過模型可接受的上限，因此在生成之前就被拒絕。',
    fix: [
      '縮短輸入：裁剪歷史紀錄、加以摘要，或送出更少或更小的檔案。',
      '先用 models/MODEL_ID:countTokens 計算 token 數。',
      '改用輸入上限更大的模型。',
    ],
  },
  'gemini/max-output-tokens-out-of-range': {
    title: 'maxOutputTokens 超過模型的上限',
    explanation: 'generationConfig.maxOutputTokens 大於模型的輸出上限；訊息會給出可接受的範圍。',
    fix: ['將 maxOutputTokens 設在訊息所示的範圍內（或省略它以使用模型預設值）。'],
  },
  'gemini/function-call-turn-order': {
    title: '函式呼叫在歷史紀錄中的位置錯誤',
    explanation: '帶有 functionCall 的 model 輪次必須接在 user 輪次或函式回應輪次之後。此歷史紀錄卻把它放在最前面，或接在另一個 model 輪次之後（連續兩個 model 輪次，常發生在裁剪之後）。',
    fix: [
      '確認 contents 以 user 輪次開頭，並且 user / model 交替出現。',
      '裁剪歷史紀錄時，從 user 輪次切開，避免 functionCall 被留在開頭。',
      '將連續的 model 輪次合併為一個。',
    ],
  },
  'gemini/function-response-turn-order': {
    title: '函式回應前面沒有對應的函式呼叫',
    explanation: '帶有 functionResponse parts 的輪次，必須緊接在含有對應 functionCall parts 的 model 輪次之後；這裡缺少了該呼叫輪次，或兩者之間夾了其他內容。',
    fix: [
      '將每個 functionResponse 輪次放在發出該呼叫的 model 輪次正後方。',
      '裁剪歷史紀錄時，讓 functionCall 輪次與其 functionResponse 輪次保持在一起。',
    ],
  },
  'gemini/function-response-count': {
    title: '並非每個函式呼叫都有回應',
    explanation: 'model 輪次發出了多個函式呼叫，但下一個輪次沒有為每個呼叫各提供一個 functionResponse part。',
    fix: [
      '在同一個輪次中，為每個 functionCall part 送出一個名稱相符的 functionResponse part。',
      '即使某個呼叫失敗，仍要以描述錯誤的 functionResponse 回覆它。',
    ],
  },
  'gemini/thought-signature-missing': {
    title: '重送函式呼叫時缺少 thought signature',
    explanation: '思考模型會在 functionCall parts 上附加 thoughtSignature。送回歷史紀錄時，這些 parts 必須保留該簽章；此請求卻把它丟掉了（通常是因為重新組裝 parts，或從其他格式轉換歷史紀錄）。',
    fix: [
      '將模型先前的輪次原封不動地送回，包括每個 part 的 thoughtSignature。',
      '若從其他格式轉換歷史紀錄，請讓 thoughtSignature 跟著 functionCall part 一起保留。',
    ],
  },
  'gemini/empty-text-part': {
    title: '空的 text part',
    explanation: '某個 part 的 text 為 ""（空字串）。Gemini 拒絕從空的 text 參數生成內容。',
    fix: ['移除 text 為空的 parts，或填入原本要送的文字。'],
  },
  'gemini/empty-parts': {
    title: '某個輪次沒有任何 part',
    explanation: '某筆 content 的 parts 陣列是空的；contents 中的每個輪次都至少需要一個 part。',
    fix: ['移除該空輪次，或至少給它一個 part（把模型的空回覆存進歷史紀錄是常見原因）。'],
  },
  'gemini/invalid-role': {
    title: '不支援的角色',
    explanation: 'Gemini 的 contents 只接受 "user" 與 "model" 兩種角色。OpenAI 風格的 "assistant" 或 "system" 角色會被拒絕；系統提示應放在 systemInstruction。',
    fix: ['將 "assistant" 改為 "model"。', '將 "system" 的內容移到頂層的 systemInstruction 欄位。'],
  },
  'gemini/thinking-config-invalid': {
    title: '思考設定無效',
    explanation: 'generationConfig.thinkingConfig 與模型不相符：budget 超出其範圍（或對一律會思考的模型設為 0）、模型不提供的 thinkingLevel、同時指定 budget 與 level，或對不具思考功能的模型開啟思考。',
    fix: [
      '使用模型支援的思考控制方式：Gemini 3 模型用 thinkingLevel，2.5 模型用 thinkingBudget，不要兩者並用。',
      '讓 thinkingBudget 保持在模型的範圍內（或設為 -1 表示動態）；不要對無法關閉思考的模型送出 0。',
      '不具思考功能的模型請移除 thinkingConfig。',
    ],
  },
  'gemini/request-payload-too-large': {
    title: '請求內容過大',
    explanation: 'HTTP 請求超過 Gemini 可接受的內嵌大小（通常是大型 base64 圖片、音訊、影片或 PDF 造成的）。',
    fix: [
      '以 Files API 上傳大型媒體，並用 fileData.fileUri 引用，而不是放在 inlineData。',
      '縮小或壓縮內嵌圖片，或減少每個請求中的數量。',
    ],
  },
  'gemini/request-contains-invalid-argument': {
    title: '無效的參數（未提供細節）',
    explanation: 'Google 拒絕了請求內容，但沒有說明是哪個欄位。常見原因：模型不支援的參數（例如在較舊模型上使用 thinkingConfig、responseSchema 或某種工具類型）、Gemini 無法接受的函式宣告 schema（不支援的 JSON Schema 關鍵字）、格式錯誤的 inlineData，或把僅 v1beta 提供的功能送到 v1。',
    fix: [
      '逐一移除選用功能（tools、responseSchema、thinkingConfig、safetySettings），找出問題所在。',
      '將函式參數的 schema 簡化為 Gemini 文件所列的 OpenAPI 子集。',
      '預覽功能請使用 v1beta 端點。',
    ],
  },
  'gemini/invalid-argument': {
    title: '請求內容無效',
    explanation: '請求內容格式錯誤：打錯字、缺少必要欄位、值錯誤，或把較新的功能送到較舊的 API 版本（用了 v1 而不是 v1beta）。',
    fix: [
      '閱讀訊息中的欄位路徑（以及 details 中的 BadRequest.fieldViolations），修正請求內容的該部分。',
      '對照 API 參考文件檢查請求，預覽功能請使用 v1beta 端點。',
    ],
  },
  'gemini/location-not-supported': {
    title: '從不支援的地區呼叫',
    explanation: 'Google 依請求來源的 IP 位址判斷，而該位置不在 Gemini API 的服務範圍內。實際發出請求的往往不在你以為的地方：代理、VPN、雲端區域、Cloudflare Worker 或中轉伺服器都可能位於不支援的地區。',
    fix: [
      '從支援的國家／地區送出請求（確認你的伺服器、代理或中轉服務是從哪裡連出）。',
      '若使用中轉服務，請營運者將 Gemini 流量改走位於支援地區的節點。',
      '或改用 Vertex AI，並選擇提供該模型的區域。',
    ],
  },
  'gemini/free-tier-unavailable': {
    title: '無法使用免費方案：需要啟用計費',
    explanation: '請求來源地區（或此專案）不提供免費方案，而專案又沒有帳單帳戶，因此請求沒有可計費的對象。',
    fix: ['在 Google AI Studio 為專案啟用計費（設定付費方案）。', '若你預期會套用免費方案，請檢查請求是從哪個地區送出的。'],
  },
  'gemini/failed-precondition': {
    title: '未符合帳戶或地區的前提條件',
    explanation: '請求格式正確，但帳戶、專案或位置有某些條件尚未就緒（地區、計費，或專案未啟用某項功能）。',
    fix: ['閱讀訊息：它會指出缺少的前提條件。', '檢查計費設定，以及請求送出的地區。'],
  },
  'gemini/api-key-leaked': {
    title: 'API 金鑰因外洩遭封鎖',
    explanation: 'Google 發現此金鑰已公開外洩（例如被提交到儲存庫，或內嵌在網頁中），因此封鎖了它對 Gemini API 的使用。',
    fix: [
      '在 Google AI Studio 建立新金鑰，並刪除外洩的金鑰。',
      '不要把金鑰放進版本控制或用戶端程式碼；改從伺服器環境載入。',
    ],
  },
  'gemini/service-disabled': {
    title: '專案未啟用此 API',
    explanation: '金鑰或憑證背後的 Google Cloud 專案尚未啟用所呼叫的 API（Gemini 為 Generative Language API，Vertex 為 Vertex AI API）。',
    fix: [
      '為專案啟用該 API（訊息中附有主控台連結），例如 gcloud services enable generativelanguage.googleapis.com。',
      '啟用後等幾分鐘再重試。',
      '確認金鑰確實屬於你以為的那個專案。',
    ],
  },
  'gemini/unregistered-caller': {
    title: '未送出 API 金鑰或憑證',
    explanation: '請求沒有帶 API 金鑰或 OAuth 憑證，因此 Google 無法判斷是哪個專案在呼叫。',
    fix: ['Gemini API 請以 x-goog-api-key 標頭（或？key=...）送出金鑰。', 'Vertex AI 請送出 OAuth 存取權杖（Authorization: Bearer ...）。'],
  },
  'gemini/permission-denied': {
    title: '權限遭拒',
    explanation: '金鑰或憑證有效，但不允許執行此操作：受限制的金鑰（HTTP referrer、IP 或 API 限制）、未經適當驗證就使用微調模型，或呼叫端（consumer）已遭停權。',
    fix: [
      '在 Google Cloud 主控台檢查金鑰的限制（API 限制必須包含 Generative Language API）。',
      '微調模型請依文件說明以 OAuth 驗證。',
      '若此金鑰受到限制或遭停權，在 Google AI Studio 建立新金鑰。',
    ],
  },
  'gemini/model-not-found': {
    title: '找不到模型（或此方法不支援該模型）',
    explanation: 'URL 中的模型 ID 在此 API 版本上不存在、已經淘汰（gemini-pro、gemini-1.5-*），或不支援所呼叫的方法（例如對嵌入模型呼叫 generateContent）。',
    fix: [
      '呼叫 models.list（GET /v1beta/models），改用現行的 ID，例如 gemini-2.5-flash。',
      '檢查方法：嵌入模型使用 embedContent，而不是 generateContent。',
      '預覽模型可能需要使用 v1beta 端點，而不是 v1。',
    ],
  },
  'vertex/model-not-found': {
    title: '在此專案或區域中找不到 Vertex AI 模型',
    explanation: 'Vertex AI 在此專案與位置找不到該發布者模型：模型版本錯誤或已淘汰、URL 中的區域未提供此模型，或專案沒有存取權。',
    fix: [
      '對照 Vertex AI 模型清單檢查模型 ID 與版本，並改用現行版本。',
      '呼叫提供該模型的區域（或 global 端點）。',
      '合作夥伴模型（例如 Vertex 上的 Claude）請先在 Model Garden 中啟用。',
    ],
  },
  'gemini/not-found': {
    title: '找不到資源',
    explanation: '請求所引用的某項資源不存在：URL 中的模型、已上傳的檔案（檔案會在 48 小時後過期）、快取內容或微調模型。',
    fix: ['檢查 URL 路徑與模型 ID。', '超過 48 小時的檔案請重新上傳，並改用新的 URI。'],
  },
  'gemini/quota-limit-zero': {
    title: '你的層級沒有此模型的額度（limit: 0）',
    explanation: '訊息中指出的額度上限為 0：你的專案層級完全無法使用此模型（通常是免費方案上的 Pro 或預覽模型）。"Please retry in Ns" 的提示會誤導人——等待或重試永遠不會成功。',
    fix: [
      '為專案啟用計費（或升級到更高的層級），讓此模型的上限不再是 0。',
      '或改用你的層級包含的模型（例如免費方案上的 Flash 模型）。',
    ],
  },
  'gemini/daily-quota-exceeded': {
    title: '每日額度已用完',
    explanation: '用完的是每日額度（其 ID 或 metric 註明 PerDay / per_day）。與每分鐘上限不同，它不會在幾秒內恢復：回應中的重試延遲會誤導人，在每日重設之前，此模型的每個請求都會失敗。',
    fix: [
      '等待每日重設（太平洋時間午夜），或改用其他模型（各模型有各自的額度）。',
      '啟用計費／升級到更高的層級，以提高每日上限。',
      '遇到此錯誤時停止自動重試：重試只會增加失敗的呼叫。',
    ],
  },
  'vertex/resource-exhausted': {
    title: 'Vertex AI 容量耗盡',
    explanation: '在 Vertex AI 隨用隨付方案上，Gemini 模型的容量由所有客戶共用（動態共用額度）；這個 429 表示當下你所在區域的共用資源池很忙，而不是你的專案有可以提高的固定額度。',
    fix: [
      '以指數退避重試。',
      '改用 global 端點（或將流量分散到多個區域），而不是只用單一區域。',
      '若需要穩定的大量用量，請購買佈建輸送量（Provisioned Throughput）。',
    ],
  },
  'gemini/rate-limit': {
    title: '已達速率限制',
    explanation: '專案對此模型每分鐘送出的請求數或 token 數超過其層級的允許值。每分鐘上限恢復得很快：等過 RetryInfo.retryDelay 所給的延遲（"Please retry in Ns."）後，同樣的請求就會成功。若 QuotaFailure 詳細資料指出的是 PerDay 額度，等一分鐘則沒有幫助。',
    fix: [
      '等待 retryDelay 後，以加上隨機抖動（jitter）的指數退避重試。',
      '降低並行數或縮小請求；QuotaFailure 詳細資料會指出是哪一項上限（每分鐘請求數或輸入 token 數）。',
      '若負載持續，請啟用計費或申請更高的層級。',
    ],
  },
  'gemini/resource-exhausted': {
    title: '已達速率限制',
    explanation: '專案對此模型每分鐘送出的請求數或 token 數超過其層級的允許值。每分鐘上限恢復得很快：等過 RetryInfo.retryDelay 所給的延遲（"Please retry in Ns."）後，同樣的請求就會成功。若 QuotaFailure 詳細資料指出的是 PerDay 額度，等一分鐘則沒有幫助。',
    fix: [
      '等待 retryDelay 後，以加上隨機抖動（jitter）的指數退避重試。',
      '降低並行數或縮小請求；QuotaFailure 詳細資料會指出是哪一項上限（每分鐘請求數或輸入 token 數）。',
      '若負載持續，請啟用計費或申請更高的層級。',
    ],
  },
  'gemini/internal': {
    title: 'Google 端的內部錯誤',
    explanation: 'Google 端發生了非預期的錯誤。通常是暫時性的，但非常長的輸入上下文也可能反覆觸發它。',
    fix: ['以退避方式重試。', '若同一個請求一直失敗，縮短輸入上下文或改用其他模型（例如 Flash 模型）。'],
  },
  'gemini/model-overloaded': {
    title: '模型過載',
    explanation: 'Google 目前此模型的容量不足（HTTP 503）。請求與帳戶都沒有問題；這類需求高峰通常在幾秒到幾分鐘內就會過去。',
    fix: [
      '幾秒後以加上隨機抖動的指數退避重試。',
      '若持續發生，暫時改用其他模型（例如 Flash 版本），或在 Vertex AI 上改用其他區域或 global 端點。',
    ],
  },
  'gemini/unavailable': {
    title: '服務暫時無法使用',
    explanation: 'Gemini 服務暫時過載或停止服務（HTTP 503）。請求與帳戶都沒有問題。',
    fix: ['幾秒後以指數退避重試。', '若持續發生，暫時改用其他模型（例如 Flash 版本）。'],
  },
  'gemini/deadline-exceeded': {
    title: '請求未能在時限內完成',
    explanation: '服務無法在期限內完成，通常是因為提示或上下文非常大，或用戶端設定了很短的逾時。',
    fix: ['提高用戶端的逾時設定（或移除自訂的期限）。', '縮小輸入，或改用串流回應。', '重試：負載較低時可能就會成功。'],
  },
  'gemini/prompt-blocked': {
    title: '遭 Google 內容政策封鎖',
    explanation: 'Gemini 回應 200，但拒絕了內容：promptFeedback.blockReason（或 finishReason）為 PROHIBITED_CONTENT、BLOCKLIST、SPII 或 IMAGE_SAFETY。這些封鎖來自固定政策，無法用 safetySettings 關閉；重送同一段對話會得到相同結果。',
    fix: [
      '修改或移除觸發封鎖的內容（檢查最新的 user 輪次與所有附加的圖片）。',
      '若對話歷史紀錄中含有違規內容，請開啟不含該內容的新對話。',
    ],
  },
  'gemini/safety-block': {
    title: '遭安全篩選器封鎖',
    explanation: 'Gemini 回應 200 卻沒有文字：提示（promptFeedback.blockReason SAFETY）或生成的回答（finishReason SAFETY）被某個安全類別判定為有害，該類別會以 HIGH 或 MEDIUM 的機率列在 safetyRatings 中。',
    fix: [
      '改寫或移除 safetyRatings 所指類別中的內容。',
      '若用途正當，在 safetySettings 中放寬對應的類別（例如 BLOCK_ONLY_HIGH）。',
      '在程式碼中處理空的 candidates，而不是把它當成程式崩潰。',
    ],
  },
  // --- bedrock ---
  'bedrock/prompt-too-long': {
    title: '輸入超出模型的上下文視窗',
    explanation: '模型計算出的輸入 token 數超過其上下文視窗（Claude 被包裝的訊息為 "prompt is too long: N tokens > M maximum"）。請求根本沒有進入生成階段。',
    fix: [
      '縮短對話：裁剪或摘要較早的輪次、工具結果與文件。',
      '讓輸入加上 maxTokens 保持在模型的上下文長度以內。',
      '改用上下文視窗更大的模型（或 Claude 的長上下文選項）。',
    ],
  },
  'bedrock/max-tokens-exceeds-model-limit': {
    title: 'maxTokens 超過模型的輸出上限',
    explanation: '要求的最大輸出 token 數（maxTokens / max_tokens）超過此模型在 Bedrock 上允許的值。',
    fix: ['將 maxTokens（Converse 的 inferenceConfig）或 max_tokens（InvokeModel 的請求內容）調低到訊息中的上限或以下。'],
  },
  'bedrock/temperature-with-top-p': {
    title: '同時送出了 temperature 與 top_p',
    explanation: 'Bedrock 上較新的 Claude 模型只接受 temperature 與 top_p 兩者之一；模型拒絕了同時設定兩者的請求（Converse 的 topP 也算作 top_p）。',
    fix: ['從請求中移除 temperature 或 top_p / topP 其中之一（topP 常是框架預設加上的）。'],
  },
  'bedrock/thinking-incompatible-parameter': {
    title: '開啟延伸思考時不允許此參數',
    explanation: '開啟 Claude 的延伸思考（extended thinking）時，模型會拒絕 top_p、top_k 或不等於 1 的 temperature 等取樣參數。',
    fix: ['啟用思考時移除 top_p / top_k（以及 temperature，或將其設為 1）。'],
  },
  'bedrock/conversation-must-start-with-user': {
    title: '對話不是以 user 訊息開頭',
    explanation: 'messages 清單以 assistant 輪次開頭（或在移除系統提示後變成空的）；Bedrock 要求第一則訊息必須來自 user。',
    fix: [
      '讓 messages 的第一筆是 user 訊息（若 assistant 先開口，就在前面插入一則簡短的 user 訊息）。',
      '裁剪歷史紀錄時，從適當位置切開，讓 user 輪次排在最前面。',
    ],
  },
  'bedrock/on-demand-not-supported': {
    title: '模型需要使用推論設定檔 ID',
    explanation: '在此區域中，無法以單純的模型 ID 隨需（on-demand）呼叫此模型；它只能透過（跨區域）推論設定檔（inference profile）使用。',
    fix: [
      '改用推論設定檔 ID 呼叫，例如 us.anthropic.claude-sonnet-4-5-20250929-v1:0 或 global.anthropic...，而不是 anthropic...。',
      '以 aws bedrock list-inference-profiles 列出你可用的設定檔，並授予對該設定檔及其底層模型的 IAM 存取權。',
    ],
  },
  'bedrock/invalid-model-identifier': {
    title: '模型 ID 無效',
    explanation: 'Bedrock 無法識別此 modelId：可能打錯字、用了 Anthropic API 的 ID（claude-sonnet-4-5）而不是 Bedrock ID（anthropic.claude-...-v1:0）、缺少區域前綴，或此區域未提供該模型。',
    fix: [
      '使用確切的 Bedrock 模型 ID 或推論設定檔 ID（aws bedrock list-foundation-models / list-inference-profiles）。',
      '確認用戶端設定的區域有提供此模型。',
    ],
  },
  'bedrock/malformed-input': {
    title: '請求內容不符合模型的 schema',
    explanation: 'InvokeModel 會將請求內容以模型供應商自己的格式傳給模型；"Malformed input request" 之後的文字會指出哪個欄位缺少、多餘或型別錯誤（例如把 Converse 格式的內容送到 InvokeModel，或 Claude 缺少 anthropic_version）。',
    fix: [
      '使用該模型系列的原生請求格式（Claude：anthropic_version "bedrock-2023-05-31"、max_tokens、messages）。',
      '移除 schema 判定為多餘（extraneous）的欄位，並修正它指出的型別。',
    ],
  },
  'bedrock/model-returned-errors': {
    title: '模型拒絕了請求',
    explanation: 'Bedrock 將請求內容轉給模型，而模型自身的驗證拒絕了它；"The model returned the following errors:" 之後的文字是模型供應商的訊息（Claude 的措辭與 Anthropic API 相同）。',
    fix: [
      '閱讀被包裝的訊息：它會像供應商的 API 一樣指出欄位與問題。',
      '據此修正請求內容；Bedrock 上的 Claude 模型適用 Anthropic Messages API 的規則。',
    ],
  },
  'bedrock/validation-exception': {
    title: '請求未通過驗證',
    explanation: '輸入不符合 Bedrock 的限制條件：模型 ID 錯誤、參數超出範圍、請求內容結構錯誤，或是模型本身回傳的錯誤。',
    fix: ['閱讀訊息：它會指出欄位或限制條件。', '對照此模型的 Converse / InvokeModel 參考文件檢查請求。'],
  },
  'bedrock/model-access-denied': {
    title: '未取得模型存取權',
    explanation: '此帳戶在這個區域沒有此模型的存取權：從未啟用模型存取（或仍在審核中）、供應商協議（Anthropic 用途表單、Marketplace 訂閱）尚未完成，或此區域未提供該模型。',
    fix: [
      '在同一區域的 Bedrock 主控台開啟 Model access，申請／啟用該模型，並等到顯示 Access granted。',
      '確認用戶端的區域與取得存取權的區域一致。',
      '對於在 Marketplace 上架的模型，呼叫端首次使用時還需要 aws-marketplace:Subscribe 權限。',
    ],
  },
  'bedrock/access-denied': {
    title: '未獲授權（IAM）',
    explanation: '發出呼叫的 IAM 使用者或角色沒有對此資源執行此動作的權限（例如對模型或推論設定檔 ARN 的 bedrock:InvokeModel 或 bedrock:InvokeModelWithResponseStream），或有政策明確拒絕。',
    fix: [
      '在呼叫端的 IAM 政策中，為訊息所指的模型／推論設定檔 ARN 加上缺少的 bedrock:* 動作。',
      '檢查服務控制政策或權限界限中是否有明確的拒絕。',
      '若使用暫時性憑證，確認它們尚未過期。',
    ],
  },
  'bedrock/invalid-security-token': {
    title: 'AWS 憑證無效',
    explanation: 'AWS 無法驗證請求的身分：存取金鑰不存在、私密存取金鑰或工作階段權杖與其不符，或簽章錯誤（例如暫時性金鑰缺少工作階段權杖，或區域、時鐘錯誤）。',
    fix: [
      '檢查 AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY（暫時性金鑰還有 AWS_SESSION_TOKEN）或使用中的設定檔：aws sts get-caller-identity。',
      '使用已啟用 Bedrock 之帳戶的憑證，並確保系統時鐘正確。',
    ],
  },
  'bedrock/invalid-credentials': {
    title: 'AWS 憑證無效',
    explanation: 'AWS 無法驗證請求的身分：存取金鑰不存在、私密存取金鑰或工作階段權杖與其不符，或簽章錯誤（例如暫時性金鑰缺少工作階段權杖，或區域、時鐘錯誤）。',
    fix: [
      '檢查 AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY（暫時性金鑰還有 AWS_SESSION_TOKEN）或使用中的設定檔：aws sts get-caller-identity。',
      '使用已啟用 Bedrock 之帳戶的憑證，並確保系統時鐘正確。',
    ],
  },
  'bedrock/expired-token': {
    title: 'AWS 憑證已過期',
    explanation: '用來簽署請求的暫時性憑證（STS 工作階段、SSO 登入、所擔任的角色）已經過期。',
    fix: [
      '更新憑證（aws sso login、重新擔任角色，或取得新的工作階段權杖）。',
      '長時間執行的程序請使用會自動更新的憑證提供者，而不是固定的金鑰。',
    ],
  },
  'bedrock/use-case-form-required': {
    title: '尚未提交 Anthropic 用途表單',
    explanation: '首次使用 Anthropic 模型之前，AWS 帳戶必須在 Bedrock 主控台提交 Anthropic 的用途說明。在那之前（以及提交後約 15 分鐘內），呼叫都會以這個 ResourceNotFoundException 失敗。',
    fix: ['在 Bedrock 主控台（Model access／模型目錄）填寫 Anthropic use case details 表單。', '等待約 15 分鐘後再重試。'],
  },
  'bedrock/legacy-model-access': {
    title: '此帳戶已無法使用這個舊版模型',
    explanation: '此模型處於 Legacy 狀態，而此帳戶在過去 30 天內沒有使用過它，因此存取權已被收回；重試也不會恢復。',
    fix: ['改用仍在服務中的模型版本（建議的替代模型請見 Bedrock 模型生命週期頁面）。'],
  },
  'bedrock/resource-not-found': {
    title: '找不到模型或資源',
    explanation: '請求中指定的模型 ID、ARN、推論設定檔、guardrail 或其他資源，在此帳戶與區域中不存在。',
    fix: [
      '檢查 ID／ARN 以及用戶端使用的區域（模型與設定檔都是依區域提供的）。',
      '列出可用的項目：aws bedrock list-foundation-models、list-inference-profiles。',
    ],
  },
  'bedrock/throttling': {
    title: '遭到限流：超過每分鐘請求數或 token 數',
    explanation: '帳戶超過了每個模型、每個區域的每分鐘請求數或 token 數額度（"Too many requests" / "Too many tokens"）。Bedrock 不會送出 Retry-After；等到這一分鐘的時間窗有餘裕時，請求就會成功。',
    fix: [
      '以加上隨機抖動的指數退避重試（botocore：retries mode "adaptive"，或 "standard" 並增加重試次數）。',
      '透過跨區域推論設定檔（us./eu./global. 前綴）分散負載。',
      '若一直發生，在 Service Quotas 申請提高額度，或購買佈建輸送量（Provisioned Throughput）。',
    ],
  },
  'bedrock/service-quota-exceeded': {
    title: '超過帳戶的服務額度',
    explanation: '此請求會超過帳戶的某項服務額度（例如某個模型的每日 token 數，或資源數量）。與每分鐘的限流不同，它不會在幾秒內解除。',
    fix: [
      '在 Service Quotas → Amazon Bedrock 下查看訊息所指的額度，並申請提高。',
      '等額度週期重設後再重試，或改用其他區域或模型。',
    ],
  },
  'bedrock/model-not-ready': {
    title: '模型尚未就緒',
    explanation: '模型還無法提供推論服務（例如正在載入的匯入模型或自訂模型）。AWS SDK 已經會自動重試最多五次。',
    fix: ['等待後重試；若 SDK 已經放棄，稍後再以退避方式重試。'],
  },
  'bedrock/model-timeout': {
    title: '模型逾時',
    explanation: '處理時間超過模型的逾時上限（HTTP 408），通常發生在輸入或輸出非常長時，或雙向串流開啟太久。',
    fix: [
      '重試；長篇生成請使用串流（ConverseStream / InvokeModelWithResponseStream）。',
      '若一直逾時，縮小輸入或調低 maxTokens。',
    ],
  },
  'bedrock/model-error': {
    title: '模型在處理時失敗',
    explanation: '模型本身在處理請求時失敗（HTTP 424，回應內容中附有 originalStatusCode），或產生了無效的輸出，例如格式錯誤的工具使用序列。',
    fix: ['重試請求；間歇性的模型失敗通常會自行恢復。', '若回報工具使用序列無效，調低 temperature 並檢查工具的 schema。'],
  },
  'bedrock/service-unavailable': {
    title: 'Bedrock 暫時無法使用',
    explanation: 'Bedrock 目前無法處理此請求（HTTP 503），通常是此區域中該模型短暫的容量問題；"Too many connections" 也可能是用戶端的連線池太小造成的。',
    fix: [
      '以指數退避重試。',
      '使用跨區域推論設定檔分散負載，或改用其他區域。',
      '若訊息為 "Too many connections"，在用戶端設定中提高 max_pool_connections。',
    ],
  },
  'bedrock/internal-server-error': {
    title: 'Bedrock 內部錯誤',
    explanation: 'Bedrock 端發生故障（HTTP 500）；並非請求本身造成。',
    fix: ['以加上隨機抖動的指數退避重試。', '若持續發生，附上 x-amzn-RequestId 聯絡 AWS Support。'],
  },
};
