import { fileURLToPath } from 'node:url';
import { relative } from 'node:path';
import {
  CodeActionKind,
  createConnection,
  DiagnosticSeverity,
  DiagnosticTag,
  MarkupKind,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type Diagnostic,
  type InitializeParams,
  type Range,
} from 'vscode-languageserver/node';
import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { createLinter, createUnitCache, type LintOptions, type LintResult, type Linter } from './core/lint.ts';
import { fixAll } from './core/fix-all.ts';
import { FIX_ALL_KIND, fixAllAction, quickFixes, wants, wholeEdit } from './frontend/code-actions.ts';
import { LineIndex, type TextEdit } from './core/text.ts';
import type { Finding } from './core/types.ts';
import { apiForPath } from './frontend/api-globs.ts';
import { createDocsLocator } from './frontend/docs.ts';
import { detectionHover, findingHover } from './frontend/hover.ts';
import { disableActions } from './frontend/disable-actions.ts';
import { documentKind } from './core/units.ts';
import { isSourceOff } from './core/sources/settings.ts';
import { pickLocale } from './frontend/explain-labels.ts';
import type { Locale } from '../../rules/errors/types.ts';
import { DEFAULT_SETTINGS, normalizeSettings, restClientVariables, type Settings } from './frontend/settings.ts';
import { bodyContextAt, type BodyContext } from './frontend/body-context.ts';
import { completeAt } from './frontend/completion.ts';
import { sourceCompletion } from './frontend/source-completion.ts';
import { paramHoverAt } from './frontend/param-hover.ts';
import { documentSymbols } from './frontend/symbols.ts';
import { foldingRanges } from './frontend/folding.ts';
import { isShutdown, markShutdown, refuseRequest } from './frontend/request-guard.ts';
import { redirectConsole, stdioStreams } from './frontend/stdio-framing.ts';
import { createTokenCounter, type CountRun } from './frontend/token-counter.ts';
import { withCounts } from './core/deferred.ts';
import { SourceTrees } from './frontend/source-trees.ts';
import { lintInSlices, lintsInSlices } from './frontend/sliced-lint.ts';
import { lintEarly, lintsEarly } from './frontend/early-lint.ts';
import { scheduleLint, type PendingLint } from './frontend/lint-timer.ts';
import { clearEnvironmentCache } from './core/http/index.ts';
import { startupLine } from './frontend/startup-line.ts';

/**
 * The language server: a thin wrapper that feeds open documents to the core linter and publishes
 * what it finds. Diagnostics are pushed (Neovim 0.7 and most clients know only push).
 */
// With --stdio, stdin is re-framed so a frame with a wrong Content-Length costs only that frame (stdio-framing.ts).
const stdio = stdioStreams((reason) => connection.console.warn(`Dropped a malformed message frame (${reason}).`));
const connection = stdio ? createConnection(ProposedFeatures.all, ...stdio) : createConnection(ProposedFeatures.all);
if (stdio) redirectConsole(connection.console);
/**
 * Each open document's revision (one more per open and per didChange, whatever versions the client sends) and
 * its last change when that was one incremental change: the next lint's line index then comes from that
 * change instead of a diff of the two texts (`lineIndexFor`).
 */
const revisions = new Map<string, { revision: number; edit?: TextEdit & { from: number } }>();
const documents = new TextDocuments<TextDocument>({
  create(uri, languageId, version, content) {
    revisions.set(uri, { revision: (revisions.get(uri)?.revision ?? 0) + 1 });
    return TextDocument.create(uri, languageId, version, content);
  },
  update(document: TextDocument, changes: TextDocumentContentChangeEvent[], version: number) {
    const from = revisions.get(document.uri)?.revision ?? 0;
    const change = changes.length === 1 ? changes[0] : undefined;
    let edit: (TextEdit & { from: number }) | undefined;
    const range = change && 'range' in change ? (change as { range: Range }).range : undefined;
    if (change && range) {
      // As TextDocument.update reads the range (a reversed one is turned around).
      let start = document.offsetAt(range.start);
      let oldEnd = document.offsetAt(range.end);
      if (start > oldEnd) [start, oldEnd] = [oldEnd, start];
      edit = { from, start, oldEnd, delta: change.text.length - (oldEnd - start) };
    }
    revisions.set(document.uri, { revision: from + 1, edit });
    return TextDocument.update(document, changes, version);
  },
});
const docsUrl = createDocsLocator();
const tokenCounter = createTokenCounter({ log: (message) => connection.console.warn(message) });

