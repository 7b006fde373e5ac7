import type * as vscode from 'vscode';
import type { DocumentSelector, Middleware } from 'vscode-languageclient/node';

/**
 * Read-only places where an error response is shown, given to the server for hover (and Explain Error):
 *
 * - the Output panel: documents of scheme `output`, whatever language the channel has;
 * - httpyac's response views (vscode-httpyac src/view/): `responseViewMode: preview` writes the body to a
 *   temp file `<tmp>/httpyac_tmp/<name>.<ext>` (scheme `file`, language from the extension: json, html,
 *   plaintext…); `open` / `reuse` open an `untitled` document whose language is the content type's
 *   (json, javascript, html, css, markdown, plaintext) or `http` for the full exchange;
 * - REST Client (vscode-restclient src/views/): a webview (`rest-response`) by default, which no language
 *   server can reach; with `rest-client.previewResponseInUntitledDocument` an `untitled` document of
 *   language `http` (or json, javascript, xml, html, css for body-only previews).
 *
 * Untitled documents of any language are already in the selector; these add the rest.
 */
export const READ_ONLY_VIEW_SELECTORS: DocumentSelector = [
  { scheme: 'output' },
  { scheme: 'file', pattern: '**/httpyac_tmp/**' },
];

/**
 * Our own output channel is never sent to the server: with tracing on, each message the server logs would
 * change the channel and be sent again.
 */
export function skipOwnOutput(extensionId: string, channelName: string): Middleware {
  // VS Code names an extension's channel `output:extension-output-<extension id>-#<n>-<channel name>`.
  const own = (document: vscode.TextDocument) => {
    if (document.uri.scheme !== 'output') return false;
    const name = decodeURIComponent(document.uri.toString());
    return name.includes(extensionId) && name.endsWith(`-${channelName}`);
  };
  return {
    didOpen: (document, next) => (own(document) ? Promise.resolve() : next(document)),
    didChange: (event, next) => (own(event.document) ? Promise.resolve() : next(event)),
    didClose: (document, next) => (own(document) ? Promise.resolve() : next(document)),
  };
}
