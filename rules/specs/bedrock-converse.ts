/**
 * Amazon Bedrock Converse and ConverseStream (`POST /model/{modelId}/converse`, `.../converse-stream`):
 * one body shape for every Bedrock model that supports messages. The model is in the URL path, never
 * in the body.
 *
 * Field lists: the AWS API reference (Converse, Message, ContentBlock, SystemContentBlock,
 * InferenceConfiguration, ToolConfiguration, ToolSpecification, ImageBlock, DocumentBlock, VideoBlock,
 * ToolUseBlock, ToolResultBlock), cross-checked with the SDKs' ConverseRequest
 * (aws-sdk-bedrockruntime: Ruby types.rb, Dart `converse` signature). Content blocks are unions keyed
 * by member name (`{"text": ...}`, `{"toolUse": {...}}`): there is no `type` field.
 */
import type { ApiSpec, ParamSpec } from './types.ts';
import { RELAY_UNKNOWN } from './common.ts';

const API = 'https://docs.aws.amazon.com/bedrock/latest/APIReference/';
const REF = `${API}API_runtime_Converse.html`;
const RUBY_REQUEST = 'https://rubydoc.info/gems/aws-sdk-bedrockruntime/Aws/BedrockRuntime/Types/ConverseRequest';
const DART_REQUEST = 'https://pub.dev/documentation/aws_client/latest/bedrock_runtime/BedrockRuntime/converse.html';
const CONTENT_BLOCK_REF = `${API}API_runtime_ContentBlock.html`;
const CONTENT_BLOCK_SDK = 'https://docs.rs/aws-sdk-bedrockruntime/latest/aws_sdk_bedrockruntime/types/enum.ContentBlock.html';

/** `{"bytes": base64}` or `{"s3Location": {"uri", "bucketOwner"}}` (ImageSource / DocumentSource / VideoSource unions). */
const SOURCE = (what: string, ref: string, extra: Record<string, ParamSpec> = {}): ParamSpec => ({
  type: 'object',
  required: true,
  description: `Where the ${what} comes from: {"bytes": base64} or {"s3Location": {"uri": "s3://..."}} (a union: one member).`,
  source: ref,
  additionalProperties: false,
  properties: {
    bytes: { type: 'string', description: `The ${what}'s raw bytes, base64-encoded in JSON (no data: prefix).` },
    s3Location: {
      type: 'object',
      description: 'An object in Amazon S3.',
      additionalProperties: false,
      properties: {
        uri: { type: 'string', required: true, description: 's3:// URI.' },
        bucketOwner: { type: 'string', description: 'Account id that owns the bucket.' },
      },
    },
    ...extra,
  },
});

const IMAGE: ParamSpec = {
  type: 'object',
  description: 'An image: {"format": "png" | "jpeg" | "gif" | "webp", "source": {"bytes": ...}}.',
  source: `${API}API_runtime_ImageBlock.html`,
  additionalProperties: false,
  properties: {
    format: { type: 'string', required: true, description: 'Image format.', enum: ['png', 'jpeg', 'gif', 'webp'], source: `${API}API_runtime_ImageBlock.html` },
    source: SOURCE('image', `${API}API_runtime_ImageSource.html`),
  },
};

const DOCUMENT: ParamSpec = {
  type: 'object',
  description: 'A document: {"format", "name", "source": {"bytes" | "s3Location" | "text" | "content"}}.',
  source: `${API}API_runtime_DocumentBlock.html`,
  additionalProperties: false,
  properties: {
    format: {
      type: 'string',
      description: 'Document format.',
      enum: ['pdf', 'csv', 'doc', 'docx', 'xls', 'xlsx', 'html', 'txt', 'md'],
      source: `${API}API_runtime_DocumentBlock.html`,
    },
    name: { type: 'string', required: true, description: 'Document name (letters, digits, single spaces, hyphens, parentheses, brackets).', source: `${API}API_runtime_DocumentBlock.html` },
    source: SOURCE('document', `${API}API_runtime_DocumentSource.html`, {
      text: { type: 'string', description: 'The document as plain text.' },
      content: { type: 'array', description: 'The document as text content blocks.' },
    }),
    context: { type: 'string', description: 'Context about the document.' },
    citations: { type: 'object', description: 'Citation settings ({"enabled": true}).' },
  },
};

