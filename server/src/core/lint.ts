import { DEFAULT_RULES } from '../default-rules.ts';
import type { Report, RuleContext, RuleListeners, RuleModule } from '../../../rules/types.ts';
import { createRequestModel, NODE_KINDS } from '../../../rules/shared/request-model.ts';
import { createModelTable, defaultModelTable, type ModelTable, type UserModel } from '../../../rules/models/index.ts';
import { makerOf } from '../../../rules/profiles/index.ts';
import { detectRequest } from './detect.ts';
import { applyDirectives, MARKER } from './directives.ts';
import { inLocale, resolveDeferred, settleKnown, type DeferredFinding } from './deferred.ts';
import { createFixer, shiftFixes, toFindingFixes } from './fix.ts';
import { quotedFixes } from './sources/shell/quoting.ts';
import { coreMessage, renderMessage, renderQuote, syntaxWords } from './messages.ts';
import type { Locale } from '../../../rules/errors/types.ts';
import type { HttpSplitOptions } from './http/parse.ts';
import { createIncrementalHttpSplitter } from './http/incremental.ts';
import { parseBody, type ParsedBody } from './json/body.ts';
import { DEFAULT_LIMITS, checkLimits, type Limits } from './limits.ts';
import type { ApiId, Detection, Finding, Provider, RequestUnit, Severity, Span } from './types.ts';
import { documentKind, splitDocument, type DocumentKind } from './units.ts';
import { isSourceOff, type SourceSettings } from './sources/settings.ts';
import type { SourceSplitState } from './sources/index.ts';
import type { Tree } from 'web-tree-sitter';

export type RuleSetting = Severity | 'off';

export interface LintOptions {
  /** LSP language id (http, json, jsonc, jsonl); the file extension decides when it is absent or generic. */
  languageId?: string;
  filePath?: string;
  /** API forced by configuration (CLI --api, llmPreflight.apis); a `# @api` comment still wins. */
  api?: ApiId;
  /** Per-rule severity overrides, `off` disables. */
  rules?: Record<string, RuleSetting>;
  limits?: Partial<Limits>;
  http?: Omit<HttpSplitOptions, 'filePath'>;
  /** Models the user declares (llmPreflight.models, the CLI config file): private deployments, new releases. */
  models?: Record<string, UserModel>;
  /** Host (with or without its port) → provider dialect (llmPreflight.hosts, the CLI config's `hosts`): self-hosted servers. */
  hosts?: Record<string, Provider>;
  /** Link for a finding's code (the rule's docs page); undefined leaves it out. */
  docsUrl?: (code: string) => string | undefined;
  /** The document's units when the caller already has them (the library's one request): the splitter is skipped. */
  units?: RequestUnit[];
  /** Language of the findings' messages (rule messages by id: `rules/<id>/l10n.ts`); default English. */
  locale?: Locale;
  /** Source files per kind (`llmPreflight.sources.*`, the CLI config's `sources`): false leaves that kind alone. */
  sources?: SourceSettings;
  /** The document's tree-sitter tree when the caller keeps one (the server's incremental parse of a source file). */
  sourceTree?: Tree;
  /** The document's last split with that tree (sources/index.ts `SourceSplitState`), updated by this lint. */
  sourceState?: SourceSplitState;
}

export interface AnalyzedUnit {
  unit: RequestUnit;
  detection: Detection;
}

export interface LintResult {
  findings: Finding[];
  units: AnalyzedUnit[];
  /** Why the document was not linted, when it was not. */
  skipped?: string;
  /** Findings waiting for a token count (deferred.ts); `lintText` resolves them, the server counts in a worker. */
  deferred?: DeferredFinding[];
}

export interface Linter {
  lint(text: string, options?: LintOptions): LintResult;
}

