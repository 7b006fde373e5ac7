/**
 * Anthropic Messages (`POST /v1/messages`, also `/v1/messages?beta=true`), and the same body on
 * Amazon Bedrock (InvokeModel) and Google Vertex AI (rawPredict).
 *
 * Top-level list: anthropic-sdk-typescript `MessageCreateParamsBase`
 * (src/resources/messages/messages.ts) for the GA surface, and the beta `MessageCreateParams`
 * (src/resources/beta/messages/messages.ts; API reference "client.beta.messages.create") for the
 * beta surface. Real clients (the official SDK, pydantic-ai, Claude Code) post to
 * `/v1/messages?beta=true`, so beta parameters count as known; they are marked `anthropicBeta`.
 */
import type { ApiSpec, ParamSpec, VariantCase } from './types.ts';
import { ANTHROPIC_NESTED_UNKNOWN, RELAY_UNKNOWN } from './common.ts';

const REF = 'https://platform.claude.com/docs/en/api/messages/create';
const BETA_REF = 'https://platform.claude.com/docs/en/api/typescript/beta/messages/create';
/** The PHP beta reference lists every body parameter in one signature. */
const BETA_SIGNATURE = 'https://platform.claude.com/docs/en/api/php/beta/messages/create';
const SDK = 'https://github.com/anthropics/anthropic-sdk-typescript/blob/main/src/resources/messages/messages.ts';

const BETA_SDK = 'https://github.com/anthropics/anthropic-sdk-typescript/blob/main/src/resources/beta/messages/messages.ts';

// --- nested structures: anthropic-sdk-typescript 1.15 (GA messages.ts and beta messages.ts; the field
// lists below are the union of both, since real clients post to /v1/messages?beta=true) -------------

/**
 * CacheControlEphemeral. A tagged union in the validator: "system.1.cache_control.ephemeral.scope:
 * Extra inputs are not permitted" (caozhiyuan/copilot-api#145).
 */
const CACHE_CONTROL: ParamSpec = {
  type: ['object', 'null'],
  description: 'Prompt-cache breakpoint: {"type": "ephemeral", "ttl": "5m" | "1h"}.',
  source: SDK,
  properties: {
    type: { type: 'string', required: true, description: 'Cache kind.', enum: ['ephemeral'] },
  },
  variants: {
    discriminator: 'type',
    tagInPath: true,
    cases: {
      ephemeral: {
        additionalProperties: false,
        properties: {
          ttl: { type: 'string', description: 'Cache lifetime.', enum: ['5m', '1h'] },
          // Claude Code sends it; Vertex and some gateways reject it (copilot-api#145, jetbrains-cc-gui#844).
          scope: {
            type: 'string',
            description: 'Cache scope sent by Claude Code (accepted by api.anthropic.com, rejected on Vertex).',
            onlyProviders: ['anthropic', 'relay'],
            source: 'https://github.com/zhukunpenglinyutong/jetbrains-cc-gui/issues/844',
          },
        },
      },
    },
  },
};
const CALLER: ParamSpec = { type: 'object', description: 'Who made the call (direct, or code execution for programmatic tool calling).' };

const B64_SOURCE = (media: string, mediaEnum?: string[]): VariantCase => ({
  additionalProperties: false,
  properties: {
    data: { type: 'string', required: true, description: 'Base64 data (no data: prefix).' },
    media_type: { type: 'string', required: true, description: media, ...(mediaEnum ? { enum: mediaEnum } : {}) },
  },
});
const URL_SOURCE: VariantCase = { additionalProperties: false, properties: { url: { type: 'string', required: true, description: 'https URL.' } } };
const FILE_SOURCE: VariantCase = { additionalProperties: false, properties: { file_id: { type: 'string', required: true, description: 'Id from the Files API.' } } };

