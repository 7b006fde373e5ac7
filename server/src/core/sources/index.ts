/**
 * Requests where they are written: SDK calls in Python and TypeScript/JavaScript (here), curl in shell
 * scripts and request examples in Markdown (`shell/`, `markdown/`). Each source file is split into
 * RequestUnits like a `.http` file; a unit from an SDK call carries a synthesized body and its `bodyMap`
 * (body-map.ts), through which lint.ts places findings and fixes in the source.
 *
 * Parsing needs the tree-sitter grammars (grammars.ts), loaded asynchronously: `splitSource` is synchronous
 * and returns no unit while the document's grammar is not loaded yet (the CLI awaits `initGrammars` and
 * `loadGrammar` first; the server loads on the first source document and lints again when ready).
 */
import type { Tree } from 'web-tree-sitter';
import type { RequestUnit } from '../types.ts';
import { synthesize } from './body-map.ts';
import { parserFor, type GrammarName } from './grammars.ts';
import { pythonArguments, pythonCalls } from './python/index.ts';
import { buildRequest, type BuiltRequest, type SdkCall } from './sdk.ts';
import { typescriptBody, typescriptCalls } from './typescript/index.ts';
import type { Span } from '../types.ts';
import type { SynthValue } from './body-map.ts';
import { mayHoldRequests } from './cheap-check.ts';
import { changedRange } from './changed.ts';
import type { HttpSplitOptions } from '../http/parse.ts';
import { mayHoldFence, splitMarkdown } from './markdown/index.ts';
import { splitShell, type ShellSplitState } from './shell/index.ts';

export { mayHoldRequests };
export { changedRange };

export type { SourceKind } from './cheap-check.ts';
import type { SourceKind } from './cheap-check.ts';


/** The setting name (`llmPreflight.sources.<name>`, the CLI config's `sources`) of each kind. */
export const SOURCE_SETTING: Record<SourceKind, string> = { python: 'python', typescript: 'typescript', javascript: 'javascript', shell: 'shellscript', markdown: 'markdown' };

/** File extensions the CLI's directory walk takes as source files. */
export const SOURCE_EXTENSIONS = ['py', 'ts', 'tsx', 'mts', 'cts', 'js', 'jsx', 'mjs', 'cjs', 'sh', 'bash', 'md', 'markdown'] as const;

const BY_LANGUAGE: Record<string, SourceKind> = {
  python: 'python',
  typescript: 'typescript',
  typescriptreact: 'typescript',
  javascript: 'javascript',
  javascriptreact: 'javascript',
  shellscript: 'shell',
  shell: 'shell',
  markdown: 'markdown',
};

const BY_EXTENSION: Record<string, SourceKind> = {
  py: 'python',
  pyi: 'python',
  ts: 'typescript',
  tsx: 'typescript',
  mts: 'typescript',
  cts: 'typescript',
  js: 'javascript',
  jsx: 'javascript',
  mjs: 'javascript',
  cjs: 'javascript',
  sh: 'shell',
  bash: 'shell',
  zsh: 'shell',
  md: 'markdown',
  markdown: 'markdown',
};

/** The source kind of a document, from its language id or else its file name; null for anything else. */
export function sourceKind(languageId: string | undefined, fileName: string | undefined): SourceKind | null {
  if (languageId && BY_LANGUAGE[languageId]) return BY_LANGUAGE[languageId];
  const ext = fileName?.toLowerCase().match(/\.([a-z]+)$/)?.[1];
  return (ext && BY_EXTENSION[ext]) || null;
}

/**
 * The grammar a source document needs loaded (`.tsx`/`.jsx` and the react language ids take tsx; shell scripts and
 * Markdown, whose shell fences are read one by one, take bash).
 */
export function grammarOf(kind: SourceKind, languageId?: string, fileName?: string): GrammarName {
  const jsx = /\.(tsx|jsx)$/i.test(fileName ?? '') || languageId === 'typescriptreact' || languageId === 'javascriptreact';
  switch (kind) {
    case 'python':
      return 'python';
    case 'typescript':
      return jsx ? 'tsx' : 'typescript';
    case 'javascript':
      return jsx ? 'tsx' : 'javascript';
    case 'shell':
    case 'markdown':
      return 'bash';
  }
}

