/**
 * OpenAI Chat Completions (`POST /v1/chat/completions`) and the dialects that speak it.
 *
 * Top-level list: openai-node `ChatCompletionCreateParamsBase`
 * (src/resources/chat/completions/completions.ts, read 2026 via the code index),
 * plus parameters documented elsewhere (prompt_cache_options on gpt-5.6+).
 */
import type { ApiSpec, ParamSpec } from './types.ts';
import { OLLAMA_NO_TOOLS } from './ollama.ts';
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

const LIFECYCLE = 'https://learn.microsoft.com/en-us/azure/ai-services/openai/api-version-deprecation';

// --- nested structures (openai-node 6.49 src/resources/chat/completions/completions.ts and shared.ts) ---

/** `prompt_cache_breakpoint` on content parts (explicit prompt caching, gpt-5.6+). */
const CACHE_BREAKPOINT: ParamSpec = {
  type: 'object',
  description: 'Explicit prompt-cache breakpoint on this part ({"mode": "explicit"}).',
  additionalProperties: false,
  source: SDK,
  properties: { mode: { type: 'string', required: true, description: 'Breakpoint mode.', enum: ['explicit'] } },
};

const TEXT_PART_FIELDS: Record<string, ParamSpec> = {
  text: { type: 'string', required: true, description: 'The text.' },
  prompt_cache_breakpoint: CACHE_BREAKPOINT,
};

/** Content parts of user messages (ChatCompletionContentPart) and assistant messages (text, refusal). */
function contentParts(description: string): ParamSpec {
  return {
    type: 'object',
    description,
    source: SDK,
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
    variants: {
      discriminator: 'type',
      cases: {
        text: { additionalProperties: false, properties: TEXT_PART_FIELDS },
        image_url: {
          additionalProperties: false,
          properties: {
            image_url: {
              type: 'object',
              required: true,
              description: 'The image: an https URL or a data: URL, and the detail level.',
              additionalProperties: false,
              properties: {
                url: { type: 'string', required: true, description: 'https URL or base64 data URL of the image.' },
                detail: { type: 'string', description: 'Image detail level.', enum: ['auto', 'low', 'high'] },
              },
            },
            prompt_cache_breakpoint: CACHE_BREAKPOINT,
          },
        },
        input_audio: {
          additionalProperties: false,
          properties: {
            input_audio: {
              type: 'object',
              required: true,
              description: 'Base64 audio and its format.',
              additionalProperties: false,
              properties: {
                data: { type: 'string', required: true, description: 'Base64-encoded audio.' },
                format: { type: 'string', required: true, description: 'Audio format.', enum: ['wav', 'mp3'] },
              },
            },
            prompt_cache_breakpoint: CACHE_BREAKPOINT,
          },
        },
        file: {
          additionalProperties: false,
          properties: {
            file: {
              type: 'object',
              required: true,
              description: 'A file by id, or inline as a base64 data URL with its filename.',
              additionalProperties: false,
              // "Unknown parameter: 'messages[1].content[1].file.data'." (pydantic-ai, gpt-4o)
              properties: {
                file_data: { type: 'string', description: 'Base64 data URL of the file.' },
                file_id: { type: 'string', description: 'Id of an uploaded file.' },
                filename: { type: 'string', description: 'File name (needed with file_data).' },
              },
            },
            prompt_cache_breakpoint: CACHE_BREAKPOINT,
          },
        },
        refusal: {
          additionalProperties: false,
          properties: { refusal: { type: 'string', required: true, description: 'The refusal text (assistant messages).' } },
        },
      },
    },
  };
}

const CONTENT_PART = contentParts('One content part (ChatCompletionContentPart / ...ContentPartRefusal).');

/**
 * system/developer/tool content parts: text only in the SDK. Left open: clients (e.g. LangChain)
 * put Anthropic-style `cache_control` on system text parts and report that gpt-4o tolerated it
 * (see the comment quoted from a LangChain user in the code index); unverified either way.
 */
