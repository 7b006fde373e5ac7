import type { ApiId, Provider, Severity } from '../../server/src/core/rule-api.ts';
import type { MessageData, MessageFragment, ReportQuote, RuleModule } from '../types.ts';
import { isFirstParty, providerPath } from '../shared/tools.ts';
import { translations } from './l10n.ts';

/**
 * Name rules per API (sources in meta.providerErrors):
 * - OpenAI (Chat tools[].function.name, legacy functions[].name, Responses tools[].name):
 *   `^[a-zA-Z0-9_-]+$`, at most 64 characters ("Must be a-z, A-Z, 0-9, or contain underscores and
 *   dashes, with a maximum length of 64." — openai-node FunctionDefinition.name).
 * - Anthropic client tools: `^[a-zA-Z0-9_-]{1,128}$`.
 * - Gemini functionDeclarations[].name: starts with a letter or underscore; letters, digits,
 *   underscores, dots, colons, dashes; at most 64 characters.
 * - DashScope (native and compatible mode): at most 64 characters (the character set is not documented).
 * - Bedrock Converse toolConfig.tools[].toolSpec.name: `[a-zA-Z0-9_-]+`, 1 to 64 characters
 *   (https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_ToolSpecification.html).
 */
const OPENAI_PATTERN = /^[a-zA-Z0-9_-]+$/;
const ANTHROPIC_PATTERN = /^[a-zA-Z0-9_-]{1,128}$/;
const GEMINI_PATTERN = /^[a-zA-Z_][a-zA-Z0-9_.:-]*$/;
const MAX_OPENAI = 64;
const MAX_ANTHROPIC = 128;
const MAX_GEMINI = 64;

const OPENAI_PATTERN_ERROR = "Invalid 'tools[0].function.name': string does not match pattern. Expected a string that matches the pattern '^[a-zA-Z0-9_-]+$'.";
const OPENAI_LENGTH_ERROR = "Invalid 'tools[25].function.name': string too long. Expected a string with maximum length 64, but got a string with length 67 instead.";
const ANTHROPIC_PATTERN_ERROR = "tools.15.custom.name: String should match pattern '^[a-zA-Z0-9_-]{1,128}$'";
const ANTHROPIC_LENGTH_ERROR = 'tools.18.custom.name: String should have at most 128 characters';
const GEMINI_ERROR =
  'tools[0].function_declarations[53].name: [FIELD_INVALID] Invalid function name. Must start with a letter or an underscore. Must be a-z, A-Z, 0-9, or contain underscores (_), dots (.), colons (:), or dashes (-), with a maximum length of 64.';
/** Gemini's answer for any invalid function name, with this declaration's path. */
const GEMINI_INVALID =
  '{{path}}: [FIELD_INVALID] Invalid function name. Must start with a letter or an underscore. Must be a-z, A-Z, 0-9, or contain underscores (_), dots (.), colons (:), or dashes (-), with a maximum length of 64.';
const DASHSCOPE_LENGTH_ERROR = '<400> InternalError.Algo.InvalidParameter: The length of the tool name cannot exceed 64.';
/** Bedrock's Smithy validation, with this tool's member path (toolConfig.tools.{n}.member, 1-based). */
const BEDROCK_PATTERN = "1 validation error detected: Value '{{raw}}' at '{{path}}' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_-]+";
const BEDROCK_PATTERN_ERROR = "Value 'Complete Session' at 'toolConfig.tools.22.member.toolSpec.name' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_-]+";
const BEDROCK_LENGTH = "1 validation error detected: Value '{{raw}}' at '{{path}}' failed to satisfy constraint: Member must have length less than or equal to 64";

type NameStyle = 'openai' | 'anthropic' | 'gemini' | 'dashscope' | 'bedrock';

function styleFor(api: ApiId, provider: Provider | null): NameStyle {
  if (api === 'anthropic-messages') return 'anthropic';
  if (api === 'bedrock-converse') return 'bedrock';
  if (api === 'gemini-generate' || provider === 'gemini-openai') return 'gemini';
  if (api === 'dashscope-generation' || provider === 'dashscope-compatible') return 'dashscope';
  return 'openai';
}

