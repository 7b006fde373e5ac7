/**
 * Synthesized request bodies for source files: an SDK call's keyword arguments (Python) or object literal
 * (TypeScript/JavaScript) become the JSON body the SDK would send, and this map leads every finding and fix
 * on that body back to the source.
 *
 * - The body is written from a small value tree (`SynthValue`) built by the language's reader
 *   (`python/`, `typescript/`). While writing, each key and each value records its span in the body text
 *   and the source span it came from.
 * - A value that is not a literal (a name, a call, an f-string, a template with `${}`) is written as a string
 *   carrying TEMPLATE_MARK, exactly as `core/json` masks a `{{variable}}`: rules stay silent on it.
 * - An object with a spread (`**kwargs`, `...rest`, a computed key) is open: it gets one member whose key
 *   carries TEMPLATE_MARK, which is how a `{{variable}}` key already keeps "missing" and "unknown parameter"
 *   findings away from its object.
 * - Fixes: the map's fixer edits the source, by path, where the edit is unambiguous (remove an argument or a
 *   property, rename a key written as the body's own key, replace a literal); anything else it refuses (the
 *   fix is dropped, the finding stays). Its edits are document offsets.
 */
import { TEMPLATE_MARK } from '../json/templates.ts';
import type { BodyEdit, Fixer } from '../fix.ts';
import type { JsonPath, Span } from '../types.ts';

export type SourceLanguage = 'python' | 'typescript';

export type SynthValue = SynthObject | SynthArray | SynthLiteral | SynthUnknown;

export interface SynthObject {
  kind: 'object';
  members: SynthMember[];
  /** Spread, `**kwargs`, computed key: the object may hold any other key. */
  open?: Span;
  src?: Span;
}

export interface SynthArray {
  kind: 'array';
  items: SynthValue[];
  src?: Span;
}

export interface SynthLiteral {
  kind: 'literal';
  value: string | number | boolean | null;
  /** Span of the literal in the source; absent when the value was made by the reader (a wrapped string). */
  src?: Span;
}

export interface SynthUnknown {
  kind: 'unknown';
  /** What the source says (a name, `f"…"`), shown nowhere but kept short in the mask. */
  label: string;
  src: Span;
}

export interface SynthMember {
  key: string;
  value: SynthValue;
  /** The key as written (`max_tokens` in `max_tokens=5`, `"model"` in a dict); absent for keys the reader made. */
  keySrc?: Span;
  /** True when the key's source text is the body's key itself (a rename may rewrite it). */
  keyExact?: boolean;
  /** The whole argument / property (`max_tokens=5`): what a removal deletes. */
  memberSrc?: Span;
}

export interface BodyMap {
  language: SourceLanguage;
  /** A span of the synthesized body (body-relative) → the document span it came from. */
  toSource(span: Span): Span;
  /** Fixes on the source (document offsets), by body path. */
  fixer: Fixer;
  /** The body offset (inside the key or value) of the innermost key or value written at a document offset, or null. */
  bodyOffsetAt(offset: number): number | null;
  /** The body path under a document offset (hover, completion): innermost member whose key or value holds it. */
  pathAt(offset: number): { path: JsonPath; inKey: boolean; object?: JsonPath } | null;
}

export interface Synthesized {
  text: string;
  map: BodyMap;
}

const MASK_LABEL_MAX = 40;

