/**
 * OpenAI's rules for JSON Schemas: Structured Outputs / strict function calling (`strict: true`),
 * plus the checks OpenAI applies to every function schema. Shared by invalid-tool-schema
 * (tools[].function.parameters, Responses tools[].parameters) and invalid-response-schema
 * (response_format.json_schema.schema, Responses text.format.schema).
 *
 * Strict mode (https://platform.openai.com/docs/guides/structured-outputs#supported-schemas):
 * - the root is an object, not `anyOf`;
 * - every object sets `additionalProperties: false` and lists every property in `required`
 *   (optional fields are a union with null);
 * - every subschema has a `type` (or is `anyOf` / `$ref` / `enum` / `const`);
 * - composition keywords `allOf`, `not`, `dependentRequired`, `dependentSchemas`, `if`, `then`,
 *   `else` are not supported.
 * Every schema: an `array` schema needs `items`.
 *
 * OpenAI's errors name the place as a Python tuple of the path inside the schema:
 * "In context=('properties', 'organizations', 'items'), ...".
 */
import type { MessageFragment } from '../types.ts';
import { schemaWord } from './schema-words.ts';
import type { JsonPath } from '../../server/src/core/rule-api.ts';
import { isObject, isTemplated, MAX_WALK_DEPTH } from '../shared.ts';

export interface StrictIssue {
  path: JsonPath;
  target?: 'key' | 'value';
  /** OpenAI's own text after "Invalid schema for <label>: ". */
  openai: string;
  /** Our explanation / fix, as a shared fragment (`schema-words.ts`). */
  hint: MessageFragment;
}

const UNSUPPORTED = ['allOf', 'not', 'dependentRequired', 'dependentSchemas', 'if', 'then', 'else'];
const NO_TYPE_NEEDED = ['anyOf', '$ref', 'enum', 'const'];

/** `('properties', 'a', 'items')` — Python's repr of the context tuple. */
export function openAiContext(rel: string[]): string {
  if (!rel.length) return '()';
  return `(${rel.map((p) => `'${p}'`).join(', ')}${rel.length === 1 ? ',' : ''})`;
}

function types(node: Record<string, unknown>): string[] {
  const t = node.type;
  if (typeof t === 'string') return [t];
  if (Array.isArray(t)) return t.filter((x): x is string => typeof x === 'string');
  return [];
}

function isObjectSchema(node: Record<string, unknown>): boolean {
  const t = types(node);
  return t.includes('object') || (node.type === undefined && isObject(node.properties));
}

type Visit = (node: Record<string, unknown>, rel: string[], abs: JsonPath, isRoot: boolean) => void;

/** Calls `visit` on every subschema object (root, properties, items, anyOf, $defs, ...), skipping templated parts. */
export function walkSubschemas(schema: unknown, basePath: JsonPath, visit: Visit): void {
  const seen = new Set<unknown>();
  const go = (node: unknown, rel: string[], abs: JsonPath, isRoot: boolean, depth = 0) => {
    if (!isObject(node) || seen.has(node) || depth > MAX_WALK_DEPTH) return;
    seen.add(node);
    if (Object.keys(node).some(isTemplated)) return;
    visit(node, rel, abs, isRoot);
    const map = (key: string) => {
      const m = node[key];
      if (!isObject(m)) return;
      for (const [k, v] of Object.entries(m)) if (!isTemplated(k)) go(v, [...rel, key, k], [...abs, key, k], false, depth + 1);
    };
    const list = (key: string) => {
      const l = node[key];
      if (Array.isArray(l)) l.forEach((v, i) => go(v, [...rel, key, String(i)], [...abs, key, i], false, depth + 1));
    };
    map('properties');
    map('$defs');
    map('definitions');
    if (isObject(node.items)) go(node.items, [...rel, 'items'], [...abs, 'items'], false, depth + 1);
    else list('items');
    list('prefixItems');
    list('anyOf');
    list('oneOf');
    if (isObject(node.additionalProperties)) go(node.additionalProperties, [...rel, 'additionalProperties'], [...abs, 'additionalProperties'], false, depth + 1);
  };
  go(schema, [], basePath, true);
}

