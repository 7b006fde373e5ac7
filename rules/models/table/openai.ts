/**
 * OpenAI models. Limits: OpenAI model pages via LiteLLM's model_prices_and_context_window.json and
 * models.dev (see /shared/reference/models.md §2); parameter quirks: the reasoning guide, the GPT-5.x
 * parameter-compatibility notes, and the errors users quote (sources on each restriction).
 */
import type { ApiId } from '../../../server/src/core/rule-api.ts';
import type { ModelEntry, ParamRestriction } from '../types.ts';

const CHECKED = '2026-12-01';
const LL = 'https://github.com/BerriAI/litellm/blob/main/model_prices_and_context_window.json';
const MODELS_DEV = 'https://github.com/anomalyco/models.dev';
const REASONING_GUIDE = 'https://platform.openai.com/docs/guides/reasoning';
const LATEST_MODEL_GUIDE = 'https://platform.openai.com/docs/guides/latest-model#gpt-5-1-parameter-compatibility';
const O_SERIES = 'https://github.com/BerriAI/litellm/blob/main/litellm/llms/openai/chat/o_series_transformation.py';
const GPT5 = 'https://github.com/BerriAI/litellm/blob/main/litellm/llms/openai/chat/gpt_5_transformation.py';

const MAX_TOKENS: ParamRestriction = {
  param: 'max_tokens',
  apis: ['openai-chat'],
  replacement: 'max_completion_tokens',
  error: "Unsupported parameter: 'max_tokens' is not supported with this model. Use 'max_completion_tokens' instead.",
  source: 'https://github.com/envoyproxy/ai-gateway/blob/c217da8a539570ba3f6014a60c2687c29a945f1f/tests/internal/testopenai/cassettes/chat-bad-request.yaml',
};

type Unless = ParamRestriction['unless'];

/**
 * Sampling parameters reasoning models reject. `effortNone` lifts them when the reasoning effort is
 * "none" (GPT-5.1+); `defaultEffort` is the effort assumed when none is sent (undefined = unknown, so
 * the rule can only warn).
 */
function sampling(options: { effortNone?: boolean; defaultEffort?: string } = {}): ParamRestriction[] {
  const out: ParamRestriction[] = [];
  const apis: [ApiId, string][] = [
    ['openai-chat', 'reasoning_effort'],
    ['openai-responses', 'reasoning.effort'],
  ];
  for (const [api, effortParam] of apis) {
    const unless: Unless = options.effortNone ? { param: effortParam, values: ['none'], defaultValue: options.defaultEffort } : undefined;
    const source = options.effortNone ? LATEST_MODEL_GUIDE : REASONING_GUIDE;
    out.push({
      param: 'temperature',
      apis: [api],
      allowedValues: [1],
      unless,
      error: "Unsupported value: 'temperature' does not support {value} with this model. Only the default (1) value is supported.",
      source: options.effortNone ? LATEST_MODEL_GUIDE : 'https://github.com/QwenLM/qwen-code/issues/921',
    });
    out.push({ param: 'top_p', apis: [api], allowedValues: [1], unless, error: "Unsupported parameter: 'top_p' is not supported with this model.", source: options.effortNone ? GPT5 : O_SERIES });
    if (api === 'openai-chat') {
      for (const param of ['presence_penalty', 'frequency_penalty']) {
        out.push({ param, apis: [api], allowedValues: [0], error: `Unsupported parameter: '${param}' is not supported with this model.`, source: options.effortNone ? GPT5 : O_SERIES });
      }
      out.push({ param: 'logprobs', apis: [api], allowedValues: [false], unless, error: "Unsupported parameter: 'logprobs' is not supported with this model.", source });
      out.push({ param: 'top_logprobs', apis: [api], unless, error: "Unsupported parameter: 'top_logprobs' is not supported with this model.", source });
      out.push({ param: 'logit_bias', apis: [api], error: "Unsupported parameter: 'logit_bias' is not supported with this model.", source: options.effortNone ? GPT5 : O_SERIES });
    } else {
      out.push({ param: 'top_logprobs', apis: [api], unless, error: "Unsupported parameter: 'top_logprobs' is not supported with this model.", source });
    }
  }
  return out;
}

