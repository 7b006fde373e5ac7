import type { ApiProfile } from './types.ts';

export const dashscopeGeneration: ApiProfile = {
  api: 'dashscope-generation',
  defaultProvider: 'dashscope',
  firstParty: ['dashscope'],
  maker: 'alibaba',
  pathStyle: 'dotted',
  promptRoot: ['input', 'messages'],
  outputParam: [['parameters', 'max_tokens']],
  toolsPath: ['parameters', 'tools'],
  matchesPath: (p) => /\/services\/aigc\/(text|multimodal)-generation\/generation$/.test(p),
};