export const rule: RuleModule = {
  meta: {
    id: 'invalid-tool-name',
    translations,
    severity: 'error',
    apis: ['openai-chat', 'openai-responses', 'anthropic-messages', 'gemini-generate', 'dashscope-generation', 'bedrock-converse'],
    description: 'A tool or function name with characters or a length the API does not allow (dots, spaces, slashes, more than 64 characters, ...).',
    messages: {
      openAiTooLong: `Tool name '{{name}}' is {{len}} characters long; the limit is ${MAX_OPENAI}.`,
      openAiPattern: "Tool name '{{name}}' may only contain a-z, A-Z, 0-9, underscores and dashes{{bad}}.",
      anthropicTooLong: `Tool name '{{name}}' is {{len}} characters long; the limit is ${MAX_ANTHROPIC}.`,
      anthropicPattern: "Tool name '{{name}}' may only contain a-z, A-Z, 0-9, underscores and dashes{{bad}}.",
      geminiInvalid: "Function name '{{name}}' {{why}}.",
      dashscopeTooLong: `Tool name '{{name}}' is {{len}} characters long; the limit is ${MAX_OPENAI}.`,
    },
    fragments: {
      tooLong: 'is {{len}} characters long (the limit is {{max}})',
      firstChar: 'must start with a letter or an underscore',
      geminiChars: 'may only contain letters, digits, underscores, dots, colons and dashes{{bad}}',
      notAllowed: ' (not allowed: {{chars}})',
      empty: ' (the name is empty)',
    },
    providerErrors: [
      { api: 'openai-chat', provider: 'openai', message: OPENAI_PATTERN_ERROR, source: 'https://github.com/CherryHQ/cherry-studio/pull/2895 ; https://github.com/hackers365/xiaozhi-esp32-server-golang/issues/268' },
      { api: 'openai-chat', provider: 'openai', message: OPENAI_LENGTH_ERROR, source: 'https://github.com/use-novamira/novamira/issues/12 ; https://github.com/ravitemer/mcphub.nvim/pull/243' },
      { api: 'openai-chat', provider: 'deepseek', message: "Invalid 'tools[43].function.name': string too long. Expected a string with maximum length 64, but got a string with length 71 instead.", source: 'https://github.com/mrexodia/ida-pro-mcp/issues/129' },
      { api: 'anthropic-messages', provider: 'anthropic', message: ANTHROPIC_PATTERN_ERROR, source: 'https://github.com/anthropics/claude-code/issues/5835 ; https://github.com/github/copilot-cli/issues/454' },
      { api: 'anthropic-messages', provider: 'anthropic', message: ANTHROPIC_LENGTH_ERROR, source: 'https://github.com/anthropics/claude-code/issues/96152' },
      { api: 'gemini-generate', provider: 'gemini', message: `The GenerateContentRequest proto is invalid:\n  * ${GEMINI_ERROR}`, source: 'https://github.com/kaitranntt/ccs/issues/25 ; https://github.com/kaitranntt/ccs/issues/219' },
      { api: 'openai-chat', provider: 'dashscope-compatible', message: DASHSCOPE_LENGTH_ERROR, source: 'https://github.com/QwenLM/Qwen3-VL/issues/2069' },
      { api: 'bedrock-converse', provider: 'bedrock', message: BEDROCK_PATTERN_ERROR, source: 'https://github.com/aws-samples/remote-swe-agents/pull/457 ; https://github.com/PaloAltoNetworks/pan-mcp-relay/issues/7' },
    ],
  },
  check(context) {
    const api = context.api;
    if (!api) return;
    const provider = context.provider;
    const style = styleFor(api, provider);
    const firstParty = isFirstParty(api, provider);
    const { tools } = context.request.tools();
    for (const tool of tools) {
      if (tool.name === undefined || tool.templated) continue;
      if (api === 'anthropic-messages' && tool.kind !== 'custom') continue; // server tools have fixed names
      if (tool.kind === 'builtin' || tool.kind === 'server') continue;
      const name = tool.name;
      const shown = providerPath(api, tool.namePath);
      const len = [...name].length;
      const report = (messageId: string, data: MessageData, severity: Severity, quote: ReportQuote) =>
        context.report({ path: tool.namePath, severity, messageId, data: { name: short(name), ...data }, quote });
      const openAiQuote = (text: string): ReportQuote => ({ text, provider: firstParty ? 'OpenAI' : 'OpenAI itself' });
      switch (style) {
        case 'openai': {
          // Only OpenAI's own validator is known for the pattern; DeepSeek shares its length check.
          const lengthSure = firstParty || provider === 'deepseek';
          if (len > MAX_OPENAI) {
            report('openAiTooLong', { len, path: shown }, lengthSure ? 'error' : 'warning', openAiQuote(`Invalid '{{path}}': string too long. Expected a string with maximum length ${MAX_OPENAI}, but got a string with length {{len}} instead.`));
          }
          if (!OPENAI_PATTERN.test(name)) {
            report('openAiPattern', { bad: badChars(name, /[a-zA-Z0-9_-]/), path: shown }, firstParty ? 'error' : 'warning', openAiQuote("Invalid '{{path}}': string does not match pattern. Expected a string that matches the pattern '^[a-zA-Z0-9_-]+$'."));
          }
          break;
        }
        case 'anthropic': {
          const anthropicPath = `${tool.namePath.slice(0, -1).join('.')}.custom.name`;
          const severity: Severity = firstParty ? 'error' : 'warning';
          if (len > MAX_ANTHROPIC) {
            report('anthropicTooLong', { len, path: anthropicPath }, severity, `{{path}}: String should have at most ${MAX_ANTHROPIC} characters`);
          } else if (!ANTHROPIC_PATTERN.test(name)) {
            report('anthropicPattern', { bad: badChars(name, /[a-zA-Z0-9_-]/), path: anthropicPath }, severity, "{{path}}: String should match pattern '^[a-zA-Z0-9_-]{1,128}$'");
          }
          break;
        }
        case 'gemini': {
          if (len > MAX_GEMINI || !GEMINI_PATTERN.test(name)) {
            const why: MessageFragment =
              len > MAX_GEMINI
                ? { fragment: 'tooLong', data: { len, max: MAX_GEMINI } }
                : !/^[a-zA-Z_]/.test(name)
                  ? { fragment: 'firstChar' }
                  : { fragment: 'geminiChars', data: { bad: badCharList(name, /[a-zA-Z0-9_.:-]/) } };
            const where = api === 'gemini-generate' ? shown : 'tools[...].function_declarations[...].name';
            report('geminiInvalid', { why, path: where }, firstParty ? 'error' : 'warning', GEMINI_INVALID);
          }
          break;
        }
        case 'bedrock': {
          // The length message is Smithy's standard wording for the documented 64-character limit.
          const bedrockPath = bedrockMemberPath(tool.namePath);
          const severity: Severity = firstParty ? 'error' : 'warning';
          if (len > MAX_OPENAI) {
            report('openAiTooLong', { len, raw: short(name), path: bedrockPath }, severity, { text: BEDROCK_LENGTH, source: 'https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_ToolSpecification.html' });
          }
          if (!OPENAI_PATTERN.test(name)) {
            report('openAiPattern', { bad: badChars(name, /[a-zA-Z0-9_-]/), raw: short(name), path: bedrockPath }, severity, { text: BEDROCK_PATTERN, source: 'https://github.com/aws-samples/remote-swe-agents/pull/457' });
          }
          break;
        }
        case 'dashscope': {
          if (len > MAX_OPENAI) {
            const sure = provider === 'dashscope' || provider === 'dashscope-compatible';
            report('dashscopeTooLong', { len }, sure ? 'error' : 'warning', DASHSCOPE_LENGTH_ERROR);
          }
          break;
        }
      }
    }
  },
};

function short(name: string): string {
  return name.length > 40 ? `${name.slice(0, 37)}...` : name;
}

/** ` (not allowed: ".", " ")` for the characters outside `allowed`. */
function badChars(name: string, allowed: RegExp): MessageFragment | '' {
  const bad = [...new Set([...name].filter((c) => !allowed.test(c)))];
  if (!bad.length) return name.length === 0 ? { fragment: 'empty' } : '';
  return { fragment: 'notAllowed', data: { chars: bad.slice(0, 5).map((c) => JSON.stringify(c)).join(', ') } };
}

/** The same list inside a fragment (fragments hold text, not other fragments). */
function badCharList(name: string, allowed: RegExp): string {
  const bad = [...new Set([...name].filter((c) => !allowed.test(c)))];
  return bad.length ? ` (${bad.slice(0, 5).map((c) => JSON.stringify(c)).join(', ')})` : '';
}

/** `toolConfig.tools.1.member.toolSpec.name`: AWS numbers list members from 1 and names the element `member`. */
function bedrockMemberPath(path: readonly (string | number)[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `${p + 1}.member` : p)).join('.');
}
