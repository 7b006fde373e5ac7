/**
 * Where each API takes the requested output length. Shared by max-tokens-exceeds-model-limit and
 * context-window-exceeded (which adds it to the prompt where the provider counts both).
 */
import type { ApiId, JsonPath } from '../../server/src/core/rule-api.ts';
import { isObject } from '../shared.ts';
import { API_PROFILES } from '../profiles/index.ts';

export interface RequestedOutput {
  path: JsonPath;
  name: string;
  value: number;
}

/** The requested output tokens, when the body states a known positive integer. */
export function requestedOutput(api: ApiId, body: unknown): RequestedOutput | null {
  for (const path of API_PROFILES[api].outputParam) {
    let value: unknown = body;
    for (const key of path) value = isObject(value) ? value[key as string] : undefined;
    if (typeof value === 'number' && Number.isInteger(value) && value > 0) return { path: [...path], name: String(path[path.length - 1]), value };
  }
  return null;
}
