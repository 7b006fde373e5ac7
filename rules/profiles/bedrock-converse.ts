import type { ApiProfile } from './types.ts';

/**
 * Amazon Bedrock Converse / ConverseStream: `POST /model/{modelId}/converse` and `/converse-stream`
 * (https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_Converse.html). The model is in
 * the path (URL-encoded: ARNs, inference-profile ids such as `us.anthropic.claude-…`), and every maker's
 * model takes the same body: no single maker.
 */
export const bedrockConverse: ApiProfile = {
  api: 'bedrock-converse',
  defaultProvider: 'bedrock',
  firstParty: ['bedrock'],
  maker: null,
  pathStyle: 'dotted',
  promptRoot: ['messages'],
  outputParam: [['inferenceConfig', 'maxTokens']],
  toolsPath: ['toolConfig', 'tools'],
  // Before Anthropic's `/invoke` pattern: a Converse path names an Anthropic model too.
  matchesPath: (p) => /\/model\/[^/]+\/converse(-stream)?$/.test(p),
};
