import type { ApiId, JsonPath } from '../../server/src/core/rule-api.ts';
import { API_PROFILES } from '../profiles/index.ts';
import type { ParamSpec } from '../specs/types.ts';
import { arrayAt, isObject, isTemplated } from '../shared.ts';
import { foreignShape } from '../shared/shape.ts';
import type { RuleContext, RuleFix, RuleModule } from '../types.ts';
import { formatPath, type Judgement } from '../shared/spec-walk.ts';
import { translations } from './l10n.ts';

const OPENAI_MISSING = "Missing required parameter: 'messages[2].content[0].type'.";
const OPENAI_NO_MODEL = 'you must provide a model parameter';
const OPENAI_TOOL_CALL_ID = "Missing parameter 'tool_call_id': messages with role 'tool' must have a 'tool_call_id'.";
const ANTHROPIC_FIELD = 'max_tokens: Field required';
const ANTHROPIC_BLOCK_FIELD = 'messages.1.content.0.thinking.signature: Field required';
/**
 * Bedrock Converse: a history with toolUse / toolResult blocks needs `toolConfig`, even when no tool is offered
 * this turn (langgenius/dify#16421, boto3 repro; vxcontrol/pentagi#196: the summarising call without tools; the
 * field: https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_Converse.html).
 */
const CONVERSE_TOOL_CONFIG = 'ValidationException: The toolConfig field must be defined when using toolUse and toolResult content blocks.';
const CONVERSE_TOOL_CONFIG_SOURCE = 'https://github.com/langgenius/dify/issues/16421';
const DASHSCOPE = {
  model: 'Required parameter "model" missing from request.',
  input: 'Required input parameter missing from request.',
  parameters: 'Required parameter "parameters" missing from request.',
} as Record<string, string>;
const DASHSCOPE_CODE: Record<string, string> = { model: 'BadRequest.EmptyModel', input: 'BadRequest.EmptyInput', parameters: 'BadRequest.EmptyParameters' };

