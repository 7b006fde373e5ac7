import type { ApiId } from '../../server/src/core/rule-api.ts';
import { servedByModelHost } from '../shared.ts';
import type { RuleModule } from '../types.ts';
import { PROVIDER_PROFILES } from '../profiles/index.ts';
import { requestedOutput } from '../shared/output-param.ts';
import { translations } from './l10n.ts';
import { outputCeiling } from '../models/caps.ts';
import { isObject } from '../shared.ts';
import type { MessageFragment, RuleContext } from '../types.ts';

/** Each provider's own wording, filled with the numbers of this request. */
interface Wording {
  template: string;
  source: string;
}

const WORDING = {
  'openai-chat': {
    template: '{name} is too large: {value}. This model supports at most {max} completion tokens, whereas you provided {value}.',
    source: 'https://github.com/tailcallhq/forgecode/issues/1185',
  },
  // No Responses-specific wording was found; the Chat Completions check is the same model cap.
  'openai-responses': {
    template: '{name} is too large: {value}. This model supports at most {max} completion tokens, whereas you provided {value}. (Chat Completions wording)',
    source: 'https://github.com/tailcallhq/forgecode/issues/1185',
  },
  'anthropic-messages': {
    template: 'max_tokens: {value} > {max}, which is the maximum allowed number of output tokens for {model}',
    source: 'https://github.com/OpenHands/OpenHands/issues/11090',
  },
  'gemini-generate': {
    template: 'Unable to submit request because it has a maxOutputTokens value of {value} but the supported range is from 1 (inclusive) to {maxExclusive} (exclusive). Update the value and try again.',
    source: 'https://github.com/stackblitz-labs/bolt.diy/issues/955',
  },
  'dashscope-generation': {
    template: 'Range of max_tokens should be [1, {max}]',
    source: 'https://www.alibabacloud.com/help/en/model-studio/error-code',
  },
  // ValidationException from Converse (an inference-profile ARN in the path).
  'bedrock-converse': {
    template: 'The maximum tokens you requested exceeds the model limit of {max}. Try again with a maximum tokens value that is lower than {max}.',
    source: 'https://github.com/boto/boto3/issues/4279',
  },
} satisfies Partial<Record<ApiId, Wording>>;
/** By API id: APIs with no recorded wording (Ollama: its server does not reject num_predict, Embeddings) are not judged. */
const WORDING_BY_API: Partial<Record<ApiId, Wording>> = WORDING;
const DEEPSEEK = { template: 'Invalid max_tokens value, the valid range of max_tokens is [1, {max}]', source: 'https://github.com/deepseek-ai/DeepSeek-V3/issues/69' };
const DASHSCOPE_COMPATIBLE = WORDING['dashscope-generation'];

