// Shared by the tests of issue 16's APIs and dialects.
import type { CompletionItem } from 'vscode-languageserver';
import { bodyContextAt } from '../../server/src/frontend/body-context.ts';
import { completeAt } from '../../server/src/frontend/completion.ts';
import { paramHoverAt } from '../../server/src/frontend/param-hover.ts';

/** `|` marks the cursor. */
export function at(doc: string) {
  const offset = doc.indexOf('|');
  const text = doc.slice(0, offset) + doc.slice(offset + 1);
  const ctx = bodyContextAt(text, offset, { languageId: 'http' });
  const items: CompletionItem[] = ctx ? completeAt(ctx, { snippets: true, positionAt: (o) => ({ line: 0, character: o }) }) : [];
  return { ctx, labels: items.map((i) => i.label), hover: ctx ? paramHoverAt(ctx) : null };
}

