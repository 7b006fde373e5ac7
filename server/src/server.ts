import { fileURLToPath } from 'node:url';
import { relative } from 'node:path';
import {
  createConnection,
  DiagnosticSeverity,
  MarkupKind,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type Diagnostic,
  type InitializeParams,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLinter, type LintResult, type Linter } from './core/lint.ts';
import { LineIndex } from './core/text.ts';
import type { Finding } from './core/types.ts';
import { apiForPath } from './frontend/api-globs.ts';
import { createDocsLocator } from './frontend/docs.ts';
import { detectionHover, findingHover } from './frontend/hover.ts';
import { explainAt, explainText } from './core/errors/index.ts';
import { pickLocale } from './frontend/explain-labels.ts';
import { renderExplanation, renderExplanations } from './frontend/explain-markdown.ts';
import type { Locale } from '../../rules/errors/types.ts';
import { DEFAULT_SETTINGS, normalizeSettings, restClientVariables, type Settings } from './frontend/settings.ts';

/**
 * The language server: a thin wrapper that feeds open documents to the core linter and publishes
 * what it finds. Diagnostics are pushed (Neovim 0.7 and most clients know only push).
 */
const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const docsUrl = createDocsLocator();

interface DocumentState {
  linter: Linter;
  timer?: NodeJS.Timeout;
  /** Last result with the version it belongs to, for hover. */
  last?: { version: number; result: LintResult; lines: LineIndex };
}

const states = new Map<string, DocumentState>();
let workspaceFolders: string[] = [];
let canPullConfiguration = false;
let pushedSettings: Settings = DEFAULT_SETTINGS;
/** The client's display language (VS Code sends it in initializationOptions; `locale` in LSP 3.16 too). */
let displayLanguage: string | undefined;
const settingsCache = new Map<string, Promise<{ settings: Settings; environment: Record<string, string> }>>();

connection.onInitialize((params: InitializeParams) => {
  canPullConfiguration = params.capabilities.workspace?.configuration === true;
  workspaceFolders = (params.workspaceFolders ?? []).map((f) => safePath(f.uri)).filter((p): p is string => !!p);
  if (!workspaceFolders.length && params.rootUri) workspaceFolders = [safePath(params.rootUri)].filter((p): p is string => !!p);
  const init = params.initializationOptions as { settings?: unknown; displayLanguage?: unknown } | undefined;
  pushedSettings = normalizeSettings(init?.settings);
  displayLanguage = typeof init?.displayLanguage === 'string' ? init.displayLanguage : params.locale;
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      hoverProvider: true,
    },
    serverInfo: { name: 'llm-preflight' },
  };
});

connection.onDidChangeConfiguration((change) => {
  const pushed = (change.settings as { llmPreflight?: unknown } | null)?.llmPreflight;
  if (pushed !== undefined) pushedSettings = normalizeSettings(pushed);
  settingsCache.clear();
  for (const document of documents.all()) schedule(document, 0);
});

documents.onDidOpen((e) => schedule(e.document, 0));
documents.onDidChangeContent((e) => schedule(e.document));
documents.onDidClose((e) => {
  const state = states.get(e.document.uri);
  if (state?.timer) clearTimeout(state.timer);
  states.delete(e.document.uri);
  settingsCache.delete(e.document.uri);
  void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
});

function schedule(document: TextDocument, delay?: number): void {
  const state = states.get(document.uri) ?? { linter: createLinter() };
  states.set(document.uri, state);
  if (state.timer) clearTimeout(state.timer);
  state.timer = setTimeout(() => {
    state.timer = undefined;
    void lintAndPublish(document.uri, document.version).catch((error) => connection.console.error(`lint failed: ${(error as Error).stack}`));
  }, delay ?? pushedSettings.debounceMs);
}

async function lintAndPublish(uri: string, version: number): Promise<void> {
  const { settings, environment } = await settingsFor(uri);
  const document = documents.get(uri);
  const state = states.get(uri);
  // Closed meanwhile, or edited again: this run's result would be stale.
  if (!document || !state || document.version !== version) return;
  if (!settings.enable) {
    state.last = undefined;
    await connection.sendDiagnostics({ uri, version, diagnostics: [] });
    return;
  }
  const filePath = safePath(uri);
  const text = document.getText();
  const started = performance.now();
  const result = state.linter.lint(text, {
    languageId: document.languageId,
    filePath,
    api: filePath ? apiForPath(settings.apis, filePath, relativeToWorkspace(filePath)) : undefined,
    rules: settings.rules,
    models: settings.models,
    limits: { maxDocumentChars: settings.maxFileSizeMB * 1024 * 1024 },
    http: { environment },
    docsUrl,
  });
  const elapsed = performance.now() - started;
  if (elapsed > 500) connection.console.warn(`Linting ${uri} took ${Math.round(elapsed)} ms.`);
  const lines = new LineIndex(text);
  state.last = { version, result, lines };
  if (documents.get(uri)?.version !== version) return;
  await connection.sendDiagnostics({ uri, version, diagnostics: result.findings.map((f) => toDiagnostic(f, lines)) });
}

