import type { Provider, Span } from '../../server/src/core/rule-api.ts';
import { keyShapeOf, maskKey, type KeyPlace, type KeyShape } from '../../server/src/core/rule-api.ts';
import { isTemplated, MAX_WALK_DEPTH } from '../shared.ts';
import { depthOfNode, pathOfNode } from '../shared/value-walk.ts';
import type { MessageData, MessageFragment, RuleContext, RuleModule } from '../types.ts';
import { translations } from './l10n.ts';

const LEAKED = 'Your API key was reported as leaked. Please use another API key.';
/** Providers revoke keys they find published; Gemini's answer to such a key is on record. */
const LEAKED_QUOTE = { text: LEAKED, provider: 'The Gemini API (to a published key)' };

/** Headers that carry the credential; `api-key` is Azure's, where a bare 32-hex value is a key too. */
const CREDENTIAL_HEADERS: Record<string, KeyPlace> = {
  authorization: 'credential-header',
  'proxy-authorization': 'credential-header',
  'x-api-key': 'credential-header',
  'x-goog-api-key': 'credential-header',
  'api-key': 'azure-header',
};

/** JSON property names that hold a credential (fixtures, recorded requests, SDK configs). */
const CREDENTIAL_FIELDS: Record<string, KeyPlace> = {
  api_key: 'credential-header',
  apikey: 'credential-header',
  apiKey: 'credential-header',
  'x-api-key': 'credential-header',
  authorization: 'credential-header',
  Authorization: 'credential-header',
  'api-key': 'azure-header',
};

/** The environment variable the fix names when the key's shape does not say (hex32, a relay's `sk-` key). */
const ENV_BY_PROVIDER: Partial<Record<Provider, string>> = {
  openai: 'OPENAI_API_KEY',
  azure: 'AZURE_OPENAI_API_KEY',
  anthropic: 'ANTHROPIC_API_KEY',
  gemini: 'GEMINI_API_KEY',
  'gemini-openai': 'GEMINI_API_KEY',
  vertex: 'GEMINI_API_KEY',
  dashscope: 'DASHSCOPE_API_KEY',
  'dashscope-compatible': 'DASHSCOPE_API_KEY',
  deepseek: 'DEEPSEEK_API_KEY',
  openrouter: 'OPENROUTER_API_KEY',
};

