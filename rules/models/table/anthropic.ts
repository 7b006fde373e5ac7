/**
 * Anthropic models. Limits: the models overview (platform.claude.com/docs/en/about-claude/models/overview)
 * as carried by LiteLLM and models.dev (/shared/reference/models.md §2, §4); quirks: the thinking matrix in
 * /shared/reference/rules.md "Notes 1" (official thinking pages, anthropics/skills error-codes.md and
 * model-migration.md, a live-probed gateway matrix).
 */
import type { AnthropicThinking, Evidence, ModelEntry, ParamRestriction } from '../types.ts';

const CHECKED = '2026-12-01';
const OVERVIEW = 'https://platform.claude.com/docs/en/about-claude/models/overview';
const THINKING = 'https://platform.claude.com/docs/en/build-with-claude/extended-thinking';
const SKILLS_ERRORS = 'https://github.com/anthropics/skills/blob/0da71c3b54277f20e96146648444590eab1dc82c/skills/claude-api/shared/error-codes.md';
const MIGRATION = 'https://github.com/anthropics/skills/blob/0da71c3b54277f20e96146648444590eab1dc82c/skills/claude-api/shared/model-migration.md';
const PROBED = 'https://github.com/chukangkang/new-api/blob/811926d78365acae31fdaec4b4e667177d2cc1c9/docs/ANTHROPIC_MESSAGES_VALIDATION_SPEC.md';

const TEMP_XOR_TOP_P: Evidence = {
  error: '`temperature` and `top_p` cannot both be specified for this model. Please use only one.',
  source: 'https://github.com/langfuse/langfuse/issues/9882',
};
const NO_PREFILL: Evidence = {
  error: 'This model does not support assistant message prefill. The conversation must end with a user message.',
  source: 'https://github.com/smallmain/vscode-unify-chat-provider/issues/249',
};

/** Opus 4.7+ / Sonnet 5 / 5.x: sampling parameters removed ("temperature is deprecated for this model."). */
const NO_SAMPLING: ParamRestriction[] = [
  { param: 'temperature', allowedValues: [1], error: '`temperature` is deprecated for this model.', source: SKILLS_ERRORS },
  { param: 'top_p', error: '`top_p` is deprecated for this model.', source: SKILLS_ERRORS },
  { param: 'top_k', error: '`top_k` is deprecated for this model.', source: SKILLS_ERRORS },
];

const manual = (efforts?: string[]): AnthropicThinking => ({ modes: ['enabled'], efforts, source: THINKING });
const both = (efforts: string[]): AnthropicThinking => ({ modes: ['enabled', 'adaptive'], efforts, source: PROBED });
const adaptiveOnly = (efforts: string[], alwaysOn = false): AnthropicThinking => ({ modes: ['adaptive'], efforts, alwaysOn, source: PROBED });

const TEXT_IMAGE_PDF = ['text', 'image', 'pdf'] as const;
const row = (entry: Omit<ModelEntry, 'vendor' | 'checked' | 'sources'> & { sources?: string[] }): ModelEntry => ({
  vendor: 'anthropic',
  checked: CHECKED,
  inputModalities: TEXT_IMAGE_PDF,
  sources: entry.sources ?? [OVERVIEW, PROBED],
  ...entry,
});
const EFFORT_47 = ['low', 'medium', 'high', 'xhigh', 'max'];

