import type { RuleFix, RuleModule } from '../types.ts';
import { formatPath, googlePath, openAiList, providerName, pydanticList, relayToMaker } from '../shared/spec-walk.ts';
import { translations } from './l10n.ts';

const OPENAI = "Invalid value: 'self.reasoning_effort'. Supported values are: 'low', 'medium', and 'high'.";
const ANTHROPIC_ROLE = 'messages: Unexpected role "tool". Allowed roles are "user" or "assistant". For instructions on how to use tools, see https://docs.anthropic.com/en/docs/tool-use';
const ANTHROPIC_TAG = "tools.0: Input tag 'web_search_20250305' found using 'type' does not match any of the expected tags: 'bash_20250124', 'custom', 'text_editor_20250124', 'text_editor_20250429', 'text_editor_20250728'";
const GEMINI_ROLE = 'Please use a valid role: user, model.';
const GEMINI_ENUM = 'Invalid value at "safety_settings[4].category" (type.googleapis.com/google.ai.generativelanguage.v1beta.HarmCategory), "HARM_CATEGORY_IMAGE_HATE"';

/** The same role under another API's name (Gemini says `model` where the others say `assistant`). */
const ROLE_COUNTERPART: Record<string, string> = { model: 'assistant', assistant: 'model', developer: 'system', system: 'developer' };

export const rule: RuleModule = {
  meta: {
    id: 'unknown-enum-value',
    translations,
    severity: 'error',
    apis: 'all',
    description: 'A value that is not one of those its parameter accepts: an effort level, a tier, a response format, a message role, a content part type.',
    needsCompleteBody: true,
    messages: {
      notInEnum: "'{{path}}' is '{{value}}', which is not one of {{allowed}}.",
      notInEnumNear: "'{{path}}' is '{{value}}', which is not one of {{allowed}}; did you mean '{{near}}'?",
    },
    providerErrors: [
      { api: 'openai-chat', provider: 'openai', message: OPENAI, source: 'https://github.com/stanford-crfm/helm/pull/3501' },
      { api: 'anthropic-messages', provider: 'anthropic', message: ANTHROPIC_ROLE, source: 'https://github.com/mark3labs/mcphost/issues/36' },
      {
        api: 'anthropic-messages',
        provider: 'bedrock',
        message: ANTHROPIC_TAG,
        source: 'https://github.com/pydantic/pydantic-ai/tree/4fda38988f2939fa6ea9cdefcf120693e10ef491/tests/models/cassettes',
      },
      { api: 'gemini-generate', provider: 'gemini', message: GEMINI_ROLE, source: 'https://github.com/langgenius/dify-official-plugins/issues/566' },
      { api: 'gemini-generate', provider: 'gemini', message: GEMINI_ENUM, source: 'https://github.com/NEKOparapa/AiNiee/issues/746' },
    ],
  },
  create(context) {
    const api = context.api;
    const verdict = context.request.judgement();
    if (!api || !verdict) return {};
    // Enums belong to the API's own schema: other dialects (DeepSeek, OpenRouter, compatible modes)
    // accept values of their own, so only the first party, Azure and relays to the maker's models are judged.
    if (!verdict.firstParty && context.provider !== 'azure' && !relayToMaker(context)) return {};
    return {
      specValue: ({ path, value, spec }) => {
        if (!spec.enum || (typeof value !== 'string' && typeof value !== 'number')) return;
        if (spec.enum.includes(value)) return;
        const name = path[path.length - 1];
        const parent = path.slice(0, -1);
        // A `system` turn inside Anthropic `messages` is system-message-misplaced's finding.
        if (api === 'anthropic-messages' && name === 'role' && value === 'system') return;
        // Proto JSON reads "" as "not set" (Content.role is optional).
        if (api === 'gemini-generate' && value === '') return;
        // Google's own REST sample sends `"function_calling_config": {"mode": "auto"}` in lower case
        // (https://github.com/google-gemini/api-examples/blob/main/rest/function_calling.sh): a value that
        // differs from an enum name only in case is not judged.
        if (api === 'gemini-generate' && typeof value === 'string' && spec.enum.some((v) => typeof v === 'string' && v.toLowerCase() === value.toLowerCase())) return;

        const shown = formatPath(api, path);
        let severity = verdict.severity;
        let quote = '';
        if (verdict.firstParty) {
          switch (api) {
            case 'openai-chat':
            case 'openai-responses':
              quote = `Invalid value: '${value}'. Supported values are: ${openAiList(spec.enum)}.`;
              break;
            case 'anthropic-messages':
              if (name === 'role' && parent[0] === 'messages') quote = `messages: Unexpected role "${value}". Allowed roles are "user" or "assistant".`;
              else if (name === 'type') quote = `${formatPath(api, parent)}: Input tag '${value}' found using 'type' does not match any of the expected tags: ${spec.enum.map((v) => `'${v}'`).join(', ')}`;
              else quote = `${shown}: Input should be ${pydanticList(spec.enum)}`;
              break;
            case 'gemini-generate':
              quote = name === 'role' ? GEMINI_ROLE : `Invalid value at '${googlePath(path)}', "${value}"`;
              break;
            case 'dashscope-generation':
              severity = 'warning';
              break;
          }
        }
        const near = spec.enum.find((v) => typeof v === 'string' && typeof value === 'string' && v.toLowerCase() === value.toLowerCase());
        const fix = near !== undefined ? near : name === 'role' && typeof value === 'string' ? ROLE_COUNTERPART[value] : undefined;
        const fixes: RuleFix | undefined =
          fix !== undefined && spec.enum.includes(fix) ? { title: `Change '${value}' to '${fix}'`, edits: context.fixer.replace(path, fix), preferred: true } : undefined;
        context.report({
          path,
          severity,
          messageId: near !== undefined ? 'notInEnumNear' : 'notInEnum',
          data: { path: shown, value, allowed: spec.enum.map((v) => `'${v}'`).join(', '), ...(near !== undefined && { near: String(near) }) },
          ...(quote && { quote }),
          fix: fixes,
        });
      },
    };
  },
};
