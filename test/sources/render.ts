/**
 * Renders a request (URL, headers, JSON body) where requests are written: a Python SDK call, a TypeScript SDK call,
 * a curl line in a shell script, a bash fence in Markdown. Each rendering records, for every node of the original
 * body (jsonc-parser's tree), the source span it became, so a finding on the body can be compared with the finding
 * on the source at the corresponding range (test/sources/rule-variants.test.ts).
 *
 * The SDK call is the one the SDK's README shows for the API:
 * - openai-python / openai-node: `client.chat.completions.create(...)`, `client.responses.create(...)`; a provider
 *   other than OpenAI through `base_url` / `baseURL`, Azure through `AzureOpenAI(azure_endpoint=…)`.
 *   https://github.com/openai/openai-python#usage
 * - anthropic-sdk-python / -typescript: `client.messages.create(...)`, `client.messages.count_tokens(...)`.
 *   https://github.com/anthropics/anthropic-sdk-python#usage
 * - google-genai / js-genai: `client.models.generate_content(model=…, contents=…, config=…)`; `config` holds
 *   generationConfig's fields and the request fields the SDK moves to the top (systemInstruction, tools,
 *   toolConfig, safetySettings, cachedContent, labels), as `_GenerateContentConfig_to_mldev` does.
 *   https://github.com/googleapis/python-genai/blob/main/google/genai/models.py
 */
import { parseTree, type Node } from 'jsonc-parser';
import type { Header, Span } from '../../server/src/core/types.ts';

export type Language = 'python' | 'typescript' | 'shell' | 'markdown';
export const LANGUAGES: readonly Language[] = ['python', 'typescript', 'shell', 'markdown'];

export interface Request {
  api: string;
  provider: string | null;
  model: string | null;
  url?: string;
  headers: Header[];
  body: string;
}

/** Where each node of the body went: by the node's `offset:length` in the original body. */
export interface Placed {
  value: Span;
  key?: Span;
  /** The whole member (`key=value`, `"key": value`). */
  member?: Span;
}

export interface Rendering {
  text: string;
  filePath: string;
  placed: Map<string, Placed>;
  /** The source span of the whole body (the call's argument list, the object literal, the quoted body). */
  root: Span;
  /** A curl command's request line and headers. */
  head?: Head;
}

/** Why a request cannot be written in a language (the test lists these per rule). */
export class NotExpressible extends Error {}

const nodeKey = (n: Node) => `${n.offset}:${n.length}`;

class Writer {
  text = '';
  placed = new Map<string, Placed>();
  push(s: string): Span {
    const start = this.text.length;
    this.text += s;
    return { start, end: this.text.length };
  }
  get at(): number {
    return this.text.length;
  }
}

type Dialect = 'python' | 'typescript';

/** A literal of the language for a JSON node, placed. */
function value(w: Writer, node: Node, dialect: Dialect, body: string): Span {
  const start = w.at;
  switch (node.type) {
    case 'object': {
      w.push('{');
      (node.children ?? []).forEach((p, i) => {
        if (i) w.push(', ');
        member(w, p, dialect, body, (k) => JSON.stringify(k), ': ');
      });
      w.push('}');
      break;
    }
    case 'array':
      w.push('[');
      (node.children ?? []).forEach((c, i) => {
        if (i) w.push(', ');
        value(w, c, dialect, body);
      });
      w.push(']');
      break;
    case 'string':
      w.push(JSON.stringify(node.value)); // a JSON string is a Python and a JavaScript string literal
      break;
    case 'number':
      w.push(body.slice(node.offset, node.offset + node.length)); // as written (1.0 stays 1.0)
      break;
    case 'boolean':
      w.push(dialect === 'python' ? (node.value ? 'True' : 'False') : String(node.value));
      break;
    case 'null':
      w.push(dialect === 'python' ? 'None' : 'null');
      break;
    default:
      throw new NotExpressible(`a ${node.type} node`);
  }
  const span = { start, end: w.at };
  const had = w.placed.get(nodeKey(node));
  w.placed.set(nodeKey(node), { ...had, value: span });
  return span;
}

