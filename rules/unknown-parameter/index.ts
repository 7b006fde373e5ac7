import { getApiSpec } from '../specs/index.ts';
import { modelVendor } from '../models/families.ts';
import { isObject, isTemplated } from '../shared.ts';
import type { Provider } from '../../server/src/core/types.ts';
import type { ApiSpec, UnknownParameterPolicy } from '../specs/types.ts';
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
    const spec = getApiSpec(context.api);
    const dialect = context.provider ?? 'relay';
    const verdict = policyFor(spec, dialect, context);
    if (!verdict) return;
    const extras = spec.dialects[dialect]?.extraParams ?? {};
    for (const key of Object.keys(context.body)) {
      if (isTemplated(key) || key in spec.params || key in extras) continue;
      const where = context.provider ? providerName(context.provider) : 'this API';
      const quoted = verdict.policy.error ? ` ${where} answers: "${verdict.policy.error.replace('{name}', key)}"` : '';
      const elsewhere = acceptedBy(context, key);
      context.report({
        path: [key],
        target: 'key',
        severity: verdict.severity,
        message: `\`${key}\` is not a parameter of ${context.api}${context.provider && context.provider !== 'relay' ? ` on ${where}` : ''}.${quoted}${elsewhere}`,
      });
    }
  },
};

/** How sure we are that the provider rejects unknown fields: error, warning, or not at all. */
function policyFor(spec: ApiSpec, dialect: Provider, context: RuleContext): { policy: UnknownParameterPolicy; severity: 'error' | 'warning' } | null {
  const own = spec.dialects[dialect]?.unknown;
  if (dialect !== 'relay') {
    if (!own || own.behaviour === 'ignore') return null;
    return { policy: own, severity: own.behaviour === 'reject' ? 'error' : 'warning' };
  }
  // A relay forwards to some upstream; when the model's maker is known and its own endpoint rejects
  // unknown fields, the request will most likely fail there, but the relay may strip or map fields.
  const vendorDialect = vendorProvider(context);
  const upstream = vendorDialect ? spec.dialects[vendorDialect]?.unknown : undefined;
  if (!upstream || upstream.behaviour !== 'reject') return null;
  return { policy: upstream, severity: 'warning' };
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
  const spec = getApiSpec(context.api!);
  const owners = Object.entries(spec.dialects)
    .filter(([provider, dialect]) => provider !== context.provider && provider !== 'relay' && dialect?.extraParams && key in dialect.extraParams)
    .map(([provider]) => providerName(provider as Provider));
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
