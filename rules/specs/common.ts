/**
 * Pieces shared by several specs: unknown-field policies with their evidence, and the extension
 * parameters of OpenAI-compatible hosts that appear on more than one API.
 */
import type { ParamSpec, UnknownParameterPolicy } from './types.ts';

// ---------------------------------------------------------------------------------------------
// Unknown-field policies (verbatim provider errors; `{name}` = the offending parameter)
// ---------------------------------------------------------------------------------------------

/** api.openai.com (chat and responses): current validator wording, with the older one as alternate. */
export const OPENAI_UNKNOWN: UnknownParameterPolicy = {
  behaviour: 'reject',
  error: "Unknown parameter: '{name}'.",
  source: 'https://github.com/teabranch/open-responses-server/issues/41',
  alternateErrors: [
    {
      error: 'Unrecognized request argument supplied: {name}',
      source: 'https://github.com/CherryHQ/cherry-studio/issues/6155',
    },
  ],
  note: 'HTTP 400 invalid_request_error, code unknown_parameter (older deployments: code null). Nested fields fail the same way, e.g. "Unknown parameter: \'input[4].action.query\'." (pydantic/pydantic-ai#3653).',
  nested: {
    behaviour: 'reject',
    error: "Unknown parameter: '{path}'.",
    source: 'https://github.com/labring/FastGPT/issues/1253',
    note: "Also \"Unknown parameter: 'messages[1].content[1].file.data'.\" (pydantic-ai, gpt-4o) and 'input[4].action.query' on /v1/responses (pydantic/pydantic-ai#3653).",
  },
};

/** Azure OpenAI: the older validator wording, also for parameters newer than the api-version. */
export const AZURE_UNKNOWN: UnknownParameterPolicy = {
  behaviour: 'reject',
  error: 'Unrecognized request argument supplied: {name}',
  source: 'https://github.com/CherryHQ/cherry-studio/issues/6160',
  alternateErrors: [
    {
      // a parameter that exists, but not in the api-version of the URL
      error: 'Unrecognized request argument supplied: {name}',
      source: 'https://github.com/openai/openai-python/issues/1724',
    },
  ],
  note: 'HTTP 400 invalid_request_error with code null. Parameters newer than the `api-version` query string fail the same way (see azureSince).',
  nested: {
    behaviour: 'unknown',
    note: 'How Azure words (or whether it rejects) unknown nested fields was not found; findings are warnings.',
  },
};

/** Google ESF/proto JSON validation (Gemini API, Vertex AI, and Gemini's OpenAI-compatible endpoint). */
export const GOOGLE_UNKNOWN_ERROR = 'Invalid JSON payload received. Unknown name "{name}": Cannot find field.';

/** Google's wording below the top level: the proto (snake_case) path of the enclosing object. */
export const GOOGLE_NESTED_UNKNOWN = {
  behaviour: 'reject' as const,
  error: 'Invalid JSON payload received. Unknown name "{name}" at \'{path}\': Cannot find field.',
  source: 'https://github.com/gera2ld/ai.nvim/issues/13',
  note: 'e.g. a role inside a part; also "Unknown name \"additionalProperties\" at \'tools[0].function_declarations[0].parameters\'" (Laisky/one-api#60).',
};

/** Anthropic's pydantic wording at depth: the path names the union tag (`messages.65.content.1.tool_use.text`). */
export const ANTHROPIC_NESTED_UNKNOWN = {
  behaviour: 'reject' as const,
  error: '{path}: Extra inputs are not permitted',
  source: 'https://github.com/anthropics/claude-code/issues/4378',
  note: 'Also "tools.0.custom.defer_loading: ..." (anthropics/claude-code#31033) and, on Vertex, "messages.1.content.0.thinking.cache_control: ..." (router-for-me/CLIProxyAPI#512).',
};

/** Relays (new-api, one-api, LiteLLM, company gateways): behaviour depends on the upstream. */
export const RELAY_UNKNOWN: UnknownParameterPolicy = {
  behaviour: 'unknown',
  note: 'A relay usually forwards the body to whatever upstream its channel points at; that upstream decides. Some relays drop unknown fields, others pass them through.',
};