/** Codes of findings the core itself produces (not rules); documented in docs/diagnostics.md. */
export const CORE_CODES = [
  'json-syntax',
  'file-skipped',
  'body-file-unreadable',
  'http-second-request-line',
  'http-missing-blank-line',
  'http-separator-in-body',
  'unused-disable-directive',
  'unknown-rule-in-directive',
  'workspace-untrusted',
  'shell-body-skipped',
] as const;

export interface CachedUnit {
  detection: Detection;
  /** Findings with spans relative to the unit's start, so edits above the unit do not invalidate them. */
  findings: Finding[];
}

/**
 * Cache budget in characters of keys: twice the document, at least 8 M. Beyond the current document the
 * cache holds older versions of edited requests (undo); a bigger budget only grows the server over a long
 * session (10 000 keystrokes in one 5 KB request are 50 M characters).
 */
const MIN_CACHE_BUDGET_CHARS = 8 * 1024 * 1024;

/**
 * Opt-in timing for bench/profile.ts: wall time per rule (its `check`, including the spans its reports
 * need) and per pipeline phase ('split', 'parse', 'detect', 'locate'; 'locate' is also inside the rule
 * that reported). Off by default; when off it costs one null check per rule and phase.
 */
export interface LintProfiler {
  rule(id: string, ms: number): void;
  phase(name: 'split' | 'parse' | 'detect' | 'locate', ms: number): void;
}

let profiler: LintProfiler | null = null;

/** Installs (or, with null, removes) the profiler for every linter in this process. */
export function setLintProfiler(p: LintProfiler | null): void {
  profiler = p;
}

/**
 * A linter with a per-request cache: in a .http file an edit re-lints only the request it touched.
 * One linter per open document is enough; the cache is bounded by total key size.
 */
export interface LinterSetup {
  /** The rules to run (rules/index.ts' list by default, through server/src/default-rules.ts). */
  rules?: readonly RuleModule[];
  /** Clock of the incremental .http splitter's periodic full split (tests); default Date.now. */
  now?: () => number;
  /**
   * The per-request cache, shareable between linters (the server gives one to every open document: the
   * same request in a copied or sibling file is not analysed again). Default: the linter's own.
   */
  cache?: UnitCache;
}

/** Analyses of request units keyed by their text (see createLinter); bounded by total key size. */
export interface UnitCache {
  get(unitText: string): CacheEntry | undefined;
  remember(unitText: string, documentLength: number, context: string, value: CachedUnit): CacheEntry;
  /** Moves an entry to the young end of the LRU order. */
  refresh(entry: CacheEntry): void;
  /** Drops an entry (when it is still the one stored under its text). */
  forget(entry: CacheEntry): void;
  /** How many entries the size budget has pushed out so far (a linter refreshes its units only after one did). */
  readonly evictions?: number;
}

/**
 * Versions of edited requests a linter keeps cached for undo: typing in one request adds one version per
 * keystroke, which would otherwise stay until the size budget pushed them out (server memory grew with
 * every edit). An older version is analysed again if the text comes back.
 */
const MAX_SUPERSEDED = 64;

/**
 * `copies: false` stores the unit's text as given, a slice that keeps the whole document alive: only for a cache
 * that lives no longer than its document (lintText's, one lint), where copying every request's text was waste.
 */
