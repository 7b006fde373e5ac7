import { isFirstParty, unnamedHost } from '../profiles/index.ts';
import { isObject, isTemplated, knownString } from '../shared.ts';
import type { RuleModule } from '../types.ts';
import { translations } from './l10n.ts';

const MESSAGE = '`temperature` and `top_p` cannot both be specified for this model. Please use only one.';

export const rule: RuleModule = {
  meta: {
    id: 'temperature-with-top-p',
    translations,
    severity: 'error',
    apis: ['anthropic-messages', 'openai-chat'],
    description:
      'Both `temperature` and `top_p` sent to a Claude model that accepts only one of them (Claude Opus 4.1, Sonnet 4.5, Haiku 4.5 and later), also through a relay that forwards an OpenAI-format request to Anthropic (a warning).',
    messages: {
      both: "Model {{model}} takes 'temperature' or 'top_p', not both: drop one.",
    },
    providerErrors: [
      { api: 'anthropic-messages', provider: 'anthropic', message: MESSAGE, source: 'https://github.com/langfuse/langfuse/issues/9882' },
      {
        api: 'anthropic-messages',
        provider: 'bedrock',
        message: `The model returned the following errors: ${MESSAGE}`,
        source: 'https://github.com/BerriAI/litellm/issues/15070 ; https://github.com/aws-samples/bedrock-access-gateway/issues/191',
      },
      // A relay that translates an OpenAI-format request for a Claude model passes Anthropic's answer back.
      { api: 'openai-chat', provider: 'relay', message: `Request error occurred: ${MESSAGE}`, source: 'https://github.com/QuantumNous/new-api/issues/5122' },
    ],
  },
  check(context) {
    if (!isObject(context.body)) return;
    // OpenAI format: only through a relay or an unknown host, which forwards a Claude model's request to Anthropic
    // in Anthropic's format (the maker's limits apply there, as warnings: the relay may drop one of the two).
    const translated = context.api === 'openai-chat' && unnamedHost(context.provider);
    if (context.api !== 'anthropic-messages' && !translated) return;
    const evidence = context.modelInfo?.quirks.temperatureXorTopP;
    if (!evidence) return;
    const body = context.body;
    const set = (key: string) => Object.prototype.hasOwnProperty.call(body, key) && body[key] !== null && !isTemplated(body[key]);
    if (!set('temperature') || !set('top_p')) return;
    // Report on whichever of the two comes second: that is the one to delete.
    const keys = Object.keys(body);
    const second = keys.indexOf('temperature') > keys.indexOf('top_p') ? 'temperature' : 'top_p';
    const model = knownString(context.model) ? context.model : context.modelInfo!.id;
    const p = context.provider;
    const firstParty = !translated && isFirstParty('anthropic-messages', p);
    const wording = p === 'bedrock' ? `The model returned the following errors: ${evidence.error}` : evidence.error;
    context.report({
      path: [second],
      target: 'key',
      severity: firstParty ? 'error' : 'warning',
      messageId: 'both',
      data: { model },
      quote: wording,
      fix: [
        { title: "Remove 'temperature' (keep 'top_p')", edits: context.fixer.remove(['temperature']), preferred: true },
        { title: "Remove 'top_p' (keep 'temperature')", edits: context.fixer.remove(['top_p']) },
      ],
    });
  },
};
