/**
 * SDK calls in TypeScript / JavaScript source (tree-sitter typescript, tsx, javascript): `openai`,
 * `@anthropic-ai/sdk` (and its bedrock/vertex packages), `@google/genai`, plus `fetch(url, { body:
 * JSON.stringify({...}) })` and `axios.post(url, {...})` to a known endpoint. A call is recognised when its
 * callee resolves through member chains, `const`/`let` bindings, class fields (`this.client`) and
 * imports/requires to a client; the first argument's object literal is the body, the second the request
 * options. Literals are values, anything else is unknown (body-map.ts).
 */
import type { Language, Node, Query, Tree } from 'web-tree-sitter';
import { treeSitter } from '../grammars.ts';
import { apiFromPath } from '../../../../../rules/profiles/index.ts';
import type { Span } from '../../types.ts';
import { arrayOf, lastMember, setMember, signed, type SynthObject, type SynthValue } from '../body-map.ts';
import { latestResolved, plainHttpRequest, type BuiltRequest, type ClientInfo, type SdkCall, type SdkFamily } from '../sdk.ts';

type Base = { type: 'class'; family: SdkFamily; flavour?: ClientInfo['flavour']; name: string } | { type: 'client'; info: ClientInfo; path: string[] };

const PACKAGES: Record<string, { family: SdkFamily; flavour?: ClientInfo['flavour']; defaultClass: string }> = {
  openai: { family: 'openai', defaultClass: 'OpenAI' },
  '@anthropic-ai/sdk': { family: 'anthropic', defaultClass: 'Anthropic' },
  '@anthropic-ai/bedrock-sdk': { family: 'anthropic', flavour: 'bedrock', defaultClass: 'AnthropicBedrock' },
  '@anthropic-ai/vertex-sdk': { family: 'anthropic', flavour: 'vertex', defaultClass: 'AnthropicVertex' },
  '@google/genai': { family: 'genai', defaultClass: 'GoogleGenAI' },
};

const CLASSES: Record<string, ClientInfo['flavour'] | 'plain'> = {
  OpenAI: 'plain',
  AzureOpenAI: 'azure',
  Anthropic: 'plain',
  AnthropicBedrock: 'bedrock',
  AnthropicVertex: 'vertex',
  GoogleGenAI: 'plain',
};

const MAX_DEPTH = 12;

export type TsFound = { kind: 'sdk'; call: SdkCall } | { kind: 'http'; request: BuiltRequest; span: Span; argsSpan: Span };

function span(node: Node): Span {
  return { start: node.startIndex, end: node.endIndex };
}

/**
 * Imports, bindings and the calls that may send a request, found by one query inside tree-sitter (a walk
 * over every node in JavaScript costs a call into wasm per node). The query is one flat list of node types:
 * tree-sitter compiles it in about half the time of one with fields and predicates (a fixed cost of every process
 * that reads a TypeScript or JavaScript file), and which calls may send a request (`fetch(…)`, `axios.post(…)`, a
 * method named `create`, `parse`, `stream`, `countTokens`, `generateContent[Stream]`, `post`, with arguments) is
 * checked here on the captured nodes. The field-definition node differs between the grammars (TypeScript's
 * public_field_definition, JavaScript's field_definition): each grammar gets the one it has.
 */
const QUERY = (fieldNode: string) => `[(import_statement) (variable_declarator) (assignment_expression) (${fieldNode}) (call_expression)] @node`;
const METHODS = new Set(['create', 'parse', 'stream', 'countTokens', 'generateContent', 'generateContentStream', 'fetch', 'post']);
const queries = new WeakMap<Language, Query>();

function queryFor(language: Language): Query {
  let query = queries.get(language);
  if (!query) {
    const field = language.idForNodeType('public_field_definition', true) ? 'public_field_definition' : 'field_definition';
    query = new (treeSitter().Query)(language, QUERY(field));
    queries.set(language, query);
  }
  return query;
}

/** A call whose callee is a name or a property in METHODS, with arguments (what a request call looks like). */
function isRequestCall(node: Node): boolean {
  const fn = node.childForFieldName('function');
  const name = fn?.type === 'member_expression' ? fn.childForFieldName('property') : fn;
  if (!name || (name.type !== 'identifier' && name.type !== 'property_identifier') || (fn!.type !== 'identifier' && fn!.type !== 'member_expression')) return false;
  return METHODS.has(name.text) && node.childForFieldName('arguments')?.type === 'arguments';
}