export function createUnitCache({ copies = true }: { copies?: boolean } = {}): UnitCache {
  const cache = new Map<string, CacheEntry>();
  let cachedChars = 0;
  let evictions = 0;
  return {
    get evictions() {
      return evictions;
    },
    get: (unitText) => cache.get(unitText),
    remember(unitText, documentLength, context, value) {
      const previous = cache.get(unitText);
      if (previous) {
        cache.delete(previous.key);
        cachedChars -= previous.key.length + previous.context.length;
      }
      // A slice keeps its whole document alive: copied, unless copies are off (a one-shot lint) or it is most of the
      // document (a .json file's one unit lacks only its final line break), where the document costs less than 2×
      // the key and a copy of a 1.8 MB body cost ~10 ms of every re-lint after an edit.
      const key = !copies || 2 * unitText.length >= documentLength ? unitText : ownedCopy(unitText);
      const entry = { key, context, unit: value };
      cache.set(key, entry);
      cachedChars += key.length + context.length;
      const budget = Math.max(MIN_CACHE_BUDGET_CHARS, 2 * documentLength);
      for (const [oldKey, old] of cache) {
        if (cachedChars <= budget) break;
        cache.delete(oldKey);
        cachedChars -= oldKey.length + old.context.length;
        evictions++;
      }
      return entry;
    },
    // The key is a stored string, whose hash V8 keeps.
    refresh(entry) {
      if (cache.get(entry.key) !== entry) return;
      cache.delete(entry.key);
      cache.set(entry.key, entry);
    },
    forget(entry) {
      if (cache.get(entry.key) !== entry) return;
      cache.delete(entry.key);
      cachedChars -= entry.key.length + entry.context.length;
    },
  };
}

