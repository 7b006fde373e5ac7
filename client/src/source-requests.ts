/**
 * Whether a shell script or a Markdown document holds a request the server would check (issue 12): the
 * client's cheap text test before it starts the server for one (start-gate.ts), so a note or a README with
 * no request starts nothing. No vscode import: test/unit/source-requests.test.ts runs it in Node.
 */
const SHELL_FENCE = /^[ \t]*(?:```|~~~)[ \t]*\{?\.?(?:bash|sh|shell|zsh|curl|console|shell-session)\b/im;
const HTTP_FENCE = /^[ \t]*(?:```|~~~)[ \t]*(?:http|rest)\b/im;
const JSON_FENCE = /^[ \t]*(?:```|~~~)[ \t]*jsonc?\b/im;

/** The server's cheap text test, on the client: a note or a README without a request starts no server. */
export function holdsRequest(languageId: string, text: string): boolean {
  if (languageId === 'shellscript') return text.includes('curl');
  if (languageId !== 'markdown') return false;
  return (SHELL_FENCE.test(text) && text.includes('curl')) || HTTP_FENCE.test(text) || (JSON_FENCE.test(text) && /"(?:model|messages|contents)"\s*:/.test(text));
}
