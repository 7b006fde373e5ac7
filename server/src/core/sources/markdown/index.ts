/**
 * Request examples in Markdown (issue 12): fenced code blocks found by a line scanner (CommonMark fences,
 * https://spec.commonmark.org/0.31.2/#fenced-code-blocks: ``` or ~~~, three or more, an info string, a
 * closing fence of the same character at least as long, an unclosed fence running to the end of the
 * document), each read by the reader of its language:
 *
 * - `bash`/`sh`/`shell`/`zsh`/`curl`: the shell reader (`curl` commands);
 * - `console`/`shell-session`: the same, on the lines after a `$ ` or `% ` prompt and their continuations;
 * - `json`/`jsonc`: a body, only when detection finds an API and the body looks like a request (a README
 *   full of JSON configuration must stay silent: no unit, so no finding, not even a syntax error);
 * - `http`/`rest`: a `.http` document.
 *
 * Every unit keeps document offsets (each block is split on its own text, its offsets shifted).
 */
import { createScanner } from 'jsonc-parser';
import { detectRequest } from '../../detect.ts';
import { splitHttpDocument, type HttpSplitOptions } from '../../http/parse.ts';
import { parseBody } from '../../json/body.ts';
import { isObject } from '../../json/values.ts';
import type { RequestUnit } from '../../types.ts';
import { shiftUnit } from '../../http/incremental.ts';
import { splitShell } from '../shell/index.ts';

export type FenceReader = 'shell' | 'console' | 'json' | 'jsonc' | 'http';

export interface Fence {
  /** The info string's first word, lower case ('' when none). */
  language: string;
  /** The content: from the line after the opening fence to the start of the closing fence line. */
  start: number;
  end: number;
}

const READERS: Record<string, FenceReader> = {
  bash: 'shell', sh: 'shell', shell: 'shell', zsh: 'shell', curl: 'shell',
  console: 'console', 'shell-session': 'console', shellsession: 'console',
  json: 'json', jsonc: 'jsonc', http: 'http', rest: 'http',
};

/** Counts work for the linear-time test (characters looked at by the scanners). */
export const markdownWork = { steps: 0 };

/** Cheap text test: a document without a fence holds no request. */
export function mayHoldFence(text: string): boolean {
  return text.includes('```') || text.includes('~~~');
}

/** Every fenced code block, in order. Linear: each line is looked at once. */
export function scanFences(text: string): Fence[] {
  const fences: Fence[] = [];
  let open: { char: string; length: number; language: string; start: number } | null = null;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const fence = fenceAt(text, lineStart, lineEnd);
    if (open) {
      // A closing fence: the same character, at least as long, nothing after it but spaces.
      if (fence && fence.char === open.char && fence.length >= open.length && fence.info.trim() === '') {
        fences.push({ language: open.language, start: open.start, end: lineStart });
        open = null;
      }
    } else if (fence && !(fence.char === '`' && fence.info.includes('`'))) {
      const language = /^\{?\.?([A-Za-z0-9_+-]*)/.exec(fence.info.trim())![1].toLowerCase();
      open = { char: fence.char, length: fence.length, language, start: Math.min(lineEnd + 1, text.length) };
    }
    if (lineEnd >= text.length) break;
    lineStart = lineEnd + 1;
  }
  if (open) fences.push({ language: open.language, start: open.start, end: text.length });
  return fences;
}

/** A fence line: indentation (spaces and tabs, also in list items), three or more ` or ~, the info string. */
function fenceAt(text: string, from: number, to: number): { char: string; length: number; info: string } | null {
  let i = from;
  while (i < to && (text[i] === ' ' || text[i] === '\t')) {
    markdownWork.steps++;
    i++;
  }
  const char = text[i];
  if (char !== '`' && char !== '~') return null;
  let run = i;
  while (run < to && text[run] === char) {
    markdownWork.steps++;
    run++;
  }
  if (run - i < 3) return null;
  markdownWork.steps += to - run;
  return { char, length: run - i, info: text.slice(run, to).replace(/\r$/, '') };
}

/** The requests of a Markdown document. Never throws. */
export function splitMarkdown(text: string, options: HttpSplitOptions = {}): RequestUnit[] {
  if (!mayHoldFence(text)) return [];
  const units: RequestUnit[] = [];
  for (const fence of scanFences(text)) {
    const reader = READERS[fence.language];
    if (!reader || fence.end <= fence.start) continue;
    try {
      units.push(...readFence(text, fence, reader, options));
    } catch {
      // one block that cannot be read takes nothing from the others
    }
  }
  return units;
}

