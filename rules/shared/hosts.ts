/**
 * First-party hosts and the model vendors each one serves under its own model ids, with the wording its
 * model-not-found error uses. Shared by `model-provider-mismatch` and `unknown-model`.
 *
 * Left out on purpose: Azure (the URL and `model` name a deployment the user chose, and Azure AI Foundry
 * serves many vendors), OpenRouter and relays (they route many vendors' models).
 */
import type { Provider } from '../../server/src/core/rule-api.ts';
import type { ModelVendor } from '../models/families.ts';

export interface HostFacts {
  /** How the message names the host. */
  label: string;
  /** Who answers (the provider's name in "X answers: ..."). */
  who: string;
  /** Vendors whose models this host serves under their own ids. */
  vendors: readonly ModelVendor[];
  /** The host's model-not-found error for an id, verbatim apart from the id. */
  notFound: (id: string) => string;
  source: string;
}

export const OPENAI_NOT_FOUND = 'https://github.com/envoyproxy/ai-gateway/blob/c217da8a539570ba3f6014a60c2687c29a945f1f/tests/internal/testopenai/cassettes/chat-unknown-model.yaml';
export const ANTHROPIC_NOT_FOUND = 'https://github.com/anthropics/claude-code/issues/5349';
export const GEMINI_NOT_FOUND = 'https://github.com/openclaw/openclaw/issues/14036';
export const DEEPSEEK_NOT_FOUND = 'https://github.com/langbot-app/LangBot/issues/1643';
export const DASHSCOPE_NOT_FOUND = 'https://github.com/labring/FastGPT/issues/1618';
export const DASHSCOPE_COMPAT_NOT_FOUND = 'https://github.com/ChatLunaLab/chatluna/issues/482';
export const VERTEX_NOT_FOUND = 'https://github.com/BerriAI/litellm/issues/17132';
export const BEDROCK_NOT_FOUND = 'https://github.com/langchain-ai/langchain-aws/issues/252';

const openAiWording = (id: string) => `The model \`${id}\` does not exist or you do not have access to it.`;
const geminiWording = (id: string) => `models/${id} is not found for API version v1beta, or is not supported for generateContent.`;

export const HOSTS: Partial<Record<Provider, HostFacts>> = {
  openai: { label: 'api.openai.com (OpenAI)', who: 'OpenAI', vendors: ['openai'], notFound: openAiWording, source: OPENAI_NOT_FOUND },
  anthropic: { label: 'api.anthropic.com (Anthropic)', who: 'Anthropic', vendors: ['anthropic'], notFound: (id) => `model: ${id}`, source: ANTHROPIC_NOT_FOUND },
  gemini: { label: 'generativelanguage.googleapis.com (Gemini API)', who: 'Google', vendors: ['google'], notFound: geminiWording, source: GEMINI_NOT_FOUND },
  // The OpenAI-compatible endpoint of the Gemini API serves the Gemini (and Gemma) models only.
  'gemini-openai': { label: "the Gemini API's OpenAI-compatible endpoint", who: 'Google', vendors: ['google'], notFound: geminiWording, source: GEMINI_NOT_FOUND },
  deepseek: { label: 'api.deepseek.com (DeepSeek)', who: 'DeepSeek', vendors: ['deepseek'], notFound: () => 'Model Not Exist', source: DEEPSEEK_NOT_FOUND },
  // Model Studio serves Qwen and, under their own ids, DeepSeek models (deepseek-r1, deepseek-v3.x):
  // https://help.aliyun.com/zh/model-studio/deepseek-api
  dashscope: { label: 'DashScope (Alibaba Model Studio)', who: 'DashScope', vendors: ['alibaba', 'deepseek'], notFound: () => 'Model not exist.', source: DASHSCOPE_NOT_FOUND },
  'dashscope-compatible': { label: 'DashScope compatible mode (Alibaba Model Studio)', who: 'DashScope', vendors: ['alibaba', 'deepseek'], notFound: openAiWording, source: DASHSCOPE_COMPAT_NOT_FOUND },
  // Model Garden serves many publishers; only the Google and Anthropic publisher paths are judged here.
  vertex: {
    label: 'Vertex AI',
    who: 'Vertex AI',
    vendors: ['google', 'anthropic'],
    notFound: (id) => `Publisher Model \`projects/…/publishers/…/models/${id}\` was not found or your project does not have access to it.`,
    source: VERTEX_NOT_FOUND,
  },
  bedrock: { label: 'Amazon Bedrock', who: 'Bedrock', vendors: ['anthropic'], notFound: () => 'The provided model identifier is invalid.', source: BEDROCK_NOT_FOUND },
};

/** Where each vendor's models are served first-party, for the fix in messages. */
export const NATIVE_HOST: Record<ModelVendor, string> = {
  openai: 'api.openai.com',
  anthropic: 'api.anthropic.com',
  google: 'generativelanguage.googleapis.com',
  alibaba: 'dashscope.aliyuncs.com',
  deepseek: 'api.deepseek.com',
};

export const VENDOR_NAME: Record<ModelVendor, string> = {
  openai: 'an OpenAI',
  anthropic: 'an Anthropic',
  google: 'a Google',
  alibaba: 'an Alibaba (Qwen)',
  deepseek: 'a DeepSeek',
};

/** Open-weight families many hosts serve (gpt-oss on Bedrock, Vertex, Azure, DashScope...): never a mismatch. */
export const OPEN_WEIGHT = /(^|\/)gpt-oss/i;
