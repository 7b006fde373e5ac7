import { hostSeverity } from '../profiles/index.ts';
import { isObject, isTemplated, knownString } from '../shared.ts';
import type { JsonPath, Provider, RequestUnit } from '../../server/src/core/rule-api.ts';
import type { RuleContext, RuleModule } from '../types.ts';
import { translations } from './l10n.ts';

/** Anthropic: the budget must stay below max_tokens (live-verified wording). */
const ANTHROPIC_BUDGET_MAX =
  '`max_tokens` must be greater than `thinking.budget_tokens`. Please consult our documentation at https://docs.claude.com/en/docs/build-with-claude/extended-thinking#max-tokens-and-context-window-size';
const ANTHROPIC_ENABLED_REMOVED =
  '"thinking.type.enabled" is not supported for this model. Use "thinking.type.adaptive" and "output_config.effort" to control thinking behavior.';
const ANTHROPIC_ADAPTIVE_UNSUPPORTED = 'adaptive thinking is not supported on this model';
/** With this beta, `budget_tokens` is the budget of the whole assistant turn and may exceed `max_tokens`. */
const INTERLEAVED_BETA = 'interleaved-thinking-2025-05-14';

const GEMINI_BUDGET_ZERO = 'Budget 0 is invalid. This model only works in thinking mode.';
const GEMINI_BUDGET_RANGE = 'The thinking budget ({n}) is invalid.';
const VERTEX_BUDGET_RANGE = 'thinking_budget is out of range; supported values are integers from {min} to {max}.';
const GEMINI_LEVEL_UNSUPPORTED = 'Thinking level is not supported for this model.';
const GEMINI_LEVEL_VALUE = 'Thinking level {LEVEL} is not supported for this model. Please retry with other thinking level.';
const VERTEX_LEVEL_VALUE = 'Unable to submit request because thinking_level {LEVEL} is not supported by this model.';
const GEMINI_BOTH = 'You can only set only one of thinking budget and thinking level.';
const GEMINI_NO_THINKING = 'thinking_config is not supported.';
const VERTEX_NO_THINKING = 'Unable to submit request because thinking is not supported by this model.';
/** The ThinkingLevel enum (js-genai types.ts); other strings are left to enum checks. */
const KNOWN_LEVELS = new Set(['minimal', 'low', 'medium', 'high']);

export const rule: RuleModule = {
  meta: {
    id: 'thinking-budget-invalid',
    translations,
    severity: 'error',
    apis: ['anthropic-messages', 'gemini-generate'],
    description:
      'A thinking configuration the model rejects: an Anthropic budget not below max_tokens or a thinking mode the model lacks, a Gemini thinking budget or level outside what the model accepts.',
    needsCompleteBody: true,
    messages: {
      noAdaptive: `'{{model}}' has no adaptive thinking: use {"type": "enabled", "budget_tokens": N}.`,
      adaptiveOnly: `'{{model}}' only supports adaptive thinking: send {"type": "adaptive"} and the effort in 'output_config'.`,
      budgetNotBelowMax: "'thinking.budget_tokens' ({{budget}}) must be below 'max_tokens' ({{maxTokens}}), which it counts against.",
      geminiNoThinking: "'{{model}}' has no thinking: remove 'generationConfig.thinkingConfig'.",
      levelUnsupported: "'thinkingLevel' is for Gemini 3 and later; '{{model}}' takes 'thinkingBudget' instead.",
      levelNotAccepted: "'{{model}}' accepts thinkingLevel {{levels}}, not '{{level}}'.",
      budgetAndLevel: "'thinkingBudget' and 'thinkingLevel' cannot be set together: keep one ('thinkingLevel' on Gemini 3).",
      cannotTurnOff: "'{{model}}' cannot turn thinking off: use a budget from {{min}} to {{max}}, or -1 (dynamic).",
      budgetOutOfRange: "'thinkingBudget' {{budget}} is outside what '{{model}}' accepts ({{allowed}}).",
    },
    providerErrors: [
      { api: 'anthropic-messages', message: ANTHROPIC_BUDGET_MAX, source: 'https://github.com/liuw1535/antigravity2api-nodejs/issues/149' },
      { api: 'anthropic-messages', message: ANTHROPIC_ENABLED_REMOVED, source: 'https://github.com/handochan/aelix-ai/issues/258' },
      { api: 'anthropic-messages', message: ANTHROPIC_ADAPTIVE_UNSUPPORTED, source: 'https://github.com/vellum-ai/vellum-assistant/pull/37276' },
      { api: 'gemini-generate', provider: 'gemini', message: GEMINI_BUDGET_ZERO, source: 'https://github.com/vercel/ai/issues/8027' },
      { api: 'gemini-generate', provider: 'gemini', message: GEMINI_BUDGET_RANGE.replace('{n}', '52428'), source: 'https://github.com/RooCodeInc/Roo-Code/issues/4399' },
      { api: 'gemini-generate', provider: 'vertex', message: VERTEX_BUDGET_RANGE.replace('{min}', '1').replace('{max}', '24576'), source: 'https://github.com/su-kaka/gcli2api/issues/108' },
      { api: 'gemini-generate', provider: 'gemini', message: GEMINI_LEVEL_UNSUPPORTED, source: 'https://github.com/RooCodeInc/Roo-Code/issues/10700' },
      { api: 'gemini-generate', provider: 'gemini', message: GEMINI_LEVEL_VALUE.replace('{LEVEL}', 'MEDIUM'), source: 'https://github.com/egoist/chatwise-releases/issues/1206' },
      { api: 'gemini-generate', provider: 'vertex', message: VERTEX_LEVEL_VALUE.replace('{LEVEL}', 'MEDIUM'), source: 'https://github.com/jenslys/opencode-gemini-auth/issues/14' },
      { api: 'gemini-generate', provider: 'gemini', message: GEMINI_BOTH, source: 'https://github.com/sterlp/eclipse-peon-ai/issues/115' },
      { api: 'gemini-generate', provider: 'gemini', message: GEMINI_NO_THINKING, source: 'https://github.com/immersive-translate/immersive-translate/issues/2976' },
      { api: 'gemini-generate', provider: 'vertex', message: VERTEX_NO_THINKING, source: 'https://github.com/googleapis/js-genai/issues/681' },
    ],
  },
  check(context) {
    if (context.api === 'anthropic-messages') checkAnthropic(context);
    else if (context.api === 'gemini-generate') checkGemini(context);
  },
};

