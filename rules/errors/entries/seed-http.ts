/**
 * Seed 000 (a chat client's FAQ, English) and its French twin 003: the HTTP status-code table
 * (400, 401, 403, 404, 422, 429, 500, 501, 502, 503, 504) as status-only fallbacks that match
 * whoever answered, plus the FAQ's four "common cases" of a 400 as entries of their own, recognised
 * by the providers' real wording.
 *
 * The status-only entries are deliberately cautious: a bare status says little (a 429 can be a
 * quota, a 400 can be billing), so their text says what the status usually means and what to read
 * next. Provider entries with a code or a message win over these.
 */
import type { ErrorEntry } from '../types.ts';

const SEED = 'seed 000_02c9d96caa861831.txt (fr: 003_b4ba871b90dc0e7b.txt)';
const RFC = 'https://www.rfc-editor.org/rfc/rfc9110.html';

export const ENTRIES: ErrorEntry[] = [
  // ---------------------------------------------------------------- status table
  {
    id: 'seed/http-400',
    provider: 'any',
    match: { status: [400] },
    fault: 'request',
    retryable: false,
    title: 'Bad request (400)',
    explanation:
      'The server understood the call but rejected the request itself: malformed JSON, a missing or misspelled field, a parameter the model does not take, content that is too long or too large. Some providers also answer 400 for billing (Gemini without billing, DashScope Arrearage, Anthropic credit balance) or moderation, so read the message.',
    fix: [
      'Read the error message (or the Response tab of the failing request in the developer console) and change what it names.',
      'Gemini: the account may need billing enabled (a card bound); vision models: the image may exceed the upstream size limit.',
      'Remove parameters you added by hand, or test with a fresh, default assistant/request to see which one breaks it.',
      'If the conversation is long, clear the context, start a new conversation or send fewer history items.',
    ],
    source: `${SEED}; ${RFC}#name-400-bad-request`,
    examples: [
      'HTTP/1.1 400 Bad Request\ncontent-type: application/json\ncontent-length: 0\n',
      'Error: 400 status code (no body)',
    ],
  },
  {
    id: 'seed/http-401',
    provider: 'any',
    match: { status: [401] },
    fault: 'auth',
    retryable: false,
    title: 'Authentication failed (401)',
    explanation:
      "The server did not accept the credentials: the API key is missing, mistyped, revoked, or belongs to another service or region (a relay key sent to the provider, a provider key sent to a relay). The FAQ also lists a model the key may not use and a suspended provider account.",
    fix: [
      'Check that the key is sent (Authorization: Bearer …, x-api-key, or ?key=) without quotes or stray spaces.',
      'Check that key and base URL belong together (same provider, same region, same relay).',
      "Check the provider account's status (suspended, unpaid) and whether the key may use this model.",
    ],
    source: `${SEED}; ${RFC}#name-401-unauthorized`,
    examples: ['HTTP/1.1 401 Unauthorized\ncontent-length: 0\n', 'requests.exceptions.HTTPError: 401 Client Error: Unauthorized for url: https://llm.example.com/v1/chat/completions'],
  },
  {
    id: 'seed/http-403',
    provider: 'any',
    match: { status: [403] },
    fault: 'auth',
    retryable: false,
    title: 'Forbidden (403)',
    explanation:
      'The credentials were recognised but are not allowed to do this: the model or endpoint is not enabled for the account, the region or IP is blocked, or (on a relay) the token may not use this model or the balance is used up. The body usually says which.',
    fix: [
      'Read the error message; it normally names the missing permission, model or region.',
      'Enable or request access to the model in the provider console, or use one the key is allowed to call.',
      'On a relay, check the token’s model list and the account balance in the relay console.',
    ],
    source: `${SEED}; ${RFC}#name-403-forbidden`,
    examples: ['HTTP/1.1 403 Forbidden\ncontent-type: text/plain\n\nForbidden'],
  },
  {
    id: 'seed/http-404',
    provider: 'any',
    match: { status: [404] },
    fault: 'request',
    retryable: false,
    title: 'Not found (404)',
    explanation:
      'Nothing answers at that address for that resource: the path is wrong (a missing or doubled /v1 in the base URL), the model id does not exist or is retired, or (Azure) the deployment name is not the one in the URL.',
    fix: [
      'Check the request path against the API reference; a base URL ending in /v1 plus a path starting with /v1 gives /v1/v1.',
      'Check the model id exactly (spelling, dots vs dashes, no trailing space, no other provider’s prefix).',
    ],
    source: `${SEED}; ${RFC}#name-404-not-found`,
    examples: ['HTTP/1.1 404 Not Found\ncontent-type: text/html\n\n<html><body>404 page not found</body></html>'],
  },
  {
    id: 'seed/http-422',
    provider: 'any',
    match: { status: [422] },
    fault: 'request',
    retryable: false,
    title: 'Unprocessable request (422)',
    explanation:
      'The body is valid JSON but its values do not fit the schema: a null where a value is required, a number or boolean where a string is expected, an unknown enum value. The server could parse it but not process it.',
    fix: [
      'Read the validation detail (it usually names the field path, e.g. body.messages.0.content).',
      'Send each field with the type the API documents; drop fields set to null.',
    ],
    source: `${SEED}; ${RFC}#name-422-unprocessable-content`,
    examples: ['openai.UnprocessableEntityError: Error code: 422'],
  },
  {
    id: 'seed/http-429',
    provider: 'any',
    match: { status: [429] },
    fault: 'rate-limit',
    retryable: true,
    extract: ['retry-after'],
    title: 'Too many requests (429)',
    explanation:
      'The request rate (requests or tokens per minute) went over a limit, so the server refused it for now. Careful: many providers also answer 429 when the quota or balance is used up, and then waiting does not help; read the body before retrying.',
    fix: [
      'Wait (honour Retry-After when it is sent) and retry with exponential backoff.',
      'Lower concurrency or tokens per request; spread requests over time.',
      'If the body mentions quota, billing, credits or a daily limit, top up or raise the quota instead of retrying.',
    ],
    source: `${SEED}; ${RFC.replace('rfc9110', 'rfc6585')}#section-4`,
    examples: ['HTTP/1.1 429 Too Many Requests\nretry-after: 20\ncontent-length: 0\n', 'Error: 429 status code (no body)'],
  },
  {
    id: 'seed/http-500',
    provider: 'any',
    match: { status: [500] },
    fault: 'upstream',
    retryable: true,
    title: 'Internal server error (500)',
    explanation:
      'The server failed while handling the request and could not say more. Usually transient on the provider side; on some services (Gemini) a very long input can also end as a 500.',
    fix: [
      'Retry after a short wait.',
      'If it keeps failing with the same request, shorten the input or try another model, and report the request id to the provider.',
    ],
    source: `${SEED}; ${RFC}#name-500-internal-server-error`,
    examples: ['openai.InternalServerError: Error code: 500'],
  },
  {
    id: 'seed/http-501',
    provider: 'any',
    match: { status: [501] },
    fault: 'request',
    retryable: false,
    title: 'Not implemented (501)',
    explanation:
      'The server does not support the function the request asks for: typically an endpoint or feature (Responses API, embeddings, images, audio) that this server, relay or channel does not implement.',
    fix: [
      'Use an endpoint the server documents (for example /v1/chat/completions instead of /v1/responses).',
      'On a relay, ask the operator whether the channel supports this endpoint, or pick another model/channel.',
    ],
    source: `${SEED}; ${RFC}#name-501-not-implemented`,
    examples: ['HTTP/1.1 501 Not Implemented\ncontent-length: 0\n'],
  },
  {
    id: 'seed/http-502',
    provider: 'any',
    match: { status: [502] },
    fault: 'upstream',
    retryable: true,
    title: 'Bad gateway (502)',
    explanation:
      'A gateway or proxy (a relay, a load balancer, Cloudflare) got an invalid answer from the server behind it. Transient when the upstream hiccups; persistent when the gateway points at the wrong address or gets an HTML page instead of JSON.',
    fix: [
      'Retry after a short wait.',
      'If it persists, check the base URL configured in the gateway or relay channel, and the upstream’s status page.',
    ],
    source: `${SEED}; ${RFC}#name-502-bad-gateway`,
    examples: ['unexpected status 502 Bad Gateway: upstream connect error or disconnect/reset before headers, url: https://llm.example.com/v1/responses'],
  },
  {
    id: 'seed/http-503',
    provider: 'any',
    match: { status: [503] },
    fault: 'upstream',
    retryable: true,
    extract: ['retry-after'],
    title: 'Service unavailable (503)',
    explanation:
      'The server is temporarily overloaded or in maintenance and could not take the request; the Retry-After header may say how long to wait. On a relay, 503 can also mean no channel is available for the model.',
    fix: [
      'Wait (Retry-After when present) and retry with backoff.',
      'Switch to another model or region if the overload lasts; on a relay, read the message for "no available channel".',
    ],
    source: `${SEED}; ${RFC}#name-503-service-unavailable`,
    examples: ['HTTP/1.1 503 Service Unavailable\nretry-after: 30\ncontent-type: text/plain\n\nService Unavailable'],
  },
  {
    id: 'seed/http-504',
    provider: 'any',
    match: { status: [504] },
    fault: 'upstream',
    retryable: true,
    title: 'Gateway timeout (504)',
    explanation:
      'A gateway or proxy gave up waiting for the server behind it. Long generations without streaming are the usual cause: the gateway’s timeout is shorter than the time the model needs.',
    fix: [
      'Retry; use streaming for long outputs so bytes flow before the gateway times out.',
      'Lower max tokens or split the task if it keeps timing out.',
    ],
    source: `${SEED}; ${RFC}#name-504-gateway-timeout`,
    examples: ['HTTP/1.1 504 Gateway Time-out\nserver: nginx\ncontent-type: text/html\n\n<html><head><title>504 Gateway Time-out</title></head><body><center><h1>504 Gateway Time-out</h1></center><hr><center>nginx</center></body></html>'],
  },
  // statuses the FAQ's table lacks, seen in real pastes with no code or known wording (issue 10)
  {
    id: 'seed/http-402',
    provider: 'any',
    match: { status: [402] },
    fault: 'quota',
    retryable: false,
    title: 'Payment required (402)',
    explanation:
      'The service wants payment before it answers: the account, key or relay balance is empty or too low for this request (DeepSeek, OpenRouter, Together and many relays answer 402 for it). Retrying unchanged fails until the balance is topped up.',
    fix: [
      'Check the balance or credits of the account or key that sent the request (or of the relay in front) and top it up.',
      'When the message says the balance covers fewer tokens, lower max_tokens or shorten the request.',
    ],
    source: `${RFC}#name-402-payment-required ; https://api-docs.deepseek.com/quick_start/error_codes ; https://openrouter.ai/docs/api-reference/errors`,
    examples: ['HTTP/1.1 402 Payment Required\ncontent-length: 0\n'],
  },
  {
    id: 'seed/http-408',
    provider: 'any',
    match: { status: [408] },
    fault: 'upstream',
    retryable: true,
    title: 'Request timeout (408)',
    explanation:
      'The server (or a gateway in front) closed the connection because the request or the answer took too long. The request itself is usually fine.',
    fix: ['Retry with backoff; stream long answers so bytes keep flowing.', 'Raise the client timeout, or lower max tokens if it keeps timing out.'],
    source: `${RFC}#name-408-request-timeout`,
    examples: ['HTTP/1.1 408 Request Timeout\nconnection: close\ncontent-length: 0\n'],
  },
  {
    id: 'seed/http-413',
    provider: 'any',
    match: { status: [413] },
    fault: 'request',
    retryable: false,
    title: 'Request too large (413)',
    explanation:
      'The request body is bigger than the server or a proxy in front of it accepts: long conversations, large tool results or inline images and files. The same body fails again; it has to shrink.',
    fix: [
      'Send less: drop or summarise older turns and large tool results, or resize and compress images.',
      'Upload large files through the provider’s files API and reference them, instead of inlining them as base64.',
    ],
    source: `${RFC}#name-413-content-too-large ; https://platform.claude.com/docs/en/api/overview#request-size-limits`,
    examples: ['HTTP/1.1 413 Content Too Large\ncontent-length: 0\n'],
  },
  {
    id: 'seed/http-529',
    provider: 'any',
    match: { status: [529] },
    fault: 'upstream',
    retryable: true,
    title: 'Overloaded (529)',
    explanation:
      'The service is temporarily overloaded (Anthropic’s and several relays’ non-standard 529). It is not caused by the request or the account’s limits.',
    fix: ['Retry with exponential backoff.', 'If it persists, check the provider’s status page or try another model or region.'],
    source: 'https://platform.claude.com/docs/en/api/errors',
    examples: ['HTTP/1.1 529\ncontent-length: 0\n'],
  },
  {
    id: 'seed/http-52x',
    provider: 'any',
    match: { status: [520, 521, 522, 523, 524] },
    fault: 'upstream',
    retryable: true,
    title: 'The proxy could not get an answer from the server behind it (52x)',
    explanation:
      'An edge proxy (Cloudflare’s 520–524) reached no usable answer from the origin: it returned nothing valid (520), was down (521), did not answer in time (522, 524) or could not be reached (523). The request itself is usually not the cause.',
    fix: [
      'Retry with backoff; for 524, stream long answers so the origin replies before the proxy’s timeout.',
      'If it persists, the API or relay behind the proxy is down: check its status, or call the provider directly.',
    ],
    source: 'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/',
    examples: ['HTTP/1.1 522\nserver: cloudflare\ncontent-length: 0\n'],
  },

  // ---------------------------------------------------------------- the FAQ's common 400 cases
  {
    // [Common Case 1] "If it is a gemini model, you may need to bind a card".
    id: 'seed/gemini-billing-required',
    provider: 'gemini',
    match: { messageIncludes: ['is only accessible to billed users'] },
    fault: 'quota',
    retryable: false,
    title: 'Gemini model needs billing (bind a card)',
    explanation:
      'Google only serves this model (Imagen, Veo, and other paid-only Gemini API models) to projects with billing enabled, i.e. a payment card bound to the Google Cloud project behind the API key. This is the seed FAQ’s first common 400 case; the related "free tier is not available in your country" error is explained by gemini/free-tier-unavailable.',
    fix: [
      'In Google AI Studio, set up billing for the project that owns the API key (bind a card), then use a key of that project.',
      'Or pick a model the free tier includes.',
    ],
    source: `${SEED}; https://ai.google.dev/gemini-api/docs/billing ; https://ai.google.dev/gemini-api/docs/troubleshooting`,
    examples: [
      '400 - Imagen API is only accessible to billed users at this time.',
      '{\n  "error": {\n    "code": 400,\n    "message": "Imagen API is only accessible to billed users at this time.",\n    "status": "INVALID_ARGUMENT"\n  }\n}',
    ],
  },
  {
    // [Common Case 2] "image volume exceeding the upstream single request traffic limit".
    id: 'seed/image-too-large',
    provider: 'any',
    match: { messageIncludes: ['request entity too large'] },
    fault: 'request',
    retryable: false,
    rule: 'image-too-large',
    title: 'Request (image) larger than the upstream accepts',
    explanation:
      'The request body, usually because of an inline base64 image, is bigger than the server or gateway in front of the model accepts in one request, so it was refused before reaching the model. Vision models hit this most. This is the seed FAQ’s second common 400 case; the providers’ own per-image limits (Anthropic 5 MB, OpenAI 20 MB, Gemini payload size, DashScope 10 MB per data URI) have their own entries.',
    fix: [
      'Resize or recompress the image (a long side of about 1500–2000 px is plenty for most vision models).',
      'Send fewer images per request, or upload the file and pass a URL or file id instead of base64.',
      'If you run the gateway (nginx client_max_body_size, a relay), raise its body size limit.',
    ],
    source: `${SEED}; https://platform.openai.com/docs/guides/images-vision ; https://nginx.org/en/docs/http/ngx_http_core_module.html#client_max_body_size`,
    examples: [
      '400 - Request Entity Too Large',
      'HTTP/1.1 413 Request Entity Too Large\nserver: nginx\ncontent-type: text/html\n\n<html>\n<head><title>413 Request Entity Too Large</title></head>\n<body>\n<center><h1>413 Request Entity Too Large</h1></center>\n<hr><center>nginx</center>\n</body>\n</html>',
    ],
  },
  {
    // [Common Case 3] "Added unsupported parameters or parameter filling errors".
    id: 'seed/unsupported-parameter',
    provider: 'any',
    match: { messageIncludes: ['argument not supported on this model', 'does not support parameter'] },
    fault: 'request',
    retryable: false,
    rule: 'model-unsupported-parameter',
    title: 'Parameter not supported by this model',
    explanation:
      'The request carries a parameter this model does not accept (a reasoning effort, a penalty, a thinking setting), or fills one in wrongly, and the server rejects it instead of ignoring it. This is the seed FAQ’s third common 400 case; OpenAI, Gemini and Anthropic wordings of it have their own entries.',
    fix: [
      'Remove the parameter the message names (or send it only to models that support it).',
      'In a chat client, test with a fresh assistant with default settings; re-add custom parameters one at a time.',
    ],
    source: `${SEED}; https://docs.x.ai/docs/guides/reasoning`,
    examples: [
      '400 - Argument not supported on this model: reasoning_effort',
      '{"code":"Client specified an invalid argument","error":"Argument not supported on this model: presencePenalty"}',
      '{"error": "Model grok-4-1-fast does not support parameter reasoningEffort."}',
    ],
  },
  {
    // [Common Case 4] "Context exceeds limit".
    id: 'seed/context-too-long',
    provider: 'any',
    match: {
      messageIncludes: ['exceeds the available context size', 'too large for model with', 'context length exceeded'],
    },
    fault: 'request',
    retryable: false,
    rule: 'context-window-exceeded',
    extract: ['context-overflow'],
    title: 'Context too long',
    explanation:
      'The conversation (history plus the new message, and on some APIs the requested output) is longer than the model’s context window, so the provider refused it. Chat clients resend the whole history each turn, which is how long chats end here. This is the seed FAQ’s fourth common 400 case (here in the wording of llama.cpp and other OpenAI-compatible servers; OpenAI, Anthropic, Gemini and DashScope wordings have their own entries).',
    fix: [
      'Clear the context or start a new conversation.',
      'Send fewer history messages (lower the context count setting), summarise old turns, or lower max tokens.',
      'Or switch to a model with a larger context window.',
    ],
    source: `${SEED}; https://platform.openai.com/docs/guides/error-codes ; https://github.com/ggml-org/llama.cpp/tree/master/tools/server`,
    examples: [
      '400 - request (9216 tokens) exceeds the available context size (8192 tokens), try increasing it',
      '{"error":{"code":400,"message":"request (9216 tokens) exceeds the available context size (8192 tokens), try increasing it","type":"exceed_context_size_error","n_prompt_tokens":9216,"n_ctx":8192}}',
    ],
  },
];
