import * as vscode from 'vscode';
import { isServed } from './serving.ts';

export type ServerState = 'idle' | 'starting' | 'running' | 'stopped';

/**
 * The status-bar item: shown only while the active editor is one the extension lints or explains (not in
 * Settings, the welcome page or a TypeScript file); clicking it opens the output channel.
 */
export function createStatusItem(): { item: vscode.StatusBarItem; setState: (s: ServerState) => void; disposables: vscode.Disposable[] } {
  const item = vscode.window.createStatusBarItem('llmPreflight.status', vscode.StatusBarAlignment.Right, 100);
  item.name = 'LLM Preflight';
  item.command = 'llmPreflight.showOutput';
  const update = (editor = vscode.window.activeTextEditor) => {
    if (editor && isServed(editor.document)) item.show();
    else item.hide();
  };
  const setState = (state: ServerState) => {
    const icons = { idle: '$(circle-outline)', starting: '$(sync~spin)', running: '$(check)', stopped: '$(error)' };
    const states = {
      idle: vscode.l10n.t('not started (nothing to lint or explain yet)'),
      starting: vscode.l10n.t('starting'),
      running: vscode.l10n.t('running'),
      stopped: vscode.l10n.t('stopped'),
    };
    item.text = `${icons[state]} LLM Preflight`;
    item.tooltip = vscode.l10n.t('LLM Preflight language server: {0}. Click to show its output.', states[state]);
    item.backgroundColor = state === 'stopped' ? new vscode.ThemeColor('statusBarItem.errorBackground') : undefined;
  };
  setState('idle');
  update();
  return {
    item,
    setState,
    disposables: [
      item,
      vscode.window.onDidChangeActiveTextEditor((editor) => update(editor)),
      // A document's language can change after it opened (the language picker, another extension's association).
      vscode.workspace.onDidOpenTextDocument(() => update()),
    ],
  };
}
