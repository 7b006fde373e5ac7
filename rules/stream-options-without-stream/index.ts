import { isObject, isTemplated } from '../shared.ts';
import type { Severity } from '../../server/src/core/rule-api.ts';
import type { RuleModule } from '../types.ts';
import { translations } from './l10n.ts';

const OPENAI = "The 'stream_options' parameter is only allowed when 'stream' is enabled.";

export const rule: RuleModule = {
  meta: {
    id: 'stream-options-without-stream',
    translations,
    severity: 'error',
    apis: ['openai-chat', 'openai-responses'],
    description: '`stream_options` set while `stream` is not true.',
    needsCompleteBody: true,
    messages: {
      notStreamed: "'stream_options' only applies to streamed responses, and {{stream}}.",
    },
    fragments: {
      notSet: "'stream' is not set",
      isValue: "'stream' is {{value}}",
    },
    providerErrors: [{ api: 'openai-chat', message: OPENAI, source: 'https://github.com/BerriAI/litellm/issues/5803' }],
  },
  check(context) {
    if ((context.api !== 'openai-chat' && context.api !== 'openai-responses') || !isObject(context.body)) return;
    const body = context.body;
    if (body.stream_options === undefined || body.stream_options === null || body.stream === true || isTemplated(body.stream)) return;
    // Recorded only on OpenAI's Chat Completions; Azure, relays and the Responses API get a warning
    // (the SDK docs say "Only set this when you set stream: true"); other hosts are not known to care.
    let severity: Severity | null = null;
    if (context.provider === 'openai') severity = context.api === 'openai-chat' ? 'error' : 'warning';
    else if (context.provider === 'azure' || context.provider === 'relay' || context.provider === null) severity = 'warning';
    if (!severity) return;
    const stream = body.stream === undefined ? { fragment: 'notSet' } : { fragment: 'isValue', data: { value: JSON.stringify(body.stream) ?? '' } };
    context.report({
      path: ['stream_options'],
      target: 'key',
      severity,
      messageId: 'notStreamed',
      data: { stream },
      quote: OPENAI,
      // Removing keeps the response the request asks for today (one JSON object); streaming changes it to SSE.
      fix: [
        { title: "Remove 'stream_options'", edits: context.fixer.remove(['stream_options']), preferred: true },
        { title: 'Set "stream": true', edits: body.stream === undefined ? context.fixer.insert([], 'stream', true) : context.fixer.replace(['stream'], true) },
      ],
    });
  },
};
