/**
 * Tree-sitter grammars for source files (SDK calls in Python and TypeScript/JavaScript, curl in shell).
 *
 * Runtime: `web-tree-sitter` 0.25 (LANGUAGE_VERSION 15, MIN_COMPATIBLE_VERSION 13). The grammars are the ones
 * VS Code ships prebuilt in `@vscode/tree-sitter-wasm` 0.3 (python, javascript, bash: ABI 15; typescript, tsx:
 * ABI 14), all inside that range; no native build. Both runtimes (this one and the package's own
 * `tree-sitter.js`) load all five; web-tree-sitter is the one with an npm entry and typings.
 *
 * The `.wasm` files are found next to the bundle (`dist/`, where esbuild.mjs copies them, and so in the
 * `.vsix`), else in node_modules (tests run from source with tsx). Loading is asynchronous; `initGrammars`
 * is idempotent and `loadGrammar` caches each language, so callers may await them as often as they like.
 */
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import type { Language, Parser } from 'web-tree-sitter';

export type GrammarName = 'python' | 'typescript' | 'tsx' | 'javascript' | 'bash';
export type { Language, Parser };

export const GRAMMAR_NAMES: readonly GrammarName[] = ['python', 'typescript', 'tsx', 'javascript', 'bash'];

/**
 * web-tree-sitter itself, required on first use: a process that never reads a source file (the language
 * server with only `.http` documents open) does not load it. The server's build keeps it in its own bundle,
 * `dist/web-tree-sitter.js` (esbuild.mjs).
 */
let treeSitterModule: typeof import('web-tree-sitter') | undefined;
export function treeSitter(): typeof import('web-tree-sitter') {
  return (treeSitterModule ??= require('web-tree-sitter') as typeof import('web-tree-sitter'));
}

let runtime: Promise<void> | undefined;
const languages = new Map<GrammarName, Promise<Language>>();
const loaded = new Map<GrammarName, Language>();

/**
 * Where `file` is: next to the bundle first, then in its package. The runtime's own `tree-sitter.wasm` must be
 * web-tree-sitter's (the one in @vscode/tree-sitter-wasm belongs to that package's JS and fails to link);
 * the grammars are @vscode/tree-sitter-wasm's.
 */
function wasmPath(file: string): string {
  const candidates = [path.join(__dirname, file)];
  const entry = file === 'tree-sitter.wasm' ? 'web-tree-sitter' : '@vscode/tree-sitter-wasm'; // their main files sit beside the wasm
  try {
    candidates.push(path.join(path.dirname(require.resolve(entry)), file));
  } catch {
    // not installed (the packaged extension): the copies in dist/ are the ones
  }
  return candidates.find((c) => existsSync(c)) ?? candidates[0];
}

/** Loads the tree-sitter runtime once. */
export function initGrammars(): Promise<void> {
  runtime ??= treeSitter().Parser.init({ locateFile: (file: string) => wasmPath(file) }).catch((error: unknown) => {
    runtime = undefined; // a later call may try again
    throw error;
  });
  return runtime;
}

/** The grammar `name`, loaded once. */
export function loadGrammar(name: GrammarName): Promise<Language> {
  let pending = languages.get(name);
  if (!pending) {
    pending = initGrammars()
      .then(() => treeSitter().Language.load(wasmPath(`tree-sitter-${name}.wasm`)))
      .then((language) => {
        loaded.set(name, language);
        return language;
      });
    pending.catch(() => languages.delete(name));
    languages.set(name, pending);
  }
  return pending;
}

/** The grammar when it is already loaded (synchronous callers: the linter), else undefined. */
export function grammarIfLoaded(name: GrammarName): Language | undefined {
  return loaded.get(name);
}

/** Loads every grammar (the CLI before a job with source files; tests). */
export async function loadAllGrammars(): Promise<void> {
  await Promise.all(GRAMMAR_NAMES.map(loadGrammar));
}

/** A parser for `name` when its grammar is loaded: one parser per grammar, reused (parsing is synchronous). */
const parsers = new Map<GrammarName, Parser>();
export function parserFor(name: GrammarName): Parser | undefined {
  const language = loaded.get(name);
  if (!language) return undefined;
  let parser = parsers.get(name);
  if (!parser) {
    parser = new (treeSitter().Parser)();
    parser.setLanguage(language);
    parsers.set(name, parser);
  }
  return parser;
}
