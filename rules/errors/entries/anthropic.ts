/**
 * Anthropic (Claude API) error catalog entries.
 *
 * Shape: `{"type":"error","error":{"type":"<error type>","message":"..."},"request_id":"req_..."}` with a
 * `request-id` header; rate-limit answers carry `retry-after` and `anthropic-ratelimit-*` headers.
 * Sources: https://platform.claude.com/docs/en/api/errors (error types and statuses),
 * https://platform.claude.com/docs/en/api/rate-limits (429s, spend limits, headers); the 400 messages are
 * quoted as users reported them (each entry names the report).
 */
import type { ErrorEntry } from '../types.ts';

const ERRORS_DOC = 'https://platform.claude.com/docs/en/api/errors';
const RATE_DOC = 'https://platform.claude.com/docs/en/api/rate-limits';

/** Shared by the two 413 entries (Anthropic's usual wording, and any other message with the same type). */
const REQUEST_TOO_LARGE = {
  fault: 'request',
  retryable: false,
  title: 'Request body too large',
  explanation:
    'The HTTP body is larger than the endpoint accepts (32 MB for Messages and token counting, 256 MB for batches, 500 MB for files). The limit is enforced before the request reaches the API.',
  fix: [
    'Send large documents and images through the Files API and reference them by id instead of inline base64.',
    'Split the work over several requests, or compress/resize attachments.',
  ],
  rule: 'image-too-large',
  source: `${ERRORS_DOC} ; https://github.com/earendil-works/pi/issues/401`,
} satisfies Omit<ErrorEntry, 'id' | 'provider' | 'match' | 'examples'>;

