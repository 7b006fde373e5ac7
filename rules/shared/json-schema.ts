/**
 * "Is this a valid JSON Schema?" — checked against the meta-schema with Ajv's validators, generated ahead
 * of time as standalone code (meta-validators.generated.ts, by scripts/meta-validators.mjs), so no process
 * pays Ajv's compile of a meta-schema. User schemas are never compiled (only validated as data against
 * the meta-schema), so a lint costs one walk.
 *
 * - draft 2020-12: what Anthropic documents for `input_schema` ("It must match JSON Schema draft
 *   2020-12").
 * - draft-07: the lenient choice where the provider does not say (OpenAI, DashScope, Gemini's
 *   `parametersJsonSchema` / `responseJsonSchema`): it accepts the tuple form of `items` and does not
 *   look inside `$defs`, so it reports only what every draft agrees is broken.
 */
import type { MessageFragment } from '../types.ts';
import { schemaWord } from './schema-words.ts';
import type { ErrorObject } from 'ajv';
import { draft07, draft2020 } from './meta-validators.generated.ts';
import type { JsonPath } from '../../server/src/core/rule-api.ts';
import { isObject, isTemplated, nestedDeeperThan } from '../shared.ts';

/** Deepest schema validated against the meta-schema (Ajv's validator recurses once per level). */
const MAX_SCHEMA_VALIDATION_DEPTH = 256;

export type Draft = '2020-12' | 'draft-07';

/** A standalone Ajv validator: true when valid, else false with `errors` set on the function. */
interface MetaValidator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

const VALIDATORS: Record<Draft, MetaValidator> = { 'draft-07': draft07, '2020-12': draft2020 };

function metaValidator(draft: Draft): MetaValidator {
  return VALIDATORS[draft];
}

export interface SchemaIssue {
  /** Absolute path in the body. */
  path: JsonPath;
  /** Path inside the schema (for messages). */
  where: string;
  /** What is wrong, as a shared fragment (`schema-words.ts`: e.g. `must be one of "array", "boolean", ...`). */
  problem: MessageFragment;
}

/** True when a schema is (wholly) unknown at lint time. */
export function schemaIsTemplated(schema: unknown): boolean {
  return isTemplated(schema);
}

/**
 * Meta-schema violations of `schema`, one per location, skipping anything built from `{{variables}}`.
 * `basePath` is where the schema sits in the body.
 */
export function metaSchemaIssues(schema: unknown, basePath: JsonPath, draft: Draft): SchemaIssue[] {
  if (isTemplated(schema)) return [];
  // Ajv's meta-schema validator recurses per level: a hostile schema nested thousands deep would
  // overflow the stack. Real schemas stay far below the limit; deeper ones are not checked.
  if (nestedDeeperThan(schema, MAX_SCHEMA_VALIDATION_DEPTH)) return [];
  // The same tool definitions come back in every request of a collection and on every re-lint: the
  // verdict depends only on the schema's JSON and the draft, so it is remembered by that text.
  let key: string | undefined;
  try {
    key = `${draft}\u0000${JSON.stringify(schema)}`;
  } catch {
    key = undefined; // nested too deeply to serialise: validate without remembering
  }
  let relative = key === undefined ? undefined : remembered.get(key);
  if (!relative) {
    relative = issuesAt(schema, draft);
    if (key !== undefined && key.length <= MAX_REMEMBERED_KEY) {
      if (remembered.size >= MAX_REMEMBERED) remembered.delete(remembered.keys().next().value!);
      remembered.set(key, relative);
    }
  }
  return relative.map((issue) => ({ ...issue, path: [...basePath, ...issue.path] }));
}

const remembered = new Map<string, SchemaIssue[]>();
const MAX_REMEMBERED = 2000;
const MAX_REMEMBERED_KEY = 64 * 1024;

/** The issues of `schema` with paths relative to the schema itself. */
function issuesAt(schema: unknown, draft: Draft): SchemaIssue[] {
  const basePath: JsonPath = [];
  const validate = metaValidator(draft);
  if (validate(schema)) return [];
  const byPath = new Map<string, ErrorObject[]>();
  for (const error of validate.errors ?? []) {
    const list = byPath.get(error.instancePath);
    if (list) list.push(error);
    else byPath.set(error.instancePath, [error]);
  }
  const issues: SchemaIssue[] = [];
  for (const [pointer, errors] of byPath) {
    const rel = resolvePointer(schema, pointer);
    if (!rel) continue;
    if (rel.templated) continue;
    // An error on an object whose own children are reported is noise (e.g. anyOf wrappers).
    if ([...byPath.keys()].some((other) => other !== pointer && other.startsWith(`${pointer}/`)) && errors.every((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf')) continue;
    issues.push({ path: [...basePath, ...rel.path], where: rel.path.length ? rel.path.join('.') : '(root)', problem: describe(errors, rel.value) });
  }
  return issues;
}

function resolvePointer(root: unknown, pointer: string): { path: JsonPath; value: unknown; templated: boolean } | undefined {
  const path: JsonPath = [];
  let node: unknown = root;
  let templated = isTemplated(root);
  if (pointer === '') return { path, value: node, templated };
  for (const raw of pointer.slice(1).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(node)) {
      const i = Number(key);
      if (!Number.isInteger(i)) return undefined;
      path.push(i);
      node = node[i];
    } else if (isObject(node)) {
      if (isTemplated(key)) templated = true;
      path.push(key);
      node = node[key];
    } else {
      return undefined;
    }
    if (isTemplated(node)) templated = true;
  }
  if (Array.isArray(node) && node.some(isTemplated)) templated = true;
  if (isObject(node) && Object.keys(node).some(isTemplated)) templated = true;
  return { path, value: node, templated };
}

function describe(errors: ErrorObject[], value: unknown): MessageFragment {
  const got = shown(value);
  const enumError = errors.find((e) => e.keyword === 'enum');
  if (enumError) {
    const allowed = ((enumError.params as { allowedValues?: unknown[] }).allowedValues ?? []).map((v) => JSON.stringify(v)).join(', ');
    const lower = typeof value === 'string' ? value.toLowerCase() : '';
    return (enumError.params as { allowedValues?: unknown[] }).allowedValues?.includes(lower) ? schemaWord('schemaOneOfLower', { allowed, got, lower }) : schemaWord('schemaOneOf', { allowed, got });
  }
  const typeError = errors.find((e) => e.keyword === 'type');
  if (typeError) return schemaWord('schemaType', { types: String((typeError.params as { type?: unknown }).type ?? '').split(',').join(' | '), got });
  const other = errors.find((e) => e.keyword !== 'anyOf' && e.keyword !== 'oneOf') ?? errors[0];
  return schemaWord('schemaOther', { keyword: other.keyword, got });
}

/** The value as JSON, short; arrays and objects as their brackets (no words: the fragment is translated). */
function shown(value: unknown): string {
  if (Array.isArray(value)) return value.length ? '[…]' : '[]';
  if (isObject(value)) return Object.keys(value).length ? '{…}' : '{}';
  const text = JSON.stringify(value);
  return text === undefined ? String(value) : text.length > 40 ? `${text.slice(0, 37)}...` : text;
}