const REFERENCE = /^\{\{\s*([A-Za-z_][\w.-]*)\s*\}\}$/;
/** Key-shaped tokens in a URL line (the shapes decide; this only finds candidates). */
const URL_TOKEN = /(?<![A-Za-z0-9_-])(?:sk-|AIza)[A-Za-z0-9_-]{16,}/g;
/** Credential query parameters: the value, literal or `{{name}}`. */
const QUERY_KEY = /[?&](?:key|api_key|api-key|apikey)=([^&\s#]*)/g;
// Greedy to the end, trailing blanks trimmed by hand: `(.*?)[ \t\r]*$` backtracked quadratically over a
// long run of spaces (fuzz campaign of 2026-12-07: 25 s for one 115 K-character line).
const FILE_VARIABLE = /^([ \t]*@([^\s=:]+)[ \t]*:?=[ \t]*)(.*)$/;

const KEY_WRITTEN = "API key '{{masked}}' in {{where}}:";

export const rule: RuleModule = {
  meta: {
    id: 'hardcoded-api-key',
    translations,
    severity: 'warning',
    apis: 'all',
    description:
      'An API key written into a .http header, URL or file variable, or into a JSON string, where anyone who reads or receives the file can use it.',
    messages: {
      writeDotenv: `${KEY_WRITTEN} put '{{env}}=<key>' in .env and write '{{dotenv}}' here.`,
      defineDotenv: `${KEY_WRITTEN} put '{{env}}=<key>' in .env and define the variable as '{{dotenv}}'.`,
      usePlaceholder: `${KEY_WRITTEN} replace it with a placeholder and load the key from the environment.`,
    },
    fragments: {
      variable: "the file variable '@{{name}}'",
      header: "the '{{name}}' header",
      url: 'the URL',
      field: "this JSON string ('{{name}}')",
      json: 'this JSON string',
    },
    providerErrors: [
      {
        api: 'gemini-generate',
        provider: 'gemini',
        message: LEAKED,
        source: 'https://ai.google.dev/gemini-api/docs/troubleshooting ; https://ai.google.dev/gemini-api/docs/api-key',
      },
    ],
  },
  check(context) {
    const { unit } = context;
    if (unit.requestLineSpan) checkHttp(context);
    checkBody(context);
  },
};

interface Found {
  /** Document span of the literal (http) — the finding and the fix replace exactly this text. */
  span: Span;
  shape: KeyShape;
  literal: string;
  where: MessageFragment;
  /** False when the literal lies outside this request's text (a file variable in another block). */
  fixable: boolean;
}

function envName(shape: KeyShape, provider: Provider | null): string {
  return shape.envName ?? (provider ? ENV_BY_PROVIDER[provider] : undefined) ?? 'API_KEY';
}

/** The placeholders every message of this rule starts with (the key's kind shows in its masked prefix: sk-ant-…, AIza…). */
function keyData(_shape: KeyShape, literal: string, where: MessageFragment, _provider: Provider | null): MessageData {
  return { masked: maskKey(literal), where };
}

/** Headers, the URL and the file variables of a `.http` request, read as written (variables unresolved). */
function checkHttp(context: RuleContext): void {
  const { unit, provider } = context;
  const found: Found[] = [];
  /** File variables whose definition lies in this request's text: reported there, not at each use. */
  const definedHere = new Map<string, Found | null>();

  // 1. File variables defined in this request's text (above its request line).
  const head: Span = { start: unit.span.start, end: unit.requestLineSpan!.start };
  forEachLine(context.source(head), head.start, (line, at) => {
    const m = FILE_VARIABLE.exec(line);
    if (!m) return;
    const value = trimBlanksEnd(m[3]);
    const span = { start: at + m[1].length, end: at + m[1].length + value.length };
    const shape = value.includes('{{') ? null : (keyShapeOf(value, placeOfUse(context, m[2])) ?? null);
    const f = shape ? { span, shape, literal: value, where: { fragment: 'variable', data: { name: m[2] } }, fixable: true } : null;
    definedHere.set(m[2], f);
    if (f) found.push(f);
  });

  // 2. Credential headers (and any header holding an unmistakable key).
  for (const header of unit.headers) {
    const raw = context.source(header.span);
    const colon = raw.indexOf(':');
    if (colon <= 0) continue;
    const name = header.name.toLowerCase();
    const place: KeyPlace = CREDENTIAL_HEADERS[name] ?? 'anywhere';
    let from = colon + 1;
    while (from < raw.length && (raw[from] === ' ' || raw[from] === '\t')) from++;
    let to = raw.length;
    while (to > from && /\s/.test(raw[to - 1])) to--;
    const scheme = /^(?:Bearer|Token)[ \t]+/i.exec(raw.slice(from, to));
    if (scheme) from += scheme[0].length;
    else if (/^Basic[ \t]/i.test(raw.slice(from, to))) continue;
    const token = raw.slice(from, to);
    if (!token || /\s/.test(token)) continue;
    const span = { start: header.span.start + from, end: header.span.start + to };
    inspect(token, span, place, { fragment: 'header', data: { name: header.name } });
  }

  // 3. The URL: the request line and its `?a=b` / `&c=d` continuation lines.
  const headerStarts = new Set(unit.headers.map((h) => h.span.start));
  const zoneEnd = unit.bodySpan?.start ?? unit.bodyFile?.span.start ?? unit.span.end;
  const zone: Span = { start: unit.requestLineSpan!.start, end: zoneEnd };
  forEachLine(context.source(zone), zone.start, (line, at) => {
    if (headerStarts.has(at) || /^\s*(?:#|\/\/)/.test(line)) return;
    if (at !== zone.start && !/^\s*[?&/]/.test(line)) return;
    for (const m of line.matchAll(QUERY_KEY)) {
      const value = m[1];
      const start = at + m.index! + m[0].length - value.length;
      if (value) inspect(value, { start, end: start + value.length }, 'anywhere', { fragment: 'url' });
    }
    for (const m of line.matchAll(URL_TOKEN)) inspect(m[0], { start: at + m.index!, end: at + m.index! + m[0].length }, 'anywhere', { fragment: 'url' });
  });

  const seen = new Set<number>();
  const notHttp = !writtenInHttp(context);
  for (const f of found) {
    if (seen.has(f.span.start)) continue;
    seen.add(f.span.start);
    const env = envName(f.shape, provider);
    const dotenv = `{{$dotenv ${env}}}`;
    if (notHttp) {
      // A curl command in a script or Markdown: '{{$dotenv …}}' is .http syntax, so neither that advice nor that edit.
      context.report({ span: { document: f.span }, messageId: 'usePlaceholder', data: keyData(f.shape, f.literal, f.where, provider), quote: LEAKED_QUOTE });
    } else if (f.fixable) {
      context.report({
        span: { document: f.span },
        messageId: 'writeDotenv',
        data: { ...keyData(f.shape, f.literal, f.where, provider), env, dotenv },
        quote: LEAKED_QUOTE,
        fix: { title: `Replace the key with ${dotenv} (put ${env} in .env)`, document: true, edits: [{ offset: f.span.start, length: f.span.end - f.span.start, content: dotenv }] },
      });
    } else {
      context.report({
        span: { document: f.span },
        messageId: 'defineDotenv',
        data: { ...keyData(f.shape, f.literal, f.where, provider), env, dotenv },
        quote: LEAKED_QUOTE,
      });
    }
  }

  function inspect(token: string, span: Span, place: KeyPlace, where: MessageFragment): void {
    const ref = REFERENCE.exec(token);
    if (ref) {
      const name = ref[1];
      const value = unit.fileVariables?.[name];
      if (value === undefined || value.includes('{{')) return;
      if (definedHere.has(name)) return; // defined in this request's text: reported on its definition
      const shape = keyShapeOf(value, place);
      if (shape) found.push({ span, shape, literal: value, where: { fragment: 'variable', data: { name } }, fixable: false });
      return;
    }
    if (token.includes('{{')) return;
    const shape = keyShapeOf(token, place);
    if (shape) found.push({ span, shape, literal: token, where, fixable: true });
  }
}

/** How a file variable is used by this request's headers: an Azure `api-key` makes a 32-hex value a key. */
function placeOfUse(context: RuleContext, name: string): KeyPlace {
  let place: KeyPlace = 'anywhere';
  for (const header of context.unit.headers) {
    const raw = context.source(header.span);
    if (!raw.includes(`{{${name}}}`) && !new RegExp(`\\{\\{\\s*${escapeRe(name)}\\s*\\}\\}`).test(raw)) continue;
    const p = CREDENTIAL_HEADERS[header.name.toLowerCase()];
    if (p === 'azure-header') return p;
    if (p) place = p;
  }
  return place;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Calls `each(line, documentOffset)` for every line of `text` (which starts at `origin`). */
function forEachLine(text: string, origin: number, each: (line: string, at: number) => void): void {
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    if (line) each(line.endsWith('\r') ? line.slice(0, -1) : line, origin + start);
    start = end + 1;
  }
}

/** Whether the request is .http text, where '{{$dotenv …}}' works: not a curl command in a script, not an SDK call. */
function writtenInHttp({ unit }: RuleContext): boolean {
  return !unit.shell && !unit.bodyMap;
}

/** Every string value of the body that is a key (whole, or after `Bearer `): the strings of the shared value walk. */
function checkBody(context: RuleContext): void {
  const { unit, provider } = context;
  // Only a .http body takes '{{$dotenv …}}': not a curl body in a script (it would be sent as that text), not source code.
  const fixable = unit.requestLineSpan !== undefined && unit.bodyFile === undefined && writtenInHttp(context);
  const index = context.request.values();
  const { strings, stringNodes, keys } = index;
  for (let s = 0; s < strings.length; s++) {
    const value = strings[s];
    if (value.length < 20 || value.length > 420 || isTemplated(value)) continue;
    const c = value.charCodeAt(0);
    if (c !== 115 /* s */ && c !== 65 /* A */ && c !== 66 /* B */ && c !== 98 /* b */ && !(c >= 48 && c <= 57) && !(c >= 97 && c <= 102)) continue;
    const node = stringNodes[s];
    const field = keys[node];
    const place: KeyPlace = typeof field === 'string' ? (CREDENTIAL_FIELDS[field] ?? 'anywhere') : 'anywhere';
    const bearer = /^Bearer[ \t]+/i.exec(value);
    const token = bearer ? value.slice(bearer[0].length) : value;
    const shape = keyShapeOf(token, place);
    if (!shape || depthOfNode(index, node, MAX_WALK_DEPTH) > MAX_WALK_DEPTH) continue; // deeper than the rules look (shared.ts)
    const path = pathOfNode(index, node);
    const env = envName(shape, provider);
    const where: MessageFragment = typeof field === 'string' ? { fragment: 'field', data: { name: field } } : { fragment: 'json' };
    const replacement = `${bearer ? bearer[0] : ''}{{$dotenv ${env}}}`;
    context.report({
      path,
      messageId: fixable ? 'writeDotenv' : 'usePlaceholder',
      data: { ...keyData(shape, token, where, provider), env, dotenv: `{{$dotenv ${env}}}` },
      quote: LEAKED_QUOTE,
      ...(fixable && { fix: { title: `Replace the key with {{$dotenv ${env}}} (put ${env} in .env)`, edits: context.fixer.replace(path, replacement) } }),
    });
  }
}

/** The text without trailing spaces, tabs and carriage returns (a loop: no regular expression to backtrack). */
function trimBlanksEnd(text: string): string {
  let end = text.length;
  while (end > 0 && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 9 || text.charCodeAt(end - 1) === 13)) end--;
  return text.slice(0, end);
}
