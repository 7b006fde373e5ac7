import * as path from 'node:path';
import * as vscode from 'vscode';
import { HoverRequest, LanguageClient, State, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { WATCHED_ENV_FILES } from '../../server/src/frontend/watched-files.ts';
import { firstDiagnosticsLogger } from './startup-timing.ts';
import { documentSelector } from './serving.ts';
import { startWhenNeeded } from './start-gate.ts';
import { createStatusItem } from './status-item.ts';
import { ExplainView } from './explain-view';
import { READ_ONLY_VIEW_SELECTORS, skipOwnOutput } from './output-views';
import { createTerminalLinks } from './terminal/links';
import { explainLastTerminalError } from './terminal/last-error';
import { TerminalOutputLog } from './terminal/output-log';

/**
 * The VS Code side: starts the bundled language server once there is something to lint or explain
 * (start-gate.ts), shows its state in the status bar of the editors it serves, and offers restart / show-output
 * commands. All linting happens in the server.
 */
let client: LanguageClient | undefined;
let explainView: ExplainView | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<ExtensionApi> {
  const activatedAt = Date.now();
  const output = vscode.window.createOutputChannel('LLM Preflight');
  const status = createStatusItem();

  const module = context.asAbsolutePath('dist/server.js');
  // Run: the bundle behind a V8 code cache kept in our global storage (server/src/server-cached.ts), which
  // roughly halves the server's start-up. Debug: the bundle itself, with its source map.
  const cached = { LLM_PREFLIGHT_CODE_CACHE: path.join(context.globalStorageUri.fsPath, 'code-cache') };
  const serverOptions: ServerOptions = {
    run: { module: context.asAbsolutePath('dist/server-cached.js'), transport: TransportKind.ipc, options: { env: { ...process.env, ...cached } } },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    // Requests are linted in http/json/jsonc/jsonl (and .http/.rest/.jsonl files whatever language id another
    // extension gave them); pasted error responses are explained on hover in plain text, logs, markdown and any
    // untitled editor (client/src/serving.ts).
    documentSelector: [...documentSelector(), ...READ_ONLY_VIEW_SELECTORS],
    synchronize: {
      configurationSection: ['llmPreflight', 'rest-client.environmentVariables'],
      // Env files feed {{variables}}: a change re-lints (the server's start-up line lists them).
      fileEvents: vscode.workspace.createFileSystemWatcher(`**/{${WATCHED_ENV_FILES.join(',')}}`),
    },
    outputChannel: output,
    middleware: { ...skipOwnOutput(context.extension.id, output.name), ...firstDiagnosticsLogger(output, activatedAt) },
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
  output.appendLine(vscode.l10n.t('LLM Preflight {0} activated (extension host pid {1}, VS Code {2}, display language {3}).', String(context.extension.packageJSON.version), String(process.pid), vscode.version, vscode.env.language));
  const view = (explainView = new ExplainView(() => client));
  const terminalLog = new TerminalOutputLog();
  const terminalLinks = createTerminalLinks(() => client, terminalLog, view);
  context.subscriptions.push(
    view,
    terminalLog,
    vscode.window.registerTerminalLinkProvider(terminalLinks),
    vscode.commands.registerCommand('llmPreflight.explainLastTerminalError', () => explainLastTerminalError(client, terminalLog, view)),
    output,
    ...status.disposables,
    client.onDidChangeState((e) => status.setState(e.newState === State.Running ? 'running' : e.newState === State.Starting ? 'starting' : 'stopped')),
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
    startWhenNeeded({
      start: async (reason) => {
        output.appendLine(vscode.l10n.t('Starting the language server: {0}.', reason));
        const t = Date.now();
        await client?.start();
        output.appendLine(vscode.l10n.t('Language server ready in {0} ms.', String(Date.now() - t)));
      },
      hover: async (document, position, token) => {
        if (!client) return undefined;
        const params = client.code2ProtocolConverter.asTextDocumentPositionParams(document, position);
        return client.protocol2CodeConverter.asHover(await client.sendRequest(HoverRequest.type, params, token));
      },
      // Explain Error and Fix All send requests, which start the client on their own.
      isRunning: () => client?.state !== State.Stopped,
    }),
  );
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

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