export const rule: RuleModule = {
  meta: {
    id: 'max-tokens-exceeds-model-limit',
    translations,
    severity: 'error',
    apis: 'all',
    description: "The requested output tokens (max_tokens, max_completion_tokens, max_output_tokens, maxOutputTokens) are above the model's maximum output.",
    messages: {
      aboveMaximum: "'{{name}}' {{value}} is above {{model}}'s maximum output of {{max}} tokens{{origin}}.",
      aboveHostMaximum: "'{{name}}' {{value}} is above {{max}}, {{model}}'s maximum output {{where}}.",
    },
    fragments: {
      onHost: 'on {{host}}',
      forSnapshot: 'for the {{snapshot}} snapshot',
      withoutBeta: "without the '{{beta}}' beta",
    },
    providerErrors: [
      { api: 'openai-chat', provider: 'openai', message: 'max_tokens is too large: 20480. This model supports at most 16384 completion tokens, whereas you provided 20480.', source: WORDING['openai-chat'].source },
      { api: 'anthropic-messages', provider: 'anthropic', message: 'max_tokens: 1000000 > 64000, which is the maximum allowed number of output tokens for claude-sonnet-4-20250514', source: WORDING['anthropic-messages'].source },
      {
        api: 'gemini-generate',
        provider: 'gemini',
        message: 'Unable to submit request because it has a maxOutputTokens value of 655360 but the supported range is from 1 (inclusive) to 8193 (exclusive). Update the value and try again.',
        source: WORDING['gemini-generate'].source,
      },
      { api: 'anthropic-messages', provider: 'anthropic', message: 'max_tokens: 128000 > 64000, which is the maximum allowed number of output tokens for claude-3-7-sonnet-20250219', source: 'https://github.com/coolcline/CoolCline/issues/23' },
      { api: 'anthropic-messages', provider: 'bedrock', message: 'The maximum tokens you requested exceeds the model limit of 4096. Try again with a maximum tokens value that is lower than 4096.', source: 'https://github.com/RooCodeInc/Roo-Code/issues/248' },
      { api: 'openai-chat', provider: 'deepseek', message: 'Invalid max_tokens value, the valid range of max_tokens is [1, 8192]', source: DEEPSEEK.source },
      { api: 'dashscope-generation', provider: 'dashscope', message: 'Range of max_tokens should be [1, xxx]', source: WORDING['dashscope-generation'].source },
      {
        api: 'bedrock-converse',
        provider: 'bedrock',
        message: 'The maximum tokens you requested exceeds the model limit of 4096. Try again with a maximum tokens value that is lower than 4096.',
        source: WORDING['bedrock-converse'].source,
      },
    ],
  },
  check(context) {
    const { api, modelInfo } = context;
    if (!api || !modelInfo) return;
    const ceiling = outputCeiling(modelInfo, context.model, context.provider, betas(context));
    const requested = requestedOutput(api, context.body);
    if (!ceiling || !requested || requested.value <= ceiling.max) return;
    const max = ceiling.max;
    const wording = context.provider === 'deepseek' ? DEEPSEEK : context.provider === 'dashscope-compatible' ? DASHSCOPE_COMPATIBLE : WORDING_BY_API[api];
    if (!wording) return;
    const quoted = wording.template
      .replaceAll('{name}', requested.name)
      .replaceAll('{value}', String(requested.value))
      .replaceAll('{maxExclusive}', String(max + 1))
      .replaceAll('{max}', String(max))
      .replaceAll('{model}', context.model ?? modelInfo.id);
    const firstParty = servedByModelHost(context.provider);
    const origin = modelInfo.origin === 'user' ? ' (llmPreflight.models)' : '';
    const where = whereFragment(context, ceiling);
    context.report({
      path: requested.path,
      severity: firstParty ? undefined : 'warning',
      messageId: where ? 'aboveHostMaximum' : 'aboveMaximum',
      data: where ? { name: requested.name, value: requested.value, model: modelInfo.id, max, where } : { name: requested.name, value: requested.value, model: modelInfo.id, max, origin },
      quote: { text: quoted, source: where && ceiling.cap ? ceiling.cap.source : wording.source },
    });
  },
};

/** Why the ceiling is not the row's own: a host or snapshot cap, or a beta the request does not send. */
function whereFragment(context: RuleContext, ceiling: NonNullable<ReturnType<typeof outputCeiling>>): MessageFragment | null {
  if (ceiling.liftedBy) return { fragment: 'withoutBeta', data: { beta: ceiling.liftedBy } };
  const cap = ceiling.cap;
  if (!cap) return null;
  if (cap.providers && context.provider) return { fragment: 'onHost', data: { host: PROVIDER_PROFILES[context.provider].name } };
  if (cap.snapshots) return { fragment: 'forSnapshot', data: { snapshot: context.model ?? '' } };
  return null;
}

/** Anthropic betas the request turns on: the `anthropic-beta` header (comma-separated) or Bedrock's / Vertex's `anthropic_beta` body list. */
function betas(context: RuleContext): string[] {
  const out: string[] = [];
  for (const h of context.unit.headers) if (h.name.toLowerCase() === 'anthropic-beta') out.push(...h.value.split(',').map((v) => v.trim()));
  const body = context.body;
  if (isObject(body) && Array.isArray(body.anthropic_beta)) for (const v of body.anthropic_beta) if (typeof v === 'string') out.push(v.trim());
  return out;
}
