/**
 * Linear work for the unwrapping scanners (issue 10 parts 1a and 2), as adversarial.test.ts does for
 * the rest: pathological repeats of each wrapper prefix, stream frame, success body, terminal wrap and
 * mention form, alone on one line and one per line. The work counted by the finder (characters read,
 * decoded or cut, plus wrapper hits visited) stays within 40× the input.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findErrorPayloads, lastScanWork } from '../../server/src/core/errors/index.ts';

const N = 20_000;
const FACTOR = 40;
let worst = 0;

function check(name: string, text: string): void {
  const payloads = findErrorPayloads(text);
  const work = lastScanWork();
  worst = Math.max(worst, work / text.length);
  assert.ok(work <= FACTOR * text.length + 10_000, `${name}: work ${work} for ${text.length} chars`);
  assert.ok(payloads.length <= text.length / 4 + 1, `${name}: ${payloads.length} payloads`);
  for (const p of payloads.slice(0, 50)) assert.ok(p.chain.length <= 8, `${name}: chain of ${p.chain.length}`);
}

const units: [string, string][] = [
  ['LiteLLM prefix', 'litellm.RateLimitError: AnthropicException - '],
  ['LiteLLM near-miss body', 'litellm.RateLimitError: AnthropicException - {"type":"error","error":{"type":"x'],
  ['LiteLLM budget', 'Budget has been exceeded! '],
  ['relay codes', '"new_api_error" (request id: '],
  ['OpenRouter', '{"error":{"message":"Provider returned error","code":400,"metadata":{"raw":"{\\"error\\":'],
  ['Go dump', '&{429 '],
  ['Go dump full', '&{429 Too Many Requests 429 HTTP/2.0 2 0 map[] {"error":{"message":"x","type":"y"}}} '],
  ['Vercel retry', 'AI_RetryError: Failed after 3 attempts. Last error: '],
  ['Vercel call', "APICallError [AI_APICallError]: x { statusCode: 429, responseBody: '{\"error\":"],
  ['Claude Code', 'API Error: 529 '],
  ['Claude Code paren', '⎿  API Error (529 {"type":"error","error":{"type":"overloaded_error"'],
  ['Gemini CLI', '✕ [API Error: {"error":{"code":429,'],
  ['agents', '[CLINE] openhands:ERROR aider '],
  ['SDK modules', 'openai.RateLimitError anthropic._exceptions botocore. google.genai. langchain llama_index '],
  ['SSE error frame', 'event: error\ndata: {"type":"error","error":{"type":"overloaded_error","message":"x"}}\n'],
  ['SSE failed frame', 'event: response.failed\ndata: {"type":"response.failed","response":{"status":"failed","error":{"code":"server_error"'],
  ['SSE data chunks', 'data: {"error":{"message":"x"'],
  ['success bodies', '{"choices":[{"index":0,"message":{"content":"Error: 429 rate_limit_exceeded {\\"error\\":{}}"},"finish_reason":"stop"}]}'],
  ['success Anthropic', '{"type":"message","role":"assistant","content":[{"type":"text","text":"API Error: 529 overloaded_error"}]}'],
  ['wrapped strings', '{"error":{"message":"a\n   b'],
  ['wrapped keys', '{"messa\n  ge":"x'],
  ['space runs', '{"error":{"message":"a    b    c    '],
  ['frame bars', '{"error":{"message":"check      │\n│   quota'],
  ['truncated then member', '{"error":{"message":"x\n    "type":'],
  ['quoted mentions', 'the generic "Provider returned error" '],
  ['templates', '当前分组 %s 下对于模型 %s 无可用渠道 '],
  ['docs rows', '429 - Rate limit reached for requests\tCause: x\nSolution: y\n'],
  ['wrapped message lines', 'API Error: Claude Code is unable to respond to this request, which\n     appears to violate our Usage Policy and more words here\n'],
  ['Claude Code frames', 'API Error (api.anthropic.com | 504: Gateway time-out) '],
  ['Claude Code frame near-miss', 'API Error (api.anthropic.com | 50'],
  ['retry reasons', 'Failed after 3 attempts. Last error: Too Many Requests\n'],
  ['Go dumps without body', '&{503 Service Unavailable 503 HTTP/1.1 '],
  ['Cursor bodies', '{"error":"ERROR_PROVIDER_ERROR","details":{"title":"x","detail":"y'],
  ['Continue panels', '**Error Output**\n```\n'],
  ['SDK by body shape', "Error code: 529 - {'type': 'error', 'error': {'type': "],
  ['google-genai frames', "503 UNAVAILABLE. {'error': {'code': 503, "],
  ['bun stack frames', '    at generate (/$bunfs/root/src/entrypoints/cli.js:11:65735)\n'],
  ['report lines: level markers', '18:28:43 [ERROR] API error (attempt 1/11): Request timed out. '],
  ['report lines: prefixes', 'Error: error: ERROR x 错误：Bad Request: '],
  ['report lines: exception names', 'ValueError: ChatGoogleGenerativeAIError: '],
  ['report lines: Jupyter header', 'RateLimitError                            Traceback (most recent call last)\n'],
  ['report lines: gutters', 'api-1  | 2024-01-17 11:55:21  ❯ ⎿ ● > │ 12 | [12:00:01] '],
  ['report lines: gutter without end', '2024-01-17 2024-01-17 2024-01-17 ❯❯❯❯ svc-1 svc-1 '],
  ['report lines: relay suffix', 'user quota is not enough (request id: 20240926'],
  ['report lines: relay suffix far', 'x\n'.repeat(50) + 'quota is not enough (request id: 1)\n'],
  ['report lines: failure clauses', 'API call failed (attempt 3/3): Provider error: [400] [HTTP 404] '],
  ['report lines: clause without colon', 'request failed and failed and disconnected '],
  ['report lines: brackets', '[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[['],
  ['report lines: chain separators', 'The above exception was the direct cause of the following exception:\nValueError: x\n'],
  ['timestamp gutters on every line', "2024-01-17 11:55:21      {'error': {'message': 'x\n"],
  ['compose gutters on every line', 'api-1  | {"error":{"message":"x\n'],
  ['logfmt error keys', ' level=warning err= err_msg="x '],
  ['logfmt pairs', ' a=b c="d\\" e= err=x'],
  ['inspect concatenation', "{ message: 'a' +\n  'b' +\n  \"c\" + "],
  ['inspect concatenation, no next literal', "{ message: 'a' +\n  x "],
  ['HTML titles', '<title>502 <title>'],
  ['HTML titles without end', '<title>' + 'x'.repeat(50)],
  ['Cloudflare codes', '<span class="cf-error-code">1101</span> cf-subheadline">'],
  ['continuations without a head', '     our Usage Policy (https://www.anthropic.com/legal/aup). Please double press\n'],
  // issue 10, r4 layers
  ['google-api-core bare classes', 'Encountered ResourceExhausted: 429 x PermissionDenied: 403 y ServiceUnavailable: 503 '],
  ['google-api-core bare near-miss', 'ResourceExhausted: 42 ResourceExhausted: 4290 xResourceExhausted: 429 '],
  ['grpcio repr', '<AioRpcError of RPC that terminated with:\n\tstatus = StatusCode.PERMISSION_DENIED\n\tdetails = "no credits"\n'],
  ['grpcio repr, details without close', '\tstatus = StatusCode.UNAVAILABLE error\n\tdetails = "x\n'],
  ['elided bodies', 'returns 400 with body `{"error":"...does not support tools"}` '],
  ['elided near-miss (redacted id)', '{"error":{"message":"x"},"user_id":"…REDACTED"} '],
  ['many colons in an object', '{"a":' + '::::'.repeat(200) + '"...'],
  ['bracketed HTTP versions', 'error: ((HTTP/2 429) (HTTP/1.1 503] [HTTP/ (HTTP/22222 '],
  ['retry progress lines', 'Reconnecting... 1/5\nRetrying in 8s\nstream disconnected before completion\n'],
];

for (const [name, unit] of units) {
  test(`${N} × ${name}, on one line and one per line`, () => {
    check(name, unit.repeat(N));
    check(`${name} (lines)`, (unit.replace(/\n/g, ' ') + '\n').repeat(N));
  });
}

test('escaped relay bodies three levels deep, repeated', () => {
  const l3 = JSON.stringify({ error: { message: 'Invalid API key provided.', code: 'invalid_api_key' } });
  const l2 = JSON.stringify({ error: { message: l3, type: 'upstream_error' } });
  const l1 = JSON.stringify({ error: { message: l2, type: 'new_api_error' } });
  check('nested relays', (l1 + '\n').repeat(5_000));
});

test('one string wrapped fifty thousand times', () => {
  check('long wrapped string', '{"error":{"message":"' + 'word\n     '.repeat(50_000) + '"}}');
  check('long spaced string', '{"error":{"message":"' + 'word     '.repeat(50_000) + '"}}');
});

test('message-only pastes: every length up to past the limit, and padded with a megabyte of blanks, read in bounded work', () => {
  const unit = 'you have hit your session limit ';
  for (let n = 1; n <= 12; n++) check(`message-only ×${n}`, unit.repeat(n));
  check('message-only in blanks', ' \n'.repeat(500_000) + unit + '\t'.repeat(500_000));
  check('message-only prose words', "i'm sorry ".repeat(N));
});

test('worst work ratio', () => {
  console.log(`# worst work / input over the unwrap inputs: ${worst.toFixed(2)}`);
  assert.ok(worst <= FACTOR);
});