export const rule: RuleModule = {
  meta: {
    id: 'missing-required-field',
    translations,
    severity: 'error',
    apis: 'all',
    description: 'A field the API requires is absent: a top-level parameter, a message role, a tool message id, or a required field of a content block.',
    needsCompleteBody: true,
    messages: {
      missingField: "{{subject}} is missing the required field '{{name}}'.",
      toolMessageWithoutId: "This tool message has no 'tool_call_id', so it answers no tool call.",
      converseToolConfig: "The messages hold toolUse or toolResult blocks, so Converse needs 'toolConfig': add the tools.",
    },
    fragments: {
      body: 'The request body',
    },
    providerErrors: [
      { api: 'openai-chat', provider: 'openai', message: OPENAI_MISSING, source: 'https://github.com/neuron-core/neuron-ai/issues/292' },
      { api: 'openai-chat', provider: 'openai', message: OPENAI_NO_MODEL, source: 'https://github.com/chain-ml/council/issues/45' },
      { api: 'openai-chat', provider: 'openai', message: OPENAI_TOOL_CALL_ID, source: 'https://github.com/MadcowD/ell/issues/325' },
      {
        api: 'anthropic-messages',
        provider: 'anthropic',
        message: ANTHROPIC_FIELD,
        source: 'https://github.com/anthropics/skills/blob/0da71c3b54277f20e96146648444590eab1dc82c/skills/claude-api/shared/error-codes.md',
      },
      { api: 'anthropic-messages', provider: 'anthropic', message: ANTHROPIC_BLOCK_FIELD, source: 'https://github.com/justlovemaki/AIClient2API/issues/437' },
      { api: 'dashscope-generation', provider: 'dashscope', message: DASHSCOPE.model, source: 'https://www.alibabacloud.com/help/en/model-studio/error-code' },
      { api: 'gemini-generate', provider: 'gemini', message: '* GenerateContentRequest.contents: contents is not specified', source: 'https://github.com/vercel/ai/issues/3775' },
      { api: 'bedrock-converse', provider: 'bedrock', message: CONVERSE_TOOL_CONFIG, source: CONVERSE_TOOL_CONFIG_SOURCE },
    ],
  },
  create(context) {
    const api = context.api;
    const verdict = context.request.judgement();
    if (!api || !verdict || !isObject(context.body)) return {};
    if (foreignShape(context)) return {}; // a body for another API: body-api-mismatch says so once
    const body = context.body;
    if (Object.keys(body).some(isTemplated)) return {}; // a `{{variable}}` key could be any field

    // Top level. A bare body (no request line, no batch envelope) is often a fragment that code
    // completes before sending (model and limits added by the caller): its top level is not judged,
    // unless the user named its API (`--api`, `llmPreflight.apis`, `# @api`): then it is the request.
    const bare = !context.unit.url && !context.unit.envelope && !context.declaredApi;
    // The required names of the parameter list, listed once per spec (requiredIn): the list has ~40 entries per call.
    for (const name of bare ? [] : requiredIn(verdict.params)) {
      if ((Object.prototype.hasOwnProperty.call(body, name) && !emptyRepeated(api, body[name])) || aliasPresent(body, name, verdict.params)) continue;
      if (name === 'model' && modelInUrl(context)) continue;
      if (name === 'max_tokens' && countTokensUrl(context)) continue;
      // Gemini's countTokens: `contents` or a whole `generateContentRequest` (https://ai.google.dev/api/tokens).
      if (name === 'contents' && 'generateContentRequest' in body && /:countTokens(\?|$)/i.test(context.unit.url ?? '')) continue;
      // The DashScope reference's multimodal-generation example sends no `parameters` at all:
      // https://www.alibabacloud.com/help/en/model-studio/qwen-api-via-dashscope (qwen-vl-plus, curl).
      if (name === 'parameters' && api === 'dashscope-generation' && /\/multimodal-generation\//.test(context.unit.url ?? '')) continue;
      reportMissing(context, verdict, [], name);
    }

    // Below: required properties of every object the spec describes (messages[i].role, tool_choice.type, ...).
    // (content blocks and messages by type/role come from the specs' variants)
    return {
      specObject: ({ object, props, path, innerPath }) => {
        if (context.templated && Object.keys(object).some(isTemplated)) return;
        for (const name of requiredIn(props)) {
          if (Object.prototype.hasOwnProperty.call(object, name)) continue;
          if (api === 'openai-chat' && checkedBelow(path, name)) continue;
          reportMissing(context, verdict, path, name, innerPath);
        }
      },
      'body:exit': () => {
        if (api === 'openai-chat') checkOpenAiMessages(context, verdict);
        if (api === 'bedrock-converse' && !bare) checkConverseToolConfig(context, verdict);
      },
    };
  },
};

/** Converse: toolUse / toolResult blocks in the messages without a `toolConfig` (see CONVERSE_TOOL_CONFIG). */
function checkConverseToolConfig(context: RuleContext, verdict: Judgement): void {
  const body = context.body as Record<string, unknown>;
  if ('toolConfig' in body) return;
  for (const message of arrayAt(body, 'messages')) {
    if (!isObject(message) || isTemplated(message)) continue;
    const content = message.content;
    if (isTemplated(content)) return;
    if (!Array.isArray(content)) continue;
    if (!content.some((block) => isObject(block) && ('toolUse' in block || 'toolResult' in block))) continue;
    context.report({
      path: [],
      severity: verdict.severity,
      messageId: 'converseToolConfig',
      ...(verdict.firstParty && { quote: { text: CONVERSE_TOOL_CONFIG, source: CONVERSE_TOOL_CONFIG_SOURCE } }),
    });
    return;
  }
}

/**
 * Proto3 JSON (Gemini): an empty repeated field is the same as an absent one, so a required `contents: []`
 * is answered like a missing one ("GenerateContentRequest.contents: contents is not specified").
 */
function emptyRepeated(api: ApiId, value: unknown): boolean {
  return API_PROFILES[api].pathStyle === 'proto' && Array.isArray(value) && value.length === 0;
}

/** Gemini accepts both spellings of a field; either one satisfies the requirement. */
function aliasPresent(body: Record<string, unknown>, name: string, params: Record<string, ParamSpec>): boolean {
  return Object.entries(params).some(([other, spec]) => (spec.aliasOf === name || params[name]?.aliasOf === other) && other in body);
}

/** Azure's deployment URLs (`/openai/deployments/{name}/...`) choose the model, so the body needs none. */
function modelInUrl(context: RuleContext): boolean {
  const url = context.unit.url ?? '';
  return /\/deployments\/[^/]+\//.test(url);
}

/**
 * Anthropic's token counting endpoint takes the Messages body without `max_tokens` (its documented
 * requests have none): https://docs.anthropic.com/en/api/messages-count-tokens
 */
function countTokensUrl(context: RuleContext): boolean {
  return /\/messages\/count_tokens\/?(\?|$)/.test(context.unit.url ?? '');
}

/** Fields checkOpenAiMessages reports with OpenAI's own wording. */
function checkedBelow(path: JsonPath, name: string): boolean {
  if (path[0] !== 'messages') return false;
  return name === 'tool_call_id' || name === 'image_url' || (name === 'url' && path[path.length - 1] === 'image_url');
}

/** The required property names of a spec's property list, in its order (the specs are constants: listed once). */
const required = new WeakMap<Record<string, ParamSpec>, string[]>();
function requiredIn(props: Record<string, ParamSpec>): string[] {
  let names = required.get(props);
  if (!names) required.set(props, (names = Object.keys(props).filter((name) => props[name].required)));
  return names;
}

/** `taggedPath`: the parent as pydantic names it (`messages.1.content.0.tool_use`), for Anthropic's wording. */
function reportMissing(context: RuleContext, verdict: Judgement, parent: JsonPath, name: string, taggedPath: JsonPath = parent): void {
  const api = context.api!;
  const full = formatPath(api, [...(api === 'anthropic-messages' ? taggedPath : parent), name]);
  let severity = verdict.severity;
  let quote = '';
  if (verdict.firstParty) {
    switch (api) {
      case 'openai-chat':
      case 'openai-responses':
        quote = parent.length === 0 && name === 'model' ? OPENAI_NO_MODEL : `Missing required parameter: '${full}'.`;
        break;
      case 'anthropic-messages':
        // Bedrock checks the body against its own schema first, in other words.
        if (context.provider !== 'bedrock') quote = `${full}: Field required`;
        break;
      case 'dashscope-generation':
        if (parent.length === 0 && DASHSCOPE[name]) quote = `${DASHSCOPE_CODE[name]}: ${DASHSCOPE[name]}`;
        // The error exists, but public examples of the native API are not unanimous that an absent
        // `parameters` is refused: keep it a warning.
        if (parent.length === 0 && name === 'parameters') severity = 'warning';
        break;
      case 'gemini-generate':
        // Google's wording for an absent field was not captured.
        severity = 'warning';
        break;
    }
  }
  const subject = parent.length === 0 ? { fragment: 'body' } : `'${formatPath(api, parent)}'`;
  context.report({ path: parent, severity, messageId: 'missingField', data: { subject, name }, ...(quote && { quote }), fix: placeholderFix(context, parent, name) });
}

/**
 * Fields with a value any request can start from: Anthropic's `max_tokens` (1024, the value of
 * Anthropic's own examples; the user raises it). Other required fields (model, content) have no safe guess.
 */
function placeholderFix(context: RuleContext, parent: JsonPath, name: string): RuleFix | undefined {
  if (context.api !== 'anthropic-messages' || parent.length || name !== 'max_tokens') return undefined;
  return { title: 'Add "max_tokens": 1024', edits: context.fixer.insert([], 'max_tokens', 1024), preferred: true };
}

/** Tool messages need the id of the call they answer; image parts need their URL. */
function checkOpenAiMessages(context: RuleContext, verdict: Judgement): void {
  arrayAt(context.body, 'messages').forEach((message, i) => {
    if (!isObject(message) || Object.keys(message).some(isTemplated)) return;
    if (message.role === 'tool' && !('tool_call_id' in message)) {
      context.report({
        path: ['messages', i],
        severity: verdict.severity,
        messageId: 'toolMessageWithoutId',
        ...(verdict.firstParty && { quote: OPENAI_TOOL_CALL_ID }),
      });
    }
    arrayAt(message, 'content').forEach((part, j) => {
      if (!isObject(part) || part.type !== 'image_url' || Object.keys(part).some(isTemplated)) return;
      const image = part.image_url;
      if (image === undefined) return reportMissing(context, verdict, ['messages', i, 'content', j], 'image_url');
      if (isObject(image) && !('url' in image) && !Object.keys(image).some(isTemplated)) reportMissing(context, verdict, ['messages', i, 'content', j, 'image_url'], 'url');
    });
  });
}
