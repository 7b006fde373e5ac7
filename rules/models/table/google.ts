/**
 * Google Gemini models. Limits: ai.google.dev model pages via LiteLLM and models.dev
 * (/shared/reference/models.md §2); thinking: ai.google.dev/gemini-api/docs/thinking and
 * docs/gemini-3; thought signatures: docs/thought-signatures.
 */
import type { Evidence, GeminiThinking, ModelEntry } from '../types.ts';

const CHECKED = '2026-12-01';
const MODELS = 'https://ai.google.dev/gemini-api/docs/models';
const THINKING = 'https://ai.google.dev/gemini-api/docs/thinking';
const GEMINI_3 = 'https://ai.google.dev/gemini-api/docs/gemini-3';
const SIGNATURES: Evidence = {
  error: 'Function call `…` in the N. content block is missing a `thought_signature`.',
  source: 'https://ai.google.dev/gemini-api/docs/thought-signatures',
};

/**
 * Gemini 2.x: function calling with JSON mode is a 400 (snailyp/gemini-balance#264, 2025-07, Gemini CLI's JSON
 * next-speaker check with its tools; symfony/ai#803: "Function calling with a response mime type:
 * 'application/json' is unsupported"); structured outputs with tools are a Gemini 3 feature
 * (https://ai.google.dev/gemini-api/docs/structured-output).
 */
const NO_TOOLS_WITH_JSON: Evidence = {
  error: "Tool use with a response mime type: 'application/json' is unsupported",
  source: 'https://github.com/snailyp/gemini-balance/issues/264',
};
const ALL_MEDIA = ['text', 'image', 'audio', 'video', 'pdf'] as const;
const levels = (values: string[]): GeminiThinking => ({ levels: values, source: GEMINI_3 });
const budget = (min: number, max: number, canDisable: boolean): GeminiThinking => ({ budget: { min, max, canDisable, dynamic: true }, source: THINKING });
const row = (entry: Omit<ModelEntry, 'vendor' | 'checked' | 'sources'> & { sources?: string[] }): ModelEntry => ({
  vendor: 'google',
  checked: CHECKED,
  inputModalities: ALL_MEDIA,
  contextWindow: 1_048_576,
  maxOutputTokens: 65_536,
  sources: entry.sources ?? [MODELS, THINKING],
  ...entry,
});
const gemini3 = (id: string, values: string[]): ModelEntry =>
  row({ id, quirks: { geminiThinking: levels(values), thoughtSignaturesRequired: SIGNATURES }, sources: [MODELS, GEMINI_3, SIGNATURES.source] });

export const GOOGLE_MODELS: ModelEntry[] = [
  // In Google's own REST examples; limits are the Flash defaults, thinking facts not yet checked (no quirks).
  row({ id: 'gemini-3.8-flash', quirks: {}, sources: [MODELS, 'https://github.com/google-gemini/api-examples/blob/main/rest/function_calling.sh'] }),
  gemini3('gemini-3.6-flash', ['minimal', 'low', 'medium', 'high']),
  gemini3('gemini-3.5-flash', ['minimal', 'low', 'medium', 'high']),
  gemini3('gemini-3.5-flash-lite', ['minimal', 'low', 'medium', 'high']),
  gemini3('gemini-3.1-pro-preview', ['low', 'medium', 'high']),
  gemini3('gemini-3.1-flash-lite', ['minimal', 'low', 'medium', 'high']),
  gemini3('gemini-3-pro-preview', ['low', 'high']),
  gemini3('gemini-3-flash-preview', ['minimal', 'low', 'medium', 'high']),
  row({ id: 'gemini-2.5-pro', quirks: { geminiNoToolsWithJson: NO_TOOLS_WITH_JSON, geminiThinking: budget(128, 32_768, false) } }),
  row({ id: 'gemini-2.5-flash', quirks: { geminiNoToolsWithJson: NO_TOOLS_WITH_JSON, geminiThinking: budget(0, 24_576, true) } }),
  row({ id: 'gemini-2.5-flash-lite', quirks: { geminiNoToolsWithJson: NO_TOOLS_WITH_JSON, geminiThinking: budget(512, 24_576, true) } }),
  row({ id: 'gemini-2.0-flash', maxOutputTokens: 8_192, quirks: { geminiNoToolsWithJson: NO_TOOLS_WITH_JSON, geminiThinking: { unsupported: true, source: THINKING } } }),
  row({ id: 'gemini-2.0-flash-lite', maxOutputTokens: 8_192, quirks: { geminiNoToolsWithJson: NO_TOOLS_WITH_JSON, geminiThinking: { unsupported: true, source: THINKING } } }),
  row({ id: 'gemini-1.5-pro', contextWindow: undefined, maxOutputTokens: 8_192, inputModalities: undefined, retired: { since: '2025-09-24', replacement: 'gemini-2.5-pro', source: 'https://ai.google.dev/gemini-api/docs/changelog' } }),
  row({ id: 'gemini-1.5-flash', aliases: ['gemini-1.5-flash-8b'], contextWindow: undefined, maxOutputTokens: 8_192, inputModalities: undefined, retired: { since: '2025-09-24', replacement: 'gemini-2.5-flash', source: 'https://ai.google.dev/gemini-api/docs/changelog' } }),
];
