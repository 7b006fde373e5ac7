/**
 * "Did you mean …?": the known name nearest to a slip. One implementation for directive rule ids, CLI
 * options and values, and config keys (Levenshtein, case-insensitive, close enough to be a typo).
 */
export function closest(id: string, known: Iterable<string>): string | undefined {
  const lower = id.toLowerCase();
  // A cut-short name ("warn", "--form") is a slip too, when only one known name starts with it.
  const starting = lower.length >= 3 ? [...known].filter((k) => k.toLowerCase().startsWith(lower) && k.length > lower.length) : [];
  if (starting.length === 1) return starting[0];
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(lower.length / 3)) + 1;
  for (const candidate of known) {
    if (Math.abs(candidate.length - lower.length) >= bestDistance) continue;
    const d = editDistance(lower, candidate.toLowerCase(), bestDistance);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

/** Levenshtein distance, giving up (returning `cap`) once every cell of a row reaches `cap`. */
function editDistance(a: string, b: string, cap: number): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const value = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      row.push(value);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin >= cap) return cap;
    previous = row;
  }
  return previous[b.length];
}
