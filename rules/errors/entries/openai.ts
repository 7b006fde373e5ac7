/**
 * OpenAI API errors (api.openai.com): the documented error codes
 * (https://platform.openai.com/docs/guides/error-codes) and the invalid_request_error variants the
 * request validator sends. Error strings are quoted as OpenAI sends them; each entry's `source`
 * names the provider docs first, then a public report that shows the exact wording.
 */
import type { ErrorEntry } from '../types.ts';

const DOCS = 'https://platform.openai.com/docs/guides/error-codes';
const RATE_DOCS = 'https://platform.openai.com/docs/guides/rate-limits';
/** Microsoft's Dev Proxy pages restate OpenAI's 429/503 codes (slow_down, server_is_overloaded, billing codes). */
const DEV_PROXY_RATE = 'https://learn.microsoft.com/en-us/microsoft-cloud/dev/dev-proxy/concepts/openai-rate-limit-reached';
const DEV_PROXY_QUOTA = 'https://learn.microsoft.com/en-us/microsoft-cloud/dev/dev-proxy/concepts/openai-insufficient-quota';

export const ENTRIES: ErrorEntry[] = [
  // ---------------------------------------------------------------- authentication and access
  {
    id: 'openai/invalid-api-key',
    provider: 'openai',
    // with the colon: OpenAI always quotes the masked key; DashScope's compatible mode says "provided."
    match: { codes: ['invalid_api_key'], messageIncludes: ['incorrect api key provided:'] },
    fault: 'auth',
    retryable: false,
    title: 'Incorrect API key',
    explanation:
      'OpenAI did not recognise the key in the Authorization header: it is mistyped, has stray whitespace or quotes, was revoked, or belongs to another service. A key issued by a relay or gateway also fails like this when the base URL still points at api.openai.com.',
    fix: [
      'Check the key the program actually sends (print its first and last characters), without quotes, spaces or a trailing newline.',
      'If the key came from a relay or another provider, set the base URL to that service instead of api.openai.com.',
      'Otherwise create a new key at https://platform.openai.com/api-keys and replace the old one everywhere it is cached.',
    ],
    source: `${DOCS} ; https://github.com/continuedev/continue/issues/10398 ; https://github.com/popjane/free_chatgpt_api/issues/3`,
    examples: [
      `openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Incorrect API key provided: sk-PMafP***************************************E873. You can find your API key at https://platform.openai.com/account/api-keys.', 'type': 'invalid_request_error', 'param': None, 'code': 'invalid_api_key'}}`,
      `{"error":{"message":"Incorrect API key provided: sk-proj-****************************************MxYA. You can find your API key at https://platform.openai.com/account/api-keys.","type":"invalid_request_error","param":null,"code":"invalid_api_key"}}`,
    ],
  },
  {
    id: 'openai/missing-api-key',
    provider: 'openai',
    match: { messageIncludes: ["you didn't provide an api key"] },
    fault: 'auth',
    retryable: false,
    rule: 'missing-required-header',
    title: 'No API key sent',
    explanation:
      'The request reached OpenAI without an Authorization header, or with one that is not in the form "Bearer <key>". Usually the environment variable holding the key is empty in the process that made the call.',
    fix: [
      'Send the header `Authorization: Bearer <your key>` (check that the variable it comes from is set where the code runs).',
      'In .http files, make sure the variable used for the key is defined in the active environment.',
    ],
    source: DOCS,
    examples: [
      `HTTP Request: POST https://api.openai.com/v1/chat/completions "HTTP/1.1 401 Unauthorized"
AuthenticationError: Error code: 401 - {'error': {'message': "You didn't provide an API key. You need to provide your API key in an Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY). ", 'type': 'invalid_request_error', 'param': None, 'code': None}}`,
    ],
  },
  {
    id: 'openai/no-organization',
    provider: 'openai',
    match: { messageIncludes: ['you must be a member of an organization to use the api'] },
    fault: 'auth',
    retryable: false,
    title: 'Account is not in an organization',
    explanation:
      'The key belongs to a user who is no longer part of any OpenAI organization (they left or were removed, or the organization was deleted), so there is nothing to bill the request to.',
    fix: [
      'Ask an owner of the organization to invite the account again, or create a new organization.',
      'Then create a new API key inside that organization and use it.',
    ],
    source: DOCS,
    examples: [
      `Error extraccionDatosExtract: 401 You must be a member of an organization to use the API.`,
      `{"error":{"message":"You must be a member of an organization to use the API.","type":"invalid_request_error","param":null,"code":null}}`,
    ],
  },
  {
    id: 'openai/mismatched-organization',
    provider: 'openai',
    match: { messageIncludes: ['header should match organization for api key'] },
    fault: 'auth',
    retryable: false,
    title: 'Organization header does not match the key',
    explanation:
      'The request carries an OpenAI-Organization header (often from an OPENAI_ORG_ID / OPENAI_ORGANIZATION variable) naming an organization the API key does not belong to. Project keys and service-account keys are tied to one organization.',
    fix: [
      'Remove the OpenAI-Organization header (or the OPENAI_ORGANIZATION variable) if you belong to one organization.',
      'Otherwise set it to the organization id shown next to the key in the OpenAI dashboard.',
    ],
    source: DOCS,
    examples: [
      `HTTP/1.1 401 Unauthorized
content-type: application/json
x-request-id: req_5b1c0d2f9e8a4c7b

{
  "error": {
    "message": "OpenAI-Organization header should match organization for API key",
    "type": "invalid_request_error",
    "param": null,
    "code": "mismatched_organization"
  }
}`,
    ],
  },
  {
    id: 'openai/project-no-model-access',
    provider: 'openai',
    match: { messageIncludes: ['does not have access to model'] },
    fault: 'auth',
    retryable: false,
    title: 'Project has no access to this model',
    explanation:
      'The model id is valid, but the OpenAI project the key belongs to is not allowed to use it: the project has a model allowlist (Limits page), the model needs a higher usage tier or verification, or it has not been enabled for the organization.',
    fix: [
      'In the OpenAI dashboard open the project, then Limits, and allow the model for this project.',
      'If the model requires a usage tier or organization verification, complete it, or pick a model the project can use (GET /v1/models lists them).',
    ],
    source: DOCS,
    examples: [
      `openai.PermissionDeniedError: Error code: 403 - {'error': {'message': 'Project \`proj_CC3ZcJxDoI2Ym5p1roGTr3JW\` does not have access to model \`gpt-image-1\`', 'type': 'invalid_request_error', 'param': None, 'code': 'model_not_found'}}`,
      `403 api.openai.com: { "error": { "message": "Project \`proj_x\` does not have access to model \`gpt-4.1-mini\`", "type": "invalid_request_error", "param": null, "code": "model_not_found" } }`,
    ],
  },
  {
    id: 'openai/unsupported-region',
    provider: 'openai',
    match: { messageIncludes: ['country, region, or territory not supported'] },
    fault: 'auth',
    retryable: false,
    title: 'Country, region or territory not supported',
    explanation:
      'OpenAI refuses requests coming from the network location of the caller. It is the egress IP that counts: a server, proxy, CDN edge or relay in an unsupported region triggers it even when the account itself is fine.',
    fix: [
      'Send the request from a supported region (move the server or its egress proxy).',
      'If the call goes through a relay or cloud function, check where that machine is located.',
    ],
    source: `${DOCS} ; https://platform.openai.com/docs/supported-countries`,
    examples: [
      `openai.PermissionDeniedError: Error code: 403 - {'error': {'code': 'unsupported_country_region_territory', 'message': 'Country, region, or territory not supported', 'param': None, 'type': 'request_forbidden'}}`,
    ],
  },
  {
    id: 'openai/service-tier-not-allowed',
    provider: 'openai',
    match: { messageIncludes: ['invalid service_tier argument'] },
    fault: 'auth',
    retryable: false,
    title: 'Service tier not allowed for this project',
    explanation:
      'The request asked for a service_tier (for example "priority" or "flex") that this project is not allowed to use, or that the model does not offer.',
    fix: [
      'Remove `service_tier` or set it to "auto" / "default".',
      'If you need that tier, check in the dashboard that the project and model are eligible for it.',
    ],
    source: DOCS,
    examples: [
      `POST https://api.openai.com/v1/responses
{"error":{"message":"Invalid service_tier argument: The requested service tier is not allowed for this project.","type":"invalid_request_error","param":"service_tier","code":null}}`,
    ],
  },

  // ---------------------------------------------------------------- the request itself
  {
    id: 'openai/model-not-found',
    provider: 'openai',
    match: { messageIncludes: ['does not exist or you do not have access to it'] },
    fault: 'request',
    retryable: false,
    rule: 'unknown-model',
    title: 'Model does not exist (or is not available to you)',
    explanation:
      'OpenAI does not serve the model id in the request to this key: a typo, a retired model, a name from another provider or gateway (such as "openai/gpt-4o" or "claude-..."), or a model your account tier cannot use yet.',
    fix: [
      'Compare the `model` value with the list from GET https://api.openai.com/v1/models (ids are exact and case-sensitive).',
      'Remove any gateway prefix and trailing spaces; replace retired models with a current one.',
      'If the id is correct, check the project Limits page for model access.',
    ],
    source: `${DOCS} ; https://github.com/envoyproxy/ai-gateway/blob/c217da8a539570ba3f6014a60c2687c29a945f1f/tests/internal/testopenai/cassettes/chat-unknown-model.yaml`,
    examples: [
      `NotFoundError: 404 The model \`gpt-7\` does not exist or you do not have access to it.`,
      `{"error":{"message":"The model \`gpt-4.1-nano-wrong\` does not exist or you do not have access to it.","type":"invalid_request_error","param":null,"code":"model_not_found"}}`,
    ],
  },
  {
    id: 'openai/responses-only-model',
    provider: 'openai',
    match: { messageIncludes: ['only supported in v1/responses and not in v1/chat/completions'] },
    fault: 'request',
    retryable: false,
    rule: 'model-unsupported-parameter',
    title: 'Model only works with the Responses API',
    explanation:
      'The model (for example o1-pro, gpt-5-pro or a codex model) is served only on /v1/responses, and the request was sent to /v1/chat/completions.',
    fix: [
      'Send the request to POST /v1/responses: `messages` becomes `input`, `max_completion_tokens` becomes `max_output_tokens`, `response_format` moves to `text.format`.',
      'Or choose a model that supports Chat Completions.',
    ],
    source: `${DOCS} ; https://github.com/sigoden/aichat/pull/1318`,
    examples: [
      `openai.NotFoundError: Error code: 404 - {'error': {'message': 'This model is only supported in v1/responses and not in v1/chat/completions.', 'type': 'invalid_request_error', 'param': 'model', 'code': None}}`,
    ],
  },
  {
    id: 'openai/not-a-chat-model',
    provider: 'openai',
    match: { messageIncludes: ['this is not a chat model and thus not supported in the v1/chat/completions endpoint'] },
    fault: 'request',
    retryable: false,
    title: 'Not a chat model',
    explanation:
      'The model is a completion, embedding or other non-chat model, so /v1/chat/completions cannot serve it.',
    fix: [
      'Use a chat model for /v1/chat/completions, or call the endpoint that model is made for (for example /v1/completions or /v1/embeddings).',
    ],
    source: DOCS,
    examples: [
      `{"error":{"message":"This is not a chat model and thus not supported in the v1/chat/completions endpoint. Did you mean to use v1/completions?","type":"invalid_request_error","param":"model","code":null}}`,
    ],
  },
  {
    id: 'openai/unsupported-parameter',
    provider: 'openai',
    match: { messageIncludes: ['unsupported parameter:'] },
    fault: 'request',
    retryable: false,
    rule: 'model-unsupported-parameter',
    title: 'Parameter not supported by this model',
    explanation:
      'The parameter exists in the API but the chosen model rejects it. The usual case: reasoning and GPT-5-class models take `max_completion_tokens` instead of `max_tokens`, and some of them refuse sampling parameters such as top_p, logprobs or the penalties.',
    fix: [
      'Do what the message says: rename `max_tokens` to `max_completion_tokens`, or remove the parameter it names.',
      'If one code path serves several models, send that parameter only to the models that accept it.',
    ],
    source: `${DOCS} ; https://github.com/griptape-ai/ComfyUI-Griptape/issues/312`,
    examples: [
      `openai.BadRequestError: Error code: 400 - {'error': {'message': "Unsupported parameter: 'max_tokens' is not supported with this model. Use 'max_completion_tokens' instead.", 'type': 'invalid_request_error', 'param': 'max_tokens', 'code': 'unsupported_parameter'}}`,
      `BadRequestError: 400 Unsupported parameter: 'top_p' is not supported with this model.`,
    ],
  },
  {
    id: 'openai/unsupported-value',
    provider: 'openai',
    match: { messageIncludes: ['unsupported value:'] },
    fault: 'request',
    retryable: false,
    rule: 'model-unsupported-parameter',
    title: 'Value not supported by this model',
    explanation:
      'The parameter is accepted, but not with this value on this model: reasoning models take only the default temperature (1), some reject the "system" role or certain reasoning_effort levels.',
    fix: [
      'Remove the parameter (for temperature/top_p on reasoning models) or use one of the values the message lists.',
      'For the "system" role on older reasoning models, use "developer" or move the instructions into the first user message.',
    ],
    source: `${DOCS} ; https://github.com/QwenLM/qwen-code/issues/921`,
    examples: [
      `POST https://api.openai.com/v1/chat/completions -> 400
{"error":{"message":"Unsupported value: 'temperature' does not support 0 with this model. Only the default (1) value is supported.","type":"invalid_request_error","param":"temperature","code":"unsupported_value"}}`,
      `Error code: 400 - {'error': {'message': "Unsupported value: 'messages[0].role' does not support 'system' with this model.", 'type': 'invalid_request_error', 'param': 'messages[0].role', 'code': 'unsupported_value'}}`,
    ],
  },
  {
    id: 'openai/unknown-parameter',
    provider: 'openai',
    match: { messageIncludes: ['unrecognized request argument supplied', 'unknown parameter:'] },
    fault: 'request',
    retryable: false,
    rule: 'unknown-parameter',
    title: 'Unknown parameter',
    explanation:
      'The body contains a field this endpoint does not know at all, often an option of another provider (enable_thinking, top_k, thinking), a literal "extra_body" key, or a Chat Completions field sent to the Responses API.',
    fix: [
      'Remove the field named in the message, or rename it to the OpenAI equivalent.',
      'Options meant for another provider belong only in requests to that provider.',
    ],
    source: `${DOCS} ; https://github.com/CherryHQ/cherry-studio/issues/6155`,
    examples: [
      `HTTP/1.1 400 Bad Request
content-type: application/json
openai-processing-ms: 12
x-request-id: req_3f6a2c1b9d0e4f5a

{"error":{"message":"Unrecognized request argument supplied: enable_thinking","type":"invalid_request_error","param":null,"code":null}}`,
      `OpenAI API error: 400 - {
  "error": {
    "message": "Unknown parameter: 'system'.",
    "type": "invalid_request_error",
    "param": "system",
    "code": "unknown_parameter"
  }
}`,
    ],
  },
  {
    id: 'openai/missing-required-parameter',
    provider: 'openai',
    match: { messageIncludes: ['missing required parameter', 'you must provide a model parameter', "missing parameter '"] },
    fault: 'request',
    retryable: false,
    rule: 'missing-required-field',
    title: 'Required parameter missing',
    explanation:
      'A field the endpoint requires is absent: the top-level model or messages/input, a content part type, or the tool_call_id of a tool message. The param in the message points at the exact place.',
    fix: [
      'Add the field named in the message at the path it gives (for example messages[2].content[0].type).',
    ],
    source: `${DOCS} ; https://github.com/neuron-core/neuron-ai/issues/292`,
    examples: [
      `curl https://api.openai.com/v1/chat/completions ... 
{"error":{"message":"Missing required parameter: 'messages[2].content[0].type'.","type":"invalid_request_error","param":"messages[2].content[0].type","code":"missing_required_parameter"}}`,
    ],
  },
  {
    id: 'openai/invalid-type',
    provider: 'openai',
    match: { messageIncludes: ['invalid type for'] },
    fault: 'request',
    retryable: false,
    rule: 'invalid-parameter-type',
    title: 'Parameter has the wrong JSON type',
    explanation:
      'A parameter has a JSON type the API does not accept there, for example a number sent as a string ("max_tokens": "1024") or an object where an array is expected.',
    fix: ['Send the value with the type the message names (numbers without quotes, arrays in [ ]).'],
    source: DOCS,
    examples: [
      `openai.BadRequestError: Error code: 400 - {'error': {'message': "Invalid type for 'max_tokens': expected an integer, but got a string instead.", 'type': 'invalid_request_error', 'param': 'max_tokens', 'code': 'invalid_type'}}`,
    ],
  },
  {
    id: 'openai/empty-array',
    provider: 'openai',
    match: { messageIncludes: ['empty array. expected an array with minimum length'] },
    fault: 'request',
    retryable: false,
    rule: 'parameter-out-of-range',
    title: 'Empty array',
    explanation:
      'An array the API needs at least one element in was sent empty: usually `messages`, `tools` or an assistant message\'s `tool_calls`.',
    fix: [
      'Put at least one element in the array, or leave the field out entirely (for tools and tool_calls).',
    ],
    source: `${DOCS} ; https://github.com/envoyproxy/ai-gateway (tests/internal/testopenai cassettes, CassetteChatNoMessages)`,
    examples: [
      `{"error":{"code":"empty_array","message":"Invalid 'messages': empty array. Expected an array with minimum length 1, but got an empty array instead.","param":"messages","type":"invalid_request_error"}}`,
      `Error: 400 Invalid 'tools': empty array. Expected an array with minimum length 1, but got an empty array instead.`,
    ],
  },
  {
    id: 'openai/number-out-of-range',
    provider: 'openai',
    match: {
      messageIncludes: [
        'integer below minimum value',
        'integer above maximum value',
        'decimal below minimum value',
        'decimal above maximum value',
      ],
    },
    fault: 'request',
    retryable: false,
    rule: 'parameter-out-of-range',
    title: 'Number outside the allowed range',
    explanation:
      'A numeric parameter is below its minimum or above its maximum (temperature 0..2, top_p 0..1, n >= 1, top_logprobs <= 20, ...). For max_tokens the maximum is the model\'s own output limit.',
    fix: ['Use a value inside the range quoted in the message ("Expected a value <= 2").'],
    source: `${DOCS} ; https://github.com/pydantic/pydantic-ai/blob/4fda38988f2939fa6ea9cdefcf120693e10ef491/tests/models/cassettes/test_openai_responses/test_openai_responses_model_http_error.yaml`,
    examples: [
      `POST https://api.openai.com/v1/chat/completions
HTTP 400: {
  "error": {
    "message": "Invalid 'temperature': decimal above maximum value. Expected a value <= 2, but got 2.1 instead.",
    "type": "invalid_request_error",
    "param": "temperature",
    "code": "decimal_above_max_value"
  }
}`,
      `{"error":{"message":"Invalid 'max_tokens': integer above maximum value. Expected a value <= 16384, but got 50000 instead.","type":"invalid_request_error","param":"max_tokens","code":"integer_above_max_value"}}`,
    ],
  },
  {
    id: 'openai/string-too-long',
    provider: 'openai',
    match: { messageIncludes: ['string too long. expected a string with maximum length'] },
    fault: 'request',
    retryable: false,
    title: 'A single string is too long',
    explanation:
      'One string in the body is longer than the API allows for that field (10,485,760 characters for a message content; much less for names, ids and metadata), independent of the model\'s context window.',
    fix: [
      'Shorten the field named in the message, or split the text across several messages or files.',
      'Large documents belong in the Files API or a retrieval step, not in one string.',
    ],
    source: DOCS,
    examples: [
      `openai.BadRequestError: Error code: 400 - {'error': {'message': "Invalid 'messages[0].content': string too long. Expected a string with maximum length 10485760, but got a string with length 10500000 instead.", 'type': 'invalid_request_error', 'param': 'messages[0].content', 'code': 'string_above_max_length'}}`,
    ],
  },
  {
    id: 'openai/invalid-value',
    provider: 'openai',
    match: { messageIncludes: ['invalid value:'] },
    fault: 'request',
    retryable: false,
    rule: 'unknown-enum-value',
    title: 'Value not among the accepted ones',
    explanation:
      'The parameter only takes a fixed set of values (a role, a reasoning effort, a content part type, a response format) and the request used another.',
    fix: ['Use one of the values listed after "Supported values are:".'],
    source: DOCS,
    examples: [
      `HTTP/1.1 400 Bad Request
openai-organization: user-abc123
openai-processing-ms: 9

{"error":{"message":"Invalid value: 'self.reasoning_effort'. Supported values are: 'low', 'medium', and 'high'.","type":"invalid_request_error","param":"reasoning_effort","code":"invalid_value"}}`,
    ],
  },
  {
    id: 'openai/tool-choice-without-tools',
    provider: 'openai',
    match: { messageIncludes: ["'tool_choice' is only allowed when 'tools' are specified"] },
    fault: 'request',
    retryable: false,
    rule: 'tool-choice-unknown-tool',
    title: 'tool_choice without tools',
    explanation: 'The request sets `tool_choice` but defines no `tools` (or an empty list), so there is nothing to choose from.',
    fix: ['Remove `tool_choice` when the request has no tools, or add the tools it refers to.'],
    source: `${DOCS} ; https://github.com/writer/writer-framework/pull/1013`,
    examples: [
      `{"error":{"message":"Invalid value for 'tool_choice': 'tool_choice' is only allowed when 'tools' are specified.","type":"invalid_request_error","param":"tool_choice","code":null}}`,
    ],
  },
  {
    id: 'openai/context-length-exceeded',
    provider: 'openai',
    match: { messageIncludes: ['maximum context length is', 'your input exceeds the context window'] },
    fault: 'request',
    retryable: false,
    rule: 'context-window-exceeded',
    extract: ['context-overflow'],
    title: 'Prompt longer than the context window',
    explanation:
      'The conversation (plus, on Chat Completions, the requested max_tokens) does not fit in the model\'s context window. This request came to {tokens} tokens against a window of {limit}. Retrying the same request always fails.',
    fix: [
      'Shorten the input: drop or summarise old turns, trim long tool results and documents.',
      'Lower max_tokens / max_completion_tokens so prompt plus output fit.',
      'Or switch to a model with a larger context window.',
    ],
    source: `${DOCS} ; https://github.com/webtimemachine/wtm2/issues/579 ; https://github.com/ChatGPTNextWeb/NextChat/issues/3195`,
    examples: [
      `openai.BadRequestError: Error code: 400 - {'error': {'message': "This model's maximum context length is 16384 tokens. However, your messages resulted in 17570 tokens. Please reduce the length of the messages.", 'type': 'invalid_request_error', 'param': 'messages', 'code': 'context_length_exceeded'}}`,
      `POST https://api.openai.com/v1/responses
{"error":{"type":"invalid_request_error","code":"context_length_exceeded","message":"Your input exceeds the context window of this model. Please adjust your input and try again.","param":"input"}}`,
    ],
  },
  {
    id: 'openai/max-tokens-too-large',
    provider: 'openai',
    match: { messageIncludes: ['max_tokens is too large', 'completion tokens, whereas you provided'] },
    fault: 'request',
    retryable: false,
    rule: 'max-tokens-exceeds-model-limit',
    extract: ['max-tokens'],
    title: 'max_tokens above the model\'s output limit',
    explanation:
      'The requested output length is larger than the most this model can generate in one response, regardless of how short the prompt is. It asked for {maxTokens} tokens; the model allows at most {limit}.',
    fix: ['Set max_tokens (or max_completion_tokens) at or below the limit the message names.'],
    source: `${DOCS} ; https://github.com/ChatGPTNextWeb/NextChat/issues/3195`,
    examples: [
      `Error code: 400 - {'error': {'message': 'max_tokens is too large: 65535. This model supports at most 16384 completion tokens, whereas you provided 65535.', 'type': 'invalid_request_error', 'param': 'max_tokens', 'code': 'invalid_value'}}`,
    ],
  },
  {
    id: 'openai/json-word-required',
    provider: 'openai',
    match: { messageIncludes: ["must contain the word 'json' in some form"] },
    fault: 'request',
    retryable: false,
    rule: 'json-mode-without-json-word',
    title: 'JSON mode needs the word "json" in the messages',
    explanation:
      'With response_format {"type": "json_object"} (or text.format json_object on Responses) the API requires that some message mentions JSON, so the model is told to produce it. On Responses the instructions field alone does not count.',
    fix: ['Add an instruction such as "Answer in JSON." to the system or user message, or use a json_schema format instead.'],
    source: `${DOCS} ; https://github.com/ultimatejimmy/xray.koplugin/issues/33`,
    examples: [
      `OpenAI API error (https://api.openai.com/v1/chat/completions): {"error":{"message":"'messages' must contain the word 'json' in some form, to use 'response_format' of type 'json_object'.","type":"invalid_request_error","param":"messages","code":null}}`,
      `BadRequestError: 400 Response input messages must contain the word 'json' in some form to use 'text.format' of type 'json_object'.`,
    ],
  },
  {
    id: 'openai/tool-calls-unanswered',
    provider: 'openai',
    match: {
      messageIncludes: [
        "must be followed by tool messages responding to each 'tool_call_id'",
        'no tool output found for function call',
      ],
    },
    fault: 'request',
    retryable: false,
    rule: 'tool-call-unanswered',
    title: 'Tool call without a tool result',
    explanation:
      'An assistant message asked for tool calls, but the messages after it do not answer every tool_call_id (on Responses: a function_call item has no function_call_output). This happens when a tool result is dropped, reordered or truncated from the history.',
    fix: [
      'After each assistant message with tool_calls, add one role "tool" message per call with the matching tool_call_id, before any other message.',
      'If a tool failed, still send a tool message with an error text instead of leaving it out.',
    ],
    source: `${DOCS} ; https://github.com/BerriAI/litellm/issues/10083`,
    examples: [
      `openai.BadRequestError: Error code: 400 - {'error': {'message': "An assistant message with 'tool_calls' must be followed by tool messages responding to each 'tool_call_id'. The following tool_call_ids did not have response messages: call_DAZJkqyYW8JTJdkO76E5MoPH", 'type': 'invalid_request_error', 'param': 'messages.[3].role', 'code': None}}`,
      `POST https://api.openai.com/v1/responses
{"error":{"message":"No tool output found for function call call_8Rq2vX3kLmN0pQsT.","type":"invalid_request_error","param":"input","code":null}}`,
    ],
  },
  {
    id: 'openai/tool-result-unmatched',
    provider: 'openai',
    match: {
      messageIncludes: [
        "must be a response to a preceeding message with 'tool_calls'",
        "must be a response to a preceding message with 'tool_calls'",
        "not found in 'tool_calls' of previous message",
        'no tool call found for function call output',
      ],
    },
    fault: 'request',
    retryable: false,
    rule: 'tool-result-unmatched',
    title: 'Tool result without a matching tool call',
    explanation:
      'A role "tool" message (or a function_call_output item) answers a call that the assistant message right before it did not make: the assistant turn was removed, the ids do not match, or something was inserted between them.',
    fix: [
      'Keep each tool message directly after the assistant message whose tool_calls it answers, with the same tool_call_id.',
      'When trimming history, remove an assistant tool call and its tool results together.',
    ],
    source: `${DOCS} ; https://github.com/smarter-sh/smarter/issues/264`,
    examples: [
      `{"error":{"message":"Invalid parameter: messages with role 'tool' must be a response to a preceeding message with 'tool_calls'.","type":"invalid_request_error","param":"messages.[4].role","code":null}}`,
    ],
  },

  // ---------------------------------------------------------------- content policy
  {
    id: 'openai/safety-system-rejected',
    provider: 'openai',
    match: { messageIncludes: ['rejected as a result of our safety system'] },
    fault: 'content-filter',
    retryable: false,
    title: 'Rejected by the safety system',
    explanation:
      'OpenAI\'s moderation judged the prompt (most often an image-generation prompt) to violate the usage policies (code content_policy_violation or moderation_blocked). Sending the same prompt again gives the same answer.',
    fix: [
      'Rephrase the prompt to remove the flagged content; for images, avoid real people, violence and sexual content.',
      'If many prompts are flagged, check them with the free moderation endpoint first.',
    ],
    source: `${DOCS} ; https://platform.openai.com/docs/guides/moderation`,
    examples: [
      `openai.BadRequestError: Error code: 400 - {'error': {'code': 'content_policy_violation', 'message': 'Your request was rejected as a result of our safety system. Your prompt may contain text that is not allowed by our safety system.', 'param': None, 'type': 'invalid_request_error'}}`,
    ],
  },
  {
    id: 'openai/invalid-prompt-flagged',
    provider: 'openai',
    match: { messageIncludes: ['your prompt was flagged as potentially violating our usage policy'] },
    fault: 'content-filter',
    retryable: false,
    title: 'Prompt flagged by the usage policy',
    explanation:
      'Reasoning models screen the whole prompt (code invalid_prompt), and this one was flagged as possibly violating the usage policies. It can be a false positive caused by words in tool output or quoted text; the same history keeps failing.',
    fix: [
      'Find and reword or remove the part of the conversation that looks harmful (security, weapons, self-harm topics are common triggers).',
      'Start a fresh conversation if the flagged text is deep in the history.',
    ],
    source: `${DOCS} ; https://github.com/modelcontextprotocol/servers/issues/4031`,
    examples: [
      `{"error":{"message":"Invalid prompt: your prompt was flagged as potentially violating our usage policy. Please try again with a different prompt: https://platform.openai.com/docs/guides/reasoning#advice-on-prompting","type":"invalid_request_error","param":null,"code":"invalid_prompt"}}`,
    ],
  },

  // ---------------------------------------------------------------- quota and rate limits
  {
    id: 'openai/billing-limit',
    provider: 'openai',
    match: {
      codes: [
        'credit_balance_exhausted',
        'organization_spend_limit_exceeded',
        'project_spend_limit_exceeded',
        'organization_usage_limit_exceeded',
      ],
    },
    fault: 'quota',
    retryable: false,
    title: 'Credits or spend limit used up',
    explanation:
      'The 429 is a billing stop, not throttling (type insufficient_quota; the code says which): the prepaid credit balance is empty, or the organization or project reached the spend or usage limit set in the dashboard. Waiting a few seconds does not help.',
    fix: [
      'Add credits in Settings > Billing, or raise the organization/project spend limit.',
      'If the limit is a monthly one, requests resume after it resets.',
    ],
    source: `${DOCS} ; ${DEV_PROXY_QUOTA}`,
    examples: [
      `POST https://api.openai.com/v1/responses
event: error
data: {"type":"error","error":{"type":"insufficient_quota","code":"project_spend_limit_exceeded","param":null}}`,
    ],
  },
  {
    id: 'openai/billing-not-active',
    provider: 'openai',
    match: { messageIncludes: ['your account is not active, please check your billing details'] },
    fault: 'quota',
    retryable: false,
    title: 'Billing not active',
    explanation:
      'The key is valid, but the account or organization has no active billing (no payment method, a failed payment, or prepaid credits never bought), so OpenAI refuses requests with a 429 (code billing_not_active). Retrying does not help.',
    fix: [
      'Add a payment method or buy credits at https://platform.openai.com/settings/organization/billing.',
      'If billing looks fine, check that the key belongs to the organization that pays.',
    ],
    source: `${DOCS} ; ${DEV_PROXY_QUOTA}`,
    examples: [
      `OpenAI-compatible API error: Too Many Requests - {"error":{"message":"Your account is not active, please check your billing details on our website.","type":"billing_not_active","code":"billing_not_active"}}`,
      `Error: 429 Your account is not active, please check your billing details on our website.
Error Code: billing_not_active`,
    ],
  },
  {
    id: 'openai/insufficient-quota',
    provider: 'openai',
    // the type/code is required when present: Gemini sends the same sentence with RESOURCE_EXHAUSTED
    match: { codes: ['insufficient_quota'], messageIncludes: ['you exceeded your current quota'] },
    fault: 'quota',
    retryable: false,
    title: 'Quota exceeded (no credits left)',
    explanation:
      'Despite the 429 status this is not a rate limit: the account has no credits left or hit its spend limit (type insufficient_quota). Retrying, even much later, fails until billing is fixed. New accounts without a payment method get it on the first call.',
    fix: [
      'Check the balance and limits at https://platform.openai.com/settings/organization/billing and add credits.',
      'Make sure the key belongs to the organization and project that has the credits.',
    ],
    source: `${DOCS} ; https://github.com/OpenBMB/ChatDev/issues/399`,
    examples: [
      `openai.RateLimitError: Error code: 429 - {'error': {'message': 'You exceeded your current quota, please check your plan and billing details. For more information on this error, read the docs: https://platform.openai.com/docs/guides/error-codes/api-errors.', 'type': 'insufficient_quota', 'param': None, 'code': 'insufficient_quota'}}`,
      `429 You exceeded your current quota, please check your plan and billing details. For more information on this error, read the docs: https://platform.openai.com/docs/guides/error-codes/api-errors.`,
    ],
  },
  {
    id: 'openai/billing-hard-limit',
    provider: 'openai',
    match: { messageIncludes: ['billing hard limit has been reached'] },
    fault: 'quota',
    retryable: false,
    title: 'Billing hard limit reached',
    explanation:
      'The organization reached the hard spending limit configured in billing (code billing_hard_limit_reached, seen mostly on image generation). Nothing more is processed until the limit is raised or resets.',
    fix: ['Raise the hard limit (or add credits) in the billing settings, or wait for the next billing period.'],
    source: `${DOCS} ; ${DEV_PROXY_QUOTA}`,
    examples: [
      `POST https://api.openai.com/v1/images/generations
{"error":{"code":"billing_hard_limit_reached","message":"Billing hard limit has been reached","param":null,"type":"invalid_request_error"}}`,
    ],
  },
  {
    id: 'openai/request-too-large',
    provider: 'openai',
    match: { messageIncludes: ['request too large for'] },
    fault: 'request',
    retryable: false,
    extract: ['quota-limit'],
    title: 'Request bigger than the whole per-minute token limit',
    explanation:
      'This 429 says that one request alone needs more tokens than the organization may use per minute (TPM) for this model. Unlike an ordinary rate limit, waiting does not help: the same request is always too large for the current tier. This one needs {requested} tokens against a limit of {limit}.',
    fix: [
      'Shrink the request (shorter history, smaller documents, lower max_tokens) below the TPM limit in the message.',
      'Or move to a higher usage tier, whose TPM limit is larger.',
    ],
    source: `${RATE_DOCS} ; https://github.com/TheR1D/shell_gpt/issues/653`,
    examples: [
      `RateLimitError: Error code: 429 - {'error': {'message': 'Request too large for gpt-4o in organization org-78asdf87asdf9aaa8976 on tokens per min (TPM): Limit 30000, Requested 31538. The input or output tokens must be reduced in order to run successfully. Visit https://platform.openai.com/account/rate-limits to learn more.', 'type': 'tokens', 'param': None, 'code': 'rate_limit_exceeded'}}`,
    ],
  },
  {
    id: 'openai/rate-limit-exceeded',
    provider: 'openai',
    match: { messageIncludes: ['rate limit reached for'] },
    fault: 'rate-limit',
    retryable: true,
    extract: ['retry-after', 'quota-limit'],
    title: 'Rate limit reached',
    explanation:
      'The organization sent more requests (RPM) or tokens (TPM) per minute for this model than its usage tier allows. The message says which limit and how long to wait; the x-ratelimit-* response headers show what is left. Here the limit is {limit}, {used} were used and this request wanted {requested}. OpenAI asks to wait {wait}.',
    fix: [
      'Wait the time given in "Please try again in ..." (or the retry-after / x-ratelimit-reset-* headers) and retry, with exponential backoff.',
      'Send fewer or smaller requests at once (limit concurrency, batch work with the Batch API).',
      'For a lasting increase, move to a higher usage tier.',
    ],
    source: `${RATE_DOCS} ; ${DOCS} ; https://github.com/BuilderIO/micro-agent/issues/86`,
    examples: [
      `openai.RateLimitError: Error code: 429 - {'error': {'message': 'Rate limit reached for gpt-4o-mini in organization org-lZsETHYfpKzyBmbr8e4GbSFc on tokens per min (TPM): Limit 200000, Used 195869, Requested 4412. Please try again in 84ms. Visit https://platform.openai.com/account/rate-limits to learn more.', 'type': 'tokens', 'param': None, 'code': 'rate_limit_exceeded'}}`,
      `RateLimitError: 429 Rate limit reached for gpt-4o in organization org-uOtiSEwvUnroadaOnJJquBEC on tokens per min (TPM): Limit 30000, Used 29937, Requested 385. Please try again in 644ms.`,
      `HTTP/1.1 429 Too Many Requests
content-type: application/json
retry-after: 2
x-ratelimit-limit-requests: 500
x-ratelimit-remaining-requests: 0
x-ratelimit-reset-requests: 120ms
x-ratelimit-limit-tokens: 30000
x-ratelimit-remaining-tokens: 29102
x-request-id: req_0d6b3f8f1c2e4a6b9f0e

{"error":{"message":"Rate limit reached for gpt-4o in organization org-abc123 on requests per min (RPM): Limit 500, Used 500, Requested 1. Please try again in 120ms. Visit https://platform.openai.com/account/rate-limits to learn more.","type":"requests","param":null,"code":"rate_limit_exceeded"}}`,
    ],
  },
  {
    id: 'openai/slow-down',
    provider: 'openai',
    match: { codes: ['slow_down'] },
    fault: 'rate-limit',
    retryable: true,
    extract: ['retry-after'],
    title: 'Slow down: traffic grew too fast',
    explanation:
      'Your request rate rose faster than OpenAI can absorb, even if it is within your RPM/TPM limits (429, or 503 on older endpoints, with code slow_down). It clears when the rate stays steady. The response asks to wait {wait}.',
    fix: [
      'Back off (honour retry-after), go back to the earlier request rate, and keep it steady for about 15 minutes.',
      'Then increase traffic gradually instead of in one jump.',
    ],
    source: `${DOCS} ; ${DEV_PROXY_RATE}`,
    examples: [
      `HTTP/1.1 429 Too Many Requests
retry-after: 20
x-request-id: req_7c1e9a0b2d3f

{"error":{"type":"rate_limit_error","code":"slow_down","message":"Please slow down and try again later.","param":null}}`,
    ],
  },

  // ---------------------------------------------------------------- OpenAI's side
  {
    id: 'openai/server-error',
    provider: 'openai',
    match: {
      messageIncludes: [
        'the server had an error processing your request',
        'the server had an error while processing your request',
        // the same server_error in the Responses API / Codex streams
        'an error occurred while processing your request. you can retry your request',
      ],
    },
    fault: 'upstream',
    retryable: true,
    title: 'OpenAI server error',
    explanation:
      'An internal error on OpenAI\'s side while handling this request (HTTP 500, type server_error). It is usually transient and not caused by the payload.',
    fix: [
      'Retry after a short wait with exponential backoff.',
      'If it keeps happening with the same request, check https://status.openai.com and report it with the request ID from the message.',
    ],
    source: `${DOCS} ; https://github.com/openai/openai-cua-sample-app/issues/54 ; https://github.com/openai/codex/issues/27687`,
    examples: [
      'stream disconnected before completion: An error occurred while processing your request. You can retry your request, or contact us through our help center at help.openai.com if the error persists. Please include the request ID 0b6f3c1e-7d2a-4e59-9a8b-1c2d3e4f5a6b in your message.',
      `Error: 500 {
  "error": {
    "message": "The server had an error processing your request. Sorry about that! You can retry your request, or contact us through our help center at help.openai.com if you keep seeing this error. (Please include the request ID req_540c6eaab7f4556b2baa22bcba915d51 in your email.)",
    "type": "server_error",
    "param": null,
    "code": null
  }
}`,
    ],
  },
  {
    id: 'openai/server-overloaded',
    provider: 'openai',
    match: {
      messageIncludes: [
        'the engine is currently overloaded',
        'that model is currently overloaded with other requests',
        'the server is currently overloaded with other requests',
        'our servers are currently overloaded',
      ],
    },
    fault: 'upstream',
    retryable: true,
    extract: ['retry-after'],
    title: 'OpenAI is overloaded',
    explanation:
      'OpenAI\'s servers (or this model) have no capacity for the request right now (503, code server_is_overloaded; older responses said the engine was overloaded). Nothing is wrong with the request. The response asks to wait {wait}.',
    fix: [
      'Retry after a brief wait, with exponential backoff and honouring retry-after.',
      'If it persists, check https://status.openai.com or fall back to another model.',
    ],
    source: `${DOCS} ; ${DEV_PROXY_RATE}`,
    examples: [
      `openai.InternalServerError: Error code: 503 - {'error': {'message': 'That model is currently overloaded with other requests. You can retry your request, or contact us through our help center at help.openai.com if the error persists. (Please include the request ID 4f2c8e9ab71d in your message.)', 'type': 'server_error', 'param': None, 'code': None}}`,
      `openai.error.ServiceUnavailableError: The engine is currently overloaded, please try again later`,
      `HTTP/1.1 503 Service Unavailable
retry-after: 5
x-request-id: req_91a7c3e0f5b2

{"error":{"type":"service_unavailable_error","code":"server_is_overloaded","message":"Our servers are currently overloaded. Please try again later.","param":null}}`,
    ],
  },
];
