/**
 * Links in hover markdown, only for text we wrote ourselves (rule metadata, the error catalog): a URL there is
 * trusted and becomes a clickable link. Text from the document or a paste never comes through here.
 */

/**
 * Markdown-escapes text that came from the document, so it can never become a link, HTML or a command.
 * `:` too: GFM renderers linkify a bare `https://…` in plain text, and an escaped colon breaks that.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>&~:]/g, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '&' ? '&amp;' : `\\${c}`));
}

// A host, then ASCII URL characters only: a URL in our prose ends at a space, a quote, or CJK punctuation
// (`。`, `）`); a pattern such as `https://<resource>.openai.azure.com/…` has no host and stays text.
const HTTPS_URL = /https:\/\/[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+(?::\d+)?(?:[/?#][A-Za-z0-9\-._~/?#@!$&*+,;=%:]*)?/g;
// Sentence punctuation right after a URL belongs to the sentence, not the URL.
const TRAILING = /[.,;:!?]+$/;

/** A markdown link target: `(` `)` and spaces would end the target early, so they are percent-encoded. */
function target(url: string): string {
  return url.replace(/[()\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** `[label](url)`, the label escaped. */
export function markdownLink(label: string, url: string): string {
  return `[${escapeMarkdown(label)}](${target(url)})`;
}

/** A short label for a URL: host and path without the scheme, cut at 60 characters. */
export function urlLabel(url: string): string {
  const short = url.replace(/^https:\/\//, '').replace(/\/$/, '');
  return short.length > 60 ? `${short.slice(0, 59)}…` : short;
}

/** The first https URL of a source field (`url ; url`, or a URL followed by a note), or null. */
export function firstUrl(source: string): string | null {
  const found = source.match(HTTPS_URL)?.[0];
  return found ? found.replace(TRAILING, '') : null;
}

/**
 * Our own prose as markdown: escaped like any text (so `*`, `_` and `#` stay literal), except its https URLs,
 * which become links. Values a paste filled into the prose are reduced to identifier characters before they
 * get here (core/errors/extract.ts), so they cannot form a URL.
 */
export function trustedProse(text: string): string {
  let out = '';
  let last = 0;
  for (const { url, index } of urlsIn(text)) {
    out += escapeMarkdown(text.slice(last, index)) + markdownLink(urlLabel(url), url);
    last = index + url.length;
  }
  return out + escapeMarkdown(text.slice(last));
}

/** The URLs trustedProse links in `text`. */
export function proseUrls(text: string): string[] {
  return urlsIn(text).map((u) => u.url);
}

function urlsIn(text: string): { url: string; index: number }[] {
  return [...text.matchAll(HTTPS_URL)].map((m) => ({ url: m[0].replace(TRAILING, ''), index: m.index }));
}
