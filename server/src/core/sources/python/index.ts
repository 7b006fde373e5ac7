/**
 * SDK calls in Python source: `openai`, `anthropic`, `google-genai` (`from google import genai`) and
 * `dashscope`, read from the tree-sitter-python tree. A call is recognised when its function resolves, through
 * attribute chains, names assigned in the same file (`client = OpenAI(...)`, `self.client = ...`,
 * `completions = client.chat.completions`) and imports, to a client of one of these SDKs (or the module's
 * default client: `openai.chat.completions.create`). Keyword arguments become the body (`sdk.ts` knows what
 * each SDK does with them); literals are values, anything else is unknown (body-map.ts).
 */
import type { Language, Node, Query, Tree } from 'web-tree-sitter';
import { treeSitter } from '../grammars.ts';
import type { Span } from '../../types.ts';
import { arrayOf, setMember, signed, type SynthMember, type SynthObject, type SynthValue } from '../body-map.ts';
import { latestResolved, type ClientInfo, type SdkCall, type SdkFamily } from '../sdk.ts';

type Base = { type: 'module'; family: SdkFamily; path: string[] } | { type: 'client'; info: ClientInfo; path: string[] } | { type: 'genai-types'; path: string[] };

const CLIENT_CLASSES: Record<string, { family: SdkFamily; flavour?: ClientInfo['flavour'] }> = {
  OpenAI: { family: 'openai' },
  AsyncOpenAI: { family: 'openai' },
  AzureOpenAI: { family: 'openai', flavour: 'azure' },
  AsyncAzureOpenAI: { family: 'openai', flavour: 'azure' },
  Anthropic: { family: 'anthropic' },
  AsyncAnthropic: { family: 'anthropic' },
  AnthropicBedrock: { family: 'anthropic', flavour: 'bedrock' },
  AsyncAnthropicBedrock: { family: 'anthropic', flavour: 'bedrock' },
  AnthropicVertex: { family: 'anthropic', flavour: 'vertex' },
  AsyncAnthropicVertex: { family: 'anthropic', flavour: 'vertex' },
};

const MAX_DEPTH = 12;

/**
 * What the reader needs from a file, found by one query run inside tree-sitter (a walk over every node in
 * JavaScript costs a call into wasm per node): imports, assignments, and calls. The query is one flat list of
 * node types: tree-sitter compiles it in about a third of the time of one with fields and predicates (a fixed cost
 * of every process that reads a Python file: ~25 vs ~65 ms CPU), and the checks those did (an assignment to a name
 * or attribute; a call of one of the methods that send a request, `create`, `parse`, `stream`, `count_tokens`,
 * `generate_content[_stream]`, `call`, with an argument list) are made here on the captured nodes.
 */
const QUERY = '[(import_statement) (import_from_statement) (assignment) (call)] @node';
const METHODS = new Set(['create', 'parse', 'stream', 'count_tokens', 'generate_content', 'generate_content_stream', 'call']);
const queries = new WeakMap<Language, Query>();

/** A call of one of METHODS on an attribute, with an argument list (what a request call looks like). */
function isRequestCall(node: Node): boolean {
  const fn = node.childForFieldName('function');
  if (fn?.type !== 'attribute') return false;
  const method = fn.childForFieldName('attribute');
  return method?.type === 'identifier' && METHODS.has(method.text) && node.childForFieldName('arguments')?.type === 'argument_list';
}