/** Image sources: base64 | url | file. */
const IMAGE_SOURCE: ParamSpec = {
  type: 'object',
  required: true,
  description: 'Where the image comes from: {"type": "base64", "media_type", "data"} | {"type": "url", "url"} | {"type": "file", "file_id"}.',
  source: SDK,
  properties: { type: { type: 'string', required: true, description: 'Source kind.', enum: ['base64', 'url', 'file'] } },
  variants: {
    discriminator: 'type',
    tagInPath: true,
    cases: {
      base64: B64_SOURCE('Image MIME type.', ['image/jpeg', 'image/png', 'image/gif', 'image/webp']),
      url: URL_SOURCE,
      file: FILE_SOURCE,
    },
  },
};

const TEXT_BLOCK: VariantCase = {
  additionalProperties: false,
  properties: {
    text: { type: 'string', required: true, description: 'The text.' },
    cache_control: CACHE_CONTROL,
    citations: { type: ['array', 'null'], description: 'Citations supporting the text.' },
  },
};
const IMAGE_BLOCK: VariantCase = {
  additionalProperties: false,
  properties: {
    source: IMAGE_SOURCE,
    cache_control: CACHE_CONTROL,
    transformations: { type: ['object', 'null'], description: 'Image transformations (oversized_image: downsize | error).' },
  },
};
const DOCUMENT_BLOCK: VariantCase = {
  additionalProperties: false,
  properties: {
    source: {
      type: 'object',
      required: true,
      description: 'PDF (base64 or url), plain text, content blocks, or a Files API file.',
      source: SDK,
      properties: { type: { type: 'string', required: true, description: 'Source kind.', enum: ['base64', 'text', 'content', 'url', 'file'] } },
      variants: {
        discriminator: 'type',
        tagInPath: true,
        cases: {
          base64: B64_SOURCE('application/pdf.', ['application/pdf']),
          text: B64_SOURCE('text/plain.', ['text/plain']),
          content: {
            additionalProperties: false,
            properties: { content: { type: ['string', 'array'], required: true, description: 'Text, or text/image blocks.' } },
          },
          url: URL_SOURCE,
          file: FILE_SOURCE,
        },
      },
    },
    cache_control: CACHE_CONTROL,
    citations: {
      type: ['object', 'null'],
      description: 'Citation settings ({"enabled": true}).',
      additionalProperties: false,
      properties: { enabled: { type: 'boolean', description: 'Let the model cite this document.' } },
    },
    context: { type: ['string', 'null'], description: 'Context about the document (not cited).' },
    title: { type: ['string', 'null'], description: 'Document title.' },
  },
};
const SEARCH_RESULT_BLOCK: VariantCase = {
  additionalProperties: false,
  properties: {
    content: { type: 'array', required: true, description: 'Text blocks of the result.' },
    source: { type: 'string', required: true, description: 'Where the result comes from (URL or id).' },
    title: { type: 'string', required: true, description: 'Result title.' },
    cache_control: CACHE_CONTROL,
    citations: { type: 'object', description: 'Citation settings.' },
  },
};
const TOOL_REFERENCE_BLOCK: VariantCase = {
  additionalProperties: false,
  properties: { tool_name: { type: 'string', required: true, description: 'Referenced tool.' }, cache_control: CACHE_CONTROL },
};

/** Blocks allowed inside a tool_result's content (no recursion into tool_result itself). */
const TOOL_RESULT_CONTENT_BLOCK: ParamSpec = {
  type: 'object',
  description: 'A block of a tool result: text, image, document, search_result, tool_reference.',
  source: SDK,
  // required, but pydantic answers "Unable to extract tag using discriminator 'type'", not "Field required"
  properties: { type: { type: 'string', description: 'Block kind.' } },
  variants: {
    discriminator: 'type',
    tagInPath: true,
    cases: { text: TEXT_BLOCK, image: IMAGE_BLOCK, document: DOCUMENT_BLOCK, search_result: SEARCH_RESULT_BLOCK, tool_reference: TOOL_REFERENCE_BLOCK },
  },
};

