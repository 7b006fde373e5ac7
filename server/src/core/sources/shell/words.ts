/**
 * Shell words read from the bash grammar's nodes: what the shell makes of a word (its value, for options,
 * URLs and headers) and, for a request body, the same text laid out at the exact length it has in the
 * script, so that JSON paths located in it are document offsets (the exact-offset invariant, no body map).
 *
 * A word becomes pieces: literal characters, each with the source range it came from (one character, or
 * two for an escape `\"`), and expansions (`$VAR`, `${VAR}`, `$(…)`, backticks), unknown until run time.
 * Quote characters and escaping backslashes give nothing: they are padding.
 */
import { TEMPLATE_MARK } from '../../json/templates.ts';
import type { Node } from 'web-tree-sitter';

export type Piece = { kind: 'lit'; ch: string; a: number; b: number } | { kind: 'tmpl'; a: number; b: number; name: string };

/** Characters a backslash escapes inside double quotes, and in a heredoc with an unquoted delimiter. */
const DOUBLE_QUOTE_ESCAPES = '$`"\\\n';
const HEREDOC_ESCAPES = '$`\\\n';
/** Node types whose value is only known at run time. */
const EXPANSIONS = new Set(['simple_expansion', 'expansion', 'command_substitution', 'arithmetic_expansion', 'process_substitution']);

/** Counts work for the linear-time test (characters and nodes visited). */
export const wordWork = { steps: 0 };

/** The pieces of an argument node (word, quoted string, concatenation...). */
export function wordPieces(node: Node, text: string): Piece[] {
  const out: Piece[] = [];
  addPieces(node, text, out);
  return out;
}

function addPieces(node: Node, text: string, out: Piece[]): void {
  wordWork.steps++;
  const { type, startIndex: a, endIndex: b } = node;
  if (EXPANSIONS.has(type)) {
    out.push({ kind: 'tmpl', a, b, name: expansionName(text.slice(a, b)) });
    return;
  }
  switch (type) {
    case 'concatenation':
      for (const child of node.children) if (child) addPieces(child, text, out);
      return;
    case 'raw_string': // '…': every character as written
      for (let i = a + 1; i < b - 1; i++) out.push(lit(text, i, i + 1));
      return;
    case 'string': // "…": escapes of $ ` " \ newline, expansions inside
      withExpansions(node, text, a + 1, b - 1, DOUBLE_QUOTE_ESCAPES, out);
      return;
    case 'heredoc_body':
      withExpansions(node, text, a, b, HEREDOC_ESCAPES, out);
      return;
    case 'ansi_c_string': // $'…'
      ansiC(text, a + 2, b - 1, out);
      return;
    case 'word':
    case 'number':
    case 'command_name':
      unquoted(text, a, b, out);
      return;
    default:
      // Anything else (globs, brace expressions, translated strings...) is unknown at lint time.
      out.push({ kind: 'tmpl', a, b, name: 'value' });
  }
}

function lit(text: string, a: number, b: number, at = b - 1): Piece {
  wordWork.steps++;
  return { kind: 'lit', ch: text[at], a, b };
}

/** Text from `from` to `to` with the node's expansion children as templates and backslash escapes undone. */
function withExpansions(node: Node, text: string, from: number, to: number, escapes: string, out: Piece[]): void {
  let i = from;
  for (const child of node.children) {
    if (!child || !EXPANSIONS.has(child.type)) continue;
    escaped(text, i, Math.min(child.startIndex, to), escapes, out);
    out.push({ kind: 'tmpl', a: child.startIndex, b: child.endIndex, name: expansionName(text.slice(child.startIndex, child.endIndex)) });
    i = child.endIndex;
  }
  escaped(text, i, to, escapes, out);
}

function escaped(text: string, from: number, to: number, escapes: string, out: Piece[]): void {
  for (let i = from; i < to; i++) {
    if (text[i] === '\\' && i + 1 < to && escapes.includes(text[i + 1])) {
      if (text[i + 1] !== '\n') out.push(lit(text, i, i + 2));
      i++;
    } else out.push(lit(text, i, i + 1));
  }
}

/** An unquoted word: a backslash escapes any character; a backslash-newline joins lines. */
function unquoted(text: string, from: number, to: number, out: Piece[]): void {
  for (let i = from; i < to; i++) {
    if (text[i] === '\\' && i + 1 < to) {
      if (text[i + 1] !== '\n' && text[i + 1] !== '\r') out.push(lit(text, i, i + 2));
      i++;
    } else out.push(lit(text, i, i + 1));
  }
}

const ANSI_C: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"', '?': '?', a: '\x07', b: '\b', e: '\x1b', E: '\x1b', f: '\f', v: '\v' };

