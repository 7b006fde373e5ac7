/**
 * Tree-sitter grammars for requests written in source files (issue 12): VS Code's prebuilt grammars and
 * their runtime from `@vscode/tree-sitter-wasm`, loaded once per process. Minimal version for the shell
 * reader; the `sdk` branch owns this file (same names).
 */
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import * as TreeSitter from '@vscode/tree-sitter-wasm';

export type GrammarName = 'python' | 'typescript' | 'tsx' | 'javascript' | 'bash';
export type Language = TreeSitter.Language;

let runtime: Promise<void> | undefined;
const loading = new Map<GrammarName, Promise<Language>>();
const loaded = new Map<GrammarName, Language>();

/** Where the `.wasm` files are: beside the bundle (dist/) when packaged, else in the package's folder. */
function wasmPath(file: string): string {
  const beside = path.join(__dirname, file);
  if (fs.existsSync(beside)) return beside;
  // Run from source (tsx, tests): the package's own folder (createRequire keeps the bundler from resolving it).
  return path.join(path.dirname(createRequire(__filename).resolve('@vscode/tree-sitter-wasm/package.json')), 'wasm', file);
}

function init(): Promise<void> {
  runtime ??= TreeSitter.Parser.init({ locateFile: (file: string) => wasmPath(file) });
  return runtime;
}

export async function loadGrammar(name: GrammarName): Promise<Language> {
  const done = loaded.get(name);
  if (done) return done;
  let pending = loading.get(name);
  if (!pending) {
    pending = init().then(() => TreeSitter.Language.load(wasmPath(`tree-sitter-${name}.wasm`)));
    pending.then((language) => loaded.set(name, language), () => loading.delete(name));
    loading.set(name, pending);
  }
  return pending;
}

/** The grammar when it has been loaded; undefined until `loadGrammar`/`initGrammars` resolved. */
export function grammarIfLoaded(name: GrammarName): Language | undefined {
  return loaded.get(name);
}

/** Loads every grammar the source splitters use. */
export async function initGrammars(): Promise<void> {
  await Promise.all((['bash'] as GrammarName[]).map((name) => loadGrammar(name).catch(() => undefined)));
}

/** A parser for a loaded grammar (parsers are cheap; one per call keeps the splitters re-entrant). */
export function parserFor(language: Language): TreeSitter.Parser {
  const parser = new TreeSitter.Parser();
  parser.setLanguage(language);
  return parser;
}
