import * as vscode from 'vscode';
import { mayHoldRequests, type SourceKind } from '../../server/src/core/sources/cheap-check.ts';

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
/** Shell scripts are linted when they run `curl`; Markdown when a fenced block may hold a request (issue 12). */
export const SCRIPT_LANGUAGES: Record<string, SourceKind> = { shellscript: 'shell', markdown: 'markdown' };

/** The language client's selector: what the server lints or explains. */
export function documentSelector(): { scheme: string; language?: string; pattern?: string }[] {
  return [
    ...['file', 'untitled'].flatMap((scheme) => [
      { scheme, pattern: '**/*.{http,rest}' },
      { scheme, pattern: '**/*.jsonl' },
      { scheme, pattern: '**/*.{sh,bash}' },
      ...[...new Set([...LINTED_LANGUAGES, ...EXPLAINED_LANGUAGES, ...Object.keys(SOURCE_LANGUAGES), ...Object.keys(SCRIPT_LANGUAGES)])].map((language) => ({ scheme, language })),
    ]),
    { scheme: 'untitled' },
  ];
}

export function isLinted(document: vscode.TextDocument): boolean {
  if (!isOurScheme(document)) return false;
  if (LINTED_LANGUAGES.includes(document.languageId) || LINTED_FILE.test(document.fileName)) return true;
  // Source files, scripts and Markdown: the server's own cheap check (an SDK import, a provider URL, a curl, a
  // request fence) decides, so a note or a README without a request starts no server; the server checks again on each edit.
  const id = document.languageId;
  const source = Object.hasOwn(SOURCE_LANGUAGES, id) ? SOURCE_LANGUAGES[id] : Object.hasOwn(SCRIPT_LANGUAGES, id) ? SCRIPT_LANGUAGES[id] : undefined;
  return !!source && mayHoldRequests(document.getText(), source);
}

/** Served at all: linted, or a place where a pasted error gets explained on hover. */
export function isServed(document: vscode.TextDocument): boolean {
  return isLinted(document) || document.uri.scheme === 'untitled' || (isOurScheme(document) && EXPLAINED_LANGUAGES.includes(document.languageId));
}

function isOurScheme(document: vscode.TextDocument): boolean {
  return document.uri.scheme === 'file' || document.uri.scheme === 'untitled';
}
