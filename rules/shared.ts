import { isTemplated } from '../server/src/core/json/templates.ts';

/** Helpers shared by rules: safe accessors over a parsed body whose shape is not trusted. */
export { isTemplated };
export { isObject } from '../server/src/core/json/values.ts';
import { isObject } from '../server/src/core/json/values.ts';


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