function toDiagnostic(finding: Finding, lines: LineIndex): Diagnostic {
  return {
    range: lines.rangeOf(finding.span),
    severity: finding.severity === 'error' ? DiagnosticSeverity.Error : finding.severity === 'warning' ? DiagnosticSeverity.Warning : DiagnosticSeverity.Information,
    source: 'llm-preflight',
    code: finding.rule,
    ...(finding.docsUrl ? { codeDescription: { href: finding.docsUrl } } : {}),
    message: finding.message,
  };
}

connection.onHover(async (params, token) => {
  try {
    const uri = params.textDocument.uri;
    const document = documents.get(uri);
    if (!document || token.isCancellationRequested) return null;
    const last = states.get(uri)?.last;
    // Findings and detection belong to the version they were computed for.
    if (last && last.version === document.version) {
      const offset = last.lines.offsetAt(params.position);
      const under = last.result.findings.filter((f) => f.span.start <= offset && offset <= f.span.end);
      if (under.length) {
        const span = under[0].span;
        return { contents: { kind: MarkupKind.Markdown, value: findingHover(under) }, range: last.lines.rangeOf(span) };
      }
      const unit = last.result.units.find((u) => u.unit.requestLineSpan && u.unit.requestLineSpan.start <= offset && offset <= u.unit.requestLineSpan.end);
      if (unit?.unit.requestLineSpan) {
        return { contents: { kind: MarkupKind.Markdown, value: detectionHover(unit) }, range: last.lines.rangeOf(unit.unit.requestLineSpan) };
      }
    }
    // Anywhere else: a pasted error response under the cursor gets explained.
    const { settings } = await settingsFor(uri);
    if (token.isCancellationRequested || documents.get(uri)?.version !== document.version) return null;
    const locale = localeOf(settings);
    const explained = explainAt(document.getText(), document.offsetAt(params.position), locale);
    if (!explained) return null;
    const value = renderExplanation(explained, { locale, ruleDocs: docsUrl, showPaste: false });
    return { contents: { kind: MarkupKind.Markdown, value }, range: { start: document.positionAt(explained.span.start), end: document.positionAt(explained.span.end) } };
  } catch (error) {
    connection.console.error(`hover failed: ${(error as Error).stack}`);
    return null;
  }
});

/** Explanations are capped at this much text (a selection or the clipboard). */
const EXPLAIN_MAX_CHARS = 10 * 1024 * 1024;

/** `llmPreflight/explain`: the Explain Error command sends the selection or the clipboard. */
connection.onRequest('llmPreflight/explain', (params: { text?: unknown }) => {
  try {
    const text = typeof params?.text === 'string' ? params.text.slice(0, EXPLAIN_MAX_CHARS) : '';
    const locale = localeOf(pushedSettings);
    const explained = explainText(text, locale);
    return { count: explained.length, markdown: explained.length ? renderExplanations(explained, { locale, ruleDocs: docsUrl }) : '' };
  } catch (error) {
    connection.console.error(`explain failed: ${(error as Error).stack}`);
    return { count: 0, markdown: '' };
  }
});

function localeOf(settings: Settings): Locale {
  return settings.locale === 'auto' ? pickLocale(displayLanguage) : settings.locale;
}

function settingsFor(uri: string): Promise<{ settings: Settings; environment: Record<string, string> }> {
  let cached = settingsCache.get(uri);
  if (!cached) {
    cached = fetchSettings(uri);
    settingsCache.set(uri, cached);
  }
  return cached;
}

async function fetchSettings(uri: string): Promise<{ settings: Settings; environment: Record<string, string> }> {
  if (!canPullConfiguration) return { settings: pushedSettings, environment: {} };
  try {
    const [ours, restClient] = await connection.workspace.getConfiguration([
      { scopeUri: uri, section: 'llmPreflight' },
      { scopeUri: uri, section: 'rest-client.environmentVariables' },
    ]);
    return { settings: normalizeSettings(ours ?? pushedSettings), environment: restClientVariables(restClient) };
  } catch {
    return { settings: pushedSettings, environment: {} };
  }
}

function safePath(uri: string): string | undefined {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
  } catch {
    return undefined;
  }
}

function relativeToWorkspace(path: string): string | undefined {
  for (const folder of workspaceFolders) {
    const rel = relative(folder, path);
    if (!rel.startsWith('..')) return rel;
  }
  return undefined;
}

process.on('uncaughtException', (error) => connection.console.error(`uncaught: ${error.stack}`));
documents.listen(connection);
connection.listen();
