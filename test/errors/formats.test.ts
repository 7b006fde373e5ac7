/**
 * One test per paste format (samples from shared/reference/errors.md §1 and §4 and the seeds), checking
 * what findErrorPayloads reads out of it: span, format, provider, status, codes, message, headers,
 * request id, wait.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findErrorPayloads } from '../../server/src/core/errors/index.ts';
import type { ErrorPayload } from '../../server/src/core/errors/index.ts';

function one(text: string): ErrorPayload {
  const all = findErrorPayloads(text, { now: Date.parse('2026-01-02T10:00:00Z') });
  assert.equal(all.length, 1, `expected one payload, got ${all.length}: ${JSON.stringify(all.map((p) => [p.format, p.span, p.message]))}`);
  return all[0];
}

test('OpenAI JSON body, one line', () => {
  const text = '{"error": {"message": "This model\'s maximum context length is 128000 tokens. However, your messages resulted in 204308 tokens.", "type": "invalid_request_error", "param": "messages", "code": "context_length_exceeded"}}';
  const p = one(text);
  assert.equal(p.format, 'json');
  assert.deepEqual(p.span, { start: 0, end: text.length });
  assert.deepEqual(p.codes.slice(0, 2), ['context_length_exceeded', 'invalid_request_error']);
  assert.equal(p.code, 'context_length_exceeded');
  assert.equal(p.param, 'messages');
  assert.match(p.message ?? '', /^This model's maximum context length/);
});

test('pretty JSON body (Anthropic), with request_id', () => {
  const text = `Response:\n{\n  "type": "error",\n  "error": {\n    "type": "overloaded_error",\n    "message": "Overloaded"\n  },\n  "request_id": "req_011CZAYwiDg6Eqv7HiBNWoE5"\n}\nafter`;
  const p = one(text);
  assert.equal(p.provider, 'anthropic');
  assert.equal(p.providerCertain, true);
  assert.deepEqual(p.codes, ['overloaded_error']);
  assert.equal(p.requestId, 'req_011CZAYwiDg6Eqv7HiBNWoE5');
  assert.equal(text.slice(p.span.start, p.span.end).startsWith('{'), true);
  assert.equal(text.slice(p.span.end - 1, p.span.end), '}');
});

test('truncated JSON body still yields its fields', () => {
  const p = one('{"error":{"message":"Rate limit reached for gpt-4o in organization org-abc on tokens per min (TPM): Limit 30000, Used 28000, Requested 4000. Please try again in 4.')
  assert.equal(p.truncated, true);
  assert.match(p.message ?? '', /^Rate limit reached/);
  assert.equal(p.provider, 'openai');
});

test('JSON body inside a log line', () => {
  const text = '2026-01-02 10:11:12 ERROR relay upstream failed {"error":{"message":"当前分组 default 下对于模型 gpt-4o 无可用渠道 (request id: 2025121521151664761470129816750)","type":"new_api_error","param":"","code":"model_not_found"}} took=3ms';
  const p = one(text);
  assert.equal(p.provider, 'relay');
  assert.equal(p.requestId, '2025121521151664761470129816750');
  assert.deepEqual(p.codes, ['model_not_found', 'new_api_error']);
  assert.equal(text.slice(p.span.start, p.span.start + 10), '{"error":{');
});

test('escaped JSON inside a JSON string', () => {
  const text = '{"level":"error","msg":"upstream","body":"{\\"type\\":\\"error\\",\\"error\\":{\\"type\\":\\"rate_limit_error\\",\\"message\\":\\"Number of request tokens has exceeded your per-minute rate limit\\"}}"}';
  const p = one(text);
  assert.deepEqual(p.codes, ['rate_limit_error']);
  assert.match(p.message ?? '', /per-minute rate limit/);
  assert.equal(p.provider, 'anthropic');
});

test('escaped JSON in a logfmt line', () => {
  const p = one('level=error body="{\\"error\\":{\\"message\\":\\"Overloaded\\",\\"type\\":\\"overloaded_error\\"}}"');
  assert.equal(p.format, 'escaped-json');
  assert.deepEqual(p.codes, ['overloaded_error']);
});

test('Gemini body wrapped in an array (streaming), RetryInfo delay', () => {
  const p = one('[{"error":{"code":429,"message":"You exceeded your current quota. Please retry in 47.43s.","status":"RESOURCE_EXHAUSTED","details":[{"@type":"type.googleapis.com/google.rpc.QuotaFailure","violations":[{"quotaMetric":"generativelanguage.googleapis.com/generate_content_free_tier_requests","quotaId":"GenerateRequestsPerDayPerProjectPerModel-FreeTier"}]},{"@type":"type.googleapis.com/google.rpc.RetryInfo","retryDelay":"47s"}]}}]');
  assert.equal(p.provider, 'gemini');
  assert.equal(p.status, 429);
  assert.ok(p.codes.includes('RESOURCE_EXHAUSTED'));
  assert.ok(p.codes.includes('GenerateRequestsPerDayPerProjectPerModel-FreeTier'));
  assert.ok(p.codes.includes('google.rpc.QuotaFailure'));
  assert.equal(p.waitSeconds, 47); // RetryInfo wins over the message
});

test('Google ErrorInfo reason comes before the status', () => {
  const p = one('{"error":{"code":400,"message":"API key not valid. Please pass a valid API key.","status":"INVALID_ARGUMENT","details":[{"@type":"type.googleapis.com/google.rpc.ErrorInfo","reason":"API_KEY_INVALID","domain":"googleapis.com","metadata":{"service":"generativelanguage.googleapis.com"}}]}}');
  assert.equal(p.code, 'API_KEY_INVALID');
  assert.equal(p.codes[1], 'INVALID_ARGUMENT');
  assert.equal(p.status, 400);
});

test('Google: unescaped quotes inside the message (a real answer)', () => {
  const p = one('{"error":{"code":400,"message":"Invalid value at \'safety_settings[4].category\' (type.googleapis.com/google.ai.generativelanguage.v1beta.HarmCategory), "HARM_CATEGORY_IMAGE_HATE"","status":"INVALID_ARGUMENT"}}');
  assert.ok(p.codes.includes('INVALID_ARGUMENT'));
  assert.match(p.message ?? '', /HARM_CATEGORY_IMAGE_HATE/);
});

test('Python SDK repr: Error code: 400 - {...} with None/True and escapes', () => {
  const text = `openai.BadRequestError: Error code: 400 - {'error': {'message': "Unrecognized request argument supplied: enable_thinking", 'type': 'invalid_request_error', 'param': None, 'code': None, 'flag': True, 'note': 'it\\'s \\xe9'}}`;
  const p = one(text);
  assert.equal(p.status, 400);
  assert.equal(p.exception, 'openai.BadRequestError');
  assert.equal(p.message, 'Unrecognized request argument supplied: enable_thinking');
  assert.deepEqual(p.codes, ['invalid_request_error']);
  assert.equal(p.span.start, 0);
  assert.equal(p.span.end, text.length);
  assert.ok(p.formats.includes('python') && p.formats.includes('sdk'));
});

test('anthropic-python repr', () => {
  const p = one(`anthropic.BadRequestError: Error code: 400 - {'type': 'error', 'error': {'type': 'invalid_request_error', 'message': 'prompt is too long: 228527 tokens > 200000 maximum'}, 'request_id': 'req_011CSzq1Gh6wVb2mJk9NcX4p'}`);
  assert.equal(p.provider, 'anthropic');
  assert.equal(p.status, 400);
  assert.equal(p.requestId, 'req_011CSzq1Gh6wVb2mJk9NcX4p');
});

test('JS SDK lines: BadRequestError: 400 ..., RateLimitError: 429 ..., Error: 529 {...}', () => {
  const a = one('BadRequestError: 400 Unsupported parameter: \'max_tokens\' is not supported with this model. Use \'max_completion_tokens\' instead.');
  assert.equal(a.status, 400);
  assert.equal(a.format, 'sdk');
  assert.match(a.message ?? '', /^Unsupported parameter/);
  const b = one('RateLimitError: 429 Rate limit reached for gpt-4o in organization org-x on requests per min (RPM): Limit 500, Used 500, Requested 1. Please try again in 120ms.');
  assert.equal(b.status, 429);
  assert.equal(b.waitSeconds, 0.12);
  const c = one('Error: 529 {"type":"error","error":{"type":"overloaded_error","message":"Overloaded"},"request_id":"req_011CZAYwiDg6Eqv7HiBNWoE5"}');
  assert.equal(c.status, 529);
  assert.deepEqual(c.codes, ['overloaded_error']);
  assert.equal(c.span.start, 0);
  const d = one('APIError: 429 status code (no body)');
  assert.equal(d.status, 429);
  const e = one('  ⎿  API Error: 403 {"error":{"type":"new_api_error","message":"该令牌额度已用尽 (request id: 20250101123456789012345678abcd)"}}');
  assert.equal(e.status, 403);
  assert.equal(e.provider, 'relay');
});

test('curl -i response: status line, headers (lower-cased), body', () => {
  const text = [
    'HTTP/2 429',
    'date: Fri, 02 Jan 2026 10:00:00 GMT',
    'content-type: application/json',
    'retry-after: 17',
    'anthropic-ratelimit-requests-remaining: 0',
    'anthropic-ratelimit-requests-reset: 2026-01-02T10:00:30Z',
    'request-id: req_011CZ',
    'x-should-retry: true',
    '',
    '{"type":"error","error":{"type":"rate_limit_error","message":"This request would exceed the rate limit for your organization of 50 requests per minute."}}',
  ].join('\n');
  const p = one(text);
  assert.equal(p.format, 'http');
  assert.equal(p.status, 429);
  assert.equal(p.provider, 'anthropic');
  assert.equal(p.headers['retry-after'], '17');
  assert.equal(p.headers['x-should-retry'], 'true');
  assert.equal(p.requestId, 'req_011CZ');
  assert.equal(p.waitSeconds, 17);
  assert.deepEqual(p.span, { start: 0, end: text.length });
});

test('curl -v "< " headers, HTTP-date Retry-After, Azure headers', () => {
  const text = ['< HTTP/1.1 429 Too Many Requests', '< Date: Fri, 02 Jan 2026 10:00:00 GMT', '< Retry-After: Fri, 02 Jan 2026 10:01:00 GMT', '< apim-request-id: 1234', '<', '{"error":{"code":"429","message":"Requests to the ChatCompletions_Create Operation under Azure OpenAI API version 2024-10-21 have exceeded token rate limit of your current OpenAI S0 pricing tier. Please retry after 86400 seconds."}}'].join('\n');
  const p = one(text);
  assert.equal(p.provider, 'azure');
  assert.equal(p.status, 429);
  assert.equal(p.waitSeconds, 60); // the Retry-After header wins over the message
  assert.equal(p.requestId, '1234');
});

test('REST Client / httpyac response view with a plain-text body', () => {
  const p = one('HTTP/1.1 502 Bad Gateway\nServer: nginx\nContent-Type: text/html\n\n<html><head><title>502 Bad Gateway</title></head></html>');
  assert.equal(p.status, 502);
  assert.equal(p.message, '<html><head><title>502 Bad Gateway</title></head></html>');
});

test('a 200 response without an error body is not an error', () => {
  assert.deepEqual(findErrorPayloads('HTTP/1.1 200 OK\ncontent-type: application/json\n\n{"id":"chatcmpl-1","choices":[]}'), []);
});

test('httpx log line followed by the SDK exception: one payload', () => {
  const text = 'HTTP Request: POST https://api.deepseek.com/chat/completions "HTTP/1.1 400 Bad Request"\nopenai.BadRequestError: Error code: 400 - {\'error\': {\'message\': \'Content Exists Risk\', \'type\': \'invalid_request_error\', \'param\': None, \'code\': \'invalid_request_error\'}}';
  const p = one(text);
  assert.equal(p.provider, 'deepseek');
  assert.equal(p.status, 400);
  assert.equal(p.message, 'Content Exists Risk');
});

test('x-ratelimit-reset-* Go durations when exhausted', () => {
  const p = one('HTTP/1.1 429 Too Many Requests\nx-ratelimit-remaining-requests: 0\nx-ratelimit-reset-requests: 6m0s\nx-ratelimit-remaining-tokens: 100\nx-ratelimit-reset-tokens: 12ms\nopenai-organization: org-x\n\n{"error":{"message":"Rate limit reached","type":"requests","param":null,"code":"rate_limit_exceeded"}}');
  assert.equal(p.waitSeconds, 360);
  assert.equal(p.provider, 'openai');
});

test('retry-after-ms wins; "try again in 20 seconds" from the message otherwise', () => {
  assert.equal(one('HTTP/1.1 429 Too Many Requests\nretry-after-ms: 1500\nretry-after: 2\n\n{"error":{"message":"slow down"}}').waitSeconds, 1.5);
  assert.equal(one('Error 429: Too many requests, try again in 20 seconds').waitSeconds, 20);
  assert.equal(one('{"error":{"message":"Rate limit. Please try again in 20ms.","type":"tokens","code":"rate_limit_exceeded","param":null}}').waitSeconds, 0.02);
});

test('bare status lines from the seeds: "400 - message", "400/429 - message", "Error 429: ...", "status code 503"', () => {
  const a = one('400 - prompt is too long: 228527 tokens > 200000 maximum');
  assert.equal(a.status, 400);
  assert.equal(a.message, 'prompt is too long: 228527 tokens > 200000 maximum');
  assert.equal(a.format, 'status-line');
  const b = one('400/429 - The image size is not allowed to be zero or larger than 20971520 bytes');
  assert.equal(b.status, 400);
  assert.match(b.message ?? '', /^The image size/);
  assert.equal(one('Error 429: Too Many Requests').status, 429);
  assert.equal(one('request failed with status code 503').status, 503);
  assert.equal(one('504 - bad response status code 504').status, 504);
  const go = one('error, status code: 429, status: 429 Too Many Requests, message: You exceeded your current quota');
  assert.equal(go.status, 429);
  assert.ok(go.messages.includes('You exceeded your current quota'));
});

test('seed 001 table rows and the DashScope native shape', () => {
  const row = one('429 | Throttling.AllocationQuota | Free allocated quota exceeded. | 免費額度已經耗盡,并且模型未開通計費訪問。 |');
  assert.equal(row.format, 'table');
  assert.equal(row.status, 429);
  assert.deepEqual(row.codes, ['Throttling.AllocationQuota']);
  assert.equal(row.message, 'Free allocated quota exceeded.');
  assert.equal(row.provider, 'dashscope');
  const body = one('{"request_id": "54dc32fd-968b-4aed-b6a8-ae63d6fda4d5", "code": "InvalidApiKey", "message": "The API key in your request is invalid."}');
  assert.deepEqual(body.codes, ['InvalidApiKey']);
  assert.equal(body.requestId, '54dc32fd-968b-4aed-b6a8-ae63d6fda4d5');
  assert.equal(body.provider, 'dashscope');
});

test('DashScope <400> InternalError.Algo prefix and the Python SDK log form', () => {
  const p = one('{"error":{"code":"data_inspection_failed","param":null,"message":"<400> InternalError.Algo.DataInspectionFailed: Input text data may contain inappropriate content.","type":"data_inspection_failed"},"id":"chatcmpl-1","request_id":"5a1b"}');
  assert.equal(p.status, 400);
  assert.ok(p.codes.includes('DataInspectionFailed'));
  assert.equal(p.provider, 'dashscope');
  const q = one('sync_call Failed, status_code: 400, code: Arrearage, message: Access denied, please make sure your account is in good standing.');
  assert.equal(q.status, 400);
  assert.deepEqual(q.codes, ['Arrearage']);
  assert.equal(q.provider, 'dashscope');
});

test('Chinese relay messages as plain text (seed 002) are found through the catalog phrases', () => {
  const text = '503 - 分组 default 下模型 gemini-2.5-pro 无可用渠道(distributor)\n\n  • 错误描述: 没有可用token\n';
  const all = findErrorPayloads(text);
  assert.ok(all.length >= 2, JSON.stringify(all.map((p) => p.message)));
  assert.equal(all[0].status, 503);
  assert.ok(all.some((p) => (p.message ?? '').includes('没有可用token')));
});

test('Bedrock: botocore, bare exception, Go v2, x-amzn-ErrorType header', () => {
  const a = one('botocore.errorfactory.ThrottlingException: An error occurred (ThrottlingException) when calling the InvokeModel operation (reached max retries: 4): Too many tokens, please wait before trying again.');
  assert.equal(a.provider, 'bedrock');
  assert.equal(a.status, 429);
  assert.equal(a.code, 'ThrottlingException');
  assert.equal(a.message, 'Too many tokens, please wait before trying again.');
  const b = one('ValidationException: The model returned the following errors: prompt is too long: 200049 tokens > 200000 maximum');
  assert.equal(b.code, 'ValidationException');
  assert.equal(b.status, 400);
  const c = one('operation error Bedrock Runtime: InvokeModelWithResponseStream, https response error StatusCode: 400, RequestID: 1a2b, ValidationException: invalid beta flag');
  assert.equal(c.provider, 'bedrock');
  assert.ok(c.codes.includes('ValidationException'));
  const d = one('HTTP/1.1 429 Too Many Requests\nx-amzn-RequestId: 8b2f\nx-amzn-ErrorType: ThrottlingException:http://internal.amazon.com/coral/com.amazon.bedrock/\n\n{"message":"Too many requests, please wait before trying again."}');
  assert.equal(d.provider, 'bedrock');
  assert.deepEqual(d.codes, ['ThrottlingException']);
  assert.equal(d.requestId, '8b2f');
});

test('gRPC / Google status names in log lines', () => {
  const a = one('google.genai.errors.ServerError: 503 UNAVAILABLE. {\'error\': {\'code\': 503, \'message\': \'The model is overloaded. Please try again later.\', \'status\': \'UNAVAILABLE\'}}');
  assert.equal(a.status, 503);
  assert.ok(a.codes.includes('UNAVAILABLE'));
  const b = one('grpc error: code = RESOURCE_EXHAUSTED desc = Quota exceeded');
  assert.equal(b.status, 429);
  assert.deepEqual(b.codes, ['RESOURCE_EXHAUSTED']);
  const c = one('[API Error: got status: DEADLINE_EXCEEDED. {"error":{"code":504,"message":"Deadline exceeded","status":"DEADLINE_EXCEEDED"}}]');
  assert.equal(c.status, 504);
  // weak names need error context
  assert.deepEqual(findErrorPayloads('the INTERNAL team is UNAVAILABLE today'), []);
});

test('util.inspect dump of a Node SDK error', () => {
  const text = `{
  status: 400,
  headers: { 'content-type': 'application/json', 'x-request-id': 'req_9f' },
  request_id: 'req_9f',
  error: { message: "Invalid 'messages[1].content': string too long.", type: 'invalid_request_error', param: 'messages[1].content', code: 'string_above_max_length' },
  code: 'string_above_max_length'
}`;
  const p = one(text);
  assert.equal(p.format, 'inspect');
  assert.equal(p.status, 400);
  assert.equal(p.code, 'string_above_max_length');
  assert.equal(p.headers['x-request-id'], 'req_9f');
});

test('OpenRouter: metadata.raw holds the upstream body as a string', () => {
  const p = one('{"error":{"code":400,"message":"Provider returned error","metadata":{"raw":"{\\"type\\":\\"error\\",\\"error\\":{\\"type\\":\\"invalid_request_error\\",\\"message\\":\\"prompt is too long: 210000 tokens > 200000 maximum\\"}}","provider_name":"Anthropic"}},"user_id":"user_1"}');
  // the provider OpenRouter passed it on from answered (provider_name is one the catalog knows); OpenRouter is a hop
  assert.equal(p.provider, 'anthropic');
  assert.ok(p.chain.some((h) => h.name === 'OpenRouter'));
  assert.equal(p.status, 400);
  assert.ok(p.codes.includes('invalid_request_error'));
  assert.ok(p.messages.some((m) => m.startsWith('prompt is too long')));
});

test('Gemini 200 responses blocked for safety', () => {
  const p = one('{"promptFeedback":{"blockReason":"PROHIBITED_CONTENT"},"usageMetadata":{"promptTokenCount":638}}');
  assert.deepEqual(p.codes, ['PROHIBITED_CONTENT']);
  assert.equal(p.provider, 'gemini');
});

test('two errors in one log are two payloads; nested forms are one', () => {
  const text = [
    '2026-01-02 10:00:00 ERROR openai.RateLimitError: Error code: 429 - {\'error\': {\'message\': \'Rate limit reached\', \'type\': \'requests\', \'param\': None, \'code\': \'rate_limit_exceeded\'}}',
    '2026-01-02 10:00:01 INFO retrying',
    '2026-01-02 10:00:02 ERROR anthropic.InternalServerError: Error code: 529 - {\'type\': \'error\', \'error\': {\'type\': \'overloaded_error\', \'message\': \'Overloaded\'}}',
  ].join('\n');
  const all = findErrorPayloads(text);
  assert.equal(all.length, 2);
  assert.equal(all[0].status, 429);
  assert.equal(all[1].status, 529);
  assert.equal(all[1].provider, 'anthropic');
});

test('error-report lines without status or JSON are payloads (reports.ts)', () => {
  // a log level marker after a timestamp; the message is what follows the marker
  const a = one('18:28:43 [ERROR] API error (attempt 1/11): Request timed out.');
  assert.ok(a.messages[0].startsWith('API error (attempt 1/11): Request timed out.'));
  // an Error: prefix behind a quote glyph, a Chinese 错误： prefix, an exception name
  assert.equal(one('> Error: Prompt blocked or filtered. Reason: OTHER').messages[0], 'Prompt blocked or filtered. Reason: OTHER');
  assert.equal(one('错误：模型 : invalid character \'d\' looking for beginning of value').messages[0], "模型 : invalid character 'd' looking for beginning of value");
  const v = one('ValueError: The `response.parts` quick accessor only works for a single candidate.');
  assert.equal(v.exception, 'ValueError');
  // Jupyter's traceback header names the exception and nothing else
  assert.equal(one('RateLimitError                            Traceback (most recent call last)').exception, 'RateLimitError');
  // an HTTP reason phrase as a prefix carries its status
  const b = one('Bad Request: Invalid provider');
  assert.equal(b.status, 400);
  assert.equal(b.messages[0], 'Invalid provider');
  // a compose gutter and a timestamp are skipped before the marker
  assert.equal(one('api-1  | 2024-01-17 11:55:21 ERROR upstream closed the connection').messages[0], 'upstream closed the connection');
  // a relay's "(request id: …)" suffix marks its message
  assert.ok(one('user [1] quota [-2] is not enough(request id:2024092600274225879598085091467)').messages[0].startsWith('user [1]'));
  // a first clause that says something failed; its status in brackets; the provider's message after it
  const c = one('Provider error: [400] The widget field in the frobnicate mode must be p');
  assert.equal(c.status, 400);
  assert.equal(c.messages[0], 'The widget field in the frobnicate mode must be p');
  assert.equal(one('⚠  API call failed (attempt 3/3): NotFoundError [HTTP 404]').status, 404);
  assert.ok(one('stream disconnected before completion: error sending request for url (http://127.0.0.1:15721/v1/responses)').messages[0].startsWith('stream disconnected'));
  // a status in parentheses opens a status line too
  assert.equal(one('(429 Too many tokens, please wait before trying again.)').status, 429);
  // Python's chain: the exception after "The above exception…" wraps the one already read
  assert.equal(findErrorPayloads("openai.RateLimitError: Error code: 429 - {'error': {'message': 'x', 'code': 'rate_limit_exceeded'}}\n\nThe above exception was the direct cause of the following exception:\n\nTraceback (most recent call last):\nRuntimeError: model call failed").length, 1);
  // not reports: prose that mentions errors, a level word inside a sentence, headings, stack frames
  assert.deepEqual(findErrorPayloads('- **Transient Error Retries**: catches `RateLimitError` (HTTP 429)\n    at APIError.generate (node_modules/openai/error.js:45:20)'), []);
  assert.deepEqual(findErrorPayloads('errors are logged at level INFO\nNo error: everything went fine is a sentence here'), []);
});

test('a log that prefixes every fragment of a wrapped record with a timestamp (Langflow) reads as one body', () => {
  const ts = '2024-01-17 11:55:21                              ';
  const text = [
    "RateLimitError: Error code: 429 -                  ",
    "{'error': {'message': 'You exceeded                ",
    'your current quota, please check                   ',
    "your plan and billing details.', 'type':           ",
    "'insufficient_quota', 'param': None, 'code':       ",
    "'insufficient_quota'}}                             ",
  ].map((l) => ts + l).join('\n');
  // (the SDK line and the body on the next lines are still two payloads: the body is what is read)
  const all = findErrorPayloads(text);
  const body = all.find((p) => p.codes.includes('insufficient_quota'));
  assert.ok(body);
  assert.ok(body.messages.some((m) => m.startsWith('You exceeded your current quota')));
  assert.equal(all[0].status, 429);
  // the spans still point into the pasted text
  assert.equal(text.slice(all[0].span.start, all[0].span.start + 14), 'RateLimitError');
});

test('a dumped HTTP response with an error status and headers but no body is a payload', () => {
  const p = one('Full Error:\n{\n  "status": 429,\n  "headers": {\n    "content-type": "application/json; charset=UTF-8"\n  }\n}');
  assert.equal(p.status, 429);
  assert.deepEqual(findErrorPayloads('{"status": 200, "headers": {"content-type": "application/json"}}'), []);
});

test('non-error text yields nothing', () => {
  assert.deepEqual(findErrorPayloads('{"model":"gpt-4o","messages":[{"role":"user","content":"hi"}]}'), []);
  assert.deepEqual(findErrorPayloads('We sold 500 units in 2025. {formula} ${var}'), []);
  assert.deepEqual(findErrorPayloads(''), []);
});
