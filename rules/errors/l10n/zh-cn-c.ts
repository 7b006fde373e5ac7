/**
 * Simplified Chinese (zh-cn) translations, group c: the issue-10 entries (anthropic timeout/conflict,
 * bedrock marketplace access, relay LiteLLM budget).
 */
import type { ErrorTranslations } from '../types.ts';

export const TRANSLATIONS: ErrorTranslations = {
  'anthropic/timeout-error': {
    title: 'Anthropic 处理请求超时（504）',
    explanation: '请求处理时间过长而超时（HTTP 504 timeout_error）。长时间的非流式请求（不用流式却设了很大的 max_tokens）以及会断开空闲连接的网络更容易触发；请求本身是有效的。',
    fix: ['以指数退避重试。', '长回答使用流式输出（或 Message Batches API），不要维持一个很长的非流式请求，也不要在非流式时设很大的 max_tokens。'],
  },
  'anthropic/conflict-error': {
    title: '与资源当前状态冲突（409）',
    explanation: '请求与 Anthropic 一侧某个资源的当前状态冲突（HTTP 409 conflict_error）：例如该资源正被并发修改。文档将其视为冲突解决后可重试。',
    fix: ['稍等后（带退避）重试；不要对同一资源并发发送修改。', '如果持续失败，修改前先重新读取资源的当前状态，并带上 request_id 联系支持。'],
  },
  'bedrock/marketplace-model-access': {
    title: '访问模型需要 AWS Marketplace 权限',
    explanation: 'Bedrock 在首次使用时通过 AWS Marketplace 订阅启用第三方模型，而调用方的 IAM 用户或角色无权执行所需的 Marketplace 操作（aws-marketplace:ViewSubscriptions、aws-marketplace:Subscribe），因此模型访问被拒绝。包装层常把它标成连接错误或 502；这是权限问题，原样重试没有用。',
    fix: ['为调用方授予 aws-marketplace:Subscribe、aws-marketplace:Unsubscribe 和 aws-marketplace:ViewSubscriptions（或让管理员调用一次该模型以完成订阅）。', '确认账户为 Marketplace 购买配置了有效的付款方式；Anthropic 模型还需已提交首次使用表格。', '修改后等几分钟再重试：订阅最多需要 2 分钟完成。'],
  },
  'relay/litellm-budget-exceeded': {
    title: '网关预算已用完（LiteLLM）',
    explanation: '服务商前面的 LiteLLM 代理拒绝了请求，因为它执行的某项预算（虚拟密钥、用户、团队、终端用户或模型部署的预算）已用完。这是网关自己的预算，不是服务商的额度，即使它被标成 OpenAI 或服务商异常。',
    fix: ['请网关管理员提高或重置该密钥、用户或团队的预算（max_budget、budget_duration），或换一个密钥。', '如果本不该有预算限制，检查网关里的模型价格和花费日志：价格填错可能一下子耗尽预算。'],
  },
  'deepseek/server-busy': {
    title: 'DeepSeek 服务器繁忙',
    explanation: 'DeepSeek 回答其服务器繁忙：当前的高流量耗尽了它的容量。请求本身没有问题，稍后会成功。',
    fix: ['稍等后以退避方式重试；若持续出现，查看 https://status.deepseek.com。'],
  },
  'seed/http-402': {
    title: "需要付款（402）",
    explanation: "服务要求先付款才回答：账户、密钥或中转站的余额已用完或不足以支付本次请求（DeepSeek、OpenRouter、Together 和许多中转站都用 402 表示）。充值之前，原样重试都会失败。",
    fix: ["检查发出请求的账户或密钥（或前面的中转站）的余额或额度并充值。", "如果消息说余额只够更少的 token，调低 max_tokens 或缩短请求。"],
  },
  'seed/http-408': {
    title: "请求超时（408）",
    explanation: "服务器（或前面的网关）因为请求或回答耗时太长而关闭了连接。请求本身通常没有问题。",
    fix: ["带退避重试；长回答使用流式输出，让数据持续传输。", "调高客户端超时；如果一直超时，调低最大 token 数。"],
  },
  'seed/http-413': {
    title: "请求过大（413）",
    explanation: "请求体超过了服务器或其前面代理接受的大小：很长的对话、很大的工具结果，或内联的图片和文件。同样的请求体会再次失败，必须缩小。",
    fix: ["少发一些：删除或总结较早的轮次和大的工具结果，或缩放、压缩图片。", "大文件通过服务商的文件 API 上传后引用，不要以 base64 内联。"],
  },
  'seed/http-529': {
    title: "服务过载（529）",
    explanation: "服务暂时过载（Anthropic 和一些中转站使用的非标准 529）。这不是请求或账户限额造成的。",
    fix: ["以指数退避重试。", "如果持续出现，查看服务商的状态页，或换一个模型或区域。"],
  },
  'seed/http-52x': {
    title: "代理没能从后面的服务器得到回答（52x）",
    explanation: "边缘代理（Cloudflare 的 520–524）没有从源站得到可用的回答：源站返回无效内容（520）、已宕机（521）、没有及时回答（522、524）或无法连接（523）。通常不是请求本身的问题。",
    fix: ["带退避重试；遇到 524 时，长回答使用流式输出，让源站在代理超时之前开始回答。", "如果持续出现，说明代理后面的 API 或中转站宕机了：查看其状态，或直接调用服务商。"],
  },
};
