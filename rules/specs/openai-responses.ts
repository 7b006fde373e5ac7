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

const STATUS: ParamSpec = { type: ['string', 'null'], description: 'Item status as returned by the API.', enum: ['in_progress', 'completed', 'incomplete'] };
const BREAKPOINT: ParamSpec = {
  type: ['object', 'null'],
  description: 'Explicit prompt-cache breakpoint ({"mode": "explicit"}).',
  additionalProperties: false,
  properties: { mode: { type: 'string', required: true, description: 'Breakpoint mode.', enum: ['explicit'] } },
};
const CALLER: ParamSpec = { type: ['object', 'null'], description: 'Who made the call (direct, or a program of programmatic tool calling).' };

/** Input and output content parts (ResponseInputContent, ResponseOutputText, ResponseOutputRefusal). */
const CONTENT_PART: ParamSpec = {
  type: 'object',
  description: 'One content part: input_text, input_image, input_file (or output_text, refusal when replaying assistant output).',
  source: SDK,
  properties: {
    type: {
      type: 'string',
      required: true,
      description: 'Content part kind (Responses uses input_text/output_text, not Chat\'s text).',
      enum: ['input_text', 'input_image', 'input_file', 'input_audio', 'output_text', 'refusal', 'summary_text', 'reasoning_text'],
    },
  },
  variants: {
    discriminator: 'type',
    cases: {
      input_text: {
        additionalProperties: false,
        properties: { text: { type: 'string', required: true, description: 'The text.' }, prompt_cache_breakpoint: BREAKPOINT },
      },
      input_image: {
        additionalProperties: false,
        properties: {
          image_url: { type: ['string', 'null'], description: 'https URL or base64 data URL (a plain string, not Chat\'s {"url"} object).' },
          file_id: { type: ['string', 'null'], description: 'Id of an uploaded image file.' },
          detail: { type: ['string', 'null'], description: 'Image detail level.', enum: ['low', 'high', 'auto', 'original'] },
          prompt_cache_breakpoint: BREAKPOINT,
        },
      },
      input_file: {
        additionalProperties: false,
        properties: {
          file_data: { type: ['string', 'null'], description: 'Base64 data URL of the file.' },
          file_id: { type: ['string', 'null'], description: 'Id of an uploaded file.' },
          file_url: { type: ['string', 'null'], description: 'URL of the file.' },
          filename: { type: ['string', 'null'], description: 'File name.' },
          detail: { type: 'string', description: 'File detail level.', enum: ['auto', 'low', 'high'] },
          prompt_cache_breakpoint: BREAKPOINT,
        },
      },
      output_text: {
        additionalProperties: false,
        properties: {
          text: { type: 'string', required: true, description: 'The text the assistant produced.' },
          annotations: { type: 'array', description: 'Citations in the text.' },
          logprobs: { type: 'array', description: 'Token log probabilities.' },
        },
      },
      refusal: { additionalProperties: false, properties: { refusal: { type: 'string', required: true, description: 'The refusal text.' } } },
    },
  },
};

