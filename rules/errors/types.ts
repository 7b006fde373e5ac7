/**
 * The error catalog: what a pasted error response means, whose fault it is, whether a retry helps,
 * and what to do. One entry per documented error; English lives in the entry, the other locales in
 * rules/errors/l10n/<locale>.ts keyed by entry id (a test fails when a locale lacks an entry).
 *
 * Plain data only. Recognition is by exact fields and literal substrings (no regular expressions in
 * entries), so matching stays linear in the size of the paste.
 */

/** Fault categories of the CLI contract (shared/DESIGN.md). */
export type Fault = 'request' | 'auth' | 'quota' | 'rate-limit' | 'content-filter' | 'relay' | 'upstream';

/** Who answered: decides which entries can match. `any` entries match whoever it was (HTTP status table). */
export type ErrorProvider =
  | 'openai'
  | 'azure'
  | 'anthropic'
  | 'gemini'
  | 'vertex'
  | 'bedrock'
  | 'dashscope'
  | 'deepseek'
  | 'openrouter'
  | 'relay'
  | 'any';

export type Locale = 'en' | 'zh-cn' | 'zh-tw' | 'fr';
export const LOCALES: readonly Locale[] = ['en', 'zh-cn', 'zh-tw', 'fr'];

/**
 * How an entry is recognised. Every listed condition must hold; within a list, any element may match.
 * Strings are compared case-insensitively; `messageIncludes` are literal substrings of the message.
 */
export interface ErrorMatch {
  /** HTTP status codes. */
  status?: readonly number[];
  /**
   * Machine-readable identifiers: OpenAI `error.code` / `error.type`, Anthropic `error.type`, Google
   * `error.status` (INVALID_ARGUMENT) and ErrorInfo `reason`, DashScope `code`, Bedrock exception
   * names (ValidationException), new-api `error.code`, gRPC status names.
   */
  codes?: readonly string[];
  /** Literal substrings of the message (lower-case compared). At least one must occur. */
  messageIncludes?: readonly string[];
}

/** Which numbers to read out of the message/headers for the explanation. */
export type Extractor = 'context-overflow' | 'retry-after' | 'max-tokens' | 'quota-limit';

export interface ErrorText {
  /** A short title, e.g. "Rate limit reached". */
  title: string;
  /** What it means and why it happened (plain text; placeholders like {over} are filled from extractors). */
  explanation: string;
  /** Steps to fix, in order. */
  fix: readonly string[];
}

export interface ErrorEntry extends ErrorText {
  /** Stable id: `<provider>/<slug>`, e.g. `openai/rate-limit-exceeded`, `seed/http-429`, `relay/no-available-channel`. */
  id: string;
  provider: ErrorProvider;
  match: ErrorMatch;
  fault: Fault;
  /** True when the same request can succeed later unchanged (after the wait, when one is known). */
  retryable: boolean;
  /** The lint rule that would have caught the problem before sending, where one exists. */
  rule?: string;
  extract?: readonly Extractor[];
  /**
   * The relay table's finer attribution (seed 002), kept in the explanation:
   * user request problem, upstream problem, upstream quota/account gone, channel misconfiguration,
   * local server problem, code bug.
   */
  attribution?: 'user-request' | 'upstream' | 'upstream-quota' | 'channel-config' | 'local-server' | 'code-bug';
  /**
   * The entry documents a gateway passing on another service's error ("Provider returned error" with the
   * upstream's own text in metadata.raw): when that inner text names a money, credentials or content
   * verdict (a kind with another fault), the kind speaks instead of the entry's stock fault.
   */
  passesOn?: boolean;
  /** Where the facts come from: provider docs first; the seed file name for seed entries. */
  source: string;
  /** Real-looking pastes that must be recognised as this entry (tests run every one). */
  examples: readonly string[];
}

/** A locale file: entry id -> translated text (same number of fix steps as the English). */
export type ErrorTranslations = Readonly<Record<string, ErrorText>>;
