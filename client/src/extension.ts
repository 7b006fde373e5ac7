import * as vscode from 'vscode';
import { LanguageClient, State, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { ExplainView } from './explain-view';
import { READ_ONLY_VIEW_SELECTORS, skipOwnOutput } from './output-views';
import { createTerminalLinks } from './terminal/links';
import { explainLastTerminalError } from './terminal/last-error';
import { TerminalOutputLog } from './terminal/output-log';

/**
 * The VS Code side: starts the bundled language server, shows its state in the status bar, and offers
 * restart / show-output commands. All linting happens in the server.
 */
let client: LanguageClient | undefined;
let explainView: ExplainView | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<ExtensionApi> {
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
    // Requests are linted in http/json/jsonc/jsonl; pasted error responses are explained on hover there
    // and in plain text, logs, markdown and any untitled editor.
    documentSelector: [
      ...['file', 'untitled'].flatMap((scheme) => [
        { scheme, language: 'http' },
        { scheme, pattern: '**/*.{http,rest}' },
        { scheme, language: 'json' },
        { scheme, language: 'jsonc' },
        { scheme, language: 'jsonl' },
        { scheme, pattern: '**/*.jsonl' },
        { scheme, language: 'plaintext' },
        { scheme, language: 'log' },
        { scheme, language: 'markdown' },
      ]),
      { scheme: 'untitled' },
      ...READ_ONLY_VIEW_SELECTORS,
    ],
    middleware: skipOwnOutput(context.extension.id, output.name),
    synchronize: { configurationSection: ['llmPreflight', 'rest-client.environmentVariables'] },
    outputChannel: output,
    // The display language decides the explanations' language when llmPreflight.locale is "auto".
    // In an untrusted workspace (restricted mode) the server reads no .env / private env file and nothing
    // outside the workspace folders; granting trust is sent as llmPreflight/workspaceTrust (it is never revoked
    // within a session: VS Code reloads the window).
    initializationOptions: {
      settings: vscode.workspace.getConfiguration('llmPreflight'),
      displayLanguage: vscode.env.language,
      workspaceTrusted: vscode.workspace.isTrusted,
    },
  };

  client = new LanguageClient('llmPreflight', 'LLM Preflight', serverOptions, clientOptions);
  const view = (explainView = new ExplainView(() => client));
  const terminalLog = new TerminalOutputLog();
  const terminalLinks = createTerminalLinks(() => client, terminalLog, view);
  context.subscriptions.push(
    view,
    terminalLog,
    vscode.window.registerTerminalLinkProvider(terminalLinks),
    vscode.commands.registerCommand('llmPreflight.explainLastTerminalError', () => explainLastTerminalError(client, terminalLog, view)),
    output,
    status,
    client.onDidChangeState((e) => setStatus(status, e.newState === State.Running ? 'running' : e.newState === State.Starting ? 'starting' : 'stopped')),
    vscode.commands.registerCommand('llmPreflight.showOutput', () => output.show(true)),
    vscode.commands.registerCommand('llmPreflight.restartServer', async () => {
      await client?.restart();
      output.appendLine(vscode.l10n.t('Language server restarted.'));
    }),
    vscode.commands.registerCommand('llmPreflight.explainError', () => explainError()),
    vscode.commands.registerCommand('llmPreflight.fixAll', () => fixAllInFile()),
    vscode.workspace.onDidGrantWorkspaceTrust(() => {
      void client?.sendNotification('llmPreflight/workspaceTrust', { trusted: true });
      output.appendLine(vscode.l10n.t('Workspace trusted: .env files and files outside the workspace folder are read now.'));
    }),
  );
  await client.start();
  return { terminalLinks, terminalLog };
}

/** What activate() returns: the terminal link provider and its output log, so the extension-host suite can ask them. */
export interface ExtensionApi {
  terminalLinks: vscode.TerminalLinkProvider;
  terminalLog: TerminalOutputLog;
}

/**
 * "LLM Preflight: Explain Error": the selection (or, without one, the clipboard) goes to the server,
 * which finds every error payload in it; the explanation opens in the read-only Explain view.
 */
async function explainError(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  const selection = editor && !editor.selection.isEmpty ? editor.document.getText(editor.selection) : '';
  const text = selection || (await vscode.env.clipboard.readText());
  if (!text.trim()) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Select an error response (or copy one to the clipboard), then run LLM Preflight: Explain Error.'));
    return;
  }
  if (!(await explainView?.show(text))) {
    void vscode.window.showInformationMessage(vscode.l10n.t('No error response was recognised in the selection or clipboard.'));
  }
}

/** "LLM Preflight: Fix All in File": the server computes every preferred fix; applied only if the file did not change meanwhile. */
async function fixAllInFile(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !client) return;
  const document = editor.document;
  const version = document.version;
  const result = await client.sendRequest<{ applied: number; version?: number; edits: import('vscode-languageclient').TextEdit[] }>('llmPreflight/fixAll', {
    textDocument: { uri: document.uri.toString() },
  });
  if (!result.edits.length || document.version !== version) {
    void vscode.window.showInformationMessage(vscode.l10n.t('LLM Preflight has no automatic fix for this file.'));
    return;
  }
  const edit = new vscode.WorkspaceEdit();
  edit.set(document.uri, await client.protocol2CodeConverter.asTextEdits(result.edits));
  await vscode.workspace.applyEdit(edit);
}

function setStatus(item: vscode.StatusBarItem, state: 'starting' | 'running' | 'stopped'): void {
  const icons = { starting: '$(sync~spin)', running: '$(check)', stopped: '$(error)' };
  const states = { starting: vscode.l10n.t('starting'), running: vscode.l10n.t('running'), stopped: vscode.l10n.t('stopped') };
  item.text = `${icons[state]} LLM Preflight`;
  item.tooltip = vscode.l10n.t('LLM Preflight language server: {0}. Click to show its output.', states[state]);
  item.backgroundColor = state === 'stopped' ? new vscode.ThemeColor('statusBarItem.errorBackground') : undefined;
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
