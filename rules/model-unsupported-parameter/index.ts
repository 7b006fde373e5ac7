import { arrayAt, isObject, isTemplated, knownString } from '../shared.ts';
import type { JsonPath, Severity } from '../../server/src/core/rule-api.ts';
import type { ModelInfo, ParamRestriction } from '../models/index.ts';
import type { MessageFragment, ReportQuote, RuleContext, RuleFix, RuleModule } from '../types.ts';
import { dialectRestrictions } from '../specs/index.ts';
import { isRelay, providerName } from '../profiles/index.ts';
import { translations } from './l10n.ts';

const PYDANTIC = 'https://github.com/pydantic/pydantic-ai/blob/4fda38988f2939fa6ea9cdefcf120693e10ef491/tests/models/cassettes';
const ANTHROPIC_EFFORT = "This model does not support effort level '{value}'. Supported levels: {levels}.";

const VENDOR: Record<ModelInfo['vendor'], string> = { openai: 'OpenAI', anthropic: 'Anthropic', google: 'Google', alibaba: 'Alibaba', deepseek: 'DeepSeek' };

export const rule: RuleModule = {
  meta: {
    id: 'model-unsupported-parameter',
    translations,
    severity: 'error',
    apis: ['openai-chat', 'openai-responses', 'anthropic-messages', 'gemini-generate', 'dashscope-generation', 'ollama-chat', 'openai-embeddings'],
    description:
      'A parameter, parameter value, reasoning effort, API or tool list that the API accepts but the requested model rejects (reasoning models and sampling, max_tokens, effort levels, Responses-only models).',
    messages: {
      wrongApi: 'Model {{model}} is served only by {{apis}}, not {{api}}.',
      restricted: 'Model {{model}} does not accept {{what}}{{condition}}.{{instead}}',
      ignored: 'Model {{model}} ignores {{what}}{{condition}}.{{instead}}',
      reasoningEffort: "Model {{model}} does not accept reasoning effort '{{value}}' (accepted: {{accepted}}).",
      anthropicEffort: "Model {{model}} does not accept effort '{{value}}' (accepted: {{accepted}}).",
      noTools: 'Model {{model}} has no function calling: remove the tools.',
    },
    fragments: {
      withValue: ' with {{param}} {{value}} (allowed only with {{values}})',
      atDefault: ' at the default {{param}} {{value}} (allowed only with {{values}})',
      unless: " unless {{param}} is {{values}} (not sent; the model's default is unknown)",
      use: " Use '{{replacement}}' instead.",
      accepted: ' Accepted: {{values}}.',
      remove: ' Remove it.',
    },
    providerErrors: [
      {
        api: 'openai-chat',
        provider: 'openai',
        message: "Unsupported parameter: 'max_tokens' is not supported with this model. Use 'max_completion_tokens' instead.",
        source: 'https://github.com/envoyproxy/ai-gateway/blob/c217da8a539570ba3f6014a60c2687c29a945f1f/tests/internal/testopenai/cassettes/chat-bad-request.yaml',
      },
      {
        api: 'openai-chat',
        provider: 'openai',
        message: "Unsupported value: 'temperature' does not support 0 with this model. Only the default (1) value is supported.",
        source: 'https://github.com/QwenLM/qwen-code/issues/921',
      },
      { api: 'openai-chat', provider: 'openai', message: "Unsupported parameter: 'top_p' is not supported with this model.", source: 'https://github.com/BerriAI/litellm/blob/main/litellm/llms/openai/chat/o_series_transformation.py' },
      {
        api: 'openai-chat',
        provider: 'openai',
        message: "Unsupported value: 'minimal' is not supported with the 'gpt-5.1' model. Supported values are: 'none', 'low', 'medium', and 'high'.",
        source: 'https://github.com/openai/openai-agents-python/issues/2089',
      },
      { api: 'openai-chat', provider: 'openai', message: 'This model is only supported in v1/responses and not in v1/chat/completions.', source: 'https://github.com/sigoden/aichat/pull/1318' },
      {
        api: 'openai-chat',
        provider: 'openai',
        message: 'tools is not supported in this model. For a list of supported models, refer to https://platform.openai.com/docs/guides/function-calling#models-supporting-function-calling.',
        source: 'https://github.com/UKGovernmentBEIS/inspect_ai/pull/1290',
      },
      { api: 'openai-chat', provider: 'openai', message: 'Web search options not supported with this model.', source: `${PYDANTIC}/test_openai/test_openai_web_search_tool_model_not_supported.yaml` },
      { api: 'openai-chat', provider: 'openai', message: "Unsupported value: 'messages[0].role' does not support 'system' with this model.", source: `${PYDANTIC}/test_openai/test_openai_o1_mini_system_role%5Bsystem%5D.yaml` },
      { api: 'openai-chat', provider: 'openai', message: 'Unrecognized request argument supplied: reasoning_effort', source: 'https://github.com/yaroslavyaroslav/OpenAI-sublime-text/issues/146' },
      {
        api: 'anthropic-messages',
        provider: 'anthropic',
        message: "This model does not support effort level 'xhigh'. Supported levels: high, low, max, medium.",
        source: `${PYDANTIC}/test_anthropic/test_anthropic_explicit_effort_xhigh_unsupported_model_errors.yaml`,
      },
      {
        api: 'anthropic-messages',
        provider: 'anthropic',
        message: '`temperature` is deprecated for this model.',
        source: 'https://github.com/anthropics/skills/blob/0da71c3b54277f20e96146648444590eab1dc82c/skills/claude-api/shared/error-codes.md',
      },
      {
        api: 'openai-chat',
        provider: 'deepseek',
        message: 'deepseek-reasoner does not support the parameter `temperature` (R1 launch; today temperature, top_p and the penalties are ignored, logprobs/top_logprobs rejected)',
        source: 'https://github.com/deepseek-ai/DeepSeek-R1/issues/7 ; https://api-docs.deepseek.com/zh-cn/guides/reasoning_model',
      },
      { api: 'openai-chat', provider: 'xai', message: 'Argument not supported on this model: presencePenalty', source: 'https://github.com/lobehub/lobehub/issues/8381' },
      { api: 'openai-chat', provider: 'xai', message: 'Model grok-4.3 does not support parameter presencePenalty.', source: 'https://github.com/miaoxworld/NativeTavern/issues/83' },
      {
        api: 'openai-chat',
        provider: 'xai',
        message: 'presencePenalty, frequencyPenalty and stop parameters are not supported by reasoning models; reasoning_effort is not supported by grok-4 (docs)',
        source: 'https://docs.x.ai/docs/guides/reasoning',
      },
    ],
  },
  check(context) {
    if (!context.api || !isObject(context.body)) return;
    // What the host's own docs say its model rejects (xAI's reasoning models): known without a table row.
    const hostRestrictions = dialectRestrictions(context.api, context.provider, context.model);
    if (hostRestrictions.length > 0 && knownString(context.model)) {
      const host = providerName(context.provider, context.api);
      for (const { restriction } of hostRestrictions) {
        for (const { path, value } of resolve(context.body, restriction.param.split('.'))) checkRestriction(context, restriction, path, value, context.model, host);
      }
    }
    const info = context.modelInfo;
    if (!info) return;
    const body = context.body;
    const quirks = info.quirks;
    const model = knownString(context.model) ? context.model : info.id;
    const vendor = VENDOR[info.vendor] ?? 'The provider';

    if (quirks.onlyApis && !quirks.onlyApis.apis.includes(context.api) && 'model' in body) {
      context.report({
        path: ['model'],
        severity: context.provider === 'openai' ? 'error' : 'warning',
        messageId: 'wrongApi',
        data: { model, apis: quirks.onlyApis.apis.join(', '), api: context.api },
        quote: { text: quirks.onlyApis.error, provider: vendor, source: quirks.onlyApis.source },
      });
    }

    for (const restriction of quirks.restrictedParams ?? []) {
      if (restriction.apis && !restriction.apis.includes(context.api)) continue;
      for (const { path, value } of resolve(body, restriction.param.split('.'))) checkRestriction(context, restriction, path, value, model, vendor);
    }

    checkReasoningEffort(context, body, info, model, vendor);
    checkAnthropicEffort(context, body, info, model);

    if (quirks.noTools && arrayAt(body, 'tools').length > 0) {
      context.report({ path: ['tools'], target: 'key', severity: baseSeverity(context), messageId: 'noTools', data: { model }, quote: { text: quirks.noTools.error, provider: vendor, source: quirks.noTools.source } });
    }
  },
};