const TEXT_ONLY_PART: ParamSpec = {
  type: 'object',
  description: 'A text content part (system, developer and tool messages take text only).',
  source: SDK,
  properties: {
    type: { type: 'string', required: true, description: 'Content part kind.', enum: ['text', 'image_url', 'input_audio', 'file', 'refusal'] },
    text: { type: 'string', description: 'The text.' },
    prompt_cache_breakpoint: CACHE_BREAKPOINT,
  },
};

const FUNCTION_CALL_FIELDS: ParamSpec = {
  type: 'object',
  required: true,
  description: 'Function name and JSON-encoded arguments.',
  additionalProperties: false,
  properties: {
    name: { type: 'string', required: true, description: 'Function name.' },
    arguments: { type: 'string', required: true, description: 'Arguments as a JSON string (not an object).' },
  },
};

/** An assistant tool call (ChatCompletionMessageFunctionToolCall | ...CustomToolCall). */
const TOOL_CALL: ParamSpec = {
  type: 'object',
  description: 'A tool call made by the assistant: id, type and the function (or custom tool) called.',
  source: SDK,
  properties: {
    id: { type: 'string', required: true, description: 'Tool call id, answered by a tool message with the same tool_call_id.' },
    // "Unknown parameter: 'messages[2].tool_calls[0].index'." (labring/FastGPT#1253: streaming deltas replayed as-is)
    type: { type: 'string', description: 'Tool kind.', enum: ['function', 'custom'], source: 'https://github.com/labring/FastGPT/issues/1253' },
  },
  variants: {
    discriminator: 'type',
    default: 'function',
    cases: {
      function: { additionalProperties: false, properties: { function: FUNCTION_CALL_FIELDS } },
      custom: {
        additionalProperties: false,
        properties: {
          custom: {
            type: 'object',
            required: true,
            description: 'Custom tool name and its free-form input.',
            additionalProperties: false,
            properties: {
              name: { type: 'string', required: true, description: 'Custom tool name.' },
              input: { type: 'string', required: true, description: 'The input the model produced.' },
            },
          },
        },
      },
    },
  },
};

const NAME: ParamSpec = { type: 'string', description: 'Optional participant name.' };

/** One message (ChatCompletionMessageParam), by role. */
const MESSAGE: ParamSpec = {
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
      items: CONTENT_PART,
    },
  },
  variants: {
    discriminator: 'role',
    cases: {
      system: {
        additionalProperties: false,
        properties: { content: { type: ['string', 'array'], required: true, description: 'Text, or text parts.', items: TEXT_ONLY_PART }, name: NAME },
      },
      developer: {
        additionalProperties: false,
        properties: { content: { type: ['string', 'array'], required: true, description: 'Text, or text parts.', items: TEXT_ONLY_PART }, name: NAME },
      },
      user: {
        additionalProperties: false,
        properties: {
          content: { type: ['string', 'array'], required: true, description: 'Text, or content parts (text, image_url, input_audio, file).', items: CONTENT_PART },
          name: NAME,
        },
      },
      assistant: {
        additionalProperties: false,
        properties: {
          content: { type: ['string', 'array', 'null'], description: 'Text, or text/refusal parts; may be null or absent with tool_calls.', items: CONTENT_PART },
          name: NAME,
          refusal: { type: ['string', 'null'], description: 'A refusal the assistant gave.' },
          tool_calls: { type: 'array', description: 'Tool calls made in this turn.', items: TOOL_CALL },
          audio: {
            type: ['object', 'null'],
            description: 'A previous audio response, by id.',
            additionalProperties: false,
            properties: { id: { type: 'string', required: true, description: 'Id of the earlier audio response.' } },
          },
          function_call: {
            type: ['object', 'null'],
            description: 'Legacy function call.',
            deprecated: 'Use tool_calls.',
            additionalProperties: false,
            properties: {
              name: { type: 'string', required: true, description: 'Function name.' },
              arguments: { type: 'string', required: true, description: 'Arguments as a JSON string.' },
            },
          },
          // DeepSeek thinking mode: replayed reasoning (corpus valid/deepseek-chat-1.http); required with tools on V4.
          reasoning_content: {
            type: ['string', 'null'],
            description: 'DeepSeek: the reasoning of this turn, sent back in thinking mode.',
            onlyProviders: ['deepseek', 'relay'],
            source: 'https://api-docs.deepseek.com/guides/thinking_mode',
          },
          // Groq: the parsed reasoning of an earlier turn (reasoning_format "parsed"), sent back in the history.
          reasoning: {
            type: ['string', 'null'],
            description: 'Groq: the reasoning of this turn, as returned with reasoning_format "parsed".',
            onlyProviders: ['groq', 'relay'],
            source: 'https://github.com/groq/groq-python/blob/main/src/groq/types/chat/chat_completion_assistant_message_param.py',
          },
          // DeepSeek chat prefix completion (beta): the last assistant message is a prefix.
          prefix: {
            type: 'boolean',
            description: 'DeepSeek: continue from this assistant message (chat prefix completion, beta endpoint).',
            onlyProviders: ['deepseek', 'relay'],
            source: 'https://api-docs.deepseek.com/guides/chat_prefix_completion',
          },
          // DashScope compatible mode partial mode: the last assistant message is a prefix.
          partial: {
            type: 'boolean',
            description: 'Qwen partial mode: continue from this assistant message.',
            onlyProviders: ['dashscope-compatible', 'relay'],
            source: 'https://www.alibabacloud.com/help/en/model-studio/partial-mode',
          },
        },
      },
      tool: {
        additionalProperties: false,
        properties: {
          content: { type: ['string', 'array'], required: true, description: 'The tool result: text, or text parts.', items: TEXT_ONLY_PART },
          tool_call_id: { type: 'string', required: true, description: 'Tool messages: the id of the tool call this answers.', source: SDK },
        },
      },
      function: {
        additionalProperties: false,
        properties: {
          content: { type: ['string', 'null'], required: true, description: 'The function result.' },
          name: { type: 'string', required: true, description: 'Name of the function that ran.' },
        },
      },
    },
  },
};

