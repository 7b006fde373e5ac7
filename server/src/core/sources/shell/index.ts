/**
 * `curl` commands in shell scripts as request units (issue 12). The script is parsed with the bash grammar
 * (tree-sitter, `grammars.ts`), so commands are found wherever bash has them: after `|`, `&&`, `;`, in
 * functions, in `$(…)`, over line continuations. Each `curl` with a URL becomes a RequestUnit with method,
 * URL and headers as curl sends them (https://curl.se/docs/manpage.html), and its body:
 *
 * - `-d`/`--data`/`--data-raw`/`--data-binary`/`--json` text, laid out at its exact length in the script
 *   (`words.ts`): offsets into it are document offsets; shell variables in it are templates;
 * - `@-` with a heredoc (`<<EOF … EOF`) or here-string on the command: the heredoc's text;
 * - `@file` (and `@-` with `< file`): read through the splitter's `readFile`, relative to the script, under
 *   the workspace-trust rules of `< file` bodies in `.http` documents;
 * - `@-` at the end of a pipe: what `echo '…'`, `printf '…'` (or `printf '%s' '…'`) or `cat <<EOF` writes into
 *   it, laid out at its place in the script (the unit's span then covers the whole pipeline).
 */
import type { Node, Tree } from 'web-tree-sitter';
import { readBodyFile, type HttpSplitOptions } from '../../http/parse.ts';
import { shiftUnit } from '../../http/incremental.ts';
import { readPolicy } from '../../http/trust.ts';
import type { BodyQuoting, Header, RequestUnit, Span, UnitNote } from '../../types.ts';
import { parserFor } from '../grammars.ts';
import { changedRange } from '../changed.ts';
import { readCurl, type CurlArgument } from './curl.ts';
import { isLiteral, layoutBody, wordPieces, wordValue, wordWork, type Piece } from './words.ts';

export { wordWork };

/** Cheap text test before parsing: a script without the word `curl` holds no request. */
export function mayHoldCurl(text: string): boolean {
  return text.includes('curl');
}

/** How many curl commands were read (a test counts what an edit re-reads). */
export const curlReads = { count: 0 };

/**
 * What a script's last split leaves for the next one (the server keeps it per open document, with the tree):
 * the text, and each unit with the range of its curl command.
 */
export interface ShellSplitState {
  text?: string;
  found?: { unit: RequestUnit; command: Span }[];
}

/**
 * The requests of a shell script. Never throws; without the bash grammar loaded (`initGrammars`), none.
 * With the caller's `tree` of `text` (the server's incremental parse) and the last split's `state`, an edit
 * strictly inside one curl command (its words, its heredoc, the pipe feeding it) re-reads only that command and
 * moves the units after it; anything else reads the whole tree again.
 */
export function splitShell(text: string, options: HttpSplitOptions = {}, tree?: Tree, state?: ShellSplitState): RequestUnit[] {
  if (!mayHoldCurl(text)) {
    if (state) Object.assign(state, { text, found: [] });
    return [];
  }
  const parser = parserFor('bash');
  if (!parser) return [];
  let own: Tree | null = null;
  try {
    const again = tree && state ? splitAgain(text, tree, state, options) : null;
    if (again) return again;
    own = tree ? null : parser.parse(text);
    const found = findCurls((tree ?? own)!.rootNode, text, options);
    if (state) Object.assign(state, { text, found });
    return found.map((f) => f.unit);
  } catch (e) {
    if (process.env.LLM_PREFLIGHT_DEBUG) console.error(e);
    if (state) Object.assign(state, { text: undefined, found: undefined });
    return [];
  } finally {
    own?.delete();
  }
}