/**
 * error on first-party hosts; warning where the model name may not be the model (Azure deployments), where the
 * router drops or maps parameters (OpenRouter), and on relays and the OpenAI-compatible dialects judged like them.
 */
function baseSeverity(context: RuleContext): Severity {
  const p = context.provider;
  return p === null || p === 'azure' || p === 'openrouter' || isRelay(p) ? 'warning' : 'error';
}

/** Every value at a dotted path (`*` = each array element), with its JSON path. */
function resolve(body: unknown, segments: string[]): { path: JsonPath; value: unknown }[] {
  let level: { path: JsonPath; value: unknown }[] = [{ path: [], value: body }];
  for (const segment of segments) {
    const next: { path: JsonPath; value: unknown }[] = [];
    for (const { path, value } of level) {
      if (segment === '*') {
        if (Array.isArray(value)) value.forEach((v, i) => next.push({ path: [...path, i], value: v }));
      } else if (isObject(value) && Object.prototype.hasOwnProperty.call(value, segment)) {
        next.push({ path: [...path, segment], value: value[segment] });
      }
    }
    level = next;
  }
  return level;
}

/** OpenAI's spelling of a path: `messages[0].role`. */
function providerPath(path: JsonPath): string {
  return path.map((p, k) => (typeof p === 'number' ? `[${p}]` : k === 0 ? p : `.${p}`)).join('');
}