/**
 * One content block (ContentBlockParam / BetaContentBlockParam). The common blocks are closed;
 * server-tool results, MCP and other newer blocks are left open (their shapes change often).
 * Pydantic error paths carry the block tag: `messages.1.content.0.thinking.signature: Field required`.
 */
const CONTENT_BLOCK: ParamSpec = {
  type: 'object',
  description: 'One content block: text, image, document, tool_use, tool_result, thinking, ...',
  source: SDK,
  // required, but pydantic answers "Unable to extract tag using discriminator 'type'", not "Field required"
  properties: { type: { type: 'string', description: 'Block kind.' } },
  variants: {
    discriminator: 'type',
    tagInPath: true,
    cases: {
      text: TEXT_BLOCK,
      image: IMAGE_BLOCK,
      document: DOCUMENT_BLOCK,
      search_result: SEARCH_RESULT_BLOCK,
      // "messages.1.content.0.thinking.signature: Field required" (justlovemaki/AIClient2API#437)
      thinking: {
        additionalProperties: false,
        source: 'https://github.com/justlovemaki/AIClient2API/issues/437',
        properties: {
          thinking: { type: 'string', required: true, description: 'The thinking text, replayed unchanged.' },
          signature: { type: 'string', required: true, description: 'The signature returned with it.' },
        },
      },
      redacted_thinking: {
        additionalProperties: false,
        properties: { data: { type: 'string', required: true, description: 'The encrypted thinking, replayed unchanged.' } },
      },
      tool_use: {
        additionalProperties: false,
        properties: {
          id: { type: 'string', required: true, description: 'Tool use id (toolu_...), answered by a tool_result.' },
          name: { type: 'string', required: true, description: 'Tool name.' },
          input: { type: 'object', required: true, description: 'The arguments, as an object.' },
          cache_control: CACHE_CONTROL,
          caller: CALLER,
          toolset_name: { type: ['string', 'null'], description: 'Toolset the tool belongs to.' },
        },
      },
      tool_result: {
        additionalProperties: false,
        properties: {
          tool_use_id: { type: 'string', required: true, description: 'The id of the tool_use this answers.' },
          content: { type: ['string', 'array'], description: 'The result: text, or text/image/document/search_result blocks.', items: TOOL_RESULT_CONTENT_BLOCK },
          is_error: { type: 'boolean', description: 'The tool failed.' },
          cache_control: CACHE_CONTROL,
          toolset_name: { type: ['string', 'null'], description: 'Toolset the tool belongs to.' },
        },
      },
      server_tool_use: {
        additionalProperties: false,
        properties: {
          id: { type: 'string', required: true, description: 'Server tool use id (srvtoolu_...).' },
          name: { type: 'string', required: true, description: 'Server tool name.' },
          input: { type: 'object', required: true, description: 'The arguments.' },
          cache_control: CACHE_CONTROL,
          caller: CALLER,
        },
      },
      container_upload: {
        additionalProperties: false,
        properties: { file_id: { type: 'string', required: true, description: 'File to upload into the container.' }, cache_control: CACHE_CONTROL },
      },
    },
  },
};

/** One client tool (Tool) when `type` is absent or "custom"; server tools (bash_..., web_search_...) are left open. */
const TOOL: ParamSpec = {
  type: 'object',
  description: 'A client tool {name, description, input_schema} or a versioned server tool {type, name, ...}.',
  source: SDK,
  properties: {
    type: { type: ['string', 'null'], description: 'Absent or "custom" for client tools; a versioned type (web_search_20250305, ...) for server tools.' },
    name: { type: 'string', required: true, description: 'Tool name.' },
    cache_control: CACHE_CONTROL,
  },
  variants: {
    discriminator: 'type',
    default: 'custom',
    tagInPath: true,
    cases: {
      custom: {
        additionalProperties: false,
        source: SDK,
        properties: {
          input_schema: { type: 'object', required: true, description: 'JSON Schema of the input (type "object").' },
          description: { type: 'string', description: 'What the tool does, for the model.' },
          strict: { type: 'boolean', description: 'Validate the input against the schema (structured outputs).' },
          defer_loading: { type: 'boolean', description: 'Load the tool only when tool search finds it.' },
          eager_input_streaming: { type: ['boolean', 'null'], description: 'Stream the input without buffering.' },
          input_examples: { type: 'array', description: 'Example inputs.' },
          allowed_callers: { type: 'array', description: 'Who may call it: direct, code_execution_... (programmatic tool calling).' },
        },
      },
    },
  },
};

