import type { ParamSpec } from '../specs/types.ts';
import type { MessageData, MessageFragment, RuleModule } from '../types.ts';
import { formatPath, typesOf } from '../shared/spec-walk.ts';
import { translations } from './l10n.ts';

const OPENAI_BELOW = "Invalid 'temperature': decimal below minimum value. Expected a value >= 0, but got -1 instead.";
const OPENAI_INT_BELOW = "Invalid 'max_tokens': integer below minimum value. Expected a value >= 0, but got -1 instead.";
const ANTHROPIC_RANGE = 'temperature: range: 0..1';

/**
 * DashScope's own sentences for its range checks (Model Studio error-code page, InvalidParameter).
 * `{max}` stands for the model-specific bound the API fills in.
 */
const DASHSCOPE_WORDING: Record<string, string> = {
  temperature: 'Temperature should be in [0.0, 2.0)',
  top_p: 'Range of top_p should be (0.0, 1.0]',
  top_k: 'Parameter top_k be greater than or equal to 0',
  presence_penalty: 'Presence_penalty should be in [-2.0, 2.0]',
  n: 'Range of n should be [1, 4]',
  seed: 'Range of seed should be [0, 9223372036854775807]',
  max_tokens: 'Range of max_tokens should be [1, xxx]',
  thinking_budget: 'The thinking_budget parameter must be a positive integer and not greater than xxx',
};