export interface SourceSplitOptions {
  languageId?: string;
  filePath?: string;
  /** The `.http` splitter's options (file reading, trust, variables): curl `@file` bodies and Markdown `http` blocks. */
  http?: HttpSplitOptions;
  /** The document's tree when the caller keeps one (the server's incremental parse); parsed here otherwise. */
  tree?: Tree;
  /**
   * The last split of this document (the server keeps one per open document, with `tree`): an edit inside one
   * call's arguments re-reads only that argument list and moves the requests after it, instead of querying
   * the whole tree again. Filled in by every split.
   */
  state?: SourceSplitState;
}

/** What a document's last split leaves for the next one (opaque to callers). */
export interface SourceSplitState {
  /** A shell script's last split (shell/index.ts). */
  shell?: ShellSplitState;
  text?: string;
  imports?: ReadonlyMap<string, unknown>;
  entries?: SplitEntry[];
}

interface SplitEntry {
  built: BuiltRequest;
  span: Span;
  argsSpan: Span;
  /** The SDK call, to build again with new arguments; null for fetch / axios (never re-read alone). */
  call: SdkCall | null;
  unit: RequestUnit;
}

/** The request units of a source document; [] while its grammar is not loaded. */
export function splitSource(text: string, kind: SourceKind, options: SourceSplitOptions = {}): RequestUnit[] {
  switch (kind) {
    case 'python':
    case 'typescript':
    case 'javascript':
      return splitSdkSource(text, kind, options);
    case 'shell':
      return splitShell(text, options.http ?? {}, options.tree, options.state && (options.state.shell ??= {}));
    case 'markdown':
      return mayHoldFence(text) ? splitMarkdown(text, options.http ?? {}) : [];
  }
}

/** A tree of `text` for `kind`, or undefined when its grammar is not loaded. */
export function parseSource(text: string, grammar: GrammarName, old?: Tree): Tree | undefined {
  const parser = parserFor(grammar);
  return parser?.parse(text, old) ?? undefined;
}

function splitSdkSource(text: string, kind: 'python' | 'typescript' | 'javascript', options: SourceSplitOptions): RequestUnit[] {
  if (!mayHoldRequests(text, kind)) return [];
  const grammar = grammarOf(kind, options.languageId, options.filePath)!;
  const tree = options.tree ?? parseSource(text, grammar);
  if (!tree) return [];
  const language = kind === 'python' ? 'python' : 'typescript';
  try {
    const state = options.state;
    const again = state && options.tree ? splitAgain(text, language, options.tree, state) : null;
    if (again) return again;
    const entries: SplitEntry[] = [];
    const context: { imports?: ReadonlyMap<string, unknown> } = {};
    const add = (built: BuiltRequest | null, span: Span, argsSpan: Span, call: SdkCall | null) => {
      if (built) entries.push({ built, span, argsSpan, call, unit: unitOf(text, built, span, argsSpan, language) });
    };
    if (kind === 'python') {
      for (const call of pythonCalls(tree, text, context)) add(buildRequest(call), call.span, call.argsSpan, call);
    } else {
      for (const found of typescriptCalls(tree, text, context)) {
        if (found.kind === 'sdk') add(buildRequest(found.call), found.call.span, found.call.argsSpan, found.call);
        else add(found.request, found.span, found.argsSpan, null);
      }
    }
    if (state) Object.assign(state, { text, imports: context.imports, entries });
    return entries.map((e) => e.unit);
  } finally {
    if (!options.tree) tree.delete();
  }
}

/**
 * An edit strictly inside one SDK call's arguments: that argument list is read again from the new tree, the
 * calls before it are kept and the ones after it moved; null when the edit reaches anything else (then the
 * whole tree is read again).
 */
