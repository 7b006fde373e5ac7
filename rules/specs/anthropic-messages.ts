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
import type { ApiSpec, ParamSpec } from './types.ts';
import { RELAY_UNKNOWN } from './common.ts';

const REF = 'https://platform.claude.com/docs/en/api/messages/create';
const BETA_REF = 'https://platform.claude.com/docs/en/api/typescript/beta/messages/create';
/** The PHP beta reference lists every body parameter in one signature. */
const BETA_SIGNATURE = 'https://platform.claude.com/docs/en/api/php/beta/messages/create';
const SDK = 'https://github.com/anthropics/anthropic-sdk-typescript/blob/main/src/resources/messages/messages.ts';

const params: Record<string, ParamSpec> = {
  // --- required -------------------------------------------------------------------------------
  model: { type: 'string', required: true, description: 'Model id, e.g. claude-sonnet-4-5 (in the URL instead on Bedrock and Vertex).', docsUrl: REF },
  messages: {
    type: 'array',
    required: true,
    description: 'Alternating user/assistant turns (consecutive same-role turns are merged).',
    docsUrl: REF,
    items: {
      type: 'object',
      description: 'One turn (MessageParam).',
      source: SDK,
      properties: {
        // "messages: Unexpected role \"tool\". Allowed roles are \"user\" or \"assistant\"." (mark3labs/mcphost#36)
        role: { type: 'string', required: true, description: 'Who wrote the turn.', enum: ['user', 'assistant'], source: 'https://github.com/mark3labs/mcphost/issues/36' },
        content: { type: ['string', 'array'], required: true, description: 'Text, or content blocks.', source: SDK },
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
  system: { type: ['string', 'array'], description: 'System prompt: a string or an array of text blocks (there is no "system" role).', docsUrl: REF },
  stop_sequences: { type: 'array', description: 'Custom strings that end generation.', docsUrl: REF },
  stream: { type: 'boolean', description: 'Stream the response as server-sent events.', docsUrl: REF },
  metadata: {
    type: 'object',
    description: 'Request metadata; only user_id (an opaque end-user id).',
    docsUrl: REF,
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
    properties: {
      type: { type: 'string', description: 'Thinking mode.', enum: ['enabled', 'disabled', 'adaptive'] },
      budget_tokens: { type: 'integer', description: 'Thinking token budget (>= 1024, below max_tokens).', minimum: 1024 },
      display: { type: 'string', description: 'How thinking is returned (e.g. summarized or omitted).' },
    },
  },
  output_config: {
    type: 'object',
    description: 'Output settings: effort (low..max), format (json_schema), task_budget.',
    docsUrl: REF,
    properties: {
      effort: { type: 'string', description: 'Effort level; supported levels depend on the model.', enum: ['low', 'medium', 'high', 'xhigh', 'max'] },
      format: { type: 'object', description: 'Structured output format ({"type": "json_schema", "schema": ...}).' },
      task_budget: { type: 'object', description: 'Token budget for an agentic task.' },
    },
  },

  // --- tools ----------------------------------------------------------------------------------
  tools: { type: 'array', description: 'Client tools (name, description, input_schema) and server tools (web_search, code_execution, ...).', docsUrl: REF },
  tool_choice: {
    type: 'object',
    description: '{"type": "auto" | "any" | "tool" | "none"}, optionally disable_parallel_tool_use.',
    docsUrl: REF,
    properties: {
      type: { type: 'string', required: true, description: 'How the model may use tools.', enum: ['auto', 'any', 'tool', 'none'], source: SDK },
      name: { type: 'string', description: 'The tool to use (type "tool").' },
      disable_parallel_tool_use: { type: 'boolean', description: 'At most one tool call per turn.' },
    },
  },

  // --- caching, capacity, region, containers ---------------------------------------------------
  cache_control: {
    type: ['object', 'null'],
    description: 'Automatic caching: puts a cache breakpoint on the last cacheable block ({"type": "ephemeral", "ttl"}).',
    docsUrl: 'https://platform.claude.com/docs/en/build-with-claude/prompt-caching',
  },
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
    anthropicBeta: true,
    docsUrl: BETA_REF,
    source: BETA_SIGNATURE,
  },
  diagnostics: {
    type: ['object', 'null'],
    description: 'Request diagnostics, e.g. previous_message_id for prompt-cache miss reporting.',
    anthropicBeta: true,
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
      },
    },
    bedrock: {
      unknown: {
        behaviour: 'reject',
        error: 'The model returned the following errors: {name}: Extra inputs are not permitted',
        source: 'https://github.com/BerriAI/litellm/issues/13609',
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
