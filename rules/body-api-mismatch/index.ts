import { unknownHost } from '../profiles/index.ts';
import { formatProviderError, unknownPolicy } from '../specs/index.ts';
import { providerName } from '../unknown-parameter/index.ts';
import type { ApiId } from '../../server/src/core/rule-api.ts';
import type { ReportQuote, RuleContext, RuleModule } from '../types.ts';
import { SHAPE_NAMES, foreignShape, type ForeignShape } from '../shared/shape.ts';
import { translations } from './l10n.ts';

const GEMINI_MESSAGES = 'Invalid JSON payload received. Unknown name "messages": Cannot find field.';
const RESPONSES_MESSAGES =
  "Unsupported parameter: 'messages'. In the Responses API, this parameter has moved to 'input'. Try again with the new parameter. See the API documentation for more information: https://platform.openai.com/docs/api-reference/responses/create.";
const DASHSCOPE_MESSAGES = 'Either "prompt" or "messages" must exist and cannot both be none';

const ENDPOINTS: Record<ForeignShape['shape'], string> = {
  'openai-chat': "'/v1/chat/completions'",
  'openai-responses': "'/v1/responses'",
  'anthropic-messages': "'/v1/messages'",
  'gemini-generate': "'models/{model}:generateContent'",
  'dashscope-generation': "'/api/v1/services/aigc/text-generation/generation'",
  chat: "a chat endpoint ('/v1/chat/completions', '/v1/messages')",
};

export const rule: RuleModule = {
  meta: {
    id: 'body-api-mismatch',
    translations,
    severity: 'error',
    apis: 'all',
    description: "A body written for one API sent to another API's endpoint (e.g. an OpenAI `messages` body posted to Gemini `:generateContent`).",
    fragments: {
      chatShape: 'chat API (OpenAI Chat or Anthropic Messages)',
    },
    messages: {
      foreignBody: "A {{what}} body ('{{key}}') sent to {{api}}: send it to {{endpoint}}.",
    },
    providerErrors: [
      { api: 'gemini-generate', provider: 'gemini', message: `${GEMINI_MESSAGES}\nInvalid JSON payload received. Unknown name "response_format": Cannot find field.`, source: 'https://github.com/esafak/seance/issues/18' },
      { api: 'openai-responses', message: RESPONSES_MESSAGES, source: 'https://github.com/egoist/chatwise-releases/issues/1023 ; https://github.com/cline/cline/issues/5419' },
      {
        api: 'dashscope-generation',
        provider: 'dashscope',
        message: `${DASHSCOPE_MESSAGES} (the documented cause includes \`messages\` placed next to \`model\` instead of inside \`input\`)`,
        source: 'https://www.alibabacloud.com/help/en/model-studio/error-code ; https://help.aliyun.com/zh/model-studio/error-code',
      },
      {
        api: 'openai-chat',
        provider: 'openai',
        message: "Unknown parameter: 'contents'. (OpenAI's unknown-field wording, for a Gemini body posted to /v1/chat/completions)",
        source: 'https://github.com/teabranch/open-responses-server/issues/41',
      },
    ],
  },
  check(context) {
    const found = foreignShape(context);
    if (!found || !context.api) return;
    const api = context.api;
    const relay = unknownHost(context.provider);
    const quote = providerAnswer(context, found);
    // Anthropic-only fields in a body that does have `messages`: an error only where unknown fields are rejected.
    const hasMain = found.shape === 'anthropic-messages' && api === 'openai-chat';
    const severity = relay || (hasMain && !quote) ? 'warning' : 'error';
    const what = found.shape === 'chat' ? { fragment: 'chatShape' } : SHAPE_NAMES[found.shape];
    context.report({
      path: [found.key],
      target: 'key',
      severity,
      messageId: 'foreignBody',
      data: { what, key: found.key, api: SHAPE_NAMES[api], endpoint: ENDPOINTS[found.shape] },
      ...(quote && { quote }),
    });
  },
};

function providerAnswer(context: RuleContext, found: ForeignShape): ReportQuote | undefined {
  const api = context.api!;
  const provider = context.provider;
  if (!provider || unknownHost(provider)) return undefined;
  if (api === 'openai-responses' && found.key === 'messages' && (provider === 'openai' || provider === 'azure')) return { text: RESPONSES_MESSAGES, provider: 'OpenAI' };
  if (api === 'dashscope-generation' && found.key === 'messages') return { text: DASHSCOPE_MESSAGES, provider: 'DashScope' };
  const policy = unknownPolicy(api, provider);
  if (policy.behaviour !== 'reject' || !policy.error) return undefined;
  const name = providerName(provider);
  return { text: formatProviderError(policy.error, found.key), provider: `${name[0].toUpperCase()}${name.slice(1)}` };
}
