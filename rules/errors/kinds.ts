/**
 * Kinds of error: what an error is when no catalog entry names it, recognised from identifiers and
 * literal phrase families (English and Chinese), per fault. server/src/core/errors/classify.ts reads
 * this table; the explanation then says "recognised kind" rather than "documented error".
 *
 * Order is priority: when a paste carries words of several kinds, the first listed wins. Specific
 * verdicts (content policy, money, throttling, credentials) come before the generic ones (a request
 * problem, a server problem) because a wrapper often adds generic words ("API error", "invalid
 * response", "Bad Request") around a specific cause.
 *
 * Phrases are literal, lower-case, matched on the normalised message (classify.ts: case folded,
 * full-width punctuation folded, blank runs collapsed). An ASCII phrase must start a word (so "iam"
 * does not fire inside "william"); it may run on ("rate limit" also finds "rate limits").
 * Every kind cites where its wording is seen (a provider doc, or issues quoting the message).
 */
import type { ErrorText, Fault } from './types.ts';

export interface ErrorKind extends ErrorText {
  /** `kind/<slug>`: stable, shown in explanations like a catalog id. */
  id: string;
  fault: Fault;
  /** True when the same request can succeed later unchanged. */
  retryable: boolean;
  /** Machine identifiers (error.code, error.type, exception names), compared case-insensitively. */
  codes: readonly string[];
  /** Literal phrases (lower case). */
  phrases: readonly string[];
  /**
   * Phrases that name this kind only when no other kind's phrase or code is present: generic wording
   * that a more specific word overrides ("Quota exceeded for … requests per minute" is a rate limit).
   */
  weakPhrases?: readonly string[];
  /** The kind applies only when the messages also contain one of these literal phrases (lower case). */
  onlyWith?: readonly string[];
  /**
   * A generic kind stands aside when the HTTP status says something more specific (e.g. the word
   * "invalid" in a 429 or 503 message): it applies only without a status or with one of these.
   */
  onlyWithStatus?: readonly number[];
  /** Where the wording is documented or seen: URLs, separated by " ; ". */
  source: string;
  /** Pastes that must be classified as this kind (test/errors/classify.test.ts). */
  examples: readonly string[];
}

