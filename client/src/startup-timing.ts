import * as vscode from 'vscode';
import type { Middleware } from 'vscode-languageclient/node';

/**
 * Logs when the first diagnostics arrive, counted from activation, so the time to first squiggles can be read
 * in the output channel (and in bench/editor-startup.mjs) instead of guessed.
 */
export function firstDiagnosticsLogger(output: vscode.OutputChannel, activatedAt: number): Middleware {
  let logged = false;
  return {
    handleDiagnostics(uri, diagnostics, next) {
      if (!logged && diagnostics.length) {
        logged = true;
        output.appendLine(vscode.l10n.t('First diagnostics ({0}) for {1}, {2} ms after activation.', String(diagnostics.length), vscode.workspace.asRelativePath(uri), String(Date.now() - activatedAt)));
      }
      next(uri, diagnostics);
    },
  };
}