/** Shared.FunctionDefinition. */
const FUNCTION_DEFINITION: ParamSpec = {
  type: 'object',
  required: true,
  description: 'The function: name, description, JSON Schema parameters, strict.',
  additionalProperties: false,
  source: 'https://github.com/openai/openai-node/blob/master/src/resources/shared.ts',
  properties: {
    name: { type: 'string', required: true, description: 'Function name (a-z, A-Z, 0-9, _ and -, at most 64).' },
    description: { type: 'string', description: 'What the function does, for the model.' },
    parameters: { type: 'object', description: 'JSON Schema of the arguments (not checked here).' },
    strict: { type: ['boolean', 'null'], description: 'Structured Outputs: arguments follow the schema exactly.' },
  },
};

/** One tool (ChatCompletionFunctionTool | ChatCompletionCustomTool). */
const TOOL: ParamSpec = {
  type: 'object',
  description: 'A function tool or a custom (free-form input) tool.',
  source: SDK,
  properties: {
    type: { type: 'string', required: true, description: 'Tool kind.', enum: ['function', 'custom'] },
  },
  variants: {
    discriminator: 'type',
    cases: {
      function: { additionalProperties: false, properties: { function: FUNCTION_DEFINITION } },
      custom: {
        additionalProperties: false,
        properties: {
          custom: {
            type: 'object',
            required: true,
            description: 'Custom tool: name, description, input format (text or grammar).',
            additionalProperties: false,
            properties: {
              name: { type: 'string', required: true, description: 'Custom tool name.' },
              description: { type: 'string', description: 'What the tool does.' },
              format: {
                type: 'object',
                description: 'Input format: {"type": "text"} or {"type": "grammar", "grammar": {definition, syntax}}.',
                properties: { type: { type: 'string', required: true, description: 'Format kind.', enum: ['text', 'grammar'] } },
                variants: {
                  discriminator: 'type',
                  cases: {
                    text: { additionalProperties: false },
                    grammar: {
                      additionalProperties: false,
                      properties: {
                        grammar: {
                          type: 'object',
                          required: true,
                          description: 'The grammar definition and its syntax.',
                          additionalProperties: false,
                          properties: {
                            definition: { type: 'string', required: true, description: 'Grammar text.' },
                            syntax: { type: 'string', required: true, description: 'Grammar syntax.', enum: ['lark', 'regex'] },
                          },
                        },
                      },
                    },
                  },
                },
              },
            },
          },
        },
      },
    },
  },
};

