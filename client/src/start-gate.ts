import * as vscode from 'vscode';
import { mentionsFailure } from './failure-words.ts';
import { READ_ONLY_VIEW_SELECTORS } from './output-views.ts';
import { EXPLAINED_LANGUAGES, isLinted } from './serving.ts';

export interface StartGate {
  /** Starts the server (once); `reason` goes to the output channel. */
  start: (reason: string) => Promise<void>;
  /** Asks the started server for the hover at a position (the request the first hover could not send itself). */
  hover: (document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken) => Promise<vscode.Hover | null | undefined>;
  /** The server runs already (a command's request started it): its own hover provider answers. */
  isRunning: () => boolean;
}

/** Lines around the hovered one that are read for a failure: an error body pretty-printed over a few lines. */
const WINDOW = 6;

/**
 * Starts the language server once there is something for it to do, not for every note or README:
 * - a document to lint is open or opens (`.http`, `.rest`, JSON, JSON Lines), or the workspace holds `.http` /
 *   `.rest` files (the user came to edit requests: starting now saves the spawn on the first open);
 * - in plain text, logs, Markdown and untitled editors, the first hover over lines that mention a failure
 *   (client/src/failure-words.ts) starts it, waits for it and answers with its hover; Explain Error starts it
 *   through its request. Before that the extension is active but no process runs.
 * Returns the listeners to dispose; the server is started at most once.
 */
export function startWhenNeeded(gate: StartGate): vscode.Disposable {
  let starting: Promise<void> | undefined;
  const listeners: vscode.Disposable[] = [];
  const go = (reason: string): Promise<void> => {
    if (!starting) {
      for (const l of listeners.splice(0)) l.dispose();
      starting = gate.start(reason);
    }
    return starting;
  };
  const check = (document: vscode.TextDocument, how: string) => {
    if (isLinted(document)) void go(`${how} ${vscode.workspace.asRelativePath(document.uri)} (${document.languageId})`);
  };
  for (const document of vscode.workspace.textDocuments) check(document, 'open document');
  if (!starting) {
    listeners.push(
      vscode.workspace.onDidOpenTextDocument((d) => check(d, 'opened')),
      vscode.languages.registerHoverProvider([...EXPLAINED_LANGUAGES.map((language) => ({ language })), { scheme: 'untitled' }, ...(READ_ONLY_VIEW_SELECTORS as vscode.DocumentFilter[])], {
        async provideHover(document, position, token) {
          const from = Math.max(0, position.line - WINDOW);
          const to = Math.min(document.lineCount - 1, position.line + WINDOW);
          const around = document.getText(new vscode.Range(from, 0, to, document.lineAt(to).text.length));
          if (starting || gate.isRunning() || !mentionsFailure(around)) return undefined;
          await go(`a hover over a failure in ${vscode.workspace.asRelativePath(document.uri)} (${document.languageId})`);
          return token.isCancellationRequested ? undefined : gate.hover(document, position, token);
        },
      }),
    );
    void vscode.workspace.findFiles('**/*.{http,rest}', '**/node_modules/**', 1).then((found) => {
      if (found.length) void go(`the workspace holds ${vscode.workspace.asRelativePath(found[0])}`);
    });
  }
  return { dispose: () => { for (const l of listeners.splice(0)) l.dispose(); } };
}
