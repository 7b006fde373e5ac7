import type { JsonPath, Severity } from '../../server/src/core/rule-api.ts';
import { isObject, isTemplated, knownString } from '../shared.ts';
import type { RuleContext, RuleModule } from '../types.ts';
import { isFirstParty, keyOf } from '../shared/tools.ts';
import { metaSchemaIssues } from '../shared/json-schema.ts';
import { openAiSchemaIssues, strictModeIssues } from '../shared/strict-mode.ts';
import { geminiSchemaIssues, geminiUnknownField } from '../shared/gemini-schema.ts';
import { translations } from './l10n.ts';
import { SCHEMA_FRAGMENTS, withSchemaWords } from '../shared/schema-words.ts';

const CHAT_NO_JSON_SCHEMA = "Missing required parameter: 'response_format.json_schema'.";
const CHAT_NO_NAME = "Missing required parameter: 'response_format.json_schema.name'.";
const RESPONSES_NO_NAME = "Missing required parameter: 'text.format.name'.";
const ROOT_NOT_OBJECT = `Invalid schema for response_format 'AdSegmentPredictionList': schema must be a JSON Schema of 'type: "object"', got 'type: "array"'.`;
const STRICT_REQUIRED =
  "Invalid schema for response_format 'response': In context=('properties', 'organizations', 'items'), 'required' is required to be supplied and to be an array including every key in properties. Missing 'roles'.";
const STRICT_TYPE = "Invalid schema for response_format 'extract': In context=('properties', 'jobPosting', 'items', 'additionalProperties'), schema must have a 'type' key.";
const GEMINI_UNKNOWN = "Invalid JSON payload received. Unknown name \"additionalProperties\" at 'generation_config.response_schema': Cannot find field.";

/** "Must be a-z, A-Z, 0-9, or contain underscores and dashes, with a maximum length of 64." (openai-node ResponseFormatJSONSchema.name) */
const NAME_PATTERN = /^[a-zA-Z0-9_-]+$/;
const NAME_MAX = 64;

export const rule: RuleModule = {
  meta: {
    id: 'invalid-response-schema',
    translations: withSchemaWords(translations),
    severity: 'error',
    apis: ['openai-chat', 'openai-responses', 'gemini-generate'],
    description: 'A structured-output schema the API rejects: a json_schema format without name or schema, a bad name, strict-mode violations, invalid JSON Schema, or JSON Schema keys in Gemini\'s responseSchema.',
    needsCompleteBody: true,
    messages: {
      chatNoJsonSchema: "A 'json_schema' response_format needs a 'json_schema' object {name, schema, strict}.",
      chatFlat: "A 'json_schema' response_format needs a 'json_schema' object {name, schema, strict} (flat is the Responses form).",
      responsesNested: "In the Responses API, name, schema and strict sit directly in 'text.format', not in 'json_schema'.",
      noName: `A json_schema format needs a 'name' (a-z, A-Z, 0-9, _ and -, at most ${NAME_MAX} characters).`,
      nameTooLong: `The schema name is {{len}} characters long; the limit is ${NAME_MAX}.`,
      namePattern: "The schema name '{{name}}' may only contain a-z, A-Z, 0-9, underscores and dashes.",
      noSchema: "A json_schema format needs a 'schema' (the JSON Schema of the answer).",
      noSchemaOptional: 'A json_schema response_format without \'schema\' gives the model nothing to follow: add one, or use "json_object".',
      invalidJsonSchema: "Not valid JSON Schema: '{{where}}' {{problem}}.",
      openAiSchema: '{{hint}}',
      strictMode: 'With "strict": true: {{hint}}',
      geminiUnknownField: "'{{key}}' is not a field of Gemini's Schema: remove it, or use 'responseJsonSchema'.",
      geminiInvalidJsonSchema: "Not valid JSON Schema: '{{where}}' {{problem}}.",
      geminiToolsWithJson: "'{{model}}' cannot combine function calling with JSON output: drop the tools or the JSON mime type.",
    },
    fragments: SCHEMA_FRAGMENTS,
    providerErrors: [
      { api: 'openai-chat', provider: 'openai', message: CHAT_NO_JSON_SCHEMA, source: 'https://github.com/openai/openai-python/issues/1632 ; https://github.com/architects-toolkit/SmartHopper/issues/259' },
      { api: 'openai-chat', provider: 'openai', message: CHAT_NO_NAME, source: 'https://github.com/databricks/databricks-ai-bridge/issues/211 ; Azure: https://github.com/edubruell/tidyllm/issues/40' },
      { api: 'openai-responses', provider: 'openai', message: RESPONSES_NO_NAME, source: 'https://github.com/openai/openai-node/pull/1404 ; https://github.com/vercel/ai/issues/21202' },
      { api: 'openai-chat', provider: 'openai', message: ROOT_NOT_OBJECT, source: 'https://github.com/podly-pure-podcasts/podly_pure_podcasts/pull/89' },
      { api: 'openai-chat', provider: 'openai', message: STRICT_REQUIRED, source: 'https://github.com/vercel/ai/issues/6484' },
      { api: 'openai-chat', provider: 'openai', message: STRICT_TYPE, source: 'https://github.com/FlowiseAI/Flowise/issues/4502' },
      { api: 'gemini-generate', provider: 'gemini', message: "Tool use with a response mime type: 'application/json' is unsupported", source: 'https://github.com/snailyp/gemini-balance/issues/264 ; https://github.com/symfony/ai/issues/803' },
      { api: 'gemini-generate', provider: 'gemini', message: GEMINI_UNKNOWN, source: 'https://github.com/Laisky/one-api/issues/60 (same Schema message for function parameters) ; https://ai.google.dev/api/caching#Schema' },
    ],
  },
  check(context) {
    const api = context.api;
    if (!api || !isObject(context.body)) return;
    const severity: Severity = isFirstParty(api, context.provider) ? 'error' : 'warning';
    if (api === 'openai-chat') checkChat(context, severity);
    else if (api === 'openai-responses') checkResponses(context, severity);
    else if (api === 'gemini-generate') checkGemini(context, context.provider === 'gemini' ? 'error' : 'warning');
  },
};