function splitAgain(text: string, language: 'python' | 'typescript', tree: Tree, state: SourceSplitState): RequestUnit[] | null {
  if (state.text === undefined || !state.entries || !state.imports) return null;
  if (state.text === text) return state.entries.map((e) => e.unit);
  const edit = changedRange(state.text, text);
  const delta = edit.newEnd - edit.oldEnd;
  const i = state.entries.findIndex((e) => e.call && e.argsSpan.start < edit.start && edit.oldEnd < e.argsSpan.end);
  if (i < 0 || state.entries.some((e, k) => k !== i && e.span.start < edit.oldEnd && edit.start < e.span.end)) return null;
  const old = state.entries[i];
  const argsSpan = { start: old.argsSpan.start, end: old.argsSpan.end + delta };
  let node = tree.rootNode.descendantForIndex(argsSpan.start, argsSpan.end);
  while (node && node.endIndex - node.startIndex < argsSpan.end - argsSpan.start) node = node.parent;
  if (!node || node.startIndex !== argsSpan.start || node.endIndex !== argsSpan.end || node.hasError || node.type !== (language === 'python' ? 'argument_list' : 'object')) return null;
  let args: { members: SdkCall['args']; open?: Span };
  if (language === 'python') args = pythonArguments(node, text, state.imports);
  else {
    const value = typescriptBody(node, state.imports);
    if (value.kind !== 'object') return null;
    args = { members: value.members, open: value.open };
  }
  const span = { start: old.span.start, end: old.span.end + delta };
  const call: SdkCall = { ...old.call!, args: args.members, open: args.open, span, argsSpan };
  const built = buildRequest(call);
  if (!built) return null;
  const entries = state.entries.map((e, k): SplitEntry => {
    if (k < i) return e;
    if (k === i) return { built, span, argsSpan, call, unit: unitOf(text, built, span, argsSpan, language) };
    const move = (s: Span): Span => ({ start: s.start + delta, end: s.end + delta });
    const moved: BuiltRequest = { url: e.built.url, headers: e.built.headers.map((h) => ({ ...h, span: move(h.span) })), body: movedValue(e.built.body, move) as BuiltRequest['body'] };
    const movedCall = e.call && { ...e.call, span: move(e.call.span), argsSpan: move(e.call.argsSpan), args: (movedValue({ kind: 'object', members: e.call.args }, move) as { members: SdkCall['args'] }).members, open: e.call.open && move(e.call.open) };
    return { built: moved, span: move(e.span), argsSpan: move(e.argsSpan), call: movedCall, unit: unitOf(text, moved, move(e.span), move(e.argsSpan), language) };
  });
  Object.assign(state, { text, entries });
  return entries.map((e) => e.unit);
}

/** A value tree with every source span moved. */
function movedValue(value: SynthValue, move: (s: Span) => Span): SynthValue {
  switch (value.kind) {
    case 'object':
      return {
        ...value,
        ...(value.src && { src: move(value.src) }),
        ...(value.open && { open: move(value.open) }),
        members: value.members.map((m) => ({ ...m, value: movedValue(m.value, move), ...(m.keySrc && { keySrc: move(m.keySrc) }), ...(m.memberSrc && { memberSrc: move(m.memberSrc) }) })),
      };
    case 'array':
      return { ...value, ...(value.src && { src: move(value.src) }), items: value.items.map((v) => movedValue(v, move)) };
    default:
      return value.src ? ({ ...value, src: move(value.src) } as SynthValue) : value;
  }
}

function unitOf(text: string, built: BuiltRequest, span: RequestUnit['span'], argsSpan: RequestUnit['span'], language: 'python' | 'typescript'): RequestUnit {
  const synth = synthesize(built.body, text, language, argsSpan);
  // The request line is the callee (`client.chat.completions.create`): where header and URL findings land.
  const paren = text.lastIndexOf('(', argsSpan.start);
  const callee = { start: span.start, end: paren > span.start ? paren : span.end };
  return {
    span,
    method: 'POST',
    rawUrl: built.url,
    url: built.url,
    requestLineSpan: callee,
    headers: built.headers,
    bodyText: synth.text,
    bodySpan: argsSpan,
    bodyMap: synth.map,
    notes: [],
  };
}