// ---------------------------------------------------------------------------------------------
// Extension parameters of OpenAI-compatible hosts
// ---------------------------------------------------------------------------------------------

const DEEPSEEK_THINKING_DOC = 'https://api-docs.deepseek.com/guides/thinking_mode';

/** DeepSeek additions to the OpenAI Chat body. */
export const DEEPSEEK_CHAT_EXTRAS: Record<string, ParamSpec> = {
  thinking: {
    type: 'object',
    description: 'DeepSeek thinking switch: {"type": "enabled" | "disabled"} (V3.2/V4; on by default on V4).',
    docsUrl: DEEPSEEK_THINKING_DOC,
    source: DEEPSEEK_THINKING_DOC,
    properties: {
      type: { type: 'string', description: 'Turns thinking mode on or off.', enum: ['enabled', 'disabled'] },
    },
  },
};

const QWEN_THINKING_DOC = 'https://www.alibabacloud.com/help/en/model-studio/deep-thinking';
const QWEN_COMPAT_DOC = 'https://www.alibabacloud.com/help/en/model-studio/compatibility-of-openai-with-dashscope';
/** Third-party summary listing the compatible-mode extensions as top-level body keys. */
const QWEN_EXTRAS_LIST = 'https://hexdocs.pm/req_llm/ReqLLM.Providers.Alibaba.html';

/**
 * DashScope (Alibaba Model Studio) compatible-mode additions to the OpenAI Chat body. The OpenAI
 * SDK sends them through `extra_body`, which lands them at the top level of the JSON body.
 */
export const DASHSCOPE_COMPAT_EXTRAS: Record<string, ParamSpec> = {
  enable_thinking: {
    type: 'boolean',
    description: 'Qwen hybrid-thinking switch; thinking requires streaming (non-streaming calls get 400).',
    docsUrl: QWEN_THINKING_DOC,
    source: QWEN_THINKING_DOC,
  },
  thinking_budget: {
    type: 'integer',
    description: 'Upper bound on thinking tokens for Qwen3-and-later thinking models.',
    minimum: 1,
    docsUrl: QWEN_THINKING_DOC,
    source: QWEN_THINKING_DOC,
  },
  enable_search: {
    type: 'boolean',
    description: 'Lets the model search the web before answering (supported models only).',
    docsUrl: QWEN_COMPAT_DOC,
    source: QWEN_EXTRAS_LIST,
  },
  search_options: {
    type: 'object',
    description: 'Web-search settings (strategy, citations, forced search...) used with enable_search.',
    docsUrl: QWEN_COMPAT_DOC,
    source: QWEN_EXTRAS_LIST,
  },
  top_k: {
    type: 'integer',
    description: 'Size of the candidate token pool for sampling (Qwen extension, not an OpenAI parameter).',
    minimum: 0,
    docsUrl: QWEN_COMPAT_DOC,
    source: QWEN_EXTRAS_LIST,
  },
  repetition_penalty: {
    type: 'number',
    description: 'Penalty on repeated tokens; must be greater than 0 (1.0 = none).',
    docsUrl: QWEN_COMPAT_DOC,
    source: QWEN_EXTRAS_LIST,
  },
  enable_code_interpreter: {
    type: 'boolean',
    description: 'Turns on the built-in code interpreter (selected thinking models).',
    docsUrl: QWEN_COMPAT_DOC,
    source: QWEN_EXTRAS_LIST,
  },
  vl_high_resolution_images: {
    type: 'boolean',
    description: 'Raises the pixel limit for image inputs on Qwen-VL models.',
    docsUrl: QWEN_COMPAT_DOC,
    source: QWEN_EXTRAS_LIST,
  },
  incremental_output: {
    type: 'boolean',
    description: 'Streaming: each chunk carries only the new text (DashScope option accepted in compatible mode).',
    docsUrl: QWEN_COMPAT_DOC,
    source: QWEN_EXTRAS_LIST,
  },
  translation_options: {
    type: 'object',
    description: 'Qwen-MT translation settings (source_lang, target_lang, terms, domains...).',
    docsUrl: 'https://www.alibabacloud.com/help/en/model-studio/machine-translation',
    source: 'https://docs.rs/async-dashscope/latest/src/async_dashscope/operation/common.rs.html',
  },
};

