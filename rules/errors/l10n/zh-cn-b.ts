import type { ErrorTranslations } from '../types.ts';

export const TRANSLATIONS: ErrorTranslations = {
  // --- openai.ts ---
  'openai/invalid-api-key': {
    title: 'API 密钥错误',
    explanation: 'OpenAI 无法识别 Authorization 请求头中的密钥：密钥输错、带有多余的空白或引号、已被吊销，或者属于其他服务。如果密钥是中转站或网关签发的，而 base URL 仍指向 api.openai.com，也会这样报错。',
    fix: [
      '检查程序实际发送的密钥（打印其首尾几个字符），确认没有引号、空格或末尾换行。',
      '如果密钥来自中转站或其他服务商，请把 base URL 改为该服务的地址，而不是 api.openai.com。',
      '否则请在 https://platform.openai.com/api-keys 创建新密钥，并替换所有缓存了旧密钥的地方。',
    ],
  },
  'openai/missing-api-key': {
    title: '未发送 API 密钥',
    explanation: '请求到达 OpenAI 时没有 Authorization 请求头，或者请求头不是 "Bearer <key>" 格式。通常是发起调用的进程里保存密钥的环境变量为空。',
    fix: [
      '发送请求头 `Authorization: Bearer <your key>`（确认代码运行的环境中已设置提供该值的变量）。',
      '在 .http 文件中，确认密钥所用的变量已在当前激活的环境中定义。',
    ],
  },
  'openai/no-organization': {
    title: '账号不属于任何组织',
    explanation: '该密钥所属的用户已不在任何 OpenAI 组织中（主动退出、被移除，或组织已被删除），因此请求没有可计费的对象。',
    fix: [
      '请组织的所有者重新邀请该账号，或者新建一个组织。',
      '然后在该组织中创建新的 API 密钥并使用它。',
    ],
  },
  'openai/mismatched-organization': {
    title: 'Organization 请求头与密钥不匹配',
    explanation: '请求带有 OpenAI-Organization 请求头（通常来自 OPENAI_ORG_ID / OPENAI_ORGANIZATION 变量），但其中指定的组织并不是该 API 密钥所属的组织。项目密钥和服务账号密钥都只绑定一个组织。',
    fix: [
      '如果你只属于一个组织，请删除 OpenAI-Organization 请求头（或 OPENAI_ORGANIZATION 变量）。',
      '否则请把它设为 OpenAI 控制台中该密钥旁显示的组织 ID。',
    ],
  },
  'openai/project-no-model-access': {
    title: '项目无权使用该模型',
    explanation: '模型 ID 有效，但密钥所属的 OpenAI 项目不允许使用它：项目设置了模型白名单（Limits 页面），或该模型需要更高的使用等级（usage tier）或身份验证，或尚未对该组织开放。',
    fix: [
      '在 OpenAI 控制台中打开该项目，进入 Limits，为该项目允许此模型。',
      '如果该模型要求特定使用等级或组织验证，请先完成；或者换一个该项目可用的模型（GET /v1/models 会列出）。',
    ],
  },
  'openai/unsupported-region': {
    title: '不支持所在的国家、地区或领地',
    explanation: 'OpenAI 拒绝来自调用方所在网络位置的请求。判断依据是出口 IP：即使账号本身没问题，只要服务器、代理、CDN 边缘节点或中转站位于不受支持的地区，就会触发此错误。',
    fix: [
      '从受支持的地区发送请求（迁移服务器或其出口代理）。',
      '如果调用经过中转站或云函数，请检查那台机器所在的位置。',
    ],
  },
  'openai/service-tier-not-allowed': {
    title: '该项目不允许使用此服务等级',
    explanation: '请求指定的 service_tier（例如 "priority" 或 "flex"）是该项目不允许使用的，或者该模型不提供此等级。',
    fix: [
      '删除 `service_tier`，或将其设为 "auto" / "default"。',
      '如果确实需要该等级，请在控制台中确认项目和模型都符合条件。',
    ],
  },
  'openai/model-not-found': {
    title: '模型不存在（或你无权使用）',
    explanation: 'OpenAI 不为该密钥提供请求中的模型 ID：可能是拼写错误、模型已下线、使用了其他服务商或网关的名称（如 "openai/gpt-4o" 或 "claude-..."），或者你的账号等级暂时还不能使用该模型。',
    fix: [
      '将 `model` 的值与 GET https://api.openai.com/v1/models 返回的列表对照（ID 必须完全一致，区分大小写）。',
      '去掉网关前缀和末尾空格；已下线的模型请换成当前在售的模型。',
      '如果 ID 没错，请到项目的 Limits 页面检查模型访问权限。',
    ],
  },
  'openai/responses-only-model': {
    title: '该模型只能通过 Responses API 调用',
    explanation: '该模型（例如 o1-pro、gpt-5-pro 或 codex 系列模型）只在 /v1/responses 上提供，而请求发到了 /v1/chat/completions。',
    fix: [
      '把请求改发到 POST /v1/responses：`messages` 改为 `input`，`max_completion_tokens` 改为 `max_output_tokens`，`response_format` 移到 `text.format`。',
      '或者换一个支持 Chat Completions 的模型。',
    ],
  },
  'openai/not-a-chat-model': {
    title: '不是对话模型',
    explanation: '该模型是补全、嵌入或其他非对话模型，/v1/chat/completions 无法调用它。',
    fix: [
      '/v1/chat/completions 请使用对话模型，或者调用该模型对应的接口（例如 /v1/completions 或 /v1/embeddings）。',
    ],
  },
  'openai/unsupported-parameter': {
    title: '该模型不支持此参数',
    explanation: 'API 中存在该参数，但所选模型拒绝接受。常见情况：推理模型和 GPT-5 级别的模型要用 `max_completion_tokens` 代替 `max_tokens`，其中一些还不接受 top_p、logprobs 或各类惩罚参数等采样参数。',
    fix: [
      '按报错信息处理：把 `max_tokens` 改名为 `max_completion_tokens`，或删除报错中指出的参数。',
      '如果同一段代码要服务多个模型，只对支持该参数的模型发送它。',
    ],
  },
  'openai/unsupported-value': {
    title: '该模型不支持此取值',
    explanation: '参数本身可以接受，但该模型不接受这个取值：推理模型只接受默认的 temperature（1），有些模型不接受 "system" 角色或某些 reasoning_effort 档位。',
    fix: [
      '删除该参数（推理模型上的 temperature/top_p），或使用报错信息中列出的取值之一。',
      '对于较早的推理模型上的 "system" 角色，改用 "developer"，或把指令移到第一条用户消息中。',
    ],
  },
  'openai/unknown-parameter': {
    title: '未知参数',
    explanation: '请求体中有该接口完全不认识的字段，通常是其他服务商的选项（enable_thinking、top_k、thinking）、字面上的 "extra_body" 键，或者把 Chat Completions 的字段发给了 Responses API。',
    fix: [
      '删除报错信息中指出的字段，或改名为 OpenAI 中对应的字段。',
      '面向其他服务商的选项只应出现在发给该服务商的请求中。',
    ],
  },
  'openai/missing-required-parameter': {
    title: '缺少必填参数',
    explanation: '缺少接口要求的字段：顶层的 model 或 messages/input、内容部分（content part）的 type，或 tool 消息的 tool_call_id。报错信息中的 param 指出了确切位置。',
    fix: [
      '在报错信息给出的路径上补上所指的字段（例如 messages[2].content[0].type）。',
    ],
  },
  'openai/invalid-type': {
    title: '参数的 JSON 类型错误',
    explanation: '某个参数的 JSON 类型在该位置不被接受，例如把数字作为字符串发送（"max_tokens": "1024"），或在需要数组的地方传了对象。',
    fix: [
      '按报错信息指出的类型发送该值（数字不加引号，数组用 [ ]）。',
    ],
  },
  'openai/empty-array': {
    title: '数组为空',
    explanation: '某个至少需要一个元素的数组发送时为空：通常是 `messages`、`tools` 或 assistant 消息的 `tool_calls`。',
    fix: [
      '在数组中至少放一个元素，或者干脆省略该字段（适用于 tools 和 tool_calls）。',
    ],
  },
  'openai/number-out-of-range': {
    title: '数值超出允许范围',
    explanation: '某个数值参数低于最小值或高于最大值（temperature 0..2、top_p 0..1、n >= 1、top_logprobs <= 20 等）。max_tokens 的最大值就是该模型自身的输出上限。',
    fix: [
      '使用报错信息中给出的范围内的值（"Expected a value <= 2"）。',
    ],
  },
  'openai/string-too-long': {
    title: '单个字符串过长',
    explanation: '请求体中某个字符串超过了 API 对该字段允许的长度（消息内容为 10,485,760 个字符；名称、ID 和 metadata 的上限要小得多），这与模型的上下文窗口无关。',
    fix: [
      '缩短报错信息中指出的字段，或把文本拆分到多条消息或多个文件中。',
      '大型文档应放到 Files API 或检索步骤中，而不是塞进一个字符串。',
    ],
  },
  'openai/invalid-value': {
    title: '取值不在允许范围内',
    explanation: '该参数只接受一组固定的取值（角色、推理强度、内容部分类型、响应格式），而请求使用了其他值。',
    fix: [
      '使用 "Supported values are:" 后面列出的取值之一。',
    ],
  },
  'openai/tool-choice-without-tools': {
    title: '设置了 tool_choice 却没有 tools',
    explanation: '请求设置了 `tool_choice`，但没有定义 `tools`（或列表为空），因此没有可供选择的工具。',
    fix: [
      '请求中没有工具时删除 `tool_choice`，或者补上它引用的工具。',
    ],
  },
  'openai/context-length-exceeded': {
    title: '提示词超出上下文窗口',
    explanation: '对话内容（在 Chat Completions 上还要加上请求的 max_tokens）放不进模型的上下文窗口。本次请求共 {tokens} 个 token，而窗口大小为 {limit}。原样重试必定失败。',
    fix: [
      '缩短输入：删除或总结较早的轮次，裁剪过长的工具结果和文档。',
      '调低 max_tokens / max_completion_tokens，让提示词加输出能放得下。',
      '或者换用上下文窗口更大的模型。',
    ],
  },
  'openai/max-tokens-too-large': {
    title: 'max_tokens 超过模型的输出上限',
    explanation: '请求的输出长度超过了该模型单次响应所能生成的最大值，与提示词多短无关。本次请求了 {maxTokens} 个 token，而该模型最多允许 {limit}。',
    fix: [
      '把 max_tokens（或 max_completion_tokens）设为不超过报错信息中给出的上限。',
    ],
  },
  'openai/json-word-required': {
    title: 'JSON 模式要求消息中出现 "json" 一词',
    explanation: '使用 response_format {"type": "json_object"}（或 Responses 上的 text.format json_object）时，API 要求某条消息中提到 JSON，以便告知模型输出 JSON。在 Responses 上，仅在 instructions 字段中提到不算数。',
    fix: [
      '在 system 或 user 消息中加入类似 "Answer in JSON." 的指令，或改用 json_schema 格式。',
    ],
  },
  'openai/tool-calls-unanswered': {
    title: '工具调用没有对应的工具结果',
    explanation: '某条 assistant 消息发起了工具调用，但其后的消息没有回应每个 tool_call_id（在 Responses 上：某个 function_call 项没有对应的 function_call_output）。当工具结果在历史记录中被丢弃、调换顺序或截断时就会出现。',
    fix: [
      '在每条带 tool_calls 的 assistant 消息之后、任何其他消息之前，为每个调用添加一条 role 为 "tool" 的消息，并带上匹配的 tool_call_id。',
      '即使工具执行失败，也要发送一条包含错误文本的 tool 消息，而不是省略它。',
    ],
  },
  'openai/tool-result-unmatched': {
    title: '工具结果没有对应的工具调用',
    explanation: '某条 role 为 "tool" 的消息（或某个 function_call_output 项）回应的调用，并不是紧挨在它前面的 assistant 消息发起的：可能是该 assistant 轮次被删除了、ID 对不上，或者两者之间插入了其他内容。',
    fix: [
      '让每条 tool 消息紧跟在它所回应的 tool_calls 所属的 assistant 消息之后，并使用相同的 tool_call_id。',
      '裁剪历史记录时，把 assistant 的工具调用和对应的工具结果一起删除。',
    ],
  },
  'openai/safety-system-rejected': {
    title: '被安全系统拒绝',
    explanation: 'OpenAI 的内容审核认定该提示词（最常见的是图像生成提示词）违反了使用政策（错误码 content_policy_violation 或 moderation_blocked）。再次发送相同的提示词，结果不会改变。',
    fix: [
      '改写提示词，去掉被标记的内容；生成图像时避免真实人物、暴力和色情内容。',
      '如果很多提示词都被标记，先用免费的 moderation 接口检查一遍。',
    ],
  },
  'openai/invalid-prompt-flagged': {
    title: '提示词被使用政策标记',
    explanation: '推理模型会审查整个提示词（错误码 invalid_prompt），而这次的提示词被标记为可能违反使用政策。这可能是误判，由工具输出或引用文本中的某些词语引起；同样的历史记录会一直失败。',
    fix: [
      '找出对话中看起来有害的部分，改写或删除（安全、武器、自残类话题是常见的触发原因）。',
      '如果被标记的文本位于历史记录深处，请开启新的对话。',
    ],
  },
  'openai/billing-limit': {
    title: '额度或消费上限已用完',
    explanation: '这个 429 是计费层面的停止，而不是限流（type 为 insufficient_quota，具体原因见 code）：预付费额度余额为零，或组织/项目达到了在控制台中设置的消费或用量上限。等几秒钟也没用。',
    fix: [
      '在 Settings > Billing 中充值，或提高组织/项目的消费上限。',
      '如果是按月计算的上限，重置后请求会恢复。',
    ],
  },
  'openai/billing-not-active': {
    title: '未开通计费',
    explanation: '密钥有效，但账号或组织没有有效的计费设置（没有支付方式、付款失败，或从未购买过预付费额度），因此 OpenAI 以 429 拒绝请求（错误码 billing_not_active）。重试无济于事。',
    fix: [
      '在 https://platform.openai.com/settings/organization/billing 添加支付方式或购买额度。',
      '如果计费看起来没问题，请确认密钥属于付费的那个组织。',
    ],
  },
  'openai/insufficient-quota': {
    title: '额度不足（余额已用完）',
    explanation: '虽然状态码是 429，但这不是限流：账号余额已用完或达到了消费上限（type 为 insufficient_quota）。在计费问题解决之前，重试（哪怕过很久再试）都会失败。没有绑定支付方式的新账号在第一次调用时就会遇到此错误。',
    fix: [
      '在 https://platform.openai.com/settings/organization/billing 查看余额和上限，并充值。',
      '确认密钥属于拥有额度的那个组织和项目。',
    ],
  },
  'openai/billing-hard-limit': {
    title: '已达到计费硬性上限',
    explanation: '组织达到了计费设置中配置的硬性消费上限（错误码 billing_hard_limit_reached，多见于图像生成）。在提高上限或上限重置之前，不会再处理任何请求。',
    fix: [
      '在计费设置中提高硬性上限（或充值），或者等到下一个计费周期。',
    ],
  },
  'openai/request-too-large': {
    title: '单个请求超过了整个每分钟 token 上限',
    explanation: '这个 429 表示单个请求所需的 token 数就已超过该组织对此模型每分钟可用的 token 数（TPM）。与普通限流不同，等待没有用：在当前等级下，同样的请求永远都太大。本次请求需要 {requested} 个 token，而上限为 {limit}。',
    fix: [
      '缩小请求（缩短历史记录、减小文档、调低 max_tokens），使其低于报错信息中的 TPM 上限。',
      '或者升级到 TPM 上限更高的使用等级。',
    ],
  },
  'openai/rate-limit-exceeded': {
    title: '触发限流',
    explanation: '该组织对此模型每分钟发送的请求数（RPM）或 token 数（TPM）超过了其使用等级的允许值。报错信息会说明是哪个上限以及需要等待多久；响应头 x-ratelimit-* 显示剩余额度。这里的上限是 {limit}，已使用 {used}，本次请求需要 {requested}。OpenAI 要求等待 {wait}。',
    fix: [
      '等待 "Please try again in ..." 中给出的时间（或 retry-after / x-ratelimit-reset-* 响应头）后重试，并使用指数退避。',
      '减少同时发送的请求数量或单个请求的大小（限制并发，批量任务用 Batch API）。',
      '如需长期提高上限，请升级到更高的使用等级。',
    ],
  },
  'openai/slow-down': {
    title: '请放慢速度：流量增长过快',
    explanation: '你的请求速率上升得太快，超出了 OpenAI 的承接能力，即使仍在你的 RPM/TPM 上限之内（返回 429，较早的接口返回 503，错误码 slow_down）。速率保持平稳后即可恢复。响应要求等待 {wait}。',
    fix: [
      '退避（遵守 retry-after），回到之前的请求速率，并保持平稳约 15 分钟。',
      '之后逐步增加流量，不要一下子猛增。',
    ],
  },
  'openai/server-error': {
    title: 'OpenAI 服务器错误',
    explanation: 'OpenAI 在处理此请求时发生内部错误（HTTP 500，type 为 server_error）。通常是暂时性的，与请求内容无关。',
    fix: [
      '稍等片刻后使用指数退避重试。',
      '如果同一请求反复出现此错误，请查看 https://status.openai.com，并附上报错信息中的请求 ID 进行反馈。',
    ],
  },
  'openai/server-overloaded': {
    title: 'OpenAI 过载',
    explanation: 'OpenAI 的服务器（或该模型）当前没有余量处理此请求（503，错误码 server_is_overloaded；较早的响应会说 engine 过载）。请求本身没有问题。响应要求等待 {wait}。',
    fix: [
      '稍等片刻后重试，使用指数退避并遵守 retry-after。',
      '如果持续出现，请查看 https://status.openai.com，或切换到其他模型。',
    ],
  },
  // --- azure.ts ---
  'azure/content-filter': {
    title: '被 Azure 内容筛选器拦截',
    explanation: 'Azure 的内容筛选（innererror 错误码 ResponsibleAIPolicyViolation）在模型运行之前拦截了提示词。content_filter_result（较新的 API 版本中为 content_filter_results）说明触发的是哪个类别：hate、sexual、violence 或 self_harm 及其严重程度，或者 jailbreak / indirect_attack（Prompt Shields）且 detected 为 true；部分部署还会检查受保护材料、不雅用语和自定义阻止列表。筛选器隶属于部署，因此同样的文本在该部署上会一直失败。',
    fix: [
      '在 content_filter_result 中找到 "filtered": true 的类别，改写或删除提示词中的相应部分（包括历史记录中较早的轮次和工具结果）。',
      '如果 jailbreak 属于误判（智能体提示词、角色设定指令），为该部署关联一个敏感度更低或调整过 Prompt Shields 的自定义内容筛选器。',
      '要关闭筛选器或设为 "annotate only"（仅标注），需要获得 Microsoft 对修改内容筛选的批准。',
    ],
  },
  'azure/deployment-not-found': {
    title: '找不到部署',
    explanation: 'Azure 按 URL 中的部署名称（/openai/deployments/<name>/...）路由，而不是按请求体中的 model 字段。该资源上不存在这个名称的部署：用了模型名而不是部署名、名称有拼写错误、终结点属于另一个资源，或者路径重复了（/openai/openai/...）。几分钟内刚创建的部署也可能还在同步中。',
    fix: [
      '从 Azure AI Foundry > Deployments 复制准确的部署名称，用在 URL 中（或作为 SDK 的 model/deployment 参数）。',
      '确认终结点主机就是拥有该部署的资源，并且路径没有重复。',
      '如果刚创建了部署，请等待大约五分钟后重试。',
    ],
  },
  'azure/unrecognized-argument': {
    title: '该 api-version 不认识此参数',
    explanation: 'Azure 会按查询字符串中的 api-version 校验请求体。所指的字段要么根本不是 Azure OpenAI 的参数（enable_thinking、thinking、字面上的 extra_body 键），要么比该 api-version 更新（在较早版本上的 max_completion_tokens、reasoning_effort）。',
    fix: [
      '删除该字段，或改名为 Azure OpenAI 中对应的字段。',
      '如果它是较新的 OpenAI 参数，请把 api-version 升级到包含它的版本（或使用 /openai/v1 终结点）。',
    ],
  },
  'azure/api-version-not-supported': {
    title: '此路径不支持该 api-version',
    explanation: '查询参数 api-version 不是该终结点接受的版本。常见情况：/openai/v1/ 终结点不接受带日期的版本（或只接受 "preview"），而较早的 /openai/deployments/... 路径需要带日期的版本；Azure AI Foundry 模型终结点有自己的版本号。',
    fix: [
      '对于 /openai/v1/...，去掉 api-version 或设为 "preview"；对于 /openai/deployments/...，使用当前带日期的 GA 版本。',
      '在 Azure OpenAI API 版本生命周期页面查看版本列表。',
    ],
  },
  'azure/resource-not-found': {
    title: '找不到资源（URL 或 api-version 错误）',
    explanation: 'Azure 在该 URL 上找不到对应的操作：缺少查询参数 api-version，或指定的版本不包含此操作（Responses API 需要较新的版本或 preview 版本）；路径错误（多了 /v1 或 /openai、末尾多了斜杠）；或者终结点的资源类型不对。',
    fix: [
      '确认 URL 的格式为 https://<resource>.openai.azure.com/openai/deployments/<deployment>/chat/completions?api-version=<version>。',
      '添加或更新 api-version（在 YAML/.env 中给它加引号，让 2024-10-21 保持为字符串）。',
      '对于 Responses API 或其他新操作，请使用包含它们的版本。',
    ],
  },
  'azure/access-denied-key-or-endpoint': {
    title: '密钥无效或终结点错误',
    explanation: 'api-key 不属于终结点所指向的资源：用了其他 Azure 资源或区域的密钥、把 OpenAI 密钥（sk-...）发给了 Azure、密钥已重新生成，或者区域终结点与资源不匹配。',
    fix: [
      '从同一个资源中取 Key 1 或 Key 2 以及 Endpoint（Azure 门户 > 资源 > Keys and Endpoint），并配套使用。',
      '在 `api-key` 请求头中发送密钥（或使用 Microsoft Entra ID 并分配 Cognitive Services OpenAI User 角色）。',
    ],
  },
  'azure/network-firewall': {
    title: '被资源的网络规则拦截',
    explanation: '该资源只接受来自选定虚拟网络、专用终结点或 IP 范围的流量，而此请求来自其他地方。',
    fix: [
      '从允许的网络（或通过专用终结点）调用，或者在 Networking > Firewalls and virtual networks 中添加调用方的公网 IP。',
    ],
  },
  'azure/daily-quota': {
    title: '每日配额或零配额（86400 秒后重试）',
    explanation: '要求等待整整一天的 429 不是普通的限流：该订阅（通常是免费试用或新订阅）对此模型没有配额或只有每日配额，因此在配额重置之前每次调用都会被拒绝。',
    fix: [
      '将免费试用升级为即用即付，或申请提高配额（https://aka.ms/oai/quotaincrease）。',
      '如果订阅还有剩余配额，也可以在 Azure AI Foundry > Quotas 中为该部署分配更多 TPM。',
    ],
  },
  'azure/rate-limit': {
    title: '部署触发限流',
    explanation: '该部署用完了每分钟 token 数（或每分钟请求数）的配额。Azure 会在报错信息以及 retry-after / retry-after-ms 响应头中说明需要等待多久。这里要求等待 {wait}。',
    fix: [
      '等待 "Please retry after N seconds" 中的秒数（或 retry-after-ms）后，使用退避策略重试。',
      '在 Azure AI Foundry 中提高该部署的 TPM，把负载分散到多个部署或区域，或使用 global/data-zone 部署。',
    ],
  },
  'azure/high-demand': {
    title: 'Azure 容量不足（需求过高）',
    explanation: '标准（即用即付）部署与其他客户共享容量，在高峰期即使你自己的配额没用完，Azure 也会拒绝超过一定大小的请求。Azure 要求等待 {wait}。',
    fix: [
      '按建议的延迟使用退避策略重试；高峰期较小的请求更容易通过。',
      '如需稳定的容量，请使用预配吞吐量（Provisioned Throughput），或把流量分散到其他区域的部署。',
    ],
  },
  'azure/operation-not-supported': {
    title: '已部署的模型不支持此操作',
    explanation: '部署的模型不支持 URL 中的操作（错误码 OperationNotSupported）：在 gpt-5-pro 或 codex 等仅支持 Responses 的模型上调用 chat completions、在对话模型上调用 embeddings、在仅支持对话的模型版本上调用旧版 completions、在文本模型上调用图像生成。',
    fix: [
      '调用该模型支持的操作（仅支持 Responses 的模型请用 POST /openai/v1/responses）。',
      '或者把请求指向模型支持此操作的部署。',
    ],
  },
  'azure/server-error': {
    title: 'Azure OpenAI 服务器错误',
    explanation: 'Azure OpenAI 服务在处理请求时发生内部错误（HTTP 500，type 为 server_error）。通常是暂时性的。',
    fix: [
      '稍等片刻后使用指数退避重试。',
      '如果持续出现，请查看该区域的 Azure 状态，并附上请求 ID（apim-request-id）提交支持请求。',
    ],
  },
  // --- deepseek.ts ---
  'deepseek/reasoning-content-missing': {
    title: '工具调用轮次缺少 reasoning_content',
    explanation: '在思考模式下，发起过工具调用的 assistant 消息必须连同 DeepSeek 当时返回的 reasoning_content 一起回传。本次请求的历史记录丢掉了它（只保留 `content` 的客户端和 SDK 会这样做），因此 API 拒绝了这段对话。',
    fix: [
      '保留每条带 tool_calls 的 assistant 消息的 `reasoning_content`，并在后续请求中原样回传。',
      '如果客户端无法保留它，请在需要使用工具的对话中关闭思考模式。',
    ],
  },
  'deepseek/max-tokens-out-of-range': {
    title: 'max_tokens 超出允许范围',
    explanation: '请求的 max_tokens 超过了模型的输出上限（报错信息会给出有效范围，例如 [1, 8192]），或者不是正数。',
    fix: [
      '把 max_tokens 设在报错信息给出的范围内，或者不传该参数以使用默认值。',
    ],
  },
  'deepseek/model-not-exist': {
    title: '模型不存在',
    explanation: 'DeepSeek 不提供请求中的模型 ID。它的 API 模型 ID 与宣传名称和网关名称不同："deepseek-r1" 或 "deepseek/deepseek-chat" 在 api.deepseek.com 上都无效。',
    fix: [
      '使用 GET https://api.deepseek.com/models 返回的模型 ID（例如 deepseek-chat 或 deepseek-reasoner）。',
      '去掉 "deepseek/" 之类的网关前缀。',
    ],
  },
  'deepseek/content-exists-risk': {
    title: '被 DeepSeek 内容审核拦截',
    explanation: 'DeepSeek 的内容安全检查拒绝了输入（政治敏感话题是常见的触发原因，普通新闻或文档也经常被误判）。被标记的文本会一直留在对话中，所以用同样的历史记录重试会一直失败。',
    fix: [
      '找出触发审核的输入部分（长篇抓取文本、新闻、机构名称），删除或改写。',
      '拆分大批量任务，避免一条被标记的内容阻塞其余内容，或把这部分内容发给其他服务商。',
    ],
  },
  'deepseek/json-word-required': {
    title: 'JSON 模式要求提示词中出现 "json" 一词',
    explanation: '使用 response_format {"type": "json_object"} 时，DeepSeek 要求提示词中提到 JSON（最好再给出期望的格式），这样模型才知道要输出 JSON。',
    fix: [
      '在 system 或 user 消息中加入类似 "Reply in JSON" 的指令，并附上对象示例。',
    ],
  },
  'deepseek/response-format-unavailable': {
    title: '不支持该 response_format 类型',
    explanation: 'DeepSeek 只支持 {"type": "json_object"}（以及纯文本）；结构化输出辅助工具发送的 json_schema 响应格式会被拒绝。',
    fix: [
      '使用 {"type": "json_object"}，在提示词中描述 schema，然后自行校验返回结果。',
      '或者改用工具（function）调用来获取结构化输出。',
    ],
  },
  'deepseek/tool-calls-unanswered': {
    title: '工具调用没有对应的工具结果',
    explanation: '带 tool_calls 的 assistant 消息后面没有为每个调用跟上一条 tool 消息；有些结果被丢弃了，或被放在了其他消息之后。',
    fix: [
      '紧接在该 assistant 消息之后、任何 user 或 assistant 消息之前，为每个 tool_call_id 添加一条 role 为 "tool" 的消息。',
    ],
  },
  'deepseek/context-length-exceeded': {
    title: '提示词超出上下文窗口',
    explanation: '消息加上请求的补全长度超过了模型的上下文长度。本次请求了 {tokens} 个 token，而上限为 {limit}。同样的请求必定失败。',
    fix: [
      '缩短历史记录或文档，或总结较早的轮次。',
      '调低 max_tokens，让提示词加补全能放得下。',
    ],
  },
  'deepseek/deserialize-failed': {
    title: '请求体不符合 DeepSeek 的请求格式',
    explanation: 'DeepSeek 无法把请求体解析为它的请求结构；报错信息会指出具体字段。常见原因：content 是由多个部分组成的数组（图片，或较早的接口不接受的文本部分）、使用了 "developer" 等未知角色、response_format 结构不对，或者消息对象缺少 role/content。',
    fix: [
      '找到报错信息中的字段（例如 messages[1]），把它改成普通的 OpenAI 风格消息：{"role": "system|user|assistant|tool", "content": "text"}。',
      '删除图片部分（DeepSeek 对话模型只接受文本），并用 "system" 代替 "developer"。',
    ],
  },
  'deepseek/authentication-fails': {
    title: '认证失败（API 密钥错误）',
    explanation: 'DeepSeek 拒绝了该 API 密钥：密钥输错、已删除、配置中残留的占位符（报错信息会显示其末尾几个字符）、其他服务商的密钥，或者请求头不是 "Authorization: Bearer sk-..."。"(no such user)" 表示该密钥不属于任何账号。',
    fix: [
      '将报错信息中显示的末尾字符与你真实的密钥核对；设置密钥时不要带引号或空格。',
      '如有需要，在 https://platform.deepseek.com/api_keys 创建新密钥。',
    ],
  },
  'deepseek/insufficient-balance': {
    title: '余额不足（402）',
    explanation: 'DeepSeek 账号余额已用完。DeepSeek 采用预付费，在充值之前每个请求都会失败；密钥正确也无济于事。',
    fix: [
      '在 https://platform.deepseek.com 查看余额并为账号充值（或使用有余额的账号的密钥）。',
    ],
  },
  'deepseek/invalid-format': {
    title: '格式错误（400）',
    explanation: 'DeepSeek 无法接受所发送的请求体；报错信息会说明问题所在。',
    fix: [
      '根据报错信息中的提示修改请求体。',
      '与 DeepSeek API 文档（https://api-docs.deepseek.com/api/create-chat-completion）对照检查。',
    ],
  },
  'deepseek/invalid-parameters': {
    title: '参数错误（422）',
    explanation: '请求中包含 DeepSeek 不接受的参数，或者某个值的类型或范围不对；报错信息会指出是哪个参数。',
    fix: [
      '参照 DeepSeek API 文档，修正报错信息中指出的参数。',
    ],
  },
  'deepseek/rate-limit': {
    title: '请求速率达到上限（429）',
    explanation: '该账号发送请求过快，或同时进行中的请求过多（DeepSeek 按账号限制并发，该账号下所有密钥合并计算）。响应要求等待 {wait}。',
    fix: [
      '等待几秒后使用退避策略重试。',
      '减少并行请求（共用同一账号的多个进程或智能体会累加计算）。',
    ],
  },
  'deepseek/server-error': {
    title: 'DeepSeek 服务器故障（500）',
    explanation: 'DeepSeek 服务器在处理请求时遇到内部问题，与请求内容无关。',
    fix: [
      '稍等片刻后重试。',
      '如果持续出现，请查看 https://status.deepseek.com，并附上响应中的 x-ds-trace-id 联系 DeepSeek。',
    ],
  },
  'deepseek/server-overloaded': {
    title: 'DeepSeek 服务器繁忙（503）',
    explanation: 'DeepSeek 服务器因流量过高而过载，暂时拒绝了该请求。',
    fix: [
      '稍等片刻后使用退避策略重试；如果持续出现，请查看 https://status.deepseek.com。',
    ],
  },
  // --- openrouter.ts ---
  'openrouter/moderation-flagged': {
    title: '输入被内容审核标记',
    explanation: '所选模型由一家要求内容审核的服务商提供，而审核检查标记了输入（HTTP 403）。error.metadata.reasons 列出了类别（例如 "violence" 或 "self-harm/intent"），metadata.flagged_input 显示被标记的文本（最多 100 个字符），metadata.provider_name 说明是哪家服务商的审核。不会扣除额度，但同样的输入会一直失败。',
    fix: [
      '改写或删除 metadata.flagged_input 中显示的文本（它可能在较早的轮次或工具结果中）。',
      '或者选择不要求内容审核的模型或服务商（例如通过其他服务商调用同一模型，或使用你自己的密钥）。',
    ],
  },
  'openrouter/guardrail-blocked': {
    title: '被 OpenRouter 防护规则拦截',
    explanation: '在 API 密钥、工作区或组织上配置的防护规则（guardrail，如内容过滤器、提示词注入检测器）在请求到达任何服务商之前就拦截了它（HTTP 403）。metadata 会说明匹配到了什么。',
    fix: [
      '删除报错信息和 metadata 所指出的内容（例如匹配到的模式）。',
      '如果属于误判，请在 OpenRouter 中该密钥的设置里调整防护规则。',
    ],
  },
  'openrouter/insufficient-credits': {
    title: '额度不足以支付此请求',
    explanation: 'OpenRouter 在生成之前会检查余额（或该密钥的额度上限）是否足以覆盖最坏情况：提示词加上 max_tokens，按模型价格计算。如果请求没有传 max_tokens，则按模型的完整输出上限计算，所以即使提示词很短也可能报 "You requested up to N tokens, but can only afford M"。报错中的链接指向 settings/keys 表示是单个密钥的上限，指向 settings/credits 表示是账号余额。本次请求预留了最多 {maxTokens} 个 token，而余额只够 {affordable} 个。',
    fix: [
      '把 max_tokens（或 max_completion_tokens）设为不超过报错信息中可负担的数量。',
      '在 https://openrouter.ai/settings/credits 充值，或在 https://openrouter.ai/settings/keys 提高该密钥的上限。',
      '或者缩短提示词 / 换用更便宜的模型。',
    ],
  },
  'openrouter/key-limit-exceeded': {
    title: 'API 密钥已达消费上限',
    explanation: '该 API 密钥设置了额度上限（总额、每日、每周或每月），并且已经用完（HTTP 403）。账号可能仍有额度，但在提高上限或周期重置之前，这个密钥无法使用它们。',
    fix: [
      '在 https://openrouter.ai/settings/keys 提高或取消该密钥的上限，或换用其他密钥。',
      '如果是每日/每周/每月上限，重置后请求即可恢复。',
    ],
  },
  'openrouter/free-models-per-day': {
    title: '已达免费模型每日请求上限',
    explanation: '免费（":free"）模型对每个账号有每日请求配额（账号购买过额度后配额更高）。配额已用完，因此今天内重试会一直返回 429。',
    fix: [
      '等待每日重置（X-RateLimit-Reset 响应头给出时间），或充值以解锁更高的免费配额。',
      '或者使用该模型的付费版本。',
    ],
  },
  'openrouter/free-models-per-min': {
    title: '免费模型每分钟限流',
    explanation: '免费（":free"）模型对每个账号每分钟只允许少量请求，而本次请求超出了这个速率。',
    fix: [
      '等待当前一分钟窗口过去（遵守 Retry-After），并放慢发送请求的速度。',
    ],
  },
  'openrouter/upstream-rate-limited': {
    title: '被上游服务商限流',
    explanation: 'OpenRouter 本身接受了请求，但模型背后的服务商（metadata.provider_name）以 429 拒绝了它；metadata.raw 中是其原始信息，对于共用同一资源池的免费模型，通常是 "... is temporarily rate-limited upstream"（metadata.limit_source 为 upstream_provider_shared_pool）。响应要求等待 {wait}。',
    fix: [
      '稍后使用退避策略重试（遵守 Retry-After 或 metadata.retry_after_seconds）。',
      '为该服务商添加你自己的密钥（https://openrouter.ai/settings/integrations），以便适用你自己的限额；或者允许其他服务商 / 该模型的付费版本。',
    ],
  },
  'openrouter/provider-rejected-request': {
    title: '上游服务商拒绝了请求',
    explanation: 'OpenRouter 转发了请求，而服务商（metadata.provider_name）返回了 400。真正的原因在 metadata.raw 中：通常是 OpenRouter 接受但该服务商不接受的参数或消息格式，或者是该服务商的地区或账号限制。',
    fix: [
      '阅读 metadata.raw，修正服务商指出的问题（那是该服务商自己的报错文本）。',
      '如果只有这家服务商拒绝，可以通过服务商路由（provider.ignore）排除它，或固定使用其他服务商。',
    ],
  },
  'openrouter/provider-error': {
    title: '上游服务商出错',
    explanation: '该模型的服务商宕机，或返回了 OpenRouter 无法使用的内容（HTTP 502）。metadata.provider_name 指出是哪家，metadata.raw 是它返回的内容；如果 token 已经开始流式输出，同样的错误会以 finish_reason 为 "error" 的 SSE 数据块出现，HTTP 状态为 200。',
    fix: [
      '稍等片刻后重试；OpenRouter 可能会把重试路由到其他服务商。',
      '如果某家服务商一直失败，通过服务商路由排除它，或允许回退到其他服务商/模型。',
    ],
  },
  'openrouter/no-allowed-providers': {
    title: '没有允许的服务商提供此模型',
    explanation: '提供该模型的所有服务商都被你自己的路由设置排除了：账号的 Allowed/Ignored Providers 或数据策略（https://openrouter.ai/settings/privacy），或请求中的 provider.only / provider.order。metadata.available_providers 和 requested_providers 显示了两者的不一致。',
    fix: [
      '在账号设置中允许 metadata.available_providers 中的某一家，或从请求中去掉限制性的 provider.only。',
      '或者选择一个由允许的服务商提供的模型。',
    ],
  },
  'openrouter/no-endpoints': {
    title: '没有端点支持此请求',
    explanation: '该模型的所有服务商都无法按原样处理此请求：没有一家支持工具调用、所给的 tool_choice、图像或视频输入，或符合你的数据策略；或者该模型（通常是以前的 ":free" 版本）已经没有任何端点了。',
    fix: [
      '去掉报错信息中指出的功能（tools、tool_choice、某种输入模态），或选择端点支持该功能的模型。',
      '如果是 "No endpoints found for <model>"，请查看模型页面；该模型或其免费版本可能已下架。',
      '如果是 "matching your data policy"，请放宽隐私设置或换用其他模型。',
    ],
  },
  'openrouter/invalid-model-id': {
    title: '模型 ID 无效',
    explanation: 'OpenRouter 没有这个 ID 的模型。它的 ID 格式为 "vendor/model"（例如 "deepseek/deepseek-chat"），服务商自己的 ID、拼写错误或已下线的模型都会被拒绝。',
    fix: [
      '从 https://openrouter.ai/models（或 GET /api/v1/models）复制 ID，包括厂商前缀和 ":free" 后缀（如有）。',
    ],
  },
  'openrouter/context-length-exceeded': {
    title: '提示词超出上下文窗口',
    explanation: '提示词加上请求的输出超过了所选端点的上下文长度（同一模型的不同服务商可能不同）。同样的请求在该端点上必定失败。本次请求了 {tokens} 个 token，而窗口大小为 {limit}。',
    fix: [
      '缩短历史记录或文档，或调低 max_tokens。',
      '或者路由到上下文更长的服务商/模型（模型页面列出了每家服务商的上下文长度）。',
    ],
  },
  'openrouter/invalid-credentials': {
    title: 'OpenRouter 密钥无效或缺失',
    explanation: 'OpenRouter 没有收到可用的密钥（HTTP 401）：缺少 Authorization 请求头或格式不是 "Bearer sk-or-v1-..."、密钥两侧有引号或空格、密钥已被删除或禁用（"User not found."），或者发送的是其他服务商的密钥。',
    fix: [
      '发送 `Authorization: Bearer <OpenRouter key>`，并确认运行中的进程里密钥不为空。',
      '如果密钥已被删除或禁用，请在 https://openrouter.ai/settings/keys 创建新密钥。',
    ],
  },
  'openrouter/bad-request': {
    title: '请求错误（400）',
    explanation: '请求中的参数无效或缺失（从浏览器调用时也可能是 CORS 问题）；报错信息会说明是哪些。',
    fix: [
      '修正报错信息中指出的参数；如果有 metadata.raw，那是上游服务商自己的说明。',
    ],
  },
  'openrouter/unauthorized': {
    title: '凭据无效（401）',
    explanation: 'API 密钥缺失、无效或已禁用，或者 OAuth 会话已过期。',
    fix: [
      '检查 Authorization 请求头，并在 https://openrouter.ai/settings/keys 检查密钥。',
    ],
  },
  'openrouter/payment-required': {
    title: '额度不足（402）',
    explanation: '账号或 API 密钥的额度不足以支付此请求；余额为负时，即使是免费模型也可能失败。',
    fix: [
      '充值（https://openrouter.ai/settings/credits）或提高密钥上限后重试；或者调低 max_tokens。',
    ],
  },
  'openrouter/forbidden': {
    title: '禁止访问（403）',
    explanation: 'OpenRouter 拒绝了请求：最常见的原因是输入被内容审核标记或被防护规则拦截；也可能是缺少权限或达到密钥上限。报错信息和 metadata 会说明是哪一种。',
    fix: [
      '如果报错提到审核或拦截，请修改被标记的输入；如果提到密钥上限，请在密钥设置中提高上限。',
    ],
  },
  'openrouter/timeout': {
    title: '请求超时（408）',
    explanation: '请求耗时过长，在生成响应之前就被中断了。',
    fix: [
      '重试；对于较长的生成任务，使用流式输出以保持连接活跃，或调低 max_tokens。',
    ],
  },
  'openrouter/rate-limited': {
    title: '触发限流（429）',
    explanation: '请求过多，触发了 OpenRouter 自身或上游服务商的限制。OpenRouter 可能会发送 Retry-After 响应头，给出需要等待的秒数。这里要求等待 {wait}。',
    fix: [
      '按 Retry-After 等待（或使用指数退避）后重试。',
      '如果报错提到 free-models-per-day，那是每日配额：请充值或等待重置。',
    ],
  },
  'openrouter/bad-gateway': {
    title: '模型不可用或上游响应无效（502）',
    explanation: '所选模型的服务商宕机，或者 OpenRouter 从它那里收到了无效响应。',
    fix: [
      '稍等片刻后重试，或允许回退到其他服务商/模型。',
    ],
  },
  'openrouter/no-available-provider': {
    title: '没有满足路由要求的可用服务商（503）',
    explanation: '该模型目前没有任何服务商满足请求的路由要求：所有合适的服务商都宕机或满载，或者这些要求（provider.only、max_price、quantizations、数据策略）把所有服务商都排除了。',
    fix: [
      '如果服务商只是暂时不可用，请按 Retry-After 等待后重试。',
      '如果持续出现，请在请求或账号设置中放宽服务商路由限制，或换用其他模型。',
    ],
  },
  // --- google.ts ---
  'gemini/api-key-invalid': {
    title: 'API 密钥无效',
    explanation: 'Google 拒绝了该 API 密钥。与大多数服务商不同，Gemini API 对错误的密钥返回 400 INVALID_ARGUMENT（ErrorInfo reason 为 API_KEY_INVALID），而不是 401——问题不在请求体。',
    fix: [
      '在 Google AI Studio 中创建或复制密钥，并通过 x-goog-api-key 请求头（或？key=）发送。',
      '检查密钥是否被截断、带有多余的引号或空白，以及是否已被删除或过期。',
      '确认该密钥用于 Gemini API（generativelanguage.googleapis.com），而不是其他 Google 服务。',
    ],
  },
  'gemini/unknown-field': {
    title: '请求体中有未知字段',
    explanation: '请求体在该位置包含 Gemini API 未定义的字段：拼写错误、OpenAI 风格的字段（messages、response_format、max_tokens），或者本应放在其他层级的字段（例如放在 parts 里的 role）。',
    fix: [
      '重命名或移动 "Unknown name" 后面指出的字段（Gemini 使用 contents/parts、generationConfig、systemInstruction）。',
      '如果你本想调用 OpenAI 兼容接口，请把请求发到 /v1beta/openai/chat/completions。',
    ],
  },
  'gemini/part-data-oneof': {
    title: '某个 part 没有数据，或包含多种数据',
    explanation: 'parts 中的每个元素必须恰好携带一种数据（text、inlineData、fileData、functionCall、functionResponse 等）。这个 part 一种都没有（例如 {} 或 text: null），或同时带了两种。',
    fix: [
      '删除空的 part，或让每个 part 恰好只包含 text / inlineData / fileData / functionCall / functionResponse 中的一种。',
      '把同时设置了两种数据的 part 拆成两个。',
    ],
  },
  'gemini/input-token-limit': {
    title: '输入超出模型的上下文窗口',
    explanation: '提示词（contents、系统指令、工具和媒体）的 token 数超过了模型可接受的上限，因此在生成之前就被拒绝了。',
    fix: [
      '缩短输入：裁剪历史记录、做摘要，或减少/缩小所发送的文件。',
      '先用 models/MODEL_ID:countTokens 统计 token 数。',
      '换用输入上限更大的模型。',
    ],
  },
  'gemini/max-output-tokens-out-of-range': {
    title: 'maxOutputTokens 超过模型上限',
    explanation: 'generationConfig.maxOutputTokens 大于模型的输出上限；报错信息给出了可接受的范围。',
    fix: [
      '把 maxOutputTokens 设在报错信息给出的范围内（或不传，使用模型默认值）。',
    ],
  },
  'gemini/function-call-turn-order': {
    title: '函数调用在历史记录中的位置不对',
    explanation: '带 functionCall 的 model 轮次必须跟在 user 轮次或函数响应轮次之后。这段历史记录把它放在了开头，或放在另一个 model 轮次之后（连续两个 model 轮次，常见于裁剪历史记录之后）。',
    fix: [
      '确保 contents 以 user 轮次开头，并且 user / model 交替出现。',
      '裁剪历史记录时，从 user 轮次处截断，避免 functionCall 留在开头。',
      '把连续的 model 轮次合并为一个。',
    ],
  },
  'gemini/function-response-turn-order': {
    title: '函数响应前面没有对应的函数调用',
    explanation: '带 functionResponse 部分的轮次必须紧跟在带匹配 functionCall 部分的 model 轮次之后；这里缺少那个调用轮次，或者两者之间夹了其他内容。',
    fix: [
      '把每个 functionResponse 轮次直接放在发起调用的 model 轮次之后。',
      '裁剪历史记录时，把 functionCall 轮次和对应的 functionResponse 轮次放在一起保留或删除。',
    ],
  },
  'gemini/function-response-count': {
    title: '并非每个函数调用都得到了响应',
    explanation: 'model 轮次发起了多个函数调用，但随后的轮次没有为每个调用都提供一个 functionResponse 部分。',
    fix: [
      '在同一个轮次中，为每个 functionCall 部分发送一个名称匹配的 functionResponse 部分。',
      '即使某个调用失败，也要用一个描述错误的 functionResponse 来回应它。',
    ],
  },
  'gemini/thought-signature-missing': {
    title: '回放函数调用时缺少思维签名',
    explanation: '思考模型会在 functionCall 部分上附带 thoughtSignature。回传历史记录时，这些部分必须保留签名；本次请求丢掉了它（通常是因为重新构建了 parts，或从其他格式转换了历史记录）。',
    fix: [
      '把模型之前的轮次按收到时的原样回传，包括每个 part 的 thoughtSignature。',
      '如果要从其他格式转换历史记录，请让 thoughtSignature 随 functionCall 部分一起保留。',
    ],
  },
  'gemini/empty-text-part': {
    title: '文本 part 为空',
    explanation: '某个 part 的 text 为 ""（空字符串）。Gemini 拒绝基于空的 text 参数进行生成。',
    fix: [
      '删除 text 为空的 part，或者填入本应有的文本。',
    ],
  },
  'gemini/empty-parts': {
    title: '某个轮次没有任何 part',
    explanation: '某个 content 条目的 parts 数组为空；contents 中的每个轮次都至少需要一个 part。',
    fix: [
      '删除该空轮次，或者至少给它一个 part（把模型的空回复保存到历史记录中是常见原因）。',
    ],
  },
  'gemini/invalid-role': {
    title: '不支持的角色',
    explanation: 'Gemini 的 contents 只接受 "user" 和 "model" 两种角色。OpenAI 风格的 "assistant" 或 "system" 角色会被拒绝；系统提示词应放在 systemInstruction 中。',
    fix: [
      '把 "assistant" 改为 "model"。',
      '把 "system" 的内容移到顶层的 systemInstruction 字段。',
    ],
  },
  'gemini/thinking-config-invalid': {
    title: '思考配置无效',
    explanation: 'generationConfig.thinkingConfig 与模型不匹配：预算超出范围（或在始终思考的模型上设为 0）、使用了模型不提供的 thinkingLevel、同时设置了预算和档位，或者在不支持思考的模型上开启了思考。',
    fix: [
      '使用模型支持的思考控制方式：Gemini 3 模型用 thinkingLevel，2.5 模型用 thinkingBudget，不要同时使用。',
      '让 thinkingBudget 保持在模型的范围内（或设为 -1 表示动态）；不要对无法关闭思考的模型发送 0。',
      '对于不支持思考的模型，删除 thinkingConfig。',
    ],
  },
  'gemini/request-payload-too-large': {
    title: '请求体过大',
    explanation: 'HTTP 请求超过了 Gemini 内联数据可接受的大小（通常由较大的 base64 图片、音频、视频或 PDF 引起）。',
    fix: [
      '用 Files API 上传大型媒体，并通过 fileData.fileUri 引用，而不是使用 inlineData。',
      '缩小或压缩内联图片，或减少每个请求中的图片数量。',
    ],
  },
  'gemini/request-contains-invalid-argument': {
    title: '参数无效（未给出详情）',
    explanation: 'Google 拒绝了请求体，但没有说明是哪个字段。常见原因：模型不支持的参数（例如较早模型上的 thinkingConfig、responseSchema 或某种工具类型）、Gemini 无法接受的函数声明 schema（不支持的 JSON Schema 关键字）、格式错误的 inlineData，或者把仅 v1beta 支持的功能发到了 v1。',
    fix: [
      '逐个去掉可选功能（tools、responseSchema、thinkingConfig、safetySettings），找出问题所在。',
      '把函数参数 schema 简化为 Gemini 文档中说明的 OpenAPI 子集。',
      '预览功能请使用 v1beta 接口。',
    ],
  },
  'gemini/invalid-argument': {
    title: '请求体无效',
    explanation: '请求体格式有误：拼写错误、缺少必填字段、取值错误，或者把较新的功能发到了较早的 API 版本（v1 而不是 v1beta）。',
    fix: [
      '查看报错信息中的字段路径（以及 details 中的 BadRequest.fieldViolations），修正请求体的对应部分。',
      '对照 API 文档检查请求，预览功能请使用 v1beta 接口。',
    ],
  },
  'gemini/location-not-supported': {
    title: '从不受支持的地区调用',
    explanation: 'Google 根据请求来源的 IP 地址判断，而该位置不在 Gemini API 的服务范围内。调用方往往不在你以为的位置：代理、VPN、云区域、Cloudflare Worker 或中转服务器都可能位于不受支持的地区。',
    fix: [
      '从受支持的国家/地区发送请求（检查你的服务器、代理或中转站的出口位置）。',
      '如果使用中转站，请运营方将 Gemini 的流量路由到位于受支持地区的节点。',
      '或者使用 Vertex AI，并选择提供该模型的区域。',
    ],
  },
  'gemini/free-tier-unavailable': {
    title: '免费层级不可用：需要开通计费',
    explanation: '请求来源地（或该项目）不提供免费层级，而项目又没有关联结算账号，因此请求无处计费。',
    fix: [
      '在 Google AI Studio 中为该项目开通计费（设置付费方案）。',
      '如果你原本以为会适用免费层级，请检查请求的出口地区。',
    ],
  },
  'gemini/failed-precondition': {
    title: '账号或地区的前提条件未满足',
    explanation: '请求格式正确，但账号、项目或所在位置的某些设置不满足要求（地区、计费，或项目未启用某项功能）。',
    fix: [
      '阅读报错信息：其中指出了缺少的前提条件。',
      '检查计费设置以及请求发出的地区。',
    ],
  },
  'gemini/api-key-leaked': {
    title: 'API 密钥因泄露被封禁',
    explanation: 'Google 发现该密钥已公开暴露（例如提交到了代码仓库或发布在网页中），并已在 Gemini API 上封禁了它。',
    fix: [
      '在 Google AI Studio 中创建新密钥，并删除已泄露的密钥。',
      '不要把密钥放进版本控制和客户端代码中；应从服务器环境中加载。',
    ],
  },
  'gemini/service-disabled': {
    title: '项目未启用该 API',
    explanation: '密钥或凭据所属的 Google Cloud 项目没有启用所调用的 API（Gemini 对应 Generative Language API，Vertex 对应 Vertex AI API）。',
    fix: [
      '为该项目启用 API（报错信息中有控制台链接），例如 gcloud services enable generativelanguage.googleapis.com。',
      '启用后等待几分钟再重试。',
      '确认该密钥确实属于你以为的那个项目。',
    ],
  },
  'gemini/unregistered-caller': {
    title: '未发送 API 密钥或凭据',
    explanation: '请求没有携带 API 密钥或 OAuth 凭据，因此 Google 无法判断是哪个项目在调用。',
    fix: [
      '对于 Gemini API，在 x-goog-api-key 请求头（或？key=...）中发送密钥。',
      '对于 Vertex AI，发送 OAuth 访问令牌（Authorization: Bearer ...）。',
    ],
  },
  'gemini/permission-denied': {
    title: '权限被拒绝',
    explanation: '密钥或凭据有效，但不允许执行此操作：密钥设置了限制（HTTP referrer、IP 或 API 限制）、调用调优模型时未使用正确的身份验证，或者调用方已被暂停。',
    fix: [
      '在 Google Cloud 控制台中检查密钥的限制（API 限制中必须包含 Generative Language API）。',
      '对于调优模型，请按文档说明使用 OAuth 进行身份验证。',
      '如果该密钥受到限制或已被暂停，请在 Google AI Studio 中创建新密钥。',
    ],
  },
  'gemini/model-not-found': {
    title: '找不到模型（或该模型不支持此方法）',
    explanation: 'URL 中的模型 ID 在该 API 版本上不存在、已下线（gemini-pro、gemini-1.5-*），或者不支持所调用的方法（例如对嵌入模型调用 generateContent）。',
    fix: [
      '调用 models.list（GET /v1beta/models），使用当前可用的 ID，例如 gemini-2.5-flash。',
      '检查调用的方法：嵌入模型使用 embedContent，而不是 generateContent。',
      '预览模型可能需要使用 v1beta 接口而不是 v1。',
    ],
  },
  'vertex/model-not-found': {
    title: '在此项目或区域中找不到 Vertex AI 模型',
    explanation: 'Vertex AI 在该项目和位置下找不到此发布方模型：模型版本错误或已下线、URL 中的区域不提供该模型，或者项目无权访问它。',
    fix: [
      '对照 Vertex AI 模型列表检查模型 ID 和版本，并使用当前可用的版本。',
      '调用提供该模型的区域（或 global 端点）。',
      '对于合作伙伴模型（例如 Vertex 上的 Claude），先在 Model Garden 中启用该模型。',
    ],
  },
  'gemini/not-found': {
    title: '找不到资源',
    explanation: '请求引用的某个对象不存在：URL 中的模型、已上传的文件（文件 48 小时后过期）、缓存内容或调优模型。',
    fix: [
      '检查 URL 路径和模型 ID。',
      '重新上传超过 48 小时的文件，并使用新的 URI。',
    ],
  },
  'gemini/quota-limit-zero': {
    title: '你的层级对该模型没有配额（limit: 0）',
    explanation: '报错信息中提到的配额上限为 0：该模型在你项目的层级上根本不可用（通常是免费层级上的 Pro 或预览模型）。"Please retry in Ns" 的提示具有误导性——等待或重试永远不会成功。',
    fix: [
      '为项目开通计费（或升级到更高层级），以获得该模型的非零配额。',
      '或者换用你的层级包含的模型（例如免费层级上的 Flash 模型）。',
    ],
  },
  'gemini/daily-quota-exceeded': {
    title: '每日配额已用完',
    explanation: '用完的是每日配额（其 ID 或指标中带有 PerDay / per_day）。与每分钟上限不同，它不会在几秒内恢复：响应中的重试延迟具有误导性，在每日重置之前，该模型的所有请求都会失败。',
    fix: [
      '等待每日重置（太平洋时间午夜），或换用其他模型（每个模型有独立的配额）。',
      '开通计费 / 升级到更高层级，以提高每日上限。',
      '遇到此错误时停止自动重试：重试只会增加失败的调用。',
    ],
  },
  'vertex/resource-exhausted': {
    title: 'Vertex AI 容量耗尽',
    explanation: '在 Vertex AI 的按量付费模式下，Gemini 模型的容量由所有客户共享（动态共享配额）；这个 429 表示当时你所在区域的共享资源池繁忙，而不是你的项目有一个可以申请提高的固定配额。',
    fix: [
      '使用指数退避重试。',
      '使用 global 端点（或把流量分散到多个区域），而不是只用一个区域。',
      '如需稳定的大流量，请购买预配吞吐量（Provisioned Throughput）。',
    ],
  },
  'gemini/rate-limit': {
    title: '触发限流',
    explanation: '该项目每分钟发送的请求数或 token 数超过了其层级对该模型的允许值。每分钟上限恢复得很快：按 RetryInfo.retryDelay 给出的延迟（"Please retry in Ns."）等待后，同样的请求就能成功。如果 QuotaFailure 详情中指出的是 PerDay 配额，那么等一分钟也没用。',
    fix: [
      '等待 retryDelay 后，使用带随机抖动的指数退避重试。',
      '降低并发或发送更小的请求；QuotaFailure 详情会说明是哪个上限（每分钟请求数还是每分钟输入 token 数）。',
      '如需持续的负载，请开通计费或申请更高的层级。',
    ],
  },
  'gemini/resource-exhausted': {
    title: '触发限流',
    explanation: '该项目每分钟发送的请求数或 token 数超过了其层级对该模型的允许值。每分钟上限恢复得很快：按 RetryInfo.retryDelay 给出的延迟（"Please retry in Ns."）等待后，同样的请求就能成功。如果 QuotaFailure 详情中指出的是 PerDay 配额，那么等一分钟也没用。',
    fix: [
      '等待 retryDelay 后，使用带随机抖动的指数退避重试。',
      '降低并发或发送更小的请求；QuotaFailure 详情会说明是哪个上限（每分钟请求数还是每分钟输入 token 数）。',
      '如需持续的负载，请开通计费或申请更高的层级。',
    ],
  },
  'gemini/internal': {
    title: 'Google 内部错误',
    explanation: 'Google 侧发生了意外错误。通常是暂时性的，但非常长的输入上下文也可能反复触发它。',
    fix: [
      '使用退避策略重试。',
      '如果同样的请求一直失败，请缩短输入上下文或换用其他模型（例如 Flash 模型）。',
    ],
  },
  'gemini/model-overloaded': {
    title: '模型过载',
    explanation: 'Google 目前该模型的容量不足（HTTP 503）。请求和账号都没有问题；这种需求高峰通常在几秒到几分钟内就会过去。',
    fix: [
      '几秒后使用带随机抖动的指数退避重试。',
      '如果持续出现，暂时换用其他模型（例如 Flash 版本），在 Vertex AI 上也可以换到其他区域或 global 端点。',
    ],
  },
  'gemini/unavailable': {
    title: '服务暂时不可用',
    explanation: 'Gemini 服务暂时过载或宕机（HTTP 503）。请求和账号都没有问题。',
    fix: [
      '几秒后使用指数退避重试。',
      '如果持续出现，暂时换用其他模型（例如 Flash 版本）。',
    ],
  },
  'gemini/deadline-exceeded': {
    title: '请求未能按时完成',
    explanation: '服务未能在截止时间内完成，通常是因为提示词或上下文非常大，或者客户端设置的超时时间太短。',
    fix: [
      '调大客户端超时时间（或去掉自定义的截止时间）。',
      '减小输入规模，或使用流式响应。',
      '重试：负载较低时可能会成功。',
    ],
  },
  'gemini/prompt-blocked': {
    title: '被 Google 内容政策拦截',
    explanation: 'Gemini 返回了 200，但拒绝了该内容：promptFeedback.blockReason（或 finishReason）为 PROHIBITED_CONTENT、BLOCKLIST、SPII 或 IMAGE_SAFETY。这些拦截来自固定政策，无法通过 safetySettings 关闭；重新发送同样的对话，结果不会改变。',
    fix: [
      '修改或删除触发拦截的内容（检查最新的 user 轮次和所有附带的图片）。',
      '如果对话历史中带有违规内容，请开启一个不含这些内容的新对话。',
    ],
  },
  'gemini/safety-block': {
    title: '被安全过滤器拦截',
    explanation: 'Gemini 返回了 200 但没有文本：提示词（promptFeedback.blockReason 为 SAFETY）或生成的回答（finishReason 为 SAFETY）被某个安全类别判定为有害，该类别在 safetyRatings 中列出，概率为 HIGH 或 MEDIUM。',
    fix: [
      '改写或删除 safetyRatings 中所列类别对应的内容。',
      '如果用途正当，可在 safetySettings 中放宽对应类别（例如 BLOCK_ONLY_HIGH）。',
      '在代码中处理候选结果为空的情况，而不是把它当作崩溃。',
    ],
  },
  // --- bedrock.ts ---
  'bedrock/prompt-too-long': {
    title: '输入超出模型的上下文窗口',
    explanation: '模型统计出的输入 token 数超过了其上下文窗口的容量（对于 Claude，包装后的信息为 "prompt is too long: N tokens > M maximum"）。请求根本没有进入生成阶段。',
    fix: [
      '缩短对话：裁剪或总结较早的轮次、工具结果和文档。',
      '让输入 + maxTokens 保持在模型的上下文长度以内。',
      '换用窗口更大的模型（或 Claude 的长上下文选项）。',
    ],
  },
  'bedrock/max-tokens-exceeds-model-limit': {
    title: 'maxTokens 超过模型的输出上限',
    explanation: '请求的最大输出 token 数（maxTokens / max_tokens）超过了 Bedrock 上该模型的允许值。',
    fix: [
      '把 maxTokens（Converse 的 inferenceConfig）或 max_tokens（InvokeModel 请求体）调低到报错信息中的上限或以下。',
    ],
  },
  'bedrock/temperature-with-top-p': {
    title: '同时发送了 temperature 和 top_p',
    explanation: 'Bedrock 上较新的 Claude 模型只接受 temperature 和 top_p 其中之一；模型拒绝了同时设置两者的请求（Converse 的 topP 也算作 top_p）。',
    fix: [
      '从请求中删除 temperature 或 top_p / topP 其中之一（topP 常常是框架默认加上的）。',
    ],
  },
  'bedrock/thinking-incompatible-parameter': {
    title: '扩展思考模式下不允许使用该参数',
    explanation: '开启 Claude 的扩展思考（extended thinking）后，模型会拒绝 top_p、top_k 等采样参数，以及不等于 1 的 temperature。',
    fix: [
      '启用思考时，删除 top_p / top_k（以及 temperature，或将其设为 1）。',
    ],
  },
  'bedrock/conversation-must-start-with-user': {
    title: '对话不是以 user 消息开头',
    explanation: 'messages 列表以 assistant 轮次开头（或去掉系统提示词后为空）；Bedrock 要求第一条消息来自 user。',
    fix: [
      '让 messages 的第一条为 user 消息（如果 assistant 先发言，就插入一条简短的 user 消息）。',
      '裁剪历史记录时，确保截断后第一条是 user 轮次。',
    ],
  },
  'bedrock/on-demand-not-supported': {
    title: '该模型需要使用推理配置文件 ID',
    explanation: '在此区域中，无法以按需方式通过裸模型 ID 调用该模型；它只能通过（跨区域）推理配置文件（inference profile）提供。',
    fix: [
      '使用推理配置文件 ID 调用，例如 us.anthropic.claude-sonnet-4-5-20250929-v1:0 或 global.anthropic...，而不是 anthropic....。',
      '用 aws bedrock list-inference-profiles 列出你可用的配置文件，并为该配置文件及其底层模型授予 IAM 访问权限。',
    ],
  },
  'bedrock/invalid-model-identifier': {
    title: '模型 ID 无效',
    explanation: 'Bedrock 无法识别该 modelId：拼写错误、用了 Anthropic API 的 ID（claude-sonnet-4-5）而不是 Bedrock 的 ID（anthropic.claude-...-v1:0）、缺少区域前缀，或者该区域不提供此模型。',
    fix: [
      '使用准确的 Bedrock 模型 ID 或推理配置文件 ID（aws bedrock list-foundation-models / list-inference-profiles）。',
      '确认客户端配置的区域提供该模型。',
    ],
  },
  'bedrock/malformed-input': {
    title: '请求体不符合模型的 schema',
    explanation: 'InvokeModel 会把请求体按模型提供商自己的格式传递；"Malformed input request" 之后的文本说明了哪个字段缺失、多余或类型错误（例如把 Converse 风格的请求体发给了 InvokeModel，或 Claude 请求缺少 anthropic_version）。',
    fix: [
      '使用该模型系列的原生请求体格式（Claude：anthropic_version "bedrock-2023-05-31"、max_tokens、messages）。',
      '删除 schema 指出的多余字段，并修正其指出的类型错误。',
    ],
  },
  'bedrock/model-returned-errors': {
    title: '模型拒绝了请求',
    explanation: 'Bedrock 把请求体转发给了模型，而模型自身的校验拒绝了它；"The model returned the following errors:" 之后的文本是模型提供商的信息（对于 Claude，措辞与 Anthropic API 相同）。',
    fix: [
      '阅读被包装的信息：它会像提供商自己的 API 那样指出字段和问题。',
      '据此修正请求体；Bedrock 上的 Claude 模型适用 Anthropic Messages API 的规则。',
    ],
  },
  'bedrock/validation-exception': {
    title: '请求未通过校验',
    explanation: '输入不满足 Bedrock 的约束：模型 ID 错误、参数超出范围、请求体结构不对，或者是模型本身返回的错误。',
    fix: [
      '阅读报错信息：其中指出了字段或约束。',
      '对照该模型的 Converse / InvokeModel 文档检查请求。',
    ],
  },
  'bedrock/model-access-denied': {
    title: '未获得模型访问权限',
    explanation: '该账号在此区域无权访问该模型：从未启用模型访问（或仍在审批中）、提供商协议（Anthropic 用例表单、Marketplace 订阅）未完成，或者该区域不提供此模型。',
    fix: [
      '在同一区域的 Bedrock 控制台中打开 Model access，申请/启用该模型，等到显示 Access granted。',
      '确认客户端的区域与获得访问权限的区域一致。',
      '对于 Marketplace 上架的模型，调用方在首次使用时还需要 aws-marketplace:Subscribe 权限。',
    ],
  },
  'bedrock/access-denied': {
    title: '未授权（IAM）',
    explanation: '发起调用的 IAM 用户或角色缺少对该资源执行此操作的权限（例如对模型或推理配置文件 ARN 的 bedrock:InvokeModel 或 bedrock:InvokeModelWithResponseStream），或者有策略明确拒绝了它。',
    fix: [
      '在调用方的 IAM 策略中，为报错信息中指出的模型 / 推理配置文件 ARN 添加缺少的 bedrock:* 操作。',
      '检查服务控制策略（SCP）或权限边界中是否有明确的拒绝。',
      '如果使用临时凭证，请确认它们没有过期。',
    ],
  },
  'bedrock/invalid-security-token': {
    title: 'AWS 凭证无效',
    explanation: 'AWS 无法对请求进行身份验证：访问密钥不存在、私有密钥或会话令牌与之不匹配，或者签名错误（例如临时密钥缺少会话令牌，或区域、时钟不对）。',
    fix: [
      '检查 AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY（临时密钥还有 AWS_SESSION_TOKEN）或当前使用的配置文件：aws sts get-caller-identity。',
      '使用已启用 Bedrock 的账号的凭证，并确保系统时钟正确。',
    ],
  },
  'bedrock/invalid-credentials': {
    title: 'AWS 凭证无效',
    explanation: 'AWS 无法对请求进行身份验证：访问密钥不存在、私有密钥或会话令牌与之不匹配，或者签名错误（例如临时密钥缺少会话令牌，或区域、时钟不对）。',
    fix: [
      '检查 AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY（临时密钥还有 AWS_SESSION_TOKEN）或当前使用的配置文件：aws sts get-caller-identity。',
      '使用已启用 Bedrock 的账号的凭证，并确保系统时钟正确。',
    ],
  },
  'bedrock/expired-token': {
    title: 'AWS 凭证已过期',
    explanation: '用于签名请求的临时凭证（STS 会话、SSO 登录、代入的角色）已过期。',
    fix: [
      '刷新凭证（aws sso login、重新代入角色，或获取新的会话令牌）。',
      '对于长时间运行的进程，使用能自动刷新的凭证提供程序，而不是固定密钥。',
    ],
  },
  'bedrock/use-case-form-required': {
    title: '未提交 Anthropic 用例表单',
    explanation: '首次使用 Anthropic 模型之前，AWS 账号必须在 Bedrock 控制台中提交 Anthropic 的用例详情。在此之前（以及提交后约 15 分钟内），调用都会以该 ResourceNotFoundException 失败。',
    fix: [
      '在 Bedrock 控制台（Model access / 模型目录）中填写 Anthropic 用例详情表单。',
      '等待约 15 分钟后重试。',
    ],
  },
  'bedrock/legacy-model-access': {
    title: '该账号已无法使用此旧版模型',
    explanation: '该模型处于 Legacy（旧版）状态，而该账号在过去 30 天内没有使用过它，因此访问权限已被收回；重试也不会恢复。',
    fix: [
      '迁移到仍在服务的模型版本（推荐的替代模型见 Bedrock 模型生命周期页面）。',
    ],
  },
  'bedrock/resource-not-found': {
    title: '找不到模型或资源',
    explanation: '请求中指定的模型 ID、ARN、推理配置文件、防护机制（guardrail）或其他资源在该账号和区域中不存在。',
    fix: [
      '检查 ID/ARN 以及客户端使用的区域（模型和配置文件都是区域级的）。',
      '列出可用资源：aws bedrock list-foundation-models、list-inference-profiles。',
    ],
  },
  'bedrock/throttling': {
    title: '被限流：超出每分钟请求数或 token 数',
    explanation: '该账号超出了按模型、按区域计算的每分钟请求数或 token 数配额（"Too many requests" / "Too many tokens"）。Bedrock 不会发送 Retry-After；等当前一分钟窗口有余量时，请求就会成功。',
    fix: [
      '使用带随机抖动的指数退避重试（botocore：retries mode 设为 "adaptive"，或用 "standard" 并增加重试次数）。',
      '使用跨区域推理配置文件（us./eu./global. 前缀）分散负载。',
      '如果一直如此，请在 Service Quotas 中申请提高配额，或购买预置吞吐量（Provisioned Throughput）。',
    ],
  },
  'bedrock/service-quota-exceeded': {
    title: '超出账号服务配额',
    explanation: '该请求会超出账号的某项服务配额（例如某个模型的每日 token 数，或资源数量）。与每分钟限流不同，它不会在几秒内解除。',
    fix: [
      '在 Service Quotas → Amazon Bedrock 中查看报错信息所指的配额，并申请提高。',
      '等配额周期重置后再重试，或换用其他区域或模型。',
    ],
  },
  'bedrock/model-not-ready': {
    title: '模型尚未就绪',
    explanation: '模型还无法提供推理服务（例如正在加载的导入模型或自定义模型）。AWS SDK 已经会对此自动重试最多五次。',
    fix: [
      '等待后重试；如果 SDK 已经放弃，请稍后使用退避策略重试。',
    ],
  },
  'bedrock/model-timeout': {
    title: '模型超时',
    explanation: '处理时间超过了模型的超时时间（HTTP 408），通常是输入或输出非常长，或者双向流保持打开的时间过长。',
    fix: [
      '重试；较长的生成任务请使用流式接口（ConverseStream / InvokeModelWithResponseStream）。',
      '如果一直超时，请减小输入规模或 maxTokens。',
    ],
  },
  'bedrock/model-error': {
    title: '模型在处理时出错',
    explanation: '模型本身在处理请求时失败（HTTP 424，响应体中带有 originalStatusCode），或生成了无效的输出，例如格式错误的工具调用序列。',
    fix: [
      '重试该请求；间歇性的模型故障通常会自行恢复。',
      '如果报告工具调用序列无效，请调低 temperature 并检查工具 schema。',
    ],
  },
  'bedrock/service-unavailable': {
    title: 'Bedrock 暂时不可用',
    explanation: 'Bedrock 目前无法处理该请求（HTTP 503），通常是该区域中此模型的短暂容量问题；"Too many connections" 也可能源于客户端连接池过小。',
    fix: [
      '使用指数退避重试。',
      '使用跨区域推理配置文件分散负载，或换到其他区域。',
      '如果报错信息是 "Too many connections"，请在客户端配置中调大 max_pool_connections。',
    ],
  },
  'bedrock/internal-server-error': {
    title: 'Bedrock 内部错误',
    explanation: 'Bedrock 侧发生故障（HTTP 500）；原因不在请求本身。',
    fix: [
      '使用带随机抖动的指数退避重试。',
      '如果持续出现，请附上 x-amzn-RequestId 联系 AWS Support。',
    ],
  },
};
