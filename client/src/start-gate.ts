import * as vscode from 'vscode';
import { hasWork, isServed } from './serving.ts';

/**
 * Starts the language server once there is something for it to do: an open document to lint, an explained
 * document that mentions a failure, or .http/.rest files in the workspace (the user came to edit requests:
 * starting now saves the spawn on the first open). Until then the extension is active but no process runs.
 * Returns the listeners to dispose; `start` runs at most once.
 */
export function startWhenNeeded(start: (reason: string) => Promise<void>): vscode.Disposable {
  let started = false;
  const listeners: vscode.Disposable[] = [];
  const go = (reason: string) => {
    if (started) return;
    started = true;
    for (const l of listeners.splice(0)) l.dispose();
    void start(reason);
  };
  const check = (document: vscode.TextDocument, how: string) => {
    if (hasWork(document)) go(`${how} ${vscode.workspace.asRelativePath(document.uri)} (${document.languageId})`);
  };
  for (const document of vscode.workspace.textDocuments) check(document, 'open document');
  if (!started) {
    listeners.push(
      vscode.workspace.onDidOpenTextDocument((d) => check(d, 'opened')),
      // A paste into a note or an untitled editor: checked after the typing settles, not per keystroke.
      vscode.workspace.onDidChangeTextDocument(debouncePerDocument((d) => check(d, 'edited'), 400)),
    );
    void vscode.workspace.findFiles('**/*.{http,rest}', '**/node_modules/**', 1).then((found) => {
      if (found.length) go(`the workspace holds ${vscode.workspace.asRelativePath(found[0])}`);
    });
  }
  return { dispose: () => { for (const l of listeners.splice(0)) l.dispose(); } };
}

function debouncePerDocument(fn: (d: vscode.TextDocument) => void, ms: number): (e: vscode.TextDocumentChangeEvent) => void {
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  return (e) => {
    if (!isServed(e.document)) return;
    const key = e.document.uri.toString();
    clearTimeout(timers.get(key));
    timers.set(key, setTimeout(() => { timers.delete(key); fn(e.document); }, ms));
  };
}