interface DocumentState {
  linter: Linter;
  timer?: PendingLint;
  /** Last result with the version, text and revision it belongs to, for hover (see `current`). */
  last?: { version: number; text: string; result: LintResult; lines: LineIndex; revision?: number };
  /** Exact token counts for `last`'s deferred findings, in the worker; cancelled by the next edit or the close. */
  counting?: CountRun;
}

/**
 * The error catalog and explanation markdown (frontend/explain-chunk.ts; `dist/server-explain.js` in the build),
 * required on first use: start-up neither compiles nor evaluates them.
 */
type ExplainChunk = typeof import('./frontend/explain-chunk.ts');
let explainChunk: ExplainChunk | undefined;
const explaining = (): ExplainChunk => (explainChunk ??= require('./frontend/explain-chunk.ts') as ExplainChunk);

const states = new Map<string, DocumentState>();
/** One per-request cache for every open document: a request copied into another file is not analysed again. */
let unitCache = createUnitCache();
const newLinter = () => createLinter({ cache: unitCache });
/** Tree-sitter trees of open source documents (SDK calls), re-parsed incrementally. */
const sourceTrees = new SourceTrees();
let workspaceFolders: string[] = [];
let canPullConfiguration = false;
/** The client takes snippet syntax in completion items. */
let snippetSupport = false;
let pushedSettings: Settings = DEFAULT_SETTINGS;
/** The client's display language (VS Code sends it in initializationOptions; `locale` in LSP 3.16 too). */
let displayLanguage: string | undefined;
/**
 * Workspace trust (VS Code's restricted mode): the client sends `workspaceTrusted: false` in
 * initializationOptions and `llmPreflight/workspaceTrust` when it changes. Clients that send nothing are
 * trusted. Untrusted: the splitter reads no `.env` / private env file and nothing outside the workspace folders.
 */
let workspaceTrusted = true;
const settingsCache = new Map<string, Promise<{ settings: Settings; environment: Record<string, string> }>>();

connection.onInitialize((params: InitializeParams) => {
  canPullConfiguration = params.capabilities.workspace?.configuration === true;
  snippetSupport = params.capabilities.textDocument?.completion?.completionItem?.snippetSupport === true;
  workspaceFolders = (params.workspaceFolders ?? []).map((f) => safePath(f.uri)).filter((p): p is string => !!p);
  if (!workspaceFolders.length && params.rootUri) workspaceFolders = [safePath(params.rootUri)].filter((p): p is string => !!p);
  const init = params.initializationOptions as { settings?: unknown; displayLanguage?: unknown; workspaceTrusted?: unknown } | undefined;
  workspaceTrusted = init?.workspaceTrusted !== false;
  pushedSettings = normalizeSettings(init?.settings);
  displayLanguage = typeof init?.displayLanguage === 'string' ? init.displayLanguage : params.locale;
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      hoverProvider: true,
      completionProvider: { triggerCharacters: ['"', ':'] },
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
      documentSymbolProvider: true,
      foldingRangeProvider: true,
    },
    serverInfo: { name: 'llm-preflight' },
  };
});

connection.onInitialized(() => {
  connection.console.info(startupLine({ locale: localeOf(pushedSettings), displayLanguage, workspaceFolders, trusted: workspaceTrusted }));
});

/** An env file changed (the client watches them): its variables may change any request's findings. */
connection.onDidChangeWatchedFiles(() => {
  clearEnvironmentCache();
  relintAfresh();
});

connection.onDidChangeConfiguration((change) => {
  const pushed = (change?.settings as { llmPreflight?: unknown } | null)?.llmPreflight;
  if (pushed !== undefined) pushedSettings = normalizeSettings(pushed);
  settingsCache.clear();
  for (const document of documents.all()) schedule(document, 0);
});