function readFence(text: string, fence: Fence, reader: FenceReader, options: HttpSplitOptions): RequestUnit[] {
  const content = text.slice(fence.start, fence.end);
  switch (reader) {
    case 'shell':
      return splitShell(content, options).map((u) => shiftUnit(u, fence.start));
    case 'console':
      return splitShell(promptLines(content), options).map((u) => shiftUnit(u, fence.start));
    case 'http':
      return splitHttpDocument(content, options).map((u) => shiftUnit(u, fence.start));
    default: {
      const body = reader === 'jsonc' ? blankComments(content) : content;
      return looksLikeRequest(body) ? [shiftUnit({ span: { start: 0, end: content.length }, headers: [], bodyText: body, bodySpan: { start: 0, end: content.length }, notes: [] }, fence.start)] : [];
    }
  }
}

/**
 * A JSON block is a request when detection finds an API from its shape and it says what it asks of which
 * model (`model`) or has the prompt of a known shape (`messages`, Gemini `contents`, DashScope `input.messages`).
 */
function looksLikeRequest(body: string): boolean {
  const parsed = parseBody(body);
  const value = parsed.value;
  if (!isObject(value)) return false;
  const detection = detectRequest({ span: { start: 0, end: body.length }, headers: [], notes: [] }, value);
  if (!detection.api) return false;
  return typeof value.model === 'string' || Array.isArray(value.messages) || Array.isArray(value.contents) || (isObject(value.input) && Array.isArray(value.input.messages));
}

/** `//` and `/* *\/` comments blanked with spaces (line breaks kept): the same length, as in `.jsonc` files. */
function blankComments(text: string): string {
  if (!text.includes('/')) return text;
  const scanner = createScanner(text, false);
  let out = '';
  let copied = 0;
  for (let token = scanner.scan(); token !== 17 /* EOF */; token = scanner.scan()) {
    if (token !== 12 && token !== 13) continue; // line and block comments
    const start = scanner.getTokenOffset();
    const end = start + scanner.getTokenLength();
    out += text.slice(copied, start) + text.slice(start, end).replace(/[^\r\n]/g, ' ');
    copied = end;
  }
  return out + text.slice(copied);
}

/**
 * A `console` block as a script: the lines after a `$ ` or `% ` prompt (the prompt blanked) and the lines
 * that continue them (a trailing backslash, an open quote, a heredoc until its delimiter); every other line
 * (the output) blanked. Same length, line breaks kept. Linear: each character is looked at once.
 */
export function promptLines(block: string): string {
  let out = '';
  let lineStart = 0;
  let continues = false;
  let quote: '' | "'" | '"' = '';
  let heredoc: string | null = null;
  while (lineStart < block.length) {
    let lineEnd = block.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = block.length;
    const line = block.slice(lineStart, lineEnd);
    markdownWork.steps += line.length + 1;
    if (heredoc !== null) {
      out += line;
      if (line.replace(/^\t+/, '').replace(/\r$/, '') === heredoc) heredoc = null;
    } else if (continues) {
      out += line;
      ({ continues, quote, heredoc } = lineState(line, quote));
    } else {
      const prompt = /^\s*[$%] /.exec(line);
      if (prompt) {
        out += ' '.repeat(prompt[0].length) + line.slice(prompt[0].length);
        ({ continues, quote, heredoc } = lineState(line.slice(prompt[0].length), ''));
      } else out += line.replace(/[^\r]/g, ' ');
    }
    if (lineEnd < block.length) out += '\n';
    lineStart = lineEnd + 1;
  }
  return out;
}

/** After a command line: is a quote still open, does it end with a backslash, does it start a heredoc? */
function lineState(line: string, quote: '' | "'" | '"'): { continues: boolean; quote: '' | "'" | '"'; heredoc: string | null } {
  let heredoc: string | null = null;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote === "'") {
      if (c === "'") quote = '';
    } else if (quote === '"') {
      if (c === '\\') i++;
      else if (c === '"') quote = '';
    } else if (c === '\\') i++;
    else if (c === "'" || c === '"') quote = c;
    else if (c === '#' && (i === 0 || /\s/.test(line[i - 1]))) break;
    else if (c === '<' && line[i + 1] === '<' && line[i + 2] !== '<') {
      const start = /^<<-?\s*(['"]?)([A-Za-z_][A-Za-z0-9_]*)\1/.exec(line.slice(i, i + 80));
      if (start) heredoc = start[2];
    }
  }
  const trimmed = line.replace(/\r$/, '');
  return { continues: quote !== '' || trimmed.endsWith('\\'), quote, heredoc };
}