/** One input item (ResponseInputItem). Item types outside the common ones are left open. */
const INPUT_ITEM: ParamSpec = {
  type: 'object',
  description: 'One input item: a message, a function call and its output, a reasoning item, an item reference, ...',
  source: SDK,
  properties: {
    type: { type: 'string', description: 'Item kind (absent = message).' },
    id: { type: ['string', 'null'], description: 'Id of the item (output items replayed from an earlier response).' },
  },
  variants: {
    discriminator: 'type',
    default: 'message',
    cases: {
      // EasyInputMessage | ResponseInputItem.Message | ResponseOutputMessage
      message: {
        additionalProperties: false,
        properties: {
          role: { type: 'string', required: true, description: 'Who wrote the message.', enum: ['user', 'assistant', 'system', 'developer'] },
          content: { type: ['string', 'array'], required: true, description: 'Text, or content parts.', items: CONTENT_PART },
          status: STATUS,
          phase: { type: ['string', 'null'], description: 'Assistant message phase.', enum: ['commentary', 'final_answer'] },
        },
      },
      // ResponseFunctionToolCall
      function_call: {
        additionalProperties: false,
        properties: {
          call_id: { type: 'string', required: true, description: 'Call id, answered by a function_call_output with the same call_id.' },
          name: { type: 'string', required: true, description: 'Function name.' },
          arguments: { type: 'string', required: true, description: 'Arguments as a JSON string.' },
          namespace: { type: 'string', description: 'Tool namespace.' },
          caller: CALLER,
          status: STATUS,
        },
      },
      // ResponseInputItem.FunctionCallOutput
      function_call_output: {
        additionalProperties: false,
        properties: {
          call_id: { type: 'string', required: true, description: 'The call_id of the function_call this answers.' },
          output: { type: ['string', 'array'], required: true, description: 'The result: text, or input_text/input_image/input_file parts.', items: CONTENT_PART },
          caller: CALLER,
          status: STATUS,
        },
      },
      // ResponseReasoningItem
      reasoning: {
        additionalProperties: false,
        properties: {
          summary: { type: 'array', required: true, description: 'Reasoning summary parts ({"type": "summary_text", "text"}).' },
          content: { type: 'array', description: 'Reasoning text parts.' },
          encrypted_content: { type: ['string', 'null'], description: 'Encrypted reasoning (stateless multi-turn, include reasoning.encrypted_content).' },
          status: STATUS,
        },
      },
      // ResponseInputItem.ItemReference
      item_reference: { additionalProperties: false },
      // ResponseCustomToolCall / ResponseCustomToolCallOutput
      custom_tool_call: {
        additionalProperties: false,
        properties: {
          call_id: { type: 'string', required: true, description: 'Call id.' },
          name: { type: 'string', required: true, description: 'Custom tool name.' },
          input: { type: 'string', required: true, description: 'The input the model produced.' },
          namespace: { type: 'string', description: 'Tool namespace.' },
          caller: CALLER,
        },
      },
      custom_tool_call_output: {
        additionalProperties: false,
        properties: {
          call_id: { type: 'string', required: true, description: 'The call_id this answers.' },
          output: { type: ['string', 'array'], required: true, description: 'The result.', items: CONTENT_PART },
          caller: CALLER,
        },
      },
    },
  },
};

/** Tools: function tools are closed (FunctionTool); built-in tools are left open. */
const TOOL: ParamSpec = {
  type: 'object',
  description: 'A function tool (flat: name/parameters at this level), a custom tool, or a built-in tool.',
  source: SDK,
  properties: { type: { type: 'string', required: true, description: 'Tool kind (function, custom, web_search, file_search, mcp, ...).' } },
  variants: {
    discriminator: 'type',
    cases: {
      function: {
        additionalProperties: false,
        properties: {
          // Responses function tools are flat: no nested "function" object as in Chat Completions.
          name: { type: 'string', required: true, description: 'Function name.' },
          description: { type: ['string', 'null'], description: 'What the function does.' },
          parameters: { type: ['object', 'null'], description: 'JSON Schema of the arguments.' },
          strict: { type: ['boolean', 'null'], description: 'Follow the schema exactly (default true on Responses).' },
          defer_loading: { type: 'boolean', description: 'Load the tool only when tool search finds it.' },
          allowed_callers: { type: ['array', 'null'], description: 'Who may call it: direct, programmatic.' },
          output_schema: { type: ['object', 'null'], description: 'JSON Schema of the function output.' },
        },
      },
    },
  },
};

/** text.format (ResponseFormatTextConfig): note the flat json_schema form (name/schema at this level). */
const TEXT_FORMAT: ParamSpec = {
  type: 'object',
  description: '{"type": "text"} | {"type": "json_object"} | {"type": "json_schema", "name", "schema", "strict"} (flat, unlike Chat).',
  source: SDK,
  properties: { type: { type: 'string', required: true, description: 'Output format kind.', enum: ['text', 'json_object', 'json_schema'] } },
  variants: {
    discriminator: 'type',
    cases: {
      text: { additionalProperties: false },
      json_object: { additionalProperties: false },
      json_schema: {
        additionalProperties: false,
        properties: {
          name: { type: 'string', required: true, description: 'Schema name.' },
          schema: { type: 'object', required: true, description: 'The JSON Schema.' },
          description: { type: 'string', description: 'What the format is for.' },
          strict: { type: ['boolean', 'null'], description: 'Follow the schema exactly.' },
        },
      },
    },
  },
};

