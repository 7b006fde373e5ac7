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
    const matches = matcher(glob);
    if ((relativePath && matches(relativePath)) || matches(absolutePath)) return api;
  }
  return undefined;
}

/** Compiled globs: the mapping is read on every keystroke's lint, and a glob compiles to the same matcher every time. */
const matchers = new Map<string, (path: string) => boolean>();
function matcher(glob: string): (path: string) => boolean {
  let m = matchers.get(glob);
  if (!m) {
    if (matchers.size >= 256) matchers.clear(); // settings change rarely; a bound all the same
    m = picomatch(glob, { dot: true, matchBase: !glob.includes('/') });
    matchers.set(glob, m);
  }
  return m;
}