/** An edit inside one unit's span: that command read again from the new tree, the others kept or moved; else null. */
function splitAgain(text: string, tree: Tree, state: ShellSplitState, options: HttpSplitOptions): RequestUnit[] | null {
  // A body read from a file (`@file`) may have changed on disk: such a script is always read again.
  if (state.text === undefined || !state.found || state.found.some((f) => f.unit.bodyFile)) return null;
  if (state.text === text) return state.found.map((f) => f.unit);
  if (tree.rootNode.hasError) return null;
  const edit = changedRange(state.text, text);
  const delta = edit.newEnd - edit.oldEnd;
  const i = state.found.findIndex((f) => f.unit.span.start < edit.start && edit.oldEnd < f.unit.span.end);
  if (i < 0 || state.found.some((f, k) => k !== i && f.unit.span.start <= edit.oldEnd && edit.start <= f.unit.span.end)) return null;
  const old = state.found[i];
  // The command moves its end when the edit is in its words; a heredoc or a pipe's producer lies outside it.
  const inside = old.command.start < edit.start && edit.oldEnd < old.command.end;
  const command = { start: old.command.start, end: old.command.end + (inside ? delta : 0) };
  if (!inside && (edit.start < old.command.end && edit.oldEnd > old.command.start)) return null;
  if (!inside && edit.start < old.command.start) {
    command.start += delta;
    command.end += delta;
  }
  let node: Node | null = tree.rootNode.descendantForIndex(command.start, command.end);
  while (node && node.type !== 'command') node = node.parent;
  if (!node || node.startIndex !== command.start || node.endIndex !== command.end || !isCurl(node, text)) return null;
  curlReads.count++;
  const unit = curlUnit(node, text, options);
  const span = { start: old.unit.span.start + (edit.start < old.unit.span.start ? delta : 0), end: old.unit.span.end + delta };
  if (!unit || unit.span.start !== span.start || unit.span.end !== span.end) return null;
  const found = state.found.map((f, k) => {
    if (k < i) return f;
    if (k === i) return { unit, command };
    return { unit: delta === 0 ? f.unit : shiftUnit(f.unit, delta), command: { start: f.command.start + delta, end: f.command.end + delta } };
  });
  Object.assign(state, { text, found });
  return found.map((f) => f.unit);
}

function findCurls(root: Node, text: string, options: HttpSplitOptions): { unit: RequestUnit; command: Span }[] {
  const units: { unit: RequestUnit; command: Span }[] = [];
  const stack: Node[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    wordWork.steps++;
    if (node.type === 'command' && isCurl(node, text)) {
      curlReads.count++;
      const unit = curlUnit(node, text, options);
      if (unit) units.push({ unit, command: { start: node.startIndex, end: node.endIndex } });
    }
    const children = node.children;
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i];
      if (child && child.childCount > 0) stack.push(child);
    }
  }
  // A curl inside another's arguments (`-d "$(curl …)"`) is part of that request's text: the outer one stands.
  units.sort((x, y) => x.unit.span.start - y.unit.span.start || y.unit.span.end - x.unit.span.end);
  let end = -1;
  return units.filter(({ unit: u }) => {
    if (u.span.start < end) return false;
    end = u.span.end;
    return true;
  });
}

function isCurl(command: Node, text: string): boolean {
  const name = command.childForFieldName('name');
  if (!name) return false;
  const word = text.slice(name.startIndex, name.endIndex);
  return word === 'curl' || word.endsWith('/curl') || word === 'curl.exe';
}

function curlUnit(command: Node, text: string, options: HttpSplitOptions): RequestUnit | undefined {
  const args = command.childrenForFieldName('argument').filter((n): n is Node => n !== null);
  const curl = readCurl(args, text);
  if (!curl.url) return undefined;
  const notes: UnitNote[] = [];
  const url = wordValue(curl.url.pieces);
  const headers: Header[] = curl.headers.flatMap((h) => header(h));
  if (curl.json) {
    // curl --json: "Content-Type: application/json" and "Accept: application/json" unless given.
    const span = { start: command.startIndex, end: command.startIndex + 4 };
    for (const name of ['Content-Type', 'Accept']) {
      if (!headers.some((h) => h.name.toLowerCase() === name.toLowerCase())) headers.push({ name, value: 'application/json', span });
    }
  }
  const parent = command.parent;
  const statement = parent?.type === 'redirected_statement' && parent.childForFieldName('body')?.startIndex === command.startIndex ? parent : null;
  const end = Math.max(command.endIndex, statement ? statement.endIndex : 0);
  const unit: RequestUnit = {
    span: { start: command.startIndex, end },
    method: curl.method ?? (curl.data.length && !curl.get ? 'POST' : 'GET'),
    rawUrl: url,
    url,
    requestLineSpan: { start: command.startIndex, end: curl.url.b },
    headers,
    notes,
    shell: true,
  };
  if (curl.nonJson) unit.nonJsonBody = curl.nonJson;
  else if (curl.get && curl.data.length) unit.nonJsonBody = 'query string (-G)';
  else if (curl.data.length > 1) unit.nonJsonBody = 'several data parts (curl joins them with &)';
  else if (curl.data.length === 1) body(unit, command, curl.data[0], statement, text, options);
  return unit;
}

