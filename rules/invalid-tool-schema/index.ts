import type { ApiId, JsonPath, Severity } from '../../server/src/core/rule-api.ts';
import { isObject, isTemplated } from '../shared.ts';
import type { ReportQuote, RuleContext, RuleModule } from '../types.ts';
import { isFirstParty, keyOf, providerPath, type DeclaredTool } from '../shared/tools.ts';
import { metaSchemaIssues, type Draft, type SchemaIssue } from '../shared/json-schema.ts';
import { schemaMemo } from '../shared/schema-memo.ts';
import { openAiSchemaIssues, strictModeIssues } from '../shared/strict-mode.ts';
import { geminiSchemaIssues, geminiUnknownField } from '../shared/gemini-schema.ts';
import { modelVendor } from '../models/families.ts';
import { translations } from './l10n.ts';
import { SCHEMA_FRAGMENTS, withSchemaWords } from '../shared/schema-words.ts';

const OPENAI_META = "Invalid schema for function 'mcp_home_zz_conda_envs_open_manus_bin_python_str_replace_editor': [] is not of type 'object', 'boolean'.";
const OPENAI_ITEMS = "Invalid schema for function 'get_room_layout': In context=('properties', 'objects'), array schema missing items.";
const OPENAI_ROOT = "Invalid schema for function 'run_in_terminal': schema must have type 'object' and not have 'oneOf'/'anyOf'/'allOf'/'enum'/'not' at the top level.";
const OPENAI_STRICT_AP = "Invalid schema for function 'get_weather': In context=(), 'additionalProperties' is required to be supplied and to be false.";
const OPENAI_STRICT_REQUIRED =
  "Invalid schema for response_format 'response': In context=('properties', 'organizations', 'items'), 'required' is required to be supplied and to be an array including every key in properties. Missing 'roles'.";
const OPENAI_STRICT_KEYWORD = "Invalid schema for response_format 'review': In context=('properties', 'scores', 'items', 'properties', 'value'), 'minimum' is not permitted.";
const ANTHROPIC_META =
  'tools.18.custom.input_schema: JSON schema is invalid. It must match JSON Schema draft 2020-12 (https://json-schema.org/draft/2020-12). Learn more about tool use at https://docs.anthropic.com/en/docs/tool-use.';
const ANTHROPIC_TOP_LEVEL = 'tools.1.custom.input_schema: input_schema does not support oneOf, allOf, or anyOf at the top level';
const GEMINI_UNKNOWN = "Invalid JSON payload received. Unknown name \"additionalProperties\" at 'tools[0].function_declarations[0].parameters': Cannot find field.";

