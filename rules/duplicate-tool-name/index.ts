import type { Severity } from '../../server/src/core/rule-api.ts';
import type { RuleModule } from '../types.ts';
import { isFirstParty, providerPath } from '../shared/tools.ts';
import { translations } from './l10n.ts';

const ANTHROPIC = 'tools: Tool names must be unique.';
const GEMINI = 'Duplicate function declaration found: tool_function';
const DEEPSEEK = 'Tool names must be unique.';

export const rule: RuleModule = {
  meta: {
    id: 'duplicate-tool-name',
    translations,
    severity: 'error',
    apis: ['openai-chat', 'openai-responses', 'anthropic-messages', 'gemini-generate', 'dashscope-generation'],
    description: 'Two tools (or function declarations) with the same name in one request.',
    messages: {
      duplicate: "Tool name '{{name}}' is already used by {{first}}.",
      duplicateAmbiguous: "Tool name '{{name}}' is already used by {{first}}: a call to it is ambiguous.",
    },
    providerErrors: [
      { api: 'anthropic-messages', provider: 'anthropic', message: ANTHROPIC, source: 'https://github.com/eclipse-theia/theia/issues/16122 ; https://github.com/anthropics/claude-code/issues/10687' },
      { api: 'gemini-generate', provider: 'gemini', message: GEMINI, source: 'https://github.com/owndev/Open-WebUI-Functions/issues/135' },
      { api: 'openai-chat', provider: 'deepseek', message: DEEPSEEK, source: 'https://github.com/router-for-me/CLIProxyAPI/issues/4788' },
    ],
  },
  check(context) {
    const api = context.api;
    if (!api) return;
    const provider = context.provider;
    // Where the provider is known to reject duplicates it is an error; OpenAI, DashScope and relays
    // do not document it (OpenAI is reported to accept them), so there it is a warning: the model
    // cannot tell the two tools apart and the caller cannot dispatch the call.
    let severity: Severity = 'warning';
    let quote = '';
    if (api === 'anthropic-messages' && isFirstParty(api, provider)) {
      severity = 'error';
      quote = ANTHROPIC;
    } else if (api === 'gemini-generate' && isFirstParty(api, provider)) {
      severity = 'error';
    } else if (api === 'openai-chat' && provider === 'deepseek') {
      severity = 'error';
      quote = DEEPSEEK;
    }
    const seen = new Map<string, string>();
    for (const tool of context.request.tools().tools) {
      if (tool.name === undefined || tool.templated) continue;
      const first = seen.get(tool.name);
      const here = providerPath(api, tool.toolPath);
      if (first === undefined) {
        seen.set(tool.name, here);
        continue;
      }
      const geminiQuote = api === 'gemini-generate' && severity === 'error' ? `Duplicate function declaration found: ${tool.name}` : '';
      context.report({
        path: tool.namePath,
        severity,
        // Where no provider is known to reject it, the message says what goes wrong instead.
        messageId: severity === 'warning' ? 'duplicateAmbiguous' : 'duplicate',
        data: { name: tool.name, first },
        ...((quote || geminiQuote) && { quote: quote || geminiQuote }),
      });
    }
  },
};