const OR_PARAMS = 'https://openrouter.ai/docs/api-reference/parameters';
const OR_OVERVIEW = 'https://openrouter.ai/docs/api-reference/overview';

/** OpenRouter additions (request schema: routing, plugins, extra sampling knobs). */
export const OPENROUTER_EXTRAS: Record<string, ParamSpec> = {
  provider: { type: 'object', description: 'Provider routing preferences (order, allow_fallbacks, only, ignore, sort, ...).', docsUrl: 'https://openrouter.ai/docs/features/provider-routing', source: OR_OVERVIEW },
  models: { type: 'array', description: 'Fallback list of models to try in order.', docsUrl: 'https://openrouter.ai/docs/features/model-routing', source: OR_OVERVIEW },
  route: { type: 'string', description: 'Legacy routing strategy (e.g. "fallback").', deprecated: 'Use `models` for fallbacks.', source: OR_OVERVIEW },
  transforms: { type: 'array', description: 'Prompt transforms such as "middle-out".', docsUrl: 'https://openrouter.ai/docs/features/message-transforms', source: OR_OVERVIEW },
  plugins: { type: 'array', description: 'Plugins to run with the request (web search, file parser, ...).', source: OR_OVERVIEW },
  reasoning: { type: 'object', description: 'Unified reasoning settings (effort, max_tokens, exclude, enabled).', docsUrl: 'https://openrouter.ai/docs/use-cases/reasoning-tokens', source: OR_PARAMS },
  include_reasoning: { type: 'boolean', description: 'Legacy switch to return reasoning text.', deprecated: 'Use `reasoning`.', source: OR_PARAMS },
  usage: { type: 'object', description: 'Usage accounting options ({"include": true}).', source: OR_OVERVIEW },
  top_k: { type: 'integer', description: 'Top-k sampling (ignored by providers that lack it, e.g. OpenAI).', minimum: 0, source: OR_PARAMS },
  top_a: { type: 'number', description: 'Top-a sampling threshold.', minimum: 0, maximum: 1, source: OR_PARAMS },
  min_p: { type: 'number', description: 'Minimum token probability relative to the most likely token.', minimum: 0, maximum: 1, source: OR_PARAMS },
  repetition_penalty: { type: 'number', description: 'Penalty on repeated tokens (0..2, 1 = none).', minimum: 0, maximum: 2, source: OR_PARAMS },
  session_id: { type: 'string', description: 'Groups requests of one session for observability.', source: OR_OVERVIEW },
  trace: { type: 'object', description: 'Trace metadata for observability integrations.', source: OR_OVERVIEW },
  debug: { type: 'object', description: 'Debug options (e.g. echo the upstream request body when streaming).', source: OR_OVERVIEW },
  cache_control: { type: 'object', description: 'Automatic prompt-caching breakpoint forwarded to providers that support it.', source: OR_OVERVIEW },
  image_config: { type: 'object', description: 'Image generation settings for image-output models.', source: OR_OVERVIEW },
};

/** Gemini OpenAI-compatible endpoint: Gemini-only options go in a literal `extra_body: {"google": {...}}`. */
export const GEMINI_OPENAI_EXTRAS: Record<string, ParamSpec> = {
  extra_body: {
    type: 'object',
    description: 'Container for Gemini-only options: {"google": {"thinking_config": ..., "cached_content": ...}}.',
    docsUrl: 'https://ai.google.dev/gemini-api/docs/openai',
    source: 'https://ai.google.dev/gemini-api/docs/openai',
    properties: {
      google: {
        type: 'object',
        description: 'Gemini-specific settings (thinking_config, cached_content, ...).',
      },
    },
  },
};

/** Merge several extra-param maps (later wins). */
export function mergeParams(...maps: Record<string, ParamSpec>[]): Record<string, ParamSpec> {
  return Object.assign({}, ...maps) as Record<string, ParamSpec>;
}
