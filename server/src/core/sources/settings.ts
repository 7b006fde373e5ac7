import { mayHoldRequests, SOURCE_SETTING, type SourceKind } from './index.ts';

/** `llmPreflight.sources.<python|typescript|javascript|shellscript|markdown>` (default true). */
export type SourceSettings = Partial<Record<'python' | 'typescript' | 'javascript' | 'shellscript' | 'markdown', boolean>>;

/** True when a source document is not linted: its kind is turned off, or the cheap text check finds no request. */
export function isSourceOff(kind: string, text: string, settings: SourceSettings | undefined): boolean {
  const setting = (SOURCE_SETTING as Record<string, string | undefined>)[kind];
  if (!setting) return false; // not a source kind
  return settings?.[setting as keyof SourceSettings] === false || !mayHoldRequests(text, kind as SourceKind);
}
