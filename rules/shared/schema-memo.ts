/**
 * The schema checks' results, remembered by the schema's JSON text: an application sends the same tool
 * list with every call, and an edit in a message leaves the tools as they were, so a re-lint finds each
 * tool schema checked already. The checks are pure functions of (schema value, base path, variant), and
 * a parsed JSON value is fully described by its JSON text (templated strings carry their mark in it).
 * The results are shared between lints: callers read them, never change them.
 */
import type { JsonPath } from '../../server/src/core/rule-api.ts';

/** Schemas longer than this are checked every time (their text would crowd the memo out). */
const MAX_SCHEMA_CHARS = 64 * 1024;
/** Total characters of keys kept; the oldest entries go first. */
const BUDGET_CHARS = 4 * 1024 * 1024;

/**
 * Check, variant and base path → schema text → issues. Two levels, so a lookup hashes the schema's text as
 * JSON.stringify made it (a flat string) instead of a concatenated key that would be copied and hashed per call.
 */
const memo = new Map<string, Map<string, unknown>>();
let chars = 0;

export function schemaMemo<T>(check: string, variant: string, schema: unknown, basePath: JsonPath, compute: () => T): T {
  if (schema === null || typeof schema !== 'object') return compute();
  let text: string;
  try {
    text = JSON.stringify(schema);
  } catch {
    return compute(); // nested too deeply to write out: checked as it is
  }
  if (text.length > MAX_SCHEMA_CHARS) return compute();
  const where = `${check}\u0000${variant}\u0000${JSON.stringify(basePath)}`;
  let texts = memo.get(where);
  const known = texts?.get(text);
  if (known !== undefined) {
    texts!.delete(text); // refresh its place in the LRU order (of its group)
    texts!.set(text, known);
    return known as T;
  }
  const value = compute();
  if (!texts) memo.set(where, (texts = new Map()));
  texts.set(text, value);
  chars += text.length + where.length;
  // Over the budget: the oldest entries of the oldest groups go first.
  for (const [oldWhere, group] of memo) {
    if (chars <= BUDGET_CHARS) break;
    for (const [old] of group) {
      if (chars <= BUDGET_CHARS) break;
      group.delete(old);
      chars -= old.length + oldWhere.length;
    }
    if (!group.size) memo.delete(oldWhere);
  }
  return value;
}