function who(severity: Severity): string {
  return severity === 'error' ? 'OpenAI' : 'OpenAI (whose rules this provider usually follows)';
}

function checkChat(context: RuleContext, severity: Severity): void {
  const rf = (context.body as Record<string, unknown>).response_format;
  if (!isObject(rf) || rf.type !== 'json_schema') return;
  if (!Object.prototype.hasOwnProperty.call(rf, 'json_schema')) {
    const flat = 'schema' in rf || 'name' in rf;
    context.report({
      path: ['response_format', 'type'],
      severity,
      messageId: flat ? 'chatFlat' : 'chatNoJsonSchema',
      quote: { text: CHAT_NO_JSON_SCHEMA, provider: who(severity) },
    });
    return;
  }
  const js = rf.json_schema;
  if (!isObject(js)) return; // a templated or mistyped value: invalid-parameter-type's job
  checkFormat(context, severity, js, ['response_format', 'json_schema'], 'response_format.json_schema', CHAT_NO_NAME, false);
}

function checkResponses(context: RuleContext, severity: Severity): void {
  const text = (context.body as Record<string, unknown>).text;
  if (!isObject(text) || !isObject(text.format) || text.format.type !== 'json_schema') return;
  const format = text.format;
  if (isObject(format.json_schema) && !('name' in format) && !('schema' in format)) {
    context.report({
      path: ['text', 'format', 'json_schema'],
      target: 'key',
      severity,
      messageId: 'responsesNested',
      quote: { text: RESPONSES_NO_NAME, provider: who(severity) },
    });
    return;
  }
  checkFormat(context, severity, format, ['text', 'format'], 'text.format', RESPONSES_NO_NAME, true);
}

