/**
 * OpenAI Chat Completions (`POST /v1/chat/completions`) and the dialects that speak it.
 *
 * Top-level list: openai-node `ChatCompletionCreateParamsBase`
 * (src/resources/chat/completions/completions.ts, read 2026 via the code index),
 * plus parameters documented elsewhere (prompt_cache_options on gpt-5.6+).
 */
import type { ApiSpec, ParamSpec } from './types.ts';
import {
  AZURE_UNKNOWN,
  DASHSCOPE_COMPAT_EXTRAS,
  DEEPSEEK_CHAT_EXTRAS,
  GEMINI_OPENAI_EXTRAS,
  GOOGLE_UNKNOWN_ERROR,
  OPENAI_UNKNOWN,
  OPENROUTER_EXTRAS,
  RELAY_UNKNOWN,
  mergeParams,
} from './common.ts';

const REF = 'https://platform.openai.com/docs/api-reference/chat/create';
const SDK = 'https://github.com/openai/openai-node/blob/master/src/resources/chat/completions/completions.ts';

const params: Record<string, ParamSpec> = {
  // --- required -------------------------------------------------------------------------------
  model: {
    type: 'string',
    required: true,
    description: 'Model id (on Azure the deployment in the URL decides; the body value is ignored).',
    docsUrl: REF,
  },
  messages: {
    type: 'array',
    required: true,
    description: 'The conversation so far: developer/system, user, assistant, tool (and legacy function) messages.',
    docsUrl: REF,
    items: {
      type: 'object',
      description: 'One message (ChatCompletionMessageParam).',
      source: SDK,
      properties: {
        role: {
          type: 'string',
          required: true,
          description: 'Who wrote the message.',
          enum: ['system', 'developer', 'user', 'assistant', 'tool', 'function'],
          source: SDK,
        },
        content: {
          type: ['string', 'array', 'null'],
          description: 'Text, or content parts (user: text, image_url, input_audio, file; assistant: text, refusal).',
          source: SDK,
          items: {
            type: 'object',
            description: 'One content part (ChatCompletionContentPart / ...ContentPartRefusal).',
            properties: {
              // "Missing required parameter: 'messages[2].content[0].type'." (neuron-core/neuron-ai#292)
              type: {
                type: 'string',
                required: true,
                description: 'Content part kind.',
                enum: ['text', 'image_url', 'input_audio', 'file', 'refusal'],
                source: 'https://github.com/neuron-core/neuron-ai/issues/292',
              },
            },
          },
        },
        tool_call_id: { type: 'string', description: 'Tool messages: the id of the tool call this answers.', source: SDK },
      },
    },
  },

  // --- output length ----------------------------------------------------------------------------
  max_completion_tokens: {
    type: 'integer',
    description: 'Upper bound on generated tokens, reasoning tokens included.',
    minimum: 1,
    docsUrl: REF,
    // Rejected on 2024-08-01-preview (openai-python#1724); arrived with the o1 api-version.
    azureSince: '2024-09-01-preview',
    source: 'https://github.com/langgenius/dify/issues/9069',
  },
  max_tokens: {
    type: 'integer',
    description: 'Legacy cap on generated tokens; rejected by o-series and gpt-5 reasoning models.',
    minimum: 1,
    deprecated: 'Use max_completion_tokens (reasoning models reject max_tokens).',
    docsUrl: REF,
  },
  n: { type: 'integer', description: 'How many choices to generate.', minimum: 1, maximum: 128, docsUrl: REF },
  stop: {
    type: ['string', 'array', 'null'],
    description: 'Up to 4 sequences that end generation (not supported on o3/o4-mini/gpt-5).',
    maxItems: 4,
    docsUrl: REF,
    source: SDK,
  },

  // --- sampling ------------------------------------------------------------------------------------
  temperature: { type: ['number', 'null'], description: 'Sampling temperature.', minimum: 0, maximum: 2, docsUrl: REF },
  top_p: { type: ['number', 'null'], description: 'Nucleus sampling probability mass.', minimum: 0, maximum: 1, docsUrl: REF },
  frequency_penalty: { type: ['number', 'null'], description: 'Penalises tokens by how often they already appeared.', minimum: -2, maximum: 2, docsUrl: REF },
  presence_penalty: { type: ['number', 'null'], description: 'Penalises tokens that already appeared at all.', minimum: -2, maximum: 2, docsUrl: REF },
  logit_bias: { type: ['object', 'null'], description: 'Map of token id to a bias between -100 and 100.', docsUrl: REF },
  logprobs: { type: ['boolean', 'null'], description: 'Return log probabilities of the output tokens.', docsUrl: REF },
  top_logprobs: { type: ['integer', 'null'], description: 'Most likely alternatives per position (needs logprobs: true).', minimum: 0, maximum: 20, docsUrl: REF },
  seed: {
    type: ['integer', 'null'],
    description: 'Best-effort deterministic sampling seed.',
    deprecated: 'Marked deprecated in the SDK (beta feature); still accepted.',
    docsUrl: REF,
  },

  // --- reasoning / verbosity ---------------------------------------------------------------------
  reasoning_effort: {
    type: ['string', 'null'],
    description: 'Reasoning effort for reasoning models; the accepted values depend on the model.',
    // `max` is in the SDK's Shared.ReasoningEffort and DeepSeek V4 accepts it (rules.md row 12).
    enum: ['none', 'minimal', 'low', 'medium', 'high', 'xhigh', 'max'],
    docsUrl: REF,
    azureSince: '2024-12-01-preview',
    source: 'https://github.com/sigoden/aichat/pull/1205',
  },
  verbosity: { type: ['string', 'null'], description: 'How terse or verbose the answer should be (gpt-5 family).', enum: ['low', 'medium', 'high'], docsUrl: REF },

  // --- output format / modalities ----------------------------------------------------------------
  response_format: {
    type: 'object',
    description: 'Output format: {"type": "text" | "json_object" | "json_schema", ...}.',
    docsUrl: REF,
    properties: {
      type: { type: 'string', description: 'Output format kind.', enum: ['text', 'json_object', 'json_schema'] },
      json_schema: { type: 'object', description: 'Structured Outputs schema: name, schema, strict, description.' },
    },
  },
  modalities: { type: ['array', 'null'], description: 'Output modalities, e.g. ["text"] or ["text", "audio"].', docsUrl: REF },
  audio: { type: ['object', 'null'], description: 'Audio output settings (voice, format); required with modalities ["audio"].', docsUrl: REF },
  prediction: { type: ['object', 'null'], description: 'Predicted output content that speeds up regeneration of known text.', docsUrl: REF },

  // --- tools ------------------------------------------------------------------------------------
  tools: { type: 'array', description: 'Function and custom tools the model may call.', docsUrl: REF },
  tool_choice: {
    type: ['string', 'object'],
    description: '"none" | "auto" | "required", a named tool, or an allowed_tools set.',
    // the string form (ChatCompletionToolChoiceOption); objects are not checked against it
    enum: ['none', 'auto', 'required'],
    docsUrl: REF,
    source: SDK,
  },
  parallel_tool_calls: { type: 'boolean', description: 'Allow several tool calls in one turn.', docsUrl: REF },
  functions: { type: 'array', description: 'Legacy function definitions.', deprecated: 'Use tools.', docsUrl: REF },
  function_call: { type: ['string', 'object'], description: 'Legacy function selection ("none" | "auto" | {"name"}).', deprecated: 'Use tool_choice.', docsUrl: REF },
  web_search_options: { type: 'object', description: 'Web search settings (search models such as gpt-4o-search-preview only).', docsUrl: REF },

  // --- streaming -------------------------------------------------------------------------------
  stream: { type: ['boolean', 'null'], description: 'Stream the answer as server-sent events.', docsUrl: REF },
  stream_options: { type: ['object', 'null'], description: 'Streaming options (include_usage, include_obfuscation); only with stream: true.', docsUrl: REF },

  // --- storage, caching, identity, service -------------------------------------------------------
  store: { type: ['boolean', 'null'], description: 'Keep the completion for distillation and evals.', docsUrl: REF },
  metadata: { type: ['object', 'null'], description: 'Up to 16 string key-value pairs stored with the completion.', docsUrl: REF },
  service_tier: { type: ['string', 'null'], description: 'Processing tier.', enum: ['auto', 'default', 'flex', 'scale', 'priority'], docsUrl: REF },
  prompt_cache_key: { type: 'string', description: 'Key that groups requests for prompt-cache hits (replaces user for caching).', docsUrl: REF },
  prompt_cache_retention: {
    type: ['string', 'null'],
    description: 'Prompt cache lifetime; gpt-5.5+ only accepts "24h".',
    enum: ['in_memory', '24h'],
    docsUrl: REF,
  },
  prompt_cache_options: {
    type: 'object',
    description: 'Explicit prompt-cache settings (mode, breakpoints, ttl "30m"), gpt-5.6 and later.',
    docsUrl: 'https://platform.openai.com/docs/guides/prompt-caching',
    source: 'https://platform.openai.com/docs/guides/prompt-caching',
  },
  safety_identifier: { type: 'string', description: 'Stable hashed end-user id for abuse detection (max 64 chars).', docsUrl: REF },
  user: {
    type: 'string',
    description: 'Legacy end-user id.',
    deprecated: 'Use safety_identifier (abuse) and prompt_cache_key (caching).',
    docsUrl: REF,
  },
};

