import * as vscode from 'vscode';
import { keepLast, plainText } from './plain-text';

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

  text(terminal: vscode.Terminal): string {
    return keepLast(this.logs.get(terminal) ?? '', MAX_CHARS);
  }

  /** Appends text (also used by tests and by pseudo-terminals that know what they print). */
  append(terminal: vscode.Terminal, data: string): void {
    let log = (this.logs.get(terminal) ?? '') + plainText(data);
    // Trimmed once it is twice the limit, so each character is copied a bounded number of times.
    if (log.length > 2 * MAX_CHARS) log = keepLast(log, MAX_CHARS);
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
