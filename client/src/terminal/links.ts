import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { ExplainView } from '../explain-view';
import type { TerminalOutputLog } from './output-log';
import { mentionsFailure } from '../failure-words.ts';
import { linkRange, windowAround } from './window';

/**
 * "Explain this LLM API error" links in the integrated terminal. VS Code asks for the line under the
 * pointer (its soft-wrapped rows joined; lines over 2000 characters are never asked for); the server's
 * finder (`llmPreflight/findErrors`, the hover's and the CLI's code path) reads it with the output around
 * it, and each error that meets the line becomes a link. Activating one opens the Explain view.
 */
interface FoundError {
  start: number;
  end: number;
  label: string;
}

class ErrorLink extends vscode.TerminalLink {
  constructor(startIndex: number, length: number, tooltip: string, readonly text: string, readonly at: number) {
    super(startIndex, length, tooltip);
  }
}

export const TERMINAL_LINKS_SETTING = 'terminalLinks.enable';

export function createTerminalLinks(client: () => LanguageClient | undefined, log: TerminalOutputLog, view: ExplainView): vscode.TerminalLinkProvider<ErrorLink> {
  return {
    async provideTerminalLinks(context, token) {
      const c = client();
      if (!c || !vscode.workspace.getConfiguration('llmPreflight').get<boolean>(TERMINAL_LINKS_SETTING, true)) return [];
      if (!context.line.trim()) return [];
      const window = windowAround(log.text(context.terminal), context.line);
      // The server's finder is asked only about output that mentions a failure: hovering a build log must not
      // start the server (client/src/start-gate.ts) or cost a request per row.
      if (!mentionsFailure(window.text)) return [];
      const { errors } = await c.sendRequest<{ errors: FoundError[] }>('llmPreflight/findErrors', { text: window.text, from: window.from, to: window.to }, token);
      const links: ErrorLink[] = [];
      for (const e of errors ?? []) {
        const range = linkRange(window, e.start, e.end, context.line);
        if (range) links.push(new ErrorLink(range.startIndex, range.length, vscode.l10n.t('Explain this LLM API error ({0})', e.label), window.text, e.start));
      }
      return links;
    },
    async handleTerminalLink(link) {
      await view.show(link.text, link.at);
    },
  };
}
