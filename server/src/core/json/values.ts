/** True for a JSON object (not an array, not null): the shape check every rule and detector needs. */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