connection.onNotification('llmPreflight/workspaceTrust', (params: { trusted?: unknown }) => {
  const trusted = params?.trusted !== false;
  if (trusted === workspaceTrusted) return;
  workspaceTrusted = trusted;
  // Cached findings hold notes about what was not read: start every document afresh.
  relintAfresh();
});

/** Drops every cached analysis and lints every open document again. */
function relintAfresh(): void {
  unitCache = createUnitCache();
  for (const state of states.values()) state.linter = newLinter();
  for (const document of documents.all()) schedule(document, 0);
}

/** The splitter's trust options: every folder of the workspace may be read from when it is untrusted. */
function trustOptions(): { trusted: boolean; allowedRoots: string[] } {
  return { trusted: workspaceTrusted, allowedRoots: workspaceFolders };
}

connection.onShutdown(() => {
  // A second shutdown, like any request after the first, is an InvalidRequest; nothing is published any more.
  if (isShutdown()) return refuseRequest('shutdown', undefined);
  markShutdown();
  for (const state of states.values()) {
    state.timer?.cancel();
    state.counting?.cancel();
  }
});

/** Documents just opened: TextDocuments fires a content change right after the open, which must not
 * turn the immediate first lint into a debounced one. */
const justOpened = new Map<string, number>();
documents.onDidOpen((e) => {
  justOpened.set(e.document.uri, e.document.version);
  schedule(e.document, 0);
});
documents.onDidChangeContent((e) => {
  const opened = justOpened.get(e.document.uri);
  justOpened.delete(e.document.uri);
  if (opened === e.document.version) return;
  schedule(e.document);
});
documents.onDidClose((e) => {
  justOpened.delete(e.document.uri);
  const state = states.get(e.document.uri);
  state?.timer?.cancel();
  state?.counting?.cancel();
  states.delete(e.document.uri);
  revisions.delete(e.document.uri);
  settingsCache.delete(e.document.uri);
  sourceTrees.close(e.document.uri);
  void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
});

function schedule(document: TextDocument, delay?: number): void {
  if (isShutdown()) return;
  const state = states.get(document.uri) ?? { linter: newLinter() };
  states.set(document.uri, state);
  state.timer?.cancel();
  state.counting?.cancel(); // its count would be for the text before this edit
  state.timer = scheduleLint(delay ?? pushedSettings.debounceMs, () => {
    state.timer = undefined;
    void lintAndPublish(document.uri, document.version).catch((error) => connection.console.error(`lint failed: ${(error as Error).stack}`));
  });
}

