import picomatch from 'picomatch';
import { asApiId } from '../core/detect.ts';
import type { ApiId } from '../core/types.ts';

/**
 * `llmPreflight.apis` maps globs to API ids, e.g. `{"fixtures/claude/**": "anthropic-messages"}`.
 * Globs are matched against the path relative to the workspace folder and against the absolute path.
 */
export function apiForPath(mapping: Record<string, string> | undefined, absolutePath: string, relativePath?: string): ApiId | undefined {
  if (!mapping) return undefined;
  for (const [glob, id] of Object.entries(mapping)) {
    const api = asApiId(id);
    if (!api) continue;
    const matches = picomatch(glob, { dot: true, matchBase: !glob.includes('/') });
    if ((relativePath && matches(relativePath)) || matches(absolutePath)) return api;
  }
  return undefined;
}
