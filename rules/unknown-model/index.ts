import { isObject, knownString } from '../shared.ts';
import { canonicalId, modelVendor } from '../models/index.ts';
import type { MessageData, MessageFragment, Report, RuleContext, RuleModule } from '../types.ts';
import {
  ANTHROPIC_NOT_FOUND,
  BEDROCK_NOT_FOUND,
  DASHSCOPE_COMPAT_NOT_FOUND,
  DASHSCOPE_NOT_FOUND,
  DEEPSEEK_NOT_FOUND,
  GEMINI_NOT_FOUND,
  HOSTS,
  OPENAI_NOT_FOUND,
  VERTEX_NOT_FOUND,
  type HostFacts,
} from '../shared/hosts.ts';
import { suggestModel } from './suggest.ts';
import { translations } from './l10n.ts';

/** Ids that name a user's own resource, never a catalog model: fine-tunes, tuned models, ARNs, endpoints. */
const OWN_RESOURCE = /^ft:|^arn:|tunedmodels\/|projects\/|endpoints\/|^accounts\//i;
/** Hosts with their own id spellings (inference profiles, `@version`): only the table lookup is judged there. */
const OWN_SPELLING = new Set(['vertex', 'bedrock']);
/** Hosts whose model ids are case-sensitive (a capitalised id is rejected). */
const CASE_SENSITIVE = new Set(['anthropic', 'dashscope', 'dashscope-compatible']);
/** Gateway prefixes (`openai/`, `anthropic:`) and the Bedrock wrapping of a Claude id. */
const GATEWAY_PREFIX = /^(?:openai|anthropic|google|gemini|vertex_ai|dashscope|alibaba|qwen|deepseek|azure|bedrock|openrouter)[/:]/i;
const BEDROCK_ID = /^(?:(?:us|eu|apac|global|us-gov)\.)?anthropic\.(claude-[A-Za-z0-9.-]+?)(?:-v\d+(?::\d+)?)?$/;

