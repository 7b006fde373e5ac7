/**
 * Thinking mode outside Anthropic: DeepSeek (its OpenAI and Anthropic formats) and DashScope (Qwen, native and
 * compatible mode) reject a forced `tool_choice` (`required`, a named function; Anthropic format `any`, `tool`)
 * while the model thinks, and some models think unless told not to:
 * - DeepSeek V4 and deepseek-reasoner think by default; `thinking: {type: "disabled"}` turns it off
 *   (https://api-docs.deepseek.com/guides/thinking_mode). Answers: "Thinking mode does not support this
 *   tool_choice" (deepseek-ai/DeepSeek-V3#1376: 400 with thinking on, 200 with it disabled), earlier
 *   "deepseek-reasoner does not support this tool_choice" (deepseek-ai/awesome-deepseek-integration#598).
 * - DashScope: `enable_thinking: true`, or a model that thinks by default (the model table's qwenThinking):
 *   "The tool_choice parameter does not support being set to required or object in thinking mode"
 *   (cloudwego/eino#994, QwenLM/qwen-code#7659); https://help.aliyun.com/zh/model-studio/deep-thinking.
 * Through a relay (no host named, or OpenRouter) the maker's rule still applies once the request reaches it, so a
 * warning; a named host that serves the open weights itself (vLLM, SiliconFlow, …) is not judged by the maker's rule.
 */
import { hostSeverity, unnamedHost } from '../profiles/index.ts';
import { isObject, isTemplated } from '../shared.ts';
import type { JsonPath } from '../../server/src/core/rule-api.ts';
import type { RuleContext } from '../types.ts';

export const DEEPSEEK_FORCED = 'Thinking mode does not support this tool_choice';
export const DEEPSEEK_FORCED_SOURCE = 'https://github.com/deepseek-ai/DeepSeek-V3/issues/1376';
export const DEEPSEEK_FORCED_OLD = 'deepseek-reasoner does not support this tool_choice';
export const DEEPSEEK_FORCED_OLD_SOURCE = 'https://github.com/deepseek-ai/awesome-deepseek-integration/issues/598';
export const DASHSCOPE_FORCED = '<400> InternalError.Algo.InvalidParameter: The tool_choice parameter does not support being set to required or object in thinking mode';
export const DASHSCOPE_FORCED_SOURCE = 'https://github.com/cloudwego/eino/issues/994';

type Maker = 'deepseek' | 'alibaba';

/** Whose thinking rules apply: the host's own, or the maker's behind a relay (a warning). */
function makerOf(context: RuleContext): { maker: Maker; severity: 'error' | 'warning' } | null {
  const p = context.provider;
  if (p === 'deepseek') return { maker: 'deepseek', severity: 'error' };
  if (p === 'dashscope' || p === 'dashscope-compatible') return { maker: 'alibaba', severity: hostSeverity(p) };
  const vendor = context.modelInfo?.vendor;
  // Only where no host is named (or OpenRouter, which passes the model on to its maker): a named OpenAI-compatible
  // host (vLLM, SGLang, SiliconFlow, …) serves the open weights itself, with its own tool_choice handling
  // (vLLM: https://docs.vllm.ai/en/latest/features/tool_calling/: named, auto, required as of 0.8.3).
  if ((unnamedHost(p) || p === 'openrouter') && (vendor === 'deepseek' || vendor === 'alibaba')) return { maker: vendor, severity: 'warning' };
  return null;
}

/** A forced choice in the OpenAI format (`required`, a named function) or Anthropic's (`any`, `tool`). */
function forced(choice: unknown): string | null {
  if (choice === 'required') return "'required'";
  if (!isObject(choice) || isTemplated(choice)) return null;
  if (choice.type === 'function' || choice.type === 'any' || choice.type === 'tool') return `'${String(choice.type)}'`;
  return null;
}

/** Thinking on, and whether the request said so or the model does it by default; null when off or unknown. */
function thinkingState(context: RuleContext, maker: Maker, owner: Record<string, unknown>): 'explicit' | 'default' | null {
  const quirks = context.modelInfo?.quirks;
  if (maker === 'deepseek') {
    const t = owner.thinking;
    if (isTemplated(t)) return null;
    if (isObject(t)) return t.type === 'enabled' || t.type === 'adaptive' ? 'explicit' : null;
    if (t !== undefined) return null;
    return quirks?.deepseekReasoning?.thinkingDefaultOn ? 'default' : null;
  }
  const flag = owner.enable_thinking;
  if (flag === true) return 'explicit';
  if (flag !== undefined) return null;
  const qt = quirks?.qwenThinking;
  return qt?.defaultOn || qt?.thinkingOnly ? 'default' : null;
}

/** True when a non-Anthropic host's thinking rules judge this request (DeepSeek, DashScope, or their models behind a relay). */
export function thinkingElsewhere(context: RuleContext): boolean {
  return makerOf(context) !== null;
}

/** Reports a forced tool_choice a non-Anthropic host rejects in thinking mode. Returns true when it reported. */
export function checkForcedToolInThinking(context: RuleContext): boolean {
  const body = context.body;
  if (!isObject(body)) return false;
  const who = makerOf(context);
  if (!who) return false;
  const native = context.api === 'dashscope-generation';
  const owner = native ? body.parameters : body;
  if (!isObject(owner)) return false;
  const base: JsonPath = native ? ['parameters'] : [];
  const value = forced(owner.tool_choice);
  if (!value) return false;
  const state = thinkingState(context, who.maker, owner);
  if (!state) return false;
  const deepseek = who.maker === 'deepseek';
  const quote = deepseek ? { text: DEEPSEEK_FORCED, source: DEEPSEEK_FORCED_SOURCE } : { text: DASHSCOPE_FORCED, source: DASHSCOPE_FORCED_SOURCE };
  const host = deepseek ? 'DeepSeek' : 'DashScope';
  context.report({
    path: [...base, 'tool_choice'],
    severity: who.severity,
    messageId: state === 'default' ? 'forcedToolDefaultThinking' : 'forcedToolThinking',
    data: { value, host, model: context.modelInfo?.id ?? String(body.model ?? '') },
    quote,
  });
  return true;
}