/** `key<sep>value` for a property node, placed (key, value, member). */
function member(w: Writer, property: Node, dialect: Dialect, body: string, writeKey: (k: string) => string, sep: string): void {
  const [k, v] = property.children!;
  const start = w.at;
  const key = w.push(writeKey(k.value as string));
  w.push(sep);
  if (!v) throw new NotExpressible('a property without a value');
  value(w, v, dialect, body);
  const span = { start, end: w.at };
  w.placed.set(nodeKey(k), { value: key });
  w.placed.set(nodeKey(property), { value: span, key, member: span });
  const had = w.placed.get(nodeKey(v))!;
  w.placed.set(nodeKey(v), { ...had, key, member: span });
}

const PY_KEYWORDS = new Set('False None True and as assert async await break class continue def del elif else except finally for from global if import in is lambda nonlocal not or pass raise return try while with yield'.split(' '));
/** Keyword arguments the SDKs take as request options, not body fields (sdk.ts). */
const PY_OPTIONS = new Set(['extra_headers', 'extra_query', 'extra_body', 'timeout', 'betas']);

interface SdkShape {
  family: 'openai' | 'anthropic' | 'genai';
  method: { python: string; typescript: string };
  /** Client construction, per language. */
  client: { python: string; typescript: string };
  /** The call's receiver. */
  receiver: string;
}

const GENAI_TOP = new Set(['systemInstruction', 'tools', 'toolConfig', 'safetySettings', 'cachedContent', 'labels']);