export function createLinter(setup: LinterSetup = {}): Linter {
  const rules = setup.rules ?? DEFAULT_RULES;
  const now = setup.now;
  // Codes a disable directive may name: these rules' ids and the core's own codes.
  const knownIds: readonly string[] = [...rules.map((r) => r.meta.id), ...CORE_CODES];
  /**
   * Entries the last edits replaced, oldest first (see MAX_SUPERSEDED). Each entry is in it once: a version
   * that comes back (undo, or typing a character and deleting it) moves to the young end, instead of a copy
   * from 64 edits ago pushing out the version just used.
   */
  const superseded = new Set<CacheEntry>();
  const supersede = (replaced: CacheEntry[], current: Set<CacheEntry>) => {
    for (const entry of current) superseded.delete(entry);
    for (const entry of replaced) {
      if (current.has(entry)) continue;
      superseded.delete(entry);
      superseded.add(entry);
    }
    for (const old of superseded) {
      if (superseded.size <= MAX_SUPERSEDED) break;
      superseded.delete(old);
      cache.forget(old);
    }
  };
  // Keyed by the unit's text; `context` holds everything else the analysis depends on (settings,
  // resolved URL and headers, a `< file` body). Looking up the unit's text as a slice of the
  // document only hashes it, where one concatenated key string had to be built and copied per unit
  // and per lint (the main cost of a re-lint after an edit). Stored keys are copies, so that a cache
  // entry never keeps a whole old version of the document alive through a slice.
  const cache = setup.cache ?? createUnitCache();
  let table: ModelTable = defaultModelTable();
  let tableKey = '{}';
  const httpSplitter = createIncrementalHttpSplitter(now);
  /** The last .http lint's analyses and document-placed findings, per unit, for the units the splitter reuses. */
  let last: { settingsKey: string; entries: CacheEntry[]; placed: Finding[][]; markerFree: boolean } | undefined;
  /** The cache's eviction count when this linter last refreshed the units it keeps (see `kept` below). */
  let refreshedAt = -1;
  return {
    lint(text, options = {}) {
      const limits = { ...DEFAULT_LIMITS, ...options.limits };
      const kind = documentKind(options.languageId, options.filePath);
      if (!kind || isSourceOff(kind, text, options.sources)) return { findings: [], units: [] };
      const skip = checkLimits(text, limits);
      if (skip) return { findings: isOff('file-skipped', options) ? [] : [core('file-skipped', 'info', skip, { start: 0, end: 0 }, options)], units: [], skipped: skip };

      const t0 = profiler ? performance.now() : 0;
      // .http: an edit re-splits only the blocks it touched (http/incremental.ts); `reuse` says which units are the last lint's.
      const split = options.units ? { units: options.units, reuse: undefined } : kind === 'http' ? httpSplitter.split(text, { ...options.http, filePath: options.filePath }) : { units: splitDocument(text, kind, { ...options.http, filePath: options.filePath }, options.languageId, options.sourceTree, options.sourceState) };
      const units = split.units;
      if (profiler) profiler.phase('split', performance.now() - t0);
      const modelsKey = JSON.stringify(options.models ?? {});
      const settingsKey = `${kind}\u0001${options.locale ?? 'en'}\u0001${options.api ?? ''}\u0001${JSON.stringify(options.rules ?? {})}\u0001${modelsKey}\u0001${JSON.stringify(options.hosts ?? {})}`;
      if (modelsKey !== tableKey) {
        table = options.models && Object.keys(options.models).length ? createModelTable(options.models) : defaultModelTable();
        tableKey = modelsKey;
      }
      const reuse = split.reuse && last && last.settingsKey === settingsKey ? split.reuse : undefined;
      // The units kept from the last lint are served from `last`, not looked up; they are moved to the young end of
      // the cache's LRU order (so that the budget pushes out stale versions first) only once it has pushed something
      // out since this linter last did so: a keystroke does not touch 200 cache entries.
      // A cache that does not count evictions (optional in UnitCache) is refreshed on every lint.
      const refreshKept = cache.evictions === undefined || cache.evictions !== refreshedAt;
      refreshedAt = cache.evictions ?? -1;
      const findings: Finding[] = [];
      const analyzed: AnalyzedUnit[] = [];
      const entries: CacheEntry[] = [];
      const placed: Finding[][] = [];
      for (let i = 0; i < units.length; i++) {
        const unit = units[i];
        // A unit the splitter kept (above the edit) or moved (below it): its analysis is the last lint's.
        const kept = reuse && last ? (i < reuse.above ? i : i >= reuse.below ? i - reuse.added : -1) : -1;
        let entry: CacheEntry;
        let own: Finding[];
        if (kept >= 0) {
          entry = last!.entries[kept];
          if (refreshKept) cache.refresh(entry); // still in use: not to be evicted before the stale versions of edited requests
          own = i < reuse!.above || reuse!.delta === 0 ? last!.placed[kept] : last!.placed[kept].map((f) => moved(f, reuse!.delta));
        } else {
          const unitText = text.slice(unit.span.start, unit.span.end);
          const context = cacheContext(unit, settingsKey);
          const hit = cache.get(unitText);
          if (hit && hit.context === context) {
            entry = hit;
            cache.refresh(hit); // keeping the stored copy as key
          } else {
            entry = cache.remember(unitText, text.length, context, analyzeUnit(unit, unitText, kind, options, table, rules));
          }
          own = entry.unit.findings.map((f) => moved(f, unit.span.start));
        }
        entries.push(entry);
        placed.push(own);
        analyzed.push({ unit, detection: entry.unit.detection });
        for (const f of own) findings.push(f);
      }
      // Comment directives (`# llm-preflight-disable-next-request …`) apply to the whole document's findings.
      // Looking for one scans the whole text; after an edit of a text that had none, the edited range (and
      // a marker's length around it) is enough.
      const changed = reuse?.changed;
      // JSON and JSON Lines documents take no directives (directives.ts): a batch's text is not scanned.
      const markerFree =
        kind === 'json' ||
        kind === 'jsonl' ||
        (changed && last?.markerFree
          ? !text.slice(Math.max(0, changed.start - MARKER.length), Math.min(text.length, changed.end + MARKER.length)).includes(MARKER)
          : !text.includes(MARKER));
      // The units the edit replaced: their analyses are now old versions.
      if (reuse && last) supersede(last.entries.slice(reuse.above, reuse.below - reuse.added), new Set(entries.slice(reuse.above, reuse.below)));
      last = kind === 'http' && !options.units ? { settingsKey, entries, placed, markerFree } : undefined;
      return settleKnown({ findings: markerFree ? findings : applyDirectives(text, kind, findings, analyzed, options, knownIds), units: analyzed });
    },
  };
}