function header(arg: CurlArgument): Header[] {
  const value = wordValue(arg.pieces);
  const colon = value.indexOf(':');
  // `-H @file` (headers from a file) and `-H 'X;'` (an empty header) add nothing we can read.
  if (colon <= 0 || value.startsWith('@')) return [];
  return [{ name: value.slice(0, colon).trim(), value: value.slice(colon + 1).trim(), span: asWritten(arg) }];
}

/**
 * A header's span: the text inside the quotes when the word is written there character for character (no escape,
 * no variable), so a rule reading the header (`context.source`) sees `Name: value` and reports at the exact
 * characters, e.g. a key after `Bearer `; else the whole word.
 */
function asWritten(arg: CurlArgument): Span {
  const p = arg.pieces;
  const plain = p.length > 0 && p.every((x, i) => x.kind === 'lit' && x.b - x.a === 1 && (i === 0 || x.a === p[i - 1].b));
  return plain ? { start: p[0].a, end: p[p.length - 1].b } : { start: arg.a, end: arg.b };
}

function body(unit: RequestUnit, command: Node, data: CurlArgument, statement: Node | null, text: string, options: HttpSplitOptions): void {
  const pieces = data.pieces;
  const first = pieces[0];
  // `@name`: a file (or `-` for standard input); --data-raw takes `@` literally.
  if (data.option !== '--data-raw' && first?.kind === 'lit' && first.ch === '@') {
    const rest = pieces.slice(1);
    if (isLiteral(rest) && wordValue(rest) === '-') return stdinBody(unit, command, statement, text, options, data);
    const written = wordValue(rest);
    unit.bodyFile = readBodyFile(written, { start: data.a, end: data.b }, () => undefined, options, readPolicy(options), unit.notes);
    return;
  }
  if (!pieces.length) return;
  inlineBody(unit, pieces, pieces[0].a, pieces[pieces.length - 1].b, quotedParts(data.node));
}

type Part = BodyQuoting['parts'][number];

/** The quoted parts of a word, in document offsets. */
function quotedParts(node: Node): Part[] {
  switch (node.type) {
    case 'concatenation':
      return node.children.flatMap((c) => (c ? quotedParts(c) : []));
    case 'raw_string':
      return [{ start: node.startIndex + 1, end: node.endIndex - 1, quote: 'single' }];
    case 'string':
      return [{ start: node.startIndex + 1, end: node.endIndex - 1, quote: 'double' }];
    case 'word':
    case 'number':
      return [{ start: node.startIndex, end: node.endIndex, quote: 'word' }];
    default:
      return [{ start: node.startIndex, end: node.endIndex, quote: 'other' }];
  }
}

function inlineBody(unit: RequestUnit, pieces: readonly Piece[], from: number, to: number, parts: Part[]): void {
  const layout = layoutBody(pieces, from, to);
  if (!layout.ok) {
    unit.nonJsonBody = 'shell-quoted text';
    unit.notes.push({
      span: { start: from, end: to },
      severity: 'info',
      code: 'shell-body-skipped',
      message: `This body is not checked: ${layout.reason}.`,
    });
    return;
  }
  unit.bodyText = layout.text;
  unit.bodySpan = { start: from, end: to };
  const escapes: number[] = [];
  for (const p of pieces) if (p.kind === 'lit' && p.b - p.a === 2) escapes.push(p.a - from);
  unit.bodyQuoting = { parts: parts.map((p) => ({ ...p, start: p.start - from, end: p.end - from })), escapes };
}

/** `-d @-`: the command's heredoc, here-string or `< file`, else what a pipe into it carries (`pipeBody`). */
function stdinBody(unit: RequestUnit, command: Node, statement: Node | null, text: string, options: HttpSplitOptions, data: CurlArgument): void {
  // bash's grammar puts a here-string on the command itself, heredocs and `< file` on the statement around it.
  const isRedirect = (c: Node | null): c is Node => !!c && (c.type === 'heredoc_redirect' || c.type === 'herestring_redirect' || c.type === 'file_redirect');
  const redirect = statement?.children.find(isRedirect) ?? command.children.find(isRedirect);
  if (!redirect) return pipeBody(unit, command, text);
  if (redirect.type === 'heredoc_redirect') {
    heredocBody(unit, redirect, text);
  } else if (redirect.type === 'herestring_redirect') {
    const word = redirect.namedChildren.find((c) => c !== null);
    if (word) {
      const pieces = wordPieces(word, text);
      if (pieces.length) inlineBody(unit, pieces, pieces[0].a, pieces[pieces.length - 1].b, quotedParts(word));
    }
  } else {
    const op = text.slice(redirect.startIndex, redirect.endIndex);
    const target = redirect.childForFieldName('destination');
    if (!op.trimStart().startsWith('<') || !target) return;
    const written = wordValue(wordPieces(target, text));
    unit.bodyFile = readBodyFile(written, { start: data.a, end: data.b }, () => undefined, options, readPolicy(options), unit.notes);
  }
}

