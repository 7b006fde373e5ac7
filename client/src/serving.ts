import * as vscode from 'vscode';
import { holdsRequest } from './source-requests.ts';

/**
 * Which documents the extension serves. Requests are
 * linted in .http/.rest, JSON and JSON Lines files; pasted error responses are explained in plain text, logs,
 * Markdown and untitled editors. When the server starts: start-gate.ts.
 */
export const LINTED_LANGUAGES = ['http', 'json', 'jsonc', 'jsonl'];
export const EXPLAINED_LANGUAGES = ['plaintext', 'log', 'markdown'];
/** REST Client and httpyac register `http` too; another extension may give these files another language id. */
const LINTED_FILE = /\.(http|rest|jsonl)$/i;
/** Shell scripts are linted when they run `curl`; Markdown when a fenced block holds a request (issue 12). */
export const SOURCE_LANGUAGES = ['shellscript', 'markdown'];

/** The language client's selector: what the server lints or explains. */
export function documentSelector(): { scheme: string; language?: string; pattern?: string }[] {
  return [
    ...['file', 'untitled'].flatMap((scheme) => [
      { scheme, pattern: '**/*.{http,rest}' },
      { scheme, pattern: '**/*.jsonl' },
      { scheme, pattern: '**/*.{sh,bash}' },
      ...[...LINTED_LANGUAGES, ...EXPLAINED_LANGUAGES, 'shellscript'].map((language) => ({ scheme, language })),
    ]),
    { scheme: 'untitled' },
  ];
}

export function isLinted(document: vscode.TextDocument): boolean {
  if (!isOurScheme(document)) return false;
  if (LINTED_LANGUAGES.includes(document.languageId) || LINTED_FILE.test(document.fileName)) return true;
  return SOURCE_LANGUAGES.includes(document.languageId) && holdsRequest(document.languageId, document.getText());
}


/** Served at all: linted, or a place where a pasted error gets explained on hover. */
export function isServed(document: vscode.TextDocument): boolean {
  return isLinted(document) || document.uri.scheme === 'untitled' || (isOurScheme(document) && EXPLAINED_LANGUAGES.includes(document.languageId));
}

function isOurScheme(document: vscode.TextDocument): boolean {
  return document.uri.scheme === 'file' || document.uri.scheme === 'untitled';
}