export function lintText(text: string, options: LintOptions = {}, setup: LinterSetup = {}): LintResult {
  return resolveDeferred(createLinter({ ...setup, cache: setup.cache ?? createUnitCache({ copies: false }) }).lint(text, options));
}

/**
 * One request the caller built itself (the library's `lintRequest`: a unit from its URL and headers, its
 * body taken as the caller's text, never read as `.http` syntax): no document, no split, no cache, no
 * directives. `unitText` is the unit's text (`document` spans are read from it); `limitText` the text the
 * size limits apply to. Waits for deferred token counts, as lintText does.
 */
export function lintUnit(unit: RequestUnit, unitText: string, limitText: string, options: LintOptions = {}, setup: Pick<LinterSetup, 'rules'> = {}): LintResult {
  const skip = checkLimits(limitText, { ...DEFAULT_LIMITS, ...options.limits });
  if (skip) return { findings: isOff('file-skipped', options) ? [] : [core('file-skipped', 'info', skip, { start: 0, end: 0 }, options)], units: [], skipped: skip };
  const table = options.models && Object.keys(options.models).length ? createModelTable(options.models) : defaultModelTable();
  const analysis = analyzeUnit(unit, unitText, 'http', options, table, setup.rules ?? DEFAULT_RULES);
  const findings = unit.span.start === 0 ? analysis.findings : analysis.findings.map((f) => moved(f, unit.span.start));
  return resolveDeferred(settleKnown({ findings, units: [{ unit, detection: analysis.detection }] }));
}

export interface CacheEntry {
  /** The stored copy of the unit's text (also the Map key). */
  key: string;
  context: string;
  unit: CachedUnit;
}

/** What besides its own text a unit's findings depend on. */
function cacheContext(unit: RequestUnit, settingsKey: string): string {
  const headers = unit.headers.map((h) => `${h.name}:${h.value}`).join('\n');
  // The raw file variables the headers / URL reference (a value written in this file or taken from .env).
  const fileVariables = unit.fileVariables ? JSON.stringify(unit.fileVariables) : '';
  // A shared cache serves other documents too: what the splitter found outside this text (a `< file` read
  // from this document's folder, notes about files) differs between equal requests in different folders.
  const outside = unit.notes.length || unit.bodyFile ? `${unit.bodyFile?.resolvedPath ?? ''}\u0001${unit.notes.map((n) => `${n.code}:${n.message}`).join('\n')}` : '';
  return `${settingsKey}\u0001${unit.url ?? ''}\u0001${headers}\u0001${unit.bodyFile?.text ?? ''}\u0001${fileVariables}\u0001${outside}`;
}

/** A flat copy of `s` that shares no memory with the string it was sliced from (one byte per char when it can). */
function ownedCopy(s: string): string {
  if (s.length < 16) return s; // V8 copies short slices anyway
  const encoding = /[^\u0000-\u00ff]/.test(s) ? 'utf16le' : 'latin1';
  return Buffer.from(s, encoding).toString(encoding);
}

