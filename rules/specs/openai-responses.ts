/**
 * OpenAI Responses (`POST /v1/responses`) and the hosts that serve it.
 *
 * Top-level list: openai-node `ResponseCreateParamsBase` (src/resources/responses/responses.ts,
 * read 2026 via the code index), plus max_tool_calls and prompt_cache_options from the API
 * reference / prompt-caching guide.
 */
import type { ApiSpec, ParamSpec } from './types.ts';
import { AZURE_UNKNOWN, OPENAI_UNKNOWN, OPENROUTER_EXTRAS, RELAY_UNKNOWN } from './common.ts';

const REF = 'https://platform.openai.com/docs/api-reference/responses/create';
const SDK = 'https://github.com/openai/openai-node/blob/master/src/resources/responses/responses.ts';

const params: Record<string, ParamSpec> = {
  // --- model and input --------------------------------------------------------------------------
  model: { type: 'string', description: 'Model id (optional when a stored prompt supplies it).', docsUrl: REF },
  input: { type: ['string', 'array'], description: 'Text, or a list of input items (messages, function calls and outputs, reasoning, ...).', docsUrl: REF },
  instructions: { type: ['string', 'null'], description: 'System/developer message placed before the input; not carried over by previous_response_id.', docsUrl: REF },
  prompt: { type: ['object', 'null'], description: 'Reference to a stored prompt template and its variables.', docsUrl: REF },

  // --- conversation state ---------------------------------------------------------------------
  previous_response_id: { type: ['string', 'null'], description: 'Continue from a stored response (not together with conversation).', docsUrl: REF },
  conversation: { type: ['string', 'object', 'null'], description: 'Conversation this response belongs to (id or {"id"}).', docsUrl: REF },
  store: { type: ['boolean', 'null'], description: 'Store the response for later retrieval (default true).', docsUrl: REF },
  background: { type: ['boolean', 'null'], description: 'Run the response in the background and poll for it.', docsUrl: REF },
  context_management: { type: ['array', 'null'], description: 'Context management entries such as automatic compaction.', docsUrl: REF },
  truncation: {
    type: ['string', 'null'],
    description: 'What to do when the input exceeds the context window.',
    enum: ['auto', 'disabled'],
    deprecated: 'Marked deprecated in the SDK; still accepted.',
    docsUrl: REF,
  },
  include: { type: ['array', 'null'], description: 'Extra output to include, e.g. "reasoning.encrypted_content".', docsUrl: REF },

  // --- output control -----------------------------------------------------------------------
  max_output_tokens: { type: ['integer', 'null'], description: 'Upper bound on generated tokens, reasoning tokens included.', minimum: 16, docsUrl: REF },
  max_tool_calls: { type: ['integer', 'null'], description: 'Maximum number of built-in tool calls in one response.', minimum: 1, docsUrl: REF, source: REF },
  text: { type: 'object', description: 'Text output settings: format (text | json_object | json_schema) and verbosity.', docsUrl: REF },
  reasoning: {
    type: ['object', 'null'],
    description: 'Reasoning settings for gpt-5 and o-series models.',
    docsUrl: REF,
    properties: {
      effort: { type: ['string', 'null'], description: 'Reasoning effort.', enum: ['none', 'minimal', 'low', 'medium', 'high', 'xhigh', 'max'] },
      summary: { type: ['string', 'null'], description: 'Reasoning summary detail.', enum: ['auto', 'concise', 'detailed'] },
      generate_summary: { type: ['string', 'null'], description: 'Older name of summary.', deprecated: 'Use summary.' },
    },
  },

  // --- sampling ---------------------------------------------------------------------------------
  temperature: { type: ['number', 'null'], description: 'Sampling temperature.', minimum: 0, maximum: 2, docsUrl: REF },
  top_p: { type: ['number', 'null'], description: 'Nucleus sampling probability mass.', minimum: 0, maximum: 1, docsUrl: REF },
  top_logprobs: { type: ['integer', 'null'], description: 'Most likely alternatives to return per position.', minimum: 0, maximum: 20, docsUrl: REF },

  // --- tools ----------------------------------------------------------------------------------
  tools: { type: 'array', description: 'Built-in tools, MCP servers, function and custom tools.', docsUrl: REF },
  tool_choice: {
    type: ['string', 'object'],
    description: '"none" | "auto" | "required", or a specific/allowed tool.',
    // the string form (ToolChoiceOptions); objects are not checked against it
    enum: ['none', 'auto', 'required'],
    docsUrl: REF,
    source: SDK,
  },
  parallel_tool_calls: { type: ['boolean', 'null'], description: 'Allow tool calls to run in parallel.', docsUrl: REF },

  // --- streaming -------------------------------------------------------------------------------
  stream: { type: ['boolean', 'null'], description: 'Stream the response as server-sent events.', docsUrl: REF },
  stream_options: { type: ['object', 'null'], description: 'Streaming options (include_obfuscation); only with stream: true.', docsUrl: REF },

  // --- caching, identity, service, moderation -------------------------------------------------
  metadata: { type: ['object', 'null'], description: 'Up to 16 string key-value pairs stored with the response.', docsUrl: REF },
  service_tier: { type: ['string', 'null'], description: 'Processing tier.', enum: ['auto', 'default', 'flex', 'scale', 'priority'], docsUrl: REF },
  prompt_cache_key: { type: 'string', description: 'Key that groups requests for prompt-cache hits.', docsUrl: REF },
  prompt_cache_retention: { type: ['string', 'null'], description: 'Prompt cache lifetime; gpt-5.5+ only accepts "24h".', enum: ['in_memory', '24h'], docsUrl: REF },
  prompt_cache_options: {
    type: 'object',
    description: 'Explicit prompt-cache settings (mode, breakpoints, ttl "30m"), gpt-5.6 and later.',
    docsUrl: 'https://platform.openai.com/docs/guides/prompt-caching',
    source: 'https://platform.openai.com/docs/guides/prompt-caching',
  },
  moderation: { type: ['object', 'null'], description: 'Run a moderation model on the input and output ({"model": ...}).', docsUrl: REF, source: SDK },
  safety_identifier: { type: 'string', description: 'Stable hashed end-user id for abuse detection (max 64 chars).', docsUrl: REF },
  user: {
    type: 'string',
    description: 'Legacy end-user id.',
    deprecated: 'Use safety_identifier (abuse) and prompt_cache_key (caching).',
    docsUrl: REF,
  },
};

