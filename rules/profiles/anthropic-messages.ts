import type { ApiProfile } from './types.ts';

export const anthropicMessages: ApiProfile = {
  api: 'anthropic-messages',
  defaultProvider: 'anthropic',
  firstParty: ['anthropic', 'bedrock', 'vertex'],
  maker: 'anthropic',
  pathStyle: 'dotted',
  promptRoot: ['messages'],
  outputParam: [['max_tokens']],
  toolsPath: ['tools'],
  matchesPath: (p) =>
    // OpenAI's Assistants API also has .../threads/{id}/messages: not a Messages API call.
    ((p.endsWith('/messages') || p.endsWith('/messages/count_tokens')) && !p.includes('/threads/')) ||
    /\/publishers\/anthropic\/models\/[^/]+:(stream)?rawpredict$/.test(p) ||
    /\/model\/[^/]*anthropic[^/]*\/invoke(-with-response-stream)?$/.test(p),
};
