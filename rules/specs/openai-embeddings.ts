/**
 * OpenAI Embeddings (`POST /v1/embeddings`), also served by Azure OpenAI deployments and by relays.
 *
 * Field list and limits: the API reference (CreateEmbeddingRequest, `additionalProperties: false` in the
 * OpenAPI document), whose input description reads "The input must not exceed the max input tokens for the
 * model (8192 tokens for all embedding models), cannot be an empty string, and any array must be 2048
 * dimensions or less … all embedding models enforce a maximum of 300,000 tokens summed across all inputs in
 * a single request" (quoted by the generated clients, e.g. openai-client-base's CreateEmbeddingRequestInput).
 */
import type { ApiSpec, DialectModelRestriction } from './types.ts';
import { AZURE_UNKNOWN, OPENAI_UNKNOWN, RELAY_UNKNOWN } from './common.ts';

const REF = 'https://platform.openai.com/docs/api-reference/embeddings/create';
const INPUT_DOC = 'https://docs.rs/crate/openai-client-base/0.12.0/source/docs/CreateEmbeddingRequestInput.md';
const OPENAPI = 'https://docs.rs/openai-struct/latest/src/openai_struct/models/create_embedding_request.rs.html';

/**
 * `dimensions` is "Only supported in text-embedding-3 and later models" (the API reference); ada-002 answers 400
 * "This model does not support specifying dimensions." (sbintuitions/JMTEB#14, SciPhi-AI/R2R#768).
 */
const NO_DIMENSIONS: readonly DialectModelRestriction[] = [
  {
    models: ['text-embedding-ada-002'],
    restriction: { param: 'dimensions', error: 'This model does not support specifying dimensions.', source: 'https://github.com/sbintuitions/JMTEB/pull/14' },
  },
];

export const OPENAI_EMBEDDINGS_SPEC: ApiSpec = {
  api: 'openai-embeddings',
  docsUrl: REF,
  params: {
    input: {
      type: ['string', 'array'],
      required: true,
      description: 'Text to embed: a string, an array of strings, an array of token ids, or an array of token-id arrays (at most 2048 inputs).',
      docsUrl: REF,
      maxItems: 2048,
      source: INPUT_DOC,
    },
    model: { type: 'string', required: true, description: 'Embedding model id (text-embedding-3-small, text-embedding-3-large, text-embedding-ada-002).', docsUrl: REF },
    dimensions: {
      type: 'integer',
      description: 'Length of the returned vectors (text-embedding-3 and later models only).',
      minimum: 1,
      docsUrl: REF,
      source: OPENAPI,
    },
    encoding_format: { type: 'string', description: 'How vectors are returned.', enum: ['float', 'base64'], docsUrl: REF, source: OPENAPI },
    user: { type: 'string', description: 'A stable id for your end user (abuse monitoring).', docsUrl: REF },
  },
  dialects: {
    openai: { unknown: OPENAI_UNKNOWN, modelRestrictions: NO_DIMENSIONS },
    azure: { unknown: AZURE_UNKNOWN, excludedParams: ['model'], note: 'Azure OpenAI: the deployment in the URL names the model.' },
    relay: { unknown: RELAY_UNKNOWN, modelRestrictions: NO_DIMENSIONS },
  },
};