/** System prompt text block (TextBlockParam; not a union, so error paths carry no tag: `system.1.cache_control`). */
const SYSTEM_BLOCK: ParamSpec = {
  type: 'object',
  description: 'A system prompt block (text only).',
  source: SDK,
  additionalProperties: false,
  properties: { type: { type: 'string', required: true, description: 'Block kind; system blocks are text.', enum: ['text'] }, ...TEXT_BLOCK.properties },
};

const params: Record<string, ParamSpec> = {
  // --- required -------------------------------------------------------------------------------
  model: { type: 'string', required: true, description: 'Model id, e.g. claude-sonnet-4-5 (in the URL instead on Bedrock and Vertex).', docsUrl: REF },
  messages: {
    type: 'array',
    required: true,
    description: 'Alternating user/assistant turns (consecutive same-role turns are merged).',
    docsUrl: REF,
    // "Empty messages array" is a listed 400 cause (anthropics/skills error-codes.md); wording not captured.
    minItems: 1,
    items: {
      type: 'object',
      description: 'One turn (MessageParam).',
      source: SDK,
      additionalProperties: false,
      properties: {
        // "messages: Unexpected role \"tool\". Allowed roles are \"user\" or \"assistant\"." (mark3labs/mcphost#36)
        role: { type: 'string', required: true, description: 'Who wrote the turn.', enum: ['user', 'assistant'], source: 'https://github.com/mark3labs/mcphost/issues/36' },
        content: { type: ['string', 'array'], required: true, description: 'Text, or content blocks.', source: SDK, items: CONTENT_BLOCK },
      },
    },
  },
  max_tokens: {
    type: 'integer',
    required: true,
    description: 'Maximum tokens to generate; 0 only pre-warms the prompt cache.',
    minimum: 0,
    docsUrl: REF,
  },

  // --- prompt and stopping -----------------------------------------------------------------------
  system: { type: ['string', 'array'], description: 'System prompt: a string or an array of text blocks (there is no "system" role).', docsUrl: REF, items: SYSTEM_BLOCK },
  stop_sequences: { type: 'array', description: 'Custom strings that end generation.', docsUrl: REF },
  stream: { type: 'boolean', description: 'Stream the response as server-sent events.', docsUrl: REF },
  metadata: {
    type: 'object',
    description: 'Request metadata; only user_id (an opaque end-user id).',
    docsUrl: REF,
    additionalProperties: false,
    source: SDK,
    properties: { user_id: { type: ['string', 'null'], description: 'Opaque end-user identifier (no PII).' } },
  },

  // --- sampling (deprecated on newer models) -----------------------------------------------------
  temperature: {
    type: 'number',
    description: 'Sampling temperature 0..1.',
    minimum: 0,
    maximum: 1,
    deprecated: 'Models after Claude Opus 4.6 reject any value other than 1.0.',
    docsUrl: REF,
  },
  top_p: {
    type: 'number',
    description: 'Nucleus sampling.',
    minimum: 0,
    maximum: 1,
    deprecated: 'Models after Claude Opus 4.6 accept only values >= 0.99.',
    docsUrl: REF,
  },
  top_k: {
    type: 'integer',
    description: 'Sample only from the top K tokens.',
    minimum: 0,
    deprecated: 'Models after Claude Opus 4.6 reject it; must be unset with thinking.',
    docsUrl: REF,
  },

  // --- thinking and output -----------------------------------------------------------------------
  thinking: {
    type: 'object',
    description: 'Extended thinking: {"type": "enabled", "budget_tokens"} | {"type": "adaptive"} | {"type": "disabled"}.',
    docsUrl: 'https://platform.claude.com/docs/en/build-with-claude/extended-thinking',
    source: SDK,
    properties: {
      type: { type: 'string', required: true, description: 'Thinking mode.', enum: ['enabled', 'disabled', 'adaptive', 'between_tools'] },
    },
    variants: {
      discriminator: 'type',
      tagInPath: true,
      cases: {
        enabled: {
          additionalProperties: false,
          properties: {
            budget_tokens: { type: 'integer', required: true, description: 'Thinking token budget (>= 1024, below max_tokens).', minimum: 1024 },
            display: { type: ['string', 'null'], description: 'How thinking is returned.', enum: ['summarized', 'omitted', 'updates'] },
            block_binding: { type: ['object', 'null'], description: 'Beta: how thinking blocks bind to the turn.', source: BETA_SDK },
          },
        },
        adaptive: {
          additionalProperties: false,
          properties: {
            display: { type: ['string', 'null'], description: 'How thinking is returned.', enum: ['summarized', 'omitted', 'updates'] },
            block_binding: { type: ['object', 'null'], description: 'Beta: how thinking blocks bind to the turn.', source: BETA_SDK },
          },
        },
        disabled: { additionalProperties: false },
        between_tools: { additionalProperties: false },
      },
    },
  },
  output_config: {
    type: 'object',
    description: 'Output settings: effort (low..max), format (json_schema), task_budget.',
    docsUrl: REF,
    properties: {
      effort: { type: ['string', 'null'], description: 'Effort level; supported levels depend on the model.', enum: ['low', 'medium', 'high', 'xhigh', 'max'] },
      format: {
        type: ['object', 'null'],
        description: 'Structured output format ({"type": "json_schema", "schema": ...}).',
        additionalProperties: false,
        source: SDK,
        properties: {
          type: { type: 'string', required: true, description: 'Format kind.', enum: ['json_schema'] },
          schema: { type: 'object', required: true, description: 'The JSON Schema.' },
        },
      },
      task_budget: { type: 'object', description: 'Token budget for an agentic task.' },
    },
  },

  // --- tools ----------------------------------------------------------------------------------
  tools: { type: 'array', description: 'Client tools (name, description, input_schema) and server tools (web_search, code_execution, ...).', docsUrl: REF, items: TOOL },
  tool_choice: {
    type: 'object',
    description: '{"type": "auto" | "any" | "tool" | "none"}, optionally disable_parallel_tool_use.',
    docsUrl: REF,
    properties: {
      type: { type: 'string', required: true, description: 'How the model may use tools.', enum: ['auto', 'any', 'tool', 'none'], source: SDK },
    },
    variants: {
      discriminator: 'type',
      tagInPath: true,
      cases: {
        auto: { additionalProperties: false, properties: { disable_parallel_tool_use: { type: 'boolean', description: 'At most one tool call per turn.' } } },
        any: { additionalProperties: false, properties: { disable_parallel_tool_use: { type: 'boolean', description: 'At most one tool call per turn.' } } },
        tool: {
          additionalProperties: false,
          properties: {
            name: { type: 'string', required: true, description: 'The tool to use.' },
            disable_parallel_tool_use: { type: 'boolean', description: 'At most one tool call per turn.' },
          },
        },
        none: { additionalProperties: false },
      },
    },
  },

  // --- caching, capacity, region, containers ---------------------------------------------------
  cache_control: {
    ...CACHE_CONTROL,
    source: 'https://github.com/anthropics/claude-code/issues/4378',
    description: 'Automatic caching: puts a cache breakpoint on the last cacheable block ({"type": "ephemeral", "ttl"}).',
    docsUrl: 'https://platform.claude.com/docs/en/build-with-claude/prompt-caching',
  },
  // GA MessageCreateParamsBase fields (SDK 1.15) not described elsewhere here
  user_profile_id: { type: 'string', description: 'User profile the request is attributed to.', docsUrl: REF, source: SDK },
  workspace_id: { type: 'string', description: 'Workspace the request is attributed to.', docsUrl: REF, source: SDK },
  service_tier: { type: 'string', description: 'Use priority capacity when available, or standard only.', enum: ['auto', 'standard_only'], docsUrl: REF },
  inference_geo: { type: ['string', 'null'], description: 'Geographic region for inference; defaults to the workspace setting.', docsUrl: REF, source: REF },
  container: { type: ['string', 'object', 'null'], description: 'Container id (or container params on beta) to reuse across code-execution requests.', docsUrl: REF },

  // --- beta surface (/v1/messages?beta=true or anthropic-beta header) ----------------------------
  mcp_servers: {
    type: 'array',
    description: 'Remote MCP servers the model may call (MCP connector).',
    anthropicBeta: 'mcp-client-2025-04-04',
    docsUrl: BETA_REF,
    source: BETA_REF,
  },
  context_management: {
    type: ['object', 'null'],
    description: 'Context editing: clear old tool results/thinking as the conversation grows.',
    anthropicBeta: 'context-management-2025-06-27',
    docsUrl: BETA_REF,
    source: 'https://github.com/anthropics/claude-code/issues/14135',
  },
  output_format: {
    type: ['object', 'null'],
    description: 'Beta structured output ({"type": "json_schema", "schema"}); GA form is output_config.format.',
    anthropicBeta: true,
    deprecated: 'Use output_config.format.',
    docsUrl: BETA_REF,
    source: BETA_REF,
  },
  compaction: {
    type: ['object', 'null'],
    description: 'Server-side compaction of long conversations (trigger threshold, instructions).',
    anthropicBeta: true,
    docsUrl: BETA_REF,
    source: BETA_SIGNATURE,
  },
  speed: {
    type: ['string', 'null'],
    description: 'Inference speed mode; "fast" trades price for output speed on supported models.',
    enum: ['standard', 'fast'],
    // GA since MessageCreateParamsBase lists it (SDK 1.15)
    docsUrl: BETA_REF,
    source: BETA_SIGNATURE,
  },
  diagnostics: {
    type: ['object', 'null'],
    description: 'Request diagnostics, e.g. previous_message_id for prompt-cache miss reporting.',
    // GA since MessageCreateParamsBase lists it (SDK 1.15)
    docsUrl: BETA_REF,
    source: BETA_SIGNATURE,
  },
  fallbacks: {
    type: ['object', 'null'],
    description: 'Server-side refusal fallback configuration.',
    anthropicBeta: true,
    docsUrl: BETA_REF,
    source: BETA_SIGNATURE,
  },
  fallback_credit_token: {
    type: ['string', 'object', 'null'],
    description: 'Token from a refused request\'s stop_details, redeemed on the retry for cache-read billing.',
    anthropicBeta: true,
    docsUrl: BETA_REF,
    source: BETA_SIGNATURE,
  },
  thread: {
    type: ['object', 'null'],
    description: 'Message thread reference (beta).',
    anthropicBeta: true,
    docsUrl: BETA_REF,
    source: BETA_SIGNATURE,
  },
};

