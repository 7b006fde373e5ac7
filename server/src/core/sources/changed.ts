/** Block size of the first pass: slices of two flat strings compare by memory, far faster than char by char. */
const BLOCK = 256;

/** The last answer: the server's tree edit (source-trees.ts) and the split after it ask for the same pair in turn. */
let last: { before: string; after: string; range: { start: number; oldEnd: number; newEnd: number } } | undefined;

/** The changed middle between two texts (common prefix and suffix kept). */
export function changedRange(before: string, after: string): { start: number; oldEnd: number; newEnd: number } {
  if (last && last.before === before && last.after === after) return last.range;
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start + BLOCK <= max && before.slice(start, start + BLOCK) === after.slice(start, start + BLOCK)) start += BLOCK;
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let oldEnd = before.length;
  let newEnd = after.length;
  while (oldEnd - BLOCK >= start && newEnd - BLOCK >= start && before.slice(oldEnd - BLOCK, oldEnd) === after.slice(newEnd - BLOCK, newEnd)) {
    oldEnd -= BLOCK;
    newEnd -= BLOCK;
  }
  while (oldEnd > start && newEnd > start && before.charCodeAt(oldEnd - 1) === after.charCodeAt(newEnd - 1)) {
    oldEnd--;
    newEnd--;
  }
  const range = { start, oldEnd, newEnd };
  last = { before, after, range };
  return range;
}