async function lintAndPublish(uri: string, version: number): Promise<void> {
  const { settings, environment } = await settingsFor(uri);
  const document = documents.get(uri);
  const state = states.get(uri);
  // Closed meanwhile, or edited again: this run's result would be stale.
  if (!document || !state || document.version !== version || isShutdown()) return;
  // A source kind turned off (`llmPreflight.sources.*`), or a source file the cheap check finds no request in (most
  // .py/.ts files): nothing to lint, and no tree-sitter parse of it on each keystroke.
  const kind = documentKind(document.languageId, safePath(uri));
  if (!settings.enable || (kind && isSourceOff(kind, document.getText(), settings.sources))) {
    state.last = undefined;
    sourceTrees.close(uri);
    await connection.sendDiagnostics({ uri, version, diagnostics: [] });
    return;
  }
  // A source document (SDK calls, scripts, Markdown's shell fences): its grammar is loaded on the first one, then
  // the lint goes on if still current; a load that fails is logged and the document gets no source requests.
  const grammar = sourceTrees.grammarFor(document.languageId, safePath(uri));
  if (grammar && (await sourceTrees.ensureLoaded(grammar).catch((error) => void connection.console.error(`grammars failed to load: ${(error as Error).message}`))) && (documents.get(uri)?.version !== version || isShutdown())) return;
  const tree = grammar && sourceTrees.keepsTree(document.languageId, safePath(uri)) ? grammar : null;
  const text = document.getText();
  const options = lintOptions(document, settings, environment);
  // From the last version's index: an edit rescans only its own lines (a fresh index scans the whole text).
  const revision = revisions.get(uri);
  const edit = editSince(state.last, revision);
  // The first lint of a large .http file publishes its top before this index of every line is built (see `early`).
  let lines = state.last ? LineIndex.after(state.last.lines, text, edit) : undefined;
  const wholeLines = (): LineIndex => (lines ??= new LineIndex(text));
  // The .http splitter re-splits around the same change without a diff of its own.
  if (edit && state.last) options.http = { ...options.http, edit: { ...edit, before: state.last.text } };
  const started = performance.now();
  // A large batch is linted in slices that yield to other requests, its findings published as they come.
  const stale = () => documents.get(uri)?.version !== version || states.get(uri) !== state || isShutdown();
  const sliced = lintsInSlices(text, options);
  // The first lint of a large .http file publishes the requests at the top first (frontend/early-lint.ts).
  const early = !sliced && !state.last && lintsEarly(text, options);
  // Its first part is placed with an index of the lines down to its last finding only, the same positions.
  const earlyPartial = async (findings: Finding[]) => {
    await connection.sendDiagnostics({ uri, version, diagnostics: publishedDiagnostics(findings, lines ?? linesDownTo(text, findings)) });
    wholeLines();
  };
  const result = sliced
    ? await lintInSlices(text, options, state.linter, { stale, partial: (r) => connection.sendDiagnostics({ uri, version, diagnostics: publishedDiagnostics(r.findings, wholeLines()) }) })
    : early
      ? await lintEarly(text, options, state.linter, { stale, partial: earlyPartial })
      : state.linter.lint(text, tree ? { ...options, sourceTree: sourceTrees.treeFor(uri, text, tree), sourceState: sourceTrees.stateFor(uri) } : options);
  if (!result) return;
  const elapsed = performance.now() - started;
  if (elapsed > 500 && !sliced && !early) connection.console.warn(`Linting ${uri} took ${Math.round(elapsed)} ms.`);
  state.last = { version, text, result, lines: wholeLines(), revision: revision?.revision };
  if (documents.get(uri)?.version !== version || isShutdown()) return;
  await connection.sendDiagnostics({ uri, version, diagnostics: publishedDiagnostics(result.findings, state.last.lines) });
  if (result.deferred?.length) finishDeferred(uri, state, state.last);
}

/**
 * The one change from the last lint's text to the document's, when there was exactly one incremental change
 * since (by revision, whatever versions the client sent): the line index and the .http splitter then start
 * from it instead of diffing two 1 M-character texts per keystroke.
 */
function editSince(last: DocumentState['last'], now: { revision: number; edit?: TextEdit & { from: number } } | undefined): TextEdit | undefined {
  if (!last || last.revision === undefined || !now?.edit || now.edit.from !== last.revision || now.revision !== last.revision + 1) return undefined;
  return { start: now.edit.start, oldEnd: now.edit.oldEnd, delta: now.edit.delta };
}

/** Counts the deferred findings off the main thread, then publishes the whole list again, unless stale by then. */
function finishDeferred(uri: string, state: DocumentState, last: NonNullable<DocumentState['last']>): void {
  state.counting?.cancel();
  const run = tokenCounter.count(last.result.deferred!.map((d) => d.pending.job));
  state.counting = run;
  void run.done.then(async (counts) => {
    if (state.counting === run) state.counting = undefined;
    // Cancelled, closed, edited or re-linted meanwhile: this count belongs to a text no longer shown.
    if (!counts || states.get(uri) !== state || state.last !== last || documents.get(uri)?.version !== last.version || isShutdown()) return;
    state.last = { ...last, result: withCounts(last.result, counts) };
    await connection.sendDiagnostics({ uri, version: last.version, diagnostics: publishedDiagnostics(state.last.result.findings, last.lines) });
  }).catch((error) => connection.console.error(`token count failed: ${(error as Error).stack}`));
}

/**
 * An index of the lines of `text` down to the line of the findings' last end: the positions of those findings are
 * the whole text's, without a scan of every line of a megabyte document (the first publish of its top requests).
 */
function linesDownTo(text: string, findings: Finding[]): LineIndex {
  let end = 0;
  for (const f of findings) end = Math.max(end, f.span.end);
  const lineEnd = text.indexOf('\n', end);
  return lineEnd < 0 ? new LineIndex(text) : new LineIndex(text.slice(0, lineEnd + 1));
}

