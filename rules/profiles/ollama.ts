import type { ApiProfile } from './types.ts';

/**
 * Ollama's native API (https://github.com/ollama/ollama/blob/main/docs/api.md): `/api/chat` and
 * `/api/generate` on a local or self-hosted server (any host: judged like a relay, at most warnings) or on
 * ollama.com. Every maker's open models run on it: no single maker.
 */
const base: Omit<ApiProfile, 'api' | 'promptRoot' | 'toolsPath' | 'matchesPath'> = {
  defaultProvider: 'ollama',
  firstParty: ['ollama'],
  maker: null,
  pathStyle: 'bracketed',
  outputParam: [['options', 'num_predict']],
};

export const ollamaChat: ApiProfile = {
  ...base,
  api: 'ollama-chat',
  promptRoot: ['messages'],
  toolsPath: ['tools'],
  matchesPath: (p) => p.endsWith('/api/chat'),
};

export const ollamaGenerate: ApiProfile = {
  ...base,
  api: 'ollama-generate',
  promptRoot: ['prompt'],
  toolsPath: [],
  matchesPath: (p) => p.endsWith('/api/generate'),
};
