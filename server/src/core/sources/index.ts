/**
 * Requests written where they are used (issue 12): the splitters of source documents. Minimal version for
 * shell scripts and Markdown; the `sdk` branch owns this file (same names) and adds Python and TypeScript.
 */
import type { HttpSplitOptions } from '../http/parse.ts';
import type { RequestUnit } from '../types.ts';
import { mayHoldFence, splitMarkdown } from './markdown/index.ts';
import { mayHoldCurl, splitShell } from './shell/index.ts';

export type SourceKind = 'python' | 'typescript' | 'javascript' | 'shell' | 'markdown';

const BY_LANGUAGE: Record<string, SourceKind> = { shellscript: 'shell', shell: 'shell', markdown: 'markdown' };
const BY_EXTENSION: Record<string, SourceKind> = { sh: 'shell', bash: 'shell', zsh: 'shell', md: 'markdown', markdown: 'markdown' };

/** The kind of a source document from its language id or, failing that, its file name; null for others. */
export function sourceKind(languageId: string | undefined, fileName: string | undefined): SourceKind | null {
  const ext = fileName?.toLowerCase().match(/\.([a-z]+)$/)?.[1];
  return (languageId && BY_LANGUAGE[languageId]) || (ext && BY_EXTENSION[ext]) || null;
}

/** A cheap text test before any parse: false when the document cannot hold a request of its kind. */
export function mayHoldRequests(text: string, kind: SourceKind): boolean {
  if (kind === 'shell') return mayHoldCurl(text);
  if (kind === 'markdown') return mayHoldFence(text);
  return false;
}

/** The requests of a source document (offsets are the document's). Never throws. */
export function splitSource(text: string, kind: SourceKind, options: HttpSplitOptions = {}): RequestUnit[] {
  if (!mayHoldRequests(text, kind)) return [];
  if (kind === 'shell') return splitShell(text, options);
  if (kind === 'markdown') return splitMarkdown(text, options);
  return [];
}
