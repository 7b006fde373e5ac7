/**
 * Gemini's `Schema` (functionDeclarations[].parameters, generationConfig.responseSchema) is a proto
 * message holding a subset of OpenAPI 3.0, not JSON Schema: any other key is an unknown proto field
 * and the request fails with
 *   Invalid JSON payload received. Unknown name "additionalProperties" at
 *   'tools[0].function_declarations[0].parameters': Cannot find field.
 * Full JSON Schema goes in `parametersJsonSchema` / `responseJsonSchema` instead.
 *
 * Fields (https://ai.google.dev/api/caching#Schema, js-genai types.Schema): type, format, title,
 * description, nullable, enum, maxItems, minItems, properties, required, minProperties,
 * maxProperties, minLength, maxLength, pattern, example, anyOf, propertyOrdering, default, items,
 * minimum, maximum. The JSON mapping accepts each in lowerCamelCase and snake_case.
 */
import type { JsonPath } from '../../server/src/core/rule-api.ts';
import { isObject, isTemplated, MAX_WALK_DEPTH } from '../shared.ts';

const FIELDS = [
  'type',
  'format',
  'title',
  'description',
  'nullable',
  'enum',
  'maxItems',
  'minItems',
  'properties',
  'required',
  'minProperties',
  'maxProperties',
  'minLength',
  'maxLength',
  'pattern',
  'example',
  'anyOf',
  'propertyOrdering',
  'default',
  'items',
  'minimum',
  'maximum',
];

const snake = (k: string) => k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
const ALLOWED = new Set([...FIELDS, ...FIELDS.map(snake)]);

export interface GeminiIssue {
  /** Path of the offending key. */
  path: JsonPath;
  key: string;
  /** Google's location string, e.g. `tools[0].function_declarations[0].parameters.properties[1].value`. */
  at: string;
}

/** Unknown Schema fields, with Google's location for each. `googleBase` is the proto path of the schema. */
export function geminiSchemaIssues(schema: unknown, basePath: JsonPath, googleBase: string): GeminiIssue[] {
  const issues: GeminiIssue[] = [];
  const go = (node: unknown, abs: JsonPath, at: string, depth = 0) => {
    if (!isObject(node) || depth > MAX_WALK_DEPTH) return;
    for (const key of Object.keys(node)) {
      if (isTemplated(key)) continue;
      if (!ALLOWED.has(key)) issues.push({ path: [...abs, key], key, at });
    }
    const propsKey = 'properties' in node ? 'properties' : undefined;
    if (propsKey && isObject(node[propsKey])) {
      // A proto map is a list of entries in Google's paths: properties[i].value.
      Object.entries(node[propsKey] as Record<string, unknown>).forEach(([k, v], i) => {
        if (!isTemplated(k)) go(v, [...abs, propsKey, k], `${at}.properties[${i}].value`, depth + 1);
      });
    }
    if (isObject(node.items)) go(node.items, [...abs, 'items'], `${at}.items`, depth + 1);
    const anyKey = 'anyOf' in node ? 'anyOf' : 'any_of' in node ? 'any_of' : undefined;
    if (anyKey && Array.isArray(node[anyKey])) (node[anyKey] as unknown[]).forEach((v, i) => go(v, [...abs, anyKey, i], `${at}.any_of[${i}]`, depth + 1));
  };
  go(schema, basePath, googleBase);
  return issues;
}

/** Google's message for one unknown field. */
export function geminiUnknownField(issue: GeminiIssue): string {
  return `Invalid JSON payload received. Unknown name "${issue.key}" at '${issue.at}': Cannot find field.`;
}
