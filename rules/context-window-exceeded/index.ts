import type { ApiId } from '../../server/src/core/rule-api.ts';
import type { ModelInfo } from '../models/index.ts';
import { requestedOutput } from '../shared/output-param.ts';
import { servedByModelHost } from '../shared.ts';
import type { Report, RuleContext, RuleModule } from '../types.ts';
import type { TokenCount } from '../../server/src/core/rule-api.ts';
import { tokenBounds } from './bounds.ts';
import { promptStrings } from './prompt-text.ts';
import { translations } from './l10n.ts';

const SOURCES = {
  openaiPrompt: 'https://github.com/webtimemachine/wtm2/issues/579',
  openaiBoth: 'https://github.com/ChatGPTNextWeb/NextChat/issues/3195',
  anthropicPrompt: 'https://github.com/earendil-works/pi/issues/102',
  anthropicBoth: 'https://github.com/continuedev/continue/issues/6080',
  gemini: 'https://github.com/google-gemini/gemini-cli/issues/4692',
  dashscope: 'https://github.com/agentscope-ai/QwenPaw/issues/6255',
};

/** Counts with another model's tokenizer must clear the limit by this much before we warn. */
const ESTIMATE_MARGIN = 1.1;

export const rule: RuleModule = {
  meta: {
    id: 'context-window-exceeded',
    translations,
    severity: 'error',
    apis: 'all',
    description: "The prompt (plus the requested output, where the provider counts it) is larger than the model's context window.",
    providerErrors: [
      { api: 'openai-chat', provider: 'openai', message: "This model's maximum context length is 128000 tokens. However, your messages resulted in 204308 tokens. Please reduce the length of the messages.", source: SOURCES.openaiPrompt },
      {
        api: 'openai-chat',
        provider: 'openai',
        message: "This model's maximum context length is 8192 tokens. However, you requested 8256 tokens (64 in the messages, 8192 in the completion). Please reduce the length of the messages or completion.",
        source: SOURCES.openaiBoth,
      },
      { api: 'anthropic-messages', provider: 'anthropic', message: 'prompt is too long: 219898 tokens > 200000 maximum', source: SOURCES.anthropicPrompt },
      {
        api: 'anthropic-messages',
        provider: 'anthropic',
        message: 'input length and `max_tokens` exceed context limit: 199759 + 8192 > 200000, decrease input length or `max_tokens` and try again',
        source: SOURCES.anthropicBoth,
      },
      { api: 'gemini-generate', provider: 'gemini', message: 'The input token count (2845475) exceeds the maximum number of tokens allowed (1048576).', source: SOURCES.gemini },
      { api: 'dashscope-generation', provider: 'dashscope', message: 'Range of input length should be [1, 983616]', source: SOURCES.dashscope },
    ],
    needsCompleteBody: true,
    messages: {
      overWindow: "The request does not fit {{model}}'s {{window}}-token window: {{count}} + {{output}} output ('{{param}}').",
      overLimit: "The request does not fit {{model}}'s {{window}}-token limit: {{count}}.",
    },
    // How the count was reached, in words: with the model's own tokenizer (o200k_base) or as an estimate of another's.
    fragments: {
      exact: '{{n}} prompt tokens',
      stopped: 'more than {{n}} prompt tokens',
      lowerBound: 'at least {{n}} prompt tokens',
      aboutExact: 'about {{n}} prompt tokens (o200k_base estimate)',
      aboutStopped: 'more than about {{n}} prompt tokens (o200k_base estimate)',
      aboutLowerBound: 'at least about {{n}} prompt tokens (o200k_base estimate)',
    },
  },
  check(context) {
    const { api, modelInfo } = context;
    if (!api || !modelInfo?.contextWindow) return;
    const output = requestedOutput(api, context.body);
    const limits = limitsFor(api, modelInfo, output?.value ?? 0);
    if (!limits) return;

    // Cheapest bounds first: tokens <= UTF-8 bytes of the prompt strings <= bytes of the body text <= 3 per
    // UTF-16 unit (a surrogate pair is 2 units, 4 bytes): most bodies are settled by their length alone.
    const text = context.unit.bodyFile?.text ?? context.unit.bodyText ?? '';
    if (3 * text.length <= limits.promptLimit || Buffer.byteLength(text, 'utf8') <= limits.promptLimit) return;
    const parts = promptStrings(context.request.values());
    const exact = modelInfo.tokenizer === 'o200k_base';
    const threshold = exact ? limits.promptLimit : Math.floor(limits.promptLimit * ESTIMATE_MARGIN);
    // One character-class pass bounds the count both ways (bounds.ts); BPE only when they straddle the threshold.
    // The pass stops past twice the threshold, as the exact count does: the verdict is certain by then.
    const { lower, upper } = tokenBounds(parts, 2 * threshold);
    if (upper <= threshold) return;
    const finding = (count: Counted) => findingFor(context, api, modelInfo, count, limits, output, exact);
    if (lower > threshold) return void context.report(finding({ tokens: lower, how: 'lower-bound' }));
    // The exact count decides: the front end finishes it (in this thread for the CLI, in a worker in the editor).
    context.report({
      ...finding({ tokens: 0, how: 'exact' }),
      pending: {
        job: { texts: parts, stopAbove: Math.max(2 * threshold, 1) },
        render: (count: TokenCount) => {
          if (count.tokens <= threshold) return null;
          const { messageId, data, quote } = finding({ tokens: count.tokens, how: count.complete ? 'exact' : 'stopped' });
          return { messageId: messageId!, data, quote: typeof quote === 'string' ? quote : undefined };
        },
      },
    });
  },
};