export const rule: RuleModule = {
  meta: {
    id: 'invalid-tool-schema',
    translations: withSchemaWords(translations),
    severity: 'error',
    apis: ['openai-chat', 'openai-responses', 'anthropic-messages', 'gemini-generate', 'dashscope-generation'],
    description:
      "A tool's parameter schema the API rejects: not valid JSON Schema, outside Gemini's OpenAPI subset, not an object at the root, or breaking OpenAI's strict-mode rules.",
    needsCompleteBody: true,
    messages: {
      invalidJsonSchema: "Not valid JSON Schema: '{{where}}' {{problem}}.",
      openAiSchema: '{{hint}}',
      strictMode: 'With "strict": true: {{hint}}',
      anthropicNotObject: "'input_schema' must be a JSON Schema object with \"type\": \"object\", not {{got}}.",
      anthropicTopCombinator: "'{{top}}' at the top of 'input_schema': move it into a property of an object schema.",
      anthropicTopType: "'input_schema' must have \"type\": \"object\" at the top (got {{got}}).",
      geminiUnknownField: "'{{key}}' is not a field of Gemini's Schema: remove it, or use 'parametersJsonSchema'.",
      geminiUnknownFieldRelay: "'{{key}}' is not a field of Gemini's Schema, which a relay forwarding to Gemini sends: remove it.",
    },
    fragments: SCHEMA_FRAGMENTS,
    providerErrors: [
      { api: 'openai-chat', provider: 'openai', message: OPENAI_META, source: 'https://github.com/FoundationAgents/OpenManus/issues/1162' },
      { api: 'openai-chat', provider: 'openai', message: OPENAI_ITEMS, source: 'https://github.com/modelscope/ms-agent/pull/610 ; https://github.com/mark3labs/mcp-filesystem-server/pull/23' },
      { api: 'openai-chat', provider: 'openai', message: OPENAI_ROOT, source: 'https://github.com/microsoft/vscode/issues/307515' },
      { api: 'openai-chat', provider: 'openai', message: OPENAI_STRICT_AP, source: 'https://github.com/xemantic/xemantic-ai-tool-schema/issues/37 ; Responses form: https://github.com/lastmile-ai/openai-agents-mcp/issues/2' },
      { api: 'openai-chat', provider: 'openai', message: OPENAI_STRICT_REQUIRED, source: 'https://github.com/vercel/ai/issues/6484' },
      { api: 'openai-chat', provider: 'openai', message: OPENAI_STRICT_KEYWORD, source: 'https://github.com/liam-hq/liam/pull/1162 (supported keywords: https://platform.openai.com/docs/guides/structured-outputs#supported-schemas)' },
      { api: 'anthropic-messages', provider: 'anthropic', message: ANTHROPIC_META, source: 'https://github.com/anthropics/claude-code/issues/7365 ; Bedrock: https://github.com/acomagu/vscode-as-mcp-server/issues/6' },
      { api: 'anthropic-messages', provider: 'anthropic', message: ANTHROPIC_TOP_LEVEL, source: 'https://github.com/Hmbown/Codewhale/issues/4329' },
      { api: 'gemini-generate', provider: 'gemini', message: GEMINI_UNKNOWN, source: 'https://github.com/Laisky/one-api/issues/60 ; https://github.com/zed-extensions/mcp-server-brave-search/issues/12 ; https://github.com/openswarm-ai/openswarm/issues/24' },
    ],
  },
  check(context) {
    const api = context.api;
    if (!api) return;
    const firstParty = isFirstParty(api, context.provider);
    const severity: Severity = firstParty ? 'error' : 'warning';
    let geminiIndex = 0;
    for (const tool of context.request.tools().tools) {
      if (!tool.holder) continue;
      switch (api) {
        case 'openai-chat':
        case 'openai-responses':
          if (tool.kind === 'function') checkOpenAi(context, api, tool, severity);
          if (tool.kind === 'function' && api === 'openai-chat' && translatedToGemini(context)) checkGeminiThroughRelay(context, tool, geminiIndex++);
          break;
        case 'dashscope-generation':
          if (tool.kind === 'function') checkOpenAi(context, api, tool, 'warning');
          break;
        case 'anthropic-messages':
          if (tool.kind === 'custom') checkAnthropic(context, tool, severity);
          break;
        case 'gemini-generate':
          checkGemini(context, tool, context.provider === 'gemini' ? 'error' : 'warning');
          break;
      }
    }
  },
};

function label(tool: DeclaredTool): string {
  return `function '${tool.name ?? '?'}'`;
}

function reportMeta(context: RuleContext, schema: unknown, path: JsonPath, draft: Draft, severity: Severity, quote?: ReportQuote): void {
  reportMetaIssues(context, metaSchemaIssues(schema, path, draft), severity, quote);
}

function reportMetaIssues(context: RuleContext, issues: readonly SchemaIssue[], severity: Severity, quote?: ReportQuote): void {
  for (const issue of issues) {
    context.report({ path: issue.path, severity, messageId: 'invalidJsonSchema', data: { where: issue.where, problem: issue.problem }, ...(quote && { quote }) });
  }
}

function checkOpenAi(context: RuleContext, api: ApiId, tool: DeclaredTool, severity: Severity): void {
  const holder = tool.holder!;
  if (!Object.prototype.hasOwnProperty.call(holder, 'parameters')) return;
  const schema = holder.parameters;
  if (schema === null || isTemplated(schema)) return;
  const path: JsonPath = [...tool.holderPath, 'parameters'];
  const param = providerPath(api === 'dashscope-generation' ? 'openai-chat' : api, path);
  // A relay or DashScope usually follows OpenAI's rules: the words are OpenAI's.
  const who = api === 'dashscope-generation' || severity !== 'error' ? 'OpenAI (whose rules this provider usually follows)' : 'OpenAI';
  const prefix = `Invalid schema for ${label(tool)}: `;
  // The same tools come with every call of an application and stay as they were while a message is edited:
  // the three checks' issues are remembered by the schema's text (schema-memo.ts).
  const strict = holder.strict === true;
  const issues = schemaMemo('openai-function', strict ? 'strict' : '', schema, path, () => ({
    meta: metaSchemaIssues(schema, path, 'draft-07'),
    openai: isObject(schema) ? openAiSchemaIssues(schema, path, 'function') : [],
    strict: isObject(schema) && strict ? strictModeIssues(schema, path, 'function') : [],
  }));
  reportMetaIssues(context, issues.meta, severity, { text: `${prefix}... (param '${param}', code invalid_function_parameters)`, provider: who });
  if (!isObject(schema)) return;
  for (const issue of issues.openai) {
    context.report({ path: issue.path, target: issue.target, severity, messageId: 'openAiSchema', data: { hint: issue.hint }, quote: { text: `${prefix}${issue.openai}`, provider: who } });
  }
  if (strict) {
    for (const issue of issues.strict) {
      context.report({ path: issue.path, target: issue.target, severity, messageId: 'strictMode', data: { hint: issue.hint }, quote: { text: `${prefix}${issue.openai}`, provider: who } });
    }
  }
}

