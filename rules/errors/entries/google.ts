/**
 * Google Gemini API and Vertex AI error catalog entries.
 *
 * Shape: google.rpc.Status over HTTP, `{"error":{"code":429,"message":"...","status":"RESOURCE_EXHAUSTED",
 * "details":[ErrorInfo{reason}, QuotaFailure{violations[].quotaId}, RetryInfo{retryDelay}, ...]}}`; streaming
 * endpoints wrap it in an array. No rate-limit headers: the wait is RetryInfo.retryDelay (and "Please retry in
 * Ns." in the message). Safety blocks are not HTTP errors: a 200 with promptFeedback.blockReason or
 * candidates[].finishReason.
 * Sources: https://ai.google.dev/gemini-api/docs/troubleshooting (status table),
 * https://ai.google.dev/gemini-api/docs/rate-limits, https://cloud.google.com/vertex-ai/generative-ai/docs/error-code-429,
 * https://ai.google.dev/api/generate-content#v1beta.GenerateContentResponse (blockReason / finishReason).
 */
import type { ErrorEntry } from '../types.ts';

const TROUBLE = 'https://ai.google.dev/gemini-api/docs/troubleshooting';
const RATE = 'https://ai.google.dev/gemini-api/docs/rate-limits';
const VERTEX_429 = 'https://cloud.google.com/vertex-ai/generative-ai/docs/error-code-429';
const RESPONSE_DOC = 'https://ai.google.dev/api/generate-content#v1beta.GenerateContentResponse';

/** The messages Google sends with a 429 (the same words for per-minute and per-day quotas). */
const QUOTA_PHRASES = [
  'you exceeded your current quota',
  'quota exceeded for metric',
  'quota exceeded for quota metric',
  'resource has been exhausted',
  'resource exhausted',
];

/** Shared by the per-minute rate-limit entries (with a known 429 message, and the bare status fallback). */
const RATE_TEXT = {
  fault: 'rate-limit',
  retryable: true,
  title: 'Rate limit reached',
  explanation:
    'The project sent more requests or tokens per minute than its tier allows for this model. Per-minute limits refill quickly: the same request succeeds after the delay given in RetryInfo.retryDelay ("Please retry in Ns."). If the QuotaFailure detail names a PerDay quota instead, waiting a minute will not help.',
  fix: [
    'Wait for retryDelay, then retry with exponential backoff and jitter.',
    'Lower concurrency or send smaller requests; the QuotaFailure detail says which limit (requests or input tokens per minute).',
    'For sustained load, enable billing or request a higher tier.',
  ],
  extract: ['retry-after'],
  source: `${RATE} ; ${TROUBLE}`,
} satisfies Omit<ErrorEntry, 'id' | 'provider' | 'match' | 'examples'>;

/** Shared by the two daily-quota entries (a structured body, and a text form with the quota in the message). */
const DAILY_TEXT = {
  fault: 'quota',
  retryable: false,
  title: 'Daily quota used up',
  explanation:
    'The quota that ran out is a per-day one (its id or metric says PerDay / per_day). Unlike a per-minute limit it does not refill in seconds: the retry delay in the answer is misleading, and every request for this model fails until the daily reset.',
  fix: [
    'Wait for the daily reset (midnight Pacific time), or switch to another model, which has its own quota.',
    'Enable billing / move to a higher tier to raise the daily limit.',
    'Stop automatic retries on this error: they only add failed calls.',
  ],
  extract: ['quota-limit'],
  source: `${RATE} ; https://ai.google.dev/gemini-api/docs/troubleshooting`,
} satisfies Omit<ErrorEntry, 'id' | 'provider' | 'match' | 'examples'>;

