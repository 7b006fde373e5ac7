import { findNodeAtLocation, parseTree, type Node } from 'jsonc-parser';
import { maskTemplates, TEMPLATE_MARK } from './json/templates.ts';
import type { FindingFix, JsonPath, Span } from './types.ts';

/**
 * Safe automatic fixes. A rule describes a fix as edits of the body text it scanned (offsets relative to
 * the body, like jsonc-parser's `Edit`); lint.ts shifts them to document offsets with the finding's span.
 *
 * The edits are built here, not with jsonc-parser's `modify`: `modify` re-formats whole lines (a one-line
 * `.jsonl` body would gain line breaks), drops the comment between two removed siblings, and with
 * formatting copies text out of the template-masked body (`{{x}}` would come back as its mask). The
 * tree is parsed from the masked text (same offsets), and every character an edit copies comes from the
 * user's own body text, so `{{variables}}`, indentation, key/colon spacing and trailing commas survive.
 *
 * A fixer refuses (returns null) whenever it cannot be sure: the body is a `< file` (the edit would land
 * in another file), the path does not exist, a comment sits in a gap the edit would remove, or the edit
 * would remove or copy a line of blanks (a `.http` comment or response handler is blanked in the body).
 */

/** One replacement in the body text: jsonc-parser's `Edit` shape. */
export interface BodyEdit {
  offset: number;
  length: number;
  content: string;
}

export interface Fixer {
  /** Removes a property (path ends in a key) or an array element (path ends in an index). */
  remove(path: JsonPath): BodyEdit[] | null;
  /** Renames the property at `path`; refuses when its object already has `newKey`. */
  rename(path: JsonPath, newKey: string): BodyEdit[] | null;
  /** Replaces the value at `path` with `value` (JSON). */
  replace(path: JsonPath, value: unknown): BodyEdit[] | null;
  /** Adds `key: value` as the last property of the object at `objectPath` (absent from it). */
  insert(objectPath: JsonPath, key: string, value: unknown): BodyEdit[] | null;
  /** Reorders the elements of the array at `arrayPath`: `order[k]` is the old index of the new k-th element. */
  reorder(arrayPath: JsonPath, order: number[]): BodyEdit[] | null;
}

const NO_FIXER: Fixer = { remove: () => null, rename: () => null, replace: () => null, insert: () => null, reorder: () => null };