function checkAnthropic(context: RuleContext, tool: DeclaredTool, severity: Severity): void {
  const holder = tool.holder!;
  if (!Object.prototype.hasOwnProperty.call(holder, 'input_schema')) return; // missing-required-field's job
  const schema = holder.input_schema;
  if (isTemplated(schema)) return;
  const path: JsonPath = [...tool.holderPath, 'input_schema'];
  const where = `${tool.holderPath.join('.')}.custom.input_schema`;
  if (!isObject(schema)) {
    context.report({ path, severity, messageId: 'anthropicNotObject', data: { got: Array.isArray(schema) ? 'an array' : JSON.stringify(schema) } });
    return;
  }
  reportMeta(context, schema, path, '2020-12', severity, `${where}: JSON schema is invalid. It must match JSON Schema draft 2020-12 (https://json-schema.org/draft/2020-12). Learn more about tool use at https://docs.anthropic.com/en/docs/tool-use.`);
  const top = ['oneOf', 'allOf', 'anyOf'].find((k) => k in schema);
  if (top) {
    context.report({ path: [...path, top], target: 'key', severity, messageId: 'anthropicTopCombinator', data: { top, where }, quote: '{{where}}: input_schema does not support oneOf, allOf, or anyOf at the top level' });
  }
  const type = schema.type;
  if (type !== 'object' && !isTemplated(type)) {
    context.report({
      path: type === undefined ? path : [...path, 'type'],
      severity,
      messageId: 'anthropicTopType',
      data: { got: type === undefined ? 'no type' : JSON.stringify(type) },
    });
  }
}

function checkGemini(context: RuleContext, tool: DeclaredTool, severity: Severity): void {
  const holder = tool.holder!;
  const googleDecl = providerPath('gemini-generate', tool.holderPath);
  const paramsKey = keyOf(holder, 'parameters');
  if (paramsKey && isObject(holder[paramsKey])) {
    const path: JsonPath = [...tool.holderPath, paramsKey];
    for (const issue of geminiSchemaIssues(holder[paramsKey], path, `${googleDecl}.parameters`)) {
      context.report({
        path: issue.path,
        target: 'key',
        severity,
        messageId: 'geminiUnknownField',
        data: { key: issue.key },
        quote: geminiUnknownField(issue),
      });
    }
  }
  const jsonKey = keyOf(holder, 'parametersJsonSchema', 'parameters_json_schema');
  if (jsonKey) {
    const path: JsonPath = [...tool.holderPath, jsonKey];
    reportMeta(context, holder[jsonKey], path, 'draft-07', 'warning');
  }
}


/**
 * An OpenAI-format request to a relay (or OpenRouter) for a Gemini model is forwarded in Gemini's format,
 * where the tool parameters must fit Gemini's Schema subset: "Invalid JSON payload received. Unknown name
 * \"additionalProperties\" at 'tools[0].function_declarations[0].parameters'" came back through relays
 * (Laisky/one-api#60, BerriAI/litellm#14330). The relay may strip or map the keys: a warning.
 */
function translatedToGemini(context: RuleContext): boolean {
  const p = context.provider;
  if (p !== 'relay' && p !== 'openrouter' && p !== null) return false;
  return (context.modelInfo?.vendor ?? modelVendor(context.model)) === 'google';
}

function checkGeminiThroughRelay(context: RuleContext, tool: DeclaredTool, index: number): void {
  const schema = tool.holder!.parameters;
  if (!isObject(schema)) return;
  const path: JsonPath = [...tool.holderPath, 'parameters'];
  for (const issue of geminiSchemaIssues(schema, path, `tools[0].function_declarations[${index}].parameters`)) {
    context.report({ path: issue.path, target: 'key', severity: 'warning', messageId: 'geminiUnknownFieldRelay', data: { key: issue.key }, quote: geminiUnknownField(issue) });
  }
}
