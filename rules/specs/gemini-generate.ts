/**
 * Google Gemini `models/{model}:generateContent` / `:streamGenerateContent`, on the Gemini
 * Developer API (generativelanguage.googleapis.com) and on Vertex AI (aiplatform.googleapis.com).
 *
 * Top-level list: the GenerateContentRequest REST reference and js-genai
 * src/converters/_models_converters.ts (generateContentConfigToMldev / ...ToVertex decide which
 * config fields become top-level body fields on each platform).
 *
 * The JSON mapping of the proto accepts the lowerCamelCase JSON name AND the original snake_case
 * field name, so both spellings are listed (`aliasOf` points at the camelCase one). Recorded
 * traffic uses both (corpus valid/vertex-gemini-generatecontent-1.http: file_uri, mime_type).
 */
import type { ApiSpec, ParamSpec } from './types.ts';
import { GOOGLE_UNKNOWN_ERROR, RELAY_UNKNOWN } from './common.ts';

const REF = 'https://ai.google.dev/api/generate-content#request-body';
const VERTEX_REF = 'https://cloud.google.com/vertex-ai/docs/reference/rest/v1/projects.locations.endpoints/generateContent';
const CONVERTERS = 'https://github.com/googleapis/js-genai/blob/main/src/converters/_models_converters.ts';
const GEN_CONFIG_REF = 'https://ai.google.dev/api/generate-content#generationconfig';

