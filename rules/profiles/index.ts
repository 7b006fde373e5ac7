/**
 * One profile per API (rules/profiles/<api>.ts) and one per provider (providers.ts): the facts that
 * several rules, detection, completion and hover need. Adding an API starts here.
 */
import type { ApiId, JsonPath, Provider } from '../../server/src/core/rule-api.ts';
import type { ModelVendor } from '../models/families.ts';
import { anthropicMessages } from './anthropic-messages.ts';
import { bedrockConverse } from './bedrock-converse.ts';
import { ollamaChat, ollamaGenerate } from './ollama.ts';
import { openaiEmbeddings } from './openai-embeddings.ts';
import { dashscopeGeneration } from './dashscope-generation.ts';
import { geminiGenerate } from './gemini-generate.ts';
import { openaiChat } from './openai-chat.ts';
import { openaiResponses } from './openai-responses.ts';
import { PROVIDER_PROFILES } from './providers.ts';
import type { ApiProfile } from './types.ts';

export type { ApiProfile, ProviderProfile } from './types.ts';
export { HOST_DIALECTS, PROVIDER_PROFILES } from './providers.ts';

export const API_PROFILES: Readonly<Record<ApiId, ApiProfile>> = {
  'openai-chat': openaiChat,
  'openai-responses': openaiResponses,
  'anthropic-messages': anthropicMessages,
  'gemini-generate': geminiGenerate,
  'dashscope-generation': dashscopeGeneration,
  'bedrock-converse': bedrockConverse,
  'ollama-chat': ollamaChat,
  'ollama-generate': ollamaGenerate,
  'openai-embeddings': openaiEmbeddings,
};

/** The order URL paths are tried in (a Responses path is tried before Anthropic's `/messages`). */
const PATH_ORDER: readonly ApiProfile[] = [openaiChat, openaiResponses, openaiEmbeddings, geminiGenerate, dashscopeGeneration, bedrockConverse, ollamaChat, ollamaGenerate, anthropicMessages];

export function profileOf(api: ApiId): ApiProfile {
  return API_PROFILES[api];
}

/** The API a URL path names (`/v1/chat/completions`, `...:generateContent`), or null. */
export function apiFromPath(path: string): ApiId | null {
  const p = path.toLowerCase().replace(/\/+$/, '');
  return PATH_ORDER.find((profile) => profile.matchesPath(p))?.api ?? null;
}

/** True when `provider` runs the maker's own validator for `api` (its findings are errors). */
export function isFirstParty(api: ApiId, provider: Provider | string | null | undefined): boolean {
  return provider != null && (API_PROFILES[api].firstParty as readonly string[]).includes(provider);
}

/** The vendor that makes the API's models. */
export function makerOf(api: ApiId): ModelVendor | undefined {
  return API_PROFILES[api].maker ?? undefined;
}

/** True for a relay or unknown host (its own rules and wordings: at most warnings). */
export function isRelay(provider: Provider | null | undefined): boolean {
  return provider != null && PROVIDER_PROFILES[provider].relay;
}

/** True when the request goes to a host that serves the model itself, so the model's own limits apply. */
export function servedByModelHost(provider: Provider | null): boolean {
  return provider !== null && PROVIDER_PROFILES[provider].servesModel;
}

/** The provider's name mid-sentence; with no provider, the API's first-party host. */
export function providerName(provider: Provider | null | undefined, api: ApiId): string {
  return PROVIDER_PROFILES[provider ?? API_PROFILES[api].defaultProvider].name;
}

/** A path as the API's maker writes it in errors: `messages[0].content` / `messages.0.content` / `contents[0].inline_data`. */
export function formatApiPath(api: ApiId, path: JsonPath): string {
  const style = API_PROFILES[api].pathStyle;
  if (style === 'dotted') return path.join('.');
  const parts = style === 'proto' ? path.map((p) => (typeof p === 'string' ? snakeCase(p) : p)) : path;
  return parts.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

function snakeCase(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

/** True when nothing says who serves the request, or a relay does: its rules and wordings are unknown. */
export function unknownHost(provider: Provider | null | undefined): boolean {
  return provider == null || PROVIDER_PROFILES[provider].relay;
}

/**
 * No host named at all: an unknown host or the generic relay. Unlike `unknownHost`, a named OpenAI-compatible host
 * (vLLM, SGLang, SiliconFlow, …) is not one: it serves the model itself instead of passing it on to the maker.
 */
export function unnamedHost(provider: Provider | null | undefined): boolean {
  return provider == null || provider === 'relay';
}

/** 'error' on a known host, 'warning' on a relay or an unknown host (the relay policy for most rules). */
export function hostSeverity(provider: Provider | null | undefined): 'error' | 'warning' {
  return unknownHost(provider) ? 'warning' : 'error';
}
