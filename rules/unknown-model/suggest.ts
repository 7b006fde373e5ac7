/**
 * "Did you mean" for model ids: separator and case slips (claude-sonnet-4.5 / gpt-4-1 / "Claude Sonnet 4.5"),
 * a typo'd or transposed character (bounded edit distance, never across a different version number), and a
 * known id with a junk suffix (gpt-4.1-nano-wrong). Cheap by construction: the table's ids are indexed once
 * per table, and the edit distance runs only against ids of the same vendor family, banded and capped.
 */
import { candidates } from '../models/lookup.ts';
import type { ModelTable, ModelVendor } from '../models/index.ts';

interface Index {
  byVendor: Map<ModelVendor, string[]>;
  /** Separator-free key -> ids with that key. */
  byKey: Map<string, string[]>;
  vendorOf: Map<string, ModelVendor>;
}

const indexes = new WeakMap<ModelTable, Index>();
export interface Suggestion {
  id: string;
  /** spelling: same characters; typo: edit distance; prefix: a known id plus an unknown suffix. */
  kind: 'spelling' | 'typo' | 'prefix';
}

const results = new WeakMap<ModelTable, Map<string, Suggestion | null>>();

/** At most this many ids are compared by edit distance per lookup. */
const MAX_COMPARED = 400;

const sepFree = (id: string) => id.replace(/[\s._\-/:@]+/g, '');
const digits = (id: string) => (id.match(/\d+/g) ?? []).join(',');

function indexOf(table: ModelTable): Index {
  let index = indexes.get(table);
  if (index) return index;
  index = { byVendor: new Map(), byKey: new Map(), vendorOf: new Map() };
  for (const id of table.ids()) {
    const vendor = table.lookup(id)?.vendor;
    if (!vendor) continue;
    index.vendorOf.set(id, vendor);
    const list = index.byVendor.get(vendor) ?? [];
    list.push(id);
    index.byVendor.set(vendor, list);
    const key = sepFree(id);
    index.byKey.set(key, [...(index.byKey.get(key) ?? []), id]);
  }
  indexes.set(table, index);
  return index;
}

/** Optimal-string-alignment distance, or Infinity once it exceeds `max` (banded, early exit). */
export function boundedDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return Infinity;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2] + 1);
      row.push(d);
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return Infinity;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length] <= max ? prev[b.length] : Infinity;
}

/**
 * The known id closest to `id` (already canonical: lower-case, trimmed, without provider prefix), among
 * ids of `vendors`; null when nothing is close enough.
 */
export function suggestModel(table: ModelTable, id: string, vendors: readonly ModelVendor[]): Suggestion | null {
  let cache = results.get(table);
  if (!cache) results.set(table, (cache = new Map()));
  const cacheKey = `${vendors.join(',')}|${id}`;
  if (cache.has(cacheKey)) return cache.get(cacheKey)!;
  const found = compute(indexOf(table), id, vendors);
  if (cache.size > 1000) cache.clear();
  cache.set(cacheKey, found);
  return found;
}

function compute(index: Index, id: string, vendors: readonly ModelVendor[]): Suggestion | null {
  const allowed = (candidate: string) => vendors.includes(index.vendorOf.get(candidate)!);
  // 1. Same characters, other separators or spacing: claude-sonnet-4.5, gpt-4-1, "claude sonnet 4.5".
  for (const form of candidates(id)) {
    const hit = index.byKey.get(sepFree(form))?.find(allowed);
    if (hit) return { id: hit, kind: 'spelling' };
  }
  const pool = vendors.flatMap((v) => index.byVendor.get(v) ?? []);
  // 2. One or two typo'd, missing, extra or swapped characters; never a different version number.
  const max = id.length < 8 ? 1 : 2;
  const signature = digits(id);
  let best: string | null = null;
  let bestDistance = Infinity;
  let compared = 0;
  for (const candidate of pool) {
    if (Math.abs(candidate.length - id.length) > max || digits(candidate) !== signature) continue;
    if (++compared > MAX_COMPARED) break;
    const d = boundedDistance(id, candidate, max);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  if (best) return { id: best, kind: 'typo' };
  // 3. A known id followed by an unknown suffix: gpt-4.1-nano-wrong -> gpt-4.1-nano (longest such id).
  let prefix: string | null = null;
  for (const candidate of pool) {
    if (candidate.length >= 4 && id.startsWith(`${candidate}-`) && (!prefix || candidate.length > prefix.length)) prefix = candidate;
  }
  return prefix ? { id: prefix, kind: 'prefix' } : null;
}
