import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

/**
 * The read-only Explain view: one entry point for Explain Error, terminal links and the last-error command.
 *
 * A virtual document (its own scheme, served by this content provider) opened in VS Code's markdown
 * preview. Chosen over a webview because the preview already renders, sanitises and themes markdown and
 * follows its links (rule docs are file: URLs, catalog sources https:), with no HTML, CSP or CSS of ours;
 * and a provider's document is never dirty, so nothing asks to be saved. The document's name is the
 * title ("Explain: Anthropic 529 overloaded_error"), which the preview tab shows.
 */
export const EXPLAIN_SCHEME = 'llm-preflight-explain';

/** What the server answers to `llmPreflight/explain` (server/src/frontend/explain-request.ts). */
interface ExplainResponse {
  count: number;
  markdown: string;
  title: string;
}

/** Explanations kept for re-rendering (the preview re-reads its document); older ones are dropped. */
const KEPT = 32;

export class ExplainView implements vscode.TextDocumentContentProvider, vscode.Disposable {
  /** Each URI's markdown; never changes (a new explanation gets a new URI), so there is no onDidChange. */
  private readonly contents = new Map<string, string>();
  private readonly registration: vscode.Disposable;
  private serial = 0;

  constructor(private readonly client: () => LanguageClient | undefined) {
    this.registration = vscode.workspace.registerTextDocumentContentProvider(EXPLAIN_SCHEME, this);
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.contents.get(uri.toString()) ?? '';
  }

  /**
   * Explains the errors in `text` (with `at`, only the one whose span holds that offset) and opens the view.
   * Returns false (and opens nothing) when the server found no error.
   */
  async show(text: string, at?: number): Promise<boolean> {
    const client = this.client();
    if (!client) return false;
    const result = await client.sendRequest<ExplainResponse>('llmPreflight/explain', at === undefined ? { text } : { text, at });
    if (!result.count) return false;
    // The name is the title; a serial folder keeps two explanations of the same error apart.
    const uri = vscode.Uri.from({ scheme: EXPLAIN_SCHEME, path: `/${++this.serial}/${safeName(result.title)}` });
    this.contents.set(uri.toString(), result.markdown);
    if (this.contents.size > KEPT) this.contents.delete(this.contents.keys().next().value as string);
    await vscode.commands.executeCommand('markdown.showPreview', uri);
    return true;
  }

  dispose(): void {
    this.registration.dispose();
  }
}

/** A path segment: no slashes or control characters (the title holds a code read from the paste). */
function safeName(title: string): string {
  return (title.replace(/[\u0000-\u001f/\\]+/g, ' ').trim() || 'Explain').slice(0, 120);
}
