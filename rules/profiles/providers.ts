import type { Provider } from '../../server/src/core/rule-api.ts';
import type { ProviderProfile } from './types.ts';

const host = (provider: Provider, name: string, subject = name): ProviderProfile => ({ provider, name, subject, relay: false, servesModel: true });
/**
 * An OpenAI-compatible host or self-hosted server with a dialect of its own (rules/specs/dialects.ts): judged
 * like a relay (findings are warnings at most), and the model's own limits are not assumed (hosts set their own).
 */
const dialect = (provider: Provider, name: string): ProviderProfile => ({ provider, name, subject: name, relay: true, servesModel: false });

/** Every host and dialect, with its display names and relay policy. */
export const PROVIDER_PROFILES: Readonly<Record<Provider, ProviderProfile>> = {
  openai: host('openai', 'OpenAI'),
  azure: host('azure', 'Azure OpenAI'),
  anthropic: host('anthropic', 'Anthropic'),
  bedrock: host('bedrock', 'Amazon Bedrock'),
  vertex: host('vertex', 'Vertex AI'),
  gemini: host('gemini', 'the Gemini API', 'The Gemini API'),
  'gemini-openai': host('gemini-openai', "Gemini's OpenAI-compatible endpoint"),
  dashscope: host('dashscope', 'DashScope'),
  'dashscope-compatible': host('dashscope-compatible', "DashScope's compatible mode"),
  deepseek: host('deepseek', 'DeepSeek'),
  // OpenRouter routes to other hosts, which may clamp or trim: the model's own limits are not its own.
  openrouter: { provider: 'openrouter', name: 'OpenRouter', subject: 'OpenRouter', relay: false, servesModel: false },
  // Ollama's own cloud (ollama.com); a local or self-hosted Ollama is an unknown host, judged as a relay.
  ollama: { provider: 'ollama', name: 'Ollama', subject: 'Ollama', relay: true, servesModel: true },
  groq: dialect('groq', 'Groq'),
  xai: dialect('xai', 'xAI'),
  mistral: dialect('mistral', 'Mistral'),
  together: dialect('together', 'Together AI'),
  fireworks: dialect('fireworks', 'Fireworks AI'),
  moonshot: dialect('moonshot', 'Moonshot AI'),
  zhipu: dialect('zhipu', 'Zhipu AI'),
  siliconflow: dialect('siliconflow', 'SiliconFlow'),
  vllm: dialect('vllm', 'vLLM'),
  lmstudio: dialect('lmstudio', 'LM Studio'),
  llamacpp: dialect('llamacpp', 'llama.cpp server'),
  sglang: dialect('sglang', 'SGLang'),
  relay: { provider: 'relay', name: 'a relay', subject: 'The relay', relay: true, servesModel: false },
};

/** Dialect ids a user may give a host in `llmPreflight.hosts` (and the CLI config's `hosts`). */
export const HOST_DIALECTS: readonly Provider[] = ['openai', 'azure', 'deepseek', 'openrouter', 'dashscope-compatible', 'gemini-openai', 'ollama', 'groq', 'xai', 'mistral', 'together', 'fireworks', 'moonshot', 'zhipu', 'siliconflow', 'vllm', 'lmstudio', 'llamacpp', 'sglang', 'relay'];