/** A fixer over `bodyText` (undefined: the body is not in this document, so nothing is fixable). */
export function createFixer(bodyText: string | undefined): Fixer {
  if (bodyText === undefined) return NO_FIXER;
  const raw = bodyText;
  let masked: string | undefined;
  let tree: Node | undefined | null;
  const root = (): Node | undefined => {
    if (tree === undefined) {
      masked = maskTemplates(raw);
      try {
        tree = parseTree(masked, [], { allowTrailingComma: true, disallowComments: false }) ?? null;
      } catch {
        tree = null;
      }
    }
    return tree ?? undefined;
  };
  const at = (path: JsonPath): Node | undefined => {
    const r = root();
    return r ? findNodeAtLocation(r, path) : undefined;
  };
  /** The node an edit at `path` acts on: the property for an object member, the value for an array element. */
  const member = (path: JsonPath): Node | undefined => {
    const node = at(path);
    if (!node || !path.length) return undefined;
    return node.parent?.type === 'property' ? node.parent : node;
  };
  const end = (n: Node) => n.offset + n.length;
  const done = (edits: BodyEdit[]): BodyEdit[] | null => (edits.every((e) => safeEdit(raw, e)) ? edits : null);

  return {
    remove(path) {
      const node = member(path);
      const container = node?.parent;
      if (!node || !container?.children) return null;
      const siblings = container.children;
      const i = siblings.indexOf(node);
      if (siblings.length === 1) {
        const inside = { start: container.offset + 1, end: end(container) - 1 };
        if (!onlySeparators(masked!, inside.start, node.offset) || !onlySeparators(masked!, end(node), inside.end)) return null;
        return done([{ offset: inside.start, length: inside.end - inside.start, content: '' }]);
      }
      if (i < siblings.length - 1) {
        const next = siblings[i + 1];
        if (!isCommaGap(masked!, end(node), next.offset)) return null;
        const lineStart = startOfLine(raw, node.offset);
        const ownLines = lineStart >= container.offset + 1 && !raw.slice(lineStart, node.offset).trim() && /\n/.test(raw.slice(end(node), next.offset));
        const from = ownLines ? lineStart : node.offset;
        const to = ownLines ? startOfLine(raw, next.offset) : next.offset;
        return done([{ offset: from, length: to - from, content: '' }]);
      }
      const previous = siblings[i - 1];
      if (!isCommaGap(masked!, end(previous), node.offset)) return null;
      return done([{ offset: end(previous), length: end(node) - end(previous), content: '' }]);
    },

    rename(path, newKey) {
      const node = at(path);
      const property = node?.parent;
      const key = property?.type === 'property' ? property.children?.[0] : undefined;
      if (!key || key.type !== 'string' || !property?.parent) return null;
      if (property.parent.children?.some((p) => p.children?.[0]?.value === newKey)) return null;
      return done([{ offset: key.offset, length: key.length, content: JSON.stringify(newKey) }]);
    },

    replace(path, value) {
      const node = at(path);
      if (!node) return null;
      return done([{ offset: node.offset, length: node.length, content: JSON.stringify(value) }]);
    },

    insert(objectPath, key, value) {
      const object = at(objectPath);
      if (!object || object.type !== 'object') return null;
      const properties = object.children ?? [];
      if (properties.some((p) => p.children?.[0]?.value === key)) return null;
      const last = properties[properties.length - 1];
      if (!last) {
        if (!onlySeparators(masked!, object.offset + 1, end(object) - 1)) return null;
        return done([{ offset: object.offset, length: object.length, content: `{${JSON.stringify(key)}: ${JSON.stringify(value)}}` }]);
      }
      // The user's spacing around the colon, from the last property.
      const [lastKey, lastValue] = last.children ?? [];
      const colon = lastKey && lastValue ? raw.slice(end(lastKey), lastValue.offset) : ': ';
      const entry = `${JSON.stringify(key)}${/^[ \t]*:[ \t]*$/.test(colon) ? colon : ': '}${JSON.stringify(value)}`;
      const after = masked!.slice(end(last), end(object) - 1);
      const trailing = /^\s*,/.exec(after);
      if (!/^\s*,?\s*$/.test(after)) return null; // a comment after the last property
      const lineStart = startOfLine(raw, last.offset);
      const indent = raw.slice(lineStart, last.offset);
      const multiline = lineStart > object.offset && !indent.trim();
      if (trailing) {
        const at = end(last) + trailing[0].length;
        return done([{ offset: at, length: 0, content: multiline ? `${eolOf(raw)}${indent}${entry},` : ` ${entry},` }]);
      }
      // One line: the user's comma spacing, from the last two properties.
      const before = properties[properties.length - 2];
      const comma = before && /^[ \t]*,[ \t]*$/.test(raw.slice(end(before), last.offset)) ? raw.slice(end(before), last.offset) : ', ';
      return done([{ offset: end(last), length: 0, content: multiline ? `,${eolOf(raw)}${indent}${entry}` : `${comma}${entry}` }]);
    },

    reorder(arrayPath, order) {
      const array = at(arrayPath);
      const items = array?.type === 'array' ? (array.children ?? []) : [];
      if (!items.length || order.length !== items.length || [...order].sort((a, b) => a - b).some((v, k) => v !== k)) return null;
      const gaps: string[] = [];
      for (let k = 0; k < items.length - 1; k++) {
        if (!isCommaGap(masked!, end(items[k]), items[k + 1].offset)) return null;
        gaps.push(raw.slice(end(items[k]), items[k + 1].offset));
      }
      const texts = order.map((k) => raw.slice(items[k].offset, end(items[k])));
      if (texts.some(hasBlankedLine)) return null;
      const content = texts.map((t, k) => t + (gaps[k] ?? '')).join('');
      const from = items[0].offset;
      return done([{ offset: from, length: end(items[items.length - 1]) - from, content }]);
    },
  };
}