/** Every recognised SDK call in the tree, in document order. */
export function pythonCalls(tree: Tree, text: string, context: { imports?: ReadonlyMap<string, unknown> } = {}): SdkCall[] {
  const imports = new Map<string, Base>();
  context.imports = imports;
  const assigned = new Map<string, Node[]>();
  const calls: Node[] = [];
  let query = queries.get(tree.language);
  if (!query) queries.set(tree.language, (query = new (treeSitter().Query)(tree.language, QUERY)));
  for (const { node } of query.captures(tree.rootNode)) {
    switch (node.type) {
      case 'import_statement':
      case 'import_from_statement':
        readImport(node, imports);
        break;
      case 'assignment': {
        const left = node.childForFieldName('left');
        const right = node.childForFieldName('right');
        if (!left || !right || (left.type !== 'identifier' && left.type !== 'attribute')) break;
        const list = assigned.get(left.text) ?? [];
        list.push(right);
        assigned.set(left.text, list);
        break;
      }
      case 'call':
        if (isRequestCall(node)) calls.push(node);
        break;
    }
  }
  if (!imports.size) return [];
  calls.sort((a, b) => a.startIndex - b.startIndex);
  const reader = new Reader(text, imports, assigned);
  const out: SdkCall[] = [];
  for (const call of calls) {
    const fn = call.childForFieldName('function');
    const args = call.childForFieldName('arguments');
    if (!fn || !args || fn.type !== 'attribute') continue;
    const base = reader.resolve(fn, 0);
    if (!base || base.type === 'genai-types') continue;
    const family = base.type === 'client' ? base.info.family : base.family;
    const { members, open } = reader.keywordArguments(args);
    out.push({
      family,
      method: base.path,
      args: members,
      open,
      client: base.type === 'client' ? base.info : undefined,
      span: span(call),
      argsSpan: span(args),
    });
  }
  return out;
}

/**
 * The keyword arguments of one argument list, read again after an edit inside it (the server's incremental
 * split): the imports are the last full read's, the call's client and method are unchanged.
 */
export function pythonArguments(args: Node, text: string, imports: ReadonlyMap<string, unknown>): { members: SynthMember[]; open?: Span } {
  return new Reader(text, imports as Map<string, Base>, new Map()).keywordArguments(args);
}

function span(node: Node): Span {
  return { start: node.startIndex, end: node.endIndex };
}

function readImport(node: Node, imports: Map<string, Base>): void {
  const family = (module: string): SdkFamily | null =>
    module === 'openai' ? 'openai' : module === 'anthropic' ? 'anthropic' : module === 'dashscope' ? 'dashscope' : module === 'google.genai' ? 'genai' : null;
  const names = (n: Node): { name: string; alias: string }[] =>
    n.namedChildren
      .filter((c): c is Node => c !== null && (c.type === 'dotted_name' || c.type === 'aliased_import'))
      .map((c) => (c.type === 'aliased_import' ? { name: c.childForFieldName('name')?.text ?? '', alias: c.childForFieldName('alias')?.text ?? '' } : { name: c.text, alias: c.text }));
  if (node.type === 'import_statement') {
    for (const { name, alias } of names(node)) {
      const f = family(name);
      if (f) imports.set(name === alias ? name.split('.')[0] : alias, name === 'google.genai' && name === alias ? { type: 'module', family: f, path: ['__google__'] } : { type: 'module', family: f, path: [] });
    }
    return;
  }
  const module = node.childForFieldName('module_name')?.text ?? '';
  const imported = names(node).filter((n) => n.name !== module);
  for (const { name, alias } of imported) {
    if (module === 'google' && name === 'genai') imports.set(alias, { type: 'module', family: 'genai', path: [] });
    else if (module === 'google.genai' && name === 'types') imports.set(alias, { type: 'genai-types', path: [] });
    else if (module === 'google.genai.types') imports.set(alias, { type: 'genai-types', path: [name] });
    else if (module === 'google.genai' && name === 'Client') imports.set(alias, { type: 'module', family: 'genai', path: ['Client'] });
    else {
      const f = family(module);
      if (f) imports.set(alias, { type: 'module', family: f, path: [name] });
    }
  }
}

class Reader {
  constructor(
    private readonly text: string,
    private readonly imports: Map<string, Base>,
    private readonly assigned: Map<string, Node[]>,
  ) {}

