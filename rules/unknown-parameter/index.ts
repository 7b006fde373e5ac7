import { dialectsAccepting, formatProviderError, paramsFor, unknownPolicy } from '../specs/index.ts';
import { modelVendor } from '../models/families.ts';
import { isObject, isTemplated } from '../shared.ts';
import type { Provider } from '../../server/src/core/types.ts';
import type { UnknownParameterPolicy } from '../specs/types.ts';
import type { RuleContext, RuleModule } from '../types.ts';

export const rule: RuleModule = {
  meta: {
    id: 'unknown-parameter',
    severity: 'error',
    apis: ['openai-chat', 'openai-responses', 'anthropic-messages', 'gemini-generate'],
    description: 'A top-level parameter that the detected API and provider do not accept.',
    providerErrors: [
      {
        api: 'openai-chat',
        message: 'Unrecognized request argument supplied: enable_thinking',
        source: 'https://github.com/CherryHQ/cherry-studio/issues/6160',
      },
      {
        api: 'gemini-generate',
        message: 'Invalid JSON payload received. Unknown name "messages": Cannot find field.',
        source: 'https://github.com/esafak/seance/issues/18',
      },
      {
        api: 'openai-chat',
        provider: 'gemini-openai',
        message: 'Invalid JSON payload received. Unknown name "google": Cannot find field.',
        source: 'https://github.com/Alishahryar1/free-claude-code/issues/542',
      },
    ],
  },
  check(context) {
    if (!context.api || !isObject(context.body)) return;
    const verdict = policyFor(context);
    if (!verdict) return;
    // Through a relay, the fields that matter are those of the upstream the model's maker runs.
    const firstParty = context.provider && context.provider !== 'relay' ? context.provider : null;
    const accepted = paramsFor(context.api, firstParty ?? vendorProvider(context) ?? 'relay');
    const where = context.provider && context.provider !== 'relay' ? providerName(context.provider) : null;
    for (const key of Object.keys(context.body)) {
      if (isTemplated(key)) continue;
      const param = Object.prototype.hasOwnProperty.call(accepted, key) ? accepted[key] : undefined;
      if (param) {
        if (param.anthropicBeta && needsBetaFlag(context)) {
          context.report({
            path: [key],
            target: 'key',
            severity: 'warning',
            message: `\`${key}\` is a beta parameter of the Messages API: send it to \`/v1/messages?beta=true\` or with an \`anthropic-beta\` header${typeof param.anthropicBeta === 'string' ? ` (\`${param.anthropicBeta}\`)` : ''}, otherwise Anthropic answers "${key}: Extra inputs are not permitted".`,
          });
        }
        continue;
      }
      const quoted = verdict.policy.error ? ` ${where ?? 'The provider'} answers: "${formatProviderError(verdict.policy.error, key)}"` : '';
      context.report({
        path: [key],
        target: 'key',
        severity: verdict.severity,
        message: `\`${key}\` is not a parameter of ${context.api}${where ? ` on ${where}` : ''}.${quoted}${acceptedBy(context, key)}`,
      });
    }
  },
};

/** How sure we are that the provider rejects unknown fields: error, warning, or not at all. */
function policyFor(context: RuleContext): { policy: UnknownParameterPolicy; severity: 'error' | 'warning' } | null {
  const api = context.api!;
  if (context.provider && context.provider !== 'relay') {
    const own = unknownPolicy(api, context.provider);
    if (own.behaviour === 'ignore') return null;
    return { policy: own, severity: own.behaviour === 'reject' ? 'error' : 'warning' };
  }
  // A relay (or an unknown host) forwards to some upstream. When the model's maker is known and its own
  // endpoint rejects unknown fields the request will most likely fail there, but the relay may strip
  // or map fields, so this is a warning.
  const vendor = vendorProvider(context);
  const upstream = vendor ? unknownPolicy(api, vendor) : undefined;
  if (!upstream || upstream.behaviour !== 'reject') return null;
  return { policy: upstream, severity: 'warning' };
}

/** Anthropic beta parameters need `?beta=true` or an `anthropic-beta` header on Anthropic's own host. */
function needsBetaFlag(context: RuleContext): boolean {
  if (context.provider !== 'anthropic') return false;
  const hasBetaHeader = context.unit.headers.some((h) => h.name.toLowerCase() === 'anthropic-beta');
  const hasBetaQuery = /[?&]beta=true\b/.test(context.unit.url ?? '');
  return !hasBetaHeader && !hasBetaQuery;
}

function vendorProvider(context: RuleContext): Provider | null {
  switch (modelVendor(context.model)) {
    case 'openai':
      return context.api === 'openai-chat' || context.api === 'openai-responses' ? 'openai' : null;
    case 'anthropic':
      return context.api === 'anthropic-messages' ? 'anthropic' : null;
    case 'google':
      return context.api === 'gemini-generate' ? 'gemini' : null;
    default:
      return null;
  }
}

/** "DashScope accepts it" style hint: where the parameter does exist, so the user sees the mix-up. */
function acceptedBy(context: RuleContext, key: string): string {
  const owners = dialectsAccepting(context.api!, key)
    .filter((provider) => provider !== context.provider && provider !== 'relay')
    .map(providerName);
  return owners.length ? ` It is an extension of ${owners.join(', ')}.` : '';
}

const PROVIDER_NAMES: Record<Provider, string> = {
  openai: 'OpenAI',
  azure: 'Azure OpenAI',
  anthropic: 'Anthropic',
  bedrock: 'Amazon Bedrock',
  vertex: 'Vertex AI',
  gemini: 'the Gemini API',
  'gemini-openai': "Gemini's OpenAI-compatible endpoint",
  dashscope: 'DashScope',
  'dashscope-compatible': "DashScope's compatible mode",
  deepseek: 'DeepSeek',
  openrouter: 'OpenRouter',
  relay: 'a relay',
};

export function providerName(provider: Provider): string {
  return PROVIDER_NAMES[provider];
}