/** Most diagnostics published for one document: a million would not fit in one JSON-RPC message. */
const MAX_PUBLISHED_DIAGNOSTICS = 10_000;

/** The findings as diagnostics, the first MAX_PUBLISHED_DIAGNOSTICS of them, with an info saying how many were left out. */
function publishedDiagnostics(findings: Finding[], lines: LineIndex): Diagnostic[] {
  if (findings.length <= MAX_PUBLISHED_DIAGNOSTICS) return findings.map((f) => toDiagnostic(f, lines));
  const shown = findings.slice(0, MAX_PUBLISHED_DIAGNOSTICS).map((f) => toDiagnostic(f, lines));
  const message = `Showing the first ${MAX_PUBLISHED_DIAGNOSTICS} of ${findings.length} findings in this document; the CLI (llm-preflight check) lists them all.`;
  return [{ range: lines.rangeOf({ start: 0, end: 0 }), severity: DiagnosticSeverity.Information, source: 'llm-preflight', code: 'file-skipped', message }, ...shown];
}

/**
 * The last lint result when it belongs to the document as it is now. The version alone is not enough: a
 * client may send the same version twice or go backwards (the text is compared by identity first, so an
 * unchanged document costs nothing).
 */
function current(document: TextDocument): DocumentState['last'] {
  const last = states.get(document.uri)?.last;
  return last && last.version === document.version && last.text === document.getText() ? last : undefined;
}

function lintOptions(document: TextDocument, settings: Settings, environment: Record<string, string>): LintOptions {
  const filePath = safePath(document.uri);
  return {
    languageId: document.languageId,
    filePath,
    api: filePath ? apiForPath(settings.apis, filePath, relativeToWorkspace(filePath)) : undefined,
    rules: settings.rules,
    models: settings.models,
    hosts: settings.hosts,
    limits: { maxDocumentChars: settings.maxFileSizeMB * 1024 * 1024 },
    http: { environment, ...trustOptions() },
    docsUrl,
    locale: localeOf(settings),
    sources: settings.sources,
  };
}

/** Every preferred fix of the document applied (fix-all, `llmPreflight/fixAll`), or null when disabled or closed. */
async function fixDocument(uri: string): Promise<{ document: TextDocument; after: string; applied: number } | null> {
  const document = documents.get(uri);
  if (!document) return null;
  const version = document.version;
  const { settings, environment } = await settingsFor(uri);
  if (!settings.enable || documents.get(uri)?.version !== version) return null;
  const { text, applied } = fixAll(document.getText(), lintOptions(document, settings, environment));
  return { document, after: text, applied };
}

function toDiagnostic(finding: Finding, lines: LineIndex): Diagnostic {
  return {
    range: lines.rangeOf(finding.span),
    severity: finding.severity === 'error' ? DiagnosticSeverity.Error : finding.severity === 'warning' ? DiagnosticSeverity.Warning : DiagnosticSeverity.Information,
    source: 'llm-preflight',
    code: finding.rule,
    ...(finding.docsUrl ? { codeDescription: { href: finding.docsUrl } } : {}),
    message: finding.message,
    ...(finding.rule === 'unused-disable-directive' ? { tags: [DiagnosticTag.Unnecessary] } : {}),
  };
}

/** Code actions on our diagnostics; each feature adds its own to the list. */
connection.onCodeAction(async (params) => {
  const refused = refuseRequest('textDocument/codeAction', params, ['range', 'codeActionContext']);
  if (refused) return refused;
  try {
    const uri = params.textDocument.uri;
    const document = documents.get(uri);
    const last = document && current(document);
    // Actions are built from the lint result, which must belong to the text they edit.
    if (!document || !last) return [];
    const text = document.getText();
    const kind = documentKind(document.languageId, safePath(uri));
    const only = params.context.only;
    const fixes = wants(only, 'quickfix')
      ? quickFixes(uri, last.result.findings, last.lines, params.range, params.context.diagnostics, (f) => toDiagnostic(f, last.lines))
      : [];
    const fixed = wants(only, FIX_ALL_KIND) && only !== undefined ? await fixDocument(uri) : null;
    const all = fixed && fixed.document.version === document.version ? fixAllAction(uri, text, fixed.after, last.lines, fixed.applied) : null;
    return [
      ...fixes,
      ...(all ? [all] : []),
      ...disableActions({ uri, text, kind, units: last.result.units, diagnostics: params.context.diagnostics, only: params.context.only }),
    ];
  } catch (error) {
    connection.console.error(`code actions failed: ${(error as Error).stack}`);
    return [];
  }
});