  /** What an expression is, as far as SDK clients go. */
  resolve(node: Node, depth: number): Base | null {
    if (depth > MAX_DEPTH) return null;
    switch (node.type) {
      case 'identifier': {
        const imported = this.imports.get(node.text);
        if (imported) return { ...imported, path: [...imported.path] };
        return this.fromAssignment(node.text, depth);
      }
      case 'attribute': {
        const own = this.assigned.has(node.text) ? this.fromAssignment(node.text, depth) : null;
        if (own) return own;
        const object = node.childForFieldName('object');
        const name = node.childForFieldName('attribute')?.text;
        if (!object || !name) return null;
        const base = this.resolve(object, depth + 1);
        if (!base) return null;
        if (base.type === 'module' && base.path[0] === '__google__') return name === 'genai' ? { type: 'module', family: 'genai', path: [] } : null;
        if (base.type === 'module' && base.family === 'genai' && base.path.length === 0 && name === 'types') return { type: 'genai-types', path: [] };
        return { ...base, path: [...base.path, name] } as Base;
      }
      case 'call': {
        const fn = node.childForFieldName('function');
        const base = fn ? this.resolve(fn, depth + 1) : null;
        if (!base || base.type !== 'module') return null;
        const last = base.path[base.path.length - 1];
        if (base.path.length !== 1) return null;
        const args = node.childForFieldName('arguments');
        const kwargs = args ? this.keywordArguments(args).members : [];
        const literal = (key: string): string | boolean | undefined => {
          const v = kwargs.find((m) => m.key === key)?.value;
          return v?.kind === 'literal' && (typeof v.value === 'string' || typeof v.value === 'boolean') ? v.value : undefined;
        };
        if (base.family === 'genai' && last === 'Client') {
          return { type: 'client', info: { family: 'genai', flavour: literal('vertexai') === true ? 'vertex' : undefined }, path: [] };
        }
        const cls = CLIENT_CLASSES[last];
        if (!cls || cls.family !== base.family) return null;
        const url = literal('base_url') ?? literal('azure_endpoint');
        const version = literal('api_version');
        return { type: 'client', info: { family: cls.family, flavour: cls.flavour, baseUrl: typeof url === 'string' ? url : undefined, ...(typeof version === 'string' && { apiVersion: version }) }, path: [] };
      }
      case 'await':
      case 'parenthesized_expression': {
        const inner = node.namedChild(0);
        return inner ? this.resolve(inner, depth + 1) : null;
      }
      default:
        return null;
    }
  }

  private fromAssignment(name: string, depth: number): Base | null {
    return latestResolved(this.assigned.get(name), (right) => this.resolve(right, depth + 1));
  }

  /** Keyword arguments as body members; `**kwargs` makes the body open. */
  keywordArguments(args: Node): { members: SynthMember[]; open?: Span } {
    const members: SynthMember[] = [];
    let open: Span | undefined;
    for (const child of args.namedChildren) {
      if (!child) continue;
      if (child.type === 'keyword_argument') {
        const name = child.childForFieldName('name');
        const value = child.childForFieldName('value');
        if (!name || !value) continue;
        members.push({ key: name.text, value: this.value(value, 0), keySrc: span(name), keyExact: true, memberSrc: span(child) });
      } else if (child.type === 'dictionary_splat') {
        open ??= span(child);
      }
    }
    return { members, open };
  }