export const ENTRIES: ErrorEntry[] = [
  // ── 400 invalid_request_error: specific messages first ─────────────────────────────────────────
  {
    id: 'anthropic/prompt-too-long',
    provider: 'anthropic',
    match: { codes: ['invalid_request_error'], messageIncludes: ['prompt is too long'] },
    fault: 'request',
    retryable: false,
    title: 'Prompt is longer than the model\'s context window',
    explanation:
      'The input (system prompt, messages, tool definitions and attachments together) counts more tokens than the model can read at once, so the request was rejected before generation started.',
    fix: [
      'Shorten the conversation: drop or summarise older turns, large tool results and attachments.',
      'Count tokens before sending (the count_tokens endpoint) and keep the input under the model\'s limit.',
      'Switch to a model with a larger context window, or enable a long-context beta where the model offers one.',
    ],
    rule: 'context-window-exceeded',
    extract: ['context-overflow'],
    source: `${ERRORS_DOC} ; https://github.com/earendil-works/pi/issues/102`,
    examples: [
      '{"type":"error","error":{"type":"invalid_request_error","message":"prompt is too long: 219898 tokens > 200000 maximum"},"request_id":"req_011CUmX3k8ZbPq1Yd4u9hR2e"}',
      "anthropic.BadRequestError: Error code: 400 - {'type': 'error', 'error': {'type': 'invalid_request_error', 'message': 'prompt is too long: 207114 tokens > 200000 maximum'}, 'request_id': 'req_011CV2nX8bD1rP5uEwFgkT7a'}",
    ],
  },
  {
    id: 'anthropic/input-and-max-tokens-exceed-context',
    provider: 'anthropic',
    match: { codes: ['invalid_request_error'], messageIncludes: ['exceed context limit'] },
    fault: 'request',
    retryable: false,
    title: 'Input plus max_tokens exceed the context window',
    explanation:
      'The input tokens and the requested max_tokens must fit in the context window together; here their sum is larger than the limit, so there would be no room left for the answer you asked for.',
    fix: [
      'Lower max_tokens so that input + max_tokens stays under the context limit.',
      'Or shorten the input (older turns, tool results, attachments).',
    ],
    rule: 'context-window-exceeded',
    extract: ['context-overflow'],
    source: `${ERRORS_DOC} ; https://github.com/continuedev/continue/issues/6080`,
    examples: [
      'Error: 400 {"type":"error","error":{"type":"invalid_request_error","message":"input length and `max_tokens` exceed context limit: 199759 + 8192 > 200000, decrease input length or `max_tokens` and try again"}}',
    ],
  },
  {
    id: 'anthropic/max-tokens-too-large',
    provider: 'anthropic',
    match: { codes: ['invalid_request_error'], messageIncludes: ['which is the maximum allowed number of output tokens'] },
    fault: 'request',
    retryable: false,
    title: 'max_tokens is above the model\'s output limit',
    explanation:
      'Each Claude model caps how many tokens it can generate in one response; the max_tokens you sent is larger than that cap, so the request was refused.',
    fix: [
      'Set max_tokens at or below the maximum named in the message.',
      'If you need longer outputs, pick a model with a higher output limit or split the work into several calls.',
    ],
    rule: 'max-tokens-exceeds-model-limit',
    extract: ['max-tokens'],
    source: `https://platform.claude.com/docs/en/about-claude/models/overview ; https://github.com/OpenHands/OpenHands/issues/11090`,
    examples: [
      '{"type":"error","error":{"type":"invalid_request_error","message":"max_tokens: 1000000 > 64000, which is the maximum allowed number of output tokens for claude-sonnet-4-20250514"}}',
    ],
  },
  {
    id: 'anthropic/empty-text-block',
    provider: 'anthropic',
    match: {
      codes: ['invalid_request_error'],
      messageIncludes: ['text content blocks must be non-empty', 'text content blocks must contain non-whitespace text'],
    },
    fault: 'request',
    retryable: false,
    title: 'Empty text content block',
    explanation:
      'A content block of type "text" has an empty (or whitespace-only) text field. The Messages API rejects such blocks anywhere in the conversation, including inside tool_result content.',
    fix: [
      'Remove text blocks whose text is empty or whitespace, or give them real text.',
      'Check the code that builds messages: empty assistant turns or empty tool outputs are the usual source.',
    ],
    rule: 'empty-text-block',
    source: `${ERRORS_DOC} ; https://github.com/anthropics/claude-code/issues/59812 ; https://github.com/anthropics/claude-code/issues/23440`,
    examples: [
      'API Error: 400 {"type":"error","error":{"type":"invalid_request_error","message":"messages: text content blocks must be non-empty"},"request_id":"req_011CSzq1Gh6wVb2mJk9NcX4p"}',
      "anthropic.BadRequestError: Error code: 400 - {'type': 'error', 'error': {'type': 'invalid_request_error', 'message': 'messages: text content blocks must contain non-whitespace text'}}",
    ],
  },
  {
    id: 'anthropic/tool-result-unmatched',
    provider: 'anthropic',
    match: { codes: ['invalid_request_error'], messageIncludes: ['unexpected `tool_use_id` found in `tool_result` blocks'] },
    fault: 'request',
    retryable: false,
    title: 'tool_result without a matching tool_use',
    explanation:
      'A tool_result block refers to a tool_use_id that does not appear as a tool_use block in the assistant message right before it. This usually happens after trimming or reordering history, or when a tool_use id was changed.',
    fix: [
      'Make every tool_result\'s tool_use_id equal the id of a tool_use block in the immediately preceding assistant message.',
      'When you trim history, remove tool_use blocks and their tool_result blocks together.',
    ],
    rule: 'tool-result-unmatched',
    source: `${ERRORS_DOC} ; https://github.com/anthropics/claude-code/issues/13460`,
    examples: [
      '{"type":"error","error":{"type":"invalid_request_error","message":"messages.0.content.0: unexpected `tool_use_id` found in `tool_result` blocks: toolu_01Xk9bT3qYwL2mN8vR4sJ6pD. Each `tool_result` block must have a corresponding `tool_use` block in the previous message."}}',
    ],
  },
  {
    id: 'anthropic/tool-use-without-result',
    provider: 'anthropic',
    match: { codes: ['invalid_request_error'], messageIncludes: ['ids were found without `tool_result` blocks immediately after'] },
    fault: 'request',
    retryable: false,
    title: 'tool_use left without a tool_result',
    explanation:
      'An assistant message contains tool_use blocks, but the next user message does not start with a tool_result for each of them. Every tool call has to be answered in the very next message.',
    fix: [
      'Follow each assistant message that has tool_use blocks with a user message whose content begins with one tool_result per tool_use id.',
      'If a tool failed or was cancelled, still send a tool_result (with is_error: true) rather than dropping it.',
    ],
    rule: 'tool-call-unanswered',
    source: `${ERRORS_DOC} ; https://github.com/anthropics/claude-code/issues/5060`,
    examples: [
      'Error: 400 {"type":"error","error":{"type":"invalid_request_error","message":"messages.6: `tool_use` ids were found without `tool_result` blocks immediately after: toolu_01AbmHJypDhKqBF7NKdRPJ6d. Each `tool_use` block must have a corresponding `tool_result` block in the next message."},"request_id":"req_011CRt7wq2JzH3eYv5mKcN8d"}',
    ],
  },
  {
    id: 'anthropic/tool-result-not-first',
    provider: 'anthropic',
    match: { codes: ['invalid_request_error'], messageIncludes: ['`tool_result` block(s) at the beginning of this message'] },
    fault: 'request',
    retryable: false,
    title: 'tool_result blocks must come first',
    explanation:
      'The message that answers tool calls has other content (for example text) before its tool_result blocks. The tool_result blocks must open the message; other content may only follow them.',
    fix: [
      'Move the tool_result blocks to the start of the user message, and put any text after them.',
    ],
    rule: 'tool-result-not-first',
    source: `${ERRORS_DOC} ; https://github.com/anthropics/claude-code/issues/473`,
    examples: [
      "anthropic.BadRequestError: Error code: 400 - {'type': 'error', 'error': {'type': 'invalid_request_error', 'message': 'messages.156: Did not find 1 `tool_result` block(s) at the beginning of this message. Messages following `tool_use` blocks must begin with a matching number of `tool_result` blocks.'}}",
    ],
  },
  {
    id: 'anthropic/empty-message-content',
    provider: 'anthropic',
    match: { codes: ['invalid_request_error'], messageIncludes: ['all messages must have non-empty content'] },
    fault: 'request',
    retryable: false,
    title: 'A message has empty content',
    explanation:
      'A message has content "" or an empty array. Only the final assistant message (a prefill) may be empty; every other message needs at least one content block.',
    fix: [
      'Remove messages with empty content, or fill them with the text or blocks they were meant to carry.',
      'Check for assistant turns saved as empty strings after a failed or aborted call.',
    ],
    rule: 'empty-message-content',
    source: `${ERRORS_DOC} ; https://github.com/anthropics/claude-code/issues/3196`,
    examples: [
      '{"type":"error","error":{"type":"invalid_request_error","message":"messages.0: all messages must have non-empty content except for the optional final assistant message"}}',
    ],
  },
  {
    id: 'anthropic/prefill-trailing-whitespace',
    provider: 'anthropic',
    match: { codes: ['invalid_request_error'], messageIncludes: ['final assistant content cannot end with trailing whitespace'] },
    fault: 'request',
    retryable: false,
    title: 'Assistant prefill ends with whitespace',
    explanation:
      'The conversation ends with an assistant message (a prefill the model continues from), and its text ends in a space or newline, which the API does not accept.',
    fix: [
      'Trim trailing spaces and newlines from the final assistant message.',
      'Or drop the prefill entirely if you did not mean to send one.',
    ],
    rule: 'prefill-trailing-whitespace',
    source: `${ERRORS_DOC} ; https://github.com/tailcallhq/forgecode/issues/1872`,
    examples: [
      'HTTP/1.1 400 Bad Request\ncontent-type: application/json\nrequest-id: req_011CQf3nY7tXw2Lk8PzR1bVc\n\n{"type":"error","error":{"type":"invalid_request_error","message":"messages: final assistant content cannot end with trailing whitespace"},"request_id":"req_011CQf3nY7tXw2Lk8PzR1bVc"}',
    ],
  },
  {
    id: 'anthropic/temperature-with-top-p',
    provider: 'anthropic',
    match: { codes: ['invalid_request_error'], messageIncludes: ['`temperature` and `top_p` cannot both be specified'] },
    fault: 'request',
    retryable: false,
    title: 'temperature and top_p sent together',
    explanation:
      'Newer Claude models accept only one sampling control at a time; the request set both temperature and top_p.',
    fix: ['Remove either temperature or top_p from the request (keep temperature unless you specifically need nucleus sampling).'],
    rule: 'temperature-with-top-p',
    source: `https://platform.claude.com/docs/en/about-claude/models/migrating-to-claude-4 ; https://github.com/langfuse/langfuse/issues/9882`,
    examples: [
      '{"type":"error","error":{"type":"invalid_request_error","message":"`temperature` and `top_p` cannot both be specified for this model. Please use only one."},"request_id":"req_011CVa1mQ9kL4sT7yHwE2xZb"}',
    ],
  },
  {
    id: 'anthropic/extra-inputs-not-permitted',
    provider: 'anthropic',
    match: { codes: ['invalid_request_error'], messageIncludes: ['extra inputs are not permitted'] },
    fault: 'request',
    retryable: false,
    title: 'Unknown field in the request',
    explanation:
      'The path before the colon names a field the Messages API does not know at that place (a typo, a field from another provider\'s API such as OpenAI\'s, or a beta field sent without its anthropic-beta header).',
    fix: [
      'Remove or rename the field named in the message.',
      'If it is a beta feature, add the matching anthropic-beta header, or check the field belongs at that nesting level.',
    ],
    rule: 'unknown-parameter',
    source: `${ERRORS_DOC} ; https://github.com/BerriAI/litellm/issues/13609`,
    examples: [
      '{"type":"error","error":{"type":"invalid_request_error","message":"messages.0.content.0.text.cache_control: Extra inputs are not permitted"}}',
      "anthropic.BadRequestError: Error code: 400 - {'type': 'error', 'error': {'type': 'invalid_request_error', 'message': 'frequency_penalty: Extra inputs are not permitted'}}",
    ],
  },
  {
    id: 'anthropic/field-required',
    provider: 'anthropic',
    match: { codes: ['invalid_request_error'], messageIncludes: [': field required'] },
    fault: 'request',
    retryable: false,
    title: 'A required field is missing',
    explanation:
      'The path before "Field required" names a field the Messages API needs but did not get — most often max_tokens, which Anthropic requires on every request, or the signature of a replayed thinking block.',
    fix: [
      'Add the field named in the message (for example "max_tokens": 1024).',
      'When replaying thinking blocks, send them back unchanged, signature included.',
    ],
    rule: 'missing-required-field',
    source: `https://platform.claude.com/docs/en/api/messages ; https://github.com/anthropics/skills/blob/0da71c3b54277f20e96146648444590eab1dc82c/skills/claude-api/shared/error-codes.md`,
    examples: [
      'Error: 400 {"type":"error","error":{"type":"invalid_request_error","message":"max_tokens: Field required"},"request_id":"req_011CWb6dT2pQ8nV4kXyR9sLm"}',
      '{"type":"error","error":{"type":"invalid_request_error","message":"messages.1.content.0.thinking.signature: Field required"}}',
    ],
  },
  {
    id: 'anthropic/invalid-parameter-type',
    provider: 'anthropic',
    match: {
      codes: ['invalid_request_error'],
      messageIncludes: ['input should be a valid integer', 'input should be a valid string', 'input should be a valid number', 'input should be a valid boolean'],
    },
    fault: 'request',
    retryable: false,
    title: 'A parameter has the wrong type',
    explanation:
      'The field named before the colon has a value of the wrong JSON type, for example max_tokens sent as the string "1024" instead of the number 1024.',
    fix: ['Send the field with the type the API expects (numbers unquoted, booleans as true/false).'],
    rule: 'invalid-parameter-type',
    source: `https://platform.claude.com/docs/en/api/messages ; https://github.com/strands-agents/harness-sdk/pull/588`,
    examples: [
      '{"type":"error","error":{"type":"invalid_request_error","message":"max_tokens: Input should be a valid integer"}}',
    ],
  },
  {
    id: 'anthropic/parameter-out-of-range',
    provider: 'anthropic',
    match: { codes: ['invalid_request_error'], messageIncludes: ['temperature: range:', 'input should be greater than or equal to', 'input should be less than or equal to'] },
    fault: 'request',
    retryable: false,
    title: 'A parameter is out of range',
    explanation:
      'A numeric parameter is outside the range the API allows, for example temperature above 1 (Anthropic accepts 0 to 1, unlike OpenAI\'s 0 to 2) or a thinking budget below 1024 tokens.',
    fix: ['Bring the value inside the range the message names.'],
    rule: 'parameter-out-of-range',
    source: `https://platform.claude.com/docs/en/api/messages ; https://github.com/theopenco/llmgateway/pull/3268 ; https://github.com/danny-avila/LibreChat/issues/8346`,
    examples: [
      '{"type":"error","error":{"type":"invalid_request_error","message":"temperature: range: 0..1"},"request_id":"req_011CTq8vJ4mW2bX7nYzK5dPs"}',
      "anthropic.BadRequestError: Error code: 400 - {'type': 'error', 'error': {'type': 'invalid_request_error', 'message': 'thinking.enabled.budget_tokens: Input should be greater than or equal to 1024'}}",
    ],
  },
  {
    id: 'anthropic/thinking-budget-invalid',
    provider: 'anthropic',
    match: {
      codes: ['invalid_request_error'],
      messageIncludes: [
        '`max_tokens` must be greater than `thinking.budget_tokens`',
        'to control thinking behavior',
        'adaptive thinking is not supported on this model',
      ],
    },
    fault: 'request',
    retryable: false,
    title: 'Invalid extended-thinking configuration',
    explanation:
      'The thinking settings do not fit the model: budget_tokens must stay below max_tokens, and some models accept only adaptive thinking while older ones accept only a fixed budget.',
    fix: [
      'Keep thinking.budget_tokens smaller than max_tokens (raise max_tokens or lower the budget).',
      'Use the thinking type the model supports ("enabled" with budget_tokens, or "adaptive" with output_config.effort).',
    ],
    rule: 'thinking-budget-invalid',
    source: `https://platform.claude.com/docs/en/build-with-claude/extended-thinking ; https://github.com/liuw1535/antigravity2api-nodejs/issues/149 ; https://github.com/handochan/aelix-ai/issues/258`,
    examples: [
      '{"type":"error","error":{"type":"invalid_request_error","message":"`max_tokens` must be greater than `thinking.budget_tokens`. Please consult our documentation at https://docs.claude.com/en/docs/build-with-claude/extended-thinking#max-tokens-and-context-window-size"}}',
      'Error: 400 {"type":"error","error":{"type":"invalid_request_error","message":"\\"thinking.type.enabled\\" is not supported for this model. Use \\"thinking.type.adaptive\\" and \\"output_config.effort\\" to control thinking behavior."}}',
    ],
  },
  {
    id: 'anthropic/thinking-incompatible-parameter',
    provider: 'anthropic',
    match: {
      codes: ['invalid_request_error'],
      messageIncludes: [
        'may only be set to 1 when thinking is enabled',
        'must be unset when thinking is enabled',
        'thinking may not be enabled when tool_choice forces tool use',
      ],
    },
    fault: 'request',
    retryable: false,
    title: 'Parameter not allowed with extended thinking',
    explanation:
      'With thinking enabled, Claude does not accept custom sampling (temperature other than 1, top_k, top_p below the allowed floor) or a tool_choice that forces a tool.',
    fix: [
      'Remove temperature/top_k/top_p (or set temperature to 1) when thinking is on.',
      'Use tool_choice "auto" (or "none") with thinking, or turn thinking off for forced tool calls.',
    ],
    rule: 'thinking-incompatible-parameter',
    source: `https://platform.claude.com/docs/en/build-with-claude/extended-thinking ; https://github.com/MartialBE/one-hub/issues/529 ; https://github.com/mastra-ai/mastra/issues/7507`,
    examples: [
      '{"type":"error","error":{"type":"invalid_request_error","message":"`temperature` may only be set to 1 when thinking is enabled. Please consult our documentation at https://docs.anthropic.com/en/docs/build-with-claude/extended-thinking#important-considerations-when-using-extended-thinking"}}',
      "anthropic.BadRequestError: Error code: 400 - {'type': 'error', 'error': {'type': 'invalid_request_error', 'message': 'Thinking may not be enabled when tool_choice forces tool use.'}}",
    ],
  },
  {
    id: 'anthropic/thinking-block-required',
    provider: 'anthropic',
    match: { codes: ['invalid_request_error'], messageIncludes: ['expected `thinking` or `redacted_thinking`'] },
    fault: 'request',
    retryable: false,
    title: 'Final assistant turn must start with a thinking block',
    explanation:
      'With thinking enabled, an assistant turn that is being continued (after tool use, or as a prefill) has to begin with the thinking block the model produced earlier; the history sent it without one.',
    fix: [
      'Pass the previous assistant turn back unchanged, including its thinking / redacted_thinking blocks and their signatures.',
      'Or disable thinking for this request.',
    ],
    rule: 'thinking-incompatible-parameter',
    source: `https://platform.claude.com/docs/en/build-with-claude/extended-thinking ; https://github.com/anomalyco/opencode/issues/3077`,
    examples: [
      '{"type":"error","error":{"type":"invalid_request_error","message":"messages.1.content.0.type: Expected `thinking` or `redacted_thinking`, but found `tool_use`. When `thinking` is enabled, a final `assistant` message must start with a thinking block (preceeding the lastmost set of `tool_use` and `tool_result` blocks). We recommend you include thinking blocks from previous turns. To avoid this requirement, disable `thinking`. Please consult our documentation at https://docs.claude.com/en/docs/build-with-claude/extended-thinking"}}',
    ],
  },
  {
    id: 'anthropic/prefill-not-supported',
    provider: 'anthropic',
    match: { codes: ['invalid_request_error'], messageIncludes: ['does not support assistant message prefill'] },
    fault: 'request',
    retryable: false,
    title: 'Model does not accept an assistant prefill',
    explanation:
      'The conversation ends with an assistant message, but this model (or this mode) only continues from a user message.',
    fix: ['End the messages array with a user message; move any prefill text into the instructions instead.'],
    rule: 'thinking-incompatible-parameter',
    source: `${ERRORS_DOC} ; https://github.com/smallmain/vscode-unify-chat-provider/issues/249`,
    examples: [
      '{"type":"error","error":{"type":"invalid_request_error","message":"This model does not support assistant message prefill. The conversation must end with a user message."}}',
    ],
  },
  {
    id: 'anthropic/too-many-cache-breakpoints',
    provider: 'anthropic',
    match: { codes: ['invalid_request_error'], messageIncludes: ['a maximum of 4 blocks with cache_control may be provided'] },
    fault: 'request',
    retryable: false,
    title: 'More than 4 cache_control breakpoints',
    explanation:
      'Prompt caching allows at most four cache_control markers per request, counted across tools, system and messages; this request had more.',
    fix: [
      'Keep at most four cache_control markers: usually one on the tools, one on the system prompt, and one or two on the latest messages.',
      'Remove markers left on older messages when you add a new one.',
    ],
    rule: 'too-many-cache-breakpoints',
    source: `https://platform.claude.com/docs/en/build-with-claude/prompt-caching ; https://github.com/tghamm/Anthropic.SDK/issues/50`,
    examples: [
      '{"type":"error","error":{"type":"invalid_request_error","message":"A maximum of 4 blocks with cache_control may be provided. Found 5."}}',
    ],
  },
  {
    id: 'anthropic/system-role-in-messages',
    provider: 'anthropic',
    match: { codes: ['invalid_request_error'], messageIncludes: ['accepts a top-level `system` parameter'] },
    fault: 'request',
    retryable: false,
    title: 'System prompt sent as a message',
    explanation:
      'The Messages API takes the system prompt as the top-level "system" parameter; a message with role "system" (OpenAI\'s convention) is rejected.',
    fix: ['Move the system message\'s content into the top-level "system" field and remove it from messages.'],
    rule: 'system-message-misplaced',
    source: `https://platform.claude.com/docs/en/api/messages ; https://github.com/Maol-1997/cursor-claude-connector/issues/3`,
    examples: [
      '{"type":"error","error":{"type":"invalid_request_error","message":"messages: Unexpected role \\"system\\". The Messages API accepts a top-level `system` parameter, not \\"system\\" as an input message role."}}',
    ],
  },
  {
    id: 'anthropic/duplicate-tool-name',
    provider: 'anthropic',
    match: { codes: ['invalid_request_error'], messageIncludes: ['tool names must be unique'] },
    fault: 'request',
    retryable: false,
    title: 'Two tools share a name',
    explanation: 'Tool names identify tools in tool_use blocks, so every entry in tools must have a distinct name.',
    fix: ['Rename or remove the duplicate tool (often the same MCP server or tool set registered twice).'],
    rule: 'duplicate-tool-name',
    source: `https://platform.claude.com/docs/en/agents-and-tools/tool-use/implement-tool-use ; https://github.com/eclipse-theia/theia/issues/16122`,
    examples: [
      "anthropic.BadRequestError: Error code: 400 - {'type': 'error', 'error': {'type': 'invalid_request_error', 'message': 'tools: Tool names must be unique.'}, 'request_id': 'req_011CSg4rN8yT1wQ6vBmZ3kLx'}",
    ],
  },
  {
    id: 'anthropic/image-too-large',
    provider: 'anthropic',
    match: { codes: ['invalid_request_error'], messageIncludes: ['image exceeds 5 mb maximum', 'too many images and documents', 'too much media'] },
    fault: 'request',
    retryable: false,
    title: 'Image too large or too many images',
    explanation:
      'Each image sent to the API may be at most 5 MB (after base64 decoding), and one request may carry only a limited number of images and document pages.',
    fix: [
      'Downscale or recompress the image before encoding it (long edge around 1568 px is enough for Claude).',
      'Send fewer images per request, or drop old screenshots from the history.',
    ],
    rule: 'image-too-large',
    source: `https://platform.claude.com/docs/en/build-with-claude/vision ; https://github.com/cg-dot/vertexai-cf-workers/issues/16 ; https://github.com/anthropics/claude-code/issues/23392`,
    examples: [
      '{"type":"error","error":{"type":"invalid_request_error","message":"messages.0.content.1.image.source.base64: image exceeds 5 MB maximum: 6418576 bytes > 5242880 bytes"}}',
    ],
  },
  {
    id: 'anthropic/missing-version-header',
    provider: 'anthropic',
    match: { codes: ['invalid_request_error'], messageIncludes: ['anthropic-version: header is required'] },
    fault: 'request',
    retryable: false,
    title: 'anthropic-version header missing',
    explanation: 'Every request to the Claude API must name the API version in the anthropic-version header; this one did not.',
    fix: ['Add the header "anthropic-version: 2023-06-01" to the request.'],
    rule: 'missing-required-header',
    source: `https://platform.claude.com/docs/en/api/versioning ; https://github.com/envoyproxy/ai-gateway/pull/1909`,
    examples: [
      'HTTP/1.1 400 Bad Request\r\ncontent-type: application/json\r\n\r\n{"type":"error","error":{"type":"invalid_request_error","message":"anthropic-version: header is required"}}',
    ],
  },
  // Billing hides under 400 (errors.md §7.3): these are invalid_request_error by type but quota by meaning.
  {
    id: 'anthropic/credit-balance-too-low',
    provider: 'anthropic',
    match: { messageIncludes: ['credit balance is too low to access the anthropic api'] },
    fault: 'quota',
    retryable: false,
    title: 'Credit balance too low',
    explanation:
      'Your Anthropic organisation has run out of prepaid credits. The API answers 400 invalid_request_error, but nothing is wrong with the request: every call fails until credits are added.',
    fix: [
      'Buy credits (or set up auto-reload) under Plans & Billing in the Claude Console.',
      'Check the key belongs to the organisation/workspace you topped up.',
      'Do not retry in a loop: the same request succeeds only after the balance is positive.',
    ],
    source: `${ERRORS_DOC} ; https://github.com/anthropics/claude-code/issues/66314 ; https://github.com/anthropics/claude-quickstarts/issues/229`,
    examples: [
      '400 {"type":"error","error":{"type":"invalid_request_error","message":"Your credit balance is too low to access the Anthropic API. Please go to Plans & Billing to upgrade or purchase credits."},"request_id":"req_011CZuM63Dv3wRyxXFsStbAt"}',
      "anthropic.BadRequestError: Error code: 400 - {'type': 'error', 'error': {'type': 'invalid_request_error', 'message': 'Your credit balance is too low to access the Anthropic API. Please go to Plans & Billing to upgrade or purchase credits.'}}",
      '[{"error":"Error: 400 {\\"type\\":\\"error\\",\\"error\\":{\\"type\\":\\"invalid_request_error\\",\\"message\\":\\"Your credit balance is too low to access the Anthropic API. Please go to Plans & Billing to upgrade or purchase credits.\\"},\\"request_id\\":\\"req_011CbrFTcXhtiMzr3s6EocF7\\"}\\n    at generate (/$bunfs/root/src/entrypoints/cli.js:11:65735)","timestamp":"2026-06-08T18:16:16.295Z"}]',
    ],
  },
  {
    id: 'anthropic/usage-limit-reached',
    provider: 'anthropic',
    match: { messageIncludes: ['you have reached your specified api usage limits', 'you have reached your specified workspace api usage limits'] },
    fault: 'quota',
    retryable: false,
    title: 'Spend limit you set has been reached',
    explanation:
      'The organisation or workspace reached the monthly spend limit configured in the Claude Console. Requests are refused (400) until the date in the message or until someone raises the limit.',
    fix: [
      'Raise or remove the spend limit on the Limits/Billing page of the Claude Console (it cannot exceed your tier\'s cap).',
      'Otherwise wait until the date the message names.',
    ],
    source: `${RATE_DOC} ; ${ERRORS_DOC}`,
    examples: [
      '400 {"type":"error","error":{"type":"invalid_request_error","message":"You have reached your specified API usage limits. You will regain access on 2026-08-01 at 00:00 UTC."},"request_id":"req_011CdGynYhzSgVkKGN7UcJf9"}',
    ],
  },
  {
    id: 'anthropic/spend-cap-reached',
    provider: 'anthropic',
    match: {
      codes: ['rate_limit_error', 'enforced_spend_limit_reached'],
      messageIncludes: ['you have reached your api usage limits', 'enforced_spend_limit_reached', 'monthly api usage threshold'],
    },
    fault: 'quota',
    retryable: false,
    title: 'Monthly tier spend cap reached',
    explanation:
      'This 429 is not a rate limit: the organisation crossed the monthly spend cap of its usage tier (details.error_code enforced_spend_limit_reached, no retry-after header). Retries, including the SDK\'s automatic ones, keep failing until access resumes at the start of next month.',
    fix: [
      'Move to a higher usage tier (buy more credits) to lift the cap.',
      'Or wait until 00:00 UTC on the first day of next month.',
      'Make your retry logic stop on enforced_spend_limit_reached.',
    ],
    source: `${RATE_DOC}`,
    examples: [
      "Error code: 429 - {'type': 'error', 'error': {'type': 'rate_limit_error', 'message': \"You have reached your API usage limits: your organization has crossed its monthly API usage threshold, set based on your organization's API tier. You will regain access on 2026-09-01 at 00:00 UTC.\", 'details': {'error_code': 'enforced_spend_limit_reached'}}, 'request_id': 'req_018EeWyXxfu5pfWkrYcMdjWG'}",
    ],
  },

  // ── By error type (generic fallbacks) ──────────────────────────────────────────────────────────
  {
    id: 'anthropic/invalid-request-error',
    provider: 'anthropic',
    match: { codes: ['invalid_request_error'] },
    fault: 'request',
    retryable: false,
    title: 'Invalid request',
    explanation:
      'Anthropic rejected the format or content of the request; the message says which field (as a path like messages.2.content.0) and what is wrong with it.',
    fix: [
      'Read the path at the start of the message and fix that part of the body.',
      'Compare the body against the Messages API reference (field names, nesting, types).',
    ],
    source: ERRORS_DOC,
    examples: [
      '{"type":"error","error":{"type":"invalid_request_error","message":"messages.0.content.0.image.source.base64.media_type: Input should be \'image/jpeg\', \'image/png\', \'image/gif\' or \'image/webp\'"},"request_id":"req_011CTk2pR5vX8nW3mYbQ7sJd"}',
    ],
  },
  {
    id: 'anthropic/missing-api-key',
    provider: 'anthropic',
    match: { codes: ['authentication_error'], messageIncludes: ['x-api-key header is required'] },
    fault: 'auth',
    retryable: false,
    title: 'API key header missing',
    explanation: 'The request reached Anthropic without an x-api-key header (or with the key in the wrong header).',
    fix: [
      'Send the key in the x-api-key header (not Authorization: Bearer, which is for OAuth tokens).',
      'Check the environment variable holding the key is set where the request is made.',
    ],
    rule: 'missing-required-header',
    source: `${ERRORS_DOC} ; https://github.com/n8n-io/n8n/issues/37930`,
    examples: [
      '{"type":"error","error":{"type":"authentication_error","message":"x-api-key header is required"}}',
    ],
  },
  {
    id: 'anthropic/authentication-error',
    provider: 'anthropic',
    match: { status: [401], codes: ['authentication_error'] },
    fault: 'auth',
    retryable: false,
    title: 'Invalid API key',
    explanation:
      'Anthropic could not authenticate the request: the key is missing, mistyped, revoked, or belongs to another service (for example a relay\'s key sent to api.anthropic.com).',
    fix: [
      'Copy a valid key from the Claude Console (API keys) and send it as x-api-key.',
      'Check for stray whitespace or quotes around the key.',
      'If you use a relay or gateway, point the base URL at it rather than at api.anthropic.com.',
    ],
    source: ERRORS_DOC,
    examples: [
      'Error: 401 {"type":"error","error":{"type":"authentication_error","message":"invalid x-api-key"},"request_id":"req_011Cc4VwMsMNLJ3Ro2bctH6W"}',
      "anthropic.AuthenticationError: Error code: 401 - {'type': 'error', 'error': {'type': 'authentication_error', 'message': 'invalid x-api-key'}}",
    ],
  },
  {
    id: 'anthropic/billing-error',
    provider: 'anthropic',
    match: { codes: ['billing_error'] },
    fault: 'quota',
    retryable: false,
    title: 'Billing problem',
    explanation: 'Anthropic refused the request because of a problem with the organisation\'s billing or payment details.',
    fix: ['Check the payment method and invoices under Billing in the Claude Console, then try again.'],
    source: ERRORS_DOC,
    examples: [
      'HTTP/1.1 402 Payment Required\ncontent-type: application/json\nrequest-id: req_011CXp4bW9mN2kT6vRzL8qYd\n\n{"type":"error","error":{"type":"billing_error","message":"Your credit balance is too low"},"request_id":"req_011CXp4bW9mN2kT6vRzL8qYd"}',
    ],
  },
  {
    id: 'anthropic/permission-error',
    provider: 'anthropic',
    match: { codes: ['permission_error'] },
    fault: 'auth',
    retryable: false,
    title: 'Key not allowed to use this resource',
    explanation:
      'The key is valid, but it is not permitted to use what was requested: a model or feature not enabled for the organisation or workspace, or an OAuth token lacking a scope.',
    fix: [
      'Check the workspace the key belongs to has access to the model or feature.',
      'Ask an organisation admin to grant access, or use a key from a workspace that has it.',
    ],
    source: ERRORS_DOC,
    examples: [
      'API Error: 403 {"type":"error","error":{"type":"permission_error","message":"OAuth token does not meet scope requirement user:profile"},"request_id":"req_011CWr1wC7a15jxWR1BarauX"}',
    ],
  },
  {
    id: 'anthropic/unknown-model',
    provider: 'anthropic',
    match: { codes: ['not_found_error'], messageIncludes: ['model:'] },
    fault: 'request',
    retryable: false,
    title: 'Unknown model id',
    explanation:
      'Anthropic does not serve a model with this exact id. Typical causes: an alias or nickname ("sonnet"), dots instead of dashes (claude-3.5-sonnet), a gateway prefix (anthropic/...), a Bedrock or Vertex id, a trailing space, or a retired model.',
    fix: [
      'Use an id from the models list (GET /v1/models), e.g. claude-sonnet-4-5 or a dated snapshot.',
      'Remove provider prefixes and trailing whitespace.',
    ],
    rule: 'unknown-model',
    source: `${ERRORS_DOC} ; https://platform.claude.com/docs/en/about-claude/models/overview ; https://github.com/anthropics/claude-code/issues/5349`,
    examples: [
      '{"type":"error","error":{"type":"not_found_error","message":"model: claude-3.5-sonnet"},"request_id":"req_011CRz9nK3wY5tP2mXvB7qLd"}',
      "anthropic.NotFoundError: Error code: 404 - {'type': 'error', 'error': {'type': 'not_found_error', 'message': 'model: sonnet4'}}",
    ],
  },
  {
    id: 'anthropic/not-found-error',
    provider: 'anthropic',
    match: { codes: ['not_found_error'] },
    fault: 'request',
    retryable: false,
    title: 'Resource not found',
    explanation: 'The URL or the resource id in it (a file, batch, or other object) does not exist for this organisation.',
    fix: [
      'Check the endpoint path (for example /v1/messages, not /v1/chat/completions) and the base URL.',
      'Check the id of the file or batch you refer to, and that it belongs to the same workspace.',
    ],
    source: ERRORS_DOC,
    examples: [
      '{"type":"error","error":{"type":"not_found_error","message":"The requested resource could not be found."},"request_id":"req_011CSHoEeqs5C35K2UUqR7Fy"}',
    ],
  },
  {
    id: 'anthropic/request-exceeds-maximum-size',
    provider: 'anthropic',
    match: { codes: ['request_too_large'], messageIncludes: ['request exceeds the maximum size'] },
    ...REQUEST_TOO_LARGE,
    examples: [
      'HTTP/1.1 413 Request Entity Too Large\ncontent-type: application/json\n\n{"type":"error","error":{"type":"request_too_large","message":"Request exceeds the maximum size"}}',
    ],
  },
  {
    id: 'anthropic/request-too-large',
    provider: 'anthropic',
    match: { codes: ['request_too_large'] },
    ...REQUEST_TOO_LARGE,
    examples: [
      "anthropic.APIStatusError: Error code: 413 - {'type': 'error', 'error': {'type': 'request_too_large', 'message': 'Request exceeds the maximum allowed number of bytes.'}}",
    ],
  },
  {
    id: 'anthropic/rate-limit-error',
    provider: 'anthropic',
    match: { codes: ['rate_limit_error'] },
    fault: 'rate-limit',
    retryable: true,
    title: 'Rate limit reached',
    explanation:
      'Your organisation sent more requests, input tokens or output tokens per minute than its tier allows (the message names which). The request itself is fine; it will succeed once the window has room.',
    fix: [
      'Wait for the retry-after header (seconds) before retrying; the anthropic-ratelimit-*-reset headers say when each limit refills.',
      'Retry with exponential backoff and jitter, and limit concurrency.',
      'Use prompt caching (cached input tokens do not count the same way) or request a higher tier for sustained load.',
    ],
    extract: ['retry-after'],
    source: RATE_DOC,
    examples: [
      'HTTP/1.1 429 Too Many Requests\ncontent-type: application/json\nretry-after: 21\nanthropic-ratelimit-input-tokens-limit: 30000\nanthropic-ratelimit-input-tokens-remaining: 0\nanthropic-ratelimit-input-tokens-reset: 2026-05-12T09:41:30Z\nrequest-id: req_011CTxRateLimitedAbcdEf\n\n{"type":"error","error":{"type":"rate_limit_error","message":"This request would exceed the rate limit for your organization (3f6c1a2e-7b4d-4e8f-9a0b-1c2d3e4f5a6b) of 30,000 input tokens per minute. For details, refer to: https://docs.claude.com/en/api/rate-limits. You can see the response headers for current usage. Please reduce the prompt length or the maximum tokens requested, or try again later. You may also contact sales at https://www.anthropic.com/contact-sales to discuss your options for a rate limit increase."},"request_id":"req_011CTxRateLimitedAbcdEf"}',
      "anthropic.RateLimitError: Error code: 429 - {'type': 'error', 'error': {'type': 'rate_limit_error', 'message': 'Number of request tokens has exceeded your per-minute rate limit (https://docs.anthropic.com/en/api/rate-limits); see the response headers for current usage. Please reduce the prompt length or the maximum tokens requested, or try again later.'}}",
    ],
  },
  {
    id: 'anthropic/api-error',
    provider: 'anthropic',
    match: { codes: ['api_error'] },
    fault: 'upstream',
    retryable: true,
    title: 'Internal error at Anthropic',
    explanation: 'Something failed inside Anthropic\'s systems while handling the request; it is not caused by the request body.',
    fix: [
      'Retry with exponential backoff (the official SDKs retry twice by default).',
      'If it persists, check status.claude.com and contact support with the request_id.',
    ],
    source: ERRORS_DOC,
    examples: [
      '{"type":"error","error":{"type":"api_error","message":"Internal server error"},"request_id":"req_011CUa7mB2xK9wT4nQvR5pLs"}',
      'event: error\ndata: {"type":"error","error":{"details":null,"type":"api_error","message":"Internal server error"}}',
    ],
  },
  {
    id: 'anthropic/overloaded-error',
    provider: 'anthropic',
    match: { codes: ['overloaded_error'] },
    fault: 'upstream',
    retryable: true,
    title: 'Anthropic API overloaded',
    explanation:
      'The API is temporarily over capacity for all users (HTTP 529). Your request and account are fine; this is not your rate limit.',
    fix: [
      'Retry after a short wait with exponential backoff and jitter.',
      'For urgent traffic, fail over to another model or another host of the same model (Bedrock, Vertex).',
      'Check status.claude.com if it lasts more than a few minutes.',
    ],
    source: ERRORS_DOC,
    examples: [
      'Error: 529 {"type":"error","error":{"type":"overloaded_error","message":"Overloaded"},"request_id":"req_011CZAYwiDg6Eqv7HiBNWoE5"}',
      "anthropic.InternalServerError: Error code: 529 - {'type': 'error', 'error': {'type': 'overloaded_error', 'message': 'Overloaded'}}",
      'event: error\ndata: {"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}',
    ],
  },
  {
    id: 'anthropic/timeout-error',
    provider: 'anthropic',
    match: { codes: ['timeout_error'] },
    fault: 'upstream',
    retryable: true,
    title: 'Request timed out at Anthropic (504)',
    explanation:
      'The request took too long to process and timed out (HTTP 504 timeout_error). Long non-streaming requests (a large max_tokens without streaming) and networks that drop idle connections make it likelier; the request itself is valid.',
    fix: [
      'Retry with exponential backoff.',
      'Stream long responses (or use the Message Batches API) instead of holding one long non-streaming request, and avoid a large max_tokens without streaming.',
    ],
    source: `${ERRORS_DOC} ; https://www.developersdigest.tech/errors/api/anthropic-api/504-timeout-error ; https://github.com/anthropics/claude-code/issues/56746`,
    examples: [
      '{"type":"error","error":{"type":"timeout_error","message":"Request timed out"},"request_id":"req_011CWq4bT8mN2xR7kLpV9sHd"}',
      "anthropic.APIStatusError: Error code: 504 - {'type': 'error', 'error': {'type': 'timeout_error', 'message': 'Request timed out'}}",
    ],
  },
  {
    id: 'anthropic/conflict-error',
    provider: 'anthropic',
    match: { codes: ['conflict_error'] },
    fault: 'upstream',
    retryable: true,
    title: 'Conflict with the current state of a resource (409)',
    explanation:
      'The request conflicts with the current state of a resource on Anthropic\'s side (HTTP 409 conflict_error): for example the resource was being modified concurrently. The docs treat it as retryable once the conflict is resolved.',
    fix: [
      'Retry after a short wait (with backoff); do not send concurrent changes to the same resource.',
      'If it keeps failing, re-read the resource\'s current state before changing it, and contact support with the request_id.',
    ],
    source: `${ERRORS_DOC} ; https://www.developersdigest.tech/errors/api/anthropic-api/409-conflict-error`,
    examples: [
      '{"type":"error","error":{"type":"conflict_error","message":"Conflict"},"request_id":"req_011CWq5cU9nO3yS8lMqW0tJe"}',
      'Error: 409 {"type":"error","error":{"type":"conflict_error","message":"The resource was modified concurrently"}}',
    ],
  },
];