/** camelCase -> snake_case (proto field name). */
function snake(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

/** Adds the snake_case spelling of every camelCase key, as an alias of the camelCase entry. */
function withSnakeAliases(map: Record<string, ParamSpec>): Record<string, ParamSpec> {
  const out: Record<string, ParamSpec> = {};
  for (const [name, spec] of Object.entries(map)) {
    const props = spec.properties ? withSnakeAliases(spec.properties) : undefined;
    const canonical: ParamSpec = props ? { ...spec, properties: props } : spec;
    out[name] = canonical;
    const alt = snake(name);
    if (alt !== name) out[alt] = { ...canonical, aliasOf: name };
  }
  return out;
}

// GenerationConfig fields (the priority is the top level; these help depth checks and completion).
const generationConfigFields: Record<string, ParamSpec> = {
  temperature: { type: 'number', description: 'Sampling temperature (0..2 on current models).', minimum: 0, maximum: 2 },
  topP: { type: 'number', description: 'Nucleus sampling probability mass.', minimum: 0, maximum: 1 },
  topK: { type: 'integer', description: 'Sample only from the top K tokens.', minimum: 1 },
  candidateCount: { type: 'integer', description: 'Number of candidates to return.', minimum: 1 },
  maxOutputTokens: { type: 'integer', description: 'Maximum tokens per candidate (the limit is exclusive on some models).', minimum: 1 },
  stopSequences: { type: 'array', description: 'Up to 5 strings that end generation.' },
  presencePenalty: { type: 'number', description: 'Penalises tokens that already appeared.' },
  frequencyPenalty: { type: 'number', description: 'Penalises tokens by how often they appeared.' },
  seed: { type: 'integer', description: 'Sampling seed.' },
  responseMimeType: { type: 'string', description: 'Output MIME type: text/plain, application/json, text/x.enum.' },
  responseSchema: { type: 'object', description: 'Output schema in the OpenAPI Schema subset (upper-case types).' },
  responseJsonSchema: { type: 'object', description: 'Output schema as full JSON Schema (alternative to responseSchema).' },
  responseLogprobs: { type: 'boolean', description: 'Return log probabilities of the chosen tokens.' },
  logprobs: { type: 'integer', description: 'Number of top alternatives per position (needs responseLogprobs).', minimum: 0, maximum: 20 },
  responseModalities: { type: 'array', description: 'Output modalities: TEXT, IMAGE, AUDIO.' },
  mediaResolution: { type: 'string', description: 'Input media resolution (MEDIA_RESOLUTION_LOW / MEDIUM / HIGH).' },
  speechConfig: { type: 'object', description: 'Voice settings for audio output.' },
  thinkingConfig: {
    type: 'object',
    description: 'Thinking settings: thinkingBudget (2.5), thinkingLevel (3+), includeThoughts.',
    properties: {
      thinkingBudget: { type: 'integer', description: 'Thinking token budget (-1 = dynamic; range depends on the model).' },
      thinkingLevel: { type: 'string', description: 'Thinking level for Gemini 3 and later (minimal, low, medium, high).' },
      includeThoughts: { type: 'boolean', description: 'Return thought summaries.' },
    },
  },
  imageConfig: { type: 'object', description: 'Image output settings (aspectRatio, imageSize).' },
  audioTranscriptionConfig: { type: 'object', description: 'Transcription settings for audio output.' },
  enableEnhancedCivicAnswers: { type: 'boolean', description: 'Gemini Developer API only: enhanced civic answers.' },
  // Vertex-only generationConfig fields (js-genai throws for them in Developer API mode).
  audioTimestamp: { type: 'boolean', description: 'Vertex only: timestamps for audio input.', onlyProviders: ['vertex'], source: CONVERTERS },
  routingConfig: { type: 'object', description: 'Vertex only: model routing preferences.', onlyProviders: ['vertex'], source: CONVERTERS },
  modelConfig: { type: 'object', description: 'Vertex only: model selection config (SDK modelSelectionConfig).', onlyProviders: ['vertex'], source: CONVERTERS },
};

const camelParams: Record<string, ParamSpec> = {
  // --- content ----------------------------------------------------------------------------------
  contents: {
    type: 'array',
    required: true,
    description: 'The conversation: Content objects with role (user | model) and parts.',
    docsUrl: REF,
    items: {
      type: 'object',
      description: 'One Content turn.',
      properties: {
        role: {
          type: 'string',
          description: 'Producer of the turn. "Please use a valid role: user, model." otherwise (langgenius/dify-official-plugins#566); "function" is kept because older REST function-calling examples used it for functionResponse turns.',
          enum: ['user', 'model', 'function'],
          source: 'https://github.com/langgenius/dify-official-plugins/issues/566',
        },
        parts: { type: 'array', description: 'The parts of the turn (text, inlineData, fileData, functionCall, ...).' },
      },
    },
  },
  model: {
    type: 'string',
    description: 'Model resource name; normally in the URL, optional in the body.',
    docsUrl: REF,
  },
  systemInstruction: { type: 'object', description: 'System instruction as a Content (parts of text; role optional).', docsUrl: REF },

  // --- generation ------------------------------------------------------------------------------
  generationConfig: {
    type: 'object',
    description: 'Sampling, length, output format, modalities and thinking settings.',
    docsUrl: GEN_CONFIG_REF,
    properties: generationConfigFields,
  },
  safetySettings: { type: 'array', description: 'Per-category block thresholds (one setting per category).', docsUrl: REF },

  // --- tools -----------------------------------------------------------------------------------
  tools: { type: 'array', description: 'functionDeclarations, googleSearch, codeExecution, urlContext, ... tools.', docsUrl: REF },
  toolConfig: { type: 'object', description: 'Function-calling mode (AUTO | ANY | NONE | VALIDATED) and allowed function names.', docsUrl: REF },

  // --- caching and service ---------------------------------------------------------------------
  cachedContent: { type: 'string', description: 'Name of a cached content to use as context (cachedContents/...).', docsUrl: REF },
  serviceTier: {
    type: 'string',
    description: 'Processing tier (e.g. flex, priority) for the request.',
    docsUrl: REF,
    source: CONVERTERS,
  },
};

// Vertex-only top-level fields.
const vertexCamel: Record<string, ParamSpec> = {
  labels: {
    type: 'object',
    description: 'Vertex only: billing/metadata labels (string key-value pairs).',
    onlyProviders: ['vertex'],
    docsUrl: VERTEX_REF,
    source: CONVERTERS,
  },
  modelArmorConfig: {
    type: 'object',
    description: 'Vertex only: Model Armor prompt/response screening templates.',
    onlyProviders: ['vertex'],
    docsUrl: VERTEX_REF,
    source: CONVERTERS,
  },
};

export const GEMINI_GENERATE_SPEC: ApiSpec = {
  api: 'gemini-generate',
  docsUrl: REF,
  params: withSnakeAliases(camelParams),
  dialects: {
    gemini: {
      unknown: {
        behaviour: 'reject',
        error: GOOGLE_UNKNOWN_ERROR,
        source: 'https://github.com/esafak/seance/issues/18',
        alternateErrors: [
          {
            error: 'Invalid JSON payload received. Unknown name "{name}" at \'{path}\': Cannot find field.',
            source: 'https://github.com/gera2ld/ai.nvim/issues/13',
          },
        ],
        note: 'HTTP 400 INVALID_ARGUMENT with google.rpc.BadRequest fieldViolations; applies at any depth. Vertex-only fields such as labels are unknown here.',
      },
    },
    vertex: {
      unknown: {
        behaviour: 'reject',
        error: GOOGLE_UNKNOWN_ERROR,
        source: 'https://github.com/esafak/seance/issues/18',
        note: 'Same Google proto JSON validation as the Gemini API; the cited example is from the Gemini API, no Vertex-specific recording was found.',
      },
      extraParams: withSnakeAliases(vertexCamel),
    },
    relay: { unknown: RELAY_UNKNOWN },
  },
};
