/**
 * Alibaba DashScope native API (Model Studio):
 * `POST /api/v1/services/aigc/text-generation/generation` and
 * `.../multimodal-generation/generation`.
 *
 * Body: {"model", "input": {"messages" | "prompt"}, "parameters": {...}}. Streaming is chosen
 * with the `X-DashScope-SSE: enable` header (plus `parameters.incremental_output`), not a body key.
 * Parameter list: Model Studio API reference for Qwen (DashScope) and the error-code page
 * (every InvalidParameter message names its parameter), cross-checked with async-dashscope's
 * `Parameters` struct.
 */
import type { ApiSpec, ParamSpec } from './types.ts';
import { RELAY_UNKNOWN } from './common.ts';

const REF = 'https://www.alibabacloud.com/help/en/model-studio/qwen-api-reference';
const ERRORS = 'https://www.alibabacloud.com/help/en/model-studio/error-code';
const THINKING = 'https://www.alibabacloud.com/help/en/model-studio/deep-thinking';
const RUST_SDK = 'https://docs.rs/async-dashscope/latest/src/async_dashscope/operation/common.rs.html';

const parameterFields: Record<string, ParamSpec> = {
  // --- output shape and streaming -------------------------------------------------------------
  result_format: {
    type: 'string',
    description: '"message" (OpenAI-like choices) or legacy "text"; must be "message" with thinking.',
    enum: ['text', 'message'],
    docsUrl: REF,
  },
  incremental_output: {
    type: 'boolean',
    description: 'Streaming: each event carries only the new text; must be true with thinking.',
    docsUrl: REF,
  },

  // --- thinking --------------------------------------------------------------------------------
  enable_thinking: { type: 'boolean', description: 'Qwen hybrid-thinking switch; thinking requires streaming.', docsUrl: THINKING },
  thinking_budget: { type: 'integer', description: 'Upper bound on thinking tokens.', minimum: 1, docsUrl: THINKING },

  // --- sampling and length ---------------------------------------------------------------------
  temperature: { type: 'number', description: 'Sampling temperature in [0, 2).', minimum: 0, maximum: 2, docsUrl: REF, source: ERRORS },
  top_p: { type: 'number', description: 'Nucleus sampling in (0, 1].', minimum: 0, maximum: 1, docsUrl: REF, source: ERRORS },
  top_k: { type: 'integer', description: 'Size of the candidate token pool (0 or unset = off).', minimum: 0, docsUrl: REF, source: ERRORS },
  repetition_penalty: { type: 'number', description: 'Penalty on repeated tokens; must be greater than 0 (1.0 = none).', docsUrl: REF, source: ERRORS },
  presence_penalty: { type: 'number', description: 'Penalises tokens that already appeared.', minimum: -2, maximum: 2, docsUrl: REF, source: ERRORS },
  frequency_penalty: { type: 'number', description: 'Penalises tokens by how often they appeared (selected models).', minimum: -2, maximum: 2, docsUrl: REF },
  max_tokens: { type: 'integer', description: 'Maximum generated tokens (model-specific upper bound).', minimum: 1, docsUrl: REF, source: ERRORS },
  max_input_tokens: { type: 'integer', description: 'Raises the input limit on long-context snapshots (e.g. qwen-plus-latest).', minimum: 1, docsUrl: REF },
  seed: { type: 'integer', description: 'Sampling seed in [0, 2^63-1].', minimum: 0, docsUrl: REF, source: ERRORS },
  n: { type: 'integer', description: 'Number of candidates (1..4, selected models).', minimum: 1, maximum: 4, docsUrl: REF, source: ERRORS },
  stop: { type: ['string', 'array'], description: 'Stop strings or token ids (all elements of one type).', docsUrl: REF, source: ERRORS },
  logprobs: { type: 'boolean', description: 'Return log probabilities of output tokens.', docsUrl: REF },
  top_logprobs: { type: 'integer', description: 'Alternatives per position (needs logprobs).', minimum: 0, maximum: 5, docsUrl: REF },

  // --- format and tools --------------------------------------------------------------------------
  response_format: { type: 'object', description: '{"type": "text" | "json_object" | "json_schema", ...}; JSON mode is incompatible with thinking.', docsUrl: REF, source: ERRORS },
  tools: { type: 'array', description: 'Function tools in the OpenAI format.', docsUrl: REF },
  tool_choice: { type: ['string', 'object'], description: '"auto" | "none" or a named function (not "required"/object in thinking mode).', docsUrl: REF, source: ERRORS },
  parallel_tool_calls: { type: 'boolean', description: 'Allow several tool calls in one turn.', docsUrl: REF, source: RUST_SDK },

  // --- search, code, vision, translation -----------------------------------------------------------
  enable_search: { type: 'boolean', description: 'Let the model search the web (supported models only).', docsUrl: REF, source: ERRORS },
  search_options: { type: 'object', description: 'Web-search settings (forced_search, search_strategy, enable_source, ...).', docsUrl: REF },
  enable_code_interpreter: { type: 'boolean', description: 'Built-in code interpreter (selected thinking models).', docsUrl: REF },
  vl_high_resolution_images: { type: 'boolean', description: 'Raise the pixel limit for image inputs (Qwen-VL).', docsUrl: REF },
  translation_options: { type: 'object', description: 'Qwen-MT settings: source_lang, target_lang, terms, domains.', docsUrl: REF, source: RUST_SDK },
};

const params: Record<string, ParamSpec> = {
  model: { type: 'string', required: true, description: 'Model id, e.g. qwen-plus.', docsUrl: REF, source: ERRORS },
  input: {
    type: 'object',
    required: true,
    description: 'The prompt: input.messages (chat) or input.prompt (single text).',
    docsUrl: REF,
    properties: {
      messages: { type: 'array', description: 'Chat messages (system, user, assistant, tool).' },
      prompt: { type: 'string', description: 'Single-turn prompt text (alternative to messages).' },
      history: { type: 'array', description: 'Legacy prompt/response history pairs.', deprecated: 'Use messages.' },
    },
    // The documented field list is complete: anything else is probably misplaced (a warning, see nested below).
    additionalProperties: false,
  },
  parameters: {
    type: 'object',
    required: true,
    // Missing entirely -> 400 BadRequest.EmptyParameters; an empty object is fine.
    description: 'Generation options; may be {} but must be present.',
    docsUrl: REF,
    source: ERRORS,
    properties: parameterFields,
    additionalProperties: false,
  },
};

export const DASHSCOPE_GENERATION_SPEC: ApiSpec = {
  api: 'dashscope-generation',
  docsUrl: REF,
  params,
  dialects: {
    dashscope: {
      unknown: {
        behaviour: 'unknown',
        note: 'Not documented. Misplaced keys are caught by their effect instead, e.g. top-level "messages" gives \'Either "prompt" or "messages" must exist and cannot both be none\'.',
        source: ERRORS,
        // input and parameters are closed over their documented fields; what DashScope does with another key
        // (ignore or reject) is not documented, so a warning.
        nested: { behaviour: 'unknown', note: 'Keys of input / parameters outside the documented list: DashScope does not document whether it rejects or ignores them.', source: REF },
      },
    },
    relay: { unknown: RELAY_UNKNOWN },
  },
};