const VIDEO: ParamSpec = {
  type: 'object',
  description: 'A video: {"format", "source": {"bytes" | "s3Location"}}.',
  source: `${API}API_runtime_VideoBlock.html`,
  additionalProperties: false,
  properties: {
    format: {
      type: 'string',
      required: true,
      description: 'Video container format.',
      enum: ['mkv', 'mov', 'mp4', 'webm', 'flv', 'mpeg', 'mpg', 'wmv', 'three_gp'],
      source: `${API}API_runtime_VideoBlock.html`,
    },
    source: SOURCE('video', `${API}API_runtime_VideoSource.html`),
  },
};

const TOOL_USE: ParamSpec = {
  type: 'object',
  description: 'A tool call the model made: {"toolUseId", "name", "input"}.',
  source: `${API}API_runtime_ToolUseBlock.html`,
  properties: {
    toolUseId: { type: 'string', required: true, description: 'Id the matching toolResult repeats.' },
    name: { type: 'string', required: true, description: 'The tool called.' },
    input: { type: ['object', 'array', 'string', 'number', 'boolean', 'null'], required: true, description: 'The arguments (any JSON value).' },
  },
};

const TOOL_RESULT: ParamSpec = {
  type: 'object',
  description: 'The result of a tool call: {"toolUseId", "content": [{"text" | "json" | "image" | "document" | "video"}], "status"}.',
  source: `${API}API_runtime_ToolResultBlock.html`,
  properties: {
    toolUseId: { type: 'string', required: true, description: 'The toolUse id it answers.' },
    content: { type: 'array', required: true, description: 'Result blocks: text, json, image, document or video.' },
    status: { type: 'string', description: 'Whether the tool succeeded (Claude models only).', enum: ['success', 'error'] },
  },
};

const CACHE_POINT: ParamSpec = {
  type: 'object',
  description: 'Prompt-cache checkpoint: {"type": "default"}.',
  source: `${API}API_runtime_CachePointBlock.html`,
  properties: { type: { type: 'string', required: true, description: 'Cache point kind.', enum: ['default'] } },
};

const GUARD_CONTENT: ParamSpec = {
  type: 'object',
  description: 'Content the guardrail assesses: {"text": {"text": ...}} or {"image": {...}}.',
  source: `${API}API_runtime_GuardrailConverseContentBlock.html`,
};

/** ContentBlock: a union, exactly one member per block. */
const CONTENT_BLOCK: ParamSpec = {
  type: 'object',
  description: 'One content block: exactly one of text, image, document, video, audio, toolUse, toolResult, guardContent, cachePoint, reasoningContent, citationsContent, searchResult.',
  source: CONTENT_BLOCK_REF,
  additionalProperties: false,
  properties: {
    text: { type: 'string', description: 'Text (must not be blank).', source: CONTENT_BLOCK_REF },
    image: IMAGE,
    document: DOCUMENT,
    video: VIDEO,
    audio: { type: 'object', description: 'Audio: {"format", "source"}.', source: CONTENT_BLOCK_SDK },
    toolUse: TOOL_USE,
    toolResult: TOOL_RESULT,
    guardContent: GUARD_CONTENT,
    cachePoint: CACHE_POINT,
    reasoningContent: {
      type: 'object',
      description: 'A reasoning block from an earlier assistant turn: {"reasoningText": {"text", "signature"}} or {"redactedContent"}.',
      source: `${API}API_runtime_ReasoningContentBlock.html`,
    },
    citationsContent: { type: 'object', description: 'Generated text with its citations (from an earlier response).', source: CONTENT_BLOCK_SDK },
    searchResult: { type: 'object', description: 'A search result with its source and content.', source: CONTENT_BLOCK_SDK },
  },
};

