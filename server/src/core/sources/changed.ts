import { diff } from '../text.ts';

/**
 * The changed middle between two texts (common prefix and suffix kept), in the form tree-sitter's `edit` takes:
 * core/text.ts's `diff`, whose one-entry memo also serves the server's tree edit and the split after it.
 */
export function changedRange(before: string, after: string): { start: number; oldEnd: number; newEnd: number } {
  const { start, oldEnd, delta } = diff(before, after);
  return { start, oldEnd, newEnd: oldEnd + delta };
}
