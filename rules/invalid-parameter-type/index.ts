import type { JsonType, ParamSpec } from '../specs/types.ts';
import type { RuleModule } from '../types.ts';
import { formatPath, jsonTypeOf, matchesType, typesOf } from '../shared/spec-walk.ts';
import { translations } from './l10n.ts';

const OPENAI_STRING_FOR_INTEGER = "Invalid type for 'max_tokens': expected an integer, but got a string instead.";
const ANTHROPIC_STRING_FOR_INTEGER = 'max_tokens: Input should be a valid integer';
const BEDROCK_NULL = 'Malformed input request: #: subject must not be valid against schema {"required":["messages"]}#/temperature: expected type: Number, found: Null, please reformat your input and try again.';
const DASHSCOPE_FLOAT = "'temperature' must be Float";

export const rule: RuleModule = {
  meta: {
    id: 'invalid-parameter-type',
    translations,
    severity: 'error',
    apis: 'all',
    description: 'A parameter whose JSON type is not the one its API accepts (a string for a number, a decimal for an integer, ...).',
    needsCompleteBody: true,
    messages: {
      wrongType: "'{{path}}' should be {{expected}}, not {{got}}.",
      unquote: "'{{path}}' should be {{expected}}, not {{got}}: write it without quotes ({{value}}).",
    },
    providerErrors: [
      { api: 'openai-chat', provider: 'openai', message: OPENAI_STRING_FOR_INTEGER, source: 'https://github.com/diffbot/code-gpt-docs/issues/273' },
      { api: 'anthropic-messages', provider: 'anthropic', message: ANTHROPIC_STRING_FOR_INTEGER, source: 'https://github.com/strands-agents/harness-sdk/pull/588' },
      { api: 'anthropic-messages', provider: 'bedrock', message: BEDROCK_NULL, source: 'https://github.com/x3n0cr4735/celi/pull/91' },
      { api: 'dashscope-generation', provider: 'dashscope', message: DASHSCOPE_FLOAT, source: 'https://www.alibabacloud.com/help/en/model-studio/error-code' },
    ],
  },
  create(context) {
    const api = context.api;
    const verdict = context.request.judgement();
    if (!api || !verdict) return {};
    return {
      specValue: ({ path, value, spec }) => {
        if (matchesType(value, spec)) return;
        const got = jsonTypeOf(value);
        // Array elements are judged only when they are scalars (the common slip: "messages": ["hi"]);
        // a nested array or object in the wrong place is structural damage this rule does not describe.
        if (typeof path[path.length - 1] === 'number' && (got === 'array' || got === 'object')) return;
        const expected = typesOf(spec);
        const shown = formatPath(api, path);
        let severity = verdict.severity;

        if (got === 'null') {
          // OpenAI and Google treat null as "not set" for most optional fields; Anthropic's own API
          // is not documented either way. Only Bedrock's body validator is known to refuse it.
          if (api !== 'anthropic-messages') return;
          if (context.provider !== 'bedrock') severity = 'warning';
        }
        // Google's proto JSON mapping accepts numbers written as strings ("0.5") for numeric fields.
        if (api === 'gemini-generate' && got === 'string' && isNumericType(expected) && Number.isFinite(Number(value))) return;
        // ... and a single value for a repeated field: Google's own REST samples send `"contents": {...}`
        // and `"safety_settings": {...}` (https://github.com/google-gemini/api-examples/blob/main/rest/system_instruction.sh,
        // https://github.com/GoogleCloudPlatform/generative-ai/blob/main/gemini/getting-started/intro_gemini_curl.ipynb).
        if (api === 'gemini-generate' && expected.includes('array') && (!spec.items || matchesType(value, spec.items))) return;

        let quote = '';
        if (verdict.firstParty) {
          switch (api) {
            case 'openai-chat':
            case 'openai-responses':
              quote = `Invalid type for '${shown}': expected ${openAiExpected(expected, spec)}, but got ${openAiGot(value)} instead.`;
              break;
            case 'anthropic-messages':
              quote =
                context.provider === 'bedrock' && got === 'null'
                  ? `#/${path.join('/')}: expected type: ${bedrockType(expected[0])}, found: Null`
                  : `${shown}: ${pydanticExpected(expected, value)}`;
              break;
            case 'dashscope-generation':
              if (isNumericType(expected) && path[path.length - 1] !== undefined) quote = `'${String(path[path.length - 1])}' must be Float`;
              else severity = 'warning';
              break;
            case 'gemini-generate':
              // Proto JSON errors ("Invalid value at 'generation_config.temperature' (TYPE_FLOAT), ...")
              // vary with the field type; the wording is not quoted.
              severity = 'warning';
              break;
          }
        }
        const unquoted = withoutQuotes(value, expected);
        context.report({
          path,
          severity,
          messageId: unquoted === undefined ? 'wrongType' : 'unquote',
          // JSON type names read the same in every language.
          data: { path: shown, expected: typeList(expected), got, ...(unquoted !== undefined && { value: unquoted }) },
          ...(quote && { quote }),
        });
      },
    };
  },
};

function isNumericType(types: JsonType[]): boolean {
  return types.includes('number') || types.includes('integer');
}

function article(type: JsonType): string {
  switch (type) {
    case 'integer':
      return 'an integer';
    case 'number':
      return 'a decimal number';
    case 'object':
      return 'an object';
    case 'array':
      return 'an array';
    case 'null':
      return 'null';
    default:
      return `a ${type}`;
  }
}

function typeList(types: JsonType[]): string {
  const names: string[] = types.filter((t) => t !== 'null');
  if (types.includes('null')) names.push('null');
  return names.join(' | ');
}

/** OpenAI's validator names: "a decimal", "an integer", "one of a string or array of objects". */
function openAiExpected(types: JsonType[], spec: ParamSpec): string {
  const names = types
    .filter((t) => t !== 'null')
    .map((t) => {
      if (t === 'number') return 'a decimal';
      if (t === 'array') return spec.items?.type === 'object' ? 'array of objects' : 'an array';
      return article(t);
    });
  if (names.length === 1) return names[0];
  return `one of ${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
}

function openAiGot(value: unknown): string {
  return article(jsonTypeOf(value));
}

function pydanticExpected(types: JsonType[], value: unknown): string {
  const first = types.find((t) => t !== 'null') ?? types[0];
  if (first === 'integer' && typeof value === 'number') return 'Input should be a valid integer, got a number with a fractional part';
  const names: Record<JsonType, string> = {
    integer: 'a valid integer',
    number: 'a valid number',
    string: 'a valid string',
    boolean: 'a valid boolean',
    object: 'a valid dictionary',
    array: 'a valid list',
    null: 'None',
  };
  return `Input should be ${names[first]}`;
}

function bedrockType(type: JsonType): string {
  return type === 'integer' ? 'Integer' : type.charAt(0).toUpperCase() + type.slice(1);
}

/** The value written without quotes, for the common case of a number or boolean written as a string. */
function withoutQuotes(value: unknown, expected: JsonType[]): string | undefined {
  if (typeof value === 'string' && isNumericType(expected) && value.trim() !== '' && Number.isFinite(Number(value))) return String(Number(value));
  if (typeof value === 'string' && expected.includes('boolean') && (value === 'true' || value === 'false')) return value;
  return undefined;
}