const SYSTEM_BLOCK: ParamSpec = {
  type: 'object',
  description: 'One system block: exactly one of text, guardContent, cachePoint.',
  source: `${API}API_runtime_SystemContentBlock.html`,
  additionalProperties: false,
  properties: {
    text: { type: 'string', description: 'System prompt text.' },
    guardContent: GUARD_CONTENT,
    cachePoint: CACHE_POINT,
  },
};

const TOOL_SPEC: ParamSpec = {
  type: 'object',
  description: 'A tool the model may call: {"name", "description", "inputSchema": {"json": {...}}}.',
  source: `${API}API_runtime_ToolSpecification.html`,
  additionalProperties: false,
  properties: {
    name: { type: 'string', required: true, description: 'Tool name: 1 to 64 of [a-zA-Z0-9_-].', source: `${API}API_runtime_ToolSpecification.html` },
    description: { type: 'string', description: 'What the tool does.' },
    inputSchema: {
      type: 'object',
      required: true,
      description: 'The parameters: {"json": JSON Schema}.',
      source: `${API}API_runtime_ToolInputSchema.html`,
      additionalProperties: false,
      properties: { json: { type: 'object', description: 'The JSON Schema of the arguments.' } },
    },
    strict: { type: 'boolean', description: 'Enforce the schema on the tool call (structured outputs).', source: 'https://docs.aws.amazon.com/sdk-for-python/v1/reference/clients/bedrock-runtime/structures/ToolSpecification/' },
  },
};

