/**
 * Every value of a body, walked once (the request model's `values()`): the rules that read all of it
 * (hardcoded-api-key: every string; duplicate-key: the number of keys; context-window-exceeded: the prompt
 * strings) read this index instead of walking the body each on its own.
 *
 * Nodes are the body's strings, objects and arrays (numbers, booleans and null have no node); strings are
 * listed in document order (pre-order: an object's keys in their order, an array's items by index).
 * Iterative: a body can be nested deeper than the call stack allows.
 */
import type { JsonPath } from '../../server/src/core/rule-api.ts';

export interface ValueIndex {
  /** Number of the parent of each node (-1 for the body itself); a parent's number is below its children's. */
  readonly parents: readonly number[];
  /** The key or index of each node in its parent (undefined for the body itself). */
  readonly keys: readonly (string | number | undefined)[];
  /** The nodes that are strings, in document order, and their values (same positions). */
  readonly stringNodes: readonly number[];
  readonly strings: readonly string[];
  /** Properties of all objects of the body together (each object counts its distinct keys once). */
  readonly keyCount: number;
}

export function indexValues(body: unknown): ValueIndex {
  const parents: number[] = [-1];
  const keys: (string | number | undefined)[] = [undefined];
  const stringNodes: number[] = [];
  const strings: string[] = [];
  let keyCount = 0;
  // Pending nodes as flat pairs (value, number), numbered when pushed and pushed in reverse, so that they
  // pop (and their strings are listed) in document order.
  const stack: unknown[] = [body, 0];
  while (stack.length) {
    const id = stack.pop() as number;
    const value = stack.pop();
    if (typeof value === 'string') {
      stringNodes.push(id);
      strings.push(value);
    } else if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) {
        const child = value[i];
        if (child === null || (typeof child !== 'object' && typeof child !== 'string')) continue;
        stack.push(child, parents.length);
        parents.push(id);
        keys.push(i);
      }
    } else if (value !== null && typeof value === 'object') {
      const names = Object.keys(value);
      keyCount += names.length;
      for (let i = names.length - 1; i >= 0; i--) {
        const child = (value as Record<string, unknown>)[names[i]];
        if (child === null || (typeof child !== 'object' && typeof child !== 'string')) continue;
        stack.push(child, parents.length);
        parents.push(id);
        keys.push(names[i]);
      }
    }
  }
  return { parents, keys, stringNodes, strings, keyCount };
}

/** Depth of a node (0 for the body itself), counted up to `max + 1` at most (a hostile body nests 100 000 deep). */
export function depthOfNode(index: ValueIndex, node: number, max = Infinity): number {
  let depth = 0;
  for (let n = node; index.parents[n] >= 0 && depth <= max; n = index.parents[n]) depth++;
  return depth;
}

/** The path of a node from the body's root. */
export function pathOfNode(index: ValueIndex, node: number): JsonPath {
  const path: JsonPath = [];
  for (let n = node; index.parents[n] >= 0; n = index.parents[n]) path.push(index.keys[n]!);
  return path.reverse();
}

/**
 * Per node, whether it sits (at any depth) under a property whose name is in `names`; one pass in node
 * number order, since a parent is numbered before its children.
 */
export function underKeys(index: ValueIndex, names: ReadonlySet<string>): Uint8Array {
  const under = new Uint8Array(index.parents.length);
  for (let n = 1; n < under.length; n++) {
    const key = index.keys[n];
    under[n] = under[index.parents[n]] || (typeof key === 'string' && names.has(key)) ? 1 : 0;
  }
  return under;
}
