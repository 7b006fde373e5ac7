import type { ApiProfile } from './types.ts';

export const openaiChat: ApiProfile = {
  api: 'openai-chat',
  defaultProvider: 'openai',
  firstParty: ['openai'],
  maker: 'openai',
  pathStyle: 'bracketed',
  promptRoot: ['messages'],
  // max_completion_tokens wins when both are sent (it is the one reasoning models honour).
  outputParam: [['max_completion_tokens'], ['max_tokens']],
  toolsPath: ['tools'],
  matchesPath: (p) => p.endsWith('/chat/completions'),
};
