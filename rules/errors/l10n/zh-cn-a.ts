/**
 * Simplified Chinese (zh-cn), group "a": entries/seed-http.ts, dashscope.ts, relay.ts, anthropic.ts.
 */
import type { ErrorTranslations } from '../types.ts';

export const TRANSLATIONS: ErrorTranslations = {
  // ---------------------------------------------------------------- seed-http.ts
  'seed/http-400': {
    title: '请求错误（400）',
    explanation:
      '服务器理解了这次调用，但拒绝了请求本身：JSON 格式错误、字段缺失或拼写错误、带了模型不接受的参数、内容过长或过大。有些服务商在计费问题（Gemini 未开通计费、DashScope Arrearage、Anthropic 余额不足）或内容审核时也会返回 400，所以请先阅读错误信息。',
    fix: [
      '阅读错误信息（或开发者工具中失败请求的 Response 标签页），修改其中指出的内容。',
      'Gemini：账号可能需要开通计费（绑定银行卡）；视觉模型：图片可能超过了上游的大小限制。',
      '去掉手动添加的参数，或用一个全新的默认助手/请求测试，找出是哪一项导致出错。',
      '如果对话很长，请清空上下文、新建对话或减少发送的历史消息条数。',
    ],
  },
  'seed/http-401': {
    title: '认证失败（401）',
    explanation:
      '服务器不接受所提供的凭据：API 密钥缺失、输错、已被吊销，或属于其他服务或地域（把中转站的密钥发给了服务商，或把服务商的密钥发给了中转站）。FAQ 还列出了两种情况：密钥无权使用该模型，以及服务商账号被停用。',
    fix: [
      '检查密钥确实已发送（Authorization: Bearer …、x-api-key 或？key=），且没有引号或多余的空格。',
      '检查密钥和 base URL 是否配套（同一服务商、同一地域、同一中转站）。',
      '检查服务商账号的状态（是否被停用、欠费），以及该密钥是否有权使用此模型。',
    ],
  },
  'seed/http-403': {
    title: '禁止访问（403）',
    explanation:
      '凭据已被识别，但无权执行此操作：账号未开通该模型或端点、所在地域或 IP 被封禁，或者（在中转站上）令牌无权使用该模型或余额已用完。响应体通常会说明是哪种情况。',
    fix: [
      '阅读错误信息；它通常会指出缺少的权限、模型或地域。',
      '在服务商控制台中开通或申请该模型的访问权限，或改用该密钥有权调用的模型。',
      '如果使用中转站，请在中转站控制台中检查令牌的模型列表和账户余额。',
    ],
  },
  'seed/http-404': {
    title: '未找到（404）',
    explanation:
      '该地址上没有对应的资源：路径错误（base URL 中缺少 /v1 或重复了 /v1）、模型 id 不存在或已下线，或者（Azure）URL 中的部署名称不对。',
    fix: [
      '对照 API 参考检查请求路径；base URL 以 /v1 结尾、路径又以 /v1 开头，就会变成 /v1/v1。',
      '逐字核对模型 id（拼写、点号还是短横线、末尾没有空格、没有其他服务商的前缀）。',
    ],
  },
  'seed/http-422': {
    title: '无法处理的请求（422）',
    explanation:
      '请求体是合法的 JSON，但其中的值不符合 schema：必填处为 null、应为字符串处给了数字或布尔值、枚举值未知。服务器能解析它，但无法处理。',
    fix: [
      '阅读校验详情（通常会给出字段路径，例如 body.messages.0.content）。',
      '按 API 文档规定的类型发送每个字段；删除值为 null 的字段。',
    ],
  },
  'seed/http-429': {
    title: '请求过多（429）',
    explanation:
      '请求速率（每分钟请求数或 token 数）超过了限制，服务器暂时拒绝了请求。注意：很多服务商在额度或余额用完时也返回 429，这时等待并没有用；重试前请先看响应体。',
    fix: [
      '等待（如果返回了 Retry-After 就按它来），然后用指数退避重试。',
      '降低并发或每个请求的 token 数；把请求分散到不同时间发送。',
      '如果响应体提到 quota、billing、credits 或每日限额，请充值或提高额度，而不是重试。',
    ],
  },
  'seed/http-500': {
    title: '服务器内部错误（500）',
    explanation:
      '服务器在处理请求时出错，且无法给出更多信息。通常是服务商侧的临时问题；在某些服务（Gemini）上，输入过长也可能导致 500。',
    fix: [
      '稍等片刻后重试。',
      '如果同一请求一直失败，请缩短输入或换个模型，并把 request id 报告给服务商。',
    ],
  },
  'seed/http-501': {
    title: '未实现（501）',
    explanation:
      '服务器不支持请求所要求的功能：通常是该服务器、中转站或渠道没有实现的端点或功能（Responses API、embeddings、图片、音频）。',
    fix: [
      '使用服务器文档中列出的端点（例如用 /v1/chat/completions 代替 /v1/responses）。',
      '如果使用中转站，请询问管理员该渠道是否支持此端点，或换一个模型/渠道。',
    ],
  },
  'seed/http-502': {
    title: '网关错误（502）',
    explanation:
      '网关或代理（中转站、负载均衡器、Cloudflare）从其后面的服务器收到了无效响应。上游偶发故障时只是暂时的；如果网关指向了错误的地址，或收到的是 HTML 页面而不是 JSON，则会一直出现。',
    fix: [
      '稍等片刻后重试。',
      '如果持续出现，请检查网关或中转站渠道中配置的 base URL，以及上游的状态页。',
    ],
  },
  'seed/http-503': {
    title: '服务不可用（503）',
    explanation:
      '服务器暂时过载或正在维护，无法处理请求；Retry-After 响应头可能会说明需要等多久。在中转站上，503 也可能表示该模型没有可用渠道。',
    fix: [
      '等待（如有 Retry-After 则按其等待）后退避重试。',
      '如果过载持续，请换用其他模型或地域；如果使用中转站，看错误信息中是否有 "no available channel"。',
    ],
  },
  'seed/http-504': {
    title: '网关超时（504）',
    explanation:
      '网关或代理等待其后面的服务器响应超时，放弃了请求。常见原因是未开启流式的长时间生成：网关的超时时间比模型生成所需的时间短。',
    fix: [
      '重试；长输出请使用流式，让数据在网关超时之前就开始传输。',
      '如果仍然超时，请调低 max tokens 或拆分任务。',
    ],
  },
  'seed/gemini-billing-required': {
    title: 'Gemini 模型需要开通计费（绑卡）',
    explanation:
      'Google 只向已开通计费的项目（即 API 密钥背后的 Google Cloud 项目绑定了银行卡）提供该模型（Imagen、Veo 以及其他仅限付费使用的 Gemini API 模型）。这是种子文档 FAQ 中的第一种常见 400 情况；相关的 "free tier is not available in your country" 错误见 gemini/free-tier-unavailable。',
    fix: [
      '在 Google AI Studio 中为 API 密钥所属的项目设置计费（绑定银行卡），然后使用该项目的密钥。',
      '或者选择免费层包含的模型。',
    ],
  },
  'seed/image-too-large': {
    title: '请求（图片）超出上游允许的大小',
    explanation:
      '请求体（通常是因为内嵌了 base64 图片）超过了模型前面的服务器或网关单次请求所能接受的大小，因此在到达模型之前就被拒绝了。视觉模型最常遇到。这是种子文档 FAQ 中的第二种常见 400 情况；各服务商自己的单张图片限制（Anthropic 5 MB、OpenAI 20 MB、Gemini 请求体大小、DashScope 每个 data URI 10 MB）另有对应条目。',
    fix: [
      '缩小或重新压缩图片（对大多数视觉模型来说，长边约 1500–2000 px 就足够了）。',
      '每个请求少发几张图片，或者先上传文件，再传 URL 或文件 id，而不是 base64。',
      '如果网关由你自己运维（nginx 的 client_max_body_size、中转站），请调大它的请求体大小限制。',
    ],
  },
  'seed/unsupported-parameter': {
    title: '该模型不支持此参数',
    explanation:
      '请求中带了该模型不接受的参数（reasoning effort、惩罚参数、thinking 设置），或者参数填写有误，服务器直接拒绝而不是忽略它。这是种子文档 FAQ 中的第三种常见 400 情况；OpenAI、Gemini 和 Anthropic 的相应报错另有对应条目。',
    fix: [
      '删除错误信息中指出的参数（或只向支持它的模型发送）。',
      '在聊天客户端中，用默认设置的全新助手测试；再逐个加回自定义参数。',
    ],
  },
  'seed/context-too-long': {
    title: '上下文过长',
    explanation:
      '对话（历史消息加上新消息，在某些 API 上还包括请求的输出长度）超过了模型的上下文窗口，因此被服务商拒绝。聊天客户端每一轮都会重新发送全部历史，长对话就是这样走到这一步的。这是种子文档 FAQ 中的第四种常见 400 情况（此处为 llama.cpp 及其他 OpenAI 兼容服务器的报错措辞；OpenAI、Anthropic、Gemini 和 DashScope 的措辞另有对应条目）。',
    fix: [
      '清空上下文或新建对话。',
      '减少发送的历史消息（调低上下文条数设置）、总结较早的对话轮次，或调低 max tokens。',
      '或者换用上下文窗口更大的模型。',
    ],
  },
  // ---------------------------------------------------------------- dashscope.ts
  'dashscope/invalid-parameter': {
    title: '参数不合法',
    explanation:
      'DashScope 拒绝了调用参数：缺少必填参数，或某个参数的类型、取值范围或位置不对（错误码表原文：“接口调用参数不合法”）。错误信息会指出是哪个参数；带 "<400> InternalError.Algo.InvalidParameter:" 前缀的仍然是客户端错误，并非服务器故障。',
    fix: [
      '阅读错误信息，修正其中指出的参数（类型、取值范围、拼写）。',
      '原生 API：messages 要放在 "input" 里，选项要放在 "parameters" 里，而不是与 "model" 并列。',
    ],
  },
  'dashscope/thinking-requires-streaming': {
    title: '思考模式需要流式输出',
    explanation:
      '以思考模式（enable_thinking 为 true，或仅支持思考模式的模型）调用了 Qwen 模型，但没有使用流式；DashScope 只以流式返回思考内容。',
    fix: [
      '设置 "stream": true（兼容模式），或以流式方式调用（原生 API：incremental_output 为 true）。',
      '如果模型允许，也可以把 enable_thinking 设为 false。',
    ],
  },
  'dashscope/stream-only-model': {
    title: '该模型只支持流式输出',
    explanation: '该模型（例如部分开源 Qwen3 或 Omni 模型）只能以流式返回结果，而请求没有开启流式。',
    fix: ['发送请求时设置 "stream": true（原生 API：X-DashScope-SSE: enable / 增量输出）。'],
  },
  'dashscope/input-length-exceeded': {
    title: '输入超过模型允许的长度',
    explanation:
      '输入（所有消息合计）超过了模型的最大输入 token 数。聊天客户端每一轮都会重新发送全部历史，所以长对话最终会遇到这个错误。',
    fix: [
      '缩短消息或删除较早的轮次；在聊天客户端中新建对话。',
      '或者使用上下文更长的模型（qwen-long、qwen-plus 的长上下文版本）。',
    ],
  },
  'dashscope/json-mode-without-json-word': {
    title: 'JSON 模式下提示词中没有 "json" 一词',
    explanation:
      '请求了 response_format json_object，但没有任何一条消息提到 "json" 这个词；DashScope（与 OpenAI 一样）要求提示词中包含它。',
    fix: ['在 system 或 user 消息中加一句提到 JSON 的指令，例如“请用 JSON 格式回答”。'],
  },
  'dashscope/tool-message-without-tool-calls': {
    title: 'tool 消息前没有对应的工具调用',
    explanation:
      '发送了 role 为 "tool" 的消息，但它前面没有紧跟着带有对应 tool_calls 的 assistant 消息，通常是因为第一轮的 assistant 回复没有追加到 messages 中。',
    fix: ['在每条 tool 消息之前，追加包含 tool_calls 的 assistant 消息（保持模型返回的原样）。'],
  },
  'dashscope/invalid-media-url': {
    title: '媒体 URL 无效或无法下载',
    explanation:
      '某个图片、音频或视频引用无法使用：URL 不是 http(s)://、data:…;base64，或 file:// 形式，或者 DashScope 无法下载它（私有或内网 OSS 地址、跨地域超时、签名已过期）。',
    fix: [
      '传入公网 http(s) URL（最好是同地域的存储）、带 ";base64," 的 data URL，或通过 DashScope SDK 传入本地 file:// 路径。',
      '7 MB 以下的文件用 base64 传输，可以完全避免下载环节。',
    ],
  },
  'dashscope/data-uri-too-large': {
    title: '内嵌媒体超过 10 MB',
    explanation: '发给 Qwen-VL/Omni 模型的 base64（data URI）图片或视频超过了 DashScope 对单个条目 10 MB 的限制。',
    fix: ['压缩或缩小文件，或者先上传文件，再传公网 URL 而不是 base64。'],
  },
  'dashscope/data-inspection-failed': {
    title: '被内容审核拦截',
    explanation:
      '阿里云的内容安全检测（绿网）判定输入或生成的输出可能包含敏感内容，中止了请求（错误码表原文：“数据检查错误，输入或者输出包含疑似敏感内容被绿网拦截”）。由于被标记的文本仍留在对话历史中，重新发送同样的历史还会失败。',
    fix: [
      '改写或删除被标记的内容；从历史中删掉触发拦截的那一轮。',
      '如果分不清是哪一轮被标记，就新建对话。',
    ],
  },
  'dashscope/invalid-parameter-data-inspection': {
    title: '媒体未通过数据检查',
    explanation:
      '内容安全检测无法检查某个媒体输入：其格式不受支持，或与它声称的格式不符（错误码表原文：“数据检查错误，媒体格式不支持或不正确（可能根据不同错误信息 Message 有不同含义）”）。此错误码下的其他错误信息表示检查时无法下载该媒体。',
    fix: [
      '检查文件能否正常打开、扩展名是否与真实格式一致，以及该格式是否为模型支持的格式（jpg、png、webp、mp4 等）。',
      '如果错误信息说无法下载媒体，请把它放在 DashScope 能访问到的位置（同地域），或以 base64 发送。',
    ],
  },
  'dashscope/empty-input': {
    title: '输入为空',
    explanation: '原生 API 请求中没有 "input" 对象（错误码表原文：“请求的输入不能为空”）。',
    fix: ['添加 "input" 对象，并在其中放入 "messages"（或 "prompt"）。'],
  },
  'dashscope/empty-parameters': {
    title: '缺少 "parameters"',
    explanation: '原生 API 请求缺少该端点要求的 "parameters" 对象（错误码表原文：“请求的参数不能为空”）。',
    fix: ['添加 "parameters" 对象（可以是 {}，也可以包含 result_format、max_tokens 等）。'],
  },
  'dashscope/empty-model': {
    title: '缺少 "model"',
    explanation: '请求中没有指定模型（错误码表原文：“请求输入的模型不能为空”）。',
    fix: ['添加 "model"，填入阿里云百炼的模型 id，例如 "qwen-plus"。'],
  },
  'dashscope/invalid-url': {
    title: 'URL 无效',
    explanation:
      '请求中的某个 URL 有误（错误码表原文：“请求的 URL 错误”）：该模型没有这个端点路径，或者输入文件/图片的 URL 格式错误、无法访问或指向的不是图片。',
    fix: [
      '检查该模型对应的端点路径（text-generation 还是 multimodal-generation，compatible-mode 还是 api/v1）。',
      '检查每个媒体 URL 都是有效的公网 http(s) URL，且直接指向文件本身。',
    ],
  },
  'dashscope/arrearage': {
    title: '账户欠费（Arrearage）',
    explanation:
      '由于 API 密钥所属的阿里云账号欠费，访问被拒绝（错误码表原文：“客户账户因为欠费而被拒绝访问”）。返回的是 400 而不是 402，修改任何参数都无济于事。',
    fix: [
      '在阿里云控制台打开“费用与成本”，结清欠费或充值，然后等几分钟让状态刷新。',
      '如果账号并未欠费，请确认 API 密钥确实属于你以为的那个账号；资源包只覆盖其列出的模型和规格。',
    ],
  },
  'dashscope/unsupported-operation': {
    title: '该对象不支持此操作',
    explanation:
      '调用所涉及的对象（文件、微调任务、部署等）不支持该操作（错误码表原文：“关联的对象不支持该操作”），例如删除一个已经完成的微调任务。',
    fix: ['检查该操作是否适用于这个对象及其当前状态；错误信息会说明具体情况。'],
  },
  'dashscope/invalid-api-key': {
    title: 'API 密钥无效',
    explanation:
      '请求中的 API 密钥有误（错误码表原文：“请求中的 ApiKey 错误”）：输错、已删除、是其他服务商的密钥、从错误的环境变量中读取，或者把一个地域的密钥发到了另一个地域的端点（北京 dashscope.aliyuncs.com 与新加坡 dashscope-intl.aliyuncs.com）。',
    fix: [
      '使用与 base URL 同一地域的阿里云百炼密钥（以 sk- 开头）。',
      '在代码中用 os.getenv("DASHSCOPE_API_KEY") 读取，而不是 os.getenv("sk-…")。',
    ],
  },
  'dashscope/access-denied': {
    title: '无权访问',
    explanation:
      '该密钥无权使用此 API 或模型（错误码表原文：“无权访问此 API，比如您调用的模型属于邀测中的模型，需要申请访问权限”）。模型的免费额度已用完且无法付费使用时，或者以同步方式调用仅支持异步的 API（或反过来）时，也会出现此错误。',
    fix: [
      '在阿里云百炼控制台的模型卡片上申请访问权限，或改用其他模型。',
      '对于仅支持异步的 API，发送 X-DashScope-Async: enable（对仅支持同步的 API 则去掉它）。',
    ],
  },
  'dashscope/access-denied-unpurchased': {
    title: '未开通阿里云百炼',
    explanation:
      '该账号没有开通（购买）此商品（错误码表原文：“客户没有开通此商品”），通常是该账号从未开通阿里云百炼本身。',
    fix: ['用主账号登录，进入阿里云百炼（北京或新加坡），同意服务协议完成开通；如有要求，请完成实名认证。'],
  },
  'dashscope/model-access-denied': {
    title: '无权使用此模型或业务空间',
    explanation:
      '密钥所在的业务空间未被授权使用该模型（子业务空间需要单独授权模型），或者该密钥不属于这个业务空间。',
    fix: ['在阿里云百炼控制台中为该业务空间授权此模型，或使用主账号的密钥。'],
  },
  'dashscope/free-tier-only': {
    title: '免费额度已用完（已开启“仅使用免费额度”）',
    explanation:
      '该模型的免费额度已耗尽，而账号开启了“仅使用免费额度”（use free tier only），因此阿里云百炼会直接停止，而不是开始计费。',
    fix: ['在阿里云百炼控制台中为该模型关闭“仅使用免费额度”以继续付费使用，或换用其他模型。'],
  },
  'dashscope/model-not-found': {
    title: '模型不存在',
    explanation:
      '该模型 id 在此地域不存在、拼写有误，或者用的是开源社区名称而不是阿里云百炼的模型 id（写成了 Qwen/Qwen3-235B-A22B-Instruct-2507，而不是 qwen3-235b-a22b-instruct-2507）。',
    fix: ['使用你所在地域阿里云百炼模型列表中的准确模型 id。'],
  },
  'dashscope/request-timeout': {
    title: '请求超时',
    explanation:
      '调用时间超过了 DashScope 的等待上限（非流式生成约 300 秒），被中断了（错误码表原文：“请求超时”）。',
    fix: ['改用流式重试：流式会边生成边返回，可避免超时。', '调低 max_tokens，或拆分耗时较长的任务。'],
  },
  'dashscope/payload-too-large': {
    title: '请求体过大',
    explanation:
      '接入层网关以请求体过大为由拒绝了请求（据错误码表）。这常见于 qwen-long 等超长上下文的场景：超过约 1M token 的内容应以文件方式（file-id）提交，而不是放在请求体中，否则会超出接口允许的长度限制。文件上传也有各自的上限（文档 150 MB、图片 20 MB）。',
    fix: ['通过文件 API 上传大文档，再用 file-id 引用。', '拆分输入，或减少附件数量、缩小附件。'],
  },
  'dashscope/input-download-failed': {
    title: '无法下载输入文件',
    explanation:
      'DashScope 下载输入文件失败（错误码表原文：“可能是下载超时、失败或者文件超过限额大小，错误信息可以指出更细节内容”）。',
    fix: [
      '检查该 URL 是否公开、能否从阿里云下载（同地域最稳妥），以及文件是否在大小限制以内。',
      '如果错误信息指向超时，可以重试一次。',
    ],
  },
  'dashscope/unsupported-file-format': {
    title: '不支持该输入文件格式',
    explanation:
      '输入文件的格式不是该模型接受的格式（错误码表原文：“输入文件的格式不支持”）。看的是文件的真实编码，而不是扩展名。',
    fix: ['将文件转换为支持的格式（可用 `file` 或 ffprobe 查看其真实类型）。'],
  },
  'dashscope/throttling': {
    title: '触发限流',
    explanation: '本次调用触发了 DashScope 的限流（错误码表原文：“接口调用触发限流”）。',
    fix: ['等待后退避重试；降低请求频率或并发数。'],
  },
  'dashscope/rate-quota': {
    title: '超出请求频率限制',
    explanation: '调用频率超过了该模型的限制，例如每秒或每分钟请求数（错误码表原文：“调用频次触发限流”）。',
    fix: ['稍等片刻，用指数退避重试。', '让请求均匀分布；在阿里云百炼的限流页面查看该模型的 RPM 限制。'],
  },
  'dashscope/burst-rate': {
    title: '请求量增长过快',
    explanation: '请求量上升得太快；即使仍低于标称限制，突发的流量高峰也会触发 DashScope 的稳定性保护。',
    fix: ['退避重试，并让流量逐步上升（对请求排队或控制发送节奏）。'],
  },
  'dashscope/allocation-quota': {
    title: '超出时间窗口内的 token 额度',
    explanation:
      '一段时间内的用量超过了分配的额度，例如每分钟生成的 token 数（错误码表原文：“一段时间调用量触发限流，比如每分钟生成 Token 数”）。在兼容模式下它以 insufficient_quota 的形式出现，并带有 OpenAI 那句计费提示，但在 DashScope 上这是 TPM/TPS 限制，一分钟内就会恢复。',
    fix: ['稍等片刻后重试；降低并发、max_tokens 或请求大小。', '如果持续出现，为该模型申请更高的额度上限。'],
  },
  'dashscope/free-allocated-quota': {
    title: '免费额度已用完',
    explanation:
      '免费额度已用完（或已过期），且该模型未开通付费访问（错误码表原文：“免费额度已经耗尽，并且模型未开通计费访问”）。与 Throttling.AllocationQuota 的另一种错误信息不同，这里等待也没有用。',
    fix: ['如果该模型提供付费（按量付费）访问，请在阿里云百炼控制台中开通。', '否则请换用其他模型。'],
  },
  'dashscope/internal-error': {
    title: '内部错误',
    explanation: 'DashScope 内部出错（错误码表原文：“内部错误”）。不以流式方式调用 Qwen-Omni 模型时也会返回此错误。',
    fix: ['稍等片刻后重试；如果持续出现，请把 request_id 报告给阿里云技术支持。', 'Qwen-Omni：请以流式方式调用。'],
  },
  'dashscope/internal-error-algo': {
    title: '内部算法错误',
    explanation:
      '模型服务在运行时出错（错误码表原文：“内部算法错误”）。只有 500 才是服务器故障：错误信息前缀 "<400> InternalError.Algo.InvalidParameter:" 中也有 "InternalError.Algo" 字样，但那是客户端错误。',
    fix: ['重试；如果同一请求每次都失败，请更换模型或修改提示词（模型生成的工具调用不是有效 JSON 时也会出现此错误）。'],
  },
  'dashscope/system-error': {
    title: '系统错误',
    explanation: 'DashScope 侧的系统级故障（错误码表原文：“系统错误”）。',
    fix: ['稍等片刻后重试。'],
  },
  'dashscope/internal-timeout': {
    title: '异步任务超时',
    explanation: '异步任务从网关提交给算法服务后，3 小时内一直没有结果，因此被判定为超时（据错误码表）。',
    fix: ['重新提交任务；如果一直超时，请带上任务 id 和 request id 联系技术支持。'],
  },
  'dashscope/internal-error-data-inspection': {
    title: '内容检查内部出错',
    explanation: '内容安全检测本身在检查请求时出错（错误码表原文：“数据检查内部错误”）；这并不是对内容的判定。',
    fix: ['稍等片刻后重试。'],
  },
  'dashscope/model-unavailable': {
    title: '模型暂时不可用',
    explanation: '该模型目前无法提供服务，或者容量已饱和，所有用户的请求都在被限流。',
    fix: ['稍后退避重试，或换用其他模型。'],
  },
  // ---------------------------------------------------------------- relay.ts
  'relay/gemini-part-data-missing': {
    title: 'Gemini 的 part 缺少数据',
    explanation:
      'Gemini 的某个内容 part 没有设置任何 data 字段（没有 text、inlineData、fileData、functionCall 等），通常是图片数据为空或根本没有填入。中转站的错误表将其归为“用户请求问题”：需要修改请求本身，中转站无法解决。',
    fix: ['确保每个 part 恰好带有 text / inlineData / fileData / functionCall / functionResponse 中的一项；删除空的图片 part。'],
  },
  'relay/cannot-fetch-url': {
    title: 'Gemini 无法获取该 URL',
    explanation:
      'Gemini 无法下载请求中给出的 URL 上的文件或图片（私有、需要登录、被屏蔽，或不是文件直链）。中转站的错误表将其归为“用户请求问题”：需要修改请求本身，中转站无法解决。',
    fix: ['使用公开的文件直链，或以内联方式（base64）或通过 Files API 发送数据。'],
  },
  'relay/invalid-argument': {
    title: '参数无效（Gemini）',
    explanation:
      'Gemini 拒绝了某个参数：字段格式不对，或者是模型不支持的参数（例如对非思考模型设置了 thinking，或使用了模型不具备的工具/schema 功能）。Gemini 不会说明是哪一个。中转站的错误表将其归为“用户请求问题”：需要修改请求本身，中转站无法解决。',
    fix: [
      '逐个去掉可选参数（thinking、tools、response schema、safety settings），找出被模型拒绝的那个。',
      '对照模型文档中的限制检查各项取值。',
    ],
  },
  'relay/input-token-count-exceeded': {
    title: '输入超过上下文限制（Gemini）',
    explanation:
      '输入 token 数超过了模型的上下文窗口。中转站的错误表将其归为“用户请求问题”：需要修改请求本身，中转站无法解决。',
    fix: ['缩短输入：删除较早的轮次、做摘要，或减少文件数量、缩小文件。', '或者使用上下文窗口更大的模型。'],
  },
  'relay/azure-content-filter': {
    title: '被 Azure 内容过滤拦截',
    explanation:
      'Azure OpenAI 的内容过滤器标记了该提示词（仇恨、色情、暴力、自残或越狱尝试）并拒绝处理。中转站的错误表将其归为“用户请求问题”：同样的提示词和历史还会再次失败。',
    fix: [
      '改写或删除被标记的内容；如果它在历史消息中，请新建对话。',
      '响应体中的 innererror.content_filter_result 会说明是哪个类别被过滤。',
    ],
  },
  'relay/unrecognized-argument': {
    title: '目标模型不认识该参数',
    explanation:
      '请求中带了目标 API 不接受的参数（enable_thinking 是 DashScope/Qwen 的扩展参数，Azure/OpenAI 会拒绝它）。中转站的错误表将其归为“用户请求问题”：需要修改请求本身，中转站无法解决。',
    fix: ['删除该参数，或只向支持它的服务商发送（聊天客户端：为该模型关闭思考开关）。'],
  },
  'relay/image-thought-signature-missing': {
    title: '中转站丢失了图片的 thought signature',
    explanation:
      'Gemini 3 要求在下一轮中把生成图片 part 的 thought_signature 传回去；中转站在转换 image_url 内容时没有带上它。中转站的错误表将其归为“代码bug”：需要修复中转站的代码（或以 Gemini 原生格式发送历史）。',
    fix: [
      '报告给中转站管理员（Gemini 转换中的 image_url 分支必须保留 thoughtSignature）。',
      '临时办法：调用 Gemini 原生端点，或从历史中删除生成的图片。',
    ],
  },
  'relay/output-format-unsupported': {
    title: '模型不支持该输出格式',
    explanation:
      '模型无法生成请求所要求的输出格式（它不提供的图片/音频格式或响应格式）。中转站的错误表将其归为“用户请求问题”：需要修改请求本身，中转站无法解决。',
    fix: ['请求模型文档中列出的格式（例如用 png 代替 webp），或换用其他模型。'],
  },
  'relay/corrupted-thought-signature': {
    title: 'thought signature 已损坏',
    explanation:
      '多轮请求中传回的 thought_signature 已损坏或失效（被修改、被截断，或来自其他模型或会话）。中转站的错误表将其归为“用户请求问题”：需要修改请求本身，中转站无法解决。',
    fix: ['按模型返回的原样传回 thought signature，或者将其连同所在轮次一起删除，重新开始。'],
  },
  'relay/encrypted-content-unverified': {
    title: '加密的推理内容被拒绝',
    explanation:
      '请求中带有服务商无法解密的加密内容（OpenAI 推理的 encrypted_content），通常是因为它是在另一个密钥、组织或中转渠道下生成的。中转站的错误表将其归为“用户请求问题”：需要修改请求本身，中转站无法解决。',
    fix: ['从历史中删除加密的推理条目，或者让一段对话自始至终使用同一个密钥/渠道。'],
  },
  'relay/invalid-function-schema': {
    title: '函数 schema 无效',
    explanation:
      '某个工具的参数 schema 不符合该 API 的要求（顶层不是 object、array 没有 items、使用了不支持的关键字）。中转站的错误表将其归为“用户请求问题”：需要修改请求本身，中转站无法解决。',
    fix: ['修正错误信息中指出的 schema：顶层 type 为 "object" 并带有 properties；每个 array 都需要 items。'],
  },
  'relay/empty-text-block': {
    title: '空的文本块',
    explanation:
      '某条消息包含一个字符串为空的文本内容块；Anthropic 会拒绝这种块。中转站的错误表将其归为“用户请求问题”：需要修改请求本身，中转站无法解决。',
    fix: ['发送前删除空的文本块（或空消息）。'],
  },
  'relay/unexpected-tool-use-id': {
    title: 'tool_result 没有对应的 tool_use',
    explanation:
      '某个 tool_result 块引用的 tool_use id 不在上一条 assistant 消息中（历史被裁剪、重排或合并过）。中转站的错误表将其归为“用户请求问题”：需要修改请求本身，中转站无法解决。',
    fix: ['让每个 tool_use 和它的 tool_result 保持在相邻的消息中；删除没有对应 tool_use 的 tool_result 块。'],
  },
  'relay/bedrock-invalid-beta-flag': {
    title: 'beta 标志无效（Bedrock）',
    explanation:
      '请求要求启用某个 Anthropic beta（anthropic-beta 请求头或 anthropic_beta 字段），但 AWS Bedrock 不接受该模型使用它。中转站的错误表将其归为“用户请求问题”：需要修改请求本身，中转站无法解决。',
    fix: ['删除该 beta 标志，或只发送 Bedrock 为该模型列出的 beta。'],
  },
  'relay/prompt-too-long': {
    title: '提示词过长（Claude）',
    explanation:
      '提示词的 token 数超过了该 Claude 模型的上限。中转站的错误表将其归为“用户请求问题”：需要修改请求本身，中转站无法解决。',
    fix: ['裁剪历史或做摘要、减少文件，或压缩对话。', '或者使用上下文窗口更大的模型。'],
  },
  'relay/image-size-limit': {
    title: '图片为空或超过 20 MB',
    explanation:
      '某张图片为空，或超过了上游允许的 20 MB（20971520 字节）；有些渠道会以 429 报告，但等待并没有用。中转站的错误表将其归为“用户请求问题”：需要修改请求本身，中转站无法解决。',
    fix: ['把图片压缩或缩小到 20 MB 以下，并确保它不是空的。'],
  },
  'relay/request-exceeds-maximum-size': {
    title: '请求体过大',
    explanation:
      '整个请求体超过了上游模型或服务器允许的大小（Anthropic：32 MB），通常是因为 base64 图片或文档太多或太大。中转站的错误表将其归为“用户请求问题”：需要修改请求本身，中转站无法解决。',
    fix: ['每个请求少发一些附件或发更小的附件，或者先上传文件再引用，而不是用 base64。'],
  },
  'relay/input-tokens-exceed-configured-limit': {
    title: '输入超过配置的 token 上限',
    explanation:
      '消息的输入 token 数超过了模型配置的上限（此处为 272000）。它以 429 返回，但并不是限流：同样的请求每次都会失败。中转站的错误表将其归为“用户请求问题”：需要修改请求本身，中转站无法解决。',
    fix: ['缩短消息（删除较早的轮次或做摘要）。'],
  },
  'relay/image-token-count-error': {
    title: '中转站无法读取图片',
    explanation:
      '中转站无法解码图片来计算其 token 数（格式不支持或无效，或者 URL 返回的不是图片）。它以 500 报告，但问题出在图片上。中转站的错误表将其归为“用户请求问题”：需要修改请求本身，中转站无法解决。',
    fix: ['发送真正的 png/jpeg/webp/gif 图片（确认 URL 返回的是图片字节，而不是 HTML 页面或空文件）。'],
  },
  'relay/file-download-failed': {
    title: '中转站无法下载文件',
    explanation:
      '中转站尝试从请求中的 URL 下载文件，而该 URL 返回了错误（此处为状态码 400）：URL 无效，或中转站无法访问它。中转站的错误表将其归为“用户请求问题”：需要修改请求本身，中转站无法解决。',
    fix: ['使用中转站能够下载的公开文件直链，或以内联方式（base64）发送文件。'],
  },
  'relay/model-name-required': {
    title: '请求中没有指定模型',
    explanation: '请求中没有指定模型，中转站无法路由。',
    fix: ['在请求体中添加 "model"（Gemini 格式的调用则在 URL 的模型部分指定）。'],
  },
  'relay/internal-error-encountered': {
    title: '上游内部错误',
    explanation:
      '上游服务（Gemini）发生了内部错误；中转站按收到的状态码转报，此处为 400。中转站的错误表将其归为“上游问题”：出错的是中转站背后的服务商，而不是你的请求。',
    fix: ['稍等片刻后重试。', '如果同一请求一直失败，请缩短输入或换个模型，并告知中转站管理员。'],
  },
  'relay/bedrock-legacy-model': {
    title: '旧版模型已不可用（Bedrock）',
    explanation:
      'AWS Bedrock 已将该模型标记为 Legacy，只为最近 15 天内使用过它的账号保留访问；中转站的 Bedrock 账号没有用过，因此失去了访问权限。中转站的错误表将其归为“上游问题”：出错的是中转站背后的服务商，而不是你的请求。重试也无法恢复。',
    fix: ['换用当前的模型（更新的 Claude 版本）。', '或者请中转站管理员改用仍有访问权限的账号。'],
  },
  'relay/gemini-empty-response': {
    title: 'Gemini 返回了空回答',
    explanation:
      'Gemini 的 candidates 中没有任何可用内容（模型临时故障或负载过高；思考模型有时只返回思考内容）。中转站以 429 报告，但这并不是你触发了限流。中转站的错误表将其归为“上游问题”：出错的是中转站背后的服务商，而不是你的请求。',
    fix: ['稍后重试。', '如果在工具调用之后反复出现，请调高最大输出 token 数或降低思考预算。'],
  },
  'relay/openai-error-503': {
    title: '上游不可用（openai_error）',
    explanation:
      '上游返回了 503，只附带一个笼统的 "openai_error"：上游不可用或负载过高。中转站的错误表将其归为“上游问题”：出错的是中转站背后的服务商，而不是你的请求。',
    fix: ['稍后退避重试，或在中转站上换一个模型或分组。'],
  },
  'relay/model-high-demand': {
    title: '模型需求量过高',
    explanation:
      '上游模型目前对所有用户都处于过载状态。中转站的错误表将其归为“上游问题”：出错的是中转站背后的服务商，而不是你的请求。',
    fix: ['稍等片刻后退避重试，或换用更轻量的模型（例如 Flash 版本）。'],
  },
  'relay/bad-response-status-504': {
    title: '上游网关超时',
    explanation:
      '中转站从上游收到了 504：服务商前面的网关在等待模型时超时。中转站的错误表将其归为“上游问题”：出错的是中转站背后的服务商，而不是你的请求。',
    fix: ['重试；长时间生成请使用流式，避免连接长时间空闲。'],
  },
  'relay/upstream-busy': {
    title: '上游服务繁忙',
    explanation:
      '中转站报告上游服务暂时繁忙或负载过高。中转站的错误表将其归为“上游问题”：出错的是中转站背后的服务商，而不是你的请求。',
    fix: ['稍等片刻后重试。'],
  },
  'relay/backend-returned-error': {
    title: '上游后端错误',
    explanation:
      '中转站背后的后端暂时出现故障。中转站的错误表将其归为“上游问题”：出错的是中转站背后的服务商，而不是你的请求。',
    fix: ['稍后重试，或按错误信息的提示新建对话。'],
  },
  'relay/upstream-saturated': {
    title: '上游负载已饱和（中转站改写的 429）',
    explanation:
      '中转站从上游收到 429，并把错误信息替换成了笼统的“负载已饱和”提示。多数情况下是上游在限流，但上游密钥额度用完时也会被同样掩盖：如果 type/code 为 insufficient_quota 或 billing_not_active，重试也无济于事。',
    fix: ['稍等片刻后重试。', '如果反复出现，请查看 error.type / error.code 并告知中转站管理员（该渠道的额度可能已用完）。'],
  },
  'relay/bedrock-security-token-invalid': {
    title: '上游 AWS 凭据无效',
    explanation:
      'AWS 拒绝了中转站 Bedrock 渠道所用的访问密钥（已删除、已停用，或账号已关闭）。中转站的错误表将其归为“上游资源耗尽或供应商账号失效”：中转站在上游使用的账号额度已用完或已失效。',
    fix: ['告知中转站管理员：Bedrock 渠道需要有效的 AWS 凭据（或者应停用该渠道）。', '在此期间请使用其他模型或分组。'],
  },
  'relay/concurrency-limit': {
    title: '超出并发限制',
    explanation:
      '上游账号（或其前面的网关）为该用户同时处理的请求过多，拒绝了新的请求。中转站的错误表将其归为“上游资源耗尽或供应商账号失效”：中转站在上游使用的账号额度已用完或已失效。正在运行的请求结束后即可恢复。',
    fix: ['稍等片刻后重试；减少并行发送的请求数。'],
  },
  'relay/upstream-quota-exceeded': {
    title: '上游额度已耗尽',
    explanation:
      '中转站背后的服务商账号额度已用完：OpenAI 的余额或消费上限，或者 Gemini 的每日额度（按天统计的指标出现 "limit: 0"，表示该项目下此模型没有免费额度）。中转站的错误表将其归为“上游资源耗尽或供应商账号失效”：中转站在上游使用的账号额度已用完或已失效。在管理员充值或更换密钥之前，重试都没有用。',
    fix: ['告知中转站管理员：该渠道的上游额度已耗尽。', '在此期间请使用其他模型或分组。'],
  },
  'relay/gemini-paid-tier-limit': {
    title: '上游 Gemini 付费层级限额已用满',
    explanation:
      '中转站的 Gemini 项目触及了付费层级的限额，此处为每分钟输入 token 数（Tier 3 为 8,000,000）。中转站的错误表将其归为“上游资源耗尽或供应商账号失效”：中转站在上游使用的账号额度已用完或已失效。按分钟统计的指标会恢复，所以在提示的延迟之后重试可能成功；按天统计的指标则不会。',
    fix: [
      '按错误信息中给出的延迟（“Please retry in …”）等待后重试。',
      '如果反复出现，请中转站管理员把负载分散到更多项目上，或提升层级。',
    ],
  },
  'relay/resource-exhausted': {
    title: '上游资源耗尽（Gemini 429）',
    explanation:
      'Google 的通用 429：中转站的 Gemini 项目用完了额度，通常是每分钟限额。中转站的错误表将其归为“上游资源耗尽或供应商账号失效”：中转站在上游使用的账号额度已用完或已失效。稍等片刻后重试往往能成功；如果一整天都失败，说明该项目的每日额度已用完。',
    fix: ['稍等片刻后退避重试。', '如果持续出现，请告知中转站管理员该渠道的额度已耗尽。'],
  },
  'relay/too-many-tokens-per-day': {
    title: '上游每日 token 额度已用完（Bedrock）',
    explanation:
      '中转站的 AWS Bedrock 账号已达到该模型每天的 token 额度。中转站的错误表将其归为“上游资源耗尽或供应商账号失效”：中转站在上游使用的账号额度已用完或已失效。额度会在次日重置，或在管理员提高额度后恢复。',
    fix: ['暂时使用其他模型或分组。', '告知中转站管理员（申请提高 Bedrock 服务配额，或换用其他账号/地域）。'],
  },
  'relay/extra-usage-long-context': {
    title: '长上下文需要额外用量（Claude）',
    explanation:
      '该请求使用了 Claude 的长上下文（1M token），而上游账号在没有额外用量 / 长上下文计费的情况下无权使用。中转站的错误表将其归为“上游资源耗尽或供应商账号失效”：中转站在上游使用的账号额度已用完或已失效。',
    fix: [
      '把请求控制在标准上下文窗口以内（去掉 1M 上下文 beta / [1m] 模型变体，或压缩对话）。',
      '或者向中转站管理员要一个有长上下文权限的渠道。',
    ],
  },
  'relay/html-instead-of-json': {
    title: '上游返回了 HTML 而不是 JSON',
    explanation:
      '中转站期望上游返回 JSON，却收到了一个 HTML 页面（404 页面、Cloudflare 验证页、登录页或拦截页），几乎都是因为渠道的 base URL 配错了，通常是末尾多了 "/" 或多了一个 "/v1"。中转站的错误表将其归为“渠道API配置错误”：需要由中转站管理员修复渠道。',
    fix: [
      '中转站管理员：去掉渠道 API base URL 末尾的 "/"（以及重复的 /v1），然后测试该渠道。',
      '用户：告知管理员，或在此期间换一个模型/分组。',
    ],
  },
  'relay/bad-response-html': {
    title: '上游路径不存在（渠道 base URL）',
    explanation:
      '上游向中转站返回了 404，通常是一个 HTML 页面，原因是渠道的 base URL 与 API 路径重复了（…/api/v1 + /v1/chat/completions）。中转站的错误表将其归为“渠道API配置错误”：需要由中转站管理员修复渠道。',
    fix: ['中转站管理员：渠道 base URL 中不要带版本路径（中转站会自动拼接 /v1/…），然后测试该渠道。'],
  },
  'relay/do-request-failed': {
    title: '中转站无法连接上游',
    explanation:
      '中转站根本无法连接到服务商（DNS、TLS、连接被拒绝、代理）。中转站的错误表将其归为“渠道API配置错误”：需要由中转站管理员修复渠道。',
    fix: ['中转站管理员：检查渠道 base URL、代理和出站网络；测试该渠道。', '用户：稍后重试，或换一个分组。'],
  },
  'relay/no-available-channel': {
    title: '你的分组中没有该模型的渠道',
    explanation:
      '中转站中没有为你的分组提供该模型的已启用渠道：该模型未配置（或拼写错误、为空）、你的分组与渠道所属的分组不同，或者该模型的所有渠道都已被自动禁用。中转站的错误表将其归为“渠道API配置错误”：需要由中转站管理员修复渠道。',
    fix: [
      '对照中转站的模型列表检查模型名称（拼写准确，不带服务商前缀）。',
      '中转站管理员：把该模型添加到此分组的某个渠道中，或重新启用被禁用的渠道。',
    ],
  },
  'relay/no-available-channel-distributor': {
    title: '无可用渠道（distributor）',
    explanation:
      '中转站的分配器（distributor）在该分组中找不到该模型可用的渠道。中转站的错误表将其归为“本机服务器问题”（系统内部分配器配置错误）：需要管理员检查渠道配置。',
    fix: ['中转站管理员：检查此分组中是否有列出该模型且已启用的渠道。', '用户：检查模型名称，或尝试其他分组或模型。'],
  },
  'relay/system-cpu-overloaded': {
    title: '中转站服务器过载',
    explanation:
      '中转站服务器自身的 CPU（或内存）使用率超过了保护阈值，正在拒绝部分请求以减轻负载。中转站的错误表将其归为“本机服务器问题”：问题出在中转站服务器本身，而不是服务商。负载降下来后即可恢复。',
    fix: ['稍等片刻后重试。', '中转站管理员：为服务器增加资源或降低负载。'],
  },
  'relay/no-token-available': {
    title: '中转站 token 池已空（没有可用token）',
    explanation:
      '中转站的池中已没有可用于处理该请求的上游 token（全部耗尽、过期或分配失败）。中转站的错误表将其归为“本机服务器问题”：问题出在中转站服务器本身，而不是服务商。',
    fix: ['中转站管理员：检查 token/账号池的配置并补充。', '用户：稍后重试，或换用其他中转站/模型。'],
  },
  'relay/channel-no-available-key': {
    title: '渠道没有可用的密钥',
    explanation: '所选中转站渠道的所有密钥都已被禁用或耗尽，中转站无法调用服务商。',
    fix: ['中转站管理员：为该渠道添加或重新启用密钥。', '用户：稍后重试，或换用其他分组/模型。'],
  },
  'relay/user-quota-insufficient': {
    title: '中转站余额不足',
    explanation:
      '你在中转站的余额已用完（或不足以支付本次请求的预扣费）；中转站在调用服务商之前就拒绝了请求。这是中转站账户的余额，而不是服务商账户的。',
    fix: ['在中转站控制台中充值（或使用兑换码）。', '或者调低 max_tokens，让预扣费不超过余额。'],
  },
  'relay/token-quota-exhausted': {
    title: '中转站令牌额度已用完',
    explanation:
      '中转站的 API 密钥（令牌）已用完其所有者为它设定的额度。账户余额可能仍然充足：限制是针对这个令牌的。',
    fix: ['在中转站控制台中提高该令牌的额度或设为无限额度（或改用其他令牌）。'],
  },
  'relay/token-not-provided': {
    title: '未发送中转站令牌',
    explanation: '请求到达中转站时没有带 API 密钥（Authorization: Bearer sk-…）。',
    fix: ['在 Authorization 请求头中发送中转站令牌（Bearer …），或使用客户端为该中转站所用的请求头。'],
  },
  'relay/token-invalid': {
    title: '中转站令牌无效',
    explanation:
      '中转站不认识这个 API 密钥：复制错了、已被删除，或者把其他中转站或服务商的密钥发到了这个 base URL。',
    fix: ['从该中转站的控制台重新复制令牌，并确认 base URL 是这个中转站的地址。'],
  },
  'relay/token-expired': {
    title: '中转站令牌已过期',
    explanation: '中转站 API 密钥已超过其所有者设定的过期时间。',
    fix: ['在中转站控制台中延长令牌的有效期（或设为永不过期），或者新建一个令牌。'],
  },
  'relay/token-disabled': {
    title: '中转站令牌已禁用',
    explanation: '该中转站 API 密钥存在，但已被禁用。',
    fix: ['在中转站控制台中启用该令牌，或改用其他令牌。'],
  },
  'relay/token-model-forbidden': {
    title: '令牌无权使用此模型',
    explanation: '该中转站 API 密钥设置了模型白名单，其中不包含所请求的模型。',
    fix: ['在中转站控制台中把该模型加入令牌的可用模型列表，或者改为请求该令牌有权使用的模型。'],
  },
  'relay/user-banned': {
    title: '中转站用户已被封禁',
    explanation: '该令牌所属的中转站账户已被中转站管理员封禁或禁用。',
    fix: ['联系中转站管理员。'],
  },
  'relay/request-limit-reached': {
    title: '已达到中转站请求频率限制',
    explanation: '已达到中转站自身的单用户频率限制（M 分钟内最多 N 次请求）；请求并没有发给服务商。',
    fix: ['等当前时间窗口过去后再重试；放慢发送请求的速度。'],
  },
  'relay/sensitive-words-detected': {
    title: '被中转站的敏感词过滤拦截',
    explanation: '中转站自身的敏感词检测命中了提示词，在请求到达服务商之前就拒绝了它。',
    fix: ['改写被命中的内容；如果是误判，请向中转站管理员咨询该过滤规则。'],
  },
  // ---------------------------------------------------------------- anthropic.ts
  'anthropic/prompt-too-long': {
    title: '提示词超出模型的上下文窗口',
    explanation:
      '输入（系统提示词、消息、工具定义和附件的总和）的 token 数超过了模型一次能读取的上限，因此请求在开始生成之前就被拒绝了。',
    fix: [
      '缩短对话：删除或总结较早的轮次、较大的工具结果和附件。',
      '发送前先统计 token 数（count_tokens 端点），把输入控制在模型的上限以内。',
      '换用上下文窗口更大的模型，或者在模型提供长上下文 beta 时启用它。',
    ],
  },
  'anthropic/input-and-max-tokens-exceed-context': {
    title: '输入加上 max_tokens 超出上下文窗口',
    explanation:
      '输入 token 数与请求的 max_tokens 加起来必须在上下文窗口之内；这里两者之和超过了上限，已经没有空间留给你要求的回答。',
    fix: ['调低 max_tokens，使输入 + max_tokens 不超过上下文上限。', '或者缩短输入（较早的轮次、工具结果、附件）。'],
  },
  'anthropic/max-tokens-too-large': {
    title: 'max_tokens 超过模型的输出上限',
    explanation:
      '每个 Claude 模型对单次回复可生成的 token 数都有上限；你发送的 max_tokens 大于这个上限，因此请求被拒绝。',
    fix: [
      '把 max_tokens 设为不超过错误信息中给出的最大值。',
      '如果需要更长的输出，请选择输出上限更高的模型，或把任务拆成多次调用。',
    ],
  },
  'anthropic/empty-text-block': {
    title: '文本内容块为空',
    explanation:
      '某个类型为 "text" 的内容块的 text 字段为空（或只有空白字符）。Messages API 在对话的任何位置都会拒绝这种块，包括 tool_result 的内容中。',
    fix: [
      '删除 text 为空或只有空白字符的文本块，或者为它们填入真正的文本。',
      '检查构造 messages 的代码：空的 assistant 轮次或空的工具输出是常见来源。',
    ],
  },
  'anthropic/tool-result-unmatched': {
    title: 'tool_result 没有匹配的 tool_use',
    explanation:
      '某个 tool_result 块引用的 tool_use_id，在紧邻其前的 assistant 消息中没有对应的 tool_use 块。这通常发生在裁剪或重排历史之后，或者 tool_use id 被改动过。',
    fix: [
      '让每个 tool_result 的 tool_use_id 都等于紧邻的上一条 assistant 消息中某个 tool_use 块的 id。',
      '裁剪历史时，把 tool_use 块和对应的 tool_result 块一起删除。',
    ],
  },
  'anthropic/tool-use-without-result': {
    title: 'tool_use 没有对应的 tool_result',
    explanation:
      '某条 assistant 消息包含 tool_use 块，但下一条 user 消息没有以针对每个 tool_use 的 tool_result 开头。每个工具调用都必须在紧接着的下一条消息中得到回应。',
    fix: [
      '在每条含 tool_use 块的 assistant 消息之后，跟一条 user 消息，其内容以 tool_result 开头，每个 tool_use id 对应一个。',
      '如果某个工具执行失败或被取消，也要发送 tool_result（设置 is_error: true），而不是直接丢弃。',
    ],
  },
  'anthropic/tool-result-not-first': {
    title: 'tool_result 块必须放在最前面',
    explanation:
      '回应工具调用的那条消息在 tool_result 块之前还有其他内容（例如文本）。tool_result 块必须位于消息开头，其他内容只能放在它们之后。',
    fix: ['把 tool_result 块移到 user 消息的开头，其他文本放在它们后面。'],
  },
  'anthropic/empty-message-content': {
    title: '某条消息内容为空',
    explanation:
      '某条消息的 content 为 "" 或空数组。只有最后一条 assistant 消息（预填充）可以为空；其他每条消息都至少需要一个内容块。',
    fix: [
      '删除内容为空的消息，或者填入它本应携带的文本或内容块。',
      '检查是否有在调用失败或中止后被保存为空字符串的 assistant 轮次。',
    ],
  },
  'anthropic/prefill-trailing-whitespace': {
    title: 'assistant 预填充以空白字符结尾',
    explanation:
      '对话以一条 assistant 消息（让模型接着续写的预填充）结尾，而它的文本以空格或换行结尾，API 不接受这种情况。',
    fix: ['去掉最后一条 assistant 消息末尾的空格和换行。', '如果你本不打算发送预填充，就直接去掉它。'],
  },
  'anthropic/temperature-with-top-p': {
    title: '同时发送了 temperature 和 top_p',
    explanation: '较新的 Claude 模型一次只接受一种采样控制参数；该请求同时设置了 temperature 和 top_p。',
    fix: ['从请求中去掉 temperature 或 top_p 之一（除非确实需要核采样，否则保留 temperature）。'],
  },
  'anthropic/extra-inputs-not-permitted': {
    title: '请求中有未知字段',
    explanation:
      '冒号前的路径指出了一个 Messages API 在该位置不认识的字段（拼写错误、来自其他服务商 API 的字段（如 OpenAI 的），或者没有带对应 anthropic-beta 请求头就发送的 beta 字段）。',
    fix: [
      '删除或重命名错误信息中指出的字段。',
      '如果是 beta 功能，请加上对应的 anthropic-beta 请求头，或者检查该字段所在的嵌套层级是否正确。',
    ],
  },
  'anthropic/field-required': {
    title: '缺少必填字段',
    explanation:
      '"Field required" 前面的路径指出了一个 Messages API 需要却没有收到的字段——最常见的是 max_tokens（Anthropic 要求每个请求都带上它），或者回传的 thinking 块的 signature。',
    fix: ['添加错误信息中指出的字段（例如 "max_tokens": 1024）。', '回传 thinking 块时保持原样，包括 signature。'],
  },
  'anthropic/invalid-parameter-type': {
    title: '参数类型错误',
    explanation: '冒号前指出的字段的值 JSON 类型不对，例如 max_tokens 以字符串 "1024" 发送，而不是数字 1024。',
    fix: ['按 API 要求的类型发送该字段（数字不加引号，布尔值用 true/false）。'],
  },
  'anthropic/parameter-out-of-range': {
    title: '参数超出取值范围',
    explanation:
      '某个数值参数超出了 API 允许的范围，例如 temperature 大于 1（Anthropic 接受 0 到 1，与 OpenAI 的 0 到 2 不同），或者 thinking 预算小于 1024 个 token。',
    fix: ['把该值调整到错误信息给出的范围以内。'],
  },
  'anthropic/thinking-budget-invalid': {
    title: '扩展思考配置无效',
    explanation:
      'thinking 设置与模型不匹配：budget_tokens 必须小于 max_tokens，而且有些模型只接受 adaptive（自适应）思考，较老的模型则只接受固定预算。',
    fix: [
      '让 thinking.budget_tokens 小于 max_tokens（调高 max_tokens 或降低预算）。',
      '使用模型支持的 thinking 类型（"enabled" 配合 budget_tokens，或 "adaptive" 配合 output_config.effort）。',
    ],
  },
  'anthropic/thinking-incompatible-parameter': {
    title: '扩展思考模式下不允许使用该参数',
    explanation:
      '启用 thinking 时，Claude 不接受自定义采样（temperature 不为 1、top_k、低于允许下限的 top_p），也不接受强制使用某个工具的 tool_choice。',
    fix: [
      '开启 thinking 时去掉 temperature/top_k/top_p（或把 temperature 设为 1）。',
      '使用 thinking 时请用 tool_choice "auto"（或 "none"）；需要强制工具调用时则关闭 thinking。',
    ],
  },
  'anthropic/thinking-block-required': {
    title: '最后的 assistant 轮次必须以 thinking 块开头',
    explanation:
      '启用 thinking 时，被续写的 assistant 轮次（工具调用之后，或作为预填充）必须以模型先前生成的 thinking 块开头；而发送的历史中没有它。',
    fix: [
      '原样回传上一个 assistant 轮次，包括其中的 thinking / redacted_thinking 块及其 signature。',
      '或者为本次请求关闭 thinking。',
    ],
  },
  'anthropic/prefill-not-supported': {
    title: '该模型不接受 assistant 预填充',
    explanation: '对话以一条 assistant 消息结尾，但该模型（或该模式）只能接在 user 消息之后继续。',
    fix: ['让 messages 数组以一条 user 消息结尾；把预填充的文本改写进指令中。'],
  },
  'anthropic/too-many-cache-breakpoints': {
    title: 'cache_control 断点超过 4 个',
    explanation:
      '提示缓存每个请求最多允许 4 个 cache_control 标记（tools、system 和 messages 合计）；该请求超过了这个数量。',
    fix: [
      '最多保留 4 个 cache_control 标记：通常 tools 上一个、系统提示词上一个，最新的消息上一到两个。',
      '添加新标记时，删除留在较早消息上的标记。',
    ],
  },
  'anthropic/system-role-in-messages': {
    title: '系统提示词被作为消息发送',
    explanation:
      'Messages API 通过顶层的 "system" 参数接收系统提示词；role 为 "system" 的消息（OpenAI 的惯例）会被拒绝。',
    fix: ['把 system 消息的内容移到顶层的 "system" 字段中，并从 messages 中删除它。'],
  },
  'anthropic/duplicate-tool-name': {
    title: '两个工具重名',
    explanation: '工具名称用于在 tool_use 块中标识工具，因此 tools 中每个条目的名称都必须唯一。',
    fix: ['重命名或删除重复的工具（常见原因是同一个 MCP 服务器或工具集被注册了两次）。'],
  },
  'anthropic/image-too-large': {
    title: '图片过大或图片过多',
    explanation: '发送给 API 的每张图片最大 5 MB（base64 解码后），而且单个请求能携带的图片和文档页数也有限制。',
    fix: [
      '在编码前缩小或重新压缩图片（对 Claude 来说，长边约 1568 px 就够了）。',
      '每个请求少发几张图片，或者从历史中删除旧的截图。',
    ],
  },
  'anthropic/missing-version-header': {
    title: '缺少 anthropic-version 请求头',
    explanation: '每个发往 Claude API 的请求都必须在 anthropic-version 请求头中注明 API 版本；该请求没有。',
    fix: ['在请求中添加请求头 "anthropic-version: 2023-06-01"。'],
  },
  'anthropic/credit-balance-too-low': {
    title: '余额不足',
    explanation:
      '你的 Anthropic 组织的预付费额度（credits）已用完。API 返回的是 400 invalid_request_error，但请求本身并没有问题：在充值之前，每次调用都会失败。',
    fix: [
      '在 Claude Console 的 Plans & Billing 中购买额度（或设置自动充值）。',
      '确认该密钥属于你充值的那个组织/工作区。',
      '不要循环重试：只有余额变为正数之后，同样的请求才会成功。',
    ],
  },
  'anthropic/usage-limit-reached': {
    title: '已达到你设置的消费上限',
    explanation:
      '组织或工作区已达到在 Claude Console 中配置的每月消费上限。在错误信息给出的日期之前，或在有人调高上限之前，请求都会被拒绝（400）。',
    fix: [
      '在 Claude Console 的 Limits/Billing 页面调高或取消消费上限（不能超过你所在层级的上限）。',
      '否则请等到错误信息中给出的日期。',
    ],
  },
  'anthropic/spend-cap-reached': {
    title: '已达到层级的每月消费上限',
    explanation:
      '这个 429 不是限流：组织超过了其使用层级（usage tier）的每月消费上限（details.error_code 为 enforced_spend_limit_reached，没有 retry-after 响应头）。在下个月初恢复访问之前，重试（包括 SDK 的自动重试）都会一直失败。',
    fix: [
      '升级到更高的使用层级（购买更多额度）以解除该上限。',
      '或者等到下个月第一天的 00:00 UTC。',
      '让你的重试逻辑在遇到 enforced_spend_limit_reached 时停止。',
    ],
  },
  'anthropic/invalid-request-error': {
    title: '请求无效',
    explanation:
      'Anthropic 拒绝了请求的格式或内容；错误信息会指出是哪个字段（以 messages.2.content.0 这样的路径表示）以及它有什么问题。',
    fix: [
      '阅读错误信息开头的路径，修正请求体中的对应部分。',
      '对照 Messages API 参考检查请求体（字段名、嵌套、类型）。',
    ],
  },
  'anthropic/missing-api-key': {
    title: '缺少 API 密钥请求头',
    explanation: '请求到达 Anthropic 时没有带 x-api-key 请求头（或者把密钥放在了错误的请求头中）。',
    fix: [
      '在 x-api-key 请求头中发送密钥（不要用 Authorization: Bearer，那是给 OAuth token 用的）。',
      '检查存放密钥的环境变量在发起请求的环境中已经设置。',
    ],
  },
  'anthropic/authentication-error': {
    title: 'API 密钥无效',
    explanation:
      'Anthropic 无法认证该请求：密钥缺失、输错、已被吊销，或属于其他服务（例如把中转站的密钥发到了 api.anthropic.com）。',
    fix: [
      '从 Claude Console（API keys）复制有效的密钥，并作为 x-api-key 发送。',
      '检查密钥前后是否有多余的空格或引号。',
      '如果使用中转站或网关，请把 base URL 指向它，而不是 api.anthropic.com。',
    ],
  },
  'anthropic/billing-error': {
    title: '计费问题',
    explanation: '由于组织的计费或付款信息有问题，Anthropic 拒绝了请求。',
    fix: ['在 Claude Console 的 Billing 中检查付款方式和账单，然后重试。'],
  },
  'anthropic/permission-error': {
    title: '密钥无权使用该资源',
    explanation:
      '密钥有效，但无权使用所请求的内容：组织或工作区未开通的模型或功能，或者 OAuth token 缺少某个 scope。',
    fix: [
      '检查密钥所属的工作区是否有权使用该模型或功能。',
      '请组织管理员授予权限，或者使用有此权限的工作区的密钥。',
    ],
  },
  'anthropic/unknown-model': {
    title: '未知的模型 id',
    explanation:
      'Anthropic 没有提供这个 id 的模型。常见原因：使用了别名或昵称（"sonnet"）、用点号代替了短横线（claude-3.5-sonnet）、带了网关前缀（anthropic/...）、用了 Bedrock 或 Vertex 的 id、末尾有空格，或者模型已下线。',
    fix: [
      '使用模型列表（GET /v1/models）中的 id，例如 claude-sonnet-4-5 或带日期的快照版本。',
      '去掉服务商前缀和末尾的空白字符。',
    ],
  },
  'anthropic/not-found-error': {
    title: '资源不存在',
    explanation: '该 URL 或其中的资源 id（文件、batch 或其他对象）在该组织下不存在。',
    fix: [
      '检查端点路径（例如 /v1/messages，而不是 /v1/chat/completions）和 base URL。',
      '检查你引用的文件或 batch 的 id，以及它是否属于同一个工作区。',
    ],
  },
  'anthropic/request-exceeds-maximum-size': {
    title: '请求体过大',
    explanation:
      'HTTP 请求体超过了该端点接受的大小（Messages 和 token 计数为 32 MB，batch 为 256 MB，文件为 500 MB）。该限制在请求到达 API 之前就会生效。',
    fix: [
      '通过 Files API 发送大型文档和图片，并用 id 引用，而不是内联 base64。',
      '把任务拆分到多个请求中，或者压缩/缩小附件。',
    ],
  },
  'anthropic/request-too-large': {
    title: '请求体过大',
    explanation:
      'HTTP 请求体超过了该端点接受的大小（Messages 和 token 计数为 32 MB，batch 为 256 MB，文件为 500 MB）。该限制在请求到达 API 之前就会生效。',
    fix: [
      '通过 Files API 发送大型文档和图片，并用 id 引用，而不是内联 base64。',
      '把任务拆分到多个请求中，或者压缩/缩小附件。',
    ],
  },
  'anthropic/rate-limit-error': {
    title: '触发限流',
    explanation:
      '你的组织每分钟发送的请求数、输入 token 数或输出 token 数超过了其层级允许的上限（错误信息会指出是哪一项）。请求本身没有问题；时间窗口有余量后就会成功。',
    fix: [
      '按 retry-after 响应头（秒）等待后再重试；anthropic-ratelimit-*-reset 响应头会说明各项限额何时恢复。',
      '使用带抖动的指数退避重试，并限制并发。',
      '使用提示缓存（缓存的输入 token 计算方式不同），或者为持续的高负载申请更高的层级。',
    ],
  },
  'anthropic/api-error': {
    title: 'Anthropic 内部错误',
    explanation: 'Anthropic 的系统在处理请求时内部出错；这不是请求体造成的。',
    fix: [
      '使用指数退避重试（官方 SDK 默认重试两次）。',
      '如果持续出现，请查看 status.claude.com，并带上 request_id 联系技术支持。',
    ],
  },
  'anthropic/overloaded-error': {
    title: 'Anthropic API 过载',
    explanation: 'API 暂时对所有用户都超出了容量（HTTP 529）。你的请求和账号都没有问题；这不是你触发的限流。',
    fix: [
      '稍等片刻后使用带抖动的指数退避重试。',
      '对于紧急流量，切换到其他模型，或同一模型的其他托管方（Bedrock、Vertex）。',
      '如果持续超过几分钟，请查看 status.claude.com。',
    ],
  },
};
