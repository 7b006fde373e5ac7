import type { Tree } from 'web-tree-sitter';
import { grammarIfLoaded, loadGrammar, type GrammarName } from '../core/sources/grammars.ts';
import { changedRange, grammarOf, parseSource, sourceKind, type SourceSplitState } from '../core/sources/index.ts';

/**
 * The server's tree-sitter trees of open source documents, re-parsed incrementally: an edit is found as the
 * changed middle between the old and new text (common prefix and suffix), given to the old tree with
 * `tree.edit`, and `parse(text, oldTree)` reuses every subtree outside it. Trees live in wasm memory: a
 * replaced or closed document's tree is deleted.
 */
export class SourceTrees {
  private readonly trees = new Map<string, { text: string; grammar: GrammarName; tree: Tree; state: SourceSplitState }>();

  /** The grammar a document needs loaded (Markdown: bash, for its shell fences), or null when it is no source document. */
  grammarFor(languageId: string, filePath: string | undefined): GrammarName | null {
    const kind = sourceKind(languageId, filePath);
    return kind ? grammarOf(kind, languageId, filePath) : null;
  }

  /** Whether the document is one tree of that grammar, kept here (Markdown is not: its fences are parsed one by one). */
  keepsTree(languageId: string, filePath: string | undefined): boolean {
    const kind = sourceKind(languageId, filePath);
    return !!kind && kind !== 'markdown';
  }

  /** Loads the grammar when it is not loaded yet; false when it is ready at once. */
  async ensureLoaded(grammar: GrammarName): Promise<boolean> {
    if (grammarIfLoaded(grammar)) return false;
    await loadGrammar(grammar);
    return true;
  }

  /** The split state of this document (sources/index.ts: an edit inside one call re-reads only that call). */
  stateFor(uri: string): SourceSplitState | undefined {
    return this.trees.get(uri)?.state;
  }

  /** The tree of `text` for this document, from its last tree when there is one. */
  treeFor(uri: string, text: string, grammar: GrammarName): Tree | undefined {
    const last = this.trees.get(uri);
    let tree: Tree | undefined;
    if (last && last.grammar === grammar) {
      if (last.text === text) return last.tree;
      last.tree.edit(editBetween(last.text, text));
      tree = parseSource(text, grammar, last.tree);
      last.tree.delete();
    } else {
      last?.tree.delete();
      tree = parseSource(text, grammar);
    }
    if (tree) this.trees.set(uri, { text, grammar, tree, state: last && last.grammar === grammar ? last.state : {} });
    else this.trees.delete(uri);
    return tree;
  }

  close(uri: string): void {
    this.trees.get(uri)?.tree.delete();
    this.trees.delete(uri);
  }
}

/** The one edit that turns `before` into `after` (prefix and suffix kept), in tree-sitter's terms. */
export function editBetween(before: string, after: string) {
  const { start, oldEnd, newEnd } = changedRange(before, after);
  return {
    startIndex: start,
    oldEndIndex: oldEnd,
    newEndIndex: newEnd,
    startPosition: pointAt(before, start),
    oldEndPosition: pointAt(before, oldEnd),
    newEndPosition: pointAt(after, newEnd),
  };
}

function pointAt(text: string, index: number): { row: number; column: number } {
  let row = 0;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < index; i = text.indexOf('\n', i + 1)) {
    row++;
    lineStart = i + 1;
  }
  return { row, column: index - lineStart };
}