connection.onHover(async (params, token) => {
  const refused = refuseRequest('textDocument/hover', params, ['position']);
  if (refused) return refused;
  try {
    const uri = params.textDocument.uri;
    const document = documents.get(uri);
    if (!document || token.isCancellationRequested) return null;
    const last = current(document);
    // Findings and detection belong to the version they were computed for.
    if (last) {
      const offset = last.lines.offsetAt(params.position);
      const under = last.result.findings.filter((f) => f.span.start <= offset && offset <= f.span.end);
      if (under.length) {
        const span = under[0].span;
        const locale = localeOf((await settingsFor(uri)).settings);
        if (token.isCancellationRequested || documents.get(uri)?.version !== document.version) return null;
        return { contents: { kind: MarkupKind.Markdown, value: findingHover(under, locale) }, range: last.lines.rangeOf(span) };
      }
      const unit = last.result.units.find((u) => u.unit.requestLineSpan && u.unit.requestLineSpan.start <= offset && offset <= u.unit.requestLineSpan.end);
      if (unit?.unit.requestLineSpan) {
        return { contents: { kind: MarkupKind.Markdown, value: detectionHover(unit) }, range: last.lines.rangeOf(unit.unit.requestLineSpan) };
      }
    }
    // Anywhere else: a pasted error response under the cursor gets explained.
    const { settings, environment } = await settingsFor(uri);
    if (token.isCancellationRequested || documents.get(uri)?.version !== document.version) return null;
    // Inside a request body: the parameter's (or model's) docs.
    const body = requestBodyAt(document, document.offsetAt(params.position), settings, environment);
    const param = body && paramHoverAt(body);
    if (param) return { contents: { kind: MarkupKind.Markdown, value: param.markdown }, range: { start: document.positionAt(param.span.start), end: document.positionAt(param.span.end) } };
    // Source code and scripts are not a paste: no error explanation there (Markdown is: notes hold pasted errors).
    if (body || sourceTrees.keepsTree(document.languageId, safePath(uri))) return null;
    const locale = localeOf(settings);
    const { explainAt, renderExplanation } = explaining();
    const explained = explainAt(document.getText(), document.offsetAt(params.position), locale);
    if (!explained) return null;
    const value = renderExplanation(explained, { locale, ruleDocs: docsUrl, showPaste: false });
    return { contents: { kind: MarkupKind.Markdown, value }, range: { start: document.positionAt(explained.span.start), end: document.positionAt(explained.span.end) } };
  } catch (error) {
    connection.console.error(`hover failed: ${(error as Error).stack}`);
    return null;
  }
});

/** The request body under the cursor with its detection; the last lint's units when they are for this version. */
function requestBodyAt(document: TextDocument, offset: number, settings: Settings, environment: Record<string, string>): BodyContext | null {
  const last = current(document);
  const filePath = safePath(document.uri);
  return bodyContextAt(document.getText(), offset, {
    units: last?.result.units,
    languageId: document.languageId,
    filePath,
    api: filePath ? apiForPath(settings.apis, filePath, relativeToWorkspace(filePath)) : undefined,
    environment,
    models: settings.models,
    hosts: settings.hosts,
    ...trustOptions(),
  });
}

