import * as vscode from 'vscode';
import { mayHoldRequests, type SourceKind } from '../../server/src/core/sources/cheap-check.ts';
import { holdsRequest } from './source-requests.ts';

/**
 * Which documents the extension serves. Requests are
 * linted in .http/.rest, JSON and JSON Lines files; pasted error responses are explained in plain text, logs,
 * Markdown and untitled editors. When the server starts: start-gate.ts.
 */
export const LINTED_LANGUAGES = ['http', 'json', 'jsonc', 'jsonl'];
export const EXPLAINED_LANGUAGES = ['plaintext', 'log', 'markdown'];
/** Source code whose SDK calls are linted (llmPreflight.sources.*): served only when it may hold a request. */
export const SOURCE_LANGUAGES: Record<string, SourceKind> = { python: 'python', typescript: 'typescript', typescriptreact: 'typescript', javascript: 'javascript', javascriptreact: 'javascript' };
/** REST Client and httpyac register `http` too; another extension may give these files another language id. */
const LINTED_FILE = /\.(http|rest|jsonl)$/i;
/** Shell scripts are linted when they run `curl`; Markdown when a fenced block holds a request (issue 12). */
export const SCRIPT_LANGUAGES = ['shellscript', 'markdown'];

/** The language client's selector: what the server lints or explains. */
export function documentSelector(): { scheme: string; language?: string; pattern?: string }[] {
  return [
    ...['file', 'untitled'].flatMap((scheme) => [
      { scheme, pattern: '**/*.{http,rest}' },
      { scheme, pattern: '**/*.jsonl' },
      { scheme, pattern: '**/*.{sh,bash}' },
      ...[...new Set([...LINTED_LANGUAGES, ...EXPLAINED_LANGUAGES, ...Object.keys(SOURCE_LANGUAGES), ...SCRIPT_LANGUAGES])].map((language) => ({ scheme, language })),
    ]),
    { scheme: 'untitled' },
  ];
}

export function isLinted(document: vscode.TextDocument): boolean {
  if (!isOurScheme(document)) return false;
  if (LINTED_LANGUAGES.includes(document.languageId) || LINTED_FILE.test(document.fileName)) return true;
  const source = SOURCE_LANGUAGES[document.languageId];
  // Source files: the cheap check (an SDK import or a provider URL) decides; the server checks again on each edit.
  if (source) return mayHoldRequests(document.getText(), source);
  return SCRIPT_LANGUAGES.includes(document.languageId) && holdsRequest(document.languageId, document.getText());
}

/** Served at all: linted, or a place where a pasted error gets explained on hover. */
export function isServed(document: vscode.TextDocument): boolean {
  return isLinted(document) || document.uri.scheme === 'untitled' || (isOurScheme(document) && EXPLAINED_LANGUAGES.includes(document.languageId));
}

function isOurScheme(document: vscode.TextDocument): boolean {
  return document.uri.scheme === 'file' || document.uri.scheme === 'untitled';
}
