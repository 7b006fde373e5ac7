import type { ApiId, LintRequestInput, Provider } from '../../../types/llm-preflight.d.ts';

/**
 * The library reads a request's URL and headers as the request line and headers of a `.http` request, so they
 * go through the same detection the editor uses (API, provider, URL-borne model). This is that head, ending in
 * the blank line before the body; body offsets are document offsets minus its length.
 */
export function requestHead(input: LintRequestInput): string {
  const url = oneLine(input.url ?? '') || urlFor(input.api, input.provider, input.model);
  const head = [`POST ${url}`];
  for (const [name, value] of headerList(input.headers)) {
    // A name that is not an HTTP token, or a value with a line break, would change the document's structure.
    if (/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name)) head.push(`${name}: ${oneLine(String(value))}`);
  }
  return `${head.join('\n')}\n\n`;
}

function headerList(headers: LintRequestInput['headers']): [string, string][] {
  if (!headers) return [];
  if (Array.isArray(headers)) return headers.filter((h) => Array.isArray(h) && typeof h[0] === 'string') as [string, string][];
  return Object.entries(headers).filter((h): h is [string, string] => h[1] !== undefined && h[1] !== null);
}

function oneLine(s: string): string {
  return s.replace(/[\r\n]+/g, ' ').trim();
}

/** Where each API lives on a first-party host (the model, for the APIs that put it in the path). */
const PATHS: Record<ApiId, (model: string) => string> = {
  'openai-chat': () => '/v1/chat/completions',
  'openai-responses': () => '/v1/responses',
  'anthropic-messages': () => '/v1/messages',
  'gemini-generate': (model) => `/v1beta/models/${model}:generateContent`,
  'dashscope-generation': () => '/api/v1/services/aigc/text-generation/generation',
  'bedrock-converse': (model) => `/model/${model}/converse`,
  'ollama-chat': () => '/api/chat',
  'ollama-generate': () => '/api/generate',
  'openai-embeddings': () => '/v1/embeddings',
};

/** A URL that makes detection conclude `provider` (and `api`); without a provider, a bare path. */
const BASES: Record<Provider, (api: ApiId | undefined, model: string) => string> = {
  openai: (api) => `https://api.openai.com${api ? PATHS[api]('') : ''}`,
  azure: (api, model) => `https://example.openai.azure.com/openai/deployments/${model}${api === 'openai-responses' ? '/responses' : '/chat/completions'}`,
  anthropic: () => 'https://api.anthropic.com/v1/messages',
  bedrock: (api, model) => `https://bedrock-runtime.us-east-1.amazonaws.com/model/${model}/${api === 'bedrock-converse' ? 'converse' : 'invoke'}`,
  vertex: (api, model) =>
    api === 'anthropic-messages'
      ? `https://aiplatform.googleapis.com/v1/projects/p/locations/global/publishers/anthropic/models/${model}:rawPredict`
      : `https://aiplatform.googleapis.com/v1/projects/p/locations/global/publishers/google/models/${model}:generateContent`,
  gemini: (_api, model) => `https://generativelanguage.googleapis.com${PATHS['gemini-generate'](model)}`,
  'gemini-openai': () => 'https://generativelanguage.googleapis.com/v1beta/openai/chat/completions',
  dashscope: () => `https://dashscope.aliyuncs.com${PATHS['dashscope-generation']('')}`,
  'dashscope-compatible': () => 'https://dashscope.aliyuncs.com/compatible-mode/v1/chat/completions',
  deepseek: () => 'https://api.deepseek.com/chat/completions',
  openrouter: () => 'https://openrouter.ai/api/v1/chat/completions',
  ollama: (api) => `https://ollama.com${api === 'ollama-generate' ? '/api/generate' : '/api/chat'}`,
  // Dialects with no fixed host (rules/specs/dialects.ts): a host of their own name, as for a relay.
  ...dialectBases(['groq', 'xai', 'mistral', 'together', 'fireworks', 'moonshot', 'zhipu', 'siliconflow', 'vllm', 'lmstudio', 'llamacpp', 'sglang']),
  relay: (api, model) => `https://relay.invalid${api ? PATHS[api](model) : ''}`,
};

function dialectBases<P extends Provider>(providers: readonly P[]): Record<P, (api: ApiId | undefined) => string> {
  return Object.fromEntries(providers.map((p) => [p, (api: ApiId | undefined) => `https://${p}.invalid${api ? PATHS[api]('') : ''}`])) as Record<P, (api: ApiId | undefined) => string>;
}

function urlFor(api: ApiId | undefined, provider: Provider | undefined, model: string | undefined): string {
  const id = encodeURIComponent(model || 'model');
  if (provider && Object.prototype.hasOwnProperty.call(BASES, provider)) return BASES[provider](api, id);
  // No host: the API (when given) by its path, the provider unknown, as for a bare .json file.
  return api && Object.prototype.hasOwnProperty.call(PATHS, api) ? PATHS[api](id) : '/';
}
