/**
 * Where each API takes the requested output length. Shared by max-tokens-exceeds-model-limit and
 * context-window-exceeded (which adds it to the prompt where the provider counts both).
 */
import type { ApiId, JsonPath } from '../../server/src/core/types.ts';
import { isObject } from '../shared.ts';

export interface RequestedOutput {
  path: JsonPath;
  name: string;
  value: number;
}

const CANDIDATES: Record<ApiId, JsonPath[]> = {
  // max_completion_tokens wins when both are sent (it is the one reasoning models honour).
  'openai-chat': [['max_completion_tokens'], ['max_tokens']],
  'openai-responses': [['max_output_tokens']],
  'anthropic-messages': [['max_tokens']],
  'gemini-generate': [
    ['generationConfig', 'maxOutputTokens'],
    ['generation_config', 'max_output_tokens'],
    ['generationConfig', 'max_output_tokens'],
    ['generation_config', 'maxOutputTokens'],
  ],
  'dashscope-generation': [['parameters', 'max_tokens']],
};

/** The requested output tokens, when the body states a known positive integer. */
export function requestedOutput(api: ApiId, body: unknown): RequestedOutput | null {
  for (const path of CANDIDATES[api]) {
    let value: unknown = body;
    for (const key of path) value = isObject(value) ? value[key as string] : undefined;
    if (typeof value === 'number' && Number.isInteger(value) && value > 0) return { path, name: String(path[path.length - 1]), value };
  }
  return null;
}