export const ENTRIES: ErrorEntry[] = [
  // ── 400 INVALID_ARGUMENT: specific messages ────────────────────────────────────────────────────
  {
    id: 'gemini/api-key-invalid',
    provider: 'gemini',
    match: { codes: ['API_KEY_INVALID', 'INVALID_ARGUMENT'], messageIncludes: ['api key not valid', 'api key expired'] },
    fault: 'auth',
    retryable: false,
    title: 'API key not valid',
    explanation:
      'Google rejected the API key. Unlike most providers, the Gemini API reports a bad key as 400 INVALID_ARGUMENT (ErrorInfo reason API_KEY_INVALID), not 401 — the request body is not the problem.',
    fix: [
      'Create or copy a key in Google AI Studio and send it as the x-goog-api-key header (or ?key=).',
      'Check for truncation, stray quotes or whitespace, and that the key was not deleted or expired.',
      'Make sure the key is for the Gemini API (generativelanguage.googleapis.com), not another Google service.',
    ],
    source: `${TROUBLE} ; https://ai.google.dev/gemini-api/docs/api-key`,
    examples: [
      '{"error":{"code":400,"message":"API key not valid. Please pass a valid API key.","status":"INVALID_ARGUMENT","details":[{"@type":"type.googleapis.com/google.rpc.ErrorInfo","reason":"API_KEY_INVALID","domain":"googleapis.com","metadata":{"service":"generativelanguage.googleapis.com"}},{"@type":"type.googleapis.com/google.rpc.LocalizedMessage","locale":"en-US","message":"API key not valid. Please pass a valid API key."}]}}',
      "google.genai.errors.ClientError: 400 INVALID_ARGUMENT. {'error': {'code': 400, 'message': 'API key not valid. Please pass a valid API key.', 'status': 'INVALID_ARGUMENT', 'details': [{'@type': 'type.googleapis.com/google.rpc.ErrorInfo', 'reason': 'API_KEY_INVALID', 'domain': 'googleapis.com'}]}}",
    ],
  },
  {
    id: 'gemini/unknown-field',
    provider: 'gemini',
    match: { messageIncludes: ['invalid json payload received. unknown name'] },
    fault: 'request',
    retryable: false,
    title: 'Unknown field in the request body',
    explanation:
      'The body contains a field the Gemini API does not define at that place: a typo, an OpenAI-style field (messages, response_format, max_tokens), or a field that belongs at another level (for example role inside parts).',
    fix: [
      'Rename or move the field named after "Unknown name" (Gemini uses contents/parts, generationConfig, systemInstruction).',
      'If you meant to call the OpenAI-compatible endpoint, send the request to /v1beta/openai/chat/completions instead.',
    ],
    rule: 'unknown-parameter',
    source: `https://ai.google.dev/api/generate-content ; https://github.com/esafak/seance/issues/18 ; https://github.com/gera2ld/ai.nvim/issues/13`,
    examples: [
      '{"error":{"code":400,"message":"Invalid JSON payload received. Unknown name \\"messages\\": Cannot find field.","status":"INVALID_ARGUMENT","details":[{"@type":"type.googleapis.com/google.rpc.BadRequest","fieldViolations":[{"description":"Invalid JSON payload received. Unknown name \\"messages\\": Cannot find field."}]}]}}',
      '[GoogleGenerativeAI Error]: Error fetching from https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-flash:generateContent: [400 Bad Request] Invalid JSON payload received. Unknown name "role" at \'contents[0].parts\': Cannot find field.',
    ],
  },
  {
    id: 'gemini/part-data-oneof',
    provider: 'gemini',
    match: { messageIncludes: ["required oneof field 'data' must have one initialized field", "(oneof), oneof field 'data' is already set. cannot set", "oneof field 'data' is already set"] },
    fault: 'request',
    retryable: false,
    title: 'A part has no data, or more than one kind',
    explanation:
      'Each element of parts must carry exactly one kind of data (text, inlineData, fileData, functionCall, functionResponse, ...). This part carries none (for example {} or text: null) or two at once.',
    fix: [
      'Remove empty parts, or give each one exactly one of text / inlineData / fileData / functionCall / functionResponse.',
      'Split a part that sets two kinds into two parts.',
    ],
    rule: 'part-data-oneof',
    source: `https://ai.google.dev/api/caching#Part ; https://github.com/genkit-ai/genkit/issues/3816 ; https://github.com/googleapis/nodejs-agentplatform/issues/494`,
    examples: [
      '{"error":{"code":400,"message":"* GenerateContentRequest.contents[1].parts[0].data: required oneof field \'data\' must have one initialized field\\n","status":"INVALID_ARGUMENT"}}',
      "400 INVALID_ARGUMENT. {'error': {'code': 400, 'message': \"Invalid value at 'contents[15].parts[0]' (oneof), oneof field 'data' is already set. Cannot set 'text'\", 'status': 'INVALID_ARGUMENT'}}",
    ],
  },
  {
    id: 'gemini/input-token-limit',
    provider: 'gemini',
    match: { messageIncludes: ['exceeds the maximum number of tokens allowed'] },
    fault: 'request',
    retryable: false,
    title: 'Input is longer than the model\'s context window',
    explanation:
      'The prompt (contents, system instruction, tools and media) counts more tokens than the model accepts, so it was rejected before generation.',
    fix: [
      'Shorten the input: trim history, summarise, or send fewer or smaller files.',
      'Count tokens first with models/MODEL_ID:countTokens.',
      'Use a model with a larger input limit.',
    ],
    rule: 'context-window-exceeded',
    extract: ['context-overflow'],
    source: `https://ai.google.dev/gemini-api/docs/tokens ; https://github.com/google-gemini/gemini-cli/issues/4692`,
    examples: [
      '{"error":{"code":400,"message":"The input token count (2845475) exceeds the maximum number of tokens allowed (1048576).","status":"INVALID_ARGUMENT"}}',
      '✕ [API Error: {"error":{"message":"{\\n  \\"error\\": {\\n    \\"code\\": 400,\\n    \\"message\\": \\"The input token count (1231542) exceeds the maximum number of tokens allowed (1048576).\\",\\n    \\"status\\": \\"INVALID_ARGUMENT\\"\\n  }\\n}\\n","code":400,"status":"Bad Request"}}]',
    ],
  },
  {
    id: 'gemini/max-output-tokens-out-of-range',
    provider: 'gemini',
    match: { messageIncludes: ['unable to submit request because it has a maxoutputtokens value of', 'maxoutputtokens value of'] },
    fault: 'request',
    retryable: false,
    title: 'maxOutputTokens above the model\'s limit',
    explanation: 'generationConfig.maxOutputTokens is larger than the output limit of the model; the message gives the accepted range.',
    fix: ['Set maxOutputTokens inside the range named in the message (or leave it out to use the model default).'],
    rule: 'max-tokens-exceeds-model-limit',
    extract: ['max-tokens'],
    source: `https://ai.google.dev/gemini-api/docs/models ; https://github.com/stackblitz-labs/bolt.diy/issues/955`,
    examples: [
      '{"error":{"code":400,"message":"Unable to submit request because it has a maxOutputTokens value of 655360 but the supported range is from 1 (inclusive) to 8193 (exclusive). Update the value and try again.","status":"INVALID_ARGUMENT"}}',
    ],
  },
  {
    id: 'gemini/function-call-turn-order',
    provider: 'gemini',
    match: { messageIncludes: ['function call turn comes immediately after a user turn or after a function response turn'] },
    fault: 'request',
    retryable: false,
    title: 'Function call in the wrong place in the history',
    explanation:
      'A model turn with a functionCall must follow a user turn or a function-response turn. This history has it first, or after another model turn (two model turns in a row, often after trimming).',
    fix: [
      'Make sure contents starts with a user turn and alternates user / model.',
      'When trimming history, cut at a user turn so a functionCall is never left at the start.',
      'Merge consecutive model turns into one.',
    ],
    rule: 'role-order',
    source: `https://ai.google.dev/gemini-api/docs/function-calling ; https://github.com/google-gemini/gemini-cli/issues/11814`,
    examples: [
      '{"error":{"code":400,"message":"Please ensure that function call turn comes immediately after a user turn or after a function response turn.","status":"INVALID_ARGUMENT"}}',
      "google.genai.errors.ClientError: 400 INVALID_ARGUMENT. {'error': {'code': 400, 'message': 'Please ensure that function call turn comes immediately after a user turn or after a function response turn.', 'status': 'INVALID_ARGUMENT'}}",
    ],
  },
  {
    id: 'gemini/function-response-turn-order',
    provider: 'gemini',
    match: { messageIncludes: ['function response turn comes immediately after a function call turn'] },
    fault: 'request',
    retryable: false,
    title: 'Function response without a preceding function call',
    explanation:
      'A turn carrying functionResponse parts must come right after the model turn with the matching functionCall parts; here that call turn is missing or something sits between them.',
    fix: [
      'Put each functionResponse turn directly after the model turn that made the call.',
      'When trimming history, keep the functionCall turn and its functionResponse turn together.',
    ],
    rule: 'tool-result-unmatched',
    source: `https://ai.google.dev/gemini-api/docs/function-calling ; https://github.com/langchain-ai/langchain/issues/27799`,
    examples: [
      '{"error":{"code":400,"message":"Please ensure that function response turn comes immediately after a function call turn.","status":"INVALID_ARGUMENT"}}',
    ],
  },
  {
    id: 'gemini/function-response-count',
    provider: 'gemini',
    match: { messageIncludes: ['number of function response parts is equal to the number of function call parts'] },
    fault: 'request',
    retryable: false,
    title: 'Not every function call was answered',
    explanation:
      'The model turn made several function calls, but the following turn does not contain one functionResponse part for each of them.',
    fix: [
      'Send one functionResponse part per functionCall part, in the same turn, with matching names.',
      'If a call failed, still answer it with a functionResponse describing the error.',
    ],
    rule: 'tool-call-unanswered',
    source: `https://ai.google.dev/gemini-api/docs/function-calling ; https://github.com/google-gemini/gemini-cli/issues/4217`,
    examples: [
      '{"error":{"code":400,"message":"Please ensure that the number of function response parts is equal to the number of function call parts of the function call turn.","status":"INVALID_ARGUMENT"}}',
    ],
  },
  {
    id: 'gemini/thought-signature-missing',
    provider: 'gemini',
    match: { messageIncludes: ['function call is missing a thought_signature in functioncall parts', 'content block is missing a `thought_signature`', 'missing a thought_signature', 'is missing a `thought_signature`'] },
    fault: 'request',
    retryable: false,
    title: 'Function call replayed without its thought signature',
    explanation:
      'Thinking models attach a thoughtSignature to functionCall parts. When the history is sent back, those parts must keep the signature; this request dropped it (often by rebuilding parts or converting history from another format).',
    fix: [
      'Send the model\'s previous turns back exactly as received, including each part\'s thoughtSignature.',
      'If you convert history from another format, carry thoughtSignature over with the functionCall part.',
    ],
    rule: 'thought-signature-missing',
    source: `https://ai.google.dev/gemini-api/docs/thought-signatures ; https://github.com/lbjlaq/Antigravity-Manager/issues/139`,
    examples: [
      '{"error":{"code":400,"message":"Function call is missing a thought_signature in functionCall parts. This is required for tools to work correctly, and missing thought_signature may lead to degraded model performance. Additional data, function call `default_api:Task` , position 2. Please refer to https://ai.google.dev/gemini-api/docs/thought-signatures for more details.","status":"INVALID_ARGUMENT"}}',
    ],
  },
  {
    id: 'gemini/empty-text-part',
    provider: 'gemini',
    match: { messageIncludes: ['unable to submit request because it has an empty text parameter', 'it has an empty text parameter'] },
    fault: 'request',
    retryable: false,
    title: 'Empty text part',
    explanation: 'A part has text "" (empty). Gemini refuses to generate from an empty text parameter.',
    fix: ['Remove parts whose text is empty, or put the intended text in them.'],
    rule: 'empty-text-block',
    source: `https://ai.google.dev/api/caching#Part ; https://github.com/google-gemini/deprecated-generative-ai-js/issues/361`,
    examples: [
      '{"error":{"code":400,"message":"Unable to submit request because it has an empty text parameter. Add a value to the parameter and try again.","status":"INVALID_ARGUMENT"}}',
    ],
  },
  {
    id: 'gemini/empty-parts',
    provider: 'gemini',
    match: { codes: ['INVALID_ARGUMENT'], messageIncludes: ['contents.parts must not be empty'] },
    fault: 'request',
    retryable: false,
    title: 'A turn has no parts',
    explanation: 'A content entry has an empty parts array; every turn in contents needs at least one part.',
    fix: ['Remove the empty turn, or give it at least one part (an empty model reply saved to history is a common cause).'],
    rule: 'empty-message-content',
    source: `https://ai.google.dev/api/caching#Content ; https://github.com/vercel/ai/issues/3775`,
    examples: [
      '{"error":{"code":400,"message":"* GenerateContentRequest.contents[1].parts: contents.parts must not be empty.\\n","status":"INVALID_ARGUMENT"}}',
    ],
  },
  {
    id: 'gemini/invalid-role',
    provider: 'gemini',
    match: { codes: ['INVALID_ARGUMENT'], messageIncludes: ['please use a valid role: user, model'] },
    fault: 'request',
    retryable: false,
    title: 'Unsupported role',
    explanation:
      'Gemini contents only accept the roles "user" and "model". OpenAI-style "assistant" or "system" roles are rejected; the system prompt goes in systemInstruction.',
    fix: [
      'Rename "assistant" to "model".',
      'Move "system" content to the top-level systemInstruction field.',
    ],
    rule: 'system-message-misplaced',
    source: `https://ai.google.dev/api/caching#Content ; https://github.com/langgenius/dify-official-plugins/issues/566`,
    examples: [
      '{"error":{"code":400,"message":"Please use a valid role: user, model.","status":"INVALID_ARGUMENT"}}',
    ],
  },
  {
    id: 'gemini/thinking-config-invalid',
    provider: 'gemini',
    match: {
      messageIncludes: [
        'is invalid. this model only works in thinking mode',
        'the thinking budget (',
        'thinking_budget is out of range; supported values are integers from',
        'thinking level is not supported for this model',
        'is not supported for this model. please retry with other thinking level',
        'you can only set only one of thinking budget and thinking level',
        'thinking_config is not supported',
        'unable to submit request because thinking is not supported by this model',
        'unable to submit request because thinking_level',
      ],
    },
    fault: 'request',
    retryable: false,
    title: 'Invalid thinking configuration',
    explanation:
      'generationConfig.thinkingConfig does not fit the model: a budget outside its range (or 0 on a model that always thinks), a thinkingLevel it does not offer, both budget and level at once, or thinking on a model without it.',
    fix: [
      'Use the thinking control the model supports: thinkingLevel on Gemini 3 models, thinkingBudget on 2.5 models, and not both.',
      'Keep thinkingBudget inside the model\'s range (or -1 for dynamic); do not send 0 to models that cannot turn thinking off.',
      'Remove thinkingConfig for models that do not think.',
    ],
    rule: 'thinking-budget-invalid',
    source: `https://ai.google.dev/gemini-api/docs/thinking ; https://github.com/vercel/ai/issues/8027 ; https://github.com/RooCodeInc/Roo-Code/issues/10700`,
    examples: [
      '{"error":{"code":400,"message":"Budget 0 is invalid. This model only works in thinking mode.","status":"INVALID_ARGUMENT"}}',
      "google.genai.errors.ClientError: 400 INVALID_ARGUMENT. {'error': {'code': 400, 'message': 'Thinking level MEDIUM is not supported for this model. Please retry with other thinking level.', 'status': 'INVALID_ARGUMENT'}}",
    ],
  },
  {
    id: 'gemini/request-payload-too-large',
    provider: 'gemini',
    match: { codes: ['INVALID_ARGUMENT'], messageIncludes: ['request payload size exceeds the limit'] },
    fault: 'request',
    retryable: false,
    title: 'Request body too large',
    explanation:
      'The HTTP request is bigger than Gemini accepts inline (large base64 images, audio, video or PDFs usually cause it).',
    fix: [
      'Upload large media with the Files API and reference it with fileData.fileUri instead of inlineData.',
      'Resize or compress inline images, or send fewer per request.',
    ],
    rule: 'image-too-large',
    source: `https://ai.google.dev/gemini-api/docs/files ; https://github.com/google-gemini/deprecated-generative-ai-android/issues/26`,
    examples: [
      '{"error":{"code":400,"message":"Request payload size exceeds the limit: 4194304 bytes.","status":"INVALID_ARGUMENT"}}',
    ],
  },
  {
    id: 'gemini/request-contains-invalid-argument',
    provider: 'gemini',
    match: { codes: ['INVALID_ARGUMENT'], messageIncludes: ['request contains an invalid argument'] },
    fault: 'request',
    retryable: false,
    title: 'Invalid argument (no detail given)',
    explanation:
      'Google rejected the body without saying which field. Common causes: a parameter the model does not support (for example thinkingConfig, responseSchema or a tool type on an older model), a function declaration schema Gemini cannot take (unsupported JSON Schema keywords), malformed inlineData, or a v1beta-only feature sent to v1.',
    fix: [
      'Remove optional features one at a time (tools, responseSchema, thinkingConfig, safetySettings) to find the culprit.',
      'Simplify function parameter schemas to the OpenAPI subset Gemini documents.',
      'Use the v1beta endpoint for preview features.',
    ],
    source: `${TROUBLE} ; https://ai.google.dev/api/caching#Schema`,
    examples: [
      '{"error":{"code":400,"message":"Request contains an invalid argument.","status":"INVALID_ARGUMENT"}}',
      "google.genai.errors.ClientError: 400 INVALID_ARGUMENT. {'error': {'code': 400, 'message': 'Request contains an invalid argument.', 'status': 'INVALID_ARGUMENT'}}",
    ],
  },
  {
    id: 'gemini/invalid-argument',
    provider: 'gemini',
    match: { codes: ['INVALID_ARGUMENT'] },
    fault: 'request',
    retryable: false,
    title: 'Invalid request body',
    explanation:
      'The request body is malformed: a typo, a missing required field, a wrong value, or a newer feature sent to an older API version (v1 instead of v1beta).',
    fix: [
      'Read the field path in the message (and BadRequest.fieldViolations in details) and fix that part of the body.',
      'Check the request against the API reference, and use the v1beta endpoint for preview features.',
    ],
    source: TROUBLE,
    examples: [
      '{"error":{"code":400,"message":"Invalid value at \'safety_settings[4].category\' (type.googleapis.com/google.ai.generativelanguage.v1beta.HarmCategory), \"HARM_CATEGORY_IMAGE_HATE\"","status":"INVALID_ARGUMENT","details":[{"@type":"type.googleapis.com/google.rpc.BadRequest","fieldViolations":[{"field":"safety_settings[4].category","description":"Invalid value at \'safety_settings[4].category\' (type.googleapis.com/google.ai.generativelanguage.v1beta.HarmCategory), \"HARM_CATEGORY_IMAGE_HATE\""}]}]}}',
    ],
  },

  // ── 400 FAILED_PRECONDITION ────────────────────────────────────────────────────────────────────
  {
    id: 'gemini/location-not-supported',
    provider: 'gemini',
    match: { messageIncludes: ['user location is not supported for the api use'] },
    fault: 'auth',
    retryable: false,
    title: 'Calling from an unsupported region',
    explanation:
      'Google decides by the IP address the request comes from, and that location is not served by the Gemini API. The caller is often not where you think: a proxy, VPN, cloud region, Cloudflare Worker or relay server can be the one in an unsupported location.',
    fix: [
      'Send the request from a supported country/region (check where your server, proxy or relay egresses).',
      'On a relay, ask the operator to route Gemini through a node in a supported region.',
      'Or use Vertex AI with a region that offers the model.',
    ],
    source: `${TROUBLE} ; https://ai.google.dev/gemini-api/docs/available-regions`,
    examples: [
      '{"error":{"code":400,"message":"User location is not supported for the API use.","status":"FAILED_PRECONDITION"}}',
      '[{"error":{"code":400,"message":"User location is not supported for the API use.","status":"FAILED_PRECONDITION"}}]',
      'FAILED_PRECONDITION (code 400): User location is not supported for the API use.',
    ],
  },
  {
    id: 'gemini/free-tier-unavailable',
    provider: 'gemini',
    match: { messageIncludes: ['gemini api free tier is not available in your country', 'free tier is not available in your country', 'please enable billing on your project'] },
    fault: 'quota',
    retryable: false,
    title: 'Free tier not available: billing required',
    explanation:
      'The free tier is not offered where the request comes from (or for this project), and the project has no billing account, so there is nothing to charge the request to.',
    fix: [
      'Enable billing for the project in Google AI Studio (set up a paid plan).',
      'Check the region your requests leave from if you expected the free tier to apply.',
    ],
    source: TROUBLE,
    examples: [
      '{"error":{"code":400,"message":"Gemini API free tier is not available in your country. Please enable billing on your project in Google AI Studio.","status":"FAILED_PRECONDITION"}}',
    ],
  },
  {
    id: 'gemini/failed-precondition',
    provider: 'gemini',
    match: { codes: ['FAILED_PRECONDITION'] },
    fault: 'auth',
    retryable: false,
    title: 'Account or region precondition not met',
    explanation:
      'The request is well formed, but something about the account, project or location is not set up for it (region, billing, or a feature not enabled for the project).',
    fix: [
      'Read the message: it names the missing precondition.',
      'Check billing and the region the request is sent from.',
    ],
    source: TROUBLE,
    examples: [
      "google.genai.errors.ClientError: 400 FAILED_PRECONDITION. {'error': {'code': 400, 'message': 'Precondition check failed.', 'status': 'FAILED_PRECONDITION'}}",
    ],
  },

  // ── 403 PERMISSION_DENIED ──────────────────────────────────────────────────────────────────────
  {
    id: 'gemini/api-key-leaked',
    provider: 'gemini',
    match: { messageIncludes: ['your api key was reported as leaked. please use another api key', 'your api key was reported as leaked'] },
    fault: 'auth',
    retryable: false,
    title: 'API key blocked as leaked',
    explanation:
      'Google found this key exposed publicly (for example committed to a repository or shipped in a web page) and blocked it for the Gemini API.',
    fix: [
      'Create a new key in Google AI Studio and delete the leaked one.',
      'Keep keys out of source control and client-side code; load them from the server environment.',
    ],
    source: `${TROUBLE} ; https://ai.google.dev/gemini-api/docs/api-key`,
    examples: [
      '{"error":{"code":403,"message":"Your API key was reported as leaked. Please use another API key.","status":"PERMISSION_DENIED"}}',
      '[GoogleGenerativeAI Error]: Error fetching from https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-flash:generateContent: [403] Your API key was reported as leaked. Please use another API key.',
    ],
  },
  {
    id: 'gemini/service-disabled',
    provider: 'gemini',
    match: { codes: ['SERVICE_DISABLED', 'PERMISSION_DENIED'], messageIncludes: ['has not been used in project'] },
    fault: 'auth',
    retryable: false,
    title: 'API not enabled for the project',
    explanation:
      'The Google Cloud project behind the key or credentials has not enabled the API being called (Generative Language API for Gemini, Vertex AI API for Vertex).',
    fix: [
      'Enable the API for the project (the message has a console link), e.g. gcloud services enable generativelanguage.googleapis.com.',
      'Wait a few minutes after enabling, then retry.',
      'Check the key belongs to the project you think it does.',
    ],
    source: `${TROUBLE} ; https://cloud.google.com/service-usage/docs/enable-disable`,
    examples: [
      '{"error":{"code":403,"message":"Generative Language API has not been used in project 1234567890 before or it is disabled. Enable it by visiting https://console.developers.google.com/apis/api/generativelanguage.googleapis.com/overview?project=1234567890 then retry. If you enabled this API recently, wait a few minutes for the action to propagate to our systems and retry.","status":"PERMISSION_DENIED","details":[{"@type":"type.googleapis.com/google.rpc.ErrorInfo","reason":"SERVICE_DISABLED","domain":"googleapis.com","metadata":{"service":"generativelanguage.googleapis.com","consumer":"projects/1234567890"}}]}}',
      'google.api_core.exceptions.Forbidden: 403 Generative Language API has not been used in project 840903651879 before or it is disabled.',
    ],
  },
  {
    id: 'gemini/unregistered-caller',
    provider: 'gemini',
    match: { messageIncludes: ["method doesn't allow unregistered callers"] },
    fault: 'auth',
    retryable: false,
    title: 'No API key or credentials sent',
    explanation: 'The request carried no API key or OAuth credentials, so Google could not tell which project is calling.',
    fix: [
      'Send the key in the x-goog-api-key header (or ?key=...) for the Gemini API.',
      'For Vertex AI, send an OAuth access token (Authorization: Bearer ...).',
    ],
    rule: 'missing-required-header',
    source: `${TROUBLE} ; https://github.com/google-gemini/deprecated-generative-ai-python/issues/463`,
    examples: [
      '{"error":{"code":403,"message":"Method doesn\'t allow unregistered callers (callers without established identity). Please use API Key or other form of API consumer identity to call this API.","status":"PERMISSION_DENIED"}}',
    ],
  },
  {
    id: 'gemini/permission-denied',
    provider: 'gemini',
    match: { codes: ['PERMISSION_DENIED'] },
    fault: 'auth',
    retryable: false,
    title: 'Permission denied',
    explanation:
      'The key or credentials are valid but not allowed to do this: a restricted key (HTTP referrer, IP or API restrictions), a tuned model used without proper authentication, or a suspended consumer.',
    fix: [
      'Check the key\'s restrictions in the Google Cloud console (API restrictions must include the Generative Language API).',
      'For tuned models, authenticate with OAuth as documented.',
      'Create a fresh key in Google AI Studio if this one was restricted or suspended.',
    ],
    source: TROUBLE,
    examples: [
      '{"error":{"code":403,"message":"The caller does not have permission","status":"PERMISSION_DENIED"}}',
    ],
  },

  // ── 404 NOT_FOUND ──────────────────────────────────────────────────────────────────────────────
  {
    id: 'gemini/model-not-found',
    provider: 'gemini',
    match: { messageIncludes: ['is not found for api version v1beta, or is not supported for', 'is not found for api version v1, or is not supported for', 'is not found for api version'] },
    fault: 'request',
    retryable: false,
    title: 'Model not found (or not available for this method)',
    explanation:
      'The model id in the URL does not exist on this API version, has been retired (gemini-pro, gemini-1.5-*), or does not support the method called (for example an embedding model with generateContent).',
    fix: [
      'Call models.list (GET /v1beta/models) and use a current id, e.g. gemini-2.5-flash.',
      'Check the method: embedding models use embedContent, not generateContent.',
      'Preview models may need the v1beta endpoint rather than v1.',
    ],
    rule: 'unknown-model',
    source: `${TROUBLE} ; https://ai.google.dev/gemini-api/docs/models ; https://github.com/openclaw/openclaw/issues/14036`,
    examples: [
      '{"error":{"code":404,"message":"models/gemini-1.5-flash is not found for API version v1beta, or is not supported for generateContent. Call ListModels to see the list of available models and their supported methods.","status":"NOT_FOUND"}}',
      '[GoogleGenerativeAI Error]: Error fetching from https://generativelanguage.googleapis.com/v1beta/models/gemini-pro:generateContent: [404 Not Found] models/gemini-pro is not found for API version v1beta, or is not supported for generateContent. Call ListModels to see the list of available models and their supported methods.',
    ],
  },
  {
    id: 'vertex/model-not-found',
    provider: 'vertex',
    match: { messageIncludes: ['was not found or your project does not have access to it'] },
    fault: 'request',
    retryable: false,
    title: 'Vertex AI model not found in this project or region',
    explanation:
      'Vertex AI could not find the publisher model for this project and location: the model version is wrong or retired, it is not offered in the region in the URL, or the project has no access to it.',
    fix: [
      'Check the model id and version against the Vertex AI model list, and use a current one.',
      'Call a region that offers the model (or the global endpoint).',
      'For partner models (e.g. Claude on Vertex), enable the model in Model Garden first.',
    ],
    rule: 'unknown-model',
    source: `https://cloud.google.com/vertex-ai/generative-ai/docs/learn/model-versions ; https://github.com/googlecodelabs/feedback/issues/1881`,
    examples: [
      '{"error":{"code":404,"message":"Publisher Model `projects/my-project/locations/us-central1/publishers/google/models/gemini-1.0-pro-001` was not found or your project does not have access to it. Please ensure you are using a valid model version. For more information, see: https://cloud.google.com/vertex-ai/generative-ai/docs/learn/model-versions","status":"NOT_FOUND"}}',
    ],
  },
  {
    id: 'gemini/not-found',
    provider: 'gemini',
    match: { codes: ['NOT_FOUND'] },
    fault: 'request',
    retryable: false,
    title: 'Resource not found',
    explanation: 'Something the request refers to does not exist: the model in the URL, an uploaded file (files expire after 48 hours), a cached content or a tuned model.',
    fix: [
      'Check the URL path and model id.',
      'Re-upload files older than 48 hours and use the new URI.',
    ],
    source: TROUBLE,
    examples: [
      "google.genai.errors.ClientError: 404 NOT_FOUND. {'error': {'code': 404, 'message': 'Requested entity was not found.', 'status': 'NOT_FOUND'}}",
    ],
  },

  // ── 429 RESOURCE_EXHAUSTED: quota (won't clear soon) vs rate (clears in seconds) ─────────────────
  {
    id: 'gemini/quota-limit-zero',
    provider: 'gemini',
    match: { codes: ['RESOURCE_EXHAUSTED'], messageIncludes: ['limit: 0,', ', limit: 0'] },
    fault: 'quota',
    retryable: false,
    title: 'No quota for this model on your tier (limit: 0)',
    explanation:
      'The quota named in the message has a limit of 0: this model is not available on your project\'s tier at all (typically a Pro or preview model on the free tier). The "Please retry in Ns" hint is misleading — waiting or retrying will never succeed.',
    fix: [
      'Enable billing on the project (or move to a higher tier) to get a non-zero limit for this model.',
      'Or switch to a model your tier includes (for example a Flash model on the free tier).',
    ],
    extract: ['quota-limit'],
    source: `${RATE} ; https://ai.dev/usage?tab=rate-limit`,
    examples: [
      '{"error":{"code":429,"message":"You exceeded your current quota, please check your plan and billing details. For more information on this error, head to: https://ai.google.dev/gemini-api/docs/rate-limits. To monitor your current usage, head to: https://ai.dev/usage?tab=rate-limit. \\n* Quota exceeded for metric: generativelanguage.googleapis.com/generate_content_free_tier_input_token_count, limit: 0, model: gemini-2.5-pro\\nPlease retry in 33.51s.","status":"RESOURCE_EXHAUSTED","details":[{"@type":"type.googleapis.com/google.rpc.QuotaFailure","violations":[{"quotaMetric":"generativelanguage.googleapis.com/generate_content_free_tier_input_token_count","quotaId":"GenerateContentInputTokensPerModelPerMinute-FreeTier","quotaDimensions":{"location":"global","model":"gemini-2.5-pro"}}]},{"@type":"type.googleapis.com/google.rpc.RetryInfo","retryDelay":"33s"}]}}',
    ],
  },
  {
    id: 'gemini/daily-quota-exceeded',
    provider: 'gemini',
    // Google's message is the same for per-minute and per-day quotas; only the quota's id or metric says
    // which. They are codes of the payload, but rank after the status, so the entry looks for them as text:
    // in the message (text forms, one-line bodies) or on the quotaId line of a pretty-printed body.
    match: {
      codes: ['RESOURCE_EXHAUSTED'],
      messageIncludes: [
        'generate_requests_per_model_per_day',
        'generaterequestsperdayperprojectpermodel',
        'generatecontentinputtokenspermodelperday',
        '"quotaid": "generaterequestsperday',
        "'quotaid': 'generaterequestsperday",
        '"quotaid": "generatecontentinputtokenspermodelperday',
        "'quotaid': 'generatecontentinputtokenspermodelperday",
        'quota_id: generaterequestsperday',
      ],
    },
    ...DAILY_TEXT,
    examples: [
      '{"error":{"code":429,"message":"You exceeded your current quota, please check your plan and billing details. For more information on this error, head to: https://ai.google.dev/gemini-api/docs/rate-limits. To monitor your current usage, head to: https://ai.dev/rate-limit. \\n* Quota exceeded for metric: generativelanguage.googleapis.com/generate_content_free_tier_requests, limit: 20, model: gemini-2.5-flash\\nPlease retry in 38.1s.","status":"RESOURCE_EXHAUSTED","details":[{"@type":"type.googleapis.com/google.rpc.QuotaFailure","violations":[{"quotaMetric":"generativelanguage.googleapis.com/generate_content_free_tier_requests","quotaId":"GenerateRequestsPerDayPerProjectPerModel-FreeTier","quotaDimensions":{"location":"global","model":"gemini-2.5-flash"},"quotaValue":"20"}]},{"@type":"type.googleapis.com/google.rpc.RetryInfo","retryDelay":"38s"}]}}',
      'HTTP/1.1 429 Too Many Requests\ncontent-type: application/json; charset=UTF-8\n\n{\n  "error": {\n    "code": 429,\n    "message": "You exceeded your current quota, please check your plan and billing details.",\n    "status": "RESOURCE_EXHAUSTED",\n    "details": [\n      {\n        "@type": "type.googleapis.com/google.rpc.QuotaFailure",\n        "violations": [\n          {\n            "quotaMetric": "generativelanguage.googleapis.com/generate_content_free_tier_requests",\n            "quotaId": "GenerateRequestsPerDayPerProjectPerModel-FreeTier"\n          }\n        ]\n      },\n      {\n        "@type": "type.googleapis.com/google.rpc.RetryInfo",\n        "retryDelay": "38s"\n      }\n    ]\n  }\n}',
      'google.api_core.exceptions.ResourceExhausted: 429 You exceeded your current quota. * Quota exceeded for metric: generativelanguage.googleapis.com/generate_requests_per_model_per_day, limit: 100, model: gemini-2.5-pro. Please retry in 1h52m56.409571576s.',
      "google.genai.errors.ClientError: 429 RESOURCE_EXHAUSTED. {'error': {'code': 429, 'message': 'You exceeded your current quota, please check your plan and billing details.', 'status': 'RESOURCE_EXHAUSTED', 'details': [{'@type': 'type.googleapis.com/google.rpc.QuotaFailure', 'violations': [{'quotaMetric': 'generativelanguage.googleapis.com/generate_requests_per_model_per_day', 'quotaId': 'GenerateRequestsPerDayPerProjectPerModel'}]}]}}",
    ],
  },
  {
    id: 'vertex/resource-exhausted',
    provider: 'vertex',
    match: { codes: ['RESOURCE_EXHAUSTED'], messageIncludes: ['vertex-ai/generative-ai/docs/error-code-429', 'vertex-ai/generative-ai/docs/quotas#error-code-429'] },
    fault: 'upstream',
    retryable: true,
    title: 'Vertex AI capacity exhausted',
    explanation:
      'On Vertex AI pay-as-you-go, Gemini models share capacity across customers (dynamic shared quota); this 429 means that shared pool was busy for your region at that moment, not that your project has a fixed quota to raise.',
    fix: [
      'Retry with exponential backoff.',
      'Use the global endpoint (or spread traffic across regions) instead of one region.',
      'For steady high volume, buy Provisioned Throughput.',
    ],
    extract: ['retry-after'],
    source: VERTEX_429,
    examples: [
      '{"error":{"code":429,"message":"Resource exhausted. Please try again later. Please refer to https://cloud.google.com/vertex-ai/generative-ai/docs/error-code-429 for more details.","status":"RESOURCE_EXHAUSTED"}}',
      'litellm.RateLimitError: litellm.RateLimitError: vertex_aiException - {\n  "error": {\n    "code": 429,\n    "message": "Resource exhausted. Please try again later. Please refer to https://cloud.google.com/vertex-ai/generative-ai/docs/error-code-429 for more details.",\n    "status": "RESOURCE_EXHAUSTED"\n  }\n}',
    ],
  },
  {
    id: 'gemini/rate-limit',
    provider: 'gemini',
    match: { codes: ['RESOURCE_EXHAUSTED', 'rateLimitExceeded'], messageIncludes: QUOTA_PHRASES },
    ...RATE_TEXT,
    examples: [
      '{"error":{"code":429,"message":"You exceeded your current quota, please check your plan and billing details. For more information on this error, head to: https://ai.google.dev/gemini-api/docs/rate-limits. To monitor your current usage, head to: https://ai.dev/rate-limit. \\n* Quota exceeded for metric: generativelanguage.googleapis.com/generate_content_paid_tier_input_token_count, limit: 1000000, model: gemini-2.5-pro\\nPlease retry in 12.13s.","status":"RESOURCE_EXHAUSTED","details":[{"@type":"type.googleapis.com/google.rpc.QuotaFailure","violations":[{"quotaMetric":"generativelanguage.googleapis.com/generate_content_paid_tier_input_token_count","quotaId":"GenerateContentPaidTierInputTokensPerModelPerMinute","quotaDimensions":{"location":"global","model":"gemini-2.5-pro"},"quotaValue":"1000000"}]},{"@type":"type.googleapis.com/google.rpc.RetryInfo","retryDelay":"12s"}]}}',
      "429 RESOURCE_EXHAUSTED. {'error': {'code': 429, 'message': 'Resource has been exhausted (e.g. check quota).', 'status': 'RESOURCE_EXHAUSTED'}}",
      '✕ [API Error: {"error":{"message":"{\\n  \\"error\\": {\\n    \\"code\\": 429,\\n    \\"message\\": \\"You exceeded your current quota, please check your plan and billing details. For more information on this error, head to: https://ai.google.dev/gemini-api/docs/rate-limits.\\",\\n    \\"status\\": \\"RESOURCE_EXHAUSTED\\",\\n    \\"details\\": [\\n      {\\n        \\"@type\\": \\"type.googleapis.com/google.rpc.QuotaFailure\\",\\n        \\"violations\\": [\\n          {\\n            \\"quotaMetric\\": \\"generativelanguage.googleapis.com/generate_content_free_tier_requests\\",\\n            \\"quotaId\\": \\"GenerateRequestsPerMinutePerProjectPerModel-FreeTier\\"\\n          }\\n        ]\\n      },\\n      {\\n        \\"@type\\": \\"type.googleapis.com/google.rpc.RetryInfo\\",\\n        \\"retryDelay\\": \\"47s\\"\\n      }\\n    ]\\n  }\\n}\\n","code":429,"status":"Too Many Requests"}}]',
    ],
  },
  {
    id: 'gemini/resource-exhausted',
    provider: 'gemini',
    match: { codes: ['RESOURCE_EXHAUSTED', 'rateLimitExceeded'] },
    ...RATE_TEXT,
    examples: [
      '{"error":{"code":429,"message":"Rate limit exceeded","errors":[{"message":"Rate limit exceeded","domain":"usageLimits","reason":"rateLimitExceeded"}],"status":"RESOURCE_EXHAUSTED"}}',
    ],
  },

  // ── 5xx ────────────────────────────────────────────────────────────────────────────────────────
  {
    id: 'gemini/internal',
    provider: 'gemini',
    match: { codes: ['INTERNAL'] },
    fault: 'upstream',
    retryable: true,
    title: 'Internal error at Google',
    explanation:
      'An unexpected error on Google\'s side. It is often transient, but a very long input context can also trigger it repeatedly.',
    fix: [
      'Retry with backoff.',
      'If the same request keeps failing, shorten the input context or try another model (e.g. a Flash model).',
    ],
    source: TROUBLE,
    examples: [
      '{"error":{"code":500,"message":"An internal error has occurred. Please retry or report in https://developers.generativeai.google/guide/troubleshooting","status":"INTERNAL"}}',
      "google.genai.errors.ServerError: 500 INTERNAL. {'error': {'code': 500, 'message': 'An internal error has occurred. Please retry or report in https://developers.generativeai.google/guide/troubleshooting', 'status': 'INTERNAL'}}",
    ],
  },
  {
    id: 'gemini/model-overloaded',
    provider: 'gemini',
    match: {
      codes: ['UNAVAILABLE'],
      messageIncludes: ['the model is overloaded. please try again later', 'this model is currently experiencing high demand'],
    },
    fault: 'upstream',
    retryable: true,
    title: 'Model overloaded',
    explanation:
      'Google is short of capacity for this model right now (HTTP 503). The request and the account are fine; demand spikes like this usually pass within seconds to minutes.',
    fix: [
      'Retry after a few seconds with exponential backoff and jitter.',
      'If it persists, switch temporarily to another model (e.g. a Flash variant) or, on Vertex AI, another region or the global endpoint.',
    ],
    source: `${TROUBLE} ; https://status.cloud.google.com`,
    examples: [
      '{"error":{"code":503,"message":"The model is overloaded. Please try again later.","status":"UNAVAILABLE"}}',
      "google.genai.errors.ServerError: 503 UNAVAILABLE. {'error': {'code': 503, 'message': 'This model is currently experiencing high demand. Spikes in demand are usually temporary. Please try again later.', 'status': 'UNAVAILABLE'}}",
      '[GoogleGenerativeAI Error]: Error fetching from https://generativelanguage.googleapis.com/v1beta/models/gemini-2.0-flash:streamGenerateContent?alt=sse: [503 Service Unavailable] The model is overloaded. Please try again later.',
    ],
  },
  {
    id: 'gemini/unavailable',
    provider: 'gemini',
    match: { codes: ['UNAVAILABLE'] },
    fault: 'upstream',
    retryable: true,
    title: 'Service temporarily unavailable',
    explanation:
      'The Gemini service is temporarily overloaded or down (HTTP 503). Nothing is wrong with the request or the account.',
    fix: [
      'Retry after a few seconds with exponential backoff.',
      'Switch temporarily to another model (e.g. a Flash variant) if it persists.',
    ],
    source: TROUBLE,
    examples: [
      '{"error":{"code":503,"message":"The service is currently unavailable.","status":"UNAVAILABLE"}}',
      '503 UNAVAILABLE. {\'error\': {\'code\': 503, \'message\': \'The service is currently unavailable.\', \'status\': \'UNAVAILABLE\'}}',
    ],
  },
  {
    id: 'gemini/deadline-exceeded',
    provider: 'gemini',
    match: { codes: ['DEADLINE_EXCEEDED'] },
    fault: 'upstream',
    retryable: true,
    title: 'Request did not finish in time',
    explanation:
      'The service could not finish within the deadline, usually because the prompt or context is very large or the client set a short timeout.',
    fix: [
      'Raise the client timeout (or remove a custom deadline).',
      'Reduce the input size, or stream the response.',
      'Retry: it can succeed once load is lower.',
    ],
    source: TROUBLE,
    examples: [
      '{"error":{"code":504,"message":"Deadline expired before operation could complete.","status":"DEADLINE_EXCEEDED"}}',
    ],
  },

  // ── Safety blocks (HTTP 200) ───────────────────────────────────────────────────────────────────
  {
    id: 'gemini/prompt-blocked',
    provider: 'gemini',
    match: { codes: ['PROHIBITED_CONTENT', 'BLOCKLIST', 'IMAGE_SAFETY', 'SPII'] },
    fault: 'content-filter',
    retryable: false,
    title: 'Blocked by Google\'s content policy',
    explanation:
      'Gemini answered 200 but refused the content: promptFeedback.blockReason (or finishReason) is PROHIBITED_CONTENT, BLOCKLIST, SPII or IMAGE_SAFETY. These blocks come from fixed policies and cannot be turned off with safetySettings; resending the same conversation gives the same result.',
    fix: [
      'Change or remove the content that triggers the block (check the latest user turn and any attached images).',
      'If the conversation history carries the offending content, start a new conversation without it.',
    ],
    source: `${RESPONSE_DOC} ; https://ai.google.dev/gemini-api/docs/safety-settings`,
    examples: [
      '{"promptFeedback":{"blockReason":"PROHIBITED_CONTENT"},"usageMetadata":{"promptTokenCount":638,"totalTokenCount":638},"modelVersion":"gemini-2.5-flash"}',
    ],
  },
  {
    id: 'gemini/safety-block',
    provider: 'gemini',
    match: { codes: ['SAFETY'] },
    fault: 'content-filter',
    retryable: false,
    title: 'Blocked by safety filters',
    explanation:
      'Gemini answered 200 without text: the prompt (promptFeedback.blockReason SAFETY) or the generated answer (finishReason SAFETY) was judged harmful by a safety category, listed in safetyRatings with probability HIGH or MEDIUM.',
    fix: [
      'Rephrase or remove the content in the category named in safetyRatings.',
      'If the use case is legitimate, relax the matching category in safetySettings (e.g. BLOCK_ONLY_HIGH).',
      'Handle empty candidates in your code instead of treating them as a crash.',
    ],
    source: `${RESPONSE_DOC} ; https://ai.google.dev/gemini-api/docs/safety-settings`,
    examples: [
      '{"candidates":[{"finishReason":"SAFETY","index":0,"safetyRatings":[{"category":"HARM_CATEGORY_DANGEROUS_CONTENT","probability":"HIGH","blocked":true}]}],"usageMetadata":{"promptTokenCount":200,"candidatesTokenCount":0,"totalTokenCount":200}}',
      '{"promptFeedback":{"blockReason":"SAFETY","safetyRatings":[{"category":"HARM_CATEGORY_HARASSMENT","probability":"MEDIUM"}]}}',
    ],
  },
];