/** name / schema / strict of a json_schema format (`holder` is response_format.json_schema or text.format). */
function checkFormat(context: RuleContext, severity: Severity, holder: Record<string, unknown>, path: JsonPath, param: string, noNameError: string, schemaRequired: boolean): void {
  if (Object.keys(holder).some(isTemplated)) return;
  const name = holder.name;
  if (name === undefined) {
    context.report({ path, severity, messageId: 'noName', quote: { text: noNameError, provider: who(severity) } });
  } else if (knownString(name)) {
    if (name.length > NAME_MAX) {
      context.report({
        path: [...path, 'name'],
        severity,
        messageId: 'nameTooLong',
        data: { len: name.length, param },
        quote: { text: `Invalid '{{param}}.name': string too long. Expected a string with maximum length ${NAME_MAX}, but got a string with length {{len}} instead.`, provider: who(severity) },
      });
    }
    if (!NAME_PATTERN.test(name)) {
      context.report({
        path: [...path, 'name'],
        severity,
        messageId: 'namePattern',
        data: { name, param },
        quote: { text: "Invalid '{{param}}.name': string does not match pattern. Expected a string that matches the pattern '^[a-zA-Z0-9_-]+$'.", provider: who(severity) },
      });
    }
  }
  const label = `response_format '${knownString(name) ? name : '?'}'`;
  if (!Object.prototype.hasOwnProperty.call(holder, 'schema')) {
    if (schemaRequired) {
      context.report({ path, severity, messageId: 'noSchema', data: { param }, quote: { text: "Missing required parameter: '{{param}}.schema'.", provider: who(severity) } });
    } else {
      context.report({ path, severity: 'warning', messageId: 'noSchemaOptional' });
    }
    return;
  }
  const schema = holder.schema;
  if (schema === null || isTemplated(schema)) return;
  const schemaPath: JsonPath = [...path, 'schema'];
  for (const issue of metaSchemaIssues(schema, schemaPath, 'draft-07')) {
    context.report({ path: issue.path, severity, messageId: 'invalidJsonSchema', data: { where: issue.where, problem: issue.problem }, quote: { text: `Invalid schema for ${label}: ...`, provider: who(severity) } });
  }
  if (!isObject(schema)) return;
  for (const issue of openAiSchemaIssues(schema, schemaPath, 'response_format')) {
    context.report({ path: issue.path, target: issue.target, severity, messageId: 'openAiSchema', data: { hint: issue.hint }, quote: { text: `Invalid schema for ${label}: ${issue.openai}`, provider: who(severity) } });
  }
  if (holder.strict === true) {
    for (const issue of strictModeIssues(schema, schemaPath, 'response_format')) {
      context.report({ path: issue.path, target: issue.target, severity, messageId: 'strictMode', data: { hint: issue.hint }, quote: { text: `Invalid schema for ${label}: ${issue.openai}`, provider: who(severity) } });
    }
  }
}

function checkGemini(context: RuleContext, severity: Severity): void {
  const body = context.body as Record<string, unknown>;
  const gcKey = keyOf(body, 'generationConfig', 'generation_config');
  if (!gcKey || !isObject(body[gcKey])) return;
  const gc = body[gcKey] as Record<string, unknown>;
  checkGeminiToolsWithJson(context, severity, body, gcKey, gc);
  const rsKey = keyOf(gc, 'responseSchema', 'response_schema');
  if (rsKey && isObject(gc[rsKey])) {
    for (const issue of geminiSchemaIssues(gc[rsKey], [gcKey, rsKey], 'generation_config.response_schema')) {
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
  const jsKey = keyOf(gc, 'responseJsonSchema', 'response_json_schema');
  if (jsKey) {
    for (const issue of metaSchemaIssues(gc[jsKey], [gcKey, jsKey], 'draft-07')) {
      context.report({ path: issue.path, severity: 'warning', messageId: 'geminiInvalidJsonSchema', data: { where: issue.where, problem: issue.problem } });
    }
  }
}

/** Function declarations with responseMimeType "application/json" on a model before Gemini 3 (the model table's quirk). */
function checkGeminiToolsWithJson(context: RuleContext, severity: Severity, body: Record<string, unknown>, gcKey: string, gc: Record<string, unknown>): void {
  const evidence = context.modelInfo?.quirks.geminiNoToolsWithJson;
  if (!evidence) return;
  const mimeKey = keyOf(gc, 'responseMimeType', 'response_mime_type');
  if (!mimeKey || gc[mimeKey] !== 'application/json') return;
  const tools = body.tools;
  if (!Array.isArray(tools)) return;
  const declares = tools.some((tool) => {
    if (!isObject(tool)) return false;
    const key = keyOf(tool, 'functionDeclarations', 'function_declarations');
    return key !== undefined && Array.isArray(tool[key]) && (tool[key] as unknown[]).length > 0;
  });
  if (!declares) return;
  context.report({
    path: [gcKey, mimeKey],
    severity,
    messageId: 'geminiToolsWithJson',
    data: { model: context.modelInfo!.id },
    quote: { text: evidence.error, source: evidence.source },
  });
}
