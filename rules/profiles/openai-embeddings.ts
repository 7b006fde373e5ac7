import type { ApiProfile } from './types.ts';

/** OpenAI Embeddings: `POST /v1/embeddings` (https://platform.openai.com/docs/api-reference/embeddings/create). */
export const openaiEmbeddings: ApiProfile = {
  api: 'openai-embeddings',
  defaultProvider: 'openai',
  firstParty: ['openai'],
  maker: 'openai',
  pathStyle: 'bracketed',
  promptRoot: ['input'],
  outputParam: [],
  toolsPath: [],
  // Ollama's legacy `/api/embeddings` takes {model, prompt}: not this API.
  matchesPath: (p) => p.endsWith('/embeddings') && !p.endsWith('/api/embeddings'),
};
