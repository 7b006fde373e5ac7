import { unknownHost } from '../profiles/index.ts';
import type { Provider } from '../../server/src/core/rule-api.ts';
import type { RuleContext, RuleModule } from '../types.ts';
import { translations } from './l10n.ts';

const ANTHROPIC_VERSION = 'anthropic-version: header is required';
const OPENAI_NO_KEY =
  "You didn't provide an API key. You need to provide your API key in an Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY), or as the password field (with blank username) if you're accessing the API from your browser and are prompted for a username and password. You can obtain an API key from https://platform.openai.com/account/api-keys.";
const AZURE_NO_KEY = 'Access denied due to missing subscription key. Make sure to include subscription key when making requests to an API.';
const ANTHROPIC_NO_KEY = 'x-api-key header is required';
const GEMINI_NO_KEY =
  "Method doesn't allow unregistered callers (callers without established identity). Please use API Key or other form of API consumer identity to call this API.";
const RELAY_CONTENT_TYPE = 'model is required';

interface AuthRule {
  /** Header names (lower case) any one of which authenticates the request. */
  headers: string[];
  /** A `key=` query parameter also authenticates (Google APIs). */
  queryKey?: boolean;
  /** What to write, shown in the message. */
  hint: string;
  /** The provider's verbatim answer when the credential is missing; without one the finding is a warning. */
  error?: string;
}

/**
 * How each first-party host authenticates. Relays and unknown hosts are left alone: a local server or a
 * company gateway may need no key at all, or take it some other way.
 */
const AUTH: Partial<Record<Provider, AuthRule>> = {
  openai: { headers: ['authorization'], hint: "'Authorization: Bearer {{OPENAI_API_KEY}}'", error: OPENAI_NO_KEY },
  azure: { headers: ['api-key', 'authorization'], hint: "'api-key: {{AZURE_OPENAI_KEY}}'", error: AZURE_NO_KEY },
  anthropic: { headers: ['x-api-key', 'authorization'], hint: "'x-api-key: {{ANTHROPIC_API_KEY}}'", error: ANTHROPIC_NO_KEY },
  gemini: { headers: ['x-goog-api-key', 'authorization'], queryKey: true, hint: "'x-goog-api-key: {{GEMINI_API_KEY}}'", error: GEMINI_NO_KEY },
  'gemini-openai': { headers: ['authorization', 'x-goog-api-key'], queryKey: true, hint: "'Authorization: Bearer {{GEMINI_API_KEY}}'" },
  // Vertex AI takes an OAuth access token (`gcloud auth print-access-token`); express mode also takes an API key.
  vertex: { headers: ['authorization', 'x-goog-api-key'], queryKey: true, hint: "'Authorization: Bearer {{ACCESS_TOKEN}}'" },
  // Bedrock: a SigV4 signature (REST Client and httpyac write it as `Authorization: AWS {{accessKeyId}} {{secretAccessKey}} region:us-east-1 service:bedrock`) or a Bedrock API key as a Bearer token.
  bedrock: { headers: ['authorization'], hint: "'Authorization: Bearer {{BEDROCK_API_KEY}}' (or a SigV4 'Authorization: AWS …' line)" },
  dashscope: { headers: ['authorization'], hint: "'Authorization: Bearer {{DASHSCOPE_API_KEY}}'" },
  'dashscope-compatible': { headers: ['authorization'], hint: "'Authorization: Bearer {{DASHSCOPE_API_KEY}}'" },
  deepseek: { headers: ['authorization'], hint: "'Authorization: Bearer {{DEEPSEEK_API_KEY}}'" },
  openrouter: { headers: ['authorization'], hint: "'Authorization: Bearer {{OPENROUTER_API_KEY}}'" },
};

/**
 * Hosts that also serve an Anthropic-format endpoint take Anthropic's key header there: DeepSeek's
 * api.deepseek.com/anthropic reads the key from x-api-key (https://api-docs.deepseek.com/guides/anthropic_api).
 */
const ANTHROPIC_FORMAT_AUTH: Partial<Record<Provider, AuthRule>> = {
  deepseek: { headers: ['x-api-key', 'authorization'], hint: "'x-api-key: {{DEEPSEEK_API_KEY}}'" },
};

