import { isTemplated } from '../server/src/core/rule-api.ts';

/** Helpers shared by rules: safe accessors over a parsed body whose shape is not trusted. */
export { isTemplated };
export { isObject } from '../server/src/core/rule-api.ts';
import { isObject } from '../server/src/core/rule-api.ts';


/** The array at `obj[key]`, or an empty array when it is absent or not an array. */
export function arrayAt(obj: unknown, key: string): unknown[] {
  if (!isObject(obj)) return [];
  const value = obj[key];
  return Array.isArray(value) ? value : [];
}

/** A string that is known at lint time (not built from a `{{variable}}`). */
export function knownString(value: unknown): value is string {
  return typeof value === 'string' && !isTemplated(value);
}

/** True when an array or any of its direct elements is only known at send time. */
export function hasTemplatedEntries(items: unknown[]): boolean {
  return items.some((item) => isTemplated(item));
}

/**
 * How deep the rules' own walks over user data go (nested tool_result blocks, subschemas). Real
 * requests stay far below; a hostile 100 000-level body would otherwise overflow the stack (and copy a
 * path per level). Deeper parts are left unchecked: unknown is not wrong.
 */
export const MAX_WALK_DEPTH = 64;

/** True when `value` nests objects/arrays deeper than `limit` levels (an iterative walk, no recursion). */
export function nestedDeeperThan(value: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [v, depth] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (depth >= limit) return true;
    for (const child of Array.isArray(v) ? v : Object.values(v)) if (child !== null && typeof child === 'object') stack.push([child, depth + 1]);
  }
  return false;
}

export { servedByModelHost } from './profiles/index.ts';
