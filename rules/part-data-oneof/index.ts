import type { JsonPath } from '../../server/src/core/rule-api.ts';
import { arrayAt, isObject, isTemplated } from '../shared.ts';
import type { RuleContext, RuleModule } from '../types.ts';
import { rejectSeverity } from '../shared/media.ts';
import { translations } from './l10n.ts';

/**
 * Gemini `Part`: exactly one member of the `data` oneof, plus optional metadata. Field list from
 * the js-genai `Part` type ("Exactly one field within a Part should be set ... Using multiple fields
 * within the same Part instance is considered invalid."; googleapis/js-genai src/types.ts) and the
 * generativelanguage v1beta content.proto. Keys are the JSON (lowerCamel) names; the proto's
 * snake_case spellings are accepted too.
 */
const DATA_FIELDS = ['text', 'inlineData', 'fileData', 'functionCall', 'functionResponse', 'executableCode', 'codeExecutionResult'] as const;
/** Metadata beside the data: never data themselves. */
const METADATA_FIELDS = ['thought', 'thoughtSignature', 'videoMetadata', 'mediaResolution', 'partMetadata'];

const snake = (s: string) => s.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
const camel = (s: string) => s.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
const DATA = new Set<string>(DATA_FIELDS);
const META = new Set<string>(METADATA_FIELDS);

const NO_DATA = "* GenerateContentRequest.contents[1].parts[0].data: required oneof field 'data' must have one initialized field";
const NO_DATA_SYSTEM = "* GenerateContentRequest.system_instruction.parts[0].data: required oneof field 'data' must have one initialized field";
const TWO_DATA = "Invalid value at 'contents[15].parts[0]' (oneof), oneof field 'data' is already set. Cannot set 'text'";

export const rule: RuleModule = {
  meta: {
    id: 'part-data-oneof',
    translations,
    severity: 'error',
    apis: ['gemini-generate'],
    description: 'A Gemini part with no data field (text, inlineData, fileData, functionCall, ...) or with more than one.',
    needsCompleteBody: true,
    messages: {
      noData: 'This part has no data ({{has}}): it needs one of text, inlineData, fileData, functionCall, functionResponse…',
      severalData: 'This part sets {{fields}}: a part holds one kind of data, so split it into {{count}} parts.',
    },
    providerErrors: [
      { api: 'gemini-generate', provider: 'gemini', message: NO_DATA, source: 'https://github.com/genkit-ai/genkit/issues/3816' },
      { api: 'gemini-generate', provider: 'gemini', message: NO_DATA_SYSTEM, source: 'https://github.com/QuantumNous/new-api/issues/1017' },
      { api: 'gemini-generate', provider: 'vertex', message: TWO_DATA, source: 'https://github.com/googleapis/nodejs-agentplatform/issues/494' },
    ],
  },
  check(context) {
    const body = context.body;
    if (!isObject(body)) return;
    const severity = rejectSeverity(context);
    arrayAt(body, 'contents').forEach((content, i) => checkParts(context, severity, arrayAt(content, 'parts'), ['contents', i, 'parts'], `contents[${i}].parts`));
    const sysKey = 'systemInstruction' in body ? 'systemInstruction' : 'system_instruction';
    checkParts(context, severity, arrayAt(body[sysKey], 'parts'), [sysKey, 'parts'], 'system_instruction.parts');
  },
};

function checkParts(context: RuleContext, severity: 'error' | 'warning', parts: unknown[], path: JsonPath, named: string): void {
  parts.forEach((part, j) => {
    if (!isObject(part)) return;
    const keys = Object.keys(part);
    if (keys.some(isTemplated)) return; // a key from a variable could be any field
    const data: string[] = [];
    let unknown = false;
    for (const key of keys) {
      const name = camel(key);
      if (DATA.has(name)) {
        if (!data.includes(name)) data.push(name);
      } else if (!META.has(name)) unknown = true;
    }
    const where = `${named}[${j}]`;
    if (data.length === 0) {
      // An unknown key may be a data field newer than this list: stay silent.
      if (unknown) return;
      const has = keys.length ? keys.map((k) => `'${k}'`).join(', ') : '{}';
      context.report({
        path: [...path, j],
        severity,
        target: keys.length ? 'value' : undefined,
        messageId: 'noData',
        data: { has, where },
        quote: "* GenerateContentRequest.{{where}}.data: required oneof field 'data' must have one initialized field",
      });
      return;
    }
    if (data.length > 1) {
      const second = keys.find((k) => camel(k) === data[1]) ?? data[1];
      context.report({
        path: [...path, j, second],
        target: 'key',
        severity,
        messageId: 'severalData',
        data: { fields: data.map((d) => `'${d}'`).join(', '), count: data.length, where, second: snake(data[1]) },
        quote: "Invalid value at '{{where}}' (oneof), oneof field 'data' is already set. Cannot set '{{second}}'",
      });
    }
  });
}