const severityFor = (provider: Provider | null) => hostSeverity(provider);

function checkAnthropic(context: RuleContext): void {
  const body = context.body;
  if (!isObject(body) || !isObject(body.thinking)) return;
  // Token counting takes no max_tokens and does not generate.
  if (/\/messages\/count_tokens\/?(\?|$)/.test(context.unit.url ?? '')) return;
  const thinking = body.thinking;
  if (!knownString(thinking.type)) return;
  const severity = severityFor(context.provider);
  const modes = context.modelInfo?.quirks.anthropicThinking?.modes;

  if (thinking.type === 'adaptive') {
    if (modes && !modes.includes('adaptive')) {
      context.report({
        path: ['thinking', 'type'],
        severity,
        messageId: 'noAdaptive',
        data: { model: context.modelInfo!.id },
        quote: ANTHROPIC_ADAPTIVE_UNSUPPORTED,
      });
    }
    return;
  }
  if (thinking.type !== 'enabled') return;
  if (modes && !modes.includes('enabled')) {
    context.report({
      path: ['thinking', 'type'],
      severity,
      messageId: 'adaptiveOnly',
      data: { model: context.modelInfo!.id },
      quote: ANTHROPIC_ENABLED_REMOVED,
    });
    return;
  }

  const budget = thinking.budget_tokens;
  const maxTokens = body.max_tokens;
  if (typeof budget !== 'number' || typeof maxTokens !== 'number' || budget < maxTokens) return;
  const interleaved = hasInterleavedBeta(context.unit, body.anthropic_beta);
  if (interleaved !== false) return; // the beta lifts the limit; unknown (templated) means silent
  // Where adaptive thinking exists (Claude 4.6), manual mode is deprecated and the interplay with
  // interleaved thinking is not documented per model: warn rather than fail.
  const softened = modes?.includes('adaptive') ? 'warning' : severity;
  context.report({
    path: ['thinking', 'budget_tokens'],
    severity: softened,
    messageId: 'budgetNotBelowMax',
    data: { budget: String(budget), maxTokens: String(maxTokens) },
    quote: ANTHROPIC_BUDGET_MAX,
  });
}

/** True / false when the interleaved-thinking beta is known to be on / off; null when a value is templated. */
function hasInterleavedBeta(unit: RequestUnit, bodyBetas: unknown): boolean | null {
  let unknown = false;
  for (const header of unit.headers) {
    if (header.name.toLowerCase() !== 'anthropic-beta') continue;
    if (header.value.includes('{{')) unknown = true;
    if (header.value.split(',').some((v) => v.trim().toLowerCase() === INTERLEAVED_BETA)) return true;
  }
  // Bedrock and Vertex take betas in the body (`anthropic_beta: [...]`).
  if (Array.isArray(bodyBetas)) {
    for (const beta of bodyBetas) {
      if (isTemplated(beta)) unknown = true;
      else if (beta === INTERLEAVED_BETA) return true;
    }
  } else if (isTemplated(bodyBetas)) unknown = true;
  return unknown ? null : false;
}