/** Every recognised call in the tree, in document order. */
export function typescriptCalls(tree: Tree, text: string, context: { imports?: ReadonlyMap<string, unknown> } = {}): TsFound[] {
  const imports = new Map<string, Base>();
  context.imports = imports;
  const assigned = new Map<string, Node[]>();
  const calls: Node[] = [];
  const bind = (name: string, value: Node) => {
    const list = assigned.get(name) ?? [];
    list.push(value);
    assigned.set(name, list);
  };
  const found: Node[] = [];
  for (const { node } of queryFor(tree.language).captures(tree.rootNode)) {
    if (node.type === 'call_expression') {
      if (isRequestCall(node)) calls.push(node);
    } else found.push(node);
  }
  calls.sort((a, b) => a.startIndex - b.startIndex);
  for (const node of found) {
    switch (node.type) {
      case 'import_statement':
        readImport(node, imports);
        break;
      case 'variable_declarator': {
        const name = node.childForFieldName('name');
        const value = node.childForFieldName('value');
        if (name && value) {
          const pkg = requiredPackage(value);
          if (pkg && name.type === 'identifier') imports.set(name.text, classOf(pkg, PACKAGES[pkg].defaultClass));
          else if (pkg && name.type === 'object_pattern') {
            for (const p of name.namedChildren) if (p && p.type === 'shorthand_property_identifier_pattern') imports.set(p.text, classOf(pkg, p.text));
          } else if (name.type === 'identifier') bind(name.text, value);
        }
        break;
      }
      case 'assignment_expression': {
        const left = node.childForFieldName('left');
        const right = node.childForFieldName('right');
        if (left && right && (left.type === 'identifier' || left.type === 'member_expression')) bind(left.text, right);
        break;
      }
      case 'public_field_definition':
      case 'field_definition': {
        const name = node.childForFieldName('name') ?? node.childForFieldName('property');
        const value = node.childForFieldName('value');
        if (name && value) bind(`this.${name.text}`, value);
        break;
      }
    }
  }
  const reader = new Reader(imports, assigned);
  const out: TsFound[] = [];
  for (const call of calls) {
    const fn = call.childForFieldName('function');
    const args = call.childForFieldName('arguments');
    if (!fn || !args || args.type !== 'arguments') continue;
    const list = args.namedChildren.filter((c): c is Node => c !== null && c.type !== 'comment');
    if (fn.type === 'identifier' && fn.text === 'fetch') {
      const found = reader.fetchCall(call, list);
      if (found) out.push(found);
      continue;
    }
    if (fn.type === 'member_expression' && fn.childForFieldName('object')?.text === 'axios' && fn.childForFieldName('property')?.text === 'post') {
      const found = reader.axiosCall(call, list);
      if (found) out.push(found);
      continue;
    }
    if (!imports.size || fn.type !== 'member_expression') continue;
    const base = reader.resolve(fn, 0);
    if (!base || base.type !== 'client') continue;
    const first = list[0];
    if (!first) continue;
    const body = reader.value(first, 0);
    const options = list[1] ? reader.value(list[1], 0) : undefined;
    const members = body.kind === 'object' ? body.members : [];
    const open = body.kind === 'object' ? body.open : body.src;
    out.push({
      kind: 'sdk',
      call: {
        family: base.info.family,
        method: base.path,
        args: members,
        open,
        options: options?.kind === 'object' ? options.members : undefined,
        client: base.info,
        span: span(call),
        argsSpan: body.src ?? span(args),
      },
    });
  }
  return out;
}

/** The body object of an SDK call, read again after an edit inside it (the server's incremental split). */
export function typescriptBody(node: Node, imports: ReadonlyMap<string, unknown>): SynthValue {
  return new Reader(imports as Map<string, Base>, new Map()).value(node, 0);
}

function classOf(pkg: string, name: string): Base {
  const p = PACKAGES[pkg];
  const flavour = CLASSES[name];
  return { type: 'class', family: p.family, flavour: flavour && flavour !== 'plain' ? flavour : p.flavour, name };
}

/** `require('openai')` (also `require('openai').default`): the package name. */
function requiredPackage(value: Node): string | null {
  let node = value;
  if (node.type === 'member_expression' && node.childForFieldName('property')?.text === 'default') node = node.childForFieldName('object') ?? node;
  if (node.type !== 'call_expression' || node.childForFieldName('function')?.text !== 'require') return null;
  const arg = node.childForFieldName('arguments')?.namedChild(0);
  const name = arg && arg.type === 'string' ? arg.text.slice(1, -1) : '';
  return Object.prototype.hasOwnProperty.call(PACKAGES, name) ? name : null;
}