export const ANTHROPIC_MODELS: ModelEntry[] = [
  row({ id: 'claude-fable-5', aliases: ['claude-fable-5-1'], contextWindow: 1_000_000, maxOutputTokens: 128_000, quirks: { restrictedParams: NO_SAMPLING, prefillRejected: NO_PREFILL, anthropicThinking: adaptiveOnly(EFFORT_47, true) }, sources: [OVERVIEW, SKILLS_ERRORS, PROBED] }),
  row({ id: 'claude-opus-5', contextWindow: 1_000_000, maxOutputTokens: 128_000, quirks: { restrictedParams: NO_SAMPLING, prefillRejected: NO_PREFILL, anthropicThinking: adaptiveOnly(EFFORT_47) }, sources: ['https://platform.claude.com/docs/about-claude/models/whats-new-opus-5', SKILLS_ERRORS, PROBED] }),
  row({ id: 'claude-sonnet-5', contextWindow: 1_000_000, maxOutputTokens: 128_000, quirks: { restrictedParams: NO_SAMPLING, prefillRejected: NO_PREFILL, anthropicThinking: adaptiveOnly(EFFORT_47) }, sources: [OVERVIEW, MIGRATION, PROBED] }),
  row({ id: 'claude-opus-4-8', contextWindow: 1_000_000, maxOutputTokens: 128_000, quirks: { restrictedParams: NO_SAMPLING, prefillRejected: NO_PREFILL, anthropicThinking: adaptiveOnly(EFFORT_47) }, sources: [OVERVIEW, SKILLS_ERRORS, PROBED] }),
  row({ id: 'claude-opus-4-7', contextWindow: 1_000_000, maxOutputTokens: 128_000, quirks: { restrictedParams: NO_SAMPLING, prefillRejected: NO_PREFILL, anthropicThinking: adaptiveOnly(EFFORT_47) }, sources: [OVERVIEW, SKILLS_ERRORS, PROBED] }),
  row({ id: 'claude-opus-4-6', contextWindow: 1_000_000, maxOutputTokens: 128_000, quirks: { temperatureXorTopP: TEMP_XOR_TOP_P, prefillRejected: NO_PREFILL, anthropicThinking: both(['low', 'medium', 'high', 'max']) }, sources: [OVERVIEW, MIGRATION, PROBED] }),
  row({ id: 'claude-sonnet-4-6', contextWindow: 1_000_000, maxOutputTokens: 64_000, quirks: { temperatureXorTopP: TEMP_XOR_TOP_P, prefillRejected: NO_PREFILL, anthropicThinking: both(['low', 'medium', 'high', 'max']) }, sources: [OVERVIEW, MIGRATION, PROBED] }),
  row({ id: 'claude-opus-4-5', contextWindow: 200_000, maxOutputTokens: 64_000, quirks: { temperatureXorTopP: TEMP_XOR_TOP_P, anthropicThinking: manual(['low', 'medium', 'high']) } }),
  // 1M context with the `context-1m-2025-08-07` beta header; the larger window keeps the context check quiet.
  row({ id: 'claude-sonnet-4-5', contextWindow: 1_000_000, maxOutputTokens: 64_000, quirks: { temperatureXorTopP: TEMP_XOR_TOP_P, anthropicThinking: manual() } }),
  row({ id: 'claude-haiku-4-5', contextWindow: 200_000, maxOutputTokens: 64_000, quirks: { temperatureXorTopP: TEMP_XOR_TOP_P, anthropicThinking: manual() } }),
  row({ id: 'claude-opus-4-1', contextWindow: 200_000, maxOutputTokens: 32_000, quirks: { temperatureXorTopP: { ...TEMP_XOR_TOP_P, source: 'https://github.com/open-webui/pipelines/pull/546' }, anthropicThinking: manual() } }),
  row({ id: 'claude-opus-4', aliases: ['claude-opus-4-0'], contextWindow: 200_000, maxOutputTokens: 32_000, quirks: { anthropicThinking: manual() } }),
  row({ id: 'claude-sonnet-4', aliases: ['claude-sonnet-4-0'], contextWindow: 1_000_000, maxOutputTokens: 64_000, quirks: { anthropicThinking: manual() } }),
  // 64K output; 128K only with the `output-128k-2025-02-19` beta (the API answers "max_tokens: 128000 > 64000"
  // without it: coolcline/CoolCline#23). The catalogs carry 128K: the documented per-request ceiling wins.
  row({
    id: 'claude-3-7-sonnet',
    contextWindow: 200_000,
    maxOutputTokens: 64_000,
    outputCaps: [{ beta: 'output-128k-2025-02-19', max: 128_000, source: `${THINKING}#extended-output-capabilities-beta` }],
    quirks: { anthropicThinking: manual() },
    retired: { since: '2026-02-19', replacement: 'claude-sonnet-4-5', source: 'https://github.com/continuedev/continue/issues/11538 (404 on claude-3-7-sonnet-latest); LiteLLM deprecation_date 2026-02-19' },
  }),
  row({ id: 'claude-3-5-haiku', contextWindow: 200_000, maxOutputTokens: 8_192, inputModalities: ['text', 'image', 'pdf'], quirks: {} }),
  // Bedrock serves the June 2024 snapshot with 4,096 output tokens ("The maximum tokens you requested exceeds the
  // model limit of 4096"), where Anthropic's API gives 8,192: the Bedrock ceiling is kept for Bedrock.
  row({
    id: 'claude-3-5-sonnet',
    contextWindow: 200_000,
    maxOutputTokens: 8_192,
    outputCaps: [{ providers: ['bedrock'], snapshots: ['claude-3-5-sonnet-20240620'], max: 4_096, source: 'https://github.com/RooCodeInc/Roo-Code/issues/248 ; https://github.com/anthropics/anthropic-sdk-python/issues/665 ; https://github.com/sigoden/aichat/pull/813' }],
    quirks: {},
    retired: { since: '2025-10-22', replacement: 'claude-sonnet-4-5', source: 'https://docs.anthropic.com/en/docs/about-claude/model-deprecations' },
  }),
  row({ id: 'claude-3-haiku', contextWindow: 200_000, maxOutputTokens: 4_096, inputModalities: ['text', 'image'], quirks: {} }),
  row({ id: 'claude-3-opus', contextWindow: 200_000, maxOutputTokens: 4_096, inputModalities: ['text', 'image'], quirks: {} }),
  row({ id: 'claude-3-sonnet', contextWindow: 200_000, maxOutputTokens: 4_096, inputModalities: ['text', 'image'], retired: { since: '2025-07-21', replacement: 'claude-sonnet-4-5', source: 'https://docs.anthropic.com/en/docs/about-claude/model-deprecations' } }),
  row({ id: 'claude-2.1', aliases: ['claude-2.0', 'claude-instant-1.2'], contextWindow: 200_000, maxOutputTokens: 4_096, inputModalities: ['text'], retired: { since: '2025-07-21', replacement: 'claude-sonnet-4-5', source: 'https://docs.anthropic.com/en/docs/about-claude/model-deprecations' } }),
];
