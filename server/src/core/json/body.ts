import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import type { JsonPath, Span } from '../types.ts';
import { maskTemplates } from './templates.ts';

export interface SyntaxProblem {
  message: string;
  /** Span relative to the body start. */
  span: Span;
}

/**
 * A request body parsed once and shared by every rule. The common case (strict JSON) goes through the
 * native JSON.parse; the tolerant jsonc-parser tree is built only when needed: for comments or broken
 * JSON, or lazily the first time a finding needs a position.
 */
export interface ParsedBody {
  /** The value, or undefined when nothing could be parsed. */
  value: unknown;
  /** False when the text had syntax errors: the value may be partial, and some rules must not run. */
  complete: boolean;
  syntax: SyntaxProblem[];
  /** Span (relative to the body) of the node at `path`; the property key when `target` is 'key'. */
  locate(path: JsonPath, target?: 'key' | 'value'): Span;
}

export interface ParseBodyOptions {
  /** Allow comments and trailing commas (.jsonc files); providers accept neither in a sent body. */
  allowComments?: boolean;
}

export function parseBody(rawText: string, options: ParseBodyOptions = {}): ParsedBody {
  const text = maskTemplates(rawText);
  let tree: Node | undefined;
  let treeFailed = false;
  const getTree = (): Node | undefined => {
    if (tree || treeFailed) return tree;
    try {
      tree = parseTree(text, [], { allowTrailingComma: true, disallowComments: false });
    } catch {
      treeFailed = true; // stack overflow on pathological nesting: positions fall back to the body start
    }
    return tree;
  };
  const locate = (path: JsonPath, target: 'key' | 'value' = 'value'): Span => locateIn(getTree(), path, target, text.length);

  const strict = tryJsonParse(text);
  if (strict.ok) return { value: strict.value, complete: true, syntax: [], locate };

  const errors: ParseError[] = [];
  let value: unknown;
  const lenient = options.allowComments === true;
  try {
    tree = parseTree(text, errors, { allowTrailingComma: lenient, disallowComments: !lenient });
    value = tree ? nodeValue(tree) : undefined;
  } catch {
    treeFailed = true;
    return { value: undefined, complete: false, syntax: [tooDeep(text)], locate };
  }
  const syntax = errors.slice(0, 1).map((e) => ({
    message: describe(e),
    span: { start: e.offset, end: Math.max(e.offset + e.length, e.offset + 1) },
  }));
  return { value, complete: errors.length === 0, syntax, locate };
}

function tryJsonParse(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

function describe(e: ParseError): string {
  const code = printParseErrorCode(e.error);
  const words = code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return `JSON syntax error: ${words}. The provider would reject this body before reading it.`;
}

function tooDeep(text: string): SyntaxProblem {
  return {
    message: 'The body is nested too deeply to analyse; it was skipped.',
    span: { start: 0, end: Math.min(text.length, 1) },
  };
}

/**
 * jsonc-parser's getNodeValue, written as a loop-free recursion over the tree we already have; the tree
 * depth is bounded because parseTree itself succeeded on it.
 */
function nodeValue(node: Node): unknown {
  switch (node.type) {
    case 'object': {
      const obj: Record<string, unknown> = {};
      for (const prop of node.children ?? []) {
        const [key, val] = prop.children ?? [];
        if (key && typeof key.value === 'string') obj[key.value] = val ? nodeValue(val) : undefined;
      }
      return obj;
    }
    case 'array':
      return (node.children ?? []).map(nodeValue);
    default:
      return node.value;
  }
}

function locateIn(tree: Node | undefined, path: JsonPath, target: 'key' | 'value', length: number): Span {
  if (!tree) return { start: 0, end: Math.min(length, 1) };
  // Walk up the path until a node exists (a missing field is reported on its parent object).
  for (let depth = path.length; depth >= 0; depth--) {
    const node = findNodeAtLocation(tree, path.slice(0, depth));
    if (!node) continue;
    if (target === 'key' && depth === path.length && node.parent?.type === 'property') {
      const key = node.parent.children?.[0];
      if (key) return { start: key.offset, end: key.offset + key.length };
    }
    return { start: node.offset, end: node.offset + node.length };
  }
  return { start: tree.offset, end: tree.offset + Math.min(tree.length, 1) };
}
