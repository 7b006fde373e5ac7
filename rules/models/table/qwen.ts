/**
 * Alibaba Qwen models (DashScope native and compatible mode). Limits: Model Studio model list via
 * LiteLLM and models.dev (/shared/reference/models.md §2); thinking defaults and the streaming
 * requirement: alibabacloud.com/help/en/model-studio/deep-thinking and the errors in rules-evidence.md.
 */
import type { ModelEntry, QwenThinking } from '../types.ts';

const CHECKED = '2026-12-01';
const MODELS = 'https://www.alibabacloud.com/help/en/model-studio/models';
const THINKING = 'https://www.alibabacloud.com/help/en/model-studio/deep-thinking';

const hybrid = (defaultOn: boolean): QwenThinking => ({ defaultOn, requiresStreaming: true, source: THINKING });
const THINKING_ONLY: QwenThinking = { defaultOn: true, thinkingOnly: true, requiresStreaming: true, source: THINKING };
const row = (entry: Omit<ModelEntry, 'vendor' | 'checked' | 'sources'> & { sources?: string[] }): ModelEntry => ({
  vendor: 'alibaba',
  checked: CHECKED,
  inputModalities: ['text'],
  sources: entry.sources ?? [MODELS, THINKING],
  ...entry,
});

export const QWEN_MODELS: ModelEntry[] = [
  row({ id: 'qwen3.5-plus', contextWindow: 1_000_000, maxOutputTokens: 65_536, inputModalities: ['text', 'image', 'video'], quirks: { qwenThinking: hybrid(true) } }),
  row({ id: 'qwen3-max', contextWindow: 262_144, maxOutputTokens: 65_536, quirks: {} }),
  // In Model Studio's own text-generation examples; limits not yet checked (none stated).
  row({ id: 'qwen3.7-plus', quirks: {}, sources: [MODELS, 'https://help.aliyun.com/zh/model-studio/text-generation'] }),
  // Qwen-Long: 10M-token context for long documents (file ids via fileid:// system messages).
  row({ id: 'qwen-long', contextWindow: 10_000_000, quirks: {}, sources: [MODELS, 'https://help.aliyun.com/zh/model-studio/long-context-qwen-long'] }),
  row({ id: 'qwen3-max-preview', contextWindow: 262_144, maxOutputTokens: 65_536, quirks: { qwenThinking: hybrid(false) } }),
  row({ id: 'qwen-max', contextWindow: 32_768, maxOutputTokens: 8_192, quirks: {} }),
  // The alias now points at the 1M-context snapshot (LiteLLM's 129K row is the old one).
  row({ id: 'qwen-plus', aliases: ['qwen-plus-latest'], contextWindow: 1_000_000, maxOutputTokens: 32_768, quirks: { qwenThinking: hybrid(false) } }),
  row({ id: 'qwen-turbo', aliases: ['qwen-turbo-latest'], contextWindow: 1_000_000, maxOutputTokens: 16_384, quirks: { qwenThinking: hybrid(false) } }),
  row({ id: 'qwen-flash', contextWindow: 1_000_000, maxOutputTokens: 32_768, quirks: { qwenThinking: hybrid(false) } }),
  row({ id: 'qwen3-coder-plus', contextWindow: 1_048_576, maxOutputTokens: 65_536, quirks: {} }),
  row({ id: 'qwen3-coder-flash', contextWindow: 1_000_000, maxOutputTokens: 65_536, quirks: {} }),
  row({ id: 'qwen3-vl-plus', contextWindow: 262_144, maxOutputTokens: 32_768, inputModalities: ['text', 'image', 'video'], quirks: { qwenThinking: hybrid(false) } }),
  row({ id: 'qwen3-vl-235b-a22b-thinking', contextWindow: 131_072, maxOutputTokens: 32_768, inputModalities: ['text', 'image'], quirks: { qwenThinking: THINKING_ONLY } }),
  row({ id: 'qwen3-vl-235b-a22b-instruct', contextWindow: 131_072, maxOutputTokens: 32_768, inputModalities: ['text', 'image'], quirks: {} }),
  row({ id: 'qwen3-next-80b-a3b-thinking', contextWindow: 262_144, maxOutputTokens: 65_536, quirks: { qwenThinking: THINKING_ONLY } }),
  row({ id: 'qwen3-next-80b-a3b-instruct', contextWindow: 262_144, maxOutputTokens: 65_536, quirks: {} }),
  // Open-weight Qwen3 on DashScope: thinking on by default, so a non-streaming call must turn it off.
  ...['qwen3-235b-a22b', 'qwen3-32b', 'qwen3-30b-a3b', 'qwen3-14b', 'qwen3-8b', 'qwen3-4b', 'qwen3-1.7b', 'qwen3-0.6b'].map((id) =>
    row({ id, contextWindow: 131_072, maxOutputTokens: 16_384, quirks: { qwenThinking: hybrid(true) }, sources: [MODELS, THINKING, 'https://github.com/infiniflow/ragflow/issues/8972'] }),
  ),
  row({ id: 'qwq-plus', contextWindow: 131_072, maxOutputTokens: 8_192, quirks: { qwenThinking: THINKING_ONLY } }),
  row({ id: 'qwen-vl-max', contextWindow: 131_072, maxOutputTokens: 8_192, inputModalities: ['text', 'image'], quirks: {} }),
  row({ id: 'qwen-vl-plus', contextWindow: 131_072, maxOutputTokens: 8_192, inputModalities: ['text', 'image'], quirks: {} }),
];