  /** A Python expression as a body value. */
  value(node: Node, depth: number): SynthValue {
    const src = span(node);
    const unknown = (): SynthValue => ({ kind: 'unknown', label: node.text.split('\n')[0], src });
    if (depth > 64) return unknown();
    switch (node.type) {
      case 'string':
      case 'concatenated_string': {
        const s = stringValue(node);
        return s === null ? unknown() : { kind: 'literal', value: s, src };
      }
      case 'integer':
      case 'float': {
        const n = Number(node.text.replace(/_/g, ''));
        return Number.isFinite(n) && !/[jJ]$/.test(node.text) ? { kind: 'literal', value: n, src } : unknown();
      }
      case 'true':
        return { kind: 'literal', value: true, src };
      case 'false':
        return { kind: 'literal', value: false, src };
      case 'none':
        return { kind: 'literal', value: null, src };
      case 'unary_operator': {
        const operand = node.childForFieldName('argument');
        const op = node.childForFieldName('operator')?.text;
        return signed(op, operand ? this.value(operand, depth + 1) : null, src, unknown);
      }
      case 'parenthesized_expression': {
        const inner = node.namedChild(0);
        return inner && inner.type !== 'yield' ? { ...this.value(inner, depth + 1), src } : unknown();
      }
      case 'list':
      case 'tuple':
        return arrayOf(node.namedChildren, 'list_splat', (c) => this.value(c, depth + 1), src, unknown);
      case 'dictionary': {
        const object: SynthObject = { kind: 'object', members: [], src };
        for (const c of node.namedChildren) {
          if (!c || c.type === 'comment') continue;
          if (c.type === 'dictionary_splat') {
            object.open ??= span(c);
            continue;
          }
          if (c.type !== 'pair') continue;
          const key = c.childForFieldName('key');
          const value = c.childForFieldName('value');
          const k = key && key.type === 'string' ? stringValue(key) : null;
          if (!key || !value || k === null) {
            object.open ??= span(c);
            continue;
          }
          const exact = key.namedChildren.length <= 3 && !/^[a-zA-Z]/.test(key.text) && key.text.slice(1, -1) === k;
          setMember(object, { key: k, value: this.value(value, depth + 1), keySrc: span(key), keyExact: exact, memberSrc: span(c) });
        }
        return object;
      }
      case 'call': {
        const fn = node.childForFieldName('function');
        const args = node.childForFieldName('arguments');
        if (!fn || !args || args.type !== 'argument_list') return unknown();
        // dict(a=1) and the genai `types.X(...)` constructors are objects of their keyword arguments.
        const isDict = fn.type === 'identifier' && fn.text === 'dict' && !this.imports.has('dict');
        const base = isDict ? null : this.resolve(fn, depth + 1);
        const typesPath = base?.type === 'genai-types' ? base.path : null;
        if (!isDict && !typesPath) return unknown();
        if (typesPath && !(typesPath.length === 1 && /^[A-Z]/.test(typesPath[0])) && !(typesPath.length === 2 && typesPath[1] === 'from_text')) return unknown();
        const { members, open } = this.keywordArguments(args);
        if (args.namedChildren.some((c) => c && c.type !== 'keyword_argument' && c.type !== 'dictionary_splat' && c.type !== 'comment')) return unknown();
        const object: SynthObject = { kind: 'object', members: [], src, open };
        for (const m of members) setMember(object, m);
        return object;
      }
      default:
        return unknown();
    }
  }
}


const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"', '0': '\0', a: '\x07', b: '\b', f: '\f', v: '\v', '\n': '' };

/** The value of a string literal, or null for f-strings with fields, bytes and what we cannot decode. */
function stringValue(node: Node): string | null {
  if (node.type === 'concatenated_string') {
    let out = '';
    for (const c of node.namedChildren) {
      if (!c || c.type === 'comment') continue;
      const s = c.type === 'string' ? stringValue(c) : null;
      if (s === null) return null;
      out += s;
    }
    return out;
  }
  const start = node.namedChildren.find((c) => c?.type === 'string_start')?.text ?? '';
  const prefix = start.replace(/["']+$/, '').toLowerCase();
  if (prefix.includes('b')) return null;
  const raw = prefix.includes('r');
  let out = '';
  for (const c of node.namedChildren) {
    if (!c) continue;
    if (c.type === 'interpolation') return null;
    if (c.type === 'string_content' || c.type === 'escape_sequence') {
      const decoded = raw ? c.text : decodeEscapes(c.text);
      if (decoded === null) return null;
      out += decoded;
    }
  }
  // `{{` in an f-string without fields is a literal brace.
  return prefix.includes('f') ? out.replace(/\{\{/g, '{').replace(/\}\}/g, '}') : out;
}

/** Python escape sequences in a non-raw string's text; null for `\\N{name}` (not decoded here). */
function decodeEscapes(text: string): string | null {
  if (!text.includes('\\')) return text;
  if (/\\N\{/.test(text)) return null;
  return text.replace(/\\(u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|x[0-9a-fA-F]{2}|[0-7]{1,3}|[\s\S])/g, (all, e: string) => {
    if (/^[uUx]/.test(e)) return String.fromCodePoint(parseInt(e.slice(1), 16));
    if (/^[0-7]/.test(e)) return String.fromCharCode(parseInt(e, 8));
    return ESCAPES[e] ?? all;
  });
}
