/**
 * What the editor's read-only Explain view and its terminal links ask the server (`llmPreflight/explain`,
 * `llmPreflight/findErrors`): the same finder as the hover and the CLI (`explainText`), on text the client
 * sends (a selection, the clipboard, or a window of terminal output around a line).
 */
import type { Locale } from '../../../rules/errors/types.ts';
import { PROVIDER_PROFILES } from '../../../rules/profiles/providers.ts';
import type { Provider } from '../core/rule-api.ts';
import { explainText, type Explanation } from '../core/errors/index.ts';
import { maskSecrets } from '../core/secrets.ts';
import { renderExplanations } from './explain-markdown.ts';

/** Explanations are capped at this much text (a selection or the clipboard). */
export const EXPLAIN_MAX_CHARS = 10 * 1024 * 1024;
/** A terminal window is at most this long: the client sends a bounded batch around the hovered line. */
export const FIND_MAX_CHARS = 256 * 1024;

/** "Anthropic 529 overloaded_error": the provider's display name, the status and the code, as far as known. */
export function errorLabel(x: Explanation): string {
  const provider = x.provider ? PROVIDER_PROFILES[x.provider as Provider]?.name ?? x.provider : null;
  // The code comes from the paste: masked, reduced to a short identifier so a title cannot carry a whole message.
  const code = x.code ? maskSecrets(x.code).slice(0, 60) : null;
  const parts = [provider, x.status, code].filter((v) => v !== null && v !== '');
  return parts.length ? parts.join(' ') : x.title;
}

/** The view's title: "Explain: Anthropic 529 overloaded_error", "Explain: OpenAI 429 rate_limit_exceeded (+2 more)". */
export function explainViewTitle(xs: readonly Explanation[]): string {
  if (!xs.length) return '';
  return `Explain: ${errorLabel(xs[0])}${xs.length > 1 ? ` (+${xs.length - 1} more)` : ''}`;
}

export interface ExplainResponse {
  count: number;
  markdown: string;
  title: string;
}

/**
 * `llmPreflight/explain`: every error in `text`, or with `at` (an offset, from a terminal link) only the
 * report whose span contains it.
 */
export function explainRequest(text: string, at: number | undefined, locale: Locale, ruleDocs: (rule: string) => string | undefined): ExplainResponse {
  const all = explainText(text.slice(0, EXPLAIN_MAX_CHARS), locale);
  const xs = at === undefined ? all : all.filter((x) => x.span.start <= at && at <= x.span.end).slice(0, 1);
  return { count: xs.length, markdown: xs.length ? renderExplanations(xs, { locale, ruleDocs }) : '', title: explainViewTitle(xs) };
}

export interface FoundError {
  /** Offsets into the text that was sent. */
  start: number;
  end: number;
  /** "Anthropic 529 overloaded_error" (for the link's tooltip). */
  label: string;
}

/**
 * `llmPreflight/findErrors`: the errors in `text` whose span meets [from, to) — the line the terminal asks
 * links for, inside the window of output around it. Success bodies and plain logs give nothing (the
 * finder's own checks).
 */
export function findErrorsRequest(text: string, from: number, to: number, locale: Locale): FoundError[] {
  if (text.length > FIND_MAX_CHARS) return [];
  return explainText(text, locale)
    .filter((x) => x.span.start < to && x.span.end > from)
    .map((x) => ({ start: x.span.start, end: x.span.end, label: errorLabel(x) }));
}
