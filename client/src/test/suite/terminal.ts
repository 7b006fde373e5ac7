// Extension-host checks of issue 13: errors in a real integrated terminal become links at their rows and
// open the Explain view (read-only, nothing dirty); an Output channel with an error gets a hover. Mouse
// moves and screenshots are asked of the code-server runner (ui.ts); under @vscode/test-electron, where
// no runner answers, the link is activated through the provider and no screenshot is taken.
import * as vscode from 'vscode';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { askUi, uiAvailable } from './ui';

type Check = (name: string, fn: () => Promise<void> | void) => Promise<void>;
interface Api {
  terminalLinks: vscode.TerminalLinkProvider;
  terminalLog: { text(terminal: vscode.Terminal): string };
}
interface ShellIntegration { executeCommand(command: string): unknown }

const EXPLAIN_SCHEME = 'llm-preflight-explain';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitFor<T>(what: string, get: () => T | undefined | false | Promise<T | undefined | false>, timeout = 20_000): Promise<T> {
  const t0 = Date.now();
  for (;;) {
    const value = await get();
    if (value) return value;
    if (Date.now() - t0 > timeout) throw new Error(`timed out after ${timeout} ms waiting for ${what}`);
    await sleep(200);
  }
}

const tabs = () => vscode.window.tabGroups.all.flatMap((g) => g.tabs);
const dirty = () => vscode.workspace.textDocuments.filter((d) => d.isDirty || (d.isUntitled && d.languageId === 'markdown')).map((d) => d.uri.toString());

