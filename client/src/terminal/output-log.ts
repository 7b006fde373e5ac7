import * as vscode from 'vscode';
import { plainText } from './plain-text';

/**
 * What each terminal printed, as plain text, read through shell integration (VS Code 1.93+:
 * `onDidStartTerminalShellExecution`, `execution.read()`). The link provider only gets the hovered line
 * (soft-wrapped rows already joined); a JSON body printed over many lines needs the lines around it,
 * which only this log has. Bounded: the last MAX_CHARS per terminal.
 */
const MAX_CHARS = 1024 * 1024;

/** The shell-integration API, typed here because the extension still builds against @types/vscode 1.82. */
interface ShellExecutionStart {
  terminal: vscode.Terminal;
  execution: { read(): AsyncIterable<string> };
}
type ShellExecutionEvent = (listener: (e: ShellExecutionStart) => unknown) => vscode.Disposable;

export class TerminalOutputLog implements vscode.Disposable {
  private readonly logs = new WeakMap<vscode.Terminal, string>();
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor() {
    const onStart = (vscode.window as unknown as { onDidStartTerminalShellExecution?: ShellExecutionEvent }).onDidStartTerminalShellExecution;
    if (onStart) this.subscriptions.push(onStart((e) => void this.record(e)));
    this.subscriptions.push(vscode.window.onDidCloseTerminal((t) => this.logs.delete(t)));
  }

  /** True once shell integration has reported output for this terminal. */
  has(terminal: vscode.Terminal): boolean {
    return this.logs.has(terminal);
  }

  text(terminal: vscode.Terminal): string {
    return this.logs.get(terminal) ?? '';
  }

  /** Appends text (also used by tests and by pseudo-terminals that know what they print). */
  append(terminal: vscode.Terminal, data: string): void {
    let log = (this.logs.get(terminal) ?? '') + plainText(data);
    if (log.length > MAX_CHARS) {
      // Cut at a line start so the first kept line is whole.
      const cut = log.indexOf('\n', log.length - MAX_CHARS);
      log = log.slice(cut >= 0 ? cut + 1 : log.length - MAX_CHARS);
    }
    this.logs.set(terminal, log);
  }

  private async record(e: ShellExecutionStart): Promise<void> {
    try {
      for await (const data of e.execution.read()) this.append(e.terminal, data);
    } catch {
      // The stream ends with the terminal; a broken one only means less context for links.
    }
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
  }
}