export const rule: RuleModule = {
  meta: {
    id: 'unknown-model',
    translations,
    severity: 'warning',
    apis: 'all',
    description: 'A model id that a first-party host does not serve: a typo, a gateway or other host spelling, or a retired model.',
    messages: {
      otherHostsId: "'{{model}}' is the id {{where}} uses; {{host}} does not serve it under this name.",
      retired: "'{{model}}' was retired on {{since}}{{use}}.",
      unknown: "Unknown model '{{model}}' for {{host}}; declare a new or private one in 'llmPreflight.models'.",
      unknownNear: "Unknown model '{{model}}' for {{host}}; did you mean '{{near}}'{{note}}?",
      unknownClosest: "Unknown model '{{model}}' for {{host}}; the closest known model is '{{near}}'{{note}}.",
      misspelled: "'{{model}}' is not an id {{host}} knows ({{problems}}): send '{{fixed}}'.",
    },
    fragments: {
      use: "; use '{{replacement}}'",
      retiredOn: ' (retired on {{since}})',
      whitespace: 'leading or trailing whitespace',
      bedrock: 'the Bedrock spelling',
      gateway: "'{{prefix}}' is a gateway prefix",
      vertex: "'@date' is the Vertex AI spelling",
      lowerCase: 'model ids are lower-case',
    },
    providerErrors: [
      {
        api: 'openai-chat',
        provider: 'openai',
        message: 'The model `gpt-4.1-nano-wrong` does not exist or you do not have access to it. (404, code model_not_found)',
        source: OPENAI_NOT_FOUND,
      },
      {
        api: 'openai-chat',
        provider: 'openai',
        message: 'The model `computer-use-preview-2025-03-11` does not exist or you do not have access to it.',
        source: 'https://github.com/openai/openai-agents-python/issues/458',
      },
      { api: 'anthropic-messages', provider: 'anthropic', message: 'model: sonnet4 (404 not_found_error)', source: ANTHROPIC_NOT_FOUND },
      { api: 'anthropic-messages', provider: 'anthropic', message: 'model: claude-3.5-sonnet (404 not_found_error: dots instead of dashes)', source: 'https://github.com/continuedev/continue/issues/10287' },
      {
        api: 'anthropic-messages',
        provider: 'anthropic',
        message: 'model: claude-3-5-sonnet-20241022  (404 not_found_error: the id carries a trailing space)',
        source: 'https://github.com/mattermost/mattermost-plugin-agents/issues/257',
      },
      {
        api: 'anthropic-messages',
        provider: 'anthropic',
        message: 'model: anthropic/claude-sonnet-4-6 (404 not_found_error: a gateway prefix sent to api.anthropic.com)',
        source: 'https://github.com/openclaw/openclaw/issues/87181',
      },
      {
        api: 'anthropic-messages',
        provider: 'anthropic',
        message: 'model: claude-3-7-sonnet-latest (404 not_found_error: a retired model)',
        source: 'https://github.com/continuedev/continue/issues/11538',
      },
      {
        api: 'gemini-generate',
        provider: 'gemini',
        message: 'models/gemini-1.5-flash is not found for API version v1beta, or is not supported for generateContent. Call ListModels to see the list of available models and their supported methods.',
        source: GEMINI_NOT_FOUND,
      },
      {
        api: 'gemini-generate',
        provider: 'vertex',
        message:
          'Publisher Model `projects/…/locations/us-central1/publishers/google/models/gemini-1.0-pro-001` was not found or your project does not have access to it. Please ensure you are using a valid model version.',
        source: 'https://github.com/googlecodelabs/feedback/issues/1881',
      },
      { api: 'dashscope-generation', provider: 'dashscope', message: 'Model not exist. (code InvalidParameter; the id was Qwen1.5-110B-Chat, accepted once lower-cased)', source: DASHSCOPE_NOT_FOUND },
      {
        api: 'openai-chat',
        provider: 'dashscope-compatible',
        message: 'The model `qwen-plus-latest-thinking` does not exist or you do not have access to it. (code model_not_found)',
        source: DASHSCOPE_COMPAT_NOT_FOUND,
      },
      {
        api: 'openai-chat',
        provider: 'dashscope-compatible',
        message: 'The model `Qwen-Plus` does not exist or you do not have access to it. (a capitalised id)',
        source: 'https://github.com/AIDotNet/OpenDeepWiki/issues/308',
      },
      { api: 'openai-chat', provider: 'deepseek', message: "Model Not Exist (400, type invalid_request_error; e.g. deepseek-r1, whose API id is deepseek-reasoner)", source: DEEPSEEK_NOT_FOUND },
      { api: 'anthropic-messages', provider: 'bedrock', message: 'The provided model identifier is invalid.', source: BEDROCK_NOT_FOUND },
    ],
  },
  check(context) {
    const { provider, model } = context;
    if (!provider || !knownString(model) || OWN_RESOURCE.test(model)) return;
    const host = HOSTS[provider];
    if (!host) return;
    const at: Pick<Report, 'path' | 'span'> = isObject(context.body) && context.body.model === model ? { path: ['model'] } : { span: 'request-line' };
    const report: Reporter = (messageId, data, id) => context.report({ ...at, messageId, data, quote: { text: host.notFound(id), provider: host.who } });

    if (!OWN_SPELLING.has(provider) && checkSpelling(context, model, host, report)) return;

    const info = context.modelInfo;
    if (info) {
      // An id that only some hosts use (DeepSeek R1 is `deepseek-r1` on DashScope, `deepseek-reasoner` at DeepSeek).
      if (info.hosts && !OWN_SPELLING.has(provider) && !info.hosts.includes(provider)) {
        const where = [...new Set(info.hosts.map((h) => HOSTS[h]?.label ?? h))].join(' and ');
        report('otherHostsId', { model: model.trim(), where, host: host.label }, model.trim());
        return;
      }
      // Retirement dates are the vendor's own API's; Vertex and Bedrock retire on their own schedules.
      if (info.retired && !OWN_SPELLING.has(provider) && host.vendors.includes(info.vendor)) {
        const use = info.retired.replacement ? { fragment: 'use', data: { replacement: info.retired.replacement } } : '';
        // (The retirement's source is in the model table; the quote's is the not-found wording's.)
        report('retired', { model: model.trim(), since: info.retired.since, use }, model.trim());
      }
      return;
    }

    const id = canonicalId(model);
    const vendor = modelVendor(id);
    // Another vendor's model is model-provider-mismatch's finding.
    if (vendor && !host.vendors.includes(vendor)) return;
    // Vertex and Bedrock serve many publishers: judge only the families the table covers.
    if (!vendor && OWN_SPELLING.has(provider)) return;
    const suggestion = suggestModel(context.models, id, vendor ? [vendor] : host.vendors);
    if (!suggestion && !vendor) return;
    const written = model.trim();
    if (suggestion) {
      const retired = context.models.lookup(suggestion.id)?.retired;
      const note = retired ? { fragment: 'retiredOn', data: { since: retired.since } } : '';
      report(suggestion.kind === 'prefix' ? 'unknownClosest' : 'unknownNear', { model: written, host: host.label, near: suggestion.id, note }, written);
    } else {
      report('unknown', { model: written, host: host.label }, written);
    }
  },
};

/**
 * Whitespace, gateway prefixes, other hosts' spellings and capitals: the id names a known model but not
 * the way this host spells it. Returns true when it reported.
 */
type Reporter = (messageId: string, data: MessageData, id: string) => void;

function checkSpelling(context: RuleContext, model: string, host: HostFacts, report: Reporter): boolean {
  const problems: MessageFragment[] = [];
  let fixed = model;
  if (fixed.trim() !== fixed) {
    problems.push({ fragment: 'whitespace' });
    fixed = fixed.trim();
  }
  let unprefixed = fixed;
  for (let i = 0; i < 3 && GATEWAY_PREFIX.test(unprefixed); i++) unprefixed = unprefixed.replace(GATEWAY_PREFIX, '');
  const bedrock = BEDROCK_ID.exec(unprefixed);
  if (bedrock) unprefixed = bedrock[1];
  if (unprefixed !== fixed) {
    problems.push(bedrock ? { fragment: 'bedrock' } : { fragment: 'gateway', data: { prefix: fixed.slice(0, fixed.length - unprefixed.length) } });
    fixed = unprefixed;
  }
  if (/@\d{8}$/.test(fixed)) {
    problems.push({ fragment: 'vertex' });
    fixed = fixed.replace(/@(\d{8})$/, '-$1');
  }
  if (CASE_SENSITIVE.has(context.provider ?? '') && fixed !== fixed.toLowerCase()) {
    problems.push({ fragment: 'lowerCase' });
    fixed = fixed.toLowerCase();
  }
  if (!problems.length) return false;
  const info = context.models.lookup(fixed);
  // Only when the corrected id is a model this host serves; anything else is left to the other checks.
  if (!info || !host.vendors.includes(info.vendor)) return false;
  // The message names the first problem (a fragment); the fix shows the whole correction.
  report('misspelled', { model, host: host.label, problems: problems[0], fixed }, model);
  return true;
}
