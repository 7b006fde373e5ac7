/**
 * Classifiers for single `.http` lines. Patterns follow the tools' own sources (see
 * /work/shared/reference/editor.md §1.3 B-E):
 * - Huachao/vscode-restclient src/common/constants.ts (comments, file variables, @name),
 *   src/utils/httpRequestParser.ts (`< file` body, query lines), src/utils/selector.ts (response status line);
 * - AnWeber/httpyac src/utils/parserUtils.ts (`###` separator, headers, query and URL-part lines, metadata),
 *   src/plugins/intellij/intellijHttpRegionParser.ts (`> {% %}` handlers),
 *   src/plugins/core/parse/{outputRedirection,responseRef}HttpRegionParser.ts (`>>`, `<>`).
 * Every regex is anchored and has no nested quantifiers, so none can backtrack catastrophically.
 */

/** `###` (optionally indented, as httpyac's RegionSeparator) with an optional title after it. */
export function separatorTitle(text: string): string | undefined {
  const match = /^\s*#{3,}/.exec(text);
  return match ? text.slice(match[0].length).trim() : undefined;
}

/** Full-line `#` or `//` comment (REST Client CommentIdentifiersRegex). */
export function isComment(text: string): boolean {
  return /^\s*(?:#|\/\/)/.test(text);
}

export interface Metadata {
  key: string;
  value: string;
}

/** `# @key value` / `// @key value`; JetBrains also writes `# @name = value`. */
export function parseMetadata(text: string): Metadata | undefined {
  const match = /^\s*(?:#+|\/{2,})\s*@([A-Za-z][\w-]*)(.*)$/.exec(text);
  if (!match) return undefined;
  let value = match[2].trim();
  if (value.startsWith('=')) value = value.slice(1).trim();
  if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) value = value.slice(1, -1);
  return { key: match[1], value };
}

export interface FileVariable {
  name: string;
  value: string;
}

/** `@name = value` (REST Client) and httpyac's lazy `@name := value`. Values are trimmed. */
export function parseFileVariable(text: string): FileVariable | undefined {
  const match = /^\s*@([^\s=:]+)\s*:?=/.exec(text);
  if (!match) return undefined;
  return { name: match[1], value: text.slice(match[0].length).trim() };
}

/** A pasted response: REST Client's responseStatusLineRegex `^\s*HTTP\/[\d.]+`. */
export function isResponseStatusLine(text: string): boolean {
  return /^\s*HTTP\/[\d.]+/.test(text);
}

/** REST Client's methods, httpyac's additions, and the protocol pseudo-methods of httpyac and JetBrains. */
const METHODS = new Set(
  (
    'GET POST PUT DELETE PATCH HEAD OPTIONS CONNECT TRACE LOCK UNLOCK PROPFIND PROPPATCH COPY MOVE MKCOL ' +
    'MKCALENDAR ACL SEARCH CHECKOUT CHECKIN REPORT MERGE MKACTIVITY MKWORKSPACE VERSION-CONTROL ' +
    'BASELINE-CONTROL GRAPHQL WS WEBSOCKET SSE EVENTSOURCE GRPC AMQP MQTT'
  ).split(' '),
);

export interface RequestLine {
  /** Upper-cased method; undefined when the line has none (the tools then send GET). */
  method?: string;
  /** The target as written, version stripped. */
  target: string;
}

/**
 * `[METHOD SP] target [SP HTTP/x.y]`. A line without a method only counts when the target looks like a
 * URL (scheme, `/`, `{{host}}`, or a host name), so a pasted JSON envelope or a stray word is not a request.
 */
export function parseRequestLine(text: string): RequestLine | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  const space = firstWhitespace(trimmed);
  if (space > 0) {
    const method = trimmed.slice(0, space).toUpperCase();
    if (METHODS.has(method)) {
      const target = stripVersion(trimmed.slice(space).trim());
      if (target !== '') return { method, target };
    }
  }
  const target = stripVersion(trimmed);
  if (firstWhitespace(target) >= 0 || !looksLikeUrl(target)) return undefined;
  return { target };
}

/** True when the line is a request line that names its method (used to spot a second request in a body). */
export function isExplicitRequestLine(text: string): boolean {
  if (text.length === 0 || text.charCodeAt(0) === 32 || text.charCodeAt(0) === 9) return false;
  const parsed = parseRequestLine(text);
  return parsed?.method !== undefined && text.startsWith(parsed.method) && looksLikeUrl(parsed.target);
}

