import * as vscode from 'vscode';

/**
 * Which documents the extension serves, and when one is worth starting the language server for. Requests are
 * linted in .http/.rest, JSON and JSON Lines files; pasted error responses are explained in plain text, logs,
 * Markdown and untitled editors. The server does not start for every note or README: a plain-text, log or
 * Markdown document starts it only once its text mentions a failure (see `mentionsFailure`).
 */
export const LINTED_LANGUAGES = ['http', 'json', 'jsonc', 'jsonl'];
export const EXPLAINED_LANGUAGES = ['plaintext', 'log', 'markdown'];
/** REST Client and httpyac register `http` too; another extension may give these files another language id. */
const LINTED_FILE = /\.(http|rest|jsonl)$/i;

/** The language client's selector: what the server lints or explains. */
export function documentSelector(): { scheme: string; language?: string; pattern?: string }[] {
  return [
    ...['file', 'untitled'].flatMap((scheme) => [
      { scheme, pattern: '**/*.{http,rest}' },
      { scheme, pattern: '**/*.jsonl' },
      ...[...LINTED_LANGUAGES, ...EXPLAINED_LANGUAGES].map((language) => ({ scheme, language })),
    ]),
    { scheme: 'untitled' },
  ];
}

export function isLinted(document: vscode.TextDocument): boolean {
  return isOurScheme(document) && (LINTED_LANGUAGES.includes(document.languageId) || LINTED_FILE.test(document.fileName));
}

/** Served at all: linted, or a place where a pasted error gets explained on hover. */
export function isServed(document: vscode.TextDocument): boolean {
  return isLinted(document) || document.uri.scheme === 'untitled' || (isOurScheme(document) && EXPLAINED_LANGUAGES.includes(document.languageId));
}

/** Worth a running server: something to lint, or an explained document whose text mentions a failure. */
export function hasWork(document: vscode.TextDocument): boolean {
  return isLinted(document) || (isServed(document) && mentionsFailure(document.getText()));
}

function isOurScheme(document: vscode.TextDocument): boolean {
  return document.uri.scheme === 'file' || document.uri.scheme === 'untitled';
}

// Deliberately generous (a false alarm costs one idle process; a miss costs a hover): the words and status
// lines that every error report the server explains carries somewhere, in the four languages it explains in.
const FAILURE = new RegExp(
  [
    'error', 'exception', 'fail', 'invalid', 'denied', 'unauthori[sz]ed', 'forbidden', 'not found', 'quota', 'rate.?limit', 'overload',
    'throttl', 'too many requests', 'unavailable', 'bad gateway', 'timed? ?out', 'insufficient', 'exceeded', 'refused', 'arrearage',
    '"status"\\s*:\\s*[45]\\d\\d', 'HTTP/\\S+\\s+[45]\\d\\d', '\\bstatus\\W{1,3}[45]\\d\\d\\b', '\\b[45]\\d\\d\\s+[A-Z][a-z]',
    '错误', '錯誤', '失败', '失敗', '异常', '異常', '限流', '额度', '額度', '余额', '餘額', '欠费', '欠費', '超时', '超時',
    'erreur', 'échec', 'refusé',
  ].join('|'),
  'i',
);

/** Looks at the first 2 MB only: a larger log still starts the server if its head mentions a failure. */
export function mentionsFailure(text: string): boolean {
  return FAILURE.test(text.length > 2_000_000 ? text.slice(0, 2_000_000) : text);
}