/** A count and how it was reached: BPE to the end, BPE stopped past twice the limit, or the lower bound. */
interface Counted {
  tokens: number;
  how: 'exact' | 'stopped' | 'lower-bound';
}

interface Limits {
  /** Largest prompt the provider accepts for this request. */
  promptLimit: number;
  /** The limit as the provider states it (context window or input cap). */
  window: number;
  /** Output tokens the provider adds to the prompt before comparing, if any. */
  output: number;
}

function limitsFor(api: ApiId, model: ModelInfo, output: number): Limits | null {
  const window = model.contextWindow!;
  // OpenAI counts prompt + max output against the window (and GPT-5 also caps the input alone);
  // Anthropic rejects input + max_tokens over the window. Gemini and DashScope compare the input only.
  const countsOutput = (model.outputCountsAgainstContext || api === 'anthropic-messages') && output <= window;
  const byWindow = { promptLimit: window - (countsOutput ? output : 0), window, output: countsOutput ? output : 0 };
  if (model.maxInputTokens && model.maxInputTokens < byWindow.promptLimit) return { promptLimit: model.maxInputTokens, window: model.maxInputTokens, output: 0 };
  return byWindow;
}

function findingFor(
  context: RuleContext,
  api: ApiId,
  model: ModelInfo,
  { tokens, how }: Counted,
  limits: Limits,
  output: ReturnType<typeof requestedOutput>,
  exact: boolean,
): Report {
  const { window } = limits;
  const quote = providerWording(api, tokens, limits);
  const firstParty = servedByModelHost(context.provider);
  const count = { fragment: (exact ? COUNT_WORDS : ESTIMATE_WORDS)[how], data: { n: tokens } };
  return {
    path: api === 'gemini-generate' ? ['contents'] : api === 'openai-responses' ? ['input'] : api === 'dashscope-generation' ? ['input'] : ['messages'],
    severity: exact && firstParty ? 'error' : 'warning',
    ...(limits.output
      ? { messageId: 'overWindow', data: { model: model.id, window, count, output: limits.output, param: output?.name ?? '' } }
      : { messageId: 'overLimit', data: { model: model.id, window, count } }),
    quote,
  };
}

/**
 * The model uses o200k_base: the count is the model's own (bar message framing; the lower bound counts one
 * token per word, number group and symbol run, enough to decide without counting exactly). Otherwise
 * o200k_base's count is an estimate: the model has its own tokenizer, so the real count differs.
 */
const COUNT_WORDS: Record<Counted['how'], string> = { exact: 'exact', stopped: 'stopped', 'lower-bound': 'lowerBound' };
const ESTIMATE_WORDS: Record<Counted['how'], string> = { exact: 'aboutExact', stopped: 'aboutStopped', 'lower-bound': 'aboutLowerBound' };

function providerWording(api: ApiId, tokens: number, { window, output }: Limits): string {
  switch (api) {
    case 'anthropic-messages':
      return output
        ? `input length and \`max_tokens\` exceed context limit: ${tokens} + ${output} > ${window}, decrease input length or \`max_tokens\` and try again`
        : `prompt is too long: ${tokens} tokens > ${window} maximum`;
    case 'gemini-generate':
      return `The input token count (${tokens}) exceeds the maximum number of tokens allowed (${window}).`;
    case 'dashscope-generation':
      return `Range of input length should be [1, ${window}]`;
    default:
      return output
        ? `This model's maximum context length is ${window} tokens. However, you requested ${tokens + output} tokens (${tokens} in the messages, ${output} in the completion). Please reduce the length of the messages or completion.`
        : `This model's maximum context length is ${window} tokens. However, your messages resulted in ${tokens} tokens. Please reduce the length of the messages.`;
  }
}
