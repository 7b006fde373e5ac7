/**
 * OpenRouter (openrouter.ai/api/v1) errors. Shape: {"error": {"code": <number>, "message", "metadata"?}}
 * with the HTTP status equal to error.code for request-level failures
 * (https://openrouter.ai/docs/api/reference/errors-and-debugging). When the message is only
 * "Provider returned error", the upstream's own answer is in metadata.raw (with metadata.provider_name).
 * The status-only entries at the end are the documented table, used when no message below fits.
 */
import type { ErrorEntry } from '../types.ts';

const DOCS = 'https://openrouter.ai/docs/api/reference/errors-and-debugging';
const LIMITS = 'https://openrouter.ai/docs/api/reference/limits';
const ROUTING = 'https://openrouter.ai/docs/guides/routing/provider-selection';

export const ENTRIES: ErrorEntry[] = [
  // ---------------------------------------------------------------- content moderation
  {
    id: 'openrouter/moderation-flagged',
    provider: 'openrouter',
    match: { messageIncludes: ['requires moderation on', 'your input was flagged for'] },
    fault: 'content-filter',
    retryable: false,
    title: 'Input flagged by moderation',
    explanation:
      'The chosen model is served through a provider that requires moderation, and the moderation check flagged the input (HTTP 403). error.metadata.reasons lists the categories (for example "violence" or "self-harm/intent"), metadata.flagged_input shows the flagged text (up to 100 characters), metadata.provider_name says whose moderation it was. No credits are charged, and the same input keeps failing.',
    fix: [
      'Reword or remove the text shown in metadata.flagged_input (it may be in an older turn or a tool result).',
      'Or choose a model or provider that does not require moderation (for example the same model through another provider, or your own key).',
    ],
    source: `${DOCS} ; https://github.com/enricoros/big-AGI/issues/352`,
    examples: [
      `OpenRouter error: Error code: 403 - {'error': {'message': 'anthropic/claude-3-5-haiku requires moderation on Amazon Bedrock. Your input was flagged for "self-harm/instructions, self-harm/intent". No credits were charged.', 'code': 403, 'metadata': {'reasons': ['self-harm/instructions', 'self-harm/intent'], 'flagged_input': 'Tell me about Instructions for self-harm'}}}`,
      `{"error":{"code":403,"message":"mistralai/mistral-medium-3.5 requires moderation on OpenRouter. Your input was flagged for \\"violence\\".","metadata":{"reasons":["violence"],"flagged_input":"...","provider_name":"Mistral","model_slug":"mistralai/mistral-medium-3.5"}}}`,
    ],
  },
  {
    id: 'openrouter/guardrail-blocked',
    provider: 'openrouter',
    match: { messageIncludes: ['request blocked:'] },
    fault: 'content-filter',
    retryable: false,
    title: 'Blocked by an OpenRouter guardrail',
    explanation:
      'A guardrail configured on the API key, workspace or organization (content filter, prompt-injection detector) blocked the request before it reached any provider (HTTP 403). metadata says what matched.',
    fix: [
      'Remove the content the message and metadata point at (for example the matched patterns).',
      'If it is a false positive, adjust the guardrail in the OpenRouter settings for that key.',
    ],
    source: `${DOCS} ; https://openrouter.ai/docs/guides/features/guardrails`,
    examples: [
      `{"error":{"code":403,"message":"Request blocked: prompt injection patterns detected","metadata":{"patterns":["ignore all previous instructions"]}}}`,
    ],
  },

  // ---------------------------------------------------------------- credits, quota, key limits
  {
    id: 'openrouter/insufficient-credits',
    provider: 'openrouter',
    match: { messageIncludes: ['requires more credits', 'prompt tokens limit exceeded', 'insufficient credits'] },
    fault: 'quota',
    retryable: false,
    extract: ['max-tokens'],
    title: 'Not enough credits for this request',
    explanation:
      'OpenRouter checks before generating that the balance (or the key\'s credit limit) covers the worst case: the prompt plus max_tokens at the model\'s price. When the request sends no max_tokens, the model\'s full output limit is assumed, so even a short prompt can fail with "You requested up to N tokens, but can only afford M". A link to settings/keys means the per-key limit, settings/credits the account balance. This request reserved up to {maxTokens} tokens; the balance covers {affordable}.',
    fix: [
      'Set max_tokens (or max_completion_tokens) at or below the affordable number in the message.',
      'Add credits at https://openrouter.ai/settings/credits, or raise the key\'s limit at https://openrouter.ai/settings/keys.',
      'Or shorten the prompt / pick a cheaper model.',
    ],
    source: `${DOCS} ; https://github.com/Gitlawb/openclaude/issues/1125 ; https://github.com/anomalyco/opencode/issues/12219`,
    examples: [
      `API Error: 402 {"error":{"message":"This request requires more credits, or fewer max_tokens. You requested up to 32000 tokens, but can only afford 27342. To increase, visit https://openrouter.ai/settings/credits and upgrade to a paid account","code":402,"metadata":{"provider_name":null}},"user_id":"user_3D0IVsejFIV6kOYwkxFE9nKiq0g"}`,
      `402 Prompt tokens limit exceeded: 23229 > 14796. To increase, visit https://openrouter.ai/settings/credits and upgrade to a paid account`,
    ],
  },
  {
    id: 'openrouter/key-limit-exceeded',
    provider: 'openrouter',
    match: { messageIncludes: ['key limit exceeded'] },
    fault: 'quota',
    retryable: false,
    title: 'API key spending limit reached',
    explanation:
      'The API key has a credit limit (total, daily, weekly or monthly) and it is used up (HTTP 403). The account may still have credits; this key cannot spend them until the limit is raised or the period resets.',
    fix: [
      'Raise or remove the limit of this key at https://openrouter.ai/settings/keys, or use another key.',
      'For a daily/weekly/monthly limit, requests work again after the reset.',
    ],
    source: `${DOCS} ; ${LIMITS}`,
    examples: [
      `memory.add -> mem0_error: RuntimeError: [mem0] add exhausted all models [openrouter/openai/gpt-4o-mini]: Error code: 403 - Key limit exceeded (total limit)`,
    ],
  },
  {
    id: 'openrouter/free-models-per-day',
    provider: 'openrouter',
    match: { messageIncludes: ['free-models-per-day'] },
    fault: 'quota',
    retryable: false,
    title: 'Daily free-model request limit reached',
    explanation:
      'Free (":free") models have a per-day request allowance for the account (higher once the account has bought credits). It is used up, so retrying today keeps failing with 429.',
    fix: [
      'Wait for the daily reset (the X-RateLimit-Reset header says when), or add credits to unlock the larger free allowance.',
      'Or use a paid version of the model.',
    ],
    source: `${LIMITS} ; ${DOCS}`,
    examples: [
      `{"error":{"message":"Rate limit exceeded: free-models-per-day. Add 10 credits to unlock 1000 free model requests per day","code":429,"metadata":{"headers":{"X-RateLimit-Limit":"50","X-RateLimit-Remaining":"0","X-RateLimit-Reset":"1767225600000"},"provider_name":null}},"user_id":"user_2abcDEF"}`,
    ],
  },
  {
    id: 'openrouter/free-models-per-min',
    provider: 'openrouter',
    match: { messageIncludes: ['free-models-per-min'] },
    fault: 'rate-limit',
    retryable: true,
    extract: ['retry-after'],
    title: 'Per-minute free-model rate limit',
    explanation: 'Free (":free") models allow only a few requests per minute per account, and this one went over that rate.',
    fix: ['Wait until the minute window passes (honour Retry-After) and send requests more slowly.'],
    source: LIMITS,
    examples: [
      `POST https://openrouter.ai/api/v1/chat/completions
HTTP/1.1 429 Too Many Requests
Retry-After: 1
content-type: application/json

{"error":{"message":"Rate limit exceeded: free-models-per-min.","code":429}}`,
    ],
  },

  // ---------------------------------------------------------------- upstream provider answers
  {
    id: 'openrouter/upstream-rate-limited',
    provider: 'openrouter',
    match: { status: [429], messageIncludes: ['provider returned error', 'rate-limited upstream'] },
    passesOn: true,
    fault: 'rate-limit',
    retryable: true,
    extract: ['retry-after'],
    title: 'Rate-limited by the upstream provider',
    explanation:
      'OpenRouter itself accepted the request, but the provider behind the model (metadata.provider_name) refused it with a 429; metadata.raw carries its message, often "... is temporarily rate-limited upstream" for free models that share one pool (metadata.limit_source upstream_provider_shared_pool). The response asks to wait {wait}.',
    fix: [
      'Retry shortly with backoff (honour Retry-After or metadata.retry_after_seconds).',
      'Add your own key for that provider (https://openrouter.ai/settings/integrations) so your own limits apply, or allow other providers / a paid variant of the model.',
    ],
    source: `${DOCS} ; https://github.com/open-webui/computer/issues/293 ; https://github.com/Aculeasis/openrouter-proxy/issues/1`,
    examples: [
      `Error code: 429 - {'error': {'message': 'Provider returned error', 'code': 429, 'metadata': {'raw': 'google/gemma-4-26b-a4b-it:free is temporarily rate-limited upstream. Please retry shortly, or add your own key to accumulate your rate limits: https://openrouter.ai/settings/integrations', 'provider_name': 'Google AI Studio', 'is_byok': False}}, 'user_id': 'user_3DaAYF7ByXXxR6yTJfys0LcehB8'}`,
      `HTTP 429: {"error":{"message":"Provider returned error","code":429,"metadata":{"raw":"qwen/qwen3.8-flash is temporarily rate-limited upstream. Please retry shortly, or add your own key to accumulate your rate limits: https://openrouter.ai/settings/integrations","provider_name":"Alibaba","is_byok":false,"limit_source":"upstream_provider_shared_pool"}}}`,
    ],
  },
  {
    id: 'openrouter/provider-rejected-request',
    provider: 'openrouter',
    match: { status: [400], messageIncludes: ['provider returned error'] },
    passesOn: true,
    fault: 'request',
    retryable: false,
    title: 'The upstream provider rejected the request',
    explanation:
      'OpenRouter forwarded the request and the provider (metadata.provider_name) answered 400. The real reason is in metadata.raw: often a parameter or message format that this provider does not accept even though OpenRouter does, or a location or account restriction of the provider.',
    fix: [
      'Read metadata.raw and fix what the provider complains about (it is that provider\'s own error text).',
      'If only this provider rejects it, exclude it with provider routing (provider.ignore) or pin another provider.',
    ],
    source: `${DOCS} ; ${ROUTING}`,
    examples: [
      // a provider the catalog does not know: OpenRouter's entry speaks (for a known one, that provider's entry
      // does, with OpenRouter as the hop: test/errors/one-message.test.ts)
      `{"error":{"message":"Provider returned error","code":400,"metadata":{"raw":"{\\"error\\":{\\"message\\":\\"Extra inputs are not permitted\\",\\"type\\":\\"BadRequestError\\"}}","provider_name":"Fireworks"}}}`,
    ],
  },
  {
    id: 'openrouter/provider-error',
    provider: 'openrouter',
    match: { status: [502], messageIncludes: ['provider returned error', 'upstream error from', 'no endpoints could satisfy the request'] },
    passesOn: true,
    fault: 'upstream',
    retryable: true,
    title: 'The upstream provider failed',
    explanation:
      'The model\'s provider is down or returned something OpenRouter could not use (HTTP 502). metadata.provider_name says which one and metadata.raw what it sent; after tokens started streaming, the same error arrives as an SSE chunk with finish_reason "error" on an HTTP 200.',
    fix: [
      'Retry after a short wait; OpenRouter may route the retry to another provider.',
      'If one provider keeps failing, exclude it with provider routing or allow fallbacks to other providers/models.',
    ],
    source: `${DOCS} ; https://github.com/cline/cline/issues/5449`,
    examples: [
      `{"error":{"message":"Provider returned error","code":502,"metadata":{"raw":"upstream connect error","provider_name":"Flaky"}}}`,
      `OpenRouter Mid-Stream Error: {
  "message": "Upstream error from AtlasCloud: Unexpected token 173781 while expecting start token 200006",
  "code": 502,
  "metadata": {
    "raw": {"object": "error", "message": "Unexpected token 173781 while expecting start token 200006", "type": "BadRequestError", "param": null, "code": 400},
    "provider_name": "AtlasCloud"
  }
}`,
    ],
  },

  // ---------------------------------------------------------------- routing and model ids
  {
    id: 'openrouter/no-allowed-providers',
    provider: 'openrouter',
    match: { messageIncludes: ['no allowed providers are available'] },
    fault: 'request',
    retryable: false,
    title: 'No allowed provider serves this model',
    explanation:
      'Every provider that serves the model is excluded by your own routing settings: the account\'s Allowed/Ignored Providers or data policy (https://openrouter.ai/settings/privacy), or the request\'s provider.only / provider.order. metadata.available_providers and requested_providers show the mismatch.',
    fix: [
      'Allow one of metadata.available_providers in the account settings, or remove the restrictive provider.only from the request.',
      'Or pick a model that an allowed provider serves.',
    ],
    source: `${ROUTING} ; https://github.com/farion1231/cc-switch/issues/995 ; https://github.com/musistudio/claude-code-router/issues/285`,
    examples: [
      `litellm.NotFoundError: NotFoundError: OpenrouterException - {"error":{"message":"No allowed providers are available for the selected model.","code":404,"metadata":{"available_providers":["google-ai-studio","liquid","arcee-ai","stepfun","open-inference","venice","nvidia"],"requested_providers":["openai","mistral","cloudflare"]}}}`,
    ],
  },
  {
    id: 'openrouter/no-endpoints',
    provider: 'openrouter',
    match: { messageIncludes: ['no endpoints found'] },
    fault: 'request',
    retryable: false,
    title: 'No endpoint supports this request',
    explanation:
      'No provider of this model can take the request as written: none supports tool use, the given tool_choice, image or video input, or your data policy; or the model (often a former ":free" variant) has no endpoints left at all.',
    fix: [
      'Remove the feature named in the message (tools, tool_choice, an input modality) or choose a model whose endpoints support it.',
      'For "No endpoints found for <model>", check the model page; the model or its free variant may have been withdrawn.',
      'For "matching your data policy", relax the privacy settings or pick another model.',
    ],
    source: `${ROUTING} ; https://github.com/evalstate/fast-agent/issues/122 ; https://github.com/zed-industries/zed/issues/36094`,
    examples: [
      `Error code: 404 - {'error': {'message': 'No endpoints found that support tool use. To learn more about provider routing, visit: https://openrouter.ai/docs/provider-routing', 'code': 404}}`,
      `openrouter API 404: No endpoints found for deepseek/deepseek-v4.1-flash.`,
    ],
  },
  {
    id: 'openrouter/invalid-model-id',
    provider: 'openrouter',
    match: { messageIncludes: ['is not a valid model id'] },
    fault: 'request',
    retryable: false,
    rule: 'unknown-model',
    title: 'Not a valid model id',
    explanation:
      'OpenRouter has no model with this id. Its ids are "vendor/model" (for example "deepseek/deepseek-chat"), and a provider\'s own id, a typo or a retired model is refused.',
    fix: ['Copy the id from https://openrouter.ai/models (or GET /api/v1/models), including the vendor prefix and any ":free" suffix.'],
    source: `https://openrouter.ai/docs/api/reference/overview ; ${DOCS}`,
    examples: [
      `POST https://openrouter.ai/api/v1/chat/completions
{"error":{"message":"deepseek/deepseek-r1 is not a valid model ID","code":400},"user_id":"user_2pQ7rT"}`,
    ],
  },
  {
    id: 'openrouter/context-length-exceeded',
    provider: 'openrouter',
    match: { messageIncludes: ['maximum context length is'] },
    fault: 'request',
    retryable: false,
    rule: 'context-window-exceeded',
    extract: ['context-overflow'],
    title: 'Prompt longer than the context window',
    explanation:
      'The prompt plus requested output is larger than the context length of the chosen endpoint (providers of the same model can differ). The same request always fails on that endpoint. It asked for {tokens} tokens against a window of {limit}.',
    fix: [
      'Shorten the history or documents, or lower max_tokens.',
      'Or route to a provider/model with a longer context (the model page lists each provider\'s context length).',
    ],
    source: `${DOCS} ; https://github.com/ai-christianson/RA.Aid/issues/41`,
    examples: [
      `{"error":{"message":"This endpoint's maximum context length is 131072 tokens. However, you requested about 138731 tokens (67000 of text input, 328 of tool input, 71340 in the output).","code":400,"metadata":{"provider_name":null}},"user_id":"user_2c9XkQ"}`,
    ],
  },

  // ---------------------------------------------------------------- authentication
  {
    id: 'openrouter/invalid-credentials',
    provider: 'openrouter',
    match: { messageIncludes: ['no auth credentials found', 'user not found', 'no cookie auth credentials found'] },
    fault: 'auth',
    retryable: false,
    title: 'Invalid or missing OpenRouter key',
    explanation:
      'OpenRouter did not get a usable key (HTTP 401): the Authorization header is missing or not "Bearer sk-or-v1-...", the key has quotes or spaces around it, it was deleted or disabled ("User not found."), or a key of another provider was sent.',
    fix: [
      'Send `Authorization: Bearer <OpenRouter key>` and check the key is not empty in the running process.',
      'Create a new key at https://openrouter.ai/settings/keys if it was deleted or disabled.',
    ],
    source: DOCS,
    examples: [
      `FAIL  openrouter  HTTP 401: No auth credentials found`,
      `POST https://openrouter.ai/api/v1/chat/completions
{"error":{"message":"User not found.","code":401}}`,
    ],
  },

  // ---------------------------------------------------------------- the documented status table (fallbacks)
  {
    id: 'openrouter/bad-request',
    provider: 'openrouter',
    match: { status: [400] },
    fault: 'request',
    retryable: false,
    title: 'Bad request (400)',
    explanation: 'The request has invalid or missing parameters (or a CORS problem when called from a browser); the message says which.',
    fix: ['Fix the parameters named in the message; if metadata.raw is present, it is the upstream provider\'s own explanation.'],
    source: DOCS,
    examples: [`requests.exceptions.HTTPError: 400 Client Error: Bad Request for url: https://openrouter.ai/api/v1/chat/completions`],
  },
  {
    id: 'openrouter/unauthorized',
    provider: 'openrouter',
    match: { status: [401] },
    fault: 'auth',
    retryable: false,
    title: 'Invalid credentials (401)',
    explanation: 'The API key is missing, invalid or disabled, or the OAuth session expired.',
    fix: ['Check the Authorization header and the key at https://openrouter.ai/settings/keys.'],
    source: DOCS,
    examples: [`requests.exceptions.HTTPError: 401 Client Error: Unauthorized for url: https://openrouter.ai/api/v1/chat/completions`],
  },
  {
    id: 'openrouter/payment-required',
    provider: 'openrouter',
    match: { status: [402] },
    fault: 'quota',
    retryable: false,
    title: 'Insufficient credits (402)',
    explanation: 'The account or the API key does not have enough credits for this request; even free models can fail while the balance is negative.',
    fix: ['Add credits (https://openrouter.ai/settings/credits) or raise the key limit, then retry; or lower max_tokens.'],
    source: DOCS,
    examples: [`requests.exceptions.HTTPError: 402 Client Error: Payment Required for url: https://openrouter.ai/api/v1/chat/completions`],
  },
  {
    id: 'openrouter/forbidden',
    provider: 'openrouter',
    match: { status: [403] },
    fault: 'content-filter',
    retryable: false,
    title: 'Forbidden (403)',
    explanation:
      'OpenRouter refused the request: most often moderation flagged the input or a guardrail blocked it; it can also be missing permissions or a key limit. The message and metadata say which.',
    fix: [
      'If the message mentions moderation or a block, change the flagged input; if it mentions a key limit, raise it in the key settings.',
    ],
    source: DOCS,
    examples: [`requests.exceptions.HTTPError: 403 Client Error: Forbidden for url: https://openrouter.ai/api/v1/chat/completions`],
  },
  {
    id: 'openrouter/timeout',
    provider: 'openrouter',
    match: { status: [408] },
    fault: 'upstream',
    retryable: true,
    title: 'Request timed out (408)',
    explanation: 'The request took too long and was cut off before a response was produced.',
    fix: ['Retry; for long generations use streaming so the connection stays active, or lower max_tokens.'],
    source: DOCS,
    examples: [`requests.exceptions.HTTPError: 408 Client Error: Request Timeout for url: https://openrouter.ai/api/v1/chat/completions`],
  },
  {
    id: 'openrouter/rate-limited',
    provider: 'openrouter',
    match: { status: [429] },
    fault: 'rate-limit',
    retryable: true,
    extract: ['retry-after'],
    title: 'Rate limited (429)',
    explanation: 'Too many requests, from OpenRouter\'s own limits or the upstream provider\'s. OpenRouter may send a Retry-After header with the seconds to wait. Here it asks to wait {wait}.',
    fix: [
      'Wait for Retry-After (or back off exponentially) and retry.',
      'If the message mentions free-models-per-day, it is a daily allowance: add credits or wait for the reset.',
    ],
    source: `${DOCS} ; ${LIMITS}`,
    examples: [
      `POST https://openrouter.ai/api/v1/chat/completions
HTTP/1.1 429 Too Many Requests
Retry-After: 60
content-type: application/json`,
    ],
  },
  {
    id: 'openrouter/bad-gateway',
    provider: 'openrouter',
    match: { status: [502] },
    fault: 'upstream',
    retryable: true,
    title: 'Model down or invalid upstream response (502)',
    explanation: 'The chosen model\'s provider is down, or OpenRouter received an invalid response from it.',
    fix: ['Retry after a short wait, or allow fallback providers/models.'],
    source: DOCS,
    examples: [`requests.exceptions.HTTPError: 502 Server Error: Bad Gateway for url: https://openrouter.ai/api/v1/chat/completions`],
  },
  {
    id: 'openrouter/no-available-provider',
    provider: 'openrouter',
    match: { status: [503] },
    fault: 'upstream',
    retryable: true,
    extract: ['retry-after'],
    title: 'No provider available for your routing requirements (503)',
    explanation:
      'No provider of the model meets the request\'s routing requirements right now: all suitable providers are down or at capacity, or the requirements (provider.only, max_price, quantizations, data policy) leave none.',
    fix: [
      'Retry after Retry-After if the providers are only temporarily unavailable.',
      'If it persists, relax the provider routing constraints in the request or account settings, or pick another model.',
    ],
    source: `${DOCS} ; ${ROUTING}`,
    examples: [`requests.exceptions.HTTPError: 503 Server Error: Service Unavailable for url: https://openrouter.ai/api/v1/chat/completions`],
  },
];
