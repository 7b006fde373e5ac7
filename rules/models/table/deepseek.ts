/**
 * DeepSeek models. Limits and reasoning behaviour: api-docs.deepseek.com (pricing, reasoning_model and
 * thinking_mode guides), with the generation flip of `reasoning_content` described in
 * /shared/reference/rules.md "Notes 1": R1 rejected it in input; V3.2+/V4 thinking mode requires it on
 * assistant turns that made tool calls.
 */
import type { ModelEntry, ParamRestriction } from '../types.ts';

const CHECKED = '2026-12-01';
const REASONING = 'https://api-docs.deepseek.com/zh-cn/guides/reasoning_model';
const THINKING_MODE = 'https://api-docs.deepseek.com/guides/thinking_mode';
const PRICING = 'https://api-docs.deepseek.com/quick_start/pricing';

const ignored = (param: string): ParamRestriction => ({
  param,
  behaviour: 'ignored',
  error: `DeepSeek docs: "${param}" is not supported in thinking mode; setting it does not trigger an error but has no effect.`,
  source: REASONING,
});
const rejectedLogprobs = (param: string): ParamRestriction => ({
  param,
  error: `DeepSeek docs: setting "${param}" in thinking mode triggers an error.`,
  source: REASONING,
});
const THINKING_PARAMS = [...['temperature', 'top_p', 'presence_penalty', 'frequency_penalty'].map(ignored), ...['logprobs', 'top_logprobs'].map(rejectedLogprobs)];

const row = (entry: Omit<ModelEntry, 'vendor' | 'checked' | 'sources'> & { sources?: string[] }): ModelEntry => ({
  vendor: 'deepseek',
  checked: CHECKED,
  inputModalities: ['text'],
  sources: entry.sources ?? [PRICING, THINKING_MODE],
  ...entry,
});

const MODEL_STUDIO = 'https://help.aliyun.com/zh/model-studio/deepseek-api';
/** DeepSeek models as Alibaba Model Studio serves them, under ids api.deepseek.com does not know ("Model Not Exist"). */
const onDashScope = (id: string): ModelEntry => row({ id, hosts: ['dashscope', 'dashscope-compatible'], quirks: {}, sources: [MODEL_STUDIO] });

export const DEEPSEEK_MODELS: ModelEntry[] = [
  ...['deepseek-r1', 'deepseek-v3', 'deepseek-v3.1', 'deepseek-v3.2'].map(onDashScope),
  // V4: 1M context, 384K output (LiteLLM's 8,192 is stale); thinking on by default.
  row({ id: 'deepseek-v4-pro', contextWindow: 1_000_000, maxOutputTokens: 384_000, quirks: { deepseekReasoning: { reasoningContentInInput: 'accepted', requiredWithToolCalls: true, thinkingDefaultOn: true, source: THINKING_MODE } } }),
  row({ id: 'deepseek-v4-flash', contextWindow: 1_000_000, maxOutputTokens: 384_000, quirks: { deepseekReasoning: { reasoningContentInInput: 'accepted', requiredWithToolCalls: true, thinkingDefaultOn: true, source: THINKING_MODE } } }),
  // The two legacy names: V3.2-era limits or V4 aliases depending on the date; the larger limits keep
  // the limit checks quiet. deepseek-chat is the non-thinking mode.
  row({ id: 'deepseek-chat', contextWindow: 1_000_000, maxOutputTokens: 384_000, quirks: { deepseekReasoning: { reasoningContentInInput: 'accepted', source: THINKING_MODE } } }),
  row({
    id: 'deepseek-reasoner',
    contextWindow: 1_000_000,
    maxOutputTokens: 384_000,
    quirks: { restrictedParams: THINKING_PARAMS, deepseekReasoning: { reasoningContentInInput: 'accepted', requiredWithToolCalls: true, thinkingDefaultOn: true, source: THINKING_MODE } },
    sources: [PRICING, REASONING, THINKING_MODE],
  }),
];
