import { isObject, isTemplated } from '../shared.ts';
import type { JsonPath, RequestUnit, Severity } from '../../server/src/core/rule-api.ts';
import type { MessageFragment, RuleModule } from '../types.ts';
import { translations } from './l10n.ts';
import { unnamedHost } from '../profiles/index.ts';

const NON_STREAM = 'parameter.enable_thinking must be set to false for non-streaming calls';
const NON_STREAM_THINKING_ONLY = 'parameter.enable_thinking only support stream call';
const RESTRICTED_TRUE = 'The value of the enable_thinking parameter is restricted to True.';
const ERROR_CODES = 'https://www.alibabacloud.com/help/en/model-studio/error-code';

export const rule: RuleModule = {
  meta: {
    id: 'thinking-requires-streaming',
    translations,
    severity: 'error',
    apis: ['dashscope-generation', 'openai-chat'],
    description:
      'A DashScope (Qwen) call with thinking on, explicitly or by the model default, that does not stream, or that tries to turn thinking off on a thinking-only model.',
    needsCompleteBody: true,
    messages: {
      alwaysThinks: "'{{model}}' always thinks: 'enable_thinking' cannot turn it off (remove it, or pick another model).",
      notStreamed: 'Thinking is on ({{why}}) but the call does not stream: {{fix}}.',
    },
    fragments: {
      flagOn: "'enable_thinking' is true",
      byDefault: "'{{model}}' thinks by default",
      always: "'{{model}}' always thinks",
      sse: "add the 'X-DashScope-SSE: enable' header",
      sseOrOff: "add the 'X-DashScope-SSE: enable' header, or send \"enable_thinking\": false",
      stream: 'set "stream": true',
      streamOrOff: 'set "stream": true, or send "enable_thinking": false',
    },
    providerErrors: [
      { api: 'openai-chat', provider: 'dashscope-compatible', message: NON_STREAM, source: 'https://github.com/infiniflow/ragflow/issues/8972' },
      { api: 'dashscope-generation', provider: 'dashscope', message: NON_STREAM, source: 'https://github.com/langchain4j/langchain4j/issues/3974' },
      { api: 'dashscope-generation', provider: 'dashscope', message: `${NON_STREAM_THINKING_ONLY} (thinking-only models)`, source: ERROR_CODES },
      { api: 'dashscope-generation', provider: 'dashscope', message: RESTRICTED_TRUE, source: ERROR_CODES },
    ],
  },
  check(context) {
    const body = context.body;
    if (!isObject(body)) return;
    let severity: Severity;
    let owner: Record<string, unknown>;
    let base: JsonPath;
    let streaming: boolean | null;
    let howToStream: 'sse' | 'stream';
    if (context.api === 'dashscope-generation') {
      if (context.provider !== 'dashscope' && context.provider !== 'relay' && context.provider !== null) return;
      severity = context.provider === 'dashscope' ? 'error' : 'warning';
      if (body.parameters !== undefined && !isObject(body.parameters)) return;
      owner = isObject(body.parameters) ? body.parameters : {};
      base = ['parameters'];
      streaming = nativeStreaming(context.unit);
      howToStream = 'sse';
    } else if (context.api === 'openai-chat') {
      if (context.provider === 'dashscope-compatible') severity = 'error';
      // Only where the host is unknown (a relay may route a Qwen model to DashScope); a named OpenAI-compatible
      // host (vLLM, SGLang, SiliconFlow, …) serves Qwen itself, without DashScope's streaming rule.
      else if (unnamedHost(context.provider) && context.modelInfo?.vendor === 'alibaba') severity = 'warning';
      else return;
      owner = body;
      base = [];
      streaming = isTemplated(body.stream) ? null : body.stream === true;
      howToStream = 'stream';
    } else return;

    const qt = context.modelInfo?.quirks.qwenThinking;
    const flag = owner.enable_thinking;
    if (isTemplated(flag)) return;

    // enable_thinking: false on a model that always thinks.
    if (flag === false && qt?.thinkingOnly) {
      context.report({
        path: [...base, 'enable_thinking'],
        severity: 'warning',
        messageId: 'alwaysThinks',
        data: { model: context.modelInfo!.id },
        quote: RESTRICTED_TRUE,
      });
    }

    if (streaming !== false) return;
    let why: MessageFragment;
    let path: JsonPath;
    if (flag === true) {
      why = { fragment: 'flagOn' };
      path = [...base, 'enable_thinking'];
    } else if (flag === undefined && qt?.defaultOn) {
      why = { fragment: 'byDefault', data: { model: context.modelInfo!.id } };
      path = ['model'];
    } else if (qt?.thinkingOnly) {
      why = { fragment: 'always', data: { model: context.modelInfo!.id } };
      path = flag === false ? [...base, 'enable_thinking'] : ['model'];
    } else return;
    // Known models declare whether they need streaming; for an unknown model the explicit switch is only a warning.
    if (qt && !qt.requiresStreaming) return;
    const findingSeverity: Severity = qt ? severity : 'warning';
    const fix = { fragment: qt?.thinkingOnly ? howToStream : `${howToStream}OrOff` };
    const quote = qt?.thinkingOnly ? NON_STREAM_THINKING_ONLY : NON_STREAM;
    if (path[0] === 'model' && body.model === undefined) path = [];
    context.report({
      path: path.length ? path : undefined,
      span: path.length ? undefined : 'request-line',
      severity: findingSeverity,
      messageId: 'notStreamed',
      data: { why, fix },
      quote,
    });
  },
};

/** Native DashScope streams when `X-DashScope-SSE: enable` is sent; null when the header is templated. */
function nativeStreaming(unit: RequestUnit): boolean | null {
  for (const header of unit.headers) {
    const name = header.name.toLowerCase();
    if (name === 'x-dashscope-sse') {
      if (header.value.includes('{{')) return null;
      return header.value.trim().toLowerCase() === 'enable';
    }
    // An SSE Accept header alone is not documented to switch streaming on: unknown, stay silent.
    if (name === 'accept' && /text\/event-stream|\{\{/.test(header.value)) return null;
  }
  return false;
}