function analyzeUnit(unit: RequestUnit, unitText: string, kind: DocumentKind, options: LintOptions, models: ModelTable, rules: readonly RuleModule[]): CachedUnit {
  const origin = unit.span.start;
  const relative = (span: Span): Span => shift(span, -origin);
  const findings: Finding[] = unit.notes.filter((n) => !isOff(n.code, options)).map((n) => core(n.code, n.severity, n.message, relative(n.span), options));

  // The body comes from this document, or from a `< file` reference whose findings land on the `<` line.
  const external = unit.bodyFile;
  const bodyText = external ? external.text : unit.bodyText;
  if (unit.nonJsonBody || bodyText === undefined || !bodyText.trim()) {
    return { detection: detectRequest(unit, undefined, options.api, options.hosts), findings };
  }
  const bodyOrigin = external ? null : unit.bodySpan!.start;
  // A body synthesized from source code (sources/body-map.ts) reaches the document through its map; its fixes are document edits.
  const map = unit.bodyMap;
  const toUnit = (span: Span): Span => (map ? relative(map.toSource(span)) : bodyOrigin === null ? relative(external!.span) : relative(shift(span, bodyOrigin)));

  const t0 = profiler ? performance.now() : 0;
  const body = parseBody(bodyText, { allowComments: kind === 'jsonc' });
  const t1 = profiler ? performance.now() : 0;
  const detection = detectRequest(unit, body.value, options.api, options.hosts);
  if (profiler) {
    profiler.phase('parse', t1 - t0);
    profiler.phase('detect', performance.now() - t1);
  }
  // In a plain .json file nothing says it is a request until detection does; syntax errors in
  // unrelated JSON (package.json...) are the JSON language service's business, not ours.
  const ownsSyntax = kind === 'http' || kind === 'jsonl' || detection.api !== null;
  for (const problem of ownsSyntax && !isOff('json-syntax', options) ? body.syntax : []) {
    const where = external ? ` (in ${external.path})` : '';
    const message = problem.error === undefined ? problem.message : coreMessage('jsonSyntax', { error: syntaxWords(problem.error, options.locale) }, options.locale);
    findings.push(core('json-syntax', 'error', message + where, toUnit(problem.span), options));
  }
  // Fix edits are body-relative (never in a `< file`: its fixer refuses everything).
  const fixOrigin = map ? -origin : bodyOrigin === null ? 0 : bodyOrigin - origin;
  runRules(rules, body, unit, unitText, detection, options, models, (f, onUnit) =>
    findings.push({ ...f, span: onUnit ? f.span : toUnit(f.span), ...(f.fixes && { fixes: shiftFixes(unit.bodyQuoting ? quotedFixes(f.fixes, unit.bodyQuoting, bodyText) : f.fixes, fixOrigin) }) }),
  );
  return { detection, findings };
}