function ansiC(text: string, from: number, to: number, out: Piece[]): void {
  for (let i = from; i < to; i++) {
    const next = text[i + 1];
    if (text[i] === '\\' && i + 1 < to && next in ANSI_C) {
      wordWork.steps++;
      out.push({ kind: 'lit', ch: ANSI_C[next], a: i, b: i + 2 });
      i++;
    } else if (text[i] === '\\' && i + 1 < to) {
      // Octal, hex and unicode escapes: unknown here (not worth decoding in a request body).
      out.push({ kind: 'tmpl', a: i, b: i + 2, name: 'escape' });
      i++;
    } else out.push(lit(text, i, i + 1));
  }
}

/** `$OPENAI_API_KEY`, `${MODEL:-x}`, `$(cat key)` → a name for `{{…}}` (identifier characters only). */
function expansionName(source: string): string {
  const name = /^\$\{?([A-Za-z_][A-Za-z0-9_]*)/.exec(source)?.[1];
  return name ?? 'command';
}

/** What the shell makes of the word, with expansions as `{{name}}` (as a `.http` variable reads). */
export function wordValue(pieces: readonly Piece[]): string {
  let value = '';
  for (const p of pieces) value += p.kind === 'lit' ? p.ch : `{{${p.name}}}`;
  return value;
}

/** True when the word has no expansion: its value is known. */
export function isLiteral(pieces: readonly Piece[]): boolean {
  return pieces.every((p) => p.kind === 'lit');
}

export type Layout = { ok: true; text: string } | { ok: false; reason: string };

/**
 * The body pieces laid out over the source range [from, to) at the same length. Each literal character is
 * put on one of the positions it came from: an escaped `"` that opens a JSON string on the last (the
 * escaping backslash becomes a space before it), one that closes a string on the first (the space after it).
 * Expansions become TEMPLATE_MARK characters inside a JSON string and a quoted placeholder string outside one
 * (as `{{x}}` is masked), taking in the quote characters around them. Padding left inside a JSON string
 * (`'\''` in a single-quoted body, `\\\"` in a double-quoted one) would change the string: the string is
 * masked as unknown instead, as a templated value is. An expansion outside strings too short for a quoted
 * placeholder (`$N` as a number) cannot be laid out: the layout fails and the body is skipped, never mangled.
 */
export function layoutBody(pieces: readonly Piece[], from: number, to: number): Layout {
  const length = to - from;
  const out: string[] = new Array(length).fill(' ');
  /** Cells no piece was placed on, and cells of expansions outside strings. */
  const pad = new Uint8Array(length); // 1: padding outside a string, 2: padding inside a string, 3: expansion outside
  let inString = false;
  let escapedChar = false;
  let stringPads: number[] = [];
  let cursor = from;
  const padTo = (end: number) => {
    for (; cursor < end; cursor++) markPad(cursor);
  };
  const markPad = (at: number) => {
    wordWork.steps++;
    pad[at - from] = inString ? 2 : 1;
    if (inString) stringPads.push(at);
  };
  for (const piece of pieces) {
    if (piece.a < cursor || piece.b > to) return { ok: false, reason: 'its pieces overlap' };
    padTo(piece.a);
    if (piece.kind === 'tmpl') {
      for (let i = piece.a; i < piece.b; i++) {
        wordWork.steps++;
        if (inString) out[i - from] = TEMPLATE_MARK;
        else pad[i - from] = 3;
      }
      cursor = piece.b;
      continue;
    }
    const ch = piece.ch;
    let at: number;
    if (!inString) {
      at = piece.b - 1; // padding before: outside the string (or before a value)
      if (ch === '"') {
        inString = true;
        stringPads = [];
        for (let i = piece.a; i < at; i++) markOutside(i);
      } else for (let i = piece.a; i < at; i++) markOutside(i);
      out[at - from] = ch;
      cursor = piece.b;
      continue;
    }
    at = piece.a; // inside a string: the padding after
    out[at - from] = ch;
    cursor = at + 1;
    if (escapedChar) escapedChar = false;
    else if (ch === '\\') escapedChar = true;
    else if (ch === '"') {
      inString = false;
      closeString();
    }
    padTo(piece.b);
  }
  padTo(to);
  if (inString) closeString();
  // Expansions outside strings: with the padding around them, a string placeholder of the same length.
  for (let i = 0; i < length; i++) {
    if (pad[i] !== 3) continue;
    let start = i;
    let end = i;
    while (end < length && pad[end] === 3) end++;
    while (start > 0 && pad[start - 1] === 1) start--;
    while (end < length && (pad[end] === 1 || pad[end] === 3)) end++;
    wordWork.steps += end - start;
    if (end - start < 3) return { ok: false, reason: 'a variable stands where a value is too short to hold a placeholder' };
    out[start] = '"';
    for (let k = start + 1; k < end - 1; k++) out[k] = TEMPLATE_MARK;
    out[end - 1] = '"';
    i = end - 1;
  }
  return { ok: true, text: out.join('') };

  function markOutside(at: number): void {
    wordWork.steps++;
    pad[at - from] = 1;
  }
  /** A string closed: padding in it makes its value unknown (TEMPLATE_MARK), as an expansion does. */
  function closeString(): void {
    for (const at of stringPads) out[at - from] = TEMPLATE_MARK;
    stringPads = [];
  }
}