function readImport(node: Node, imports: Map<string, Base>): void {
  const source = (node.childForFieldName('source')?.text.slice(1, -1) ?? '').replace(/\/index(\.m?js)?$/, '');
  if (!Object.prototype.hasOwnProperty.call(PACKAGES, source)) return;
  const clause = node.namedChildren.find((c) => c?.type === 'import_clause');
  if (!clause) return;
  for (const c of clause.namedChildren) {
    if (!c) continue;
    if (c.type === 'identifier') imports.set(c.text, classOf(source, PACKAGES[source].defaultClass));
    else if (c.type === 'namespace_import') {
      const id = c.namedChildren.find((x) => x?.type === 'identifier');
      if (id) imports.set(id.text, { type: 'class', family: PACKAGES[source].family, name: '*' });
    } else if (c.type === 'named_imports') {
      for (const spec of c.namedChildren) {
        if (!spec || spec.type !== 'import_specifier') continue;
        const name = spec.childForFieldName('name')?.text ?? '';
        const alias = spec.childForFieldName('alias')?.text ?? name;
        if (CLASSES[name]) imports.set(alias, classOf(source, name));
      }
    }
  }
}

const WRAPPERS = new Set(['parenthesized_expression', 'as_expression', 'satisfies_expression', 'non_null_expression', 'await_expression', 'type_assertion']);

class Reader {
  constructor(
    private readonly imports: Map<string, Base>,
    private readonly assigned: Map<string, Node[]>,
  ) {}

  resolve(node: Node, depth: number): Base | null {
    if (depth > MAX_DEPTH) return null;
    if (WRAPPERS.has(node.type)) {
      const inner = node.namedChildren.find((c) => c !== null && c.type !== 'type_annotation' && !c.type.endsWith('_type') && c.type !== 'type_identifier');
      return inner ? this.resolve(inner, depth + 1) : null;
    }
    switch (node.type) {
      case 'identifier':
        return this.imports.get(node.text) ?? this.fromAssignment(node.text, depth);
      case 'member_expression': {
        const own = this.assigned.has(node.text) ? this.fromAssignment(node.text, depth) : null;
        if (own) return own;
        const object = node.childForFieldName('object');
        const name = node.childForFieldName('property')?.text;
        if (!object || !name) return null;
        const base = this.resolve(object, depth + 1);
        if (!base) return null;
        if (base.type === 'class') return base.name === '*' && CLASSES[name] ? { ...base, name, flavour: CLASSES[name] !== 'plain' ? (CLASSES[name] as ClientInfo['flavour']) : base.flavour } : null;
        return { ...base, path: [...base.path, name] };
      }
      case 'new_expression': {
        const ctor = node.childForFieldName('constructor');
        const base = ctor ? this.resolve(ctor, depth + 1) : null;
        if (!base || base.type !== 'class' || base.name === '*') return null;
        const arg = node.childForFieldName('arguments')?.namedChild(0);
        const options = arg ? this.value(arg, 0) : undefined;
        const literal = (key: string): string | boolean | undefined => {
          const v = options?.kind === 'object' ? lastMember(options, key)?.value : undefined;
          return v?.kind === 'literal' && (typeof v.value === 'string' || typeof v.value === 'boolean') ? v.value : undefined;
        };
        const url = literal('baseURL') ?? literal('endpoint');
        const flavour = base.family === 'genai' ? (literal('vertexai') === true ? 'vertex' : undefined) : base.flavour;
        const version = literal('apiVersion');
        return { type: 'client', info: { family: base.family, flavour, baseUrl: typeof url === 'string' ? url : undefined, ...(typeof version === 'string' && { apiVersion: version }) }, path: [] };
      }
      default:
        return null;
    }
  }

  private fromAssignment(name: string, depth: number): Base | null {
    return latestResolved(this.assigned.get(name), (right) => this.resolve(right, depth + 1));
  }

