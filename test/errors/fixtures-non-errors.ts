/**
 * Successful responses and ordinary logs that mention an error code or an error phrase but report no
 * failure (issue 10 part 2). Shapes follow each API's documented success body; the mentions are the
 * kind people paste: a model explaining an error, a retry that succeeded, config listing statuses.
 */
export const NON_ERRORS: [string, string][] = [
  [
    'OpenAI chat completion whose answer explains a 429',
    JSON.stringify({
      id: 'chatcmpl-AbC123',
      object: 'chat.completion',
      created: 1733500000,
      model: 'gpt-4o-2024-08-06',
      choices: [
        {
          index: 0,
          message: {
            role: 'assistant',
            content: 'A 429 rate_limit_exceeded error means "Rate limit reached for gpt-4o in organization org-abc on tokens per min (TPM)". Error code: 429 - back off and retry. insufficient_quota means: You exceeded your current quota, please check your plan and billing details.',
            refusal: null,
          },
          logprobs: null,
          finish_reason: 'stop',
        },
      ],
      usage: { prompt_tokens: 20, completion_tokens: 60, total_tokens: 80 },
    }, null, 2),
  ],
  [
    'OpenAI Responses API output that quotes an error body',
    JSON.stringify({
      id: 'resp_67ccd2bed1ec8190b14f964abc054267',
      object: 'response',
      status: 'completed',
      error: null,
      incomplete_details: null,
      model: 'gpt-4.1-2025-04-14',
      output: [
        {
          type: 'message',
          id: 'msg_67ccd2bf17f0819081ff3bb2cf6508e6',
          status: 'completed',
          role: 'assistant',
          content: [{ type: 'output_text', text: 'If you see {"error": {"message": "Incorrect API key provided", "type": "invalid_request_error", "code": "invalid_api_key"}} your key is wrong; a 401 means authentication failed.', annotations: [] }],
        },
      ],
    }),
  ],
  [
    'Anthropic message whose text mentions overloaded_error and 529',
    JSON.stringify({
      id: 'msg_01XFDUDYJgAACzvnptvVoYEL',
      type: 'message',
      role: 'assistant',
      model: 'claude-sonnet-4-20250514',
      content: [{ type: 'text', text: 'HTTP 529 overloaded_error: "Overloaded" means the API is temporarily overloaded. Error: 529 {"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}} is safe to retry.' }],
      stop_reason: 'end_turn',
      stop_sequence: null,
      usage: { input_tokens: 12, output_tokens: 48 },
    }, null, 2),
  ],
  [
    'Gemini candidates whose text names RESOURCE_EXHAUSTED',
    JSON.stringify({
      candidates: [
        {
          content: { parts: [{ text: 'RESOURCE_EXHAUSTED (429) means you exceeded your quota; INVALID_ARGUMENT (400) means the request is malformed. API key not valid. Please pass a valid API key. is a 400.' }], role: 'model' },
          finishReason: 'STOP',
          index: 0,
        },
      ],
      usageMetadata: { promptTokenCount: 10, candidatesTokenCount: 40, totalTokenCount: 50 },
      modelVersion: 'gemini-2.0-flash',
    }),
  ],
  [
    'a log line saying a retry succeeded',
    '2025-06-01 12:00:03 INFO openai._base_client: Retrying request to /chat/completions in 0.8 seconds\n2025-06-01 12:00:04 INFO httpx: HTTP Request: POST https://api.openai.com/v1/chat/completions "HTTP/1.1 200 OK"\n2025-06-01 12:00:04 INFO app: retry after 429 succeeded on attempt 2',
  ],
  ['an HTTP 200 status line', 'HTTP/1.1 200 OK\nContent-Type: application/json\nx-request-id: req_abc123\n\n{"id":"chatcmpl-1","object":"chat.completion","choices":[{"index":0,"message":{"role":"assistant","content":"ok"},"finish_reason":"stop"}]}'],
  ['retry config listing statuses', '{\n  "retry_on": [429, 500, 502, 503, 529],\n  "max_retries": 5,\n  "backoff": "exponential"\n}'],
  ['YAML retry config', 'retry:\n  status_codes: [429, 503]\n  max_attempts: 3\n'],
  [
    'streamed success with a delta mentioning an error',
    'data: {"id":"chatcmpl-9","object":"chat.completion.chunk","choices":[{"index":0,"delta":{"content":"The error rate_limit_exceeded (429) means slow down."},"finish_reason":null}]}\n\ndata: [DONE]\n',
  ],
];