function sdkShape(request: Request): SdkShape {
  const url = request.url ?? '';
  const path = url.replace(/^[a-z]+:\/\/[^/]+/i, '').replace(/\?.*$/, '');
  const origin = url.match(/^[a-z]+:\/\/[^/]+/i)?.[0];
  switch (request.api) {
    case 'openai-chat':
    case 'openai-responses': {
      const tail = request.api === 'openai-chat' ? '/chat/completions' : '/responses';
      const method = request.api === 'openai-chat' ? 'chat.completions.create' : 'responses.create';
      let python = 'OpenAI()';
      let typescript = 'new OpenAI()';
      let cls = 'OpenAI';
      if (request.provider === 'azure') {
        if (!origin || !/^\/openai\/(deployments\/[^/]+|v1)\//.test(path)) throw new NotExpressible('an Azure URL the SDK does not build');
        const endpoint = path.startsWith('/openai/v1/') ? `${origin}/openai/v1` : origin;
        const version = url.match(/[?&]api-version=([^&#]+)/)?.[1];
        cls = 'AzureOpenAI';
        python = `AzureOpenAI(azure_endpoint=${JSON.stringify(endpoint)}${version ? `, api_version=${JSON.stringify(decodeURIComponent(version))}` : ''})`;
        typescript = `new AzureOpenAI({ endpoint: ${JSON.stringify(endpoint)}${version ? `, apiVersion: ${JSON.stringify(decodeURIComponent(version))}` : ''} })`;
      } else if (request.provider !== 'openai' && url) {
        if (!path.endsWith(tail)) throw new NotExpressible(`a URL that does not end in ${tail}`);
        const base = url.replace(/\?.*$/, '').slice(0, -tail.length);
        python = `OpenAI(base_url=${JSON.stringify(base)})`;
        typescript = `new OpenAI({ baseURL: ${JSON.stringify(base)} })`;
      }
      return {
        family: 'openai',
        method: { python: method, typescript: method },
        client: {
          python: `from openai import ${cls}\n\nclient = ${python}\n`,
          typescript: `import OpenAI${cls === 'OpenAI' ? '' : `, { ${cls} }`} from 'openai';\n\nconst client = ${typescript};\n`,
        },
        receiver: 'client',
      };
    }
    case 'anthropic-messages': {
      const count = path.endsWith('/count_tokens');
      let python = 'anthropic.Anthropic()';
      let typescript = 'new Anthropic()';
      if (request.provider !== 'anthropic' && url) {
        const tail = count ? '/v1/messages/count_tokens' : '/v1/messages';
        if (!path.endsWith(tail)) throw new NotExpressible(`a URL that does not end in ${tail}`);
        const base = url.replace(/\?.*$/, '').slice(0, -tail.length);
        python = `anthropic.Anthropic(base_url=${JSON.stringify(base)})`;
        typescript = `new Anthropic({ baseURL: ${JSON.stringify(base)} })`;
      }
      return {
        family: 'anthropic',
        method: count ? { python: 'messages.count_tokens', typescript: 'messages.countTokens' } : { python: 'messages.create', typescript: 'messages.create' },
        client: {
          python: `import anthropic\n\nclient = ${python}\n`,
          typescript: `import Anthropic from '@anthropic-ai/sdk';\n\nconst client = ${typescript};\n`,
        },
        receiver: 'client',
      };
    }
    case 'gemini-generate': {
      const vertex = request.provider === 'vertex';
      if (request.provider !== 'gemini' && request.provider !== null && !vertex) throw new NotExpressible(`provider ${request.provider}: the genai client talks to Google only`);
      // The SDKs call v1beta unless `http_options` names another version, which the readers do not follow.
      if (!vertex && /^\/v1\//.test(path)) throw new NotExpressible('the stable /v1/ Gemini endpoint: the SDK calls v1beta');
      const verb = path.match(/:(\w+)$/)?.[1] ?? 'generateContent';
      const method =
        verb === 'streamGenerateContent' ? { python: 'models.generate_content_stream', typescript: 'models.generateContentStream' }
        : verb === 'countTokens' ? { python: 'models.count_tokens', typescript: 'models.countTokens' }
        : verb === 'generateContent' ? { python: 'models.generate_content', typescript: 'models.generateContent' }
        : null;
      if (!method) throw new NotExpressible(`the ${verb} method`);
      return {
        family: 'genai',
        method,
        client: {
          python: `from google import genai\n\nclient = genai.Client(${vertex ? 'vertexai=True, project="p", location="global"' : ''})\n`,
          typescript: `import { GoogleGenAI } from '@google/genai';\n\nconst client = new GoogleGenAI({${vertex ? " vertexai: true, project: 'p', location: 'global' " : ''}});\n`,
        },
        receiver: 'client',
      };
    }
    default:
      throw new NotExpressible(`${request.api}: no SDK family of ours sends it`);
  }
}

/** The members of the SDK call: for genai, `model`, `contents` and `config`; else the body's own. */
interface CallArg {
  key: string;
  /** The body property this argument is (placed as itself). */
  property?: Node;
  /** For genai's `config`: the properties it gathers, and the `generationConfig` node whose key and value it stands for. */
  config?: { properties: Node[]; generation?: Node };
  /** A literal the renderer makes (genai's model). */
  literal?: string;
}

function callArgs(shape: SdkShape, root: Node, request: Request): CallArg[] {
  const props = root.children ?? [];
  if (shape.family !== 'genai') return props.map((p) => ({ key: p.children![0].value as string, property: p }));
  const model = request.url?.match(/models\/([^/:]+):/)?.[1] ?? request.model;
  if (!model) throw new NotExpressible('a Gemini request without a model in its URL');
  const args: CallArg[] = [{ key: 'model', literal: model }];
  const config: Node[] = [];
  let generation: Node | undefined;
  for (const p of props) {
    const key = p.children![0].value as string;
    if (key === 'contents') args.push({ key, property: p });
    else if (key === 'generationConfig') {
      if (p.children![1]?.type !== 'object') throw new NotExpressible('a generationConfig that is not an object');
      generation = p;
      config.push(...(p.children![1].children ?? []));
    } else if (GENAI_TOP.has(key)) config.push(p);
    else throw new NotExpressible(`the body field ${JSON.stringify(key)}: the SDK's config has no such field`);
  }
  if (config.length) args.push({ key: 'config', config: { properties: config, generation } });
  return args;
}

function sdkCall(request: Request, dialect: Dialect): Rendering {
  const root = parseTree(request.body);
  if (!root || root.type !== 'object') throw new NotExpressible('a body that is not a JSON object');
  const shape = sdkShape(request);
  const args = callArgs(shape, root, request);
  const w = new Writer();
  w.push(shape.client[dialect]);
  if (shape.family === 'genai') {
    // The SDK's converters would raise on generationConfig fields a Gemini countTokens does not take.
    if (shape.method.python === 'models.count_tokens' && args.some((a) => a.config)) throw new NotExpressible('countTokens with a config: the SDK sends it only on Vertex');
  }
  w.push(`${dialect === 'typescript' ? 'await ' : ''}${shape.receiver}.${shape.method[dialect]}`);
  const start = w.at;
  if (dialect === 'python') {
    w.push('(\n');
    const extra: Node[] = [];
    for (const a of args) {
      if (a.property && (!/^[A-Za-z_]\w*$/.test(a.key) || PY_KEYWORDS.has(a.key) || PY_OPTIONS.has(a.key))) {
        extra.push(a.property); // not a keyword argument: the SDK's extra_body carries it into the body
        continue;
      }
      w.push('    ');
      writeArg(w, a, dialect, request.body, (k) => k, '=');
      w.push(',\n');
    }
    if (extra.length) {
      w.push('    extra_body={');
      extra.forEach((p, i) => {
        if (i) w.push(', ');
        member(w, p, dialect, request.body, (k) => JSON.stringify(k), ': ');
      });
      w.push('},\n');
    }
    w.push(')');
  } else {
    w.push('({\n');
    for (const a of args) {
      w.push('  ');
      writeArg(w, a, dialect, request.body, (k) => JSON.stringify(k), ': ');
      w.push(',\n');
    }
    w.push('})');
  }
  const whole = { start: dialect === 'python' ? start : start + 1, end: dialect === 'python' ? w.at : w.at - 1 };
  w.placed.set(nodeKey(root), { value: whole });
  w.push(dialect === 'python' ? '\n' : ';\n');
  return { text: w.text, filePath: `/variants/request.${dialect === 'python' ? 'py' : 'ts'}`, placed: w.placed, root: whole };
}

function writeArg(w: Writer, a: CallArg, dialect: Dialect, body: string, writeKey: (k: string) => string, sep: string): void {
  if (a.property) return member(w, a.property, dialect, body, writeKey, sep);
  if (a.literal !== undefined) {
    w.push(`${writeKey(a.key)}${sep}${JSON.stringify(a.literal)}`);
    return;
  }
  const config = a.config!;
  const start = w.at;
  const key = w.push(writeKey(a.key));
  w.push(sep);
  const valueStart = w.at;
  w.push('{');
  config.properties.forEach((p, i) => {
    if (i) w.push(', ');
    member(w, p, dialect, body, (k) => JSON.stringify(k), ': ');
  });
  w.push('}');
  const span = { start, end: w.at };
  if (config.generation) {
    // generationConfig is the config argument itself: its key is `config`, its value the dict.
    const [k, v] = config.generation.children!;
    w.placed.set(nodeKey(config.generation), { value: span, key, member: span });
    w.placed.set(nodeKey(k), { value: key });
    w.placed.set(nodeKey(v), { value: { start: valueStart, end: w.at }, key, member: span });
  }
}

/** The head of a curl command as written: the request line (`curl URL`) and each header's `Name: value`. */
export interface Head {
  requestLine: Span;
  url: Span;
  headers: Span[];
}

/** `curl URL -H … -d '…'` (a heredoc when the body holds a single quote): the body verbatim. */
function curl(request: Request): { text: string; bodyStart: number; head: Head } {
  if (!request.url) throw new NotExpressible('a body without a URL: curl needs one');
  if (/\{\{/.test(request.url)) throw new NotExpressible('a URL with a {{variable}}');
  const quoted = request.url.includes('?') || request.url.includes('&');
  let text = `curl ${quoted ? `'${request.url}'` : request.url}`;
  const url = { start: text.length - request.url.length - (quoted ? 1 : 0), end: text.length - (quoted ? 1 : 0) };
  const head: Head = { requestLine: { start: 0, end: text.length }, url, headers: [] };
  for (const h of request.headers) {
    const value = h.value.replace(/\{\{\s*\$?(\w+)[^}]*\}\}/g, '$$$1');
    if (/["`\\]/.test(h.name + value)) throw new NotExpressible('a header that needs shell escapes');
    text += ` \\\n  -H "`;
    head.headers.push({ start: text.length, end: text.length + `${h.name}: ${value}`.length });
    text += `${h.name}: ${value}"`;
  }
  if (request.body.includes("'")) {
    text += ` \\\n  -d @- <<'EOF'\n`;
    const bodyStart = text.length;
    if (/^EOF$/m.test(request.body)) throw new NotExpressible('a body with an EOF line');
    return { text: `${text}${request.body}\nEOF\n`, bodyStart, head };
  }
  text += ` \\\n  -d '`;
  const bodyStart = text.length;
  return { text: `${text}${request.body}'\n`, bodyStart, head };
}

/** Every node of the body, placed at the same offsets shifted by `shift`. */
function shifted(body: string, shift: number): Map<string, Placed> {
  const placed = new Map<string, Placed>();
  const root = parseTree(body);
  const visit = (n: Node, parent?: Node) => {
    const span = { start: n.offset + shift, end: n.offset + n.length + shift };
    if (parent?.type === 'property' && parent.children![1] === n) {
      const k = parent.children![0];
      placed.set(nodeKey(n), { value: span, key: { start: k.offset + shift, end: k.offset + k.length + shift }, member: { start: parent.offset + shift, end: parent.offset + parent.length + shift } });
    } else placed.set(nodeKey(n), { value: span });
    for (const c of n.children ?? []) visit(c, n);
  };
  if (root) visit(root);
  return placed;
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

export function render(request: Request, language: Language): Rendering {
  if (request.body.includes('{{')) throw new NotExpressible('a body with a {{variable}} (in source code a name, already tested as unknown)');
  if (language === 'python' || language === 'typescript') return sdkCall(request, language);
  if (!isJson(request.body)) throw new NotExpressible('a JSONC body (comments, trailing commas): curl and a json fence send it as it is');
  if (language === 'markdown' && !request.url) {
    // A bare body: Markdown's json fence is linted like a .json document.
    const head = '# Example\n\nThe body:\n\n```json\n';
    return { text: `${head}${request.body}\n\`\`\`\n`, filePath: '/variants/README.md', placed: shifted(request.body, head.length), root: { start: head.length, end: head.length + request.body.length } };
  }
  const { text, bodyStart, head } = curl(request);
  const before = language === 'shell' ? '#!/bin/sh\n' : '# Example\n\nThe request:\n\n```bash\n';
  const move = (x: Span): Span => ({ start: x.start + before.length, end: x.end + before.length });
  const shift = before.length + bodyStart;
  return {
    text: language === 'shell' ? `${before}${text}` : `${before}${text}\`\`\`\n`,
    filePath: language === 'shell' ? '/variants/request.sh' : '/variants/README.md',
    placed: shifted(request.body, shift),
    root: { start: shift, end: shift + request.body.length },
    head: { requestLine: move(head.requestLine), url: move(head.url), headers: head.headers.map(move) },
  };
}

/** The node of the body a finding's body-relative span is on: exact, else the smallest around it; null for the whole body. */
export function nodeAt(body: string, span: Span): { node: Node; exact: boolean; part: 'value' | 'key' | 'member' } | null {
  const root = parseTree(body);
  if (!root) return null;
  let best: Node | null = null;
  const visit = (n: Node) => {
    if (n.offset <= span.start && span.end <= n.offset + n.length) {
      if (!best || n.length <= best.length) best = n;
      for (const c of n.children ?? []) visit(c);
    }
  };
  visit(root);
  const found = best as Node | null;
  if (!found) return null;
  const exact = found.offset === span.start && found.offset + found.length === span.end;
  const parent = found.parent;
  if (parent?.type === 'property' && parent.children![0] === found) return { node: parent.children![1] ?? found, exact, part: 'key' };
  if (found.type === 'property') return { node: found.children![1] ?? found, exact, part: 'member' };
  return { node: found, exact, part: 'value' };
}

export { nodeKey };