  /** A URL argument: a string literal or a template without substitutions. */
  private url(node: Node | undefined): string | null {
    if (!node) return null;
    const v = this.value(node, 0);
    if (v.kind !== 'literal' || typeof v.value !== 'string') return null;
    const m = /^https?:\/\/[^/?#]+(\/[^?#]*)/.exec(v.value);
    return m && apiFromPath(m[1]) ? v.value : null;
  }

  fetchCall(call: Node, args: Node[]): TsFound | null {
    const url = this.url(args[0]);
    const init = args[1] ? this.value(args[1], 0) : null;
    if (!url || init?.kind !== 'object') return null;
    const bodyMember = lastMember(init, 'body');
    const bodyNode = bodyMember?.value.src ? findNode(args[1], bodyMember.value.src) : null;
    const body = bodyNode ? this.stringified(bodyNode) : null;
    if (!body) return null;
    const headers = lastMember(init, 'headers')?.value;
    return { kind: 'http', request: plainHttpRequest(url, headers?.kind === 'object' && !headers.open ? headers.members : 'unknown', body, span(call)), span: span(call), argsSpan: body.src ?? span(call) };
  }

  axiosCall(call: Node, args: Node[]): TsFound | null {
    const url = this.url(args[0]);
    const body = args[1] ? this.value(args[1], 0) : null;
    if (!url || body?.kind !== 'object') return null;
    const config = args[2] ? this.value(args[2], 0) : null;
    const headers = config?.kind === 'object' ? lastMember(config, 'headers')?.value : undefined;
    return { kind: 'http', request: plainHttpRequest(url, headers?.kind === 'object' && !headers.open ? headers.members : 'unknown', body, span(call)), span: span(call), argsSpan: body.src ?? span(call) };
  }

  /** `JSON.stringify({...})`: the object. */
  private stringified(node: Node): SynthObject | null {
    if (node.type !== 'call_expression' || node.childForFieldName('function')?.text !== 'JSON.stringify') return null;
    const arg = node.childForFieldName('arguments')?.namedChild(0);
    const v = arg ? this.value(arg, 0) : null;
    return v?.kind === 'object' ? v : null;
  }

  value(node: Node, depth: number): SynthValue {
    const src = span(node);
    const unknown = (): SynthValue => ({ kind: 'unknown', label: node.text.split('\n')[0], src });
    if (depth > 64) return unknown();
    if (WRAPPERS.has(node.type) && node.type !== 'await_expression') {
      const inner = node.namedChildren.find((c) => c !== null && c.type !== 'comment' && !c.type.endsWith('_type') && c.type !== 'type_identifier' && c.type !== 'type_annotation');
      return inner ? { ...this.value(inner, depth + 1), src } : unknown();
    }
    switch (node.type) {
      case 'string': {
        const s = stringValue(node);
        return s === null ? unknown() : { kind: 'literal', value: s, src };
      }
      case 'template_string': {
        if (node.namedChildren.some((c) => c?.type === 'template_substitution')) return unknown();
        const s = stringValue(node);
        return s === null ? unknown() : { kind: 'literal', value: s, src };
      }
      case 'number': {
        const n = Number(node.text.replace(/_/g, ''));
        return Number.isFinite(n) && !node.text.endsWith('n') ? { kind: 'literal', value: n, src } : unknown();
      }
      case 'true':
        return { kind: 'literal', value: true, src };
      case 'false':
        return { kind: 'literal', value: false, src };
      case 'null':
        return { kind: 'literal', value: null, src };
      case 'unary_expression': {
        const op = node.childForFieldName('operator')?.text;
        const arg = node.childForFieldName('argument');
        return signed(op, arg ? this.value(arg, depth + 1) : null, src, unknown);
      }
      case 'array':
        return arrayOf(node.namedChildren, 'spread_element', (c) => this.value(c, depth + 1), src, unknown);
      case 'object': {
        const object: SynthObject = { kind: 'object', members: [], src };
        for (const c of node.namedChildren) {
          if (!c || c.type === 'comment') continue;
          if (c.type === 'spread_element') {
            object.open ??= span(c);
            continue;
          }
          if (c.type === 'shorthand_property_identifier') {
            setMember(object, { key: c.text, value: { kind: 'unknown', label: c.text, src: span(c) }, keySrc: span(c), keyExact: true, memberSrc: span(c) });
            continue;
          }
          if (c.type !== 'pair') {
            if (c.type === 'method_definition') continue;
            object.open ??= span(c);
            continue;
          }
          const key = c.childForFieldName('key');
          const value = c.childForFieldName('value');
          if (!key || !value) continue;
          const k = key.type === 'property_identifier' ? key.text : key.type === 'string' ? stringValue(key) : key.type === 'number' ? String(Number(key.text)) : null;
          if (k === null) {
            object.open ??= span(c); // a computed key: any key
            continue;
          }
          if (value.type === 'undefined' || (value.type === 'identifier' && value.text === 'undefined')) continue; // JSON.stringify drops it
          const exact = key.type === 'property_identifier' || (key.type === 'string' && key.text.slice(1, -1) === k);
          setMember(object, { key: k, value: this.value(value, depth + 1), keySrc: span(key), keyExact: exact, memberSrc: span(c) });
        }
        return object;
      }
      default:
        return unknown();
    }
  }
}

function findNode(root: Node, target: Span): Node | null {
  return root.descendantForIndex(target.start, target.end);
}


const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', v: '\v', '0': '\0' };

function stringValue(node: Node): string | null {
  let out = '';
  for (const c of node.namedChildren) {
    if (!c) continue;
    if (c.type === 'string_fragment') out += c.text;
    else if (c.type === 'escape_sequence') {
      const t = c.text;
      if (/^\\u\{/.test(t)) out += String.fromCodePoint(parseInt(t.slice(3, -1), 16));
      else if (/^\\[ux]/.test(t)) out += String.fromCharCode(parseInt(t.slice(2), 16));
      else if (/^\\(\r\n|\n|\r)/.test(t)) continue;
      else out += ESCAPES[t[1]] ?? t.slice(1);
    } else if (c.type !== 'comment') return null;
  }
  return out;
}
