import { unknownHost as hostUnknown } from '../profiles/index.ts';
import { isObject, isTemplated } from '../shared.ts';
import type { Severity } from '../../server/src/core/rule-api.ts';
import type { RuleContext, RuleModule } from '../types.ts';
import { translations } from './l10n.ts';

const OPENAI = "'messages' must contain the word 'json' in some form, to use 'response_format' of type 'json_object'.";
const DEEPSEEK = "Prompt must contain the word 'json' in some form to use 'response_format' of type 'json_object'.";
const RESPONSES = "Response input messages must contain the word 'json' in some form to use 'text.format' of type 'json_object'.";

export const rule: RuleModule = {
  meta: {
    id: 'json-mode-without-json-word',
    translations,
    severity: 'error',
    apis: ['openai-chat', 'openai-responses', 'dashscope-generation'],
    description: 'JSON mode (`json_object`) requested while no message mentions the word "json".',
    needsCompleteBody: true,
    messages: {
      chat: "JSON mode needs the word 'json' in the messages: say in a system or user message that the answer is JSON.",
      responses: "JSON mode needs the word 'json' in the input messages; none of them mentions it.",
      responsesInstructions: "JSON mode needs the word 'json' in the input messages; 'instructions' do not count.",
      dashscope: "JSON mode needs the word 'json' in the messages; none of them mentions it.",
    },
    providerErrors: [
      { api: 'openai-chat', message: OPENAI, source: 'https://github.com/ultimatejimmy/xray.koplugin/issues/33 ; https://github.com/meta-llama/PurpleLlama/issues/94' },
      { api: 'openai-chat', provider: 'deepseek', message: DEEPSEEK, source: 'https://github.com/vercel/ai/issues/7913' },
      { api: 'openai-chat', provider: 'dashscope-compatible', message: OPENAI, source: 'https://www.alibabacloud.com/help/en/model-studio/error-code' },
      { api: 'dashscope-generation', message: OPENAI, source: 'https://www.alibabacloud.com/help/en/model-studio/error-code' },
      {
        api: 'openai-responses',
        message: RESPONSES,
        source:
          'exact wording quoted by several public projects that hit it (no first-party page), which note that `instructions` alone do not count; https://github.com/miracodeai/mira/pull/267 (Responses backends check all input items)',
      },
    ],
  },
  check(context) {
    const body = context.body;
    if (!isObject(body)) return;
    if (context.api === 'openai-chat') {
      const severity = chatSeverity(context);
      if (!severity || !isJsonObject(body.response_format)) return;
      if (mentionsJson(body.messages) !== 'no') return;
      const quote = context.provider === 'deepseek' ? { text: DEEPSEEK, provider: 'DeepSeek' } : { text: OPENAI, provider: context.provider === 'dashscope-compatible' ? 'DashScope' : 'OpenAI' };
      context.report({ path: ['response_format', 'type'], severity, messageId: 'chat', quote });
    } else if (context.api === 'openai-responses') {
      const severity = responsesSeverity(context);
      const format = isObject(body.text) ? body.text.format : undefined;
      if (!severity || !isJsonObject(format)) return;
      // With stored state or a stored prompt, part of the input lives on the server.
      if (body.previous_response_id !== undefined || body.conversation !== undefined || body.prompt !== undefined) return;
      if (mentionsJson(body.input) !== 'no') return;
      const inInstructions = mentionsJson(body.instructions) === 'yes';
      context.report({ path: ['text', 'format', 'type'], severity, messageId: inInstructions ? 'responsesInstructions' : 'responses', quote: { text: RESPONSES, provider: 'OpenAI' } });
    } else if (context.api === 'dashscope-generation') {
      const severity = context.provider === 'dashscope' ? 'error' : unknownHost(context) ? 'warning' : null;
      const parameters = isObject(body.parameters) ? body.parameters : undefined;
      if (!severity || !parameters || !isJsonObject(parameters.response_format)) return;
      const input = isObject(body.input) ? body.input : undefined;
      if (!input || mentionsJson(input.messages ?? input.prompt) !== 'no') return;
      context.report({ path: ['parameters', 'response_format', 'type'], severity, messageId: 'dashscope', quote: { text: OPENAI, provider: 'DashScope' } });
    }
  },
};

const unknownHost = (context: RuleContext) => hostUnknown(context.provider);

/** Hosts known to check the prompt; a relay may forward to one of them. */
function chatSeverity(context: RuleContext): Severity | null {
  const p = context.provider;
  if (p === 'openai' || p === 'azure' || p === 'deepseek' || p === 'dashscope-compatible') return 'error';
  return unknownHost(context) ? 'warning' : null;
}

/**
 * Responses: one public report says OpenAI's own endpoint accepted such a request while Codex-style
 * backends rejected it (miracodeai/mira#267); others quote the 400 from OpenAI. Until that is settled,
 * a warning.
 */
function responsesSeverity(context: RuleContext): Severity | null {
  const p = context.provider;
  return p === 'openai' || p === 'azure' || unknownHost(context) ? 'warning' : null;
}

function isJsonObject(format: unknown): boolean {
  return isObject(format) && format.type === 'json_object';
}

const JSON_WORD = /json/i;

/**
 * Whether any string value inside `value` contains "json" (case-insensitive, in any form): 'yes',
 * 'no', or 'unknown' when a `{{variable}}` could supply the word. Counting every string (tool
 * results, arguments, any role) errs on the side of silence.
 */
function mentionsJson(value: unknown): 'yes' | 'no' | 'unknown' {
  let templated = false;
  const stack: unknown[] = [value];
  while (stack.length) {
    const current = stack.pop();
    if (typeof current === 'string') {
      if (JSON_WORD.test(current)) return 'yes';
      if (isTemplated(current)) templated = true;
    } else if (Array.isArray(current)) {
      for (const item of current) stack.push(item);
    } else if (isObject(current)) {
      for (const key of Object.keys(current)) stack.push(current[key]);
    }
  }
  return templated ? 'unknown' : 'no';
}