export const OPENAI_RESPONSES_SPEC: ApiSpec = {
  api: 'openai-responses',
  docsUrl: REF,
  params,
  dialects: {
    openai: {
      unknown: {
        ...OPENAI_UNKNOWN,
        alternateErrors: [
          ...(OPENAI_UNKNOWN.alternateErrors ?? []),
          // nested unknown fields on /v1/responses use the same wording
          { error: "Unknown parameter: '{name}'.", source: 'https://github.com/pydantic/pydantic-ai/issues/3653' },
        ],
      },
      note: `Parameter list from openai-node ResponseCreateParamsBase (${SDK}).`,
    },
    azure: {
      unknown: AZURE_UNKNOWN,
      note: 'Azure serves /openai/v1/responses (and the older /openai/responses?api-version=...); newer parameters need a newer api-version.',
    },
    deepseek: {
      unknown: {
        behaviour: 'unknown',
        note: 'api.deepseek.com/responses exists (recorded 400 in corpus invalid/deepseek-responses-1.http) but its handling of unknown fields is not documented.',
      },
    },
    openrouter: {
      unknown: {
        behaviour: 'ignore',
        source: 'https://openrouter.ai/docs/api-reference/parameters',
        note: 'OpenRouter Responses API is in beta; unsupported parameters are documented as ignored.',
      },
      extraParams: OPENROUTER_EXTRAS,
    },
    relay: { unknown: RELAY_UNKNOWN },
  },
};