function looksLikeUrl(target: string): boolean {
  return (
    /^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(target) ||
    target.startsWith('/') ||
    target.startsWith('{{') ||
    /^(?:localhost|[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)(?::\d+)?(?:[/?#]|$)/.test(target)
  );
}

/** Removes a trailing ` HTTP/1.1` (REST Client strips `\s+HTTP\/.*$`). */
function stripVersion(target: string): string {
  const at = target.lastIndexOf(' HTTP/');
  const tab = target.lastIndexOf('\tHTTP/');
  const cut = Math.max(at, tab);
  return cut >= 0 ? target.slice(0, cut).trimEnd() : target;
}

function firstWhitespace(s: string): number {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32 || c === 9) return i;
  }
  return -1;
}

/** REST Client query continuation (`?a=b`, `&c=d`) and httpyac URL-part lines (`/path`). */
export function isUrlContinuation(text: string): boolean {
  return /^\s*[?&/]/.test(text);
}

export interface HeaderParts {
  name: string;
  value: string;
}

const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

/** `Name: value` (httpyac's token set for the name; REST Client splits at the first colon and trims). */
export function parseHeader(text: string): HeaderParts | undefined {
  const colon = text.indexOf(':');
  if (colon <= 0) return undefined;
  const name = text.slice(0, colon).trim();
  if (!TOKEN.test(name)) return undefined;
  return { name, value: text.slice(colon + 1).trim() };
}

/** httpyac `...headersVariable` spread line. */
export function isHeaderSpread(text: string): boolean {
  return /^\s*\.\.\.\S/.test(text);
}

/** `< ./body.json`, `<@ ./body.json`, `<@latin1 ./x` at column 0 (REST Client inputFileSyntax). */
export function parseBodyFileRef(text: string): string | undefined {
  const match = /^<(?:@\w*)?\s+/.exec(text);
  if (!match) return undefined;
  const path = text.slice(match[0].length).trim();
  return path === '' || path.startsWith('{%') ? undefined : path;
}

/** Kinds of non-request lines that may follow a body and that the tools never send. */
export type ScriptStart =
  | { kind: 'single' }
  | {
      kind: 'multi';
      isEnd: (text: string) => boolean;
      /** `{%` scripts run to the end of the block when unclosed; a lone `{{` may just be body text. */
      unterminated: 'to-end' | 'not-a-script';
    };

const percentBlock = (text: string): ScriptStart =>
  text.indexOf('%}') > text.indexOf('{%') ? { kind: 'single' } : { kind: 'multi', isEnd: endsPercentBlock, unterminated: 'to-end' };

const endsPercentBlock = (text: string) => /^\s*%\}\s*$/.test(text);
const endsMustacheBlock = (text: string) => /^\s*\}\}\s*$/.test(text);

/**
 * Response-side lines after a request: JetBrains response handlers `> {% ... %}` / `> ./handler.js`,
 * httpyac assertions `?? ...`, output redirections `>> file`, response references `<> file`, and
 * httpyac script blocks `{{ ... }}` on their own lines.
 */
export function responseSideStart(text: string): ScriptStart | undefined {
  if (/^\s*\{/.test(text)) return mustacheScriptStart(text);
  if (/^\s*>\s*\{%/.test(text)) return percentBlock(text);
  if (/^\s*>\s+[^\s{%}>]+\s*$/.test(text)) return { kind: 'single' };
  if (/^\s*\?\?/.test(text) || /^\s*>>!?\s+\S/.test(text) || /^\s*<>\s*\S/.test(text)) return { kind: 'single' };
  return mustacheScriptStart(text);
}

/** Before the request line: `< {% ... %}` and `< ./script.js` pre-request scripts, `{{ }}` and `/* *\/` blocks. */
export function preRequestStart(text: string): ScriptStart | undefined {
  if (/^\s*<\s*\{%/.test(text)) return percentBlock(text);
  if (/^\s*<\s+\S/.test(text)) return { kind: 'single' };
  if (/^\s*\/\*/.test(text)) {
    const closed = text.indexOf('*/', text.indexOf('/*') + 2) >= 0;
    return closed ? { kind: 'single' } : { kind: 'multi', isEnd: (t) => t.includes('*/'), unterminated: 'to-end' };
  }
  return mustacheScriptStart(text);
}

/** httpyac script block: a line starting with `{{` that does not close on the same line. */
function mustacheScriptStart(text: string): ScriptStart | undefined {
  if (/^\s*\{\{/.test(text) && text.indexOf('}}') < 0) return { kind: 'multi', isEnd: endsMustacheBlock, unterminated: 'not-a-script' };
  return undefined;
}

/** Body text that starts a GraphQL document (httpyac's GraphQL detection). */
export function startsGraphQl(text: string): boolean {
  return /^\s*(?:query|mutation|subscription|fragment)\b/.test(text);
}
