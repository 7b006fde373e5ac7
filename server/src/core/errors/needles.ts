/** The catalog's literal messages as one multi-needle automaton (built once per catalog array). */
import type { ErrorEntry } from '../../../../rules/errors/types.ts';
import { NeedleSet } from './scan.ts';

export interface CatalogNeedles {
  needles: NeedleSet;
  /** Long or non-ASCII phrases are errors on their own; short English ones need error context. */
  distinctive: boolean[];
}

const cache = new WeakMap<readonly ErrorEntry[], CatalogNeedles | null>();

export function catalogNeedles(catalog: readonly ErrorEntry[]): CatalogNeedles | null {
  let c = cache.get(catalog);
  if (c !== undefined) return c;
  const seen = new Set<string>();
  for (const entry of catalog) {
    for (const m of entry.match.messageIncludes ?? []) {
      const l = m.toLowerCase();
      if (l.trim().length >= 4) seen.add(l);
    }
  }
  const list = [...seen];
  c = list.length ? { needles: new NeedleSet(list), distinctive: list.map(isDistinctive) } : null;
  cache.set(catalog, c);
  return c;
}

function isDistinctive(s: string): boolean {
  let cjk = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0x2e80) cjk++;
  if (cjk >= 3) return true;
  return s.length >= 18 && s.includes(' ');
}
