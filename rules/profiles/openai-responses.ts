import type { ApiProfile } from './types.ts';

export const openaiResponses: ApiProfile = {
  api: 'openai-responses',
  defaultProvider: 'openai',
  firstParty: ['openai'],
  maker: 'openai',
  pathStyle: 'bracketed',
  promptRoot: ['input'],
  outputParam: [['max_output_tokens']],
  toolsPath: ['tools'],
  matchesPath: (p) => p.endsWith('/responses'),
};