/** `emit` gets spans relative to the body, or relative to the unit when `onUnit` is true (the request line). */
function runRules(
  rules: readonly RuleModule[],
  body: ParsedBody,
  unit: RequestUnit,
  unitText: string,
  detection: Detection,
  options: LintOptions,
  models: ModelTable,
  emit: (f: Finding, onUnit?: boolean) => void,
): void {
  if (body.value === undefined) return;
  const modelInfo = models.lookup(detection.model, detection.api ? makerOf(detection.api) : undefined);
  const requestLine = unit.requestLineSpan && shift(unit.requestLineSpan, -unit.span.start);
  const locate: ParsedBody['locate'] = profiler
    ? (path, target) => {
        const t0 = performance.now();
        const span = body.locate(path, target);
        profiler?.phase('locate', performance.now() - t0);
        return span;
      }
    : body.locate;
  const fixer = unit.bodyMap?.fixer ?? createFixer(unit.bodyFile ? undefined : unit.bodyText);
  // `{ document }` spans and `document` fixes: text of the unit outside its body (headers, URL, file variables).
  const unitStart = unit.span.start;
  const source = (s: Span): string => (s.start >= unitStart && s.end <= unit.span.end && s.start <= s.end ? unitText.slice(s.start - unitStart, s.end - unitStart) : '');
  const outsideBody = (s: Span): boolean =>
    s.start >= unitStart && s.end <= unit.span.end && (!unit.bodySpan || s.end <= unit.bodySpan.start || s.start >= unit.bodySpan.end);
  // emit() shifts every fix by the body's offset in the unit; a document offset minus this lands on the unit.
  // Source code (a body map) and shell commands take no document edits: they are written in .http syntax (a header line, {{$dotenv …}}).
  const documentFixes = { origin: -(unit.bodyFile || !unit.bodySpan ? unitStart : unit.bodySpan.start), allowed: unit.bodyMap || unit.shell ? () => false : outsideBody };
  // The body's shared view: built lazily, once, whatever number of rules read it.
  const request = createRequestModel({ api: detection.api, provider: detection.provider, body: body.value, templated: body.templated });
  // Quiet while typing: in a body that does not parse, a finding on the broken text (a key typed half-way)
  // or over the whole body (a place the partial tree could not locate) is noise beside the syntax error.
  const typing = body.complete ? null : { broken: body.syntax.map((p) => p.span), root: locate([]) };
  const noise = (span: Span): boolean =>
    typing !== null && ((span.start <= typing.root.start && span.end >= typing.root.end) || typing.broken.some((b) => span.start < Math.max(b.end, b.start + 1) && b.start < Math.max(span.end, span.start + 1)));
  // Findings are kept per rule and emitted in rule order, so listener rules (called node by node,
  // interleaved) give the same order as whole-body checks.
  type Buffered = { finding: Finding; onUnit: boolean };
  const listening: { rule: RuleModule; listeners: RuleListeners; out: Buffered[]; ms: number; failed: boolean }[] = [];
  const perRule: Buffered[][] = [];
  // The settings by rule id, read once per rule: a lookup of 40 different keys on the options object is megamorphic.
  const settings = options.rules ? new Map(Object.entries(options.rules)) : undefined;
  for (const { rule, id, apis, needsCompleteBody } of ruleTable(rules)) {
    const setting = settings?.get(id);
    if (setting === 'off' || (apis !== 'all' && (detection.api === null || !apis.has(detection.api)))) continue;
    if (needsCompleteBody && !body.complete) continue;
    const out: Buffered[] = [];
    perRule.push(out);
    const started = profiler ? performance.now() : 0;
    const context: RuleContext = {
      body: body.value,
      complete: body.complete,
      templated: body.templated,
      unit,
      modelInfo,
      models,
      request,
      fixer,
      source,
      report: (r) => {
        const inDocument = typeof r.span === 'object' && 'document' in r.span && outsideBody(r.span.document);
        const onRequestLine = (r.span === 'request-line' && requestLine !== undefined) || inDocument;
        const span = inDocument
          ? shift((r.span as { document: Span }).document, -unitStart)
          : r.span === 'request-line' && requestLine !== undefined
            ? requestLine
            : typeof r.span === 'object' && !('document' in r.span)
              ? r.span
              : locate(r.path ?? [], r.target);
        if (!onRequestLine && noise(span)) return;
        const fixes = toFindingFixes(r.fix, 0, documentFixes);
        const quote = renderQuote(rule, r, detection.api, detection.provider);
        const finding: Finding = {
          rule: rule.meta.id,
          severity: setting ?? r.severity ?? rule.meta.severity,
          message: renderMessage(rule, r, options.locale),
          span,
          api: detection.api,
          provider: detection.provider,
          docsUrl: options.docsUrl?.(rule.meta.id),
          ...(fixes && { fixes }),
          ...(quote && { quote }),
          ...(r.pending && { pending: inLocale(r.pending, (m) => renderMessage(rule, m, options.locale)) }),
        };
        out.push({ finding, onUnit: onRequestLine });
      },
      // The detection's fields one by one, not spread (a spread is a generic copy per context, 40 contexts
      // per request); RuleContext extends Detection, so the type checker names a field added there.
      api: detection.api,
      provider: detection.provider,
      model: detection.model,
      reasons: detection.reasons,
      declaredApi: detection.declaredApi,
    };
    let listeners: RuleListeners | undefined;
    try {
      if (rule.create) listeners = rule.create(context);
      else rule.check?.(context);
    } catch (error) {
      out.push({ finding: internalError(rule, error, detection), onUnit: false });
    }
    const ms = profiler ? performance.now() - started : 0;
    if (listeners) listening.push({ rule, listeners, out, ms, failed: false });
    else if (profiler) profiler.rule(rule.meta.id, ms);
  }

  // One walk over the model for every listening rule: each node kind is computed once (only when some
  // rule listens to it) and handed to the listeners in document order.
  if (listening.length) {
    // A listener is called with its node directly (no closure per node and listener: a body has hundreds
    // of nodes, each seen by several rules), and its nodes of one kind in one try (a wrapper call with its own
    // try per node and listener was the runner's largest own cost).
    const call = (entry: (typeof listening)[number], fn: (node?: unknown) => void, nodes?: readonly unknown[]) => {
      if (entry.failed) return;
      const started = profiler ? performance.now() : 0;
      try {
        if (nodes === undefined) fn();
        else for (let i = 0; i < nodes.length; i++) fn(nodes[i]);
      } catch (error) {
        entry.failed = true; // a rule bug costs that rule's further findings, never the others'
        entry.out.push({ finding: internalError(entry.rule, error, detection), onUnit: false });
      }
      if (profiler) entry.ms += performance.now() - started;
    };
    // Who listens to what, from each rule's own keys (looking every kind up on every rule's listener object,
    // each of its own shape, was a megamorphic miss per kind and rule); entries stay in rule order.
    const byKind = new Map<string, (typeof listening)[number][]>();
    for (const entry of listening) {
      for (const kind in entry.listeners) {
        if (!entry.listeners[kind as keyof RuleListeners]) continue;
        const list = byKind.get(kind);
        if (list) list.push(entry);
        else byKind.set(kind, [entry]);
      }
    }
    for (const kind of NODE_KINDS) {
      const subscribed = byKind.get(kind);
      if (!subscribed) continue;
      const nodes = request.nodes(kind);
      for (const entry of subscribed) call(entry, entry.listeners[kind] as (node?: unknown) => void, nodes);
    }
    for (const entry of listening) {
      const exit = entry.listeners['body:exit'];
      if (exit) call(entry, exit);
      if (profiler) profiler.rule(entry.rule.meta.id, entry.ms);
    }
  }
  for (const out of perRule) for (const { finding, onUnit } of out) emit(finding, onUnit);
}

