import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { grammarOf, mayHoldRequests, sourceKind, SOURCE_SETTING } from '../core/sources/index.ts';
import { loadGrammar, type GrammarName } from '../core/sources/grammars.ts';
import type { SourceSettings } from '../core/sources/settings.ts';

/**
 * Before a check: which source files of a directory walk hold no request (no SDK import, no provider URL:
 * counted in the summary, not linted), and the grammars the others need, loaded (tree-sitter loads
 * asynchronously; the linter is synchronous). A file named on the command line is always linted.
 */
export async function prepareSources(files: string[], settings: SourceSettings, patterns: string[]): Promise<{ withoutRequests: Set<string> }> {
  const named = new Set(patterns.map((p) => resolve(p)));
  const withoutRequests = new Set<string>();
  // A grammar starts loading at the first file that needs it: V8 compiles its wasm off the main thread while the
  // walk goes on reading files.
  const grammars = new Map<GrammarName, Promise<unknown>>();
  for (const file of files) {
    const kind = sourceKind(undefined, file);
    if (!kind) continue;
    if (settings[SOURCE_SETTING[kind] as keyof SourceSettings] === false) {
      if (!named.has(file)) withoutRequests.add(file);
      continue;
    }
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      continue; // the lint reports the read error
    }
    if (!mayHoldRequests(text, kind)) {
      if (!named.has(file)) withoutRequests.add(file);
      continue;
    }
    const grammar = grammarOf(kind, undefined, file);
    if (!grammars.has(grammar)) {
      const loading = loadGrammar(grammar);
      loading.catch(() => {}); // awaited below; not an unhandled rejection meanwhile
      grammars.set(grammar, loading);
    }
  }
  await Promise.all(grammars.values());
  return { withoutRequests };
}

/** Loads the grammar a file of this name needs (standard input with `--stdin-filename app.py`). */
export async function loadGrammarFor(file: string): Promise<void> {
  const kind = sourceKind(undefined, file);
  if (kind) await loadGrammar(grammarOf(kind, undefined, file));
}