export const KINDS: readonly ErrorKind[] = [
  {
    id: 'kind/content-filter',
    fault: 'content-filter',
    retryable: false,
    codes: ['content_filter', 'content_policy_violation', 'ResponsibleAIPolicyViolation', 'PROHIBITED_CONTENT', 'SAFETY', 'DataInspectionFailed', 'moderation_blocked'],
    phrases: ['flagged', 'usage policy', 'content policy', 'content management policy', 'content filter', 'safety system', 'moderation', 'inappropriate content', 'data may contain', 'violate our', 'appears to violate', 'blocked for reason', 'prompt blocked', 'prompt was blocked', 'was filtered', 'filtered due to', '违规', '违反', '敏感', '内容安全', '不当内容', '違規', '違反', '敏感內容', '內容安全',
      // refusals by a safety layer: "blocked by the safety filter", "policy violation", "内容审核未通过"
      'policy violation', 'safety filter', 'safety settings', 'harmful content', 'unsafe content', 'blocked by', '内容审核', '审核未通过', '安全审核', '內容審核', '審核未通過',
      // a risk verdict on the input: Moonshot's "The request was rejected because it was considered high risk" (type
      // content_filter), DeepSeek's "Content Exists Risk"; "已被系统拦截" (intercepted by the system)
      'considered high risk', 'content exists risk', '系统拦截', '系統攔截', '不安全内容', '不安全內容'],
    title: 'Blocked by content policy or moderation',
    explanation:
      'The provider (or a moderation layer in front of it) refused the request or the answer because of what the text or image contains. The wording names a policy or a filter; no catalog entry documents this exact message.',
    fix: [
      'Rephrase or remove the part of the prompt (or of earlier turns and tool results) that the filter objected to.',
      'If it is a false positive, start a new conversation without the flagged content, or ask the provider about an exemption or a filter configuration.',
    ],
    source: 'https://github.com/anthropics/claude-code/issues/2410 ; https://github.com/HEXUXIU/M365-Copilot2API/issues/61 ; https://github.com/MoonshotAI/kimi-cli/issues/1002 ; https://github.com/deepseek-ai/awesome-deepseek-integration/issues/13',
    examples: [
      'API Error: Claude Code is unable to respond to this request, which appears to violate our Usage Policy (https://www.anthropic.com/legal/aup).',
      '{"error":{"message":"输入内容包含违规信息","code":"content_risk"}}',
    ],
  },
  {
    id: 'kind/quota',
    fault: 'quota',
    retryable: false,
    codes: ['insufficient_quota', 'billing_error', 'budget_exceeded', 'BudgetExceededError', 'insufficient_user_quota', 'insufficient_balance', 'Arrearage', 'payment_required', 'billing_not_active', 'credit_limit'],
    phrases: [
      'spend limit', 'spending limit', 'usage limit', 'budget has been exceeded', 'budget exceeded', 'exceeded budget', 'over budget', 'max budget', 'billing', 'insufficient balance', 'insufficient credit', 'insufficient fund',
      'credit balance', 'out of credits', 'payment required', 'exceeded your current quota', 'quota is not enough', 'quota not enough',
      'preconsumedquota', 'regain access on', 'exhausted your', 'daily quota', 'quota exhausted', 'quota has been exhausted',
      // plan limits of subscription tools and paid tiers (Claude Code, Cursor): a period or a plan, not a window
      'session limit', 'weekly limit', 'monthly limit', 'daily limit', 'hit your limit', 'paid plan', 'paid users', 'upgrade your plan', 'upgrade to a paid', 'upgrade to pro',
      'out of quota', 'insufficient quota', 'no quota',
      // credits and paid balance: "doesn't have any credits or licenses yet", "used all available credits",
      // "Your paid balance is insufficient. Please top up", "requires more credits", "Credit limit exceeded"
      'any credits', 'no credits', 'available credits', 'more credits', 'purchase credits', 'add credits', 'credits or licenses', 'credit limit',
      'balance is insufficient', 'paid balance', 'top up', 'requires paid', 'no free quota', 'free quota tier',
      // a cap the account itself set (Volcengine Ark's "safe experience mode"): paused until the owner lifts it
      'inference limit', 'service has been paused',
      'not enough balance', 'insufficient account balance', 'account balance', 'monthly quota', 'usage cap', '账户已欠费', '已欠费', '帳戶已欠費',
      '额度', '余额不足', '余额', '欠费', '充值', '配额已用完', '配额不足', '额度不足', '次数已用完', '用量已达上限', '額度', '餘額', '欠費', '儲值', '配額不足', '次數已用完',
    ],
    // Google says "Quota exceeded" for per-minute limits too: the window word (a rate-limit phrase) wins
    weakPhrases: ['quota exceeded', 'exceeded quota', 'exceeds quota', 'quota limit'],
    title: 'Quota, balance or budget used up',
    explanation:
      'The account, key or gateway budget has no allowance left for this request: a balance ran out, a spend or usage limit was reached, or a budget set on a key or team is exhausted. Retrying does not help until it is topped up, raised, or the period resets.',
    fix: [
      'Check the balance, spend limit or budget where the message points (the provider console, or the gateway or relay that issued the key).',
      'Top up, raise the limit or budget, or wait for the stated reset; then send the request again.',
    ],
    source: 'https://platform.claude.com/docs/en/api/rate-limits ; https://github.com/BerriAI/litellm/issues/22726 ; https://github.com/BerriAI/litellm/issues/14144 ; https://github.com/popjane/free_chatgpt_api/issues/76 ; https://github.com/chatanywhere/GPT_API_free/issues/495 ; https://support.claude.com/en/articles/11014257-about-claude-s-max-plan-usage ; https://docs.x.ai/docs/key-information/billing ; https://docs.siliconflow.cn/en/faqs/error-code ; https://www.volcengine.com/docs/82379/1299023',
    examples: [
      '{"error":{"message":"ExceededBudget: End User=ishaan3 over budget. Spend=0.00088, Budget=0.0001","type":"auth_error"}}',
      'Error code: 403 - {"error":{"message":"账户余额不足，请充值后再试","type":"api_error"}}',
    ],
  },
  {
    id: 'kind/rate-limit',
    fault: 'rate-limit',
    retryable: true,
    codes: ['rate_limit_exceeded', 'rate_limit_error', 'rate_limit_reached_error', 'RateLimitError', 'ThrottlingException', 'Throttling', 'TooManyRequests', 'too_many_requests', 'RateLimitExceeded', 'ResourceExhausted', 'RESOURCE_EXHAUSTED', 'TooManyRequestsError'],
    phrases: ['rate limit', 'rate-limit', 'rate_limit', 'ratelimit', '429 status code', '429 too many', 'reached max request', 'please wait before trying again', 'too many requests', 'throttled', 'throttling', 'requests per minute', 'tokens per minute', 'slow down',
      'request limit', 'concurrency limit', 'concurrent request', 'too many concurrent', 'requests_per_minute', 'tokens_per_minute', 'per_minute', '请求数超限', '并发', '併發', '请求过于频繁', '频率限制', '限流', '请求频率', '請求過於頻繁', '頻率限制',
      // the window named by its unit or its wait: "RPM limit", "please try again in 20s", "retry after 30 seconds"
      'rpm limit', 'tpm limit', 'rpm exceeded', 'tpm exceeded', 'qps', 'please try again in', 'retry after', '请求太频繁', '访问频繁', '速率限制', '請求太頻繁',
      // an account pool whose members are all throttled: "All accounts are currently limited. Please wait 8s."
      'currently limited', 'temporarily limited'],
    // "please wait" names a wait, not its cause: it yields to any kind that names one ("overloaded, please wait")
    weakPhrases: ['please wait'],
    title: 'Rate limited',
    explanation:
      'Too many requests or tokens in a short window for this key, account or gateway. It is transient: the same request succeeds once the window has passed.',
    fix: [
      'Wait (honour retry-after when the response carries it) and retry with exponential backoff.',
      'Send fewer requests at once, or ask for a higher rate limit.',
    ],
    source: 'https://platform.claude.com/docs/en/api/rate-limits ; https://github.com/Afool4U/MIGPT/issues/11 ; https://googleapis.dev/python/google-api-core/latest/exceptions.html ; https://github.com/lbjlaq/Antigravity-Manager/issues/766',
    examples: ['Error: 429 Too Many Requests', '{"error":{"message":"请求过于频繁，请稍后再试"}}', 'Token error: All accounts are currently limited. Please wait 8s.'],
  },
  {
    id: 'kind/invalid-credentials',
    fault: 'auth',
    retryable: false,
    codes: ['invalid_api_key', 'authentication_error', 'AuthenticationError', 'UNAUTHENTICATED', 'Unauthenticated', 'unauthorized', 'InvalidApiKey', 'UnrecognizedClientException', 'ExpiredTokenException', 'invalid_token'],
    phrases: [
      'invalid api key', 'incorrect api key', 'api key not valid', 'api key not found', 'a valid api key', 'api key is invalid', 'api_key_invalid', 'invalid x-api-key', 'invalid token', 'unauthorized', 'unauthenticated',
      'authentication failed', 'authentication error', 'token has expired', 'expired token', 'security token', 'invalid credentials', 'missing api key', 'no api key',
      // a key or account switched off: "This API key has been disabled", "account has been deactivated", new-api's "该令牌状态不可用"
      'key has been disabled', 'key is disabled', 'key has been revoked', 'key was revoked', 'account has been deactivated', 'account deactivated', 'account has been disabled', 'account is disabled',
      'account has been suspended', 'organization has been disabled', '令牌已过期', '令牌已被禁用', '令牌状态不可用', '账号已被封禁', '账户已被禁用', '令牌已過期', '帳號已被封禁',
      '无效的令牌', '令牌无效', '密钥无效', '鉴权失败', '认证失败', '無效的令牌', '認證失敗',
    ],
    title: 'Key or credentials rejected',
    explanation:
      'The service did not accept the credentials sent: the API key is missing, mistyped, revoked or expired, or belongs to another service, region or relay than the base URL.',
    fix: [
      'Check that the key is sent (Authorization: Bearer …, x-api-key, or the SDK setting) without quotes or stray spaces.',
      'Check that the key and the base URL belong together (same provider, region or relay), and create a new key if it was revoked.',
    ],
    source: 'https://platform.claude.com/docs/en/api/errors ; https://github.com/songquanpeng/one-api/issues/1009',
    examples: ['AuthenticationError: Incorrect API key provided: sk-abc***', '{"error":{"message":"无效的令牌 (request id: 2024)","type":"one_api_error"}}'],
  },
  {
    id: 'kind/permission',
    fault: 'auth',
    retryable: false,
    codes: ['permission_error', 'PERMISSION_DENIED', 'PermissionDenied', 'PermissionDeniedError', 'AccessDeniedException', 'AccessDenied', 'forbidden', 'permission_denied'],
    // not "forbidden": it is the 403 reason phrase, and the status entries know what 403 means per provider
    // (OpenRouter answers 403 for moderation)
    phrases: ['permission', 'not authorized', 'access denied', 'access is denied', 'iam', 'not allowed to access', 'does not have access', 'no access to',
      "don't have access", "doesn't have access", 'no longer have access', 'lack access', 'is denied', 'was denied', '无权', '無權', '权限', '權限',
      // access gated on verifying the organization: "Your organization must be verified to use the model `gpt-5`"
      'must be verified', 'verify organization', 'organization verification'],
    title: 'No permission for this model or resource',
    explanation:
      'The credentials are valid but not allowed to do this: the role, key or project lacks a permission (an IAM action, a model grant, a marketplace subscription), or the model is not enabled for this account or region.',
    fix: [
      'Grant the missing permission named in the message to the role or key (or enable the model for the account and region).',
      'Retry after the change has propagated (a few minutes for cloud IAM and model access).',
    ],
    source: 'https://platform.claude.com/docs/en/api/errors ; https://docs.aws.amazon.com/bedrock/latest/userguide/model-access.md ; https://help.openai.com/en/articles/10910291-api-organization-verification ; https://github.com/openai/openai-go/issues/565',
    examples: ['403 User: arn:aws:iam::123:role/x is not authorized to perform: bedrock:InvokeModel', '{"error":{"message":"该用户没有权限访问此模型"}}', 'Your organization must be verified to use the model `o3`. Please go to: https://platform.openai.com/settings/organization/general and click on Verify Organization.'],
  },
  {
    id: 'kind/relay-channel',
    fault: 'relay',
    retryable: false,
    codes: ['one_api_error', 'new_api_error', 'channel_error'],
    phrases: ['no available channel', 'available channels', 'distributor', '渠道', '无可用', '分组', '通道不可用', '無可用',
      // a gateway's pool of upstreams, keys or accounts is empty (gpt-load, LiteLLM's router, account pools)
      'no available upstream', 'no available candidate', 'no available provider', 'no available account', 'no available key', 'no available token', 'no available endpoint', 'no available backend', 'no deployments available', 'no healthy'],
    title: 'The relay has no working channel for this request',
    explanation:
      'The relay or gateway in front of the provider (one-api, new-api and the like) could not route the request: no channel serves this model in the key\'s group, or every channel is disabled or failing. The provider was never asked.',
    fix: [
      'Check the model name against what the relay offers, and the key\'s group against the channels\' groups.',
      'Ask the relay\'s operator to enable or fix a channel for this model (or use another relay or the provider directly).',
    ],
    source: 'https://github.com/songquanpeng/one-api/issues/2223 ; https://github.com/QuantumNous/new-api/issues/982 ; https://github.com/tbphp/gpt-load ; https://docs.litellm.ai/docs/routing',
    examples: ['{"error":{"message":"当前分组 vip 下对于模型 qwen 渠道不可用","type":"new_api_error"}}'],
  },
  {
    id: 'kind/context-length',
    fault: 'request',
    retryable: false,
    codes: ['context_length_exceeded', 'string_above_max_length', 'request_too_large'],
    phrases: ['context length', 'context window', 'maximum context', 'too many tokens', 'prompt is too long', 'input is too long', 'too long', 'token limit', 'maximum number of tokens', '上下文长度', '超出最大', '超过最大', '过长', '上下文長度', '過長',
      // the body over the endpoint's size limit (413): "Request exceeds the maximum size", "Maximum request body size … exceeded"
      'request body size', 'body size', 'entity too large', 'payload too large', 'request too large', 'exceeds the maximum size', 'exceeds maximum size',
      // the output budget over the model's cap: "The maximum tokens you requested exceed the model limit of 4096"
      'maximum tokens you requested', 'exceed the model limit', 'exceeds the model limit', 'max_tokens is too large', 'max_new_tokens` must be <=', 'max_new_tokens must be <='],
    title: 'Input too long for the model',
    explanation:
      'The prompt (messages, system prompt, tool definitions and attachments together) is longer than the model or endpoint accepts, so the request was rejected before generation.',
    fix: [
      'Shorten the input: drop or summarise older turns, large tool results and attachments.',
      'Lower max_tokens if the limit counts the output too, or use a model with a larger context window.',
    ],
    source: 'https://platform.claude.com/docs/en/api/errors ; https://github.com/earendil-works/pi/issues/102 ; https://www.rfc-editor.org/rfc/rfc9110.html#name-413-content-too-large ; https://github.com/RooCodeInc/Roo-Code/issues/248',
    examples: ['{"error":{"message":"This request exceeds the context window of the model"}}', '{"error":{"message":"输入内容超过最大长度限制"}}'],
  },
  {
    id: 'kind/unsupported-feature',
    fault: 'request',
    retryable: false,
    codes: ['unsupported_parameter', 'unsupported_value', 'unsupported_feature'],
    phrases: ['does not support', 'do not support', 'not supported', 'unsupported', 'not support', 'is not available for this model', '不支持', '不支援'],
    title: 'The model or endpoint does not support something in the request',
    explanation:
      'The request uses a feature this model, endpoint or relay does not offer (tools, images, a parameter, a response format, streaming…). The request itself has to change; retrying the same body fails the same way.',
    fix: [
      'Remove the feature the message names, or switch to a model or endpoint that supports it.',
      'When a relay or SDK sits in between, check that it forwards this feature to the provider.',
    ],
    source: 'https://github.com/heshengtao/super-agent-party/issues/142 ; https://github.com/tencent-connect/openclaw-qqbot/issues/111 ; https://github.com/CherryHQ/cherry-studio/issues/9901',
    examples: ["Error code: 400 - {'error': {'message': 'registry.ollama.ai/library/deepseek-r1:latest does not support tools', 'type': 'api_error'}}", '{"error":{"message":"此模型不支持图像输入。请尝试其他模型"}}'],
  },
  {
    id: 'kind/model-not-found',
    fault: 'request',
    retryable: false,
    // xAI spells NOT_FOUND as gRPC's sentence for it (https://grpc.github.io/grpc/core/md_doc_statuscodes.html)
    codes: ['model_not_found', 'not_found_error', 'NOT_FOUND', 'NotFound', 'NotFoundError', 'ResourceNotFoundException', 'model_decommissioned', 'model_deprecated', 'Some requested entity was not found'],
    phrases: ['model not found', 'does not exist', 'no such model', 'unknown model', 'invalid model', 'model_not_found', '模型不存在', '找不到模型', '模型不存在',
      // a model that existed and was retired: "has been decommissioned and is no longer supported", "is no longer available. Please switch to …"
      'decommissioned', 'no longer supported', 'no longer available', 'has been deprecated', 'been retired', '已下线', '已下線'],
    title: 'Model not found',
    explanation:
      'The model name is not one this endpoint serves: a typo, a retired or renamed model, a name of another provider, or a model that exists but not in this region, project or relay.',
    fix: [
      'Copy the exact model id from the provider\'s (or relay\'s) model list.',
      'Check the region, project or relay the request goes to; the model may be offered elsewhere.',
    ],
    source: 'https://platform.claude.com/docs/en/api/errors ; https://github.com/CherryHQ/cherry-studio/issues/9901 ; https://console.groq.com/docs/deprecations ; https://github.com/valentinfrlch/ha-llmvision/issues/324',
    examples: ['{"error":{"message":"The model `gpt-5-mini-x` does not exist or you do not have access to it."}}', 'Error: The model `llama3-8b-8192` has been decommissioned and is no longer supported.'],
  },
  {
    id: 'kind/server-memory',
    fault: 'request',
    retryable: false,
    codes: [],
    // a self-hosted server (Ollama, llama.cpp) that cannot load the chosen model: its 500 says so in words
    phrases: ['more system memory', 'not enough memory to load', 'insufficient memory', 'insufficient system memory', '内存不足', '記憶體不足'],
    title: 'The server has not enough memory for this model',
    explanation:
      'The model server (often a local one such as Ollama) cannot load the requested model: it needs more memory than the machine has free. Retrying the same request fails the same way until memory is freed or a smaller model is chosen.',
    fix: [
      'Choose a smaller or more quantised model, or a shorter context (num_ctx), so that it fits in the free memory.',
      'Free memory on the server (stop other models or programs) or run the model on a machine with more memory.',
    ],
    source: 'https://github.com/ollama/ollama/issues/13556 ; https://github.com/continuedev/continue/issues/12795 ; https://github.com/home-assistant/core/issues/139085',
    examples: ['"model requires more system memory (7.5 GiB) than is available (5.2 GiB)"'],
  },
  {
    id: 'kind/local-proxy',
    fault: 'relay',
    retryable: false,
    codes: [],
    phrases: [
      'connection refused', 'econnrefused', 'actively refused', 'no connection could be made', 'error sending request', 'failed to connect', 'could not connect', 'cannot connect',
      'unable to connect', 'connect error', 'connection error', 'stream disconnected', 'socket hang up', 'connection reset', 'econnreset',
    ],
    // a connection failure to this machine: the local proxy, gateway or model server is not there
    onlyWith: ['localhost', '127.0.0.1', '0.0.0.0', '[::1]'],
    title: 'A local proxy or server is not reachable',
    explanation:
      'The client tried to reach a proxy, gateway or model server on this machine (localhost) and the connection failed or broke: the service is not running, listens on another port, or crashed while answering. The provider was never asked; retrying unchanged fails the same way until the local service is up.',
    fix: [
      'Start the local proxy or server (or restart it) and check the port in the base URL against the one it listens on.',
      'If it runs in a container or another machine, point the base URL at that host instead of localhost.',
    ],
    source: 'https://nodejs.org/api/errors.html#common-system-errors ; https://github.com/openai/codex/issues/1874',
    examples: ['stream disconnected before completion: error sending request for url (http://127.0.0.1:8080/v1/responses)', 'connect ECONNREFUSED 127.0.0.1:11434'],
  },
  {
    id: 'kind/edge-config',
    fault: 'relay',
    retryable: false,
    codes: [],
    // Cloudflare's own 1xxx and 525/526 pages: the edge or the Worker in front failed by its configuration or code
    phrases: [
      'worker threw exception', 'worker exceeded resource limits', 'exceeded resource limits', 'dns resolution error', 'origin dns error', 'direct ip access not allowed',
      'ssl handshake failed', 'invalid ssl certificate', 'host not configured to serve web traffic',
    ],
    title: 'The proxy or edge in front failed on its own configuration',
    explanation:
      'The answer is an error page of the edge network or serverless proxy in front of the API (Cloudflare and the like), not the provider\'s error: the proxy\'s script threw, ran out of its limits, or its DNS or TLS setup towards the origin is wrong. Retrying unchanged keeps failing until whoever runs the proxy fixes it.',
    fix: [
      'If you run the proxy (a Worker, a gateway on a CDN), read its logs for the exception, and check its DNS records and TLS settings towards the origin.',
      'Otherwise call the provider\'s own endpoint, or tell the proxy\'s operator the error code and Ray ID shown on the page.',
    ],
    source: 'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-1xxx-errors/ ; https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/',
    examples: ['<title>Worker threw exception | gw.example.com | Cloudflare</title><span class="cf-error-code">1101</span>'],
  },
  {
    id: 'kind/upstream',
    fault: 'upstream',
    retryable: true,
    codes: [
      'overloaded_error', 'api_error', 'internal_error', 'server_error', 'timeout_error', 'ServiceUnavailableException', 'InternalServerException',
      'ModelNotReadyException', 'UNAVAILABLE', 'INTERNAL', 'DEADLINE_EXCEEDED', 'ETIMEDOUT', 'ECONNRESET', 'APIConnectionError', 'APITimeoutError', 'InternalServerError',
      'DeadlineExceeded', 'ServiceUnavailable', 'ServiceUnavailableError', 'BadGateway', 'GatewayTimeout', 'OverloadedError',
    ],
    phrases: [
      'timeout', 'timed out', 'time-out', 'time out', 'econnreset', 'etimedout', 'socket hang up', 'connection reset', 'connection refused', 'econnrefused', 'actively refused', 'no connection could be made', 'provider_error', 'provider error', 'upstream request failed', 'invalid response body', 'connection error', 'connection closed',
      'overloaded', 'busy', 'server error', 'internal error', 'service unavailable', 'bad gateway', 'temporarily unavailable', 'try again later', 'high demand',
      'no capacity', 'premature close',
      // the answer broke off or never came: streams cut, bodies undecodable, capacity refused
      'unable to process your request', 'stream disconnected', 'transport error', 'error decoding response body', 'connection lost', 'network error', 'connection aborted', 'broken pipe',
      // the client could not reach a remote API (a local address is kind/local-proxy, listed before)
      'error sending request', 'failed to connect', 'could not connect', 'unable to connect', 'cannot connect',
      'remote end closed', 'server disconnected', 'incomplete chunked', 'unexpected eof', 'at capacity',
      // serverless inference warming a model up (Hugging Face: {"error":"Model … is currently loading","estimated_time":20})
      'currently loading', 'is loading', 'warming up', 'cold start',
      // nothing usable came back from the upstream: "upstream connect error or disconnect/reset before headers", "empty response"
      'upstream connect error', 'empty response', 'no response from', 'did not respond', 'currently unavailable', '上游错误', '上游服务', '请求上游', '上游錯誤', '服务器错误', '伺服器錯誤', '内部错误', '內部錯誤',
      '繁忙', '超时', '超時', '过载', '過載', '服务不可用', '服務不可用', '稍后重试', '稍後重試',
    ],
    title: 'The provider failed, timed out or is overloaded',
    explanation:
      'The request did not get an answer: the provider (or the network or gateway on the way) was overloaded, failed internally, or the connection timed out or was reset. It is usually transient and not caused by the request.',
    fix: [
      'Retry with exponential backoff; check the provider\'s status page if it persists.',
      'For long generations, stream the response (an idle connection is more likely to be cut) or raise the client\'s timeout.',
    ],
    source: 'https://platform.claude.com/docs/en/api/errors ; https://github.com/anthropics/claude-code/issues/56746 ; https://huggingface.co/docs/api-inference/faq',
    examples: ['API Error: Repeated 529 Overloaded errors', '{"error":{"message":"上游服务器繁忙，请稍后重试"}}', '{"error":{"message":"Request timed out.","code":"ETIMEDOUT"}}'],
  },
  {
    id: 'kind/bad-request',
    fault: 'request',
    retryable: false,
    // xAI's error code is the gRPC status sentence: {"code": "Client specified an invalid argument", "error": "…"}
    codes: ['invalid_request_error', 'INVALID_ARGUMENT', 'InvalidArgument', 'ValidationException', 'InvalidParameter', 'invalid_argument', 'BadRequest', 'BadRequestError', 'invalid_request', 'Client specified an invalid argument'],
    phrases: ['invalid', 'not valid', 'must be', 'is required', 'missing required', 'malformed', 'bad request', 'validation error', 'cannot unmarshal', 'unexpected', 'not allowed',
      // a field the endpoint does not know: "Unknown parameter", "Unrecognized request argument", "Extra inputs are not permitted",
      // Gemini's "Invalid JSON payload received. Unknown name"
      'unknown parameter', 'unrecognized request argument', 'extra inputs are not permitted', 'additional properties', 'unknown field', 'unknown name', 'out of range', 'must not be empty', '参数错误', '参数有误', '参数无效', '格式错误', '參數錯誤', '無效'],
    onlyWithStatus: [400, 404, 405, 409, 413, 415, 422],
    title: 'The request was rejected as invalid',
    explanation:
      'The service says the request itself is wrong (a missing or misspelt field, a value out of range, a malformed body) but no catalog entry documents this exact message. The message names what to change.',
    fix: [
      'Read the message for the field or value it names and correct the request body.',
      'Compare the body with the API reference of the endpoint (and of the relay or SDK in between, if any).',
    ],
    source: 'https://platform.claude.com/docs/en/api/errors ; https://github.com/DayuanJiang/next-ai-draw-io/issues/656 ; https://grpc.github.io/grpc/core/md_doc_statuscodes.html ; https://github.com/nocmt/LLMSearchPlus/issues/2',
    examples: ['{"error":{"message":"Invalid value for \'reasoning_effort\': must be one of low, medium, high."}}'],
  },
];
