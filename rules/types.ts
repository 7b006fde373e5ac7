import type { ApiId, Detection, JsonPath, Provider, RequestUnit, Severity, Span } from '../server/src/core/rule-api.ts';
import type { ModelInfo, ModelTable } from './models/index.ts';
import type { Fixer, PendingCount, RuleFix } from '../server/src/core/rule-api.ts';
import type { NodeKind, NodeOf, RequestModel } from './shared/request-model.ts';

export type { BodyEdit, Fixer, RuleFix } from '../server/src/core/rule-api.ts';

/** The provider error a rule prevents, quoted verbatim, with where the quote comes from. */
export interface ProviderError {
  api: ApiId;
  /** Dialect, when the wording is specific to one. */
  provider?: Provider;
  message: string;
  source: string;
}

export interface RuleMeta {
  /** Stable id: users put it in settings and disable comments. */
  id: string;
  /** Default severity of the rule's findings (a finding may lower it, e.g. on a relay). */
  severity: Severity;
  /** APIs the rule applies to; 'all' for checks common to every API. */
  apis: ApiId[] | 'all';
  /** One sentence: what the rule catches. */
  description: string;
  providerErrors: ProviderError[];
  /** True when a partial (syntactically broken) body could make the rule report nonsense. */
  needsCompleteBody?: boolean;
  /**
   * The rule's messages by id (ESLint's meta.messages): text with `{{name}}` placeholders, filled from a
   * report's `data` by the core. Keeping the text out of the rule logic lets it be translated later.
   */
  messages?: Record<string, string>;
  /**
   * Parts of messages a report chooses between (`data: { why: { fragment: 'opensMessages' } }`): translated
   * with the messages, so no English phrase reaches a translated message through its data.
   */
  fragments?: Record<string, string>;
  /**
   * The same messages in the other locales, by message id (`rules/<id>/l10n.ts`); the core falls back to
   * English for a missing one. Same placeholders as the English text (test/unit/message-l10n.test.ts).
   */
  translations?: MessageTranslations;
}

/** Locales rule messages are translated to (English is `meta.messages`). */
export type MessageLocale = 'zh-cn' | 'zh-tw' | 'fr';
export type MessageTranslations = Readonly<Record<MessageLocale, Readonly<Record<string, string>>>>;

/**
 * The provider's verbatim answer a finding prevents (Finding.quote): its text (`{{name}}` placeholders are
 * filled from the report's data), and optionally who answers (a display name; default: the detected
 * provider's, else the API's first party) and where the wording was seen (default: the source of the
 * `meta.providerErrors` entry with the same text).
 */
export type ReportQuote = string | { text: string; provider?: string; source?: string };

/** Values a message's `{{name}}` placeholders are filled with: text, numbers, or one of `meta.fragments`. */
export type MessageData = Record<string, string | number | MessageFragment>;

/** A `meta.fragments` entry (rendered in the message's locale), itself filled from `data`. */
export interface MessageFragment {
  fragment: string;
  data?: Record<string, string | number>;
}

export interface Report {
  /** Where in the body (the core maps the path to the exact span). Ignored when `span` is given. */
  path?: JsonPath;
  /** Point at the property name instead of its value (e.g. an unknown parameter). */
  target?: 'key' | 'value';
  /**
   * An explicit place instead of `path`: `'request-line'` for header-level findings (falls back to the
   * body start when the unit has no request line), or offsets relative to the body text the rule scanned
   * (`unit.bodyFile.text` when the body comes from a `< file`, else `unit.bodyText`), or `{ document }`:
   * document offsets inside the request's unit, outside its body (a header, the URL, a file variable line:
   * read their text with `context.source`).
   */
  span?: 'request-line' | Span | { document: Span };
  /** One of `meta.messages`' ids; the core renders it with `data`. */
  messageId?: string;
  data?: MessageData;
  /** What the provider would answer: shown labelled in the hover and docs, never inside the message. */
  quote?: ReportQuote;
  /** A message written out (rules not converted to `messageId` yet). */
  message?: string;
  /** Overrides the rule's default severity for this finding (e.g. 'warning' when routed through a relay). */
  severity?: Severity;
  /**
   * Safe automatic fixes, built with `context.fixer` (edits of the body text; a fix whose edits are null,
   * because the fixer refused, is dropped). Mark the obvious one `preferred`: fix-all applies only those.
   */
  fix?: RuleFix | RuleFix[];
  /** A finding that waits for an exact token count (server/src/core/deferred.ts): `message` is replaced by its render. */
  pending?: PendingCount;
}

export interface RuleContext extends Detection {
  /** The parsed body (templated values are strings carrying TEMPLATE_MARK: treat them as unknown). */
  body: unknown;
  /** False when the body had syntax errors and `body` may be partial. */
  complete: boolean;
  /** False when no value of the body can be templated (no `{{variable}}` in it): isTemplated() scans may be skipped. */
  templated: boolean;
  unit: RequestUnit;
  /** The detected model's facts from the model table (with the user's models), or null when unknown. */
  modelInfo: ModelInfo | null;
  /** The whole table, for rules that look up other ids (suggestions, `like`). */
  models: ModelTable;
  /** The body's normalised view (turns, blocks, media slots, tools, the spec walk), built once per body and shared by every rule. */
  request: RequestModel;
  report(report: Report): void;
  /** Builds fix edits against the body (refuses, with null, where an edit would not be safe). */
  fixer: Fixer;
  /**
   * The document text of a span inside this request's unit (document offsets, e.g. `unit.headers[i].span`,
   * `unit.requestLineSpan`): the header and URL lines as written, variables unresolved. '' outside the unit.
   */
  source(span: Span): string;
}

/**
 * What a rule listens to (ESLint's selectors, Ruff's analyzers): the core walks the request model once
 * and calls each listening rule per node, in document order; `body:exit` runs after the walk.
 */
export type RuleListeners = { [K in NodeKind]?: (node: NodeOf[K]) => void } & { 'body:exit'?: () => void };

export interface RuleModule {
  meta: RuleMeta;
  /** A whole-body check. A rule has `check` or `create`. */
  check?(context: RuleContext): void;
  /** Per-node listeners, set up once per body (may report right away, too). */
  create?(context: RuleContext): RuleListeners;
}

/** One test case: a whole document, linted by the real pipeline. */
export interface RuleCase {
  name: string;
  languageId: 'http' | 'json' | 'jsonc' | 'jsonl';
  code: string;
  /** For invalid cases: the provider error this case reproduces (must be one of meta.providerErrors' messages, or a source-backed variant). */
  providerError?: string;
  /**
   * Expected findings of this rule (invalid cases); each `message` is a substring or RegExp, `line` 0-based.
   * `fixes`: every fix the finding offers, in order, each with the document after applying it alone.
   */
  errors?: { message?: string | RegExp; line?: number; severity?: Severity; fixes?: { title: string | RegExp; output: string }[] }[];
  /**
   * The document after applying the first fix of each of this rule's findings (one pass, like ESLint's
   * RuleTester `output`); required when a finding offers a fix, and `code` itself asserts "no fix".
   */
  output?: string;
  /**
   * The editor's document limit raised for this case (as `--max-file-size-mb` does): a request over the
   * provider's 32-100 MB totals is over the default 20 MB. The fuzz campaign does not mutate such cases.
   */
  limits?: { maxDocumentChars: number };
}

export interface RuleCases {
  valid: RuleCase[];
  invalid: RuleCase[];
}
