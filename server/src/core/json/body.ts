import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import type { JsonPath, Span } from '../types.ts';
import { maskTemplates, TEMPLATE_MARK } from './templates.ts';

export interface SyntaxProblem {
  message: string;
  /** What the parser expected or found, in its words ("colon expected"), for messages in other languages. */
  error?: string;
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
  /**
   * False when no parsed string can carry TEMPLATE_MARK (no `{{` was masked and the text holds no mark or
   * `\ue000` escape): walks may then skip their isTemplated() scans.
   */
  templated: boolean;
}

export interface ParseBodyOptions {
  /** Allow comments and trailing commas (.jsonc files); providers accept neither in a sent body. */
  allowComments?: boolean;
}

export function parseBody(rawText: string, options: ParseBodyOptions = {}): ParsedBody {
  // A byte order mark (a file saved by a Windows editor, read by the CLI) is no JSON: blanked like a comment, same length.
  const text = maskTemplates(rawText.charCodeAt(0) === 0xfeff ? ` ${rawText.slice(1)}` : rawText);
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
  // The mark written as an escape parses to the mark too; most bodies hold no `\u` escape at all (one scan).
  const templated = text.includes(TEMPLATE_MARK) || (text.includes('\\u') && ESCAPED_MARK.test(text));

  const strict = tryJsonParse(text);
  if (strict.ok) return { value: strict.value, complete: true, syntax: [], locate: scanningLocate(text, locate), templated };

  const errors: ParseError[] = [];
  let value: unknown;
  const lenient = options.allowComments === true;
  try {
    tree = parseTree(text, errors, { allowTrailingComma: lenient, disallowComments: !lenient });
    value = tree ? nodeValue(tree) : undefined;
  } catch {
    treeFailed = true;
    return { value: undefined, complete: false, syntax: [tooDeep(text)], locate, templated };
  }
  const syntax = errors.slice(0, 1).map((e) => ({
    message: describe(e),
    error: errorWords(e),
    // At the end of the body (unclosed brace...) the error has no character to cover: empty span there, never past it.
    span: { start: Math.min(e.offset, text.length), end: Math.min(text.length, Math.max(e.offset + e.length, e.offset + 1)) },
  }));
  return { value, complete: errors.length === 0, syntax, locate, templated };
}

const ESCAPED_MARK = /\\u[eE]000/;

function tryJsonParse(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

function describe(e: ParseError): string {
  return `JSON syntax error: ${errorWords(e)}. The provider would reject this body before reading it.`;
}

function errorWords(e: ParseError): string {
  return printParseErrorCode(e.error).replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
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
    // jsonc-parser can count one character past the text for a node left open by an unterminated
    // trailing `/*` comment (fuzz case in test/fuzz/regressions.test.ts): spans never leave the body.
    return { start: Math.min(node.offset, length), end: Math.min(node.offset + node.length, length) };
  }
  return { start: tree.offset, end: tree.offset + Math.min(tree.length, 1) };
}

/**
 * `locate` for strict JSON without building the tree: the first findings on a body are placed by a
 * scan that skips over the values before the path (strings by indexOf, no values built), which on a
 * multi-megabyte body is several times cheaper than parseTree. The scans' cost is counted, and once
 * it reaches twice the text's length (many findings) the tree is built and used from then on, so the
 * worst case stays near one parseTree. Same spans as locateIn on the tree (first duplicate key wins,
 * as in findNodeAtLocation).
 */
function scanningLocate(text: string, viaTree: ParsedBody['locate']): ParsedBody['locate'] {
  let budget = 2 * text.length;
  return (path, target = 'value') => {
    if (budget <= 0) return viaTree(path, target);
    const found = scanPath(text, path, target);
    budget -= found.scanned;
    return found.span;
  };
}

/** Walks `path` through strict JSON text; reports the deepest existing node, like locateIn. */
function scanPath(text: string, path: JsonPath, target: 'key' | 'value'): { span: Span; scanned: number } {
  let pos = skipSpace(text, 0);
  let keyStart = -1;
  let keyEnd = -1;
  let depth = 0;
  for (; depth < path.length; depth++) {
    const segment = path[depth];
    const c = text.charCodeAt(pos);
    let next = -1;
    if (typeof segment === 'string') {
      if (c !== 123 /* { */) break;
      let p = skipSpace(text, pos + 1);
      while (text.charCodeAt(p) === 34 /* " */) {
        const ks = p;
        const ke = stringEnd(text, p);
        const valueStart = skipSpace(text, skipSpace(text, ke) + 1);
        if (keyEquals(text, ks, ke, segment)) {
          keyStart = ks;
          keyEnd = ke;
          next = valueStart;
          break;
        }
        p = skipSpace(text, valueEnd(text, valueStart));
        if (text.charCodeAt(p) !== 44 /* , */) break;
        p = skipSpace(text, p + 1);
      }
    } else {
      if (c !== 91 /* [ */ || segment < 0 || !Number.isInteger(segment)) break;
      let p = skipSpace(text, pos + 1);
      if (text.charCodeAt(p) === 93 /* ] */) break;
      let i = 0;
      while (i < segment) {
        p = skipSpace(text, valueEnd(text, p));
        if (text.charCodeAt(p) !== 44 /* , */) break;
        p = skipSpace(text, p + 1);
        i++;
      }
      if (i === segment) {
        next = p;
        keyStart = -1;
      }
    }
    if (next < 0) break;
    pos = next;
  }
  const end = valueEnd(text, pos);
  if (target === 'key' && depth === path.length && keyStart >= 0) return { span: { start: keyStart, end: keyEnd }, scanned: end };
  return { span: { start: pos, end }, scanned: end };
}

function skipSpace(text: string, pos: number): number {
  for (;;) {
    const c = text.charCodeAt(pos);
    if (c === 32 || c === 10 || c === 13 || c === 9) pos++;
    else return pos;
  }
}

/** Offset just after the string starting at `pos` (its opening quote). */
function stringEnd(text: string, pos: number): number {
  let q = pos;
  for (;;) {
    q = text.indexOf('"', q + 1);
    if (q < 0) return text.length;
    let backslashes = 0;
    while (text.charCodeAt(q - 1 - backslashes) === 92 /* \\ */) backslashes++;
    if (backslashes % 2 === 0) return q + 1;
  }
}

/** Offset just after the value starting at `pos`; nesting is counted, not recursed into. */
function valueEnd(text: string, pos: number): number {
  const c = text.charCodeAt(pos);
  if (c === 34) return stringEnd(text, pos);
  if (c === 123 || c === 91) {
    let depth = 0;
    for (let p = pos; p < text.length; p++) {
      const d = text.charCodeAt(p);
      if (d === 34) p = stringEnd(text, p) - 1;
      else if (d === 123 || d === 91) depth++;
      else if ((d === 125 || d === 93) && --depth === 0) return p + 1;
    }
    return text.length;
  }
  let p = pos;
  for (; p < text.length; p++) {
    const d = text.charCodeAt(p);
    if (d === 44 || d === 125 || d === 93 || d === 32 || d === 10 || d === 13 || d === 9) break;
  }
  return p;
}

/** Whether the key string text[start, end) (with its quotes) decodes to `key`. */
function keyEquals(text: string, start: number, end: number, key: string): boolean {
  for (let p = start + 1; p < end - 1; p++) {
    if (text.charCodeAt(p) === 92) return JSON.parse(text.slice(start, end)) === key;
  }
  return end - start - 2 === key.length && text.startsWith(key, start + 1);
}