function internalError(rule: RuleModule, error: unknown, detection: Detection): Finding {
  // A rule bug must cost one rule's findings, never the whole document's.
  return {
    rule: rule.meta.id,
    severity: 'info',
    message: `Internal error in rule ${rule.meta.id}; its findings are missing: ${(error as Error).message}`,
    span: { start: 0, end: 0 },
    api: detection.api,
  };
}

/** What the runner reads of each rule's metadata, read once per rule list (every rule's meta has its own shape). */
interface RuleEntry {
  rule: RuleModule;
  id: string;
  apis: 'all' | ReadonlySet<ApiId>;
  needsCompleteBody: boolean;
}

const ruleTables = new WeakMap<readonly RuleModule[], RuleEntry[]>();

function ruleTable(rules: readonly RuleModule[]): RuleEntry[] {
  let table = ruleTables.get(rules);
  if (!table) {
    table = rules.map((rule) => ({ rule, id: rule.meta.id, apis: rule.meta.apis === 'all' ? 'all' : new Set(rule.meta.apis), needsCompleteBody: rule.meta.needsCompleteBody === true }));
    ruleTables.set(rules, table);
  }
  return table;
}

/** `"<core code>": "off"` in the rules settings drops the core's own diagnostic (docs/diagnostics.md). */
function isOff(code: string, options: LintOptions): boolean {
  return options.rules?.[code] === 'off';
}

function core(code: string, severity: Severity, message: string, span: Span, options: LintOptions): Finding {
  const setting = options.rules?.[code];
  return { rule: code, severity: setting && setting !== 'off' ? setting : severity, message, span, api: null, docsUrl: options.docsUrl?.(code) };
}

/** A finding (and its fixes) moved by `by` in the document. */
function moved(f: Finding, by: number): Finding {
  return { ...f, span: shift(f.span, by), ...(f.fixes && { fixes: shiftFixes(f.fixes, by) }) };
}

function shift(span: Span, by: number): Span {
  return { start: span.start + by, end: span.end + by };
}
