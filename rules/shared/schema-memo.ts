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

const memo = new Map<string, unknown>();
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
  const key = `${check}\u0000${variant}\u0000${JSON.stringify(basePath)}\u0000${text}`;
  const known = memo.get(key);
  if (known !== undefined) {
    memo.delete(key); // refresh its place in the LRU order
    memo.set(key, known);
    return known as T;
  }
  const value = compute();
  memo.set(key, value);
  chars += key.length;
  for (const [old] of memo) {
    if (chars <= BUDGET_CHARS) break;
    memo.delete(old);
    chars -= old.length;
  }
  return value;
}
