import type { ErrorTranslations } from '../types.ts';

/** zh-tw (Traditional Chinese, Taiwan): entries of seed-http.ts, dashscope.ts, relay.ts, anthropic.ts. */
export const TRANSLATIONS: ErrorTranslations = {
  // --- seed-http.ts ---
  'seed/http-400': {
    title: '錯誤的請求（400）',
    explanation:
      '伺服器理解了這次呼叫，但拒絕了請求本身：JSON 格式錯誤、欄位缺少或拼錯、模型不接受的參數、內容太長或太大。有些供應商在帳務問題（Gemini 未啟用計費、DashScope Arrearage、Anthropic 額度餘額不足）或內容審核時也回傳 400，所以請閱讀錯誤訊息。',
    fix: [
      '閱讀錯誤訊息（或開發者工具中失敗請求的 Response 分頁），修改訊息指出的部分。',
      'Gemini：帳戶可能需要啟用計費（綁定信用卡）；視覺模型：圖片可能超過上游的大小限制。',
      '移除手動加入的參數，或用全新的預設助手/請求測試，找出是哪個參數造成錯誤。',
      '如果對話很長，請清除上下文、開啟新對話，或減少送出的歷史訊息數量。',
    ],
  },
  'seed/http-401': {
    title: '驗證失敗（401）',
    explanation:
      '伺服器不接受這組憑證：API 金鑰缺少、打錯、已撤銷，或屬於其他服務或區域（把中轉服務的金鑰送到供應商，或把供應商的金鑰送到中轉服務）。FAQ 也列出金鑰無權使用該模型、以及供應商帳戶遭停權的情況。',
    fix: [
      '確認金鑰有送出（Authorization: Bearer …、x-api-key 或？key=），且沒有多餘的引號或空格。',
      '確認金鑰與 Base URL 相互對應（同一供應商、同一區域、同一中轉服務）。',
      '檢查供應商帳戶的狀態（停權、未付款），以及該金鑰是否可使用此模型。',
    ],
  },
  'seed/http-403': {
    title: '禁止存取（403）',
    explanation:
      '憑證已被識別，但沒有執行此操作的權限：帳戶未開通該模型或端點、區域或 IP 遭封鎖，或（在中轉服務上）該令牌不能使用此模型或餘額已用完。回應內容通常會說明原因。',
    fix: [
      '閱讀錯誤訊息，通常會指出缺少的權限、模型或區域。',
      '在供應商主控台啟用或申請該模型的存取權，或改用金鑰有權呼叫的模型。',
      '在中轉服務上，到中轉服務主控台檢查令牌的模型清單與帳戶餘額。',
    ],
  },
  'seed/http-404': {
    title: '找不到資源（404）',
    explanation:
      '該位址上沒有對應此資源的服務：路徑錯誤（Base URL 缺少或重複了 /v1）、模型 ID 不存在或已停用，或（Azure）部署名稱與 URL 中的不一致。',
    fix: [
      '對照 API 參考文件檢查請求路徑；以 /v1 結尾的 Base URL 加上以 /v1 開頭的路徑，會變成 /v1/v1。',
      '逐字檢查模型 ID（拼字、點號或連字號、結尾沒有空格、沒有其他供應商的前綴）。',
    ],
  },
  'seed/http-422': {
    title: '無法處理的請求（422）',
    explanation:
      '請求內容是合法的 JSON，但值不符合結構定義：必填處給了 null、應為字串處給了數字或布林值、未知的列舉值。伺服器能解析，但無法處理。',
    fix: [
      '閱讀驗證細節（通常會指出欄位路徑，例如 body.messages.0.content）。',
      '每個欄位都依 API 文件規定的型別送出；移除值為 null 的欄位。',
    ],
  },
  'seed/http-429': {
    title: '請求過多（429）',
    explanation:
      '請求速率（每分鐘請求數或 token 數）超過限制，伺服器暫時拒絕。注意：許多供應商在額度或餘額用完時也回傳 429，這時等待沒有用；重試前請先閱讀回應內容。',
    fix: [
      '等待（有 Retry-After 時依其指示），再以指數退避重試。',
      '降低並行數或每次請求的 token 數；把請求分散在不同時間送出。',
      '如果回應內容提到 quota、billing、credits 或每日上限，請儲值或提高額度，而不是重試。',
    ],
  },
  'seed/http-500': {
    title: '伺服器內部錯誤（500）',
    explanation:
      '伺服器在處理請求時發生錯誤，且無法提供更多資訊。通常是供應商端的暫時性問題；在某些服務（Gemini）上，輸入過長也可能以 500 結束。',
    fix: [
      '稍等一下再重試。',
      '如果同一個請求持續失敗，請縮短輸入或改用其他模型，並向供應商回報 request id。',
    ],
  },
  'seed/http-501': {
    title: '未實作（501）',
    explanation:
      '伺服器不支援請求所要求的功能：通常是這個伺服器、中轉服務或渠道沒有實作的端點或功能（Responses API、embeddings、圖片、音訊）。',
    fix: [
      '使用伺服器文件中列出的端點（例如用 /v1/chat/completions 取代 /v1/responses）。',
      '在中轉服務上，詢問營運者該渠道是否支援此端點，或改選其他模型/渠道。',
    ],
  },
  'seed/http-502': {
    title: '錯誤的閘道（502）',
    explanation:
      '閘道或代理（中轉服務、負載平衡器、Cloudflare）從後端伺服器收到無效的回應。上游短暫異常時是暫時性的；如果閘道指向錯誤的位址，或收到的是 HTML 頁面而不是 JSON，則會持續發生。',
    fix: [
      '稍等一下再重試。',
      '如果持續發生，請檢查閘道或中轉服務渠道中設定的 Base URL，以及上游的狀態頁面。',
    ],
  },
  'seed/http-503': {
    title: '服務無法使用（503）',
    explanation:
      '伺服器暫時過載或正在維護，無法接收請求；Retry-After 標頭可能會說明要等多久。在中轉服務上，503 也可能表示此模型沒有可用的渠道。',
    fix: [
      '等待（有 Retry-After 時依其指示），再以退避方式重試。',
      '如果過載持續，請改用其他模型或區域；在中轉服務上，檢查訊息中是否有「no available channel」。',
    ],
  },
  'seed/http-504': {
    title: '閘道逾時（504）',
    explanation:
      '閘道或代理等不到後端伺服器的回應而放棄。常見原因是未使用串流的長篇生成：閘道的逾時時間比模型所需的時間短。',
    fix: [
      '重試；長輸出請使用串流，讓資料在閘道逾時前就開始傳送。',
      '如果持續逾時，請降低 max tokens 或拆分任務。',
    ],
  },
  'seed/gemini-billing-required': {
    title: 'Gemini 模型需要啟用計費（綁定信用卡）',
    explanation:
      'Google 只對已啟用計費的專案提供此模型（Imagen、Veo 及其他僅限付費的 Gemini API 模型），也就是 API 金鑰所屬的 Google Cloud 專案必須綁定付款卡。這是 FAQ 列出的第一種常見 400 情況；相關的「free tier is not available in your country」錯誤由 gemini/free-tier-unavailable 說明。',
    fix: [
      '在 Google AI Studio 中為擁有該 API 金鑰的專案設定計費（綁定信用卡），然後使用該專案的金鑰。',
      '或改選免費方案包含的模型。',
    ],
  },
  'seed/image-too-large': {
    title: '請求（圖片）超過上游可接受的大小',
    explanation:
      '請求內容（通常是因為內嵌的 base64 圖片）超過模型前方的伺服器或閘道單次請求可接受的大小，因此在送達模型前就被拒絕。最常發生在視覺模型上。這是 FAQ 列出的第二種常見 400 情況；各供應商自己的單張圖片限制（Anthropic 5 MB、OpenAI 20 MB、Gemini 請求大小、DashScope 每個 data URI 10 MB）另有各自的條目。',
    fix: [
      '縮小或重新壓縮圖片（長邊約 1500–2000 px 對大多數視覺模型已經足夠）。',
      '每次請求少送幾張圖片，或先上傳檔案，改傳 URL 或 file id 而不是 base64。',
      '如果閘道是你自己架設的（nginx client_max_body_size、中轉服務），請調高其請求大小上限。',
    ],
  },
  'seed/unsupported-parameter': {
    title: '此模型不支援該參數',
    explanation:
      '請求帶有此模型不接受的參數（reasoning effort、penalty、thinking 設定），或參數值填錯，伺服器選擇拒絕而不是忽略它。這是 FAQ 列出的第三種常見 400 情況；OpenAI、Gemini 與 Anthropic 的對應錯誤訊息另有各自的條目。',
    fix: [
      '移除訊息中指出的參數（或只對支援它的模型送出）。',
      '在聊天用戶端中，用預設設定的全新助手測試；再逐一加回自訂參數。',
    ],
  },
  'seed/context-too-long': {
    title: '上下文過長',
    explanation:
      '對話內容（歷史訊息加上新訊息，某些 API 還包括要求的輸出長度）超過模型的上下文視窗，因此供應商拒絕了請求。聊天用戶端每一輪都會重送完整的歷史，長對話因此會走到這一步。這是 FAQ 列出的第四種常見 400 情況（此處是 llama.cpp 及其他 OpenAI 相容伺服器的訊息寫法；OpenAI、Anthropic、Gemini 與 DashScope 的寫法另有各自的條目）。',
    fix: [
      '清除上下文或開啟新對話。',
      '減少送出的歷史訊息（調低上下文數量設定）、摘要較舊的對話輪次，或降低 max tokens。',
      '或改用上下文視窗更大的模型。',
    ],
  },
  // --- dashscope.ts ---
  'dashscope/invalid-parameter': {
    title: '參數不合法',
    explanation:
      'DashScope 拒絕了調用參數：缺少必填參數，或某個參數的型別、範圍或位置不對（錯誤碼表：「接口調用參數不合法」）。訊息會指出是哪個參數；帶有「<400> InternalError.Algo.InvalidParameter:」前綴的訊息仍是用戶端錯誤，不是伺服器故障。',
    fix: [
      '閱讀訊息，修正其指出的參數（型別、範圍、拼字）。',
      '原生 API:messages 要放在 "input" 內，選項要放在 "parameters" 內，而不是與 "model" 並列。',
    ],
  },
  'dashscope/thinking-requires-streaming': {
    title: '思考模式需要串流輸出',
    explanation:
      '以思考模式調用 Qwen 模型（enable_thinking 為 true，或是僅支援思考模式的模型）但沒有使用串流；DashScope 只以串流方式回傳思考輸出。',
    fix: [
      '設定 "stream": true（相容模式），或以串流方式調用（原生 API:incremental_output true）。',
      '如果模型允許，也可以把 enable_thinking 設為 false。',
    ],
  },
  'dashscope/stream-only-model': {
    title: '模型僅支援串流輸出',
    explanation: '此模型（例如部分開源 Qwen3 或 Omni 模型）只以串流方式回應，而請求沒有要求串流。',
    fix: ['以 "stream": true 送出請求（原生 API:X-DashScope-SSE: enable / 增量輸出）。'],
  },
  'dashscope/input-length-exceeded': {
    title: '輸入超過模型可接受的長度',
    explanation:
      '輸入（所有訊息合計）超過模型的最大輸入 token 數。聊天用戶端每一輪都會重送完整的歷史，長對話因此會走到這一步。',
    fix: [
      '縮短訊息或刪除較舊的對話輪次；在聊天用戶端中開啟新對話。',
      '或改用上下文更長的模型（qwen-long、qwen-plus 的長上下文版本）。',
    ],
  },
  'dashscope/json-mode-without-json-word': {
    title: 'JSON 模式但提示中沒有「json」一詞',
    explanation:
      '請求要求 response_format json_object，但沒有任何訊息提到「json」這個詞；DashScope（與 OpenAI 相同）要求提示中必須出現它。',
    fix: ['在 system 或 user 訊息中加入提到 JSON 的指示，例如 "Answer in JSON"。'],
  },
  'dashscope/tool-message-without-tool-calls': {
    title: 'tool 訊息前沒有對應的工具調用',
    explanation:
      '送出了 role 為 "tool" 的訊息，但它前面緊接著的不是帶有對應 tool_calls 的 assistant 訊息，通常是因為第一輪的 assistant 回覆沒有加回 messages。',
    fix: ['在每則 tool 訊息之前，加入含有 tool_calls 的 assistant 訊息（保持模型回傳的原樣）。'],
  },
  'dashscope/invalid-media-url': {
    title: '媒體 URL 無效或無法下載',
    explanation:
      '圖片、音訊或影片的引用無法使用：URL 不是 http(s)://、data:…;base64 或 file://，或 DashScope 無法下載它（私有或內網 OSS 位址、跨區域逾時、簽章已過期）。',
    fix: [
      '傳入公開的 http(s) URL（最好是同一區域的儲存空間）、含 ";base64," 的 data URL，或透過 DashScope SDK 傳入本機 file:// 路徑。',
      '小於 7 MB 的檔案可以改用 base64，完全避開下載。',
    ],
  },
  'dashscope/data-uri-too-large': {
    title: '內嵌媒體超過 10 MB',
    explanation: '送給 Qwen-VL/Omni 模型的 base64（data URI）圖片或影片，超過 DashScope 對每個項目 10 MB 的上限。',
    fix: ['壓縮檔案或縮小尺寸，或上傳後改傳公開 URL 而不是 base64。'],
  },
  'dashscope/data-inspection-failed': {
    title: '被內容安全審核攔截',
    explanation:
      '阿里雲的內容安全檢查（綠網）判定輸入或生成的輸出可能含有敏感內容，並中止了請求（錯誤碼表：「數據檢查錯誤，輸入或者輸出包含疑似敏感內容被綠網攔截」）。由於被標記的文字仍留在對話歷史中，重送相同的歷史會再次失敗。',
    fix: [
      '改寫或刪除被標記的內容；從歷史中移除觸發攔截的那一輪。',
      '如果無法判斷是哪一輪被標記，請開啟新對話。',
    ],
  },
  'dashscope/invalid-parameter-data-inspection': {
    title: '媒體未通過數據檢查',
    explanation:
      '內容安全檢查無法檢查某個媒體輸入：格式不支援，或與其宣稱的格式不符（錯誤碼表：「數據檢查錯誤，媒體格式不支持或不正確（可能根據不同錯誤信息Message有不同含義）」）。此錯誤碼下的其他訊息則表示媒體無法下載以供檢查。',
    fix: [
      '確認檔案能正常開啟、副檔名與實際格式一致，且格式是模型支援的（jpg、png、webp、mp4 …）。',
      '如果訊息說媒體無法下載，請放在 DashScope 能存取的位置（同一區域），或改以 base64 傳送。',
    ],
  },
  'dashscope/empty-input': {
    title: '輸入為空',
    explanation: '原生 API 請求中沒有 "input" 物件（錯誤碼表：「請求的輸入不能為空」）。',
    fix: ['加入 "input" 物件，並在其中放入 "messages"（或 "prompt"）。'],
  },
  'dashscope/empty-parameters': {
    title: '缺少 "parameters"',
    explanation: '原生 API 請求缺少此端點要求的 "parameters" 物件（錯誤碼表：「請求的參數不能為空」）。',
    fix: ['加入 "parameters" 物件（可以是 {}，或包含 result_format、max_tokens …）。'],
  },
  'dashscope/empty-model': {
    title: '缺少 "model"',
    explanation: '請求沒有指定模型（錯誤碼表：「請求輸入的模型不能為空」）。',
    fix: ['加入 "model"，值為 Model Studio 的模型 ID，例如 "qwen-plus"。'],
  },
  'dashscope/invalid-url': {
    title: 'URL 無效',
    explanation:
      '請求中的某個 URL 錯誤（錯誤碼表：「請求的 URL 錯誤」）：此模型沒有這個端點路徑，或輸入檔案/圖片的 URL 格式錯誤、無法存取或不是圖片。',
    fix: [
      '檢查模型對應的端點路徑（text-generation 或 multimodal-generation、compatible-mode 或 api/v1）。',
      '確認每個媒體 URL 都是有效、公開、直接指向檔案本身的 http(s) URL。',
    ],
  },
  'dashscope/arrearage': {
    title: '帳戶欠費（Arrearage）',
    explanation:
      '擁有此 API 金鑰的阿里雲帳戶有逾期未繳的款項，因此被拒絕訪問（錯誤碼表：「客戶賬戶因為欠費而被拒絕訪問」）。回傳的是 400 而不是 402，修改任何參數都沒有用。',
    fix: [
      '在阿里雲主控台開啟「費用與成本」，結清欠費或儲值，然後等幾分鐘讓狀態更新。',
      '如果帳戶沒有欠費，請確認 API 金鑰確實屬於你以為的那個帳戶；資源包只涵蓋其列出的模型與規格。',
    ],
  },
  'dashscope/unsupported-operation': {
    title: '此對象不支援該操作',
    explanation:
      '調用所關聯的對象（檔案、微調任務、部署 …）不支援此操作（錯誤碼表：「關聯的對象不支持該操作」），例如刪除已經完成的微調任務。',
    fix: ['確認操作與對象及其目前狀態相符；訊息會指出具體情況。'],
  },
  'dashscope/invalid-api-key': {
    title: 'API 金鑰無效',
    explanation:
      '請求中的 API 金鑰錯誤（錯誤碼表：「請求中的 ApiKey 錯誤」）：打錯、已刪除、是其他供應商的金鑰、從錯誤的環境變數讀取，或把某個區域的金鑰送到另一個區域的端點（北京 dashscope.aliyuncs.com 與新加坡 dashscope-intl.aliyuncs.com）。',
    fix: [
      '使用與 Base URL 同一區域的 Model Studio 金鑰（以 sk- 開頭）。',
      '在程式中用 os.getenv("DASHSCOPE_API_KEY") 讀取，而不是 os.getenv("sk-…")。',
    ],
  },
  'dashscope/access-denied': {
    title: '拒絕訪問',
    explanation:
      '此金鑰不能使用這個 API 或模型（錯誤碼表：「無權訪問此 API，比如不在邀測中，您調用的模型屬于邀測中的模型，需要參考調用模型的文檔申請訪問權限」）。模型的免費額度用完且無法付費使用時，或以同步方式調用僅支援異步的 API（或反之）時，也會出現此錯誤。',
    fix: [
      '在 Model Studio 主控台的模型卡片上申請訪問權限，或改用其他模型。',
      '僅支援異步的 API 要送出 X-DashScope-Async: enable（僅支援同步的 API 則要移除它）。',
    ],
  },
  'dashscope/access-denied-unpurchased': {
    title: '尚未開通 Model Studio',
    explanation:
      '帳戶尚未開通（購買）此商品（錯誤碼表：「客戶沒有開通此商品」），通常是這個帳戶從未開通過 Model Studio 本身。',
    fix: ['以主帳號登入，開啟 Model Studio（北京或新加坡），同意服務協議以完成開通；如有要求，請完成實名認證。'],
  },
  'dashscope/model-access-denied': {
    title: '無權使用此模型或工作空間',
    explanation: '金鑰所屬的工作空間未獲授權使用此模型（子工作空間需要明確授權模型），或金鑰不屬於該工作空間。',
    fix: ['在 Model Studio 主控台將模型授權給該工作空間，或改用主帳號的金鑰。'],
  },
  'dashscope/free-tier-only': {
    title: '免費額度已用完（已開啟「僅使用免費額度」）',
    explanation: '模型的免費額度已耗盡，而帳戶開啟了「僅使用免費額度」，因此 Model Studio 直接停止，而不是開始計費。',
    fix: ['在 Model Studio 主控台關閉該模型的「僅使用免費額度」以改為付費繼續使用，或改用其他模型。'],
  },
  'dashscope/model-not-found': {
    title: '找不到模型',
    explanation:
      '此模型 ID 在這個區域不存在、拼錯了，或用的是開源社群名稱而不是 Model Studio 的 ID（用了 Qwen/Qwen3-235B-A22B-Instruct-2507 而不是 qwen3-235b-a22b-instruct-2507）。',
    fix: ['使用你所在區域 Model Studio 模型清單中的確切模型 ID。'],
  },
  'dashscope/request-timeout': {
    title: '請求超時',
    explanation: '調用時間超過 DashScope 的等待上限（非串流生成約 300 秒），因此被中斷（錯誤碼表：「請求超時」）。',
    fix: ['改用串流重試：串流會邊生成邊回傳輸出，可避免超時。', '降低 max_tokens 或拆分長任務。'],
  },
  'dashscope/payload-too-large': {
    title: '請求體過大',
    explanation:
      '接入層網關以請求體過大為由拒絕了請求（依錯誤碼表）。這發生在 qwen-long 這類超長上下文的情況：超過約 1M tokens 的內容應以檔案方式上傳（file-id），而不是放在請求體中，否則會超過接口允許的長度限制。檔案上傳另有各自的上限（文件 150 MB、圖片 20 MB）。',
    fix: ['透過檔案 API 上傳大型文件，並以 file-id 引用。', '拆分輸入，或減少附件的數量/大小。'],
  },
  'dashscope/input-download-failed': {
    title: '無法下載輸入檔案',
    explanation:
      'DashScope 下載輸入檔案失敗（錯誤碼表：「下載輸入文件失敗，可能是下載超時，失敗或者文件超過限額大小，錯誤信息可以指出更細節內容」）。',
    fix: [
      '確認 URL 是公開的、可從阿里雲下載（同一區域最保險），且檔案未超過大小限制。',
      '如果訊息指出是逾時，重試一次。',
    ],
  },
  'dashscope/unsupported-file-format': {
    title: '不支援的輸入檔案格式',
    explanation:
      '輸入檔案的格式不是此模型接受的格式（錯誤碼表：「輸入文件的格式不支持」）。看的是實際編碼，不是副檔名。',
    fix: ['把檔案轉成支援的格式（用 `file` 或 ffprobe 檢查實際類型）。'],
  },
  'dashscope/throttling': {
    title: '觸發限流',
    explanation: '此調用觸發了 DashScope 的限流（錯誤碼表：「接口調用觸發限流」）。',
    fix: ['等待後以退避方式重試；降低請求速率或並行數。'],
  },
  'dashscope/rate-quota': {
    title: '超過請求頻率限制',
    explanation: '調用頻率超過模型的限制，例如每秒或每分鐘請求數（錯誤碼表：「調用頻次觸發限流」）。',
    fix: ['稍等片刻，再以指數退避重試。', '讓請求平均分散；在 Model Studio 的限流頁面查看模型的 RPM 限制。'],
  },
  'dashscope/burst-rate': {
    title: '請求量增加過快',
    explanation: '請求量上升得太快；即使低於標稱限制，突然的尖峰也會觸發 DashScope 的穩定性保護。',
    fix: ['以退避方式重試，並逐步提高流量（以佇列或節流控制請求）。'],
  },
  'dashscope/allocation-quota': {
    title: '超過時間窗口內的 token 額度',
    explanation:
      '一段時間內的調用量超過分配的額度，例如每分鐘生成的 token 數（錯誤碼表：「一段時間調用量觸發限流，比如每分鐘生成Token數」）。在相容模式下它會以 insufficient_quota 和 OpenAI 的計費說明文字出現，但在 DashScope 上這是 TPM/TPS 限制，一分鐘內就會解除。',
    fix: ['稍等一下再重試；降低並行數、max_tokens 或請求大小。', '如果持續發生，為該模型申請更高的額度上限。'],
  },
  'dashscope/free-allocated-quota': {
    title: '免費額度已用完',
    explanation:
      '免費額度已經用完（或已過期），且模型未開通計費訪問（錯誤碼表：「免費額度已經耗盡，并且模型未開通計費訪問」）。與另一種 Throttling.AllocationQuota 訊息不同，等待沒有用。',
    fix: ['如果模型提供付費方式，在 Model Studio 主控台為該模型開通付費（隨用隨付）訪問。', '否則改用其他模型。'],
  },
  'dashscope/internal-error': {
    title: '內部錯誤',
    explanation: 'DashScope 內部發生故障（錯誤碼表：「內部錯誤」）。Qwen-Omni 模型在未使用串流調用時也會回傳此錯誤。',
    fix: ['稍等一下再重試；如果持續發生，請向阿里雲技術支援回報 request_id。', 'Qwen-Omni：以串流方式調用。'],
  },
  'dashscope/internal-error-algo': {
    title: '內部算法錯誤',
    explanation:
      '模型服務在執行時發生故障（錯誤碼表：「內部算法錯誤」）。只有 500 才是伺服器故障：同樣的「InternalError.Algo」字樣若出現在「<400> InternalError.Algo.InvalidParameter:」訊息前綴中，則是用戶端錯誤。',
    fix: ['重試；如果同一個請求每次都失敗，請更換模型或提示（模型產生了無效 JSON 的工具調用也會落到這裡）。'],
  },
  'dashscope/system-error': {
    title: '系統錯誤',
    explanation: 'DashScope 端的系統層級故障（錯誤碼表：「系統錯誤」）。',
    fix: ['稍等一下再重試。'],
  },
  'dashscope/internal-timeout': {
    title: '異步任務超時',
    explanation: '異步任務從網關提交給算法服務層後，3 小時內都沒有產生結果，因此判定超時（依錯誤碼表）。',
    fix: ['重新提交任務；如果持續超時，請附上任務 ID 與 request ID 聯絡技術支援。'],
  },
  'dashscope/internal-error-data-inspection': {
    title: '內容檢查內部出錯',
    explanation: '內容安全檢查本身在檢查請求時發生故障（錯誤碼表：「數據檢查內部錯誤」）；這並不是對內容的判定。',
    fix: ['稍等一下再重試。'],
  },
  'dashscope/model-unavailable': {
    title: '模型暫時無法使用',
    explanation: '模型目前無法提供服務，或容量已滿，所有人的請求都正在被限流。',
    fix: ['稍後以退避方式重試，或改用其他模型。'],
  },
  // --- relay.ts ---
  'relay/gemini-part-data-missing': {
    title: 'Gemini part 缺少資料',
    explanation:
      'Gemini 的某個 content part 沒有設定任何資料欄位（沒有 text、inlineData、fileData、functionCall …），通常是圖片資料為空或從未填入。中轉服務的錯誤表將此歸為「使用者請求問題」：必須修改請求本身，中轉服務無法修正。',
    fix: ['確保每個 part 都剛好帶有 text / inlineData / fileData / functionCall / functionResponse 其中之一；移除空的圖片 part。'],
  },
  'relay/cannot-fetch-url': {
    title: 'Gemini 無法取得該 URL',
    explanation:
      'Gemini 無法下載請求中 URL 指向的檔案或圖片（私有、需要登入、遭封鎖，或不是直接的檔案連結）。中轉服務的錯誤表將此歸為「使用者請求問題」：必須修改請求本身，中轉服務無法修正。',
    fix: ['使用公開、直接指向檔案的連結，或改以內嵌資料（base64）或 Files API 傳送。'],
  },
  'relay/invalid-argument': {
    title: '參數無效（Gemini）',
    explanation:
      'Gemini 拒絕了某個參數：欄位格式錯誤，或模型不支援的參數（例如對非思考模型送出 thinking 設定，或模型缺少的工具/schema 功能）。Gemini 不會說明是哪一個。中轉服務的錯誤表將此歸為「使用者請求問題」：必須修改請求本身，中轉服務無法修正。',
    fix: [
      '逐一移除選用參數（thinking、tools、response schema、safety settings），找出模型拒絕的那一個。',
      '對照模型文件中的限制檢查參數值。',
    ],
  },
  'relay/input-token-count-exceeded': {
    title: '輸入超過上下文限制（Gemini）',
    explanation:
      '輸入的 token 數大於模型的上下文視窗。中轉服務的錯誤表將此歸為「使用者請求問題」：必須修改請求本身，中轉服務無法修正。',
    fix: ['縮短輸入：刪除較舊的對話輪次、做摘要，或減少檔案的數量/大小。', '或改用上下文視窗更大的模型。'],
  },
  'relay/azure-content-filter': {
    title: '被 Azure 內容篩選攔截',
    explanation:
      'Azure OpenAI 的內容篩選判定提示含有不當內容（仇恨、色情、暴力、自我傷害，或越獄嘗試）並拒絕了它。中轉服務的錯誤表將此歸為使用者請求問題：相同的提示與歷史會再次失敗。',
    fix: [
      '改寫或刪除被標記的內容；如果它在歷史訊息中，請開啟新對話。',
      '回應內容中的 innererror.content_filter_result 會說明是哪個類別被篩選。',
    ],
  },
  'relay/unrecognized-argument': {
    title: '目標模型不認得的參數',
    explanation:
      '請求帶有目標 API 不接受的參數（enable_thinking 是 DashScope/Qwen 的擴充參數，Azure/OpenAI 會拒絕）。中轉服務的錯誤表將此歸為「使用者請求問題」：必須修改請求本身，中轉服務無法修正。',
    fix: ['移除該參數，或只對支援它的供應商送出（聊天用戶端：為此模型關閉思考開關）。'],
  },
  'relay/image-thought-signature-missing': {
    title: '中轉服務遺失了圖片的 thought signature',
    explanation:
      'Gemini 3 需要在下一輪送回所生成圖片 part 的 thought_signature；中轉服務轉換 image_url 內容時沒有保留它。中轉服務的錯誤表將此歸為「程式碼 bug」：必須修正中轉服務的程式碼（或以 Gemini 原生格式送出歷史）。',
    fix: [
      '回報給中轉服務營運者（Gemini 轉換中 image_url 的分支必須保留 thoughtSignature）。',
      '暫時的解法：呼叫 Gemini 原生端點，或從歷史中移除生成的圖片。',
    ],
  },
  'relay/output-format-unsupported': {
    title: '模型不支援該輸出格式',
    explanation:
      '模型無法產生請求所要求的輸出格式（它不提供的圖片/音訊格式或回應格式）。中轉服務的錯誤表將此歸為「使用者請求問題」：必須修改請求本身，中轉服務無法修正。',
    fix: ['要求模型文件中列出的格式（例如用 png 取代 webp），或改用其他模型。'],
  },
  'relay/corrupted-thought-signature': {
    title: 'thought signature 已損壞',
    explanation:
      '多輪請求送回的 thought_signature 已損壞或失效（被修改、截斷，或取自其他模型或工作階段）。中轉服務的錯誤表將此歸為「使用者請求問題」：必須修改請求本身，中轉服務無法修正。',
    fix: ['按模型回傳的原樣送回 thought signature，或將它們連同所屬的對話輪次一起移除，重新開始。'],
  },
  'relay/encrypted-content-unverified': {
    title: '加密的推理內容遭拒絕',
    explanation:
      '請求帶有供應商無法解密的加密內容（OpenAI 推理的 encrypted_content），通常是因為它是在另一把金鑰、另一個組織或另一個中轉渠道下產生的。中轉服務的錯誤表將此歸為「使用者請求問題」：必須修改請求本身，中轉服務無法修正。',
    fix: ['從歷史中移除加密的推理項目，或讓同一段對話從頭到尾都使用同一把金鑰/同一個渠道。'],
  },
  'relay/invalid-function-schema': {
    title: '函式 schema 無效',
    explanation:
      '某個工具的 parameters schema 不符合 API 要求（最上層不是 object、array 沒有 items、使用了不支援的關鍵字）。中轉服務的錯誤表將此歸為「使用者請求問題」：必須修改請求本身，中轉服務無法修正。',
    fix: ['修正訊息中指出的 schema：最上層為 type "object" 並帶有 properties；每個 array 都需要 items。'],
  },
  'relay/empty-text-block': {
    title: '空的文字區塊',
    explanation:
      '某則訊息含有內容為空字串的 text 內容區塊；Anthropic 會拒絕這種區塊。中轉服務的錯誤表將此歸為「使用者請求問題」：必須修改請求本身，中轉服務無法修正。',
    fix: ['送出前移除空的文字區塊（或空的訊息）。'],
  },
  'relay/unexpected-tool-use-id': {
    title: 'tool_result 缺少對應的 tool_use',
    explanation:
      '某個 tool_result 區塊引用的 tool_use id 不在前一則 assistant 訊息中（歷史被截斷、重新排序或合併）。中轉服務的錯誤表將此歸為「使用者請求問題」：必須修改請求本身，中轉服務無法修正。',
    fix: ['讓每個 tool_use 與其 tool_result 保持在相鄰的訊息中；移除沒有對應的 tool_result 區塊。'],
  },
  'relay/bedrock-invalid-beta-flag': {
    title: 'beta 旗標無效（Bedrock）',
    explanation:
      '請求要求了 AWS Bedrock 不接受此模型使用的 Anthropic beta（anthropic-beta 標頭或 anthropic_beta 欄位）。中轉服務的錯誤表將此歸為「使用者請求問題」：必須修改請求本身，中轉服務無法修正。',
    fix: ['移除該 beta 旗標，或只送出 Bedrock 為此模型列出的 beta。'],
  },
  'relay/prompt-too-long': {
    title: '提示過長（Claude）',
    explanation:
      '提示的 token 數超過 Claude 模型可接受的上限。中轉服務的錯誤表將此歸為「使用者請求問題」：必須修改請求本身，中轉服務無法修正。',
    fix: ['裁剪或摘要歷史、減少檔案，或壓縮對話。', '或改用上下文視窗更大的模型。'],
  },
  'relay/image-size-limit': {
    title: '圖片為空或超過 20 MB',
    explanation:
      '某張圖片為空，或超過上游可接受的 20 MB（20971520 位元組）；有些渠道會以 429 回報，但等待沒有用。中轉服務的錯誤表將此歸為「使用者請求問題」：必須修改請求本身，中轉服務無法修正。',
    fix: ['將圖片壓縮或縮小到 20 MB 以下，並確認它不是空的。'],
  },
  'relay/request-exceeds-maximum-size': {
    title: '請求內容過大',
    explanation:
      '整個請求內容超過上游模型或伺服器允許的大小（Anthropic:32 MB），通常是因為 base64 圖片或文件太多或太大。中轉服務的錯誤表將此歸為「使用者請求問題」：必須修改請求本身，中轉服務無法修正。',
    fix: ['每次請求送出更少或更小的附件，或先上傳檔案再引用，而不是使用 base64。'],
  },
  'relay/input-tokens-exceed-configured-limit': {
    title: '輸入超過設定的 token 上限',
    explanation:
      '訊息的輸入 token 數超過模型設定的上限（此處為 272000）。它以 429 回傳，但這不是速率限制：同一個請求永遠會失敗。中轉服務的錯誤表將此歸為「使用者請求問題」：必須修改請求本身，中轉服務無法修正。',
    fix: ['縮短訊息長度（刪除或摘要較舊的對話輪次）。'],
  },
  'relay/image-token-count-error': {
    title: '中轉服務無法讀取圖片',
    explanation:
      '中轉服務無法解碼圖片來計算其 token 數（格式不支援或無效，或 URL 回傳的不是圖片）。它以 500 回報，但問題出在圖片。中轉服務的錯誤表將此歸為「使用者請求問題」：必須修改請求本身，中轉服務無法修正。',
    fix: ['送出真正的 png/jpeg/webp/gif 圖片（確認 URL 回傳的是圖片位元組，而不是 HTML 頁面或空檔案）。'],
  },
  'relay/file-download-failed': {
    title: '中轉服務無法下載檔案',
    explanation:
      '中轉服務嘗試從請求中的 URL 下載檔案，而該 URL 回傳了錯誤（此處為狀態碼 400）:URL 無效，或中轉服務無法存取。中轉服務的錯誤表將此歸為「使用者請求問題」：必須修改請求本身，中轉服務無法修正。',
    fix: ['使用中轉服務能下載的公開、直接檔案 URL，或以內嵌方式（base64）傳送檔案。'],
  },
  'relay/model-name-required': {
    title: '請求中沒有指定模型',
    explanation: '請求沒有指定任何模型，中轉服務無法為它選擇路由。',
    fix: ['在請求內容中加入 "model"（Gemini 格式的呼叫則是 URL 中的模型路徑段）。'],
  },
  'relay/internal-error-encountered': {
    title: '上游內部錯誤',
    explanation:
      '上游服務（Gemini）發生內部錯誤；中轉服務以它收到的狀態碼回報，此處為 400。中轉服務的錯誤表將此歸為「上游問題」：失敗的是中轉服務背後的供應商，而不是你的請求。',
    fix: ['稍等一下再重試。', '如果同一個請求持續失敗，請縮短輸入或更換模型，並告知中轉服務營運者。'],
  },
  'relay/bedrock-legacy-model': {
    title: '舊版模型已無法使用（Bedrock）',
    explanation:
      'AWS Bedrock 將此模型標記為 Legacy，只保留給過去 15 天內使用過它的帳戶；中轉服務的 Bedrock 帳戶沒有使用過，因此失去存取權。中轉服務的錯誤表將此歸為「上游問題」：失敗的是中轉服務背後的供應商，而不是你的請求。重試無法恢復。',
    fix: ['改用目前的模型（較新的 Claude 版本）。', '或請中轉服務營運者改用仍有存取權的帳戶。'],
  },
  'relay/gemini-empty-response': {
    title: 'Gemini 回傳了空的回答',
    explanation:
      'Gemini 的 candidates 中沒有任何可用內容（模型暫時故障或過載；思考模型有時只回傳思考內容）。中轉服務以 429 回報，但這不是你的速率限制。中轉服務的錯誤表將此歸為「上游問題」：失敗的是中轉服務背後的供應商，而不是你的請求。',
    fix: ['稍等片刻再重試。', '如果在工具調用後反覆發生，請調高最大輸出 token 數或降低思考預算。'],
  },
  'relay/openai-error-503': {
    title: '上游無法使用（openai_error）',
    explanation:
      '上游回傳 503，只附上籠統的「openai_error」：上游無法使用或過載。中轉服務的錯誤表將此歸為「上游問題」：失敗的是中轉服務背後的供應商，而不是你的請求。',
    fix: ['稍後以退避方式重試，或在中轉服務上改選其他模型或分組。'],
  },
  'relay/model-high-demand': {
    title: '模型需求量過高',
    explanation:
      '上游模型目前對所有人都處於過載狀態。中轉服務的錯誤表將此歸為「上游問題」：失敗的是中轉服務背後的供應商，而不是你的請求。',
    fix: ['稍等一下後以退避方式重試，或改用較輕量的模型（例如 Flash 版本）。'],
  },
  'relay/bad-response-status-504': {
    title: '上游閘道逾時',
    explanation:
      '中轉服務從上游收到 504：供應商前方的閘道等待模型回應時逾時。中轉服務的錯誤表將此歸為「上游問題」：失敗的是中轉服務背後的供應商，而不是你的請求。',
    fix: ['重試；長篇生成請使用串流，避免連線閒置。'],
  },
  'relay/upstream-busy': {
    title: '上游服務繁忙（上游服务繁忙）',
    explanation:
      '中轉服務回報上游服務暫時繁忙或過載。中轉服務的錯誤表將此歸為「上游問題」：失敗的是中轉服務背後的供應商，而不是你的請求。',
    fix: ['稍等一下再重試。'],
  },
  'relay/backend-returned-error': {
    title: '上游後端錯誤',
    explanation:
      '中轉服務背後的後端暫時故障。中轉服務的錯誤表將此歸為「上游問題」：失敗的是中轉服務背後的供應商，而不是你的請求。',
    fix: ['稍後重試，或依訊息建議開啟新對話。'],
  },
  'relay/upstream-saturated': {
    title: '上游負載已飽和（中轉服務改寫的 429）',
    explanation:
      '中轉服務從上游收到 429，並把訊息換成籠統的「負載已飽和」訊息。最常見的是上游在限流，但同樣的遮蔽訊息也涵蓋上游金鑰額度用完的情況：如果 type/code 是 insufficient_quota 或 billing_not_active，重試沒有用。',
    fix: ['稍等一下再重試。', '如果一直發生，請查看 error.type / error.code 並告知中轉服務營運者（該渠道的額度可能已用完）。'],
  },
  'relay/bedrock-security-token-invalid': {
    title: '上游 AWS 憑證無效',
    explanation:
      'AWS 拒絕了中轉服務 Bedrock 渠道使用的存取金鑰（已刪除、已停用，或帳戶已關閉）。中轉服務的錯誤表將此歸為「上游資源耗盡或供應商帳號失效」：中轉服務在上游使用的帳號額度已用完或已失效。',
    fix: ['告知中轉服務營運者：Bedrock 渠道需要有效的 AWS 憑證（或應停用該渠道）。', '在此期間請使用其他模型或分組。'],
  },
  'relay/concurrency-limit': {
    title: '超過並行數限制',
    explanation:
      '上游帳戶（或其前方的閘道）此使用者進行中的請求太多，拒絕再多接一個。中轉服務的錯誤表將此歸為「上游資源耗盡或供應商帳號失效」：中轉服務在上游使用的帳號額度已用完或已失效。進行中的請求完成後就會解除。',
    fix: ['稍等一下再重試；減少同時送出的請求數。'],
  },
  'relay/upstream-quota-exceeded': {
    title: '上游額度已耗盡',
    explanation:
      '中轉服務背後的供應商帳戶已用完額度：OpenAI 的 credits 或支出上限，或 Gemini 的每日額度（每日指標上出現「limit: 0」表示此模型在該專案上沒有免費額度）。中轉服務的錯誤表將此歸為「上游資源耗盡或供應商帳號失效」：中轉服務在上游使用的帳號額度已用完或已失效。在營運者儲值或更換金鑰之前，重試都沒有用。',
    fix: ['告知中轉服務營運者此渠道的上游額度已耗盡。', '在此期間請使用其他模型或分組。'],
  },
  'relay/gemini-paid-tier-limit': {
    title: '上游 Gemini 已達付費層級上限',
    explanation:
      '中轉服務的 Gemini 專案達到了付費層級的上限，此處是每分鐘輸入 token 數（tier 3 為 8,000,000）。中轉服務的錯誤表將此歸為「上游資源耗盡或供應商帳號失效」：中轉服務在上游使用的帳號額度已用完或已失效。每分鐘的指標會重新補滿，因此在指定的延遲後重試可能成功；每日指標則不會。',
    fix: ['在訊息指定的延遲（「Please retry in …」）後重試。', '如果一直發生，請中轉服務營運者把負載分散到更多專案，或提高層級。'],
  },
  'relay/resource-exhausted': {
    title: '上游資源耗盡（Gemini 429）',
    explanation:
      'Google 籠統的 429：中轉服務的 Gemini 專案用完了配額，通常是每分鐘限制。中轉服務的錯誤表將此歸為「上游資源耗盡或供應商帳號失效」：中轉服務在上游使用的帳號額度已用完或已失效。稍等一下後重試通常可行；如果整天都失敗，表示該專案的每日額度已用完。',
    fix: ['稍等一下後以退避方式重試。', '如果持續發生，請告知中轉服務營運者該渠道的額度已耗盡。'],
  },
  'relay/too-many-tokens-per-day': {
    title: '上游每日 token 額度已用完（Bedrock）',
    explanation:
      '中轉服務的 AWS Bedrock 帳戶已達此模型的每日 token 額度。中轉服務的錯誤表將此歸為「上游資源耗盡或供應商帳號失效」：中轉服務在上游使用的帳號額度已用完或已失效。額度會在隔天重置，或在營運者提高額度時恢復。',
    fix: ['目前先使用其他模型或分組。', '告知中轉服務營運者（申請提高 Bedrock 服務配額，或改用其他帳戶/區域）。'],
  },
  'relay/extra-usage-long-context': {
    title: '長上下文需要額外用量（Claude）',
    explanation:
      '請求使用了 Claude 的長上下文（1M tokens），而上游帳戶在沒有額外用量/長上下文計費的情況下無權使用。中轉服務的錯誤表將此歸為「上游資源耗盡或供應商帳號失效」：中轉服務在上游使用的帳號額度已用完或已失效。',
    fix: [
      '讓請求保持在標準上下文視窗內（移除 1M context beta / [1m] 模型變體，或壓縮對話）。',
      '或向中轉服務營運者要求有長上下文權限的渠道。',
    ],
  },
  'relay/html-instead-of-json': {
    title: '上游回傳 HTML 而不是 JSON',
    explanation:
      '中轉服務預期上游回傳 JSON，卻收到 HTML 頁面（404 頁面、Cloudflare 驗證、登入或封鎖頁面），幾乎都是因為渠道的 Base URL 設錯，通常是結尾多了「/」或多了一段「/v1」。中轉服務的錯誤表將此歸為「渠道 API 設定錯誤」：必須由中轉服務營運者修正渠道。',
    fix: [
      '中轉服務營運者：移除渠道 API Base URL 結尾的「/」（以及重複的 /v1），然後測試渠道。',
      '使用者：告知營運者，或在此期間改選其他模型/分組。',
    ],
  },
  'relay/bad-response-html': {
    title: '找不到上游路徑（渠道 Base URL）',
    explanation:
      '上游對中轉服務回傳 404，通常是 HTML 頁面，因為渠道的 Base URL 與 API 路徑重複了（…/api/v1 + /v1/chat/completions）。中轉服務的錯誤表將此歸為「渠道 API 設定錯誤」：必須由中轉服務營運者修正渠道。',
    fix: ['中轉服務營運者：渠道 Base URL 不要包含版本路徑（中轉服務會自動加上 /v1/…），然後測試渠道。'],
  },
  'relay/do-request-failed': {
    title: '中轉服務無法連線到上游',
    explanation:
      '中轉服務完全無法連線到供應商（DNS、TLS、連線被拒、代理）。中轉服務的錯誤表將此歸為「渠道 API 設定錯誤」：必須由中轉服務營運者修正渠道。',
    fix: ['中轉服務營運者：檢查渠道 Base URL、代理與對外網路；測試渠道。', '使用者：稍後重試，或改選其他分組。'],
  },
  'relay/no-available-channel': {
    title: '你的分組中沒有此模型的渠道',
    explanation:
      '中轉服務沒有任何已啟用的渠道為你的分組提供此模型：模型沒有設定（或拼錯、或為空）、你的分組與渠道的分組不同，或此模型的所有渠道都已被自動停用。中轉服務的錯誤表將此歸為「渠道 API 設定錯誤」：必須由中轉服務營運者修正渠道。',
    fix: [
      '對照中轉服務的模型清單檢查模型名稱（拼字完全一致，不加供應商前綴）。',
      '中轉服務營運者：在此分組的某個渠道中加入該模型，或重新啟用已停用的渠道。',
    ],
  },
  'relay/no-available-channel-distributor': {
    title: '沒有可用渠道（distributor）',
    explanation:
      '中轉服務的分配器在此分組中找不到此模型可用的渠道。中轉服務的錯誤表將此歸為「本機伺服器問題」（內部分配器設定錯誤）：營運者必須檢查渠道設定。',
    fix: ['中轉服務營運者：確認此分組中有渠道列出該模型且已啟用。', '使用者：檢查模型名稱，或嘗試其他分組或模型。'],
  },
  'relay/system-cpu-overloaded': {
    title: '中轉伺服器過載',
    explanation:
      '中轉伺服器自身的 CPU（或記憶體）使用率超過保護門檻，因此拒絕部分請求以減輕負載。中轉服務的錯誤表將此歸為「本機伺服器問題」：問題在中轉伺服器本身，而不是供應商。負載下降後就會恢復。',
    fix: ['稍等一下再重試。', '中轉服務營運者：為伺服器增加資源或降低負載。'],
  },
  'relay/no-token-available': {
    title: '中轉服務的 token 池已空（没有可用token）',
    explanation:
      '中轉服務的池中已沒有可用來處理請求的上游 token（全部耗盡、過期或無法分配）。中轉服務的錯誤表將此歸為「本機伺服器問題」：問題在中轉伺服器本身，而不是供應商。',
    fix: ['中轉服務營運者：檢查 token/帳號池的設定並補充。', '使用者：稍後重試，或改用其他中轉服務/模型。'],
  },
  'relay/channel-no-available-key': {
    title: '渠道沒有可用的金鑰',
    explanation: '所選中轉渠道的每一把金鑰都已停用或用完，中轉服務無法呼叫供應商。',
    fix: ['中轉服務營運者：為渠道新增或重新啟用金鑰。', '使用者：稍後重試，或改用其他分組/模型。'],
  },
  'relay/user-quota-insufficient': {
    title: '中轉服務餘額不足',
    explanation:
      '你在中轉服務上的餘額已用完（或不足以支付此請求的預扣費用）；中轉服務在呼叫供應商之前就拒絕了。這是中轉服務的帳戶，不是供應商的帳戶。',
    fix: ['在中轉服務主控台儲值（或兌換儲值碼）。', '或降低 max_tokens，讓預扣費用在餘額範圍內。'],
  },
  'relay/token-quota-exhausted': {
    title: '中轉服務令牌額度已用完',
    explanation: '中轉服務的 API 金鑰（令牌）已用完其擁有者為它設定的額度。帳戶餘額可能仍然足夠：限制是在這把金鑰上。',
    fix: ['在中轉服務主控台提高此令牌的額度或設為無限制（或改用其他令牌）。'],
  },
  'relay/token-not-provided': {
    title: '未送出中轉服務令牌',
    explanation: '請求到達中轉服務時沒有帶 API 金鑰（Authorization: Bearer sk-…）。',
    fix: ['在 Authorization 標頭（Bearer …）或用戶端用於此中轉服務的標頭中送出中轉服務令牌。'],
  },
  'relay/token-invalid': {
    title: '中轉服務令牌無效',
    explanation: '中轉服務不認得這把 API 金鑰：複製錯誤、已刪除，或把其他中轉服務或供應商的金鑰送到了這個 Base URL。',
    fix: ['從此中轉服務的主控台重新複製令牌，並確認 Base URL 是此中轉服務的位址。'],
  },
  'relay/token-expired': {
    title: '中轉服務令牌已過期',
    explanation: '中轉服務的 API 金鑰已超過其擁有者設定的到期日。',
    fix: ['在中轉服務主控台延長令牌的有效期限（或設為永不過期），或建立新的令牌。'],
  },
  'relay/token-disabled': {
    title: '中轉服務令牌已停用',
    explanation: '中轉服務的 API 金鑰存在，但已被停用。',
    fix: ['在中轉服務主控台啟用該令牌，或改用其他令牌。'],
  },
  'relay/token-model-forbidden': {
    title: '令牌無權使用此模型',
    explanation: '中轉服務的 API 金鑰設有模型白名單，而白名單中沒有所請求的模型。',
    fix: ['在中轉服務主控台把該模型加入令牌的允許模型，或改用令牌可使用的模型。'],
  },
  'relay/user-banned': {
    title: '中轉服務使用者已被封禁',
    explanation: '擁有此令牌的中轉服務帳戶已被中轉服務管理員封禁或停用。',
    fix: ['聯絡中轉服務的管理員。'],
  },
  'relay/request-limit-reached': {
    title: '已達中轉服務的請求速率限制',
    explanation: '已達到中轉服務自身的每位使用者速率限制（M 分鐘內最多 N 次請求）；請求並未送到供應商。',
    fix: ['等到時間窗口過去後再重試；放慢送出請求的速度。'],
  },
  'relay/sensitive-words-detected': {
    title: '被中轉服務的敏感詞過濾攔截',
    explanation: '中轉服務自身的敏感詞檢查比對到提示內容，在送到供應商之前就拒絕了它。',
    fix: ['改寫被標記的內容；如果是誤判，請向中轉服務營運者詢問過濾規則。'],
  },
  // --- anthropic.ts ---
  'anthropic/prompt-too-long': {
    title: '提示超過模型的上下文視窗',
    explanation:
      '輸入（系統提示、訊息、工具定義與附件合計）的 token 數超過模型一次能讀取的量，因此請求在開始生成前就被拒絕。',
    fix: [
      '縮短對話：刪除或摘要較舊的對話輪次、大型工具結果與附件。',
      '送出前先計算 token 數（count_tokens 端點），讓輸入保持在模型上限以下。',
      '改用上下文視窗更大的模型，或在模型提供時啟用長上下文 beta。',
    ],
  },
  'anthropic/input-and-max-tokens-exceed-context': {
    title: '輸入加上 max_tokens 超過上下文視窗',
    explanation:
      '輸入 token 數與要求的 max_tokens 必須一起放得進上下文視窗；此處兩者相加超過上限，因此沒有空間留給你要求的回答。',
    fix: ['降低 max_tokens，讓輸入 + max_tokens 保持在上下文上限以下。', '或縮短輸入（較舊的對話輪次、工具結果、附件）。'],
  },
  'anthropic/max-tokens-too-large': {
    title: 'max_tokens 超過模型的輸出上限',
    explanation: '每個 Claude 模型都限制了單次回應最多能生成的 token 數；你送出的 max_tokens 大於這個上限，因此請求被拒絕。',
    fix: [
      '將 max_tokens 設為訊息中指出的最大值或更低。',
      '如果需要更長的輸出，請選擇輸出上限更高的模型，或把工作拆成多次呼叫。',
    ],
  },
  'anthropic/empty-text-block': {
    title: '空的文字內容區塊',
    explanation:
      '某個類型為 "text" 的內容區塊，其 text 欄位為空（或只有空白字元）。Messages API 在對話中的任何位置都會拒絕這種區塊，包括 tool_result 的內容裡。',
    fix: [
      '移除 text 為空或只有空白的文字區塊，或填入真正的文字。',
      '檢查建構 messages 的程式：空的 assistant 輪次或空的工具輸出是最常見的來源。',
    ],
  },
  'anthropic/tool-result-unmatched': {
    title: 'tool_result 沒有對應的 tool_use',
    explanation:
      '某個 tool_result 區塊引用的 tool_use_id，並沒有以 tool_use 區塊出現在緊接其前的 assistant 訊息中。這通常發生在裁剪或重新排序歷史之後，或 tool_use id 被更改時。',
    fix: [
      '讓每個 tool_result 的 tool_use_id 都等於緊接其前的 assistant 訊息中某個 tool_use 區塊的 id。',
      '裁剪歷史時，把 tool_use 區塊與其 tool_result 區塊一起移除。',
    ],
  },
  'anthropic/tool-use-without-result': {
    title: 'tool_use 沒有得到 tool_result',
    explanation:
      '某則 assistant 訊息含有 tool_use 區塊，但下一則 user 訊息並不是以對應每個 tool_use 的 tool_result 開頭。每個工具調用都必須在緊接的下一則訊息中回應。',
    fix: [
      '在每則含有 tool_use 區塊的 assistant 訊息之後，接一則 user 訊息，其內容開頭為每個 tool_use id 各一個 tool_result。',
      '如果工具失敗或被取消，仍要送出 tool_result（帶 is_error: true），而不是直接省略。',
    ],
  },
  'anthropic/tool-result-not-first': {
    title: 'tool_result 區塊必須放在最前面',
    explanation:
      '回應工具調用的訊息在 tool_result 區塊之前還有其他內容（例如文字）。tool_result 區塊必須放在訊息開頭；其他內容只能放在它們之後。',
    fix: ['把 tool_result 區塊移到 user 訊息的開頭，其他文字放在後面。'],
  },
  'anthropic/empty-message-content': {
    title: '某則訊息的內容為空',
    explanation:
      '某則訊息的 content 為 "" 或空陣列。只有最後一則 assistant 訊息（prefill）可以為空；其他每則訊息都至少需要一個內容區塊。',
    fix: [
      '移除內容為空的訊息，或填入它原本應帶有的文字或區塊。',
      '檢查是否有 assistant 輪次在呼叫失敗或中止後被存成空字串。',
    ],
  },
  'anthropic/prefill-trailing-whitespace': {
    title: 'assistant prefill 以空白結尾',
    explanation:
      '對話以 assistant 訊息結尾（讓模型接著寫的 prefill），而其文字以空格或換行結尾，API 不接受這種情況。',
    fix: ['移除最後一則 assistant 訊息結尾的空格與換行。', '或者如果你並不打算送出 prefill，就整個移除它。'],
  },
  'anthropic/temperature-with-top-p': {
    title: '同時送出了 temperature 與 top_p',
    explanation: '較新的 Claude 模型一次只接受一種取樣控制；此請求同時設定了 temperature 與 top_p。',
    fix: ['從請求中移除 temperature 或 top_p 其中之一（除非特別需要 nucleus sampling，否則保留 temperature）。'],
  },
  'anthropic/extra-inputs-not-permitted': {
    title: '請求中有未知的欄位',
    explanation:
      '冒號前的路徑指出了一個 Messages API 在該位置不認得的欄位（拼字錯誤、來自其他供應商 API（例如 OpenAI）的欄位，或沒有搭配 anthropic-beta 標頭就送出的 beta 欄位）。',
    fix: ['移除或重新命名訊息中指出的欄位。', '如果是 beta 功能，請加上對應的 anthropic-beta 標頭，或確認該欄位位於正確的巢狀層級。'],
  },
  'anthropic/field-required': {
    title: '缺少必填欄位',
    explanation:
      '「Field required」前的路徑指出了 Messages API 需要但沒有收到的欄位，最常見的是 max_tokens（Anthropic 在每個請求都要求它），或重送的 thinking 區塊的 signature。',
    fix: ['加入訊息中指出的欄位（例如 "max_tokens": 1024）。', '重送 thinking 區塊時，請原封不動送回，包括 signature。'],
  },
  'anthropic/invalid-parameter-type': {
    title: '參數型別錯誤',
    explanation: '冒號前指出的欄位，其值的 JSON 型別錯誤，例如 max_tokens 以字串 "1024" 而不是數字 1024 送出。',
    fix: ['以 API 預期的型別送出該欄位（數字不加引號，布林值用 true/false）。'],
  },
  'anthropic/parameter-out-of-range': {
    title: '參數超出範圍',
    explanation:
      '某個數值參數超出 API 允許的範圍，例如 temperature 大於 1（Anthropic 接受 0 到 1，與 OpenAI 的 0 到 2 不同），或 thinking 預算低於 1024 tokens。',
    fix: ['把值調整到訊息指出的範圍內。'],
  },
  'anthropic/thinking-budget-invalid': {
    title: 'extended thinking 設定無效',
    explanation:
      'thinking 設定與模型不符：budget_tokens 必須小於 max_tokens，而且有些模型只接受 adaptive thinking，較舊的模型則只接受固定預算。',
    fix: [
      '讓 thinking.budget_tokens 小於 max_tokens（調高 max_tokens 或降低預算）。',
      '使用模型支援的 thinking 類型（"enabled" 搭配 budget_tokens，或 "adaptive" 搭配 output_config.effort）。',
    ],
  },
  'anthropic/thinking-incompatible-parameter': {
    title: '啟用 extended thinking 時不允許的參數',
    explanation:
      '啟用 thinking 時，Claude 不接受自訂取樣（temperature 不為 1、top_k、top_p 低於允許的下限），也不接受強制使用工具的 tool_choice。',
    fix: [
      '啟用 thinking 時移除 temperature/top_k/top_p（或把 temperature 設為 1）。',
      '搭配 thinking 時使用 tool_choice "auto"（或 "none"），或在需要強制工具調用時關閉 thinking。',
    ],
  },
  'anthropic/thinking-block-required': {
    title: '最後的 assistant 輪次必須以 thinking 區塊開頭',
    explanation:
      '啟用 thinking 時，被接續的 assistant 輪次（工具使用之後，或作為 prefill）必須以模型先前產生的 thinking 區塊開頭；歷史中送出的版本沒有它。',
    fix: [
      '原封不動送回前一個 assistant 輪次，包括其 thinking / redacted_thinking 區塊及其 signature。',
      '或對此請求停用 thinking。',
    ],
  },
  'anthropic/prefill-not-supported': {
    title: '模型不接受 assistant prefill',
    explanation: '對話以 assistant 訊息結尾，但此模型（或此模式）只能從 user 訊息接續。',
    fix: ['讓 messages 陣列以 user 訊息結尾；把 prefill 的文字改放進指示中。'],
  },
  'anthropic/too-many-cache-breakpoints': {
    title: 'cache_control 中斷點超過 4 個',
    explanation: 'Prompt caching 每個請求最多允許四個 cache_control 標記，tools、system 與 messages 合併計算；此請求超過了。',
    fix: [
      '最多保留四個 cache_control 標記：通常 tools 一個、系統提示一個、最新的訊息一到兩個。',
      '新增標記時，移除留在較舊訊息上的標記。',
    ],
  },
  'anthropic/system-role-in-messages': {
    title: '系統提示被當成訊息送出',
    explanation: 'Messages API 以最上層的 "system" 參數接收系統提示；role 為 "system" 的訊息（OpenAI 的慣例）會被拒絕。',
    fix: ['把 system 訊息的內容移到最上層的 "system" 欄位，並從 messages 中移除它。'],
  },
  'anthropic/duplicate-tool-name': {
    title: '兩個工具使用了相同名稱',
    explanation: '工具名稱用來在 tool_use 區塊中識別工具，因此 tools 中的每個項目都必須有不同的名稱。',
    fix: ['重新命名或移除重複的工具（常見原因是同一個 MCP 伺服器或工具組被註冊了兩次）。'],
  },
  'anthropic/image-too-large': {
    title: '圖片過大或圖片過多',
    explanation: '送到 API 的每張圖片最大 5 MB（base64 解碼後），而且單一請求能攜帶的圖片與文件頁數有限。',
    fix: [
      '編碼前先縮小或重新壓縮圖片（長邊約 1568 px 對 Claude 已經足夠）。',
      '每次請求少送幾張圖片，或從歷史中移除舊的螢幕截圖。',
    ],
  },
  'anthropic/missing-version-header': {
    title: '缺少 anthropic-version 標頭',
    explanation: '每個送到 Claude API 的請求都必須在 anthropic-version 標頭中指定 API 版本；這個請求沒有。',
    fix: ['在請求中加入標頭 "anthropic-version: 2023-06-01"。'],
  },
  'anthropic/credit-balance-too-low': {
    title: 'Credit 餘額不足',
    explanation:
      '你的 Anthropic 組織已用完預付的 credits。API 回傳 400 invalid_request_error，但請求本身沒有任何問題：在加值 credits 之前，每次呼叫都會失敗。',
    fix: [
      '在 Claude Console 的 Plans & Billing 購買 credits（或設定自動儲值）。',
      '確認金鑰屬於你儲值的那個組織/工作空間。',
      '不要在迴圈中重試：只有餘額為正之後，同一個請求才會成功。',
    ],
  },
  'anthropic/usage-limit-reached': {
    title: '已達你設定的支出上限',
    explanation:
      '組織或工作空間已達到在 Claude Console 中設定的每月支出上限。在訊息中的日期之前，或在有人提高上限之前，請求都會被拒絕（400）。',
    fix: ['在 Claude Console 的 Limits/Billing 頁面提高或移除支出上限（不能超過你所屬層級的上限）。', '否則請等到訊息中指出的日期。'],
  },
  'anthropic/spend-cap-reached': {
    title: '已達每月層級支出上限',
    explanation:
      '這個 429 不是速率限制：組織已超過其使用層級的每月支出上限（details.error_code 為 enforced_spend_limit_reached，沒有 retry-after 標頭）。重試（包括 SDK 的自動重試）都會持續失敗，直到下個月初恢復存取。',
    fix: [
      '升級到更高的使用層級（購買更多 credits）以解除上限。',
      '或等到下個月第一天 00:00 UTC。',
      '讓你的重試邏輯在遇到 enforced_spend_limit_reached 時停止。',
    ],
  },
  'anthropic/invalid-request-error': {
    title: '無效的請求',
    explanation: 'Anthropic 拒絕了請求的格式或內容；訊息會指出是哪個欄位（以 messages.2.content.0 這樣的路徑表示）以及問題所在。',
    fix: ['閱讀訊息開頭的路徑，修正請求內容中的那個部分。', '對照 Messages API 參考文件檢查請求內容（欄位名稱、巢狀結構、型別）。'],
  },
  'anthropic/missing-api-key': {
    title: '缺少 API 金鑰標頭',
    explanation: '請求送到 Anthropic 時沒有 x-api-key 標頭（或金鑰放在錯誤的標頭中）。',
    fix: ['在 x-api-key 標頭中送出金鑰（不是 Authorization: Bearer，那是給 OAuth 權杖用的）。', '確認存放金鑰的環境變數在發出請求的環境中有設定。'],
  },
  'anthropic/authentication-error': {
    title: 'API 金鑰無效',
    explanation:
      'Anthropic 無法驗證此請求：金鑰缺少、打錯、已撤銷，或屬於其他服務（例如把中轉服務的金鑰送到 api.anthropic.com）。',
    fix: [
      '從 Claude Console（API keys）複製有效的金鑰，並以 x-api-key 送出。',
      '檢查金鑰前後是否有多餘的空白或引號。',
      '如果你使用中轉服務或閘道，請把 Base URL 指向它，而不是 api.anthropic.com。',
    ],
  },
  'anthropic/billing-error': {
    title: '帳務問題',
    explanation: '由於組織的帳務或付款資料有問題，Anthropic 拒絕了請求。',
    fix: ['在 Claude Console 的 Billing 中檢查付款方式與帳單，然後再試一次。'],
  },
  'anthropic/permission-error': {
    title: '金鑰無權使用此資源',
    explanation: '金鑰有效，但沒有使用所請求資源的權限：組織或工作空間未啟用該模型或功能，或 OAuth 權杖缺少某個 scope。',
    fix: ['確認金鑰所屬的工作空間有權使用該模型或功能。', '請組織管理員授予權限，或改用有權限的工作空間的金鑰。'],
  },
  'anthropic/unknown-model': {
    title: '未知的模型 ID',
    explanation:
      'Anthropic 沒有提供這個 ID 完全相符的模型。常見原因：別名或暱稱（"sonnet"）、用點號代替連字號（claude-3.5-sonnet）、閘道前綴（anthropic/...）、Bedrock 或 Vertex 的 ID、結尾有空格，或模型已停用。',
    fix: ['使用模型清單（GET /v1/models）中的 ID，例如 claude-sonnet-4-5 或帶日期的快照版本。', '移除供應商前綴與結尾的空白。'],
  },
  'anthropic/not-found-error': {
    title: '找不到資源',
    explanation: 'URL 或其中的資源 ID（檔案、批次或其他物件）在此組織中不存在。',
    fix: [
      '檢查端點路徑（例如 /v1/messages，而不是 /v1/chat/completions）與 Base URL。',
      '檢查你引用的檔案或批次 ID，並確認它屬於同一個工作空間。',
    ],
  },
  'anthropic/request-exceeds-maximum-size': {
    title: '請求內容過大',
    explanation:
      'HTTP 請求內容超過端點可接受的大小（Messages 與 token 計數為 32 MB，批次為 256 MB，檔案為 500 MB）。此限制在請求送達 API 之前就會執行。',
    fix: ['透過 Files API 傳送大型文件與圖片，並以 ID 引用，而不是內嵌 base64。', '把工作拆成多個請求，或壓縮/縮小附件。'],
  },
  'anthropic/request-too-large': {
    title: '請求內容過大',
    explanation:
      'HTTP 請求內容超過端點可接受的大小（Messages 與 token 計數為 32 MB，批次為 256 MB，檔案為 500 MB）。此限制在請求送達 API 之前就會執行。',
    fix: ['透過 Files API 傳送大型文件與圖片，並以 ID 引用，而不是內嵌 base64。', '把工作拆成多個請求，或壓縮/縮小附件。'],
  },
  'anthropic/rate-limit-error': {
    title: '已達速率限制',
    explanation:
      '你的組織每分鐘送出的請求數、輸入 token 數或輸出 token 數超過其層級的允許量（訊息會指出是哪一項）。請求本身沒有問題；時間窗口有空間後就會成功。',
    fix: [
      '重試前先等待 retry-after 標頭指定的秒數；anthropic-ratelimit-*-reset 標頭會說明各項限制何時補滿。',
      '以指數退避加上隨機抖動重試，並限制並行數。',
      '使用 prompt caching（快取的輸入 token 計算方式不同），或為持續的負載申請更高的層級。',
    ],
  },
  'anthropic/api-error': {
    title: 'Anthropic 內部錯誤',
    explanation: 'Anthropic 的系統在處理請求時內部發生故障；這不是請求內容造成的。',
    fix: ['以指數退避重試（官方 SDK 預設會重試兩次）。', '如果持續發生，請查看 status.claude.com，並附上 request_id 聯絡技術支援。'],
  },
  'anthropic/overloaded-error': {
    title: 'Anthropic API 過載',
    explanation: 'API 暫時對所有使用者都超出容量（HTTP 529）。你的請求與帳戶都沒有問題；這不是你的速率限制。',
    fix: [
      '稍等一下後以指數退避加上隨機抖動重試。',
      '對於緊急流量，改用其他模型，或同一模型的其他託管平台（Bedrock、Vertex）。',
      '如果持續超過幾分鐘，請查看 status.claude.com。',
    ],
  },
};