const RESPONSES_ONLY = {
  apis: ['openai-responses'] as ApiId[],
  error: 'This model is only supported in v1/responses and not in v1/chat/completions.',
  source: 'https://github.com/sigoden/aichat/pull/1318 ; LiteLLM model_prices_and_context_window.json marks these `mode: "responses"`',
};

const NO_REASONING_EFFORT: ParamRestriction = {
  param: 'reasoning_effort',
  apis: ['openai-chat'],
  error: 'Unrecognized request argument supplied: reasoning_effort',
  source: 'https://github.com/yaroslavyaroslav/OpenAI-sublime-text/issues/146',
};

/** Chat Completions web search is a model (`*-search-preview`, `gpt-5-search-api`), not a parameter for the others. */
const NO_WEB_SEARCH_OPTIONS: ParamRestriction = {
  param: 'web_search_options',
  apis: ['openai-chat'],
  error: 'Web search options not supported with this model.',
  source: 'https://github.com/pydantic/pydantic-ai/blob/4fda38988f2939fa6ea9cdefcf120693e10ef491/tests/models/cassettes/test_openai/test_openai_web_search_tool_model_not_supported.yaml ; https://platform.openai.com/docs/guides/tools-web-search',
};
/**
 * o1-mini / o1-preview: no function calling. OpenAI answers 404 (the o1 launch notes list function calling only
 * for o1, not its preview or mini; the error was recorded against o1-mini by inspect_ai and by a Vercel AI SDK user).
 */
const O1_NO_TOOLS = {
  error: 'tools is not supported in this model. For a list of supported models, refer to https://platform.openai.com/docs/guides/function-calling#models-supporting-function-calling.',
  source: 'https://github.com/UKGovernmentBEIS/inspect_ai/pull/1290 ; https://github.com/dzhng/deep-research/issues/96 ; https://github.com/neferdata/allms/pull/50',
};
/** o1-mini / o1-preview: no system or developer turns ("Unsupported value: 'messages[0].role' does not support 'system' with this model."). */
const O1_MINI_ROLES: ParamRestriction = {
  param: 'messages.*.role',
  apis: ['openai-chat'],
  allowedValues: ['user', 'assistant', 'tool', 'function'],
  error: "Unsupported value: '{param}' does not support '{value}' with this model.",
  source: 'https://github.com/pydantic/pydantic-ai/blob/4fda38988f2939fa6ea9cdefcf120693e10ef491/tests/models/cassettes/test_openai/test_openai_o1_mini_system_role%5Bsystem%5D.yaml',
};

const O_SERIES_QUIRKS = { restrictedParams: [MAX_TOKENS, ...sampling(), NO_WEB_SEARCH_OPTIONS], reasoningEfforts: ['low', 'medium', 'high'] };
const GPT5_QUIRKS = { restrictedParams: [MAX_TOKENS, ...sampling()], reasoningEfforts: ['minimal', 'low', 'medium', 'high'] };
const gpt51 = (efforts: string[], defaultEffort?: string) => ({
  restrictedParams: [MAX_TOKENS, ...sampling({ effortNone: true, defaultEffort })],
  reasoningEfforts: efforts,
});
const STANDARD = { restrictedParams: [NO_REASONING_EFFORT, NO_WEB_SEARCH_OPTIONS] };

const TEXT_IMAGE_PDF = ['text', 'image', 'pdf'] as const;
const GPT5_LIMITS = { contextWindow: 400_000, maxInputTokens: 272_000, maxOutputTokens: 128_000, outputCountsAgainstContext: true };
const GPT54_LIMITS = { contextWindow: 1_050_000, maxOutputTokens: 128_000, outputCountsAgainstContext: true };
const O_LIMITS = { contextWindow: 200_000, maxOutputTokens: 100_000, outputCountsAgainstContext: true };
const CHAT_LATEST = { contextWindow: 128_000, maxOutputTokens: 16_384, outputCountsAgainstContext: true };
const row = (entry: Omit<ModelEntry, 'vendor' | 'checked' | 'sources'> & { sources?: string[] }): ModelEntry => ({
  vendor: 'openai',
  checked: CHECKED,
  // GPT-4o and later use o200k_base (tiktoken's model map); the older rows below say cl100k_base.
  tokenizer: 'o200k_base',
  sources: entry.sources ?? [LL, MODELS_DEV],
  ...entry,
});