export async function terminalChecks(check: Check, extensionId: string, log: (msg: string) => void): Promise<void> {
  const ext = vscode.extensions.getExtension(extensionId);
  assert.ok(ext, `${extensionId} is not loaded`);
  const api = (await ext.activate()) as Api;
  const fixtures = path.join(ext.extensionPath, 'test/fixtures/terminal');
  const py = fs.readFileSync(path.join(fixtures, 'python-429.txt'), 'utf8');
  const body = fs.readFileSync(path.join(fixtures, 'anthropic-529.txt'), 'utf8');

  await check('terminal: a Python 429 traceback and a 40-row Anthropic 529 response get links at their rows; Ctrl+click opens the Explain view', async () => {
    // The DOM renderer, so the runner can find rows by their text.
    await vscode.workspace.getConfiguration('terminal.integrated').update('gpuAcceleration', 'off', vscode.ConfigurationTarget.Global);
    // No shell arguments: VS Code injects its shell integration only into a plain (or login) bash.
    const terminal = vscode.window.createTerminal({ name: 'app', shellPath: '/bin/bash' });
    terminal.show();
    const shell = await waitFor('shell integration', () => (terminal as unknown as { shellIntegration?: ShellIntegration }).shellIntegration, 20_000).catch(() => undefined);
    log(`terminal: shell integration ${shell ? 'active' : 'not active (sendText)'}`);
    const command = `cat '${path.join(fixtures, 'python-429.txt')}' '${path.join(fixtures, 'anthropic-529.txt')}'`;
    if (shell) shell.executeCommand(command);
    else terminal.sendText(command);
    await waitFor('the output in the terminal log', () => api.terminalLog.text(terminal).includes('"request_id"'));

    // Every row VS Code could ask about (its soft-wrapped rows joined: one line of the output each).
    const lines = `${py}${body}`.split('\n');
    const linked: number[] = [];
    const labels = new Set<string>();
    for (let row = 0; row < lines.length; row++) {
      const links = (await api.terminalLinks.provideTerminalLinks({ terminal, line: lines[row] }, new vscode.CancellationTokenSource().token)) ?? [];
      if (links.length) linked.push(row);
      for (const l of links) labels.add(l.tooltip ?? '');
    }
    const pyRow = lines.findIndex((l) => l.startsWith('openai.RateLimitError'));
    const status = lines.indexOf('HTTP/2 529');
    const close = lines.indexOf('}', status);
    const want = [pyRow, ...lines.slice(status, close + 1).flatMap((l, i) => (l.trim() ? [status + i] : []))];
    log(`terminal: links at rows ${linked.join(',')}; labels ${[...labels].join(' | ')}`);
    assert.ok(close - status >= 35, 'the 529 response spans 36+ rows of output (40 on screen with its wrapped header)');
    assert.deepEqual(linked, want, 'links exactly at the traceback\'s error line and the 529 response\'s rows');
    assert.deepEqual([...labels].sort(), ['Explain this LLM API error (Anthropic 529 overloaded_error)', 'Explain this LLM API error (OpenAI 429 rate_limit_exceeded)']);

    const before = tabs().length;
    if (uiAvailable()) {
      const hover = await askUi({ action: 'hoverTerminal', text: '"type": "overloaded_error"', expect: 'Explain this LLM API error', shot: 'term-terminal-link.png' });
      log(`terminal: the link's hover in the page: ${JSON.stringify(hover)}`);
      assert.match(hover, /Anthropic 529 overloaded_error/);
      await askUi({ action: 'clickTerminal', text: '"type": "overloaded_error"' });
    } else {
      const [link] = (await api.terminalLinks.provideTerminalLinks({ terminal, line: '    "type": "overloaded_error",' }, new vscode.CancellationTokenSource().token)) ?? [];
      await api.terminalLinks.handleTerminalLink(link);
    }
    const tab = await waitFor('the Explain view tab', () => tabs().find((t) => t.label.includes('Explain: Anthropic 529 overloaded_error')));
    log(`terminal: opened "${tab.label}" (${tabs().length - before} new tab(s))`);
    const doc = await waitFor('the explanation document', () => vscode.workspace.textDocuments.find((d) => d.uri.scheme === EXPLAIN_SCHEME && d.getText().includes('529')));
    assert.match(doc.getText(), /overload/i);
    assert.doesNotMatch(doc.getText(), /429/, 'the activated link explains its own error only');
    assert.deepEqual(dirty(), [], 'no dirty or untitled document');
    if (uiAvailable()) await askUi({ action: 'screenshot', name: 'term-explain-view.png' });
  });

  await check('Explain the Last LLM API Error in the Terminal opens the newest error (the 529)', async () => {
    const terminal = vscode.window.terminals.find((t) => t.name === 'app');
    assert.ok(terminal);
    terminal.show();
    await waitFor('the terminal in front', () => vscode.window.activeTerminal === terminal, 5000);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand('llmPreflight.explainLastTerminalError');
    await waitFor('the Explain view tab', () => tabs().find((t) => t.label.includes('Explain: Anthropic 529 overloaded_error')));
    assert.deepEqual(dirty(), []);
  });

  await check('Output panel: an error written to an output channel gets a hover', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const channel = vscode.window.createOutputChannel('app log');
    channel.append(py);
    channel.show(true);
    const doc = await waitFor('the output channel document', () => vscode.workspace.textDocuments.find((d) => d.uri.scheme === 'output' && d.getText().includes('rate_limit_exceeded')));
    log(`output: ${doc.uri.toString()} (language ${doc.languageId})`);
    const line = doc.getText().split('\n').findIndex((l) => l.includes('rate_limit_exceeded'));
    const pos = new vscode.Position(line, doc.lineAt(line).text.indexOf('rate_limit_exceeded'));
    const text = await waitFor('a hover with the explanation', async () => {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, pos);
      const all = (hovers ?? []).flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : (c as { value: string }).value))).join('\n');
      return all.includes('429') && all;
    });
    assert.match(text, /Rate limit/i);
    if (uiAvailable()) {
      const seen = await askUi({ action: 'hoverOutput', text: 'rate_limit_exceeded', expect: '429', shot: 'term-output-hover.png' });
      assert.match(seen, /Rate limit/i);
    }
    channel.dispose();
  });
}