connection.onCompletion(async (params, token) => {
  const refused = refuseRequest('textDocument/completion', params, ['position']);
  if (refused) return refused;
  try {
    const document = documents.get(params.textDocument.uri);
    if (!document || token.isCancellationRequested) return null;
    const { settings, environment } = await settingsFor(document.uri);
    if (!settings.enable || token.isCancellationRequested) return null;
    const offset = document.offsetAt(params.position);
    const body = requestBodyAt(document, offset, settings, environment);
    if (body?.toDocument) {
      // An SDK call in source code: keyword arguments / properties, written the language's way.
      const unit = current(document)?.result.units.find((u) => u.unit.bodyMap && u.unit.bodySpan && u.unit.bodySpan.start <= offset && offset <= u.unit.bodySpan.end)?.unit;
      return unit ? sourceCompletion(body, unit, document.getText(), offset, (o) => document.positionAt(o)) : null;
    }
    return body ? completeAt(body, { snippets: snippetSupport, positionAt: (o) => document.positionAt(o) }) : null;
  } catch (error) {
    connection.console.error(`completion failed: ${(error as Error).stack}`);
    return null;
  }
});

/** `llmPreflight/fixAll`: the Fix All in File command; the client applies the edits if the version still matches. */
connection.onRequest('llmPreflight/fixAll', async (params: { textDocument?: { uri?: unknown } }) => {
  if (isShutdown()) return refuseRequest('llmPreflight/fixAll', params);
  try {
    const uri = typeof params?.textDocument?.uri === 'string' ? params.textDocument.uri : '';
    const fixed = await fixDocument(uri);
    if (!fixed) return { applied: 0, edits: [] };
    const edit = wholeEdit(fixed.document.getText(), fixed.after, new LineIndex(fixed.document.getText()));
    return { applied: fixed.applied, version: fixed.document.version, edits: edit ? [edit] : [] };
  } catch (error) {
    connection.console.error(`fix all failed: ${(error as Error).stack}`);
    return { applied: 0, edits: [] };
  }
});

/** `llmPreflight/explain`: the Explain Error command sends the selection or the clipboard. */
/** Outline and breadcrumbs: one symbol per request (.http, .jsonl); detail from the current lint result when there is one. */
connection.onDocumentSymbol((params) => {
  const refused = refuseRequest('textDocument/documentSymbol', params);
  if (refused) return refused;
  try {
    const document = documents.get(params.textDocument.uri);
    if (!document) return null;
    const units = current(document)?.result.units;
    return documentSymbols({ text: document.getText(), languageId: document.languageId, filePath: safePath(document.uri), units, http: trustOptions() });
  } catch (error) {
    connection.console.error(`documentSymbol failed: ${(error as Error).stack}`);
    return null;
  }
});

/** Folding in .http documents: request blocks, JSON bodies, scripts, comments. */
connection.onFoldingRanges((params) => {
  const refused = refuseRequest('textDocument/foldingRange', params);
  if (refused) return refused;
  try {
    const document = documents.get(params.textDocument.uri);
    return document ? foldingRanges(document.getText(), document.languageId, safePath(document.uri)) : null;
  } catch (error) {
    connection.console.error(`foldingRange failed: ${(error as Error).stack}`);
    return null;
  }
});

connection.onRequest('llmPreflight/explain', (params: { text?: unknown; at?: unknown }) => {
  if (isShutdown()) return refuseRequest('llmPreflight/explain', params);
  try {
    const text = typeof params?.text === 'string' ? params.text : '';
    return explaining().explainRequest(text, typeof params?.at === 'number' ? params.at : undefined, localeOf(pushedSettings), docsUrl);
  } catch (error) {
    connection.console.error(`explain failed: ${(error as Error).stack}`);
    return { count: 0, markdown: '', title: '' };
  }
});

/** `llmPreflight/findErrors`: terminal links ask which errors meet a line of a bounded window of output. */
connection.onRequest('llmPreflight/findErrors', (params: { text?: unknown; from?: unknown; to?: unknown }) => {
  if (isShutdown()) return refuseRequest('llmPreflight/findErrors', params);
  try {
    const text = typeof params?.text === 'string' ? params.text : '';
    const from = typeof params?.from === 'number' ? params.from : 0;
    return { errors: explaining().findErrorsRequest(text, from, typeof params?.to === 'number' ? params.to : text.length, localeOf(pushedSettings)) };
  } catch (error) {
    connection.console.error(`findErrors failed: ${(error as Error).stack}`);
    return { errors: [] };
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
