/**
 * Issue 10 part 1a: wrapped errors are unwrapped — the payload's provider, status, code and message are
 * the innermost provider error's, and `chain` names who passed it on (outermost first). Part 2: terminal
 * wrapping inside words and JSON strings is undone. Samples follow the forms seen in the issues cited in
 * server/src/core/errors/wrappers.ts.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findErrorPayloads } from '../../server/src/core/errors/index.ts';
import type { ErrorPayload } from '../../server/src/core/errors/index.ts';

function only(text: string): ErrorPayload {
  const all = findErrorPayloads(text);
  assert.equal(all.length, 1, `expected one payload, got ${all.length}: ${JSON.stringify(all.map((p) => [p.format, p.span, p.message]))}`);
  return all[0];
}
const names = (p: ErrorPayload) => p.chain.map((h) => h.name);

// ---------------------------------------------------------------------------------------------
// gateways and relays

test('LiteLLM: litellm.RateLimitError: AnthropicException - {…}', () => {
  const p = only('litellm.RateLimitError: AnthropicException - {"type":"error","error":{"type":"rate_limit_error","message":"Number of request tokens has exceeded your per-minute rate limit"}}');
  assert.equal(p.provider, 'anthropic');
  assert.equal(p.providerCertain, true);
  assert.equal(p.status, 429); // the class stands for 429 when nothing printed one
  assert.equal(p.code, 'rate_limit_error');
  assert.equal(p.message, 'Number of request tokens has exceeded your per-minute rate limit');
  assert.deepEqual(p.chain, [{ name: 'LiteLLM', kind: 'gateway' }]);
});

test('LiteLLM: litellm.BadRequestError: VertexAIException BadRequestError - {google error}', () => {
  const p = only(
    'litellm.BadRequestError: VertexAIException BadRequestError - {\n  "error": {\n    "code": 400,\n    "message": "Unable to submit request because it has an empty text parameter.",\n    "status": "INVALID_ARGUMENT"\n  }\n}',
  );
  assert.equal(p.provider, 'vertex');
  assert.equal(p.providerCertain, true);
  assert.equal(p.status, 400);
  assert.equal(p.code, 'INVALID_ARGUMENT');
  assert.equal(p.message, 'Unable to submit request because it has an empty text parameter.');
  assert.deepEqual(names(p), ['LiteLLM']);
});

test('LiteLLM proxy: the error body whose message holds the wrapped provider error', () => {
  const text = JSON.stringify({
    error: {
      message: 'litellm.BadRequestError: AnthropicException - {"type":"error","error":{"type":"invalid_request_error","message":"messages: text content blocks must be non-empty"}}',
      type: null,
      param: null,
      code: '400',
    },
  });
  const p = only(text);
  assert.equal(p.provider, 'anthropic');
  assert.equal(p.status, 400);
  assert.equal(p.code, 'invalid_request_error');
  assert.equal(p.message, 'messages: text content blocks must be non-empty');
  assert.deepEqual(names(p), ['LiteLLM']);
});

test('LiteLLM budget message', () => {
  const p = only('litellm.BudgetExceededError: Budget has been exceeded! Current cost: 26.075, Max budget: 0.25');
  assert.equal(p.message, 'Budget has been exceeded! Current cost: 26.075, Max budget: 0.25');
  assert.deepEqual(names(p), ['LiteLLM']);
  assert.equal(p.provider, 'relay'); // the gateway's own answer
  const q = only('litellm.BadRequestError: OpenAIException - Budget has been exceeded! Current cost: 14.2, Max budget: 100.');
  assert.equal(q.provider, 'relay');
});

test('LiteLLM connection error', () => {
  const p = only('litellm.APIConnectionError: OllamaException - [WinError 10061] No connection could be made because the target machine actively refused it');
  assert.equal(p.exception, 'litellm.APIConnectionError');
  assert.deepEqual(names(p), ['LiteLLM']);
});

test('new-api: the provider body as an escaped string in error.message', () => {
  const inner = JSON.stringify({ error: { message: 'Rate limit reached for gpt-4o in organization org-abc on tokens per min (TPM): Limit 30000, Used 30000, Requested 512.', type: 'tokens', param: null, code: 'rate_limit_exceeded' } });
  const text = JSON.stringify({ error: { message: inner, type: 'new_api_error', param: '', code: 'bad_response_status_code' } });
  const p = only(text);
  assert.equal(p.code, 'rate_limit_exceeded');
  assert.equal(p.codes.indexOf('rate_limit_exceeded') < p.codes.indexOf('new_api_error'), true);
  assert.match(p.message ?? '', /^Rate limit reached for gpt-4o/);
  assert.ok(!p.messages.includes(inner), 'the escaped body itself is not kept as a message');
  assert.deepEqual(p.chain, [{ name: 'new-api', kind: 'relay' }]);
});

test('relay: error.error and upstream_error nest the provider error; its status wins, the relay keeps its own', () => {
  const p = only(
    JSON.stringify({
      error: { message: 'upstream request failed', type: 'upstream_error', code: 502, error: { type: 'overloaded_error', message: 'Overloaded', code: 529 } },
    }),
  );
  assert.equal(p.code, 'overloaded_error');
  assert.equal(p.message, 'Overloaded');
  assert.equal(p.status, 529);
  const q = only(JSON.stringify({ error: { message: 'bad gateway', code: 'upstream_failed' }, upstream_error: { type: 'rate_limit_error', message: 'This request would exceed your rate limit.' } }));
  assert.equal(q.code, 'rate_limit_error');
  assert.equal(q.message, 'This request would exceed your rate limit.');
});

test('OpenRouter: metadata.raw holds the provider body; the relay hop keeps its own status', () => {
  const raw = JSON.stringify({ error: { code: 429, message: 'Resource has been exhausted (e.g. check quota).', status: 'RESOURCE_EXHAUSTED' } }, null, 2);
  const text = JSON.stringify({ error: { message: 'Provider returned error', code: 400, metadata: { raw, provider_name: 'Google AI Studio' } }, user_id: 'org_abc' });
  const p = only(text);
  assert.equal(p.status, 429);
  assert.equal(p.code, 'RESOURCE_EXHAUSTED');
  assert.equal(p.message, 'Resource has been exhausted (e.g. check quota).');
  assert.deepEqual(p.chain, [{ name: 'OpenRouter', kind: 'relay', status: 400 }]);
  // the provider that answered is the one OpenRouter names (provider_name), not OpenRouter: it is the hop
  assert.equal(p.provider, 'gemini');
});

test('OpenRouter answering for itself is the provider, not a hop', () => {
  const p = only('{"error":{"message":"No endpoints found for deepseek/deepseek-chat-v3.1:free.","code":404},"user_id":"user_2abc"}');
  assert.equal(p.provider, 'openrouter');
  assert.deepEqual(p.chain, []);
});

test('Go: &{429 Too Many Requests 429 HTTP/2.0 …} response dump', () => {
  const p = only(
    'request failed: &{429 Too Many Requests 429 HTTP/2.0 2 0 map[Content-Type:[application/json]] {"error":{"message":"You exceeded your current quota, please check your plan and billing details.","type":"insufficient_quota","param":null,"code":"insufficient_quota"}}}',
  );
  assert.equal(p.status, 429);
  assert.equal(p.code, 'insufficient_quota');
  assert.deepEqual(p.chain, [{ name: 'Go HTTP client', kind: 'sdk', status: 429 }]);
});

// ---------------------------------------------------------------------------------------------
// SDKs and frameworks

test('Vercel AI SDK: AI_RetryError around AI_APICallError with responseBody', () => {
  const text = `AI_RetryError: Failed after 3 attempts. Last error: Overloaded
    at _retryWithExponentialBackoff (file:///app/node_modules/ai/dist/index.mjs:301:13)
    at process.processTicksAndRejections (node:internal/process/task_queues:95:5) {
  cause: undefined,
  reason: 'maxRetriesExceeded',
  errors: [
    APICallError [AI_APICallError]: Overloaded
        at file:///app/node_modules/@ai-sdk/provider-utils/dist/index.mjs:660:14 {
      cause: undefined,
      url: 'https://api.anthropic.com/v1/messages',
      requestBodyValues: [Object],
      statusCode: 529,
      responseHeaders: [Object],
      responseBody: '{"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}',
      isRetryable: true,
      data: [Object]
    }
  ]
}`;
  const all = findErrorPayloads(text);
  const p = all.find((x) => x.code === 'overloaded_error');
  assert.ok(p, JSON.stringify(all.map((x) => [x.code, x.message])));
  assert.equal(p.provider, 'anthropic');
  assert.equal(p.status, 529);
  assert.equal(p.message, 'Overloaded');
  assert.ok(names(p).includes('Vercel AI SDK'), JSON.stringify(p.chain));
});

test('LangChain traceback ending in the openai-python exception', () => {
  const text = `Traceback (most recent call last):
  File "/app/main.py", line 12, in <module>
    chain.invoke({"q": "hi"})
  File "/usr/lib/python3.11/site-packages/langchain_core/runnables/base.py", line 2499, in invoke
    input = step.invoke(input, config)
  File "/usr/lib/python3.11/site-packages/langchain_openai/chat_models/base.py", line 548, in _generate
    response = self.client.create(**payload)
  File "/usr/lib/python3.11/site-packages/openai/_base_client.py", line 1020, in _request
    raise self._make_status_error_from_response(err.response) from None
openai.RateLimitError: Error code: 429 - {'error': {'message': 'You exceeded your current quota, please check your plan and billing details.', 'type': 'insufficient_quota', 'param': None, 'code': 'insufficient_quota'}}`;
  const p = only(text);
  assert.equal(p.status, 429);
  assert.equal(p.code, 'insufficient_quota');
  assert.deepEqual(names(p), ['LangChain', 'openai-python']);
});

test('Python exception chain: the provider error is read, both exceptions named once', () => {
  const text = `anthropic.APIStatusError: {'type': 'error', 'error': {'details': None, 'type': 'overloaded_error', 'message': 'Overloaded'}}

The above exception was the direct cause of the following exception:

Traceback (most recent call last):
  File "/app/agent.py", line 40, in run
RuntimeError: model call failed`;
  const p = only(text);
  assert.equal(p.code, 'overloaded_error');
  assert.equal(p.provider, 'anthropic');
  assert.equal(p.exception, 'anthropic.APIStatusError');
  assert.deepEqual(names(p), ['anthropic-python']);
});

test('Python "During handling of the above exception": one failure, the first exception is the cause', () => {
  const text = `openai.RateLimitError: Error code: 429 - {'error': {'message': 'Rate limit reached for gpt-4o in organization org-abc on requests per min (RPM): Limit 500, Used 500, Requested 1.', 'type': 'requests', 'param': None, 'code': 'rate_limit_exceeded'}}

During handling of the above exception, another exception occurred:

Traceback (most recent call last):
  File "/usr/lib/python3.11/site-packages/llama_index/core/llms/callbacks.py", line 173, in wrapped_llm_chat
ValueError: LLM call failed after 3 retries`;
  const p = only(text);
  assert.equal(p.status, 429);
  assert.equal(p.code, 'rate_limit_exceeded');
  assert.match(p.message ?? '', /^Rate limit reached for gpt-4o/);
  assert.deepEqual(names(p), ['LlamaIndex', 'openai-python']);
});

test('Java "Caused by:": the cause printed last is the inner error', () => {
  const text = `com.example.llm.ModelCallException: model call failed
	at com.example.llm.Client.call(Client.java:42)
Caused by: com.openai.errors.RateLimitException: 429: {"error":{"message":"Rate limit reached for gpt-4o","type":"requests","param":null,"code":"rate_limit_exceeded"}}`;
  const all = findErrorPayloads(text);
  assert.equal(all.length, 1, JSON.stringify(all.map((x) => [x.code, x.message])));
  assert.equal(all[0].code, 'rate_limit_exceeded');
  assert.equal(all[0].message, 'Rate limit reached for gpt-4o');
  assert.equal(all[0].exception, 'RateLimitException');
});

test('Go "caused by:" with a response dump', () => {
  const text = `level=error msg="completion failed" err="llm: request failed
caused by: &{429 Too Many Requests 429 HTTP/1.1 1 1 map[] {"error":{"message":"You exceeded your current quota, please check your plan and billing details.","type":"insufficient_quota","param":null,"code":"insufficient_quota"}}}"`;
  const all = findErrorPayloads(text);
  const p = all.find((x) => x.code === 'insufficient_quota');
  assert.ok(p);
  assert.equal(p.status, 429);
  assert.ok(names(p).includes('Go HTTP client'));
});

// ---------------------------------------------------------------------------------------------
// agent tools

test('Claude Code: API Error: 529 {…}', () => {
  const p = only('API Error: 529 {"type":"error","error":{"type":"overloaded_error","message":"Overloaded"},"request_id":"req_011CZAZLPuVRisJc8oe4zrKo"}');
  assert.equal(p.provider, 'anthropic');
  assert.equal(p.status, 529);
  assert.equal(p.code, 'overloaded_error');
  assert.deepEqual(p.chain, [{ name: 'Claude Code', kind: 'agent' }]);
});

test('Claude Code: ⎿  API Error (529 {…}) · Retrying in 4 seconds…', () => {
  const p = findErrorPayloads('⎿  API Error (529 {"type":"error","error":{"type":"overloaded_error","message":"Overloaded"},"request_id":null}) · Retrying in 4 seconds… (attempt 4/10)')[0];
  assert.equal(p.code, 'overloaded_error');
  assert.deepEqual(names(p), ['Claude Code']);
});

test('Claude Code around a LiteLLM-style relay: agent outermost', () => {
  const p = only('API Error: 400 {"error":{"message":"litellm.BadRequestError: AnthropicException - {\\"type\\":\\"error\\",\\"error\\":{\\"type\\":\\"invalid_request_error\\",\\"message\\":\\"prompt is too long: 210883 tokens > 200000 maximum\\"}}","type":null,"param":null,"code":"400"}}');
  assert.equal(p.code, 'invalid_request_error');
  assert.equal(p.message, 'prompt is too long: 210883 tokens > 200000 maximum');
  assert.deepEqual(names(p), ['Claude Code', 'LiteLLM']);
});

test('Gemini CLI: ✕ [API Error: {…}]', () => {
  const p = only('✕ [API Error: {"error":{"code":429,"message":"You exceeded your current quota.","status":"RESOURCE_EXHAUSTED"}}]');
  assert.equal(p.status, 429);
  assert.equal(p.code, 'RESOURCE_EXHAUSTED');
  assert.deepEqual(names(p), ['Gemini CLI / Qwen Code']);
});

test('OpenHands log record around LiteLLM', () => {
  const p = only(
    '01:57:01 - openhands:ERROR: retry_mixin.py:47 - litellm.RateLimitError: AnthropicException - {"type":"error","error":{"type":"rate_limit_error","message":"Number of tokens has exceeded your per-minute rate limit"}}. Attempt #3',
  );
  assert.equal(p.code, 'rate_limit_error');
  assert.deepEqual(names(p), ['OpenHands', 'LiteLLM']);
});

test('Cline: [CLINE] prefix', () => {
  const p = only('[CLINE] stream_initialization_failed: request failed with status 400: {"error":{"message":"Invalid input","type":"invalid_request_error","param":"messages","code":"invalid_request_error"}}');
  assert.equal(p.code, 'invalid_request_error');
  assert.deepEqual(names(p), ['Cline']);
});

// ---------------------------------------------------------------------------------------------
// streamed failures

test('SSE: event: error frame with an Anthropic error object', () => {
  const text = 'event: message_start\ndata: {"type":"message_start","message":{"id":"msg_1","type":"message","role":"assistant","content":[]}}\n\nevent: error\ndata: {"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}\n\n';
  const p = only(text);
  assert.equal(p.provider, 'anthropic');
  assert.equal(p.code, 'overloaded_error');
  assert.equal(p.message, 'Overloaded');
  assert.deepEqual(names(p), ['SSE stream']);
});

test('SSE: event: response.failed frame (Responses API)', () => {
  const text = 'event: response.failed\ndata: {"type":"response.failed","sequence_number":9,"response":{"id":"resp_1","object":"response","status":"failed","error":{"code":"server_error","message":"The model failed to generate a response."},"output":[]}}\n\n';
  const p = only(text);
  assert.equal(p.code, 'server_error');
  assert.equal(p.message, 'The model failed to generate a response.');
  assert.deepEqual(names(p), ['SSE stream']);
});

test('SSE: data: {"error":…} chunk after content chunks', () => {
  const text = 'data: {"id":"chatcmpl-1","object":"chat.completion.chunk","choices":[{"index":0,"delta":{"content":"Hel"},"finish_reason":null}]}\n\ndata: {"error":{"message":"The server had an error while processing your request.","type":"server_error","param":null,"code":null}}\n\n';
  const p = only(text);
  assert.equal(p.code, 'server_error');
  assert.deepEqual(names(p), ['SSE stream']);
});

// ---------------------------------------------------------------------------------------------
// escaped JSON at depth, terminal wrapping

test('escaped JSON three levels deep: the innermost error leads', () => {
  const l3 = JSON.stringify({ error: { message: 'Invalid API key provided.', type: 'invalid_request_error', code: 'invalid_api_key' } });
  const l2 = JSON.stringify({ error: { message: l3, type: 'upstream_error' } });
  const l1 = JSON.stringify({ error: { message: l2, type: 'new_api_error' } });
  const p = only(l1);
  assert.equal(p.code, 'invalid_api_key');
  assert.equal(p.message, 'Invalid API key provided.');
});

test('terminal wrapping inside a key and inside words of a JSON string', () => {
  const p = only('{"error": {"messa\n  ge": "Rate limit reac    hed for gpt-4o in organization org-abc on tokens per min", "type": "tokens", "code": "rate_limit_exceeded"}}');
  assert.equal(p.code, 'rate_limit_exceeded');
  assert.ok(p.messages.includes('Rate limit reached for gpt-4o in organization org-abc on tokens per min'), JSON.stringify(p.messages));
});

test('terminal wrapping inside an identifier and a request id (Claude Code pastes)', () => {
  const p = only('  API Error: 529 {"type":"error","error":{"type":"overload     ed_error","message":"Overloaded"},"request_id":"req_011C     cLPrMiu53v6Rp1jfe1Cd"}');
  assert.equal(p.code, 'overloaded_error');
  assert.equal(p.requestId, 'req_011CcLPrMiu53v6Rp1jfe1Cd');
});

test('a line break inside a string that the terminal indented, after punctuation', () => {
  const p = only('API Error: 529 {"type":"error","error":{"type":"overloaded_error","message":"Overloaded.\n     https://docs.claude.com/en/api/errors"},"request_id":"req_011CZTL4nhJHacjs381KS9GM"}');
  assert.equal(p.message, 'Overloaded. https://docs.claude.com/en/api/errors');
  assert.equal(p.requestId, 'req_011CZTL4nhJHacjs381KS9GM');
});

test('a TUI frame bar at the wrap (Gemini CLI box)', () => {
  const text = '│ {"error":{"code":429,"message":"Resource has been exhausted (e.g. check        │\n│   quota).","status":"RESOURCE_EXHAUSTED"}}';
  const p = findErrorPayloads(text)[0];
  assert.equal(p.code, 'RESOURCE_EXHAUSTED');
  assert.equal(p.message, 'Resource has been exhausted (e.g. check quota).');
});

test('a truncated string followed by the next member still ends the string', () => {
  const p = findErrorPayloads('{"error": {"message": "Rate limit reached for gpt-4o\n    "type": "tokens", "code": "rate_limit_exceeded"}}')[0];
  assert.equal(p.message, 'Rate limit reached for gpt-4o');
});

test('nothing wrapped: chain is []', () => {
  const p = only('{"error": {"message": "Invalid API key", "type": "invalid_request_error", "code": "invalid_api_key"}}');
  assert.deepEqual(p.chain, []);
});

test('a plain-text message the terminal wrapped over indented lines is one message', () => {
  const text = `API Error: Claude Code is unable to respond to this request, which appears to violate
     our Usage Policy (https://www.anthropic.com/legal/aup). Please double press esc to 
    edit your last message or start a new session for Claude Code to assist with a 
    different task.`;
  const p = only(text);
  assert.equal(
    p.message,
    'Claude Code is unable to respond to this request, which appears to violate our Usage Policy (https://www.anthropic.com/legal/aup). Please double press esc to edit your last message or start a new session for Claude Code to assist with a different task.',
  );
  assert.equal(p.span.end, text.length);
});

test('a stack frame after the message is not a continuation', () => {
  const p = only('Error: 400 Unsupported parameter: max_tokens is not supported with this model, use max_completion_tokens\n    at APIError.generate (node_modules/openai/error.js:45:20)');
  assert.equal(p.message, 'Unsupported parameter: max_tokens is not supported with this model, use max_completion_tokens');
});

test('Claude Code frame without a body: API Error (host | 504: Gateway time-out)', () => {
  const all = findErrorPayloads('API Error (api.anthropic.com | 504: Gateway time-out) · Retrying in 5 seconds… (attempt 4/10)\n⎿  API Error (api.anthropic.com | 504: Gateway time-out) · Retrying in 9 seconds… (attempt 5/10)');
  assert.equal(all.length, 2);
  for (const p of all) {
    assert.equal(p.status, 504);
    assert.equal(p.message, 'Gateway time-out');
    assert.equal(p.provider, 'anthropic');
    assert.deepEqual(names(p), ['Claude Code']);
  }
});

test('Vercel AI SDK RetryError with only a reason: the reason gives the status', () => {
  const p = only('Error: Failed after 3 attempts. Last error: Too Many Requests');
  assert.equal(p.status, 429);
  assert.equal(p.message, 'Too Many Requests');
  assert.deepEqual(names(p), ['Vercel AI SDK']);
});

test('Go response dump without a body', () => {
  const p = only('err: &{503 Service Unavailable 503 HTTP/1.1 1 1 map[Content-Type:[text/plain]] 0xc000123}');
  assert.equal(p.status, 503);
  assert.equal(p.message, 'Service Unavailable');
  assert.deepEqual(p.chain, [{ name: 'Go HTTP client', kind: 'sdk', status: 503 }]);
});

test('SSE: the Responses API error event (no error object) is not taken for Anthropic', () => {
  const p = only('event: error\ndata: {"type":"error","code":"server_is_overloaded","message":"Our servers are currently overloaded. Please try again later.","param":null,"sequence_number":3}\n\n');
  assert.equal(p.code, 'server_is_overloaded');
  assert.notEqual(p.provider, 'anthropic');
  assert.deepEqual(names(p), ['SSE stream']);
});

test('Cursor: ERROR_PROVIDER_ERROR with the provider message in details.detail', () => {
  const p = only('Request ID: 900a47c4-ef7b-4b04-8377-25edaca0e54a\n{"error":"ERROR_PROVIDER_ERROR","details":{"title":"Server Error","detail":"decode anthropic tool input failed: unexpected end of JSON input","isRetryable":true}}');
  assert.equal(p.message, 'decode anthropic tool input failed: unexpected end of JSON input');
  assert.ok(p.codes.includes('ERROR_PROVIDER_ERROR'));
  assert.deepEqual(names(p), ['Cursor']);
});

test('Continue: the error panel around a provider body', () => {
  const text = 'Model: GPT-5\nProvider: openai\nStatus Code: 401\n\n**Error Output**\n```\n{"message":"Incorrect API key provided: ai.","type":"invalid_request_error","param":null,"code":"invalid_api_key"}\n```';
  const p = findErrorPayloads(text).find((x) => x.code === 'invalid_api_key');
  assert.ok(p);
  assert.ok(names(p).includes('Continue'), JSON.stringify(p.chain));
});

test('SDK by the shape of the body after "Error code: NNN - "', () => {
  const a = only("anthropic error: Error code: 529 - {'type': 'error', 'error': {'type': 'overloaded_error', 'message': 'Overloaded'}}");
  assert.deepEqual(names(a), ['anthropic-python']);
  const o = only("Error code: 400 - {'error': {'message': 'Invalid prompt', 'type': 'invalid_request_error', 'param': None, 'code': 'invalid_prompt'}}");
  assert.deepEqual(names(o), ['openai-python']);
});

test('google-genai APIError: "503 UNAVAILABLE. {\'error\': {…}}"', () => {
  const p = only("Error with Client: 503 UNAVAILABLE. {'error': {'code': 503, 'message': 'The model is overloaded. Please try again later.', 'status': 'UNAVAILABLE'}}");
  assert.equal(p.status, 503);
  assert.equal(p.code, 'UNAVAILABLE');
  assert.deepEqual(names(p), ['google-genai']);
});

test("Claude Code's error log (bun binary stack frames)", () => {
  const p = only('[{"error":"Error: 429 {\\"type\\":\\"error\\",\\"error\\":{\\"type\\":\\"rate_limit_error\\",\\"message\\":\\"This request would exceed your account\'s rate limit.\\"}}\\n    at generate (/$bunfs/root/src/entrypoints/cli.js:11:65735)","timestamp":"2026-06-08T18:16:16.295Z"}]');
  assert.equal(p.code, 'rate_limit_error');
  assert.deepEqual(names(p), ['Claude Code']);
});