const EXTRA_INPUTS = '{name}: Extra inputs are not permitted';

export const ANTHROPIC_MESSAGES_SPEC: ApiSpec = {
  api: 'anthropic-messages',
  docsUrl: REF,
  params,
  dialects: {
    anthropic: {
      unknown: {
        behaviour: 'reject',
        error: EXTRA_INPUTS,
        source: 'https://github.com/Aider-AI/aider/issues/4404',
        alternateErrors: [
          { error: EXTRA_INPUTS, source: 'https://github.com/amrit110/oli/issues/7' },
          { error: EXTRA_INPUTS, source: 'https://github.com/mirrorange/clove/issues/40' },
        ],
        note: 'HTTP 400 invalid_request_error (pydantic-style). Beta parameters sent without their beta fail the same way (context_management, output_config before GA).',
        nested: ANTHROPIC_NESTED_UNKNOWN,
      },
    },
    bedrock: {
      unknown: {
        behaviour: 'reject',
        error: 'The model returned the following errors: {name}: Extra inputs are not permitted',
        source: 'https://github.com/BerriAI/litellm/issues/13609',
        nested: {
          behaviour: 'unknown',
          error: '{path}: Extra inputs are not permitted',
          note: 'Bedrock answers nested unknown fields with a ValidationException carrying the Anthropic wording (e.g. messages.0.content.0.text.cache_control), seen in public logs without a citable issue: warning.',
        },
      },
      extraParams: {
        anthropic_version: {
          type: 'string',
          required: true,
          description: 'Bedrock body version marker; must be "bedrock-2023-05-31".',
          enum: ['bedrock-2023-05-31'],
          docsUrl: 'https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-anthropic-claude-messages-request-response.html',
          source: 'https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-anthropic-claude-messages-request-response.html',
        },
        anthropic_beta: {
          type: 'array',
          description: 'Beta feature names (Bedrock takes them in the body instead of the anthropic-beta header).',
          docsUrl: 'https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-anthropic-claude-messages-request-response.html',
          source: 'https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-anthropic-claude-messages-request-response.html',
        },
      },
      // model id is in the URL; streaming is chosen by the endpoint (invoke-with-response-stream)
      excludedParams: ['model', 'stream'],
      note: 'InvokeModel: model id in the URL, streaming via /invoke-with-response-stream, anthropic_version in the body.',
    },
    vertex: {
      unknown: {
        behaviour: 'reject',
        error: EXTRA_INPUTS,
        source: 'https://github.com/router-for-me/CLIProxyAPI/issues/512',
        note: 'Vertex runs the same Anthropic validation (request ids req_vrtx_...).',
        nested: { ...ANTHROPIC_NESTED_UNKNOWN, source: 'https://github.com/router-for-me/CLIProxyAPI/issues/512' },
      },
      extraParams: {
        anthropic_version: {
          type: 'string',
          required: true,
          description: 'Vertex body version marker; must be "vertex-2023-10-16".',
          enum: ['vertex-2023-10-16'],
          docsUrl: 'https://cloud.google.com/vertex-ai/generative-ai/docs/partner-models/claude',
          source: 'https://cloud.google.com/vertex-ai/generative-ai/docs/partner-models/claude',
        },
      },
      excludedParams: ['model'],
      note: 'rawPredict/streamRawPredict: model in the URL, anthropic_version in the body.',
    },
    relay: { unknown: RELAY_UNKNOWN },
  },
};

/**
 * Content-block fields. Blocks are told apart by `type`, which ParamSpec cannot discriminate, so
 * these specs sit outside `params` (the spec walk never visits them); rules read them directly.
 */
export const ANTHROPIC_BLOCK_FIELDS = {
  /** `image` block, `source.type: "base64"`: Base64ImageSource.media_type. */
  imageMediaType: {
    type: 'string',
    description: 'MIME type of a base64 image source.',
    enum: ['image/jpeg', 'image/png', 'image/gif', 'image/webp'],
    // "messages.0.content.0.image.source.base64.media_type: Input should be 'image/jpeg', 'image/png', 'image/gif' or 'image/webp'"
    source: 'https://github.com/chukangkang/new-api/blob/811926d78365acae31fdaec4b4e667177d2cc1c9/docs/ANTHROPIC_MESSAGES_VALIDATION_SPEC.md ; ' + SDK,
  },
  /** `document` block, `source.type: "base64"`: Base64PDFSource.media_type (PlainTextSource takes text/plain with `data` as text). */
  documentMediaType: {
    type: 'string',
    description: 'MIME type of a base64 document source.',
    enum: ['application/pdf'],
    source: SDK,
  },
} satisfies Record<string, ParamSpec>;