export const BEDROCK_CONVERSE_SPEC: ApiSpec = {
  api: 'bedrock-converse',
  docsUrl: REF,
  params: {
    messages: {
      type: 'array',
      description: 'The conversation: user and assistant turns, each with content blocks.',
      docsUrl: REF,
      items: {
        type: 'object',
        description: 'One turn (Message).',
        source: `${API}API_runtime_Message.html`,
        additionalProperties: false,
        properties: {
          role: { type: 'string', required: true, description: 'Who wrote the turn.', enum: ['user', 'assistant'], source: `${API}API_runtime_Message.html` },
          content: { type: 'array', required: true, description: 'Content blocks (each a union with one member).', items: CONTENT_BLOCK },
        },
      },
    },
    system: { type: 'array', description: 'System prompt: an array of {"text": ...} blocks (optionally guardContent, cachePoint).', docsUrl: REF, items: SYSTEM_BLOCK },
    inferenceConfig: {
      type: 'object',
      description: 'The base inference parameters every model takes: maxTokens, temperature, topP, stopSequences.',
      docsUrl: `${API}API_runtime_InferenceConfiguration.html`,
      additionalProperties: false,
      properties: {
        maxTokens: { type: 'integer', description: 'Most tokens to generate (default: the model\'s maximum).', minimum: 1, source: `${API}API_runtime_InferenceConfiguration.html` },
        temperature: { type: 'number', description: 'Sampling temperature in [0, 1].', minimum: 0, maximum: 1, source: `${API}API_runtime_InferenceConfiguration.html` },
        topP: { type: 'number', description: 'Nucleus sampling in [0, 1].', minimum: 0, maximum: 1, source: `${API}API_runtime_InferenceConfiguration.html` },
        stopSequences: { type: 'array', description: 'Strings that end generation (at most 2500, each non-empty).', maxItems: 2500, source: `${API}API_runtime_InferenceConfiguration.html` },
      },
    },
    toolConfig: {
      type: 'object',
      description: 'Tools the model may call and how it must choose: {"tools": [{"toolSpec": ...}], "toolChoice"}.',
      docsUrl: `${API}API_runtime_ToolConfiguration.html`,
      additionalProperties: false,
      properties: {
        tools: {
          type: 'array',
          required: true,
          description: 'Tool declarations: {"toolSpec": {...}}, {"systemTool": {"name"}} or {"cachePoint": {...}}.',
          minItems: 1,
          source: `${API}API_runtime_ToolConfiguration.html`,
          items: {
            type: 'object',
            description: 'One tool (a union: toolSpec, systemTool or cachePoint).',
            source: `${API}API_runtime_Tool.html`,
            additionalProperties: false,
            properties: {
              toolSpec: TOOL_SPEC,
              systemTool: { type: 'object', description: 'A tool the model provider runs (e.g. Nova web grounding).', source: `${API}API_runtime_Tool.html` },
              cachePoint: CACHE_POINT,
            },
          },
        },
        toolChoice: {
          type: 'object',
          description: 'How the model uses tools: {"auto": {}}, {"any": {}} or {"tool": {"name"}} (any/tool: Anthropic Claude 3+ and Mistral Large only).',
          source: `${API}API_runtime_ToolChoice.html`,
          additionalProperties: false,
          properties: {
            auto: { type: 'object', description: 'The model decides.' },
            any: { type: 'object', description: 'The model must call some tool.' },
            tool: {
              type: 'object',
              description: 'The model must call this tool.',
              additionalProperties: false,
              properties: { name: { type: 'string', required: true, description: 'The tool to call.' } },
            },
          },
        },
      },
    },
    additionalModelRequestFields: {
      type: 'object',
      description: "The model's own parameters beyond inferenceConfig (e.g. top_k, Claude's thinking), passed through as-is.",
      docsUrl: REF,
      source: 'https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters.html',
    },
    additionalModelResponseFieldPaths: { type: 'array', description: 'JSON Pointer paths of extra model response fields to return (e.g. "/stop_sequence").', docsUrl: REF },
    guardrailConfig: {
      type: 'object',
      description: 'The guardrail to apply: {"guardrailIdentifier", "guardrailVersion", "trace"}.',
      docsUrl: `${API}API_runtime_GuardrailConfiguration.html`,
      properties: {
        guardrailIdentifier: { type: 'string', description: 'Guardrail id or ARN.' },
        guardrailVersion: { type: 'string', description: 'Guardrail version (a number or DRAFT).' },
        trace: { type: 'string', description: 'Whether the response carries the guardrail trace.', enum: ['enabled', 'disabled', 'enabled_full'] },
      },
    },
    promptVariables: {
      type: 'object',
      description: 'Values for a Prompt management prompt (the URL then names the prompt ARN); excludes inferenceConfig, system, toolConfig.',
      docsUrl: REF,
    },
    requestMetadata: { type: 'object', description: 'Key-value pairs for filtering invocation logs (string values).', docsUrl: REF, source: RUBY_REQUEST },
    performanceConfig: {
      type: 'object',
      description: 'Latency profile: {"latency": "standard" | "optimized"}.',
      docsUrl: `${API}API_runtime_PerformanceConfiguration.html`,
      properties: { latency: { type: 'string', description: 'Latency-optimised inference where the model offers it.', enum: ['standard', 'optimized'] } },
    },
    serviceTier: { type: 'object', description: 'Service tier of the request ({"type": "priority" | "default" | "flex"}).', docsUrl: REF, source: DART_REQUEST },
    outputConfig: { type: 'object', description: 'Structured output settings (a JSON Schema the response must follow).', docsUrl: REF, source: DART_REQUEST },
  },
  dialects: {
    bedrock: {
      unknown: {
        behaviour: 'unknown',
        note: 'The API reference lists the fields but does not say how an unlisted one is answered; no public error was found, so findings are warnings.',
        nested: { behaviour: 'unknown', note: 'Unions and structures of the AWS model; the wording for an unlisted member was not found: warning.' },
      },
      note: 'Amazon Bedrock Converse: one body for every messages model; the model is in the URL path.',
    },
    relay: { unknown: RELAY_UNKNOWN },
  },
};