// Azure-only extensions.
const AZURE_EXTRAS: Record<string, ParamSpec> = {
  data_sources: {
    type: 'array',
    description: 'Azure "On Your Data" retrieval sources (Azure AI Search, Cosmos DB, ...).',
    onlyProviders: ['azure'],
    docsUrl: 'https://learn.microsoft.com/en-us/azure/ai-foundry/openai/references/on-your-data',
    source: 'https://learn.microsoft.com/en-us/azure/ai-foundry/openai/references/on-your-data',
  },
  user_security_context: {
    type: 'object',
    description: 'End-user context for Microsoft Defender for Cloud AI threat protection (preview api-versions).',
    onlyProviders: ['azure'],
    docsUrl: 'https://learn.microsoft.com/en-us/azure/ai-foundry/openai/reference-preview',
    source: 'https://learn.microsoft.com/en-us/azure/ai-foundry/openai/reference-preview',
  },
};

export const OPENAI_CHAT_SPEC: ApiSpec = {
  api: 'openai-chat',
  docsUrl: REF,
  params,
  dialects: {
    openai: { unknown: OPENAI_UNKNOWN, note: `Parameter list from openai-node ChatCompletionCreateParamsBase (${SDK}).` },
    azure: {
      unknown: AZURE_UNKNOWN,
      extraParams: AZURE_EXTRAS,
      note: 'The deployment in the URL chooses the model; newer parameters need a newer api-version.',
    },
    deepseek: {
      unknown: {
        behaviour: 'unknown',
        note: 'api.deepseek.com does not document what it does with unknown fields.',
      },
      extraParams: DEEPSEEK_CHAT_EXTRAS,
    },
    'dashscope-compatible': {
      unknown: {
        behaviour: 'unknown',
        note: 'DashScope compatible mode does not document what it does with unknown fields.',
      },
      extraParams: DASHSCOPE_COMPAT_EXTRAS,
    },
    'gemini-openai': {
      unknown: {
        behaviour: 'reject',
        error: GOOGLE_UNKNOWN_ERROR,
        source: 'https://github.com/HELPMEEADICE/doge-code/issues/16',
        alternateErrors: [
          { error: GOOGLE_UNKNOWN_ERROR, source: 'https://github.com/Alishahryar1/free-claude-code/issues/542' },
        ],
        note: 'HTTP 400 INVALID_ARGUMENT with Google-style wording (e.g. enable_thinking, a top-level "google" key).',
      },
      extraParams: GEMINI_OPENAI_EXTRAS,
      note: 'Gemini-only options go in a literal extra_body: {"google": {...}} (REST form shown in the Gemini OpenAI-compatibility docs; not independently verified here).',
    },
    openrouter: {
      unknown: {
        behaviour: 'ignore',
        source: 'https://openrouter.ai/docs/api-reference/parameters',
        note: 'OpenRouter documents that a parameter the chosen model/provider does not support is ignored rather than rejected.',
      },
      extraParams: OPENROUTER_EXTRAS,
    },
    relay: {
      unknown: RELAY_UNKNOWN,
      // Relays route to many upstreams; the well-known vendor extensions are plausible there.
      extraParams: mergeParams(DEEPSEEK_CHAT_EXTRAS, DASHSCOPE_COMPAT_EXTRAS, OPENROUTER_EXTRAS),
    },
  },
};
