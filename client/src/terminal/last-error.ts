import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { ExplainView } from '../explain-view';
import type { TerminalOutputLog } from './output-log';

/** How much of the terminal's end is searched (the server's findErrors limit is 256 KB). */
const TAIL_CHARS = 192 * 1024;

/**
 * "Explain the Last LLM API Error in the Terminal": the newest error in the active terminal's output,
 * opened in the Explain view — for people who never click links.
 */
export async function explainLastTerminalError(client: LanguageClient | undefined, log: TerminalOutputLog, view: ExplainView): Promise<void> {
  const terminal = vscode.window.activeTerminal;
  if (!terminal || !client) {
    void vscode.window.showInformationMessage(vscode.l10n.t('No terminal is open: run the command with the terminal that printed the error in front.'));
    return;
  }
  const recorded = log.text(terminal);
  const text = (recorded || (await copyTerminalBuffer(terminal))).slice(-TAIL_CHARS);
  const { errors } = text.trim()
    ? await client.sendRequest<{ errors: { start: number }[] }>('llmPreflight/findErrors', { text, from: 0, to: text.length })
    : { errors: [] };
  const last = errors.reduce<{ start: number } | undefined>((a, e) => (!a || e.start > a.start ? e : a), undefined);
  if (!last || !(await view.show(text, last.start))) {
    void vscode.window.showInformationMessage(vscode.l10n.t('No LLM API error was found in the terminal "{0}".', terminal.name));
  }
}

/**
 * Without shell integration there is no log: the terminal's own buffer is read through select-all and
 * copy (xterm joins soft-wrapped rows), and the clipboard is put back as it was.
 */
async function copyTerminalBuffer(terminal: vscode.Terminal): Promise<string> {
  const saved = await vscode.env.clipboard.readText();
  try {
    terminal.show(true);
    await vscode.commands.executeCommand('workbench.action.terminal.selectAll');
    await vscode.commands.executeCommand('workbench.action.terminal.copySelection');
    await vscode.commands.executeCommand('workbench.action.terminal.clearSelection');
    return await vscode.env.clipboard.readText();
  } finally {
    await vscode.env.clipboard.writeText(saved);
  }
}