const NAMED: (key: 'function' | 'custom') => ParamSpec = (key) => ({
  type: 'object',
  required: true,
  description: `The ${key} tool to call, by name.`,
  additionalProperties: false,
  properties: { name: { type: 'string', required: true, description: 'Tool name.' } },
});

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
    // "Invalid 'messages': empty array. Expected an array with minimum length 1, but got an empty array instead."
    minItems: 1,
    source: 'https://github.com/envoyproxy/ai-gateway/blob/c217da8a539570ba3f6014a60c2687c29a945f1f/tests/internal/testopenai/cassettes/chat-no-messages.yaml',
    items: MESSAGE,
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
    source: 'https://github.com/openai/openai-node/blob/master/src/resources/shared.ts',
    properties: {
      type: { type: 'string', required: true, description: 'Output format kind.', enum: ['text', 'json_object', 'json_schema'] },
    },
    variants: {
      discriminator: 'type',
      cases: {
        text: { additionalProperties: false },
        json_object: { additionalProperties: false },
        json_schema: {
          additionalProperties: false,
          // "Changes between 2024-07-01-preview and 2024-08-01-preview: Structured outputs support."
          azureSince: '2024-08-01-preview',
          source: LIFECYCLE,
          properties: {
            json_schema: {
              type: 'object',
              required: true,
              description: 'Structured Outputs: name, schema, strict, description.',
              additionalProperties: false,
              properties: {
                name: { type: 'string', required: true, description: 'Schema name (a-z, A-Z, 0-9, _ and -, at most 64).' },
                description: { type: 'string', description: 'What the format is for.' },
                schema: { type: 'object', description: 'The JSON Schema (not checked here).' },
                strict: { type: ['boolean', 'null'], description: 'Follow the schema exactly (Structured Outputs).' },
              },
            },
          },
        },
      },
    },
  },
  modalities: { type: ['array', 'null'], description: 'Output modalities, e.g. ["text"] or ["text", "audio"].', docsUrl: REF },
  audio: {
    type: ['object', 'null'],
    description: 'Audio output settings (voice, format); required with modalities ["audio"].',
    docsUrl: REF,
    additionalProperties: false,
    source: SDK,
    properties: {
      format: { type: 'string', required: true, description: 'Output audio format.', enum: ['wav', 'aac', 'mp3', 'flac', 'opus', 'pcm16'] },
      voice: { type: ['string', 'object'], required: true, description: 'A built-in voice name (alloy, ash, ..., marin, cedar) or {"id": custom voice}.' },
    },
  },
  prediction: {
    type: ['object', 'null'],
    description: 'Predicted output content that speeds up regeneration of known text.',
    docsUrl: REF,
    additionalProperties: false,
    source: SDK,
    properties: {
      type: { type: 'string', required: true, description: 'Prediction kind.', enum: ['content'] },
      content: { type: ['string', 'array'], required: true, description: 'The predicted text, or text parts.', items: TEXT_ONLY_PART },
    },
  },

  // --- tools ------------------------------------------------------------------------------------
  tools: { type: 'array', description: 'Function and custom tools the model may call.', docsUrl: REF, items: TOOL },
  tool_choice: {
    type: ['string', 'object'],
    description: '"none" | "auto" | "required", a named tool, or an allowed_tools set.',
    // the string form (ChatCompletionToolChoiceOption); the enum applies to strings only
    enum: ['none', 'auto', 'required'],
    docsUrl: REF,
    source: SDK,
    properties: {
      type: { type: 'string', required: true, description: 'Object form kind.', enum: ['function', 'custom', 'allowed_tools'] },
    },
    variants: {
      discriminator: 'type',
      cases: {
        function: { additionalProperties: false, properties: { function: NAMED('function') } },
        custom: { additionalProperties: false, properties: { custom: NAMED('custom') } },
        allowed_tools: {
          additionalProperties: false,
          properties: {
            allowed_tools: {
              type: 'object',
              required: true,
              description: 'The subset of tools the model may use, and whether it must call one.',
              additionalProperties: false,
              properties: {
                mode: { type: 'string', required: true, description: 'auto = may call one; required = must call one.', enum: ['auto', 'required'] },
                tools: { type: 'array', required: true, description: 'Tool references such as {"type": "function", "function": {"name"}}.' },
              },
            },
          },
        },
      },
    },
  },
  parallel_tool_calls: {
    type: 'boolean',
    description: 'Allow several tool calls in one turn.',
    docsUrl: REF,
    // "Changes between 2024-09-01-preview and 2024-08-01-preview: ... parallel_tool_calls added."
    azureSince: '2024-09-01-preview',
    source: LIFECYCLE,
  },
  functions: {
    type: 'array',
    description: 'Legacy function definitions.',
    deprecated: 'Use tools.',
    docsUrl: REF,
    items: {
      type: 'object',
      description: 'A legacy function definition (name, description, parameters).',
      additionalProperties: false,
      source: SDK,
      properties: {
        name: { type: 'string', required: true, description: 'Function name.' },
        description: { type: 'string', description: 'What the function does.' },
        parameters: { type: 'object', description: 'JSON Schema of the arguments.' },
      },
    },
  },
  function_call: {
    type: ['string', 'object'],
    description: 'Legacy function selection ("none" | "auto" | {"name"}).',
    deprecated: 'Use tool_choice.',
    docsUrl: REF,
    additionalProperties: false,
    properties: { name: { type: 'string', required: true, description: 'The function to call.' } },
  },
  web_search_options: {
    type: 'object',
    description: 'Web search settings (search models such as gpt-4o-search-preview only).',
    docsUrl: REF,
    additionalProperties: false,
    source: SDK,
    properties: {
      search_context_size: { type: 'string', description: 'How much search context to use.', enum: ['low', 'medium', 'high'] },
      user_location: {
        type: ['object', 'null'],
        description: 'Approximate user location for the search.',
        additionalProperties: false,
        properties: {
          type: { type: 'string', required: true, description: 'Location kind.', enum: ['approximate'] },
          approximate: {
            type: 'object',
            required: true,
            description: 'City, country (ISO code), region, IANA timezone.',
            additionalProperties: false,
            properties: {
              city: { type: 'string', description: 'City.' },
              country: { type: 'string', description: 'Two-letter ISO country code.' },
              region: { type: 'string', description: 'Region or state.' },
              timezone: { type: 'string', description: 'IANA timezone.' },
            },
          },
        },
      },
    },
  },

  // --- streaming -------------------------------------------------------------------------------
  stream: { type: ['boolean', 'null'], description: 'Stream the answer as server-sent events.', docsUrl: REF },
  stream_options: {
    type: ['object', 'null'],
    description: 'Streaming options (include_usage, include_obfuscation); only with stream: true.',
    docsUrl: REF,
    additionalProperties: false,
    // "Changes between 2024-09-01-preview and 2024-08-01-preview: ... stream_options & include_usage added."
    azureSince: '2024-09-01-preview',
    source: LIFECYCLE,
    properties: {
      include_usage: { type: 'boolean', description: 'Send a last chunk with the usage of the whole request.' },
      include_obfuscation: { type: 'boolean', description: 'Pad stream events against side-channel attacks (default true).' },
    },
  },

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
    properties: {
      mode: { type: 'string', description: 'implicit (automatic) or explicit (breakpoints on content parts).', enum: ['implicit', 'explicit'] },
      ttl: { type: 'string', description: 'Cache lifetime.', enum: ['30m'] },
    },
  },
  moderation: {
    type: ['object', 'null'],
    description: 'Run a moderation model on the input and output ({"model", "policy"}).',
    docsUrl: REF,
    source: SDK,
    properties: { model: { type: 'string', required: true, description: 'Moderation model id.' } },
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
      // A local Ollama behind its OpenAI-compatible path is an unnamed host: only its `name:tag` spelling (`gemma3:4b`)
      // says so. A bare `llama2` or `phi4` on an unnamed host may be any server (LocalAI, vLLM, a gateway) with its own template.
      modelRestrictions: OLLAMA_NO_TOOLS.map((r) => ({ ...r, models: r.models.filter((m) => m.includes(':')) })).filter((r) => r.models.length > 0),
    },
  },
};
