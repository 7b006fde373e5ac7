import type { ApiProfile } from './types.ts';

export const geminiGenerate: ApiProfile = {
  api: 'gemini-generate',
  defaultProvider: 'gemini',
  firstParty: ['gemini', 'vertex'],
  maker: 'google',
  pathStyle: 'proto',
  promptRoot: ['contents'],
  outputParam: [
    ['generationConfig', 'maxOutputTokens'],
    ['generation_config', 'max_output_tokens'],
    ['generationConfig', 'max_output_tokens'],
    ['generation_config', 'maxOutputTokens'],
  ],
  toolsPath: ['tools'],
  // countTokens takes `contents` (or a whole `generateContentRequest`): https://ai.google.dev/api/tokens
  matchesPath: (p) => /:(stream)?generatecontent$|:counttokens$/.test(p),
};
