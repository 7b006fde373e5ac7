import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findNodeAtLocation, parseTree, type Node } from 'jsonc-parser';
import { parseBody } from '../../server/src/core/json/body.ts';
import type { JsonPath, Span } from '../../server/src/core/types.ts';

/**
 * parseBody's locate scans strict JSON instead of building the jsonc-parser tree. These tests pin it
 * to the tree's answer (findNodeAtLocation, nearest existing parent, key spans) on every node of
 * awkward bodies, plus paths that do not exist.
 */
function viaTree(text: string, path: JsonPath, target: 'key' | 'value'): Span {
  const tree = parseTree(text, [], { allowTrailingComma: true, disallowComments: false }) as Node;
  for (let depth = path.length; depth >= 0; depth--) {
    const node = findNodeAtLocation(tree, path.slice(0, depth));
    if (!node) continue;
    if (target === 'key' && depth === path.length && node.parent?.type === 'property') {
      const key = node.parent.children![0];
      return { start: key.offset, end: key.offset + key.length };
    }
    return { start: node.offset, end: node.offset + node.length };
  }
  throw new Error('unreachable');
}

/** Every path in the value, and for each a few that do not exist below or beside it. */
function paths(value: unknown, prefix: JsonPath = [], out: JsonPath[] = []): JsonPath[] {
  out.push(prefix, [...prefix, 'missing'], [...prefix, 0], [...prefix, 99], [...prefix, -1]);
  if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...prefix, i], out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) paths(v, [...prefix, k], out);
  return out;
}

const BODIES = [
  '{"a": 1}',
  '  \n\t{ "model" : "gpt-4o" ,\r\n "messages":[ {"role":"user","content":[{"type":"text","text":""}]} , {"role":"assistant","content":null} ] }  \n',
  '{"s": "quote \\" inside", "t": "ends with backslash \\\\", "u": "\\\\\\"", "k\\"ey": {"x": [1, -2.5e+10, true, false, null]}}',
  '{"dup": 1, "dup": {"inner": 2}, "\\u0064up": 3, "": {"": []}}',
  '[[], {}, [[[]]], "x", 0, {"a": [{}, {"b": "}]{["}]}]',
  '"just a string"',
  '12.5',
  '{"nested": {"deeper": {"deepest": {"list": [[1, 2], [3, [4, {"five": 5}]]]}}}}',
  '{"emoji": "😀 \\ud83d\\ude00", "ключ": "значение", "messages": [{"content": "a\\nb\\tc"}]}',
];

test('locate on strict JSON matches the tree on every node and on missing paths', () => {
  for (const text of BODIES) {
    const value = JSON.parse(text);
    for (const path of paths(value)) {
      for (const target of ['value', 'key'] as const) {
        const body = parseBody(text); // fresh each time: the scan, never the tree fallback
        assert.deepEqual(body.locate(path, target), viaTree(text, path, target), `${text} at ${JSON.stringify(path)} (${target})`);
      }
    }
  }
});

test('many findings on one body switch to the tree and keep the same spans', () => {
  const text = JSON.stringify({ messages: Array.from({ length: 300 }, (_, i) => ({ role: 'user', content: `message ${i} "quoted" \\ done` })) }, null, 2);
  const body = parseBody(text);
  for (let i = 0; i < 300; i++) {
    for (const target of ['value', 'key'] as const) {
      const path: JsonPath = ['messages', i, 'content'];
      assert.deepEqual(body.locate(path, target), viaTree(text, path, target));
    }
  }
});