/** Table rows that paraphrase documentation (no verbatim error) say so themselves: "DeepSeek docs: ...". */
function docsWording(error: string, vendor: string): ReportQuote {
  const docs = /^(\w+ docs): (.*)$/s.exec(error);
  return docs ? { text: docs[2].replace(/^"(.*)"$/s, '$1'), provider: docs[1] } : { text: error, provider: vendor };
}

function show(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function checkRestriction(context: RuleContext, r: ParamRestriction, path: JsonPath, value: unknown, model: string, vendor: string): void {
  if (isTemplated(value)) return;
  // `null` is how SDKs spell "not set"; providers treat it as absent.
  if (value === null) return;
  if (r.allowedValues?.some((allowed) => allowed === value)) return;
  let severity = r.behaviour === 'ignored' ? 'warning' : baseSeverity(context);
  let condition: MessageFragment | '' = '';
  if (r.unless) {
    const lifting = resolve(context.body, r.unless.param.split('.'))[0];
    if (lifting !== undefined) {
      if (isTemplated(lifting.value)) return;
      if (r.unless.values.some((v) => v === lifting.value)) return;
      condition = { fragment: 'withValue', data: { param: r.unless.param, value: show(lifting.value), values: r.unless.values.map(show).join(' / ') } };
    } else if (r.unless.defaultValue !== undefined) {
      if (r.unless.values.some((v) => v === r.unless!.defaultValue)) return;
      condition = { fragment: 'atDefault', data: { param: r.unless.param, value: show(r.unless.defaultValue), values: r.unless.values.map(show).join(' / ') } };
    } else {
      severity = 'warning';
      condition = { fragment: 'unless', data: { param: r.unless.param, values: r.unless.values.map(show).join(' / ') } };
    }
  }
  const param = providerPath(path);
  const error = r.error.replaceAll('{param}', param).replaceAll('{value}', show(value));
  const what = r.allowedValues ? `'${param}' ${show(value)}` : `'${param}'`;
  const instead: MessageFragment = r.replacement
    ? { fragment: 'use', data: { replacement: r.replacement } }
    : r.allowedValues
      ? { fragment: 'accepted', data: { values: r.allowedValues.map(show).join(', ') } }
      : { fragment: 'remove' };
  context.report({
    path,
    target: r.allowedValues ? 'value' : 'key',
    severity,
    // Table rows that paraphrase documentation (no verbatim error) say so themselves: "DeepSeek docs: ...".
    messageId: r.behaviour === 'ignored' ? 'ignored' : 'restricted',
    data: { model, what, condition, instead },
    quote: docsWording(error, vendor),
    fix: restrictionFix(context, r, path, param, condition !== ''),
  });
}

/**
 * Rename to the replacement (max_tokens -> max_completion_tokens; when both are sent, drop the old one),
 * or drop a parameter the model rejects: never inside an array (a message's role is not droppable).
 * Preferred unless the model only ignores it or another parameter could lift the restriction.
 */
function restrictionFix(context: RuleContext, r: ParamRestriction, path: JsonPath, param: string, conditional: boolean): RuleFix | undefined {
  if (path.some((p) => typeof p === 'number')) return undefined;
  const preferred = r.behaviour !== 'ignored' && !conditional;
  if (r.replacement) {
    if (r.replacement.includes('.')) return undefined;
    const renamed = context.fixer.rename(path, r.replacement);
    if (renamed) return { title: `Rename '${param}' to '${r.replacement}'`, edits: renamed, preferred };
    const parent = resolve(context.body, path.slice(0, -1).map(String))[0]?.value;
    if (!isObject(parent) || !(r.replacement in parent)) return undefined;
    return { title: `Remove '${param}' ('${r.replacement}' is set)`, edits: context.fixer.remove(path), preferred };
  }
  return { title: `Remove '${param}'`, edits: context.fixer.remove(path), preferred };
}

/** "'none', 'low', 'medium', and 'high'" the way OpenAI lists supported values. */
function openAiList(values: readonly string[]): string {
  const quoted = values.map((v) => `'${v}'`);
  return quoted.length < 2 ? quoted.join('') : `${quoted.slice(0, -1).join(', ')}, and ${quoted[quoted.length - 1]}`;
}

function checkReasoningEffort(context: RuleContext, body: Record<string, unknown>, info: ModelInfo, model: string, vendor: string): void {
  const efforts = info.quirks.reasoningEfforts;
  if (!efforts) return;
  let path: JsonPath | undefined;
  let value: unknown;
  if (context.api === 'openai-chat' && 'reasoning_effort' in body) {
    path = ['reasoning_effort'];
    value = body.reasoning_effort;
  } else if (context.api === 'openai-responses' && isObject(body.reasoning) && 'effort' in body.reasoning) {
    path = ['reasoning', 'effort'];
    value = body.reasoning.effort;
  }
  if (!path || !knownString(value) || efforts.includes(value)) return;
  context.report({
    path,
    severity: baseSeverity(context),
    messageId: 'reasoningEffort',
    data: { model, value, accepted: efforts.join(', '), list: openAiList(efforts) },
    quote: { text: "Unsupported value: '{{value}}' is not supported with the '{{model}}' model. Supported values are: {{list}}.", provider: vendor },
  });
}

function checkAnthropicEffort(context: RuleContext, body: Record<string, unknown>, info: ModelInfo, model: string): void {
  const efforts = info.quirks.anthropicThinking?.efforts;
  if (context.api !== 'anthropic-messages' || !efforts || !isObject(body.output_config)) return;
  const value = body.output_config.effort;
  if (!knownString(value) || efforts.includes(value)) return;
  const levels = [...efforts].sort().join(', ');
  context.report({
    path: ['output_config', 'effort'],
    severity: baseSeverity(context),
    messageId: 'anthropicEffort',
    data: { model, value, accepted: efforts.join(', '), levels },
    quote: ANTHROPIC_EFFORT.replace('{value}', '{{value}}').replace('{levels}', '{{levels}}'),
  });
}