/** The key actually used (Gemini's JSON mapping accepts lowerCamelCase and snake_case). */
function keyOf(obj: Record<string, unknown>, camel: string, snake: string): string | null {
  if (Object.prototype.hasOwnProperty.call(obj, camel)) return camel;
  if (Object.prototype.hasOwnProperty.call(obj, snake)) return snake;
  return null;
}

function checkGemini(context: RuleContext): void {
  const body = context.body;
  if (!isObject(body)) return;
  const gcKey = keyOf(body, 'generationConfig', 'generation_config');
  if (!gcKey || !isObject(body[gcKey])) return;
  const gc = body[gcKey] as Record<string, unknown>;
  const tcKey = keyOf(gc, 'thinkingConfig', 'thinking_config');
  if (!tcKey || !isObject(gc[tcKey])) return;
  const tc = gc[tcKey] as Record<string, unknown>;
  const base: JsonPath = [gcKey, tcKey];
  const budgetKey = keyOf(tc, 'thinkingBudget', 'thinking_budget');
  const levelKey = keyOf(tc, 'thinkingLevel', 'thinking_level');
  const budget = budgetKey && typeof tc[budgetKey] === 'number' ? (tc[budgetKey] as number) : null;
  const level = levelKey && knownString(tc[levelKey]) ? (tc[levelKey] as string) : null;
  const levelSet = level !== null && level.toUpperCase() !== 'THINKING_LEVEL_UNSPECIFIED';
  if (budget === null && !levelSet) return;

  const severity = severityFor(context.provider);
  const vertex = context.provider === 'vertex';
  const info = context.modelInfo;
  const gt = info?.quirks.geminiThinking;

  if (gt?.unsupported) {
    // A zero budget (thinking off) is left alone: whether it is rejected on these models is not documented.
    if (levelSet || (budget !== null && budget !== 0)) {
      context.report({
        path: [...base, (levelSet ? levelKey : budgetKey)!],
        target: 'key',
        severity,
        messageId: 'geminiNoThinking',
        data: { model: info!.id },
        quote: vertex ? VERTEX_NO_THINKING : GEMINI_NO_THINKING,
      });
    }
    return;
  }

  let levelReported = false;
  if (levelSet && gt) {
    const upper = level!.toUpperCase();
    if (!gt.levels && gt.budget) {
      levelReported = true;
      context.report({
        path: [...base, levelKey!],
        target: 'key',
        severity,
        messageId: 'levelUnsupported',
        data: { model: info!.id },
        quote: GEMINI_LEVEL_UNSUPPORTED,
      });
    } else if (gt.levels && KNOWN_LEVELS.has(level!.toLowerCase()) && !gt.levels.includes(level!.toLowerCase())) {
      levelReported = true;
      const quote = (vertex ? VERTEX_LEVEL_VALUE : GEMINI_LEVEL_VALUE).replace('{LEVEL}', upper);
      context.report({
        path: [...base, levelKey!],
        severity,
        messageId: 'levelNotAccepted',
        data: { model: info!.id, levels: gt.levels.map((l) => `'${l}'`).join(', '), level: String(level) },
        quote,
      });
    }
  }

  if (budget !== null && levelSet && !levelReported) {
    context.report({
      path: [...base, budgetKey!],
      target: 'key',
      severity,
      messageId: 'budgetAndLevel',
      quote: GEMINI_BOTH,
    });
  }

  const range = gt?.budget;
  if (budget === null || !range || !Number.isInteger(budget)) return;
  if (budget === -1 && range.dynamic) return;
  if (budget === 0) {
    if (range.canDisable) return;
    context.report({
      path: [...base, budgetKey!],
      severity,
      messageId: 'cannotTurnOff',
      data: { model: info!.id, min: range.min, max: range.max },
      quote: GEMINI_BUDGET_ZERO,
    });
    return;
  }
  if (budget >= range.min && budget <= range.max) return;
  const quote = vertex
    ? VERTEX_BUDGET_RANGE.replace('{min}', String(range.min === 0 ? 1 : range.min)).replace('{max}', String(range.max))
    : GEMINI_BUDGET_RANGE.replace('{n}', String(budget));
  const allowed = [`${range.min}..${range.max}`, range.canDisable ? '0' : '', range.dynamic ? '-1' : ''].filter(Boolean).join(', ');
  context.report({
    path: [...base, budgetKey!],
    severity,
    messageId: 'budgetOutOfRange',
    data: { budget: String(budget), model: info!.id, allowed },
    quote,
  });
}