/** Whitespace and commas only (what lies between an element and its container's bracket). */
function onlySeparators(text: string, from: number, to: number): boolean {
  return from <= to && /^[\s,]*$/.test(text.slice(from, to));
}

/** `,` with whitespace around it, no comment. */
function isCommaGap(text: string, from: number, to: number): boolean {
  return /^\s*,\s*$/.test(text.slice(from, to));
}

function startOfLine(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function eolOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

/**
 * A whole line of blanks inside the text: in a `.http` body that is how a comment line or a response
 * handler looks once blanked, and an edit must neither delete nor duplicate it.
 */
function hasBlankedLine(text: string): boolean {
  const lines = text.split('\n');
  return lines.slice(1, -1).some((l) => /^[ \t]+\r?$/.test(l));
}

function safeEdit(raw: string, edit: BodyEdit): boolean {
  if (edit.offset < 0 || edit.length < 0 || edit.offset + edit.length > raw.length) return false;
  if (edit.content.includes(TEMPLATE_MARK)) return false;
  return !hasBlankedLine(raw.slice(edit.offset, edit.offset + edit.length)) && !hasBlankedLine(edit.content);
}

/** Fix as a rule states it: edits null when the fixer refused. */
export interface RuleFix {
  title: string;
  edits: BodyEdit[] | null;
  /** The obvious fix (LSP isPreferred); fix-all and `check --fix` apply only these. */
  preferred?: boolean;
  /**
   * The edits are document offsets (built by the rule from `context.source` spans), not body offsets: for
   * text outside the body, such as a header value. lint.ts keeps them only inside the unit, outside the body.
   */
  document?: boolean;
}

/** Body-relative rule fixes to document-relative finding fixes (`origin`: the body's offset); refused ones dropped. */
export function toFindingFixes(
  fixes: RuleFix | RuleFix[] | undefined,
  origin: number,
  /** For `document` fixes: what to add to a document offset, and the document span their edits must stay in. */
  documentFixes?: { origin: number; allowed: (span: Span) => boolean },
): FindingFix[] | undefined {
  if (!fixes) return undefined;
  const out: FindingFix[] = [];
  for (const fix of Array.isArray(fixes) ? fixes : [fixes]) {
    if (!fix.edits?.length) continue;
    if (fix.document && !(documentFixes && fix.edits.every((e) => e.length >= 0 && documentFixes.allowed({ start: e.offset, end: e.offset + e.length })))) continue;
    const by = fix.document ? documentFixes!.origin : origin;
    out.push({
      title: fix.title,
      preferred: fix.preferred === true,
      edits: fix.edits.map((e) => ({ span: { start: e.offset + by, end: e.offset + e.length + by }, text: e.content })),
    });
  }
  return out.length ? out : undefined;
}

export function shiftFixes(fixes: FindingFix[] | undefined, by: number): FindingFix[] | undefined {
  if (!fixes || by === 0) return fixes;
  return fixes.map((f) => ({ ...f, edits: f.edits.map((e) => ({ span: { start: e.span.start + by, end: e.span.end + by }, text: e.text })) }));
}

/** The span all of a fix's edits cover. */
export function fixSpan(fix: FindingFix): Span {
  return { start: Math.min(...fix.edits.map((e) => e.span.start)), end: Math.max(...fix.edits.map((e) => e.span.end)) };
}

/** Applies non-overlapping document edits (in any order). */
export function applyFixEdits(text: string, edits: FindingFix['edits']): string {
  const sorted = [...edits].sort((a, b) => b.span.start - a.span.start || b.span.end - a.span.end);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.span.start) + e.text + out.slice(e.span.end);
  return out;
}