const params: Record<string, ParamSpec> = {
  // --- model and input --------------------------------------------------------------------------
  model: { type: 'string', description: 'Model id (optional when a stored prompt supplies it).', docsUrl: REF },
  input: { type: ['string', 'array'], description: 'Text, or a list of input items (messages, function calls and outputs, reasoning, ...).', docsUrl: REF, items: INPUT_ITEM },
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
  text: {
    type: 'object',
    description: 'Text output settings: format (text | json_object | json_schema) and verbosity.',
    docsUrl: REF,
    additionalProperties: false,
    source: SDK,
    properties: {
      format: TEXT_FORMAT,
      verbosity: { type: ['string', 'null'], description: 'How terse or verbose the answer should be.', enum: ['low', 'medium', 'high'] },
    },
  },
  reasoning: {
    type: ['object', 'null'],
    description: 'Reasoning settings for gpt-5 and o-series models.',
    docsUrl: REF,
    additionalProperties: false,
    source: 'https://github.com/openai/openai-node/blob/master/src/resources/shared.ts',
    properties: {
      effort: { type: ['string', 'null'], description: 'Reasoning effort.', enum: ['none', 'minimal', 'low', 'medium', 'high', 'xhigh', 'max'] },
      summary: { type: ['string', 'null'], description: 'Reasoning summary detail.', enum: ['auto', 'concise', 'detailed'] },
      generate_summary: { type: ['string', 'null'], description: 'Older name of summary.', deprecated: 'Use summary.' },
      context: { type: ['string', 'null'], description: 'Which turns\' reasoning the model sees.', enum: ['auto', 'current_turn', 'all_turns'] },
      mode: { type: 'string', description: 'Reasoning mode (standard, pro, ...).' },
    },
  },

  // --- sampling ---------------------------------------------------------------------------------
  temperature: { type: ['number', 'null'], description: 'Sampling temperature.', minimum: 0, maximum: 2, docsUrl: REF },
  top_p: { type: ['number', 'null'], description: 'Nucleus sampling probability mass.', minimum: 0, maximum: 1, docsUrl: REF },
  top_logprobs: { type: ['integer', 'null'], description: 'Most likely alternatives to return per position.', minimum: 0, maximum: 20, docsUrl: REF },

  // --- tools ----------------------------------------------------------------------------------
  tools: { type: 'array', description: 'Built-in tools, MCP servers, function and custom tools.', docsUrl: REF, items: TOOL },
  tool_choice: {
    type: ['string', 'object'],
    description: '"none" | "auto" | "required", or a specific/allowed tool.',
    // the string form (ToolChoiceOptions); the enum applies to strings only
    enum: ['none', 'auto', 'required'],
    docsUrl: REF,
    source: SDK,
    properties: { type: { type: 'string', required: true, description: 'Object form kind (function, custom, allowed_tools, mcp, a built-in tool type).' } },
    variants: {
      discriminator: 'type',
      cases: {
        // ToolChoiceFunction: flat {"type": "function", "name"} (Chat nests it under "function")
        function: { additionalProperties: false, properties: { name: { type: 'string', required: true, description: 'Function to call.' } } },
        custom: { additionalProperties: false, properties: { name: { type: 'string', required: true, description: 'Custom tool to call.' } } },
        allowed_tools: {
          additionalProperties: false,
          properties: {
            mode: { type: 'string', required: true, description: 'auto = may call one; required = must call one.', enum: ['auto', 'required'] },
            tools: { type: 'array', required: true, description: 'Tool references.' },
          },
        },
      },
    },
  },
  parallel_tool_calls: { type: ['boolean', 'null'], description: 'Allow tool calls to run in parallel.', docsUrl: REF },

  // --- streaming -------------------------------------------------------------------------------
  stream: { type: ['boolean', 'null'], description: 'Stream the response as server-sent events.', docsUrl: REF },
  stream_options: {
    type: ['object', 'null'],
    description: 'Streaming options (include_obfuscation); only with stream: true.',
    docsUrl: REF,
    additionalProperties: false,
    source: SDK,
    properties: { include_obfuscation: { type: 'boolean', description: 'Pad stream events against side-channel attacks.' } },
  },

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