export const OPENAI_MODELS: ModelEntry[] = [
  row({ id: 'gpt-5.6', ...GPT54_LIMITS, inputModalities: TEXT_IMAGE_PDF, quirks: gpt51(['none', 'low', 'medium', 'high', 'xhigh', 'max'], 'medium') }),
  row({ id: 'gpt-5.5', ...GPT54_LIMITS, inputModalities: TEXT_IMAGE_PDF, quirks: gpt51(['none', 'low', 'medium', 'high', 'xhigh'], 'medium') }),
  row({ id: 'gpt-5.5-pro', ...GPT54_LIMITS, inputModalities: TEXT_IMAGE_PDF, quirks: { ...GPT5_QUIRKS, reasoningEfforts: ['medium', 'high', 'xhigh'], onlyApis: RESPONSES_ONLY } }),
  row({ id: 'gpt-5.4', ...GPT54_LIMITS, inputModalities: TEXT_IMAGE_PDF, quirks: gpt51(['none', 'low', 'medium', 'high', 'xhigh']) }),
  row({ id: 'gpt-5.4-pro', ...GPT54_LIMITS, inputModalities: TEXT_IMAGE_PDF, quirks: { ...GPT5_QUIRKS, reasoningEfforts: ['medium', 'high', 'xhigh'], onlyApis: RESPONSES_ONLY } }),
  // Context: LiteLLM 1.05M vs models.dev 400K; the larger one, so the context check never fires wrongly.
  row({ id: 'gpt-5.4-mini', ...GPT54_LIMITS, inputModalities: TEXT_IMAGE_PDF, quirks: gpt51(['none', 'low', 'medium', 'high', 'xhigh']) }),
  row({ id: 'gpt-5.4-nano', ...GPT54_LIMITS, inputModalities: TEXT_IMAGE_PDF, quirks: gpt51(['none', 'low', 'medium', 'high', 'xhigh'], 'none') }),
  row({ id: 'gpt-5.3-codex', ...GPT5_LIMITS, inputModalities: TEXT_IMAGE_PDF, quirks: { ...GPT5_QUIRKS, reasoningEfforts: ['low', 'medium', 'high', 'xhigh'], onlyApis: RESPONSES_ONLY } }),
  row({ id: 'gpt-5.3-chat-latest', ...CHAT_LATEST, inputModalities: TEXT_IMAGE_PDF }),
  row({ id: 'gpt-5.2', ...GPT5_LIMITS, inputModalities: TEXT_IMAGE_PDF, quirks: gpt51(['none', 'low', 'medium', 'high', 'xhigh']) }),
  row({ id: 'gpt-5.2-pro', ...GPT5_LIMITS, inputModalities: TEXT_IMAGE_PDF, quirks: { ...GPT5_QUIRKS, reasoningEfforts: ['medium', 'high', 'xhigh'], onlyApis: RESPONSES_ONLY } }),
  row({ id: 'gpt-5.2-codex', ...GPT5_LIMITS, inputModalities: TEXT_IMAGE_PDF, quirks: { ...GPT5_QUIRKS, reasoningEfforts: ['low', 'medium', 'high', 'xhigh'], onlyApis: RESPONSES_ONLY } }),
  row({ id: 'gpt-5.2-chat-latest', ...CHAT_LATEST, inputModalities: TEXT_IMAGE_PDF }),
  row({
    id: 'gpt-5.1',
    ...GPT5_LIMITS,
    inputModalities: TEXT_IMAGE_PDF,
    quirks: gpt51(['none', 'low', 'medium', 'high'], 'none'),
    sources: [LL, MODELS_DEV, LATEST_MODEL_GUIDE, 'https://github.com/openai/openai-agents-python/issues/2089'],
  }),
  row({ id: 'gpt-5.1-codex', ...GPT5_LIMITS, inputModalities: TEXT_IMAGE_PDF, quirks: { ...GPT5_QUIRKS, reasoningEfforts: ['low', 'medium', 'high'], onlyApis: RESPONSES_ONLY } }),
  row({ id: 'gpt-5.1-codex-mini', ...GPT5_LIMITS, inputModalities: TEXT_IMAGE_PDF, quirks: { ...GPT5_QUIRKS, reasoningEfforts: ['low', 'medium', 'high'], onlyApis: RESPONSES_ONLY } }),
  row({ id: 'gpt-5.1-codex-max', ...GPT5_LIMITS, inputModalities: TEXT_IMAGE_PDF, quirks: { ...GPT5_QUIRKS, reasoningEfforts: ['low', 'medium', 'high', 'xhigh'], onlyApis: RESPONSES_ONLY } }),
  // Rejects max_tokens like the rest of GPT-5.1 ("Unsupported parameter: 'max_tokens' ...", SillyTavern-WorldInfo-Recommender#16);
  // its sampling parameters are not known to be restricted.
  row({
    id: 'gpt-5.1-chat-latest',
    ...CHAT_LATEST,
    inputModalities: TEXT_IMAGE_PDF,
    quirks: { restrictedParams: [{ ...MAX_TOKENS, source: 'https://github.com/bmen25124/SillyTavern-WorldInfo-Recommender/issues/16' }] },
  }),
  row({ id: 'gpt-5', ...GPT5_LIMITS, inputModalities: TEXT_IMAGE_PDF, quirks: GPT5_QUIRKS }),
  row({ id: 'gpt-5-mini', ...GPT5_LIMITS, inputModalities: TEXT_IMAGE_PDF, quirks: GPT5_QUIRKS }),
  row({ id: 'gpt-5-nano', ...GPT5_LIMITS, inputModalities: TEXT_IMAGE_PDF, quirks: GPT5_QUIRKS }),
  // Output: LiteLLM 128K vs models.dev 272K; the larger one.
  row({ id: 'gpt-5-pro', ...GPT5_LIMITS, maxOutputTokens: 272_000, inputModalities: TEXT_IMAGE_PDF, quirks: { ...GPT5_QUIRKS, reasoningEfforts: ['high'], onlyApis: RESPONSES_ONLY } }),
  row({ id: 'gpt-5-codex', ...GPT5_LIMITS, inputModalities: TEXT_IMAGE_PDF, quirks: { ...GPT5_QUIRKS, reasoningEfforts: ['low', 'medium', 'high'], onlyApis: RESPONSES_ONLY } }),
  // A chat model despite the name: classic parameters accepted. Context: LiteLLM 128K vs models.dev 400K.
  row({ id: 'gpt-5-chat-latest', contextWindow: 400_000, maxOutputTokens: 128_000, outputCountsAgainstContext: true, inputModalities: TEXT_IMAGE_PDF }),
  row({ id: 'gpt-4.1', contextWindow: 1_047_576, maxOutputTokens: 32_768, inputModalities: TEXT_IMAGE_PDF, quirks: STANDARD }),
  row({ id: 'gpt-4.1-mini', contextWindow: 1_047_576, maxOutputTokens: 32_768, inputModalities: TEXT_IMAGE_PDF, quirks: STANDARD }),
  row({ id: 'gpt-4.1-nano', contextWindow: 1_047_576, maxOutputTokens: 32_768, inputModalities: TEXT_IMAGE_PDF, quirks: STANDARD }),
  // The first snapshot keeps 4,096 output tokens (the model page lists it per snapshot); later ones 16,384.
  row({
    id: 'gpt-4o',
    aliases: ['chatgpt-4o-latest'],
    contextWindow: 128_000,
    maxOutputTokens: 16_384,
    outputCaps: [{ snapshots: ['gpt-4o-2024-05-13'], max: 4_096, source: 'https://platform.openai.com/docs/models/gpt-4o (snapshot gpt-4o-2024-05-13)' }],
    outputCountsAgainstContext: true,
    inputModalities: TEXT_IMAGE_PDF,
    quirks: STANDARD,
  }),
  row({ id: 'gpt-4o-mini', contextWindow: 128_000, maxOutputTokens: 16_384, outputCountsAgainstContext: true, inputModalities: TEXT_IMAGE_PDF, quirks: STANDARD }),
  // Chat Completions web-search models (web_search_options is what they are for): text in, 128K context, 16,384 out.
  row({ id: 'gpt-4o-search-preview', contextWindow: 128_000, maxOutputTokens: 16_384, outputCountsAgainstContext: true, inputModalities: ['text'], sources: ['https://platform.openai.com/docs/models/gpt-4o-search-preview'] }),
  row({ id: 'gpt-4o-mini-search-preview', contextWindow: 128_000, maxOutputTokens: 16_384, outputCountsAgainstContext: true, inputModalities: ['text'], sources: ['https://platform.openai.com/docs/models/gpt-4o-mini-search-preview', 'https://github.com/envoyproxy/ai-gateway/blob/c217da8a539570ba3f6014a60c2687c29a945f1f/tests/internal/testopenai/cassettes/chat-web-search.yaml'] }),
  row({ id: 'gpt-4o-audio-preview', aliases: ['gpt-audio', 'gpt-audio-mini', 'gpt-4o-mini-audio-preview'], contextWindow: 128_000, maxOutputTokens: 16_384, inputModalities: ['text', 'audio'], quirks: STANDARD }),
  row({ id: 'gpt-4-turbo', tokenizer: 'cl100k_base', contextWindow: 128_000, maxOutputTokens: 4_096, outputCountsAgainstContext: true, inputModalities: ['text', 'image'], quirks: STANDARD }),
  row({ id: 'gpt-4', tokenizer: 'cl100k_base', contextWindow: 8_192, maxOutputTokens: 8_192, outputCountsAgainstContext: true, inputModalities: ['text'], quirks: STANDARD }),
  row({ id: 'gpt-3.5-turbo', tokenizer: 'cl100k_base', contextWindow: 16_385, maxOutputTokens: 4_096, outputCountsAgainstContext: true, inputModalities: ['text'], quirks: STANDARD }),
  row({ id: 'o4-mini', ...O_LIMITS, inputModalities: TEXT_IMAGE_PDF, quirks: O_SERIES_QUIRKS }),
  row({ id: 'o3', ...O_LIMITS, inputModalities: TEXT_IMAGE_PDF, quirks: O_SERIES_QUIRKS }),
  row({ id: 'o3-mini', ...O_LIMITS, inputModalities: ['text'], quirks: O_SERIES_QUIRKS }),
  row({ id: 'o1', ...O_LIMITS, inputModalities: TEXT_IMAGE_PDF, quirks: O_SERIES_QUIRKS }),
  // Limits as in the catalog; no reasoning_effort, no system/developer role, no function calling.
  ...['o1-mini', 'o1-preview'].map((id) =>
    row({ id, contextWindow: 128_000, maxOutputTokens: id === 'o1-mini' ? 65_536 : 32_768, inputModalities: ['text'], quirks: { restrictedParams: [MAX_TOKENS, ...sampling(), O1_MINI_ROLES], noTools: O1_NO_TOOLS } }),
  ),
  row({ id: 'o3-pro', ...O_LIMITS, inputModalities: TEXT_IMAGE_PDF, quirks: { ...O_SERIES_QUIRKS, onlyApis: RESPONSES_ONLY } }),
  row({ id: 'o1-pro', ...O_LIMITS, inputModalities: TEXT_IMAGE_PDF, quirks: { ...O_SERIES_QUIRKS, onlyApis: RESPONSES_ONLY } }),
  row({ id: 'o3-deep-research', ...O_LIMITS, inputModalities: TEXT_IMAGE_PDF, quirks: { ...O_SERIES_QUIRKS, onlyApis: RESPONSES_ONLY } }),
  row({ id: 'o4-mini-deep-research', ...O_LIMITS, inputModalities: TEXT_IMAGE_PDF, quirks: { ...O_SERIES_QUIRKS, onlyApis: RESPONSES_ONLY } }),
  row({
    id: 'gpt-4.5-preview',
    contextWindow: 128_000,
    maxOutputTokens: 16_384,
    inputModalities: ['text', 'image'],
    retired: { since: '2025-07-14', replacement: 'gpt-4.1', source: 'https://platform.openai.com/docs/deprecations' },
  }),
];