export const rule: RuleModule = {
  meta: {
    id: 'parameter-out-of-range',
    translations,
    severity: 'error',
    apis: 'all',
    description: 'A number outside the range its parameter accepts, or an array with too few or too many elements.',
    needsCompleteBody: true,
    messages: {
      outOfRange: "'{{path}}' is {{value}}, {{range}}.",
      tooFewItems: "'{{path}}' {{has}}; it needs at least {{min}} element(s).",
      tooManyItems: "'{{path}}' has {{count}} elements; at most {{max}} are accepted.",
    },
    fragments: {
      outside: 'outside {{min}}..{{max}}',
      belowMinimum: 'below the minimum of {{min}}',
      aboveMaximum: 'above the maximum of {{max}}',
      empty: 'is empty',
      count: 'has {{count}} elements',
    },
    providerErrors: [
      // Documented ranges of OpenAI-compatible hosts (rules/specs/dialects.ts), no verbatim error found: the docs' words.
      {
        api: 'openai-chat',
        provider: 'moonshot',
        message: 'n cannot be greater than 5; if n > 1 when temperature is close to 0, Moonshot returns invalid_request_error (docs)',
        source: 'https://v02.api.js.langchain.com/classes/langchain_community_chat_models_moonshot.ChatMoonshot.html',
      },
      { api: 'openai-chat', provider: 'zhipu', message: 'temperature: value range [0.0, 1.0] (docs)', source: 'https://docs.bigmodel.cn/api-reference/模型-api/对话补全' },
      { api: 'openai-chat', provider: 'siliconflow', message: 'thinking_budget: 128 <= x <= 32768 (docs)', source: 'https://docs.siliconflow.cn/cn/api-reference/chat-completions/chat-completions' },
      {
        api: 'openai-responses',
        provider: 'openai',
        message: OPENAI_BELOW,
        source: 'https://github.com/pydantic/pydantic-ai/blob/4fda38988f2939fa6ea9cdefcf120693e10ef491/tests/models/cassettes/test_openai_responses/test_openai_responses_model_http_error.yaml',
      },
      {
        api: 'openai-chat',
        provider: 'openai',
        message: OPENAI_INT_BELOW,
        source: 'https://github.com/envoyproxy/ai-gateway/blob/c217da8a539570ba3f6014a60c2687c29a945f1f/tests/internal/testopenai/cassettes/completion-bad-request.yaml',
      },
      { api: 'anthropic-messages', provider: 'anthropic', message: ANTHROPIC_RANGE, source: 'https://github.com/theopenco/llmgateway/pull/3268' },
      { api: 'anthropic-messages', provider: 'anthropic', message: 'temperature: range: -1 or 0..1', source: 'https://github.com/anthropics/anthropic-sdk-python/issues/893' },
      { api: 'anthropic-messages', provider: 'anthropic', message: 'thinking.enabled.budget_tokens: Input should be greater than or equal to 1024', source: 'https://github.com/danny-avila/LibreChat/issues/8346' },
      { api: 'openai-chat', provider: 'openai', message: "Invalid 'messages': empty array. Expected an array with minimum length 1, but got an empty array instead.", source: 'https://github.com/envoyproxy/ai-gateway/blob/c217da8a539570ba3f6014a60c2687c29a945f1f/tests/internal/testopenai/cassettes/chat-no-messages.yaml' },
      { api: 'dashscope-generation', provider: 'dashscope', message: 'Temperature should be in [0.0, 2.0)', source: 'https://www.alibabacloud.com/help/en/model-studio/error-code' },
    ],
  },
  create(context) {
    const api = context.api;
    const verdict = context.request.judgement();
    if (!api || !verdict) return {};
    return {
      specValue: ({ path, value, spec }) => {
        // Only numbers and arrays have a range, and only where the spec sets one (most values): the path is
        // formatted for a finding only.
        if (typeof value === 'number' ? spec.minimum === undefined && spec.maximum === undefined : !Array.isArray(value) || (spec.minItems === undefined && spec.maxItems === undefined)) return;
        const shown = formatPath(api, path);
        const name = String(path[path.length - 1]);
        let severity = verdict.severity;
        let problem: { id: string; data: MessageData } | null = null;
        let quote = '';

        if (typeof value === 'number') {
          // Google's proto JSON reads 0 as "not set", so 0 is never out of range there.
          if (api === 'gemini-generate' && value === 0) return;
          const below = spec.minimum !== undefined && value < spec.minimum;
          const above = spec.maximum !== undefined && value > spec.maximum;
          if (!below && !above) return;
          problem = { id: 'outOfRange', data: { path: shown, value, range: rangeText(spec) } };
          const bound = below ? spec.minimum! : spec.maximum!;
          if (verdict.firstParty) {
            switch (api) {
              case 'openai-chat':
              case 'openai-responses': {
                const kind = typesOf(spec).includes('integer') ? 'integer' : 'decimal';
                quote = `Invalid '${shown}': ${kind} ${below ? 'below minimum' : 'above maximum'} value. Expected a value ${below ? '>=' : '<='} ${bound}, but got ${value} instead.`;
                break;
              }
              case 'anthropic-messages':
                if (spec.minimum !== undefined && spec.maximum !== undefined) quote = `${shown}: range: ${spec.minimum}..${spec.maximum}`;
                // Pydantic's wording for a one-sided bound, e.g. thinking.enabled.budget_tokens.
                else quote = `${shown}: Input should be ${below ? 'greater' : 'less'} than or equal to ${bound}`;
                break;
              case 'dashscope-generation':
                if (DASHSCOPE_WORDING[name]) quote = DASHSCOPE_WORDING[name];
                else severity = 'warning';
                break;
              case 'gemini-generate':
                // Ranges are model-dependent on Gemini and the wording was not captured.
                severity = 'warning';
                break;
            }
          }
        } else if (Array.isArray(value)) {
          const few = spec.minItems !== undefined && value.length < spec.minItems;
          const many = spec.maxItems !== undefined && value.length > spec.maxItems;
          if (!few && !many) return;
          problem = few
            ? value.length === 0
              ? { id: 'tooFewItems', data: { path: shown, has: { fragment: 'empty' }, min: spec.minItems! } }
              : // (no spec sets minItems above 1 today: an array is either empty or long enough)
                { id: 'tooFewItems', data: { path: shown, has: { fragment: 'count', data: { count: value.length } }, min: spec.minItems! } }
            : { id: 'tooManyItems', data: { path: shown, count: value.length, max: spec.maxItems! } };
          if (verdict.firstParty && (api === 'openai-chat' || api === 'openai-responses')) {
            quote = few
              ? value.length === 0
                ? `Invalid '${shown}': empty array. Expected an array with minimum length ${spec.minItems}, but got an empty array instead.`
                : `Invalid '${shown}': array too short. Expected an array with minimum length ${spec.minItems}, but got an array with length ${value.length} instead.`
              : `Invalid '${shown}': array too long. Expected an array with maximum length ${spec.maxItems}, but got an array with length ${value.length} instead.`;
          } else if (verdict.firstParty) {
            severity = 'warning';
          }
        }
        if (!problem) return;
        context.report({ path, severity, messageId: problem.id, data: problem.data, ...(quote && { quote }) });
      },
    };
  },
};

function rangeText(spec: ParamSpec): MessageFragment {
  if (spec.minimum !== undefined && spec.maximum !== undefined) return { fragment: 'outside', data: { min: spec.minimum, max: spec.maximum } };
  if (spec.minimum !== undefined) return { fragment: 'belowMinimum', data: { min: spec.minimum } };
  return { fragment: 'aboveMaximum', data: { max: spec.maximum! } };
}
