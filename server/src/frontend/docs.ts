import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { RULES_BY_ID } from '../../../rules/index.ts';

/**
 * Rule docs ship with the package (rules/<id>/README.md, docs/diagnostics.md), so links work offline
 * and point at the version the user runs. The package root is found by walking up from this bundle.
 */
export function packageRoot(): string {
  let dir = __dirname;
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'rules'))) return dir;
    dir = dirname(dir);
  }
  return dirname(__dirname);
}

export function createDocsLocator(root = packageRoot()): (code: string) => string | undefined {
  const cache = new Map<string, string | undefined>();
  return (code) => {
    if (!cache.has(code)) cache.set(code, locate(root, code));
    return cache.get(code);
  };
}

function locate(root: string, code: string): string | undefined {
  const file = RULES_BY_ID.has(code) ? join(root, 'rules', code, 'README.md') : join(root, 'docs', 'diagnostics.md');
  if (!existsSync(file)) return undefined;
  return pathToFileURL(file).href + (RULES_BY_ID.has(code) ? '' : `#${code}`);
}
