import * as vscode from 'vscode';
import { LanguageClient, State, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

/**
 * The VS Code side: starts the bundled language server, shows its state in the status bar, and offers
 * restart / show-output commands. All linting happens in the server.
 */
let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('LLM Preflight');
  const status = vscode.window.createStatusBarItem('llmPreflight.status', vscode.StatusBarAlignment.Right, 100);
  status.name = 'LLM Preflight';
  status.command = 'llmPreflight.showOutput';
  setStatus(status, 'starting');
  status.show();

  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    // REST Client and httpyac register `http` too; the pattern keeps .http/.rest files linted whatever
    // language id another extension gave them.
    documentSelector: ['file', 'untitled'].flatMap((scheme) => [
      { scheme, language: 'http' },
      { scheme, pattern: '**/*.{http,rest}' },
      { scheme, language: 'json' },
      { scheme, language: 'jsonc' },
      { scheme, language: 'jsonl' },
      { scheme, pattern: '**/*.jsonl' },
    ]),
    synchronize: { configurationSection: ['llmPreflight', 'rest-client.environmentVariables'] },
    outputChannel: output,
    initializationOptions: { settings: vscode.workspace.getConfiguration('llmPreflight') },
  };

  client = new LanguageClient('llmPreflight', 'LLM Preflight', serverOptions, clientOptions);
  context.subscriptions.push(
    output,
    status,
    client.onDidChangeState((e) => setStatus(status, e.newState === State.Running ? 'running' : e.newState === State.Starting ? 'starting' : 'stopped')),
    vscode.commands.registerCommand('llmPreflight.showOutput', () => output.show(true)),
    vscode.commands.registerCommand('llmPreflight.restartServer', async () => {
      await client?.restart();
      output.appendLine('Language server restarted.');
    }),
  );
  await client.start();
}

function setStatus(item: vscode.StatusBarItem, state: 'starting' | 'running' | 'stopped'): void {
  const icons = { starting: '$(sync~spin)', running: '$(check)', stopped: '$(error)' };
  item.text = `${icons[state]} LLM Preflight`;
  item.tooltip = `LLM Preflight language server: ${state}. Click to show its output.`;
  item.backgroundColor = state === 'stopped' ? new vscode.ThemeColor('statusBarItem.errorBackground') : undefined;
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