/** A heredoc's text as the body: literal with a quoted delimiter (`<<'EOF'`), else with `$VAR` masked. */
function heredocBody(unit: RequestUnit, redirect: Node, text: string): void {
  const bodyNode = redirect.children.find((c) => c?.type === 'heredoc_body');
  const start = redirect.children.find((c) => c?.type === 'heredoc_start');
  if (!bodyNode || !start) return;
  const quoted = /['"\\]/.test(text.slice(start.startIndex, start.endIndex));
  const pieces: Piece[] = [];
  if (quoted) for (let i = bodyNode.startIndex; i < bodyNode.endIndex; i++) pieces.push({ kind: 'lit', ch: text[i], a: i, b: i + 1 });
  else pieces.push(...wordPieces(bodyNode, text));
  if (pieces.length) inlineBody(unit, pieces, bodyNode.startIndex, bodyNode.endIndex, [{ start: bodyNode.startIndex, end: bodyNode.endIndex, quote: quoted ? 'literal' : 'heredoc' }]);
}

/**
 * `… | curl -d @-`: the body is what the command before the pipe writes, when it is one we can read exactly
 * (https://www.gnu.org/software/bash/manual/bash.html#Bash-Builtins):
 * - `echo '…'` / `echo -n '…'`: its one argument (no `-e`, and no backslash: `sh`'s echo would read escapes);
 * - `printf '…'` with neither `%` nor `\` in the format, or `printf '%s' '…'` / `printf '%s\n' '…'`;
 * - `cat <<EOF | curl …` (bash's grammar puts this pipeline inside cat's heredoc redirect): the heredoc.
 * Anything else (a file, a command's output) is not known: the body is not checked. The unit then spans
 * the pipeline, so the body lies inside it.
 */
function pipeBody(unit: RequestUnit, command: Node, text: string): void {
  const pipeline = command.parent;
  if (pipeline?.type !== 'pipeline') return;
  const at = pipeline.children.findIndex((c) => c?.startIndex === command.startIndex && c.type === command.type);
  const pipe = at > 0 ? pipeline.children[at - 1] : null;
  const producer = at > 1 ? pipeline.children[at - 2] : null;
  const redirect = pipeline.parent;
  const statement = redirect?.parent;
  if (at === 1 && pipe?.type === '|' && redirect?.type === 'heredoc_redirect' && statement?.type === 'redirected_statement') {
    const cat = statement.childForFieldName('body');
    if (cat?.type !== 'command' || !isNamed(cat, text, 'cat') || cat.childrenForFieldName('argument').length) return;
    heredocBody(unit, redirect, text);
    unit.span = { start: Math.min(unit.span.start, statement.startIndex), end: Math.max(unit.span.end, statement.endIndex) };
    return;
  }
  if (pipe?.type !== '|' || producer?.type !== 'command') return;
  const args = producer.childrenForFieldName('argument').filter((n): n is Node => n !== null);
  const argText = (n: Node) => text.slice(n.startIndex, n.endIndex);
  let word: Node | undefined;
  if (isNamed(producer, text, 'echo')) {
    const rest = args.length === 2 && argText(args[0]) === '-n' ? args.slice(1) : args;
    if (rest.length === 1 && !argText(rest[0]).startsWith('-')) word = rest[0];
  } else if (isNamed(producer, text, 'printf')) {
    const format = args[0] ? wordPieces(args[0], text) : [];
    const formatValue = wordValue(format);
    if (args.length === 1 && isLiteral(format) && !/[%\\]/.test(formatValue)) word = args[0];
    else if (args.length === 2 && isLiteral(format) && (formatValue === '%s' || formatValue === '%s\\n')) word = args[1];
  }
  if (!word) return;
  const pieces = wordPieces(word, text);
  if (!pieces.length || (isNamed(producer, text, 'echo') && wordValue(pieces).includes('\\'))) return;
  inlineBody(unit, pieces, pieces[0].a, pieces[pieces.length - 1].b, quotedParts(word));
  unit.span = { start: Math.min(unit.span.start, producer.startIndex), end: unit.span.end };
}

function isNamed(command: Node, text: string, name: string): boolean {
  const n = command.childForFieldName('name');
  return !!n && text.slice(n.startIndex, n.endIndex) === name;
}