/** A mask for an unknown value: a JSON string with TEMPLATE_MARK, like a masked `{{variable}}`. */
function maskString(label: string): string {
  const clean = label.replace(/["\\\u0000-\u001f\u007f-\uffff]/g, '_').slice(0, MASK_LABEL_MAX);
  return `"${TEMPLATE_MARK}${clean}${TEMPLATE_MARK}"`;
}

interface Entry {
  body: Span;
  src: Span;
}

/** Writes `root` as JSON and returns the text with its map back to `source` (the document text). */
export function synthesize(root: SynthObject, source: string, language: SourceLanguage, fallback: Span): Synthesized {
  const parts: string[] = [];
  let length = 0;
  const entries: Entry[] = [];
  const byBody = new Map<string, Span>();
  const push = (s: string) => {
    parts.push(s);
    length += s.length;
  };
  const record = (body: Span, src: Span | undefined) => {
    if (!src) return;
    entries.push({ body, src });
    byBody.set(`${body.start}:${body.end}`, src);
  };
  const write = (value: SynthValue, outer: Span | undefined): void => {
    const start = length;
    const src = value.src ?? outer;
    switch (value.kind) {
      case 'literal':
        push(JSON.stringify(value.value));
        break;
      case 'unknown':
        push(maskString(value.label));
        break;
      case 'array':
        push('[');
        value.items.forEach((item, i) => {
          if (i) push(',');
          write(item, src);
        });
        push(']');
        break;
      case 'object': {
        push('{');
        let first = true;
        for (const member of value.members) {
          if (!first) push(',');
          first = false;
          const keyStart = length;
          push(JSON.stringify(member.key));
          record({ start: keyStart, end: length }, member.keySrc ?? member.memberSrc ?? src);
          push(':');
          write(member.value, member.memberSrc ?? src);
        }
        if (value.open) {
          if (!first) push(',');
          const keyStart = length;
          push(maskString('spread'));
          record({ start: keyStart, end: length }, value.open);
          push(':');
          const valueStart = length;
          push(maskString('spread'));
          record({ start: valueStart, end: length }, value.open);
        }
        push('}');
        break;
      }
    }
    record({ start, end: length }, src);
  };
  write(root, fallback);
  const text = parts.join('');
  const toSource = (span: Span): Span => {
    const exact = byBody.get(`${span.start}:${span.end}`);
    if (exact) return exact;
    // The smallest recorded value around the span (a finding inside a string: the whole literal).
    let best: Entry | undefined;
    for (const e of entries) {
      if (e.body.start <= span.start && e.body.end >= span.end && (!best || e.body.end - e.body.start < best.body.end - best.body.start)) best = e;
    }
    return best ? best.src : fallback;
  };
  const bodyOffsetAt = (offset: number): number | null => {
    let best: Entry | undefined;
    for (const e of entries) {
      if (e.src.start <= offset && offset <= e.src.end && (!best || e.src.end - e.src.start < best.src.end - best.src.start)) best = e;
    }
    return best ? Math.min(best.body.start + 1, best.body.end) : null;
  };
  return { text, map: { language, toSource, bodyOffsetAt, fixer: sourceFixer(root, source, language), pathAt: (offset) => pathAt(root, offset) } };
}

function contains(span: Span | undefined, offset: number): boolean {
  return span !== undefined && span.start <= offset && offset <= span.end;
}

function pathAt(root: SynthObject, offset: number): { path: JsonPath; inKey: boolean; object?: JsonPath } | null {
  let found: { path: JsonPath; inKey: boolean; object?: JsonPath } | null = contains(root.src, offset) ? { path: [], inKey: false, object: [] } : null;
  const visit = (value: SynthValue, path: JsonPath): void => {
    if (value.kind === 'object') {
      if (contains(value.src, offset)) found = { path, inKey: false, object: path };
      for (const m of value.members) {
        if (contains(m.keySrc, offset)) {
          found = { path: [...path, m.key], inKey: true, object: path };
          return;
        }
        if (contains(m.memberSrc, offset) || contains(m.value.src, offset)) {
          found = { path: [...path, m.key], inKey: false, object: path };
          visit(m.value, [...path, m.key]);
          return;
        }
      }
    } else if (value.kind === 'array') {
      value.items.forEach((item, i) => {
        if (contains(item.src, offset)) {
          found = { path: [...path, i], inKey: false };
          visit(item, [...path, i]);
        }
      });
    }
  };
  visit(root, []);
  return found;
}

/** The value at `path` and the object member holding it (when the last step is a key). */
function resolve(root: SynthValue, path: JsonPath): { value: SynthValue; member?: SynthMember; parent?: SynthValue } | null {
  let value: SynthValue = root;
  let member: SynthMember | undefined;
  let parent: SynthValue | undefined;
  for (const step of path) {
    parent = value;
    if (value.kind === 'object' && typeof step === 'string') {
      let m: SynthMember | undefined;
      for (const x of value.members) if (x.key === step) m = x; // the last one: the one that wins
      if (!m) return null;
      member = m;
      value = m.value;
    } else if (value.kind === 'array' && typeof step === 'number' && value.items[step]) {
      member = undefined;
      value = value.items[step];
    } else return null;
  }
  return { value, member, parent };
}

const NO_EDIT = null;

/** Source edits by body path (document offsets); null whenever the edit is not certain. */
function sourceFixer(root: SynthObject, source: string, language: SourceLanguage): Fixer {
  const edit = (span: Span, content: string): BodyEdit[] => [{ offset: span.start, length: span.end - span.start, content }];
  return {
    remove(path) {
      const found = resolve(root, path);
      if (!found) return NO_EDIT;
      const target = found.member?.memberSrc ?? (found.parent?.kind === 'array' ? found.value.src : undefined);
      if (!target || (found.member && !found.member.keySrc)) return NO_EDIT;
      return removal(source, target);
    },
    rename(path, newKey) {
      const found = resolve(root, path);
      const m = found?.member;
      if (!m?.keySrc || !m.keyExact || found?.parent?.kind !== 'object' || found.parent.members.some((x) => x.key === newKey)) return NO_EDIT;
      const written = source.slice(m.keySrc.start, m.keySrc.end);
      const quote = written[0] === '"' || written[0] === "'" ? written[0] : '';
      if (!quote && !/^[A-Za-z_$][\w$]*$/.test(newKey)) return NO_EDIT; // an identifier key must stay one
      return edit(m.keySrc, quote ? `${quote}${newKey}${quote}` : newKey);
    },
    replace(path, value) {
      const found = resolve(root, path);
      if (!found || found.value.kind !== 'literal' || !found.value.src) return NO_EDIT;
      const text = literalText(value, language);
      return text === null ? NO_EDIT : edit(found.value.src, text);
    },
    insert: () => NO_EDIT,
    reorder: () => NO_EDIT,
  };
}

/** Deletes an argument / property / element and one comma beside it; refuses across a comment. */
function removal(source: string, target: Span): BodyEdit[] | null {
  // After: `, ` up to the next item (same line) or the comma and the rest of the line (own line).
  let after = target.end;
  while (after < source.length && (source[after] === ' ' || source[after] === '\t')) after++;
  if (source[after] === ',') {
    let end = after + 1;
    while (end < source.length && (source[end] === ' ' || source[end] === '\t')) end++;
    const lineStart = source.lastIndexOf('\n', target.start - 1) + 1;
    const ownLine = !source.slice(lineStart, target.start).trim() && (source[end] === '\n' || source.startsWith('\r\n', end));
    if (ownLine) {
      const lineEnd = source[end] === '\n' ? end + 1 : end + 2;
      return [{ offset: lineStart, length: lineEnd - lineStart, content: '' }];
    }
    if (source[end] === '#' || source.startsWith('//', end)) return null;
    return [{ offset: target.start, length: end - target.start, content: '' }];
  }
  // Last item: the comma before it (and the blanks or line break between).
  let before = target.start;
  while (before > 0 && /\s/.test(source[before - 1])) before--;
  if (source[before - 1] === ',') return [{ offset: before - 1, length: target.end - before + 1, content: '' }];
  // The only item: just the item (the brackets stay).
  if (source[before - 1] === '(' || source[before - 1] === '{' || source[before - 1] === '[') return [{ offset: target.start, length: target.end - target.start, content: '' }];
  return null;
}

/** A JSON value written as a literal of the source language, or null when it cannot be. */
export function literalText(value: unknown, language: SourceLanguage): string | null {
  if (language === 'typescript') return JSON.stringify(value) ?? null;
  if (value === null) return 'None';
  if (value === true) return 'True';
  if (value === false) return 'False';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : null;
  if (typeof value === 'string') return JSON.stringify(value); // a JSON string is a valid Python string literal
  if (Array.isArray(value)) {
    const items = value.map((v) => literalText(v, language));
    return items.includes(null) ? null : `[${items.join(', ')}]`;
  }
  if (typeof value === 'object') {
    const items = Object.entries(value as Record<string, unknown>).map(([k, v]) => {
      const t = literalText(v, language);
      return t === null ? null : `${JSON.stringify(k)}: ${t}`;
    });
    return items.includes(null) ? null : `{${items.join(', ')}}`;
  }
  return null;
}

/**
 * Adds a member. A repeated key is kept and written twice: the later one wins in the body as it does in a Python
 * dict or a JavaScript object literal, and duplicate-key reports the repeat at its own key, as in a `.json` body.
 */
export function setMember(object: SynthObject, member: SynthMember): void {
  object.members.push(member);
}

/** The member that wins for `key`: the last one, as in a Python dict or a JavaScript object literal (see setMember). */
export function lastMember(object: SynthObject, key: string): SynthMember | undefined {
  for (let i = object.members.length - 1; i >= 0; i--) if (object.members[i].key === key) return object.members[i];
  return undefined;
}

/** A list literal's items (the readers' nodes), or unknown when one is a splat / spread (its length is not known). */
export function arrayOf<N extends { type: string }>(children: (N | null)[], splat: string, read: (n: N) => SynthValue, src: Span, unknown: () => SynthValue): SynthValue {
  const items: SynthValue[] = [];
  for (const c of children) {
    if (!c || c.type === 'comment') continue;
    if (c.type === splat) return unknown();
    items.push(read(c));
  }
  return { kind: 'array', items, src };
}

/** `-3` / `+3`: a signed number literal, or unknown. */
export function signed(op: string | undefined, inner: SynthValue | null, src: Span, unknown: () => SynthValue): SynthValue {
  if (inner?.kind === 'literal' && typeof inner.value === 'number' && (op === '-' || op === '+')) return { kind: 'literal', value: op === '-' ? -inner.value : inner.value, src };
  return unknown();
}