/** Checks OpenAI applies to every function / response schema, strict or not. */
export function openAiSchemaIssues(schema: unknown, basePath: JsonPath, kind: 'function' | 'response_format'): StrictIssue[] {
  const issues: StrictIssue[] = [];
  walkSubschemas(schema, basePath, (node, rel, abs, isRoot) => {
    if (isRoot && kind === 'function') {
      const t = node.type;
      const badType = typeof t === 'string' && !isTemplated(t) && t !== 'object';
      const combinator = ['oneOf', 'anyOf', 'allOf', 'enum', 'not'].find((k) => k in node);
      if (badType || combinator) {
        issues.push({
          path: badType ? [...abs, 'type'] : [...abs, combinator as string],
          target: badType ? 'value' : 'key',
          openai: "schema must have type 'object' and not have 'oneOf'/'anyOf'/'allOf'/'enum'/'not' at the top level.",
          hint: badType ? schemaWord('rootType', { type: JSON.stringify(t) }) : schemaWord('rootCombinator', { key: combinator as string }),
        });
      }
    }
    if (types(node).includes('array') && node.items === undefined && node.prefixItems === undefined) {
      issues.push({
        path: abs,
        openai: `In context=${openAiContext(rel)}, array schema missing items.`,
        hint: schemaWord('addItems'),
      });
    }
  });
  return issues;
}

/** Strict-mode violations (`strict: true`). `kind` picks the root-object wording. */
export function strictModeIssues(schema: unknown, basePath: JsonPath, kind: 'function' | 'response_format'): StrictIssue[] {
  const issues: StrictIssue[] = [];
  walkSubschemas(schema, basePath, (node, rel, abs, isRoot) => {
    const ctx = openAiContext(rel);
    if (isRoot && kind === 'response_format') {
      const t = types(node);
      if (node.type !== undefined && !isTemplated(node.type) && !t.includes('object')) {
        issues.push({
          path: [...abs, 'type'],
          openai: `schema must be a JSON Schema of 'type: "object"', got 'type: "${t.join('", "') || String(node.type)}"'.`,
          hint: schemaWord('wrapValue'),
        });
      }
      if ('anyOf' in node) {
        issues.push({ path: [...abs, 'anyOf'], target: 'key', openai: `In context=${ctx}, 'anyOf' is not permitted.`, hint: schemaWord('rootAnyOf') });
      }
    }
    for (const key of UNSUPPORTED) {
      if (key in node) {
        issues.push({ path: [...abs, key], target: 'key', openai: `In context=${ctx}, '${key}' is not permitted.`, hint: schemaWord('unsupported', { key }) });
      }
    }
    if (isObjectSchema(node)) {
      const ap = node.additionalProperties;
      if (ap !== false && !isTemplated(ap)) {
        issues.push({
          path: ap === undefined ? abs : [...abs, 'additionalProperties'],
          openai: `In context=${ctx}, 'additionalProperties' is required to be supplied and to be false.`,
          hint: schemaWord('additionalProperties'),
        });
      }
      const props = node.properties;
      if (isObject(props) && !isTemplated(node.required)) {
        const required = Array.isArray(node.required) ? node.required : [];
        if (!required.some(isTemplated)) {
          const missing = Object.keys(props).filter((k) => !required.includes(k));
          if (missing.length) {
            issues.push({
              path: node.required === undefined ? abs : [...abs, 'required'],
              openai: `In context=${ctx}, 'required' is required to be supplied and to be an array including every key in properties. Missing ${missing.map((m) => `'${m}'`).join(', ')}.`,
              hint: schemaWord('requiredAll'),
            });
          }
        }
      }
    }
    if (!isRoot && node.type === undefined && !NO_TYPE_NEEDED.some((k) => k in node) && !UNSUPPORTED.some((k) => k in node)) {
      issues.push({ path: abs, openai: `In context=${ctx}, schema must have a 'type' key.`, hint: schemaWord('giveType') });
    }
  });
  return issues;
}
