/**
 * DeepSeek API (api.deepseek.com) errors: the documented status table
 * (https://api-docs.deepseek.com/quick_start/error_codes) and the messages DeepSeek sends in the
 * OpenAI-shaped body (`type` and `code` usually both "invalid_request_error"). The status-only
 * entries are the fallback when the message is not one of the specific ones below.
 */
import type { ErrorEntry } from '../types.ts';

const DOCS = 'https://api-docs.deepseek.com/quick_start/error_codes';
const THINKING = 'https://api-docs.deepseek.com/guides/thinking_mode#tool-calls';

export const ENTRIES: ErrorEntry[] = [
  // ---------------------------------------------------------------- specific messages
  {
    id: 'deepseek/reasoning-content-missing',
    provider: 'deepseek',
    match: {
      messageIncludes: [
        'missing `reasoning_content` field',
        'missing reasoning_content field',
        'reasoning_content` in the thinking mode must be passed back',
        'reasoning_content in the thinking mode must be passed back',
      ],
    },
    fault: 'request',
    retryable: false,
    rule: 'reasoning-content-mismatch',
    title: 'reasoning_content missing from a tool-call turn',
    explanation:
      'In thinking mode, an assistant message that made tool calls must be sent back with the reasoning_content DeepSeek returned for it. The history in this request dropped it (clients and SDKs that only keep `content` do this), so the API rejects the conversation.',
    fix: [
      'Keep the `reasoning_content` of every assistant message that has tool_calls and send it back unchanged in later requests.',
      'If the client cannot keep it, turn thinking mode off for tool-using conversations.',
    ],
    source: `${THINKING} ; https://github.com/continuedev/continue/issues/10193 ; https://github.com/JohnnyZ93/oai-compatible-copilot/issues/202`,
    examples: [
      `ERROR: POST https://api.deepseek.com/chat/completions
API Error: 400 {"error":{"message":"Missing \`reasoning_content\` field in the assistant message at message index 4. For more information, please refer to https://api-docs.deepseek.com/guides/thinking_mode#tool-calls","type":"invalid_request_error","param":null,"code":"invalid_request_error"}}`,
      `Reason: OAI Compatible API error: [400] Bad Request {"error":{"message":"The reasoning_content in the thinking mode must be passed back to the API.","type":"invalid_request_error","param":null,"code":"invalid_request_error"}} URL: https://api.deepseek.com/chat/completions`,
    ],
  },
  {
    id: 'deepseek/max-tokens-out-of-range',
    provider: 'deepseek',
    match: { messageIncludes: ['invalid max_tokens value, the valid range of max_tokens is'] },
    fault: 'request',
    retryable: false,
    rule: 'max-tokens-exceeds-model-limit',
    extract: ['max-tokens'],
    title: 'max_tokens outside the allowed range',
    explanation:
      'The requested max_tokens is larger than the model\'s output limit (the message gives the valid range, for example [1, 8192]) or is not positive.',
    fix: ['Set max_tokens inside the range the message gives, or leave it out to use the default.'],
    source: `https://api-docs.deepseek.com/quick_start/pricing ; https://github.com/deepseek-ai/DeepSeek-V3/issues/69 ; https://github.com/CherryHQ/cherry-studio/issues/4377`,
    examples: [
      `openai.BadRequestError: Error code: 400 - {'error': {'message': 'Invalid max_tokens value, the valid range of max_tokens is [1, 8192]', 'type': 'invalid_request_error', 'param': None, 'code': 'invalid_request_error'}}
HTTP Request: POST https://api.deepseek.com/chat/completions "HTTP/1.1 400 Bad Request"`,
    ],
  },
  {
    id: 'deepseek/model-not-exist',
    provider: 'deepseek',
    // DeepSeek's code is invalid_request_error; DashScope's native "Model not exist." comes with InvalidParameter
    match: { codes: ['invalid_request_error'], messageIncludes: ['model not exist'] },
    fault: 'request',
    retryable: false,
    rule: 'unknown-model',
    title: 'Model does not exist',
    explanation:
      'DeepSeek does not serve the model id in the request. Its API ids differ from the marketing and gateway names: "deepseek-r1" or "deepseek/deepseek-chat" are not valid on api.deepseek.com.',
    fix: [
      'Use a model id from GET https://api.deepseek.com/models (for example deepseek-chat or deepseek-reasoner).',
      'Remove gateway prefixes such as "deepseek/".',
    ],
    source: `https://api-docs.deepseek.com/quick_start/pricing ; https://github.com/langbot-app/LangBot/issues/1643`,
    examples: [
      `HTTP/1.1 400 Bad Request
content-type: application/json
x-ds-trace-id: 2b1f0c9d8e7a6b5c4d3e2f1a0b9c8d7e

{"error":{"message":"Model Not Exist","type":"invalid_request_error","param":null,"code":"invalid_request_error"}}`,
    ],
  },
  {
    id: 'deepseek/content-exists-risk',
    provider: 'deepseek',
    match: { messageIncludes: ['content exists risk'] },
    fault: 'content-filter',
    retryable: false,
    title: 'Blocked by DeepSeek content moderation',
    explanation:
      'DeepSeek\'s content safety check refused the input (politically sensitive topics are a frequent trigger, with many false positives on ordinary news or documents). The flagged text stays in the conversation, so retries with the same history keep failing.',
    fix: [
      'Find the part of the input that triggers it (long scraped text, news, names of institutions) and remove or rephrase it.',
      'Split large batches so one flagged item does not block the rest, or send that content to another provider.',
    ],
    source: `${DOCS} ; https://github.com/deepseek-ai/awesome-deepseek-integration/issues/13 ; https://github.com/666ghj/BettaFish/issues/108`,
    examples: [
      `HTTP Request: POST https://api.deepseek.com/chat/completions "HTTP/1.1 400 Bad Request"
{'error': {'message': 'Content Exists Risk', 'type': 'invalid_request_error', 'param': None, 'code': 'invalid_request_error'}}`,
      `BadRequestError: Error code: 400 - {'detail': 'Content Exists Risk'}`,
    ],
  },
  {
    id: 'deepseek/json-word-required',
    provider: 'deepseek',
    match: { messageIncludes: ["prompt must contain the word 'json' in some form"] },
    fault: 'request',
    retryable: false,
    rule: 'json-mode-without-json-word',
    title: 'JSON mode needs the word "json" in the prompt',
    explanation:
      'With response_format {"type": "json_object"} DeepSeek requires the prompt to mention JSON (and ideally show the expected format), so the model knows to produce it.',
    fix: ['Add an instruction such as "Reply in JSON" with an example of the object to the system or user message.'],
    source: 'https://api-docs.deepseek.com/guides/json_mode',
    examples: [
      `POST https://api.deepseek.com/v1/chat/completions
{"error":{"message":"Prompt must contain the word 'json' in some form to use 'response_format' of type 'json_object'.","type":"invalid_request_error","param":null,"code":"invalid_request_error"}}`,
    ],
  },
  {
    id: 'deepseek/response-format-unavailable',
    provider: 'deepseek',
    match: { messageIncludes: ['this response_format type is unavailable now'] },
    fault: 'request',
    retryable: false,
    rule: 'unknown-enum-value',
    title: 'response_format type not available',
    explanation:
      'DeepSeek supports only {"type": "json_object"} (and plain text); a json_schema response format, as sent by structured-output helpers, is refused.',
    fix: [
      'Use {"type": "json_object"} and describe the schema in the prompt, then validate the answer yourself.',
      'Or get structured output through a tool (function) call instead.',
    ],
    source: 'https://api-docs.deepseek.com/guides/json_mode',
    examples: [
      `openai.BadRequestError: Error code: 400 - {'error': {'message': 'This response_format type is unavailable now', 'type': 'invalid_request_error', 'param': None, 'code': 'invalid_request_error'}}
HTTP Request: POST https://api.deepseek.com/chat/completions "HTTP/1.1 400 Bad Request"`,
    ],
  },
  {
    id: 'deepseek/tool-calls-unanswered',
    provider: 'deepseek',
    match: { messageIncludes: ['insufficient tool messages following tool_calls message'] },
    fault: 'request',
    retryable: false,
    rule: 'tool-call-unanswered',
    title: 'Tool call without a tool result',
    explanation:
      'An assistant message with tool_calls is not followed by one tool message per call; some results were dropped or placed after another message.',
    fix: ['Directly after the assistant message, add a role "tool" message for every tool_call_id, before any user or assistant message.'],
    source: `https://api-docs.deepseek.com/guides/function_calling ; https://github.com/langgenius/dify/issues/32222`,
    examples: [
      `HTTP/1.1 400 Bad Request
x-ds-trace-id: 0f9e8d7c6b5a49382716a5b4c3d2e1f0

{"error":{"message":"An assistant message with 'tool_calls' must be followed by tool messages responding to each 'tool_call_id'. (insufficient tool messages following tool_calls message)","type":"invalid_request_error","param":null,"code":"invalid_request_error"}}`,
    ],
  },
  {
    id: 'deepseek/context-length-exceeded',
    provider: 'deepseek',
    match: { messageIncludes: ['maximum context length is'] },
    fault: 'request',
    retryable: false,
    rule: 'context-window-exceeded',
    extract: ['context-overflow'],
    title: 'Prompt longer than the context window',
    explanation: 'Messages plus the requested completion exceed the model\'s context length. This one requested {tokens} tokens against {limit}. The same request always fails.',
    fix: [
      'Shorten the history or documents, or summarise old turns.',
      'Lower max_tokens so prompt plus completion fit.',
    ],
    source: `https://api-docs.deepseek.com/quick_start/pricing ; https://github.com/evalstate/fast-agent/issues/621 ; https://github.com/NoFxAiOS/nofx/issues/1278`,
    examples: [
      `HTTP Request: POST https://api.deepseek.com/chat/completions "HTTP/1.1 400 Bad Request"
openai.BadRequestError: Error code: 400 - {'error': {'message': "This model's maximum context length is 131072 tokens. However, you requested 131134 tokens (122942 in the messages, 8192 in the completion). Please reduce the length of the messages or completion.", 'type': 'invalid_request_error', 'param': None, 'code': 'invalid_request_error'}}`,
      `POST https://api.deepseek.com/chat/completions
❌ Failed to get AI decision: AI API call failed: API returned error (status 400): {"error":{"message":"This model's maximum context length is 131072 tokens. However, you requested 141980 tokens (133980 in the messages, 8000 in the completion). Please reduce the length of the messages or completion.","type":"invalid_request_error","param":null,"code":"invalid_request_error"}}`,
    ],
  },
  {
    id: 'deepseek/deserialize-failed',
    provider: 'deepseek',
    match: { messageIncludes: ['failed to deserialize the json body into the target type'] },
    fault: 'request',
    retryable: false,
    title: 'Body does not match DeepSeek\'s request format',
    explanation:
      'DeepSeek could not read the body into its request structure; the message names the field. Common causes: content given as an array of parts (images, or text parts older endpoints do not take), an unknown role such as "developer", a response_format given in the wrong shape, or a message object without role/content.',
    fix: [
      'Go to the field in the message (for example messages[1]) and make it a plain OpenAI-style message: {"role": "system|user|assistant|tool", "content": "text"}.',
      'Remove image parts (DeepSeek chat models take text only) and use "system" instead of "developer".',
    ],
    source: `${DOCS} ; https://github.com/cline/cline/issues/230 ; https://github.com/tailcallhq/forgecode/issues/2008`,
    examples: [
      `422 Failed to deserialize the JSON body into the target type: messages[1]: invalid type: sequence, expected a string at line 17 column 3`,
      `0: 400 Bad Request Reason: {"error":{"message":"Failed to deserialize the JSON body into the target type: messages[9]: invalid type: sequence, expected a string at line 1 column 45446","type":"invalid_request_error","param":null,"code":"invalid_request_error"}}
ERROR: POST https://api.deepseek.com/v1/chat/completions`,
    ],
  },

  // ---------------------------------------------------------------- the documented status table
  {
    id: 'deepseek/authentication-fails',
    provider: 'deepseek',
    match: { messageIncludes: ['authentication fails'] },
    fault: 'auth',
    retryable: false,
    title: 'Authentication fails (wrong API key)',
    explanation:
      'DeepSeek rejected the API key: mistyped, deleted, a placeholder left in the config (the message shows its last characters), a key of another provider, or the header is not "Authorization: Bearer sk-...". "(no such user)" means the key does not belong to any account.',
    fix: [
      'Check the last characters in the message against your real key; set the key without quotes or spaces.',
      'Create a new key at https://platform.deepseek.com/api_keys if needed.',
    ],
    source: `${DOCS} ; https://github.com/droidrun/mobilerun/issues/28`,
    examples: [
      `INFO:httpx:HTTP Request: POST https://api.deepseek.com/chat/completions "HTTP/1.1 401 Unauthorized"
ERROR:droidrun:Error calling DeepSeek API: Error code: 401 - {'error': {'message': 'Authentication Fails, Your api key: ****18b" is invalid', 'type': 'authentication_error', 'param': None, 'code': 'invalid_request_error'}}`,
      "Client error: \`GET https://api.deepseek.com/v1/models\` resulted in a \`401 Unauthorized\` response: {\"error\":{\"message\":\"Authentication Fails (no such user)\",\"type\":\"authentication_error\",\"param\":null,\"code\":\"invalid_request_error\"}}",
    ],
  },
  {
    id: 'deepseek/insufficient-balance',
    provider: 'deepseek',
    match: { messageIncludes: ['insufficient balance'] },
    fault: 'quota',
    retryable: false,
    title: 'Insufficient balance (402)',
    explanation:
      'The DeepSeek account has run out of balance. DeepSeek is prepaid, so every request fails until the account is topped up; a correct key does not help.',
    fix: ['Check the balance at https://platform.deepseek.com and top up the account (or use the key of an account with balance).'],
    source: `${DOCS} ; https://github.com/continuedev/continue/issues/10121 ; https://github.com/Aider-AI/aider/issues/4851`,
    examples: [
      `litellm.BadRequestError: DeepseekException - {"error":{"message":"Insufficient Balance","type":"unknown_error","param":null,"code":"invalid_request_error"}}`,
      `HTTP Request: POST https://api.deepseek.com/chat/completions "HTTP/1.1 402 Payment Required"
APIStatusError: Error code: 402 - {'error': {'message': 'Insufficient Balance', 'type': 'unknown_error', 'param': None, 'code': 'invalid_request_error'}}`,
    ],
  },
  {
    id: 'deepseek/invalid-format',
    provider: 'deepseek',
    match: { status: [400] },
    fault: 'request',
    retryable: false,
    title: 'Invalid format (400)',
    explanation: 'DeepSeek could not accept the request body as sent; the message says what is wrong with it.',
    fix: [
      'Change the body according to the hint in the message.',
      'Compare it with the DeepSeek API reference (https://api-docs.deepseek.com/api/create-chat-completion).',
    ],
    source: DOCS,
    examples: [
      `requests.exceptions.HTTPError: 400 Client Error: Bad Request for url: https://api.deepseek.com/chat/completions`,
    ],
  },
  {
    id: 'deepseek/invalid-parameters',
    provider: 'deepseek',
    match: { status: [422] },
    fault: 'request',
    retryable: false,
    title: 'Invalid parameters (422)',
    explanation: 'The request contains a parameter DeepSeek does not accept, or a value of the wrong type or range; the message names it.',
    fix: ['Fix the parameter the message names, following the DeepSeek API reference.'],
    source: DOCS,
    examples: [
      `requests.exceptions.HTTPError: 422 Client Error: Unprocessable Entity for url: https://api.deepseek.com/v1/chat/completions`,
    ],
  },
  {
    id: 'deepseek/rate-limit',
    provider: 'deepseek',
    match: { status: [429] },
    fault: 'rate-limit',
    retryable: true,
    extract: ['retry-after'],
    title: 'Rate limit reached (429)',
    explanation:
      'The account is sending requests too fast, or has too many requests in flight at once (DeepSeek limits concurrency per account, summed over all its keys). The response asks to wait {wait}.',
    fix: [
      'Wait a few seconds and retry with backoff.',
      'Reduce parallel requests (several processes or agents sharing one account add up).',
    ],
    source: `${DOCS} ; https://api-docs.deepseek.com/quick_start/rate_limit`,
    examples: [
      `INFO:httpx:HTTP Request: POST https://api.deepseek.com/chat/completions "HTTP/1.1 429 Too Many Requests"`,
    ],
  },
  {
    id: 'deepseek/server-error',
    provider: 'deepseek',
    match: { status: [500] },
    fault: 'upstream',
    retryable: true,
    title: 'DeepSeek server error (500)',
    explanation: 'DeepSeek\'s server hit an internal problem while processing the request. It is not caused by the payload.',
    fix: [
      'Retry after a brief wait.',
      'If it persists, check https://status.deepseek.com and contact DeepSeek with the x-ds-trace-id of the response.',
    ],
    source: DOCS,
    examples: [
      `requests.exceptions.HTTPError: 500 Server Error: Internal Server Error for url: https://api.deepseek.com/chat/completions`,
    ],
  },
  {
    id: 'deepseek/server-overloaded',
    provider: 'deepseek',
    match: { status: [503] },
    fault: 'upstream',
    retryable: true,
    extract: ['retry-after'],
    title: 'DeepSeek server overloaded (503)',
    explanation: 'DeepSeek\'s servers are overloaded by high traffic and refused the request for now.',
    fix: ['Retry after a brief wait with backoff; check https://status.deepseek.com if it lasts.'],
    source: DOCS,
    examples: [
      `INFO:httpx:HTTP Request: POST https://api.deepseek.com/chat/completions "HTTP/1.1 503 Service Unavailable"`,
    ],
  },
  {
    id: 'deepseek/server-busy',
    provider: 'deepseek',
    match: { messageIncludes: ['the server is busy. please try again later'] },
    fault: 'upstream',
    retryable: true,
    title: 'DeepSeek server busy',
    explanation: 'DeepSeek answered that its servers are busy: its capacity is exhausted by high traffic for the moment. The request is fine and succeeds later.',
    fix: ['Retry after a brief wait with backoff; check https://status.deepseek.com if it lasts.'],
    // the wording as users quote it (the train split of the real pastes has it as plain text)
    source: `${DOCS} ; https://github.com/deepseek-ai/DeepSeek-R1/issues/119 ; https://github.com/lechmazur/writing/issues/2`,
    examples: ['The server is busy. Please try again later.', 'Error: {"error":{"message":"The server is busy. Please try again later.","type":"server_busy"}}'],
  },
];
