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
import { pythonCalls } from './python/index.ts';
import { buildRequest, type BuiltRequest } from './sdk.ts';
import { typescriptCalls } from './typescript/index.ts';
import { mayHoldRequests } from './cheap-check.ts';

export { mayHoldRequests };

export type { SourceKind } from './cheap-check.ts';
import type { SourceKind } from './cheap-check.ts';

export const SOURCE_KINDS: readonly SourceKind[] = ['python', 'typescript', 'javascript', 'shell', 'markdown'];

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
  md: 'markdown',
  markdown: 'markdown',
};

/** The source kind of a document, from its language id or else its file name; null for anything else. */
export function sourceKind(languageId: string | undefined, fileName: string | undefined): SourceKind | null {
  if (languageId && BY_LANGUAGE[languageId]) return BY_LANGUAGE[languageId];
  const ext = fileName?.toLowerCase().match(/\.([a-z]+)$/)?.[1];
  return (ext && BY_EXTENSION[ext]) || null;
}

/** The grammar a source document needs (`.tsx`/`.jsx` and the react language ids take tsx), or null. */
export function grammarOf(kind: SourceKind, languageId?: string, fileName?: string): GrammarName | null {
  const jsx = /\.(tsx|jsx)$/i.test(fileName ?? '') || languageId === 'typescriptreact' || languageId === 'javascriptreact';
  switch (kind) {
    case 'python':
      return 'python';
    case 'typescript':
      return jsx ? 'tsx' : 'typescript';
    case 'javascript':
      return jsx ? 'tsx' : 'javascript';
    case 'shell':
      return 'bash';
    default:
      return null;
  }
}

export interface SourceSplitOptions {
  languageId?: string;
  filePath?: string;
  /** The document's tree when the caller keeps one (the server's incremental parse); parsed here otherwise. */
  tree?: Tree;
}

/** The request units of a source document; [] while its grammar is not loaded. */
export function splitSource(text: string, kind: SourceKind, options: SourceSplitOptions = {}): RequestUnit[] {
  switch (kind) {
    case 'python':
    case 'typescript':
    case 'javascript':
      return splitSdkSource(text, kind, options);
    case 'shell':
    case 'markdown':
      return []; // shell/ and markdown/ (curl and fenced blocks) are another branch's; dispatched here once merged
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
  try {
    const units: RequestUnit[] = [];
    if (kind === 'python') {
      for (const call of pythonCalls(tree, text)) {
        const built = buildRequest(call);
        if (built) units.push(unitOf(text, built, call.span, call.argsSpan, 'python'));
      }
    } else {
      for (const found of typescriptCalls(tree, text)) {
        if (found.kind === 'sdk') {
          const built = buildRequest(found.call);
          if (built) units.push(unitOf(text, built, found.call.span, found.call.argsSpan, 'typescript'));
        } else units.push(unitOf(text, found.request, found.span, found.argsSpan, 'typescript'));
      }
    }
    return units;
  } finally {
    if (!options.tree) tree.delete();
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