export const rule: RuleModule = {
  meta: {
    id: 'missing-required-header',
    translations,
    severity: 'error',
    apis: 'all',
    description: 'A .http request to a provider without a header the provider needs: anthropic-version, the API key, or a JSON Content-Type.',
    messages: {
      anthropicVersion: "Missing 'anthropic-version' header: add 'anthropic-version: 2023-06-01'.",
      noCredential: 'No credential: the request has no {{names}} header{{query}}. Add {{hint}}.',
      noContentType: "No 'Content-Type' header: the body may not be read as JSON. Add 'Content-Type: application/json'.",
      notJson: "'Content-Type: {{value}}' is not JSON, so the body may not be read as JSON: use 'application/json'.",
    },
    fragments: {
      noKeyParam: " and no 'key=' query parameter",
    },
    providerErrors: [
      { api: 'anthropic-messages', provider: 'anthropic', message: ANTHROPIC_VERSION, source: 'https://github.com/envoyproxy/ai-gateway/pull/1909 ; https://github.com/PipedreamHQ/pipedream/issues/9697' },
      { api: 'anthropic-messages', provider: 'anthropic', message: ANTHROPIC_NO_KEY, source: 'https://github.com/n8n-io/n8n/issues/37930 ; https://github.com/karthink/gptel/issues/354' },
      { api: 'openai-chat', provider: 'openai', message: OPENAI_NO_KEY, source: 'https://github.com/openai/openai-node/issues/73 ; https://github.com/chatboxai/chatbox/issues/98' },
      { api: 'openai-chat', provider: 'azure', message: AZURE_NO_KEY, source: 'https://github.com/openai/openai-python/issues/1527' },
      { api: 'gemini-generate', provider: 'gemini', message: GEMINI_NO_KEY, source: 'https://github.com/google-gemini/deprecated-generative-ai-python/issues/463 ; https://github.com/googleapis/js-genai/issues/898' },
      {
        api: 'openai-chat',
        provider: 'relay',
        message: `${RELAY_CONTENT_TYPE} (a one-api relay, body sent with Content-Type: text/event-stream)`,
        source: 'https://github.com/songquanpeng/one-api/issues/1580',
      },
    ],
  },
  check(context) {
    const { unit, provider } = context;
    // Only requests written with a request line have headers; bare bodies and batch lines never do.
    if (!unit.url || !unit.requestLineSpan || unit.envelope) return;
    // A header whose name comes from a variable could be any header.
    if (unit.headers.some((h) => h.name.includes('{{'))) return;
    const has = (name: string) => unit.headers.some((h) => h.name.trim().toLowerCase() === name);
    const firstParty = !unknownHost(provider);

    if (provider === 'anthropic' && context.api === 'anthropic-messages' && !has('anthropic-version')) {
      context.report({
        span: 'request-line',
        messageId: 'anthropicVersion',
        quote: ANTHROPIC_VERSION,
      });
    }

    const auth = provider ? ((context.api === 'anthropic-messages' && ANTHROPIC_FORMAT_AUTH[provider]) || AUTH[provider]) : undefined;
    if (auth && !auth.headers.some(has) && !(auth.queryKey && hasKeyParam(unit.url))) {
      const names = auth.headers.map((h) => `'${h}'`).join(' / ');
      context.report({
        span: 'request-line',
        severity: auth.error ? 'error' : 'warning',
        messageId: 'noCredential',
        data: { names, query: auth.queryKey ? { fragment: 'noKeyParam' } : '', hint: auth.hint },
        ...(auth.error && { quote: auth.error }),
      });
    }

    checkContentType(context, firstParty, has);
  },
};

function checkContentType(context: RuleContext, firstParty: boolean, has: (name: string) => boolean): void {
  const header = context.unit.headers.find((h) => h.name.trim().toLowerCase() === 'content-type');
  if (!header) {
    // What each provider does with a JSON body that has no Content-Type is not documented: a warning,
    // and only for first-party hosts (relays and local servers vary).
    if (firstParty && !has('content-type')) {
      context.report({
        span: 'request-line',
        severity: 'warning',
        messageId: 'noContentType',
      });
    }
    return;
  }
  // (text/*, form and multipart bodies never reach the rules: the core does not read them as JSON.)
  const value = header.value.trim().toLowerCase();
  if (!value || value.includes('{{') || value.includes('json')) return;
  context.report({
    span: 'request-line',
    severity: 'warning',
    messageId: 'notJson',
    data: { value: header.value.trim() },
    quote: { text: RELAY_CONTENT_TYPE, provider: 'A one-api relay (to a JSON body sent as text/event-stream)' },
  });
}

/** A `key=` query parameter (Google API key in the URL); a `{{variable}}` value counts. */
function hasKeyParam(url: string): boolean {
  const query = url.split('#', 1)[0].split('?')[1];
  return query !== undefined && query.split('&').some((p) => /^key=./i.test(p));
}
