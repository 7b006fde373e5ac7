/**
 * HTML error pages in place of a JSON answer (a proxy, CDN or gateway answered): nginx's
 * `<title>504 Gateway Time-out</title>`, Cloudflare's `<title>host | 524: A timeout occurred</title>` and
 * its `<span class="cf-error-code">1101</span>` with a `cf-subheadline`. The status comes from the title
 * (or Cloudflare's error code when it is an HTTP status); the title and the sub-headline are the
 * message, which the classifier reads (Cloudflare's own 1xxx errors by their wording, kinds.ts).
 *
 * A page without a title gives its status in the first `<h1>` that states one.
 *
 * Linear time: one cursor each for `<title>`, `cf-error-code` and `<h1>`, each hit read in a bounded
 * window; the scan resumes after the window.
 */
import { addMessage, emptyFacts, setStatus, type Candidate, type Facts } from './facts.ts';
import { Cursor, isDigit, isErrorStatus, threeDigits } from './scan.ts';

/** Longest title or headline read. */
const WINDOW = 300;

/** The element text from `from` to the next `<`, tags' entities reduced, bounded. */
function textUntilTag(text: string, from: number, cut: (s: number, e: number) => string): string {
  const end = Math.min(text.length, from + WINDOW);
  let e = from;
  while (e < end && text.charCodeAt(e) !== 60) e++;
  return cut(from, e).split('&amp;').join('&').split('&bull;').join('•').split('&#39;').join("'").trim();
}

/** The first 3-digit error status standing alone in `s` ("api.x.com | 524: A timeout occurred"). */
function statusIn(s: string): number | null {
  for (let i = 0; i + 3 <= s.length; i++) {
    if (i > 0 && isDigit(s.charCodeAt(i - 1))) continue;
    const n = threeDigits(s, i);
    if (isErrorStatus(n)) return n;
  }
  return null;
}

export function scanHtml(text: string, lower: string, out: Candidate[], cut: (s: number, e: number) => string): void {
  const titles = new Cursor(lower, '<title>');
  const codes = new Cursor(lower, 'cf-error-code');
  let from = 0;
  let cfUsed = 0;
  let titled = false;
  for (let at = titles.next(from); at >= 0; at = titles.next(from)) {
    from = at + 7;
    const title = textUntilTag(text, at + 7, cut);
    from += title.length;
    const f = emptyFacts();
    const status = statusIn(title);
    if (status !== null) setStatus(f, status, 2);
    // Cloudflare's page: its error code and sub-headline, within the page's head
    const cf = codes.next(at);
    if (cf >= 0 && cf - at < 4000) {
      cloudflare(text, lower, cf, f, cut);
      cfUsed = cf + 1;
    }
    if (f.status === null && !f.evidence) continue;
    titled = true;
    f.evidence = true;
    addMessage(f, title);
    out.push({ start: at, end: at + 7 + title.length, format: 'text', facts: f });
  }
  // a page without a title ("<html><body><h1>504 Gateway Time-out</h1>…", HAProxy's and some nginx pages):
  // the first heading that states a status
  if (!titled) {
    const heads = new Cursor(lower, '<h1>');
    for (let at = heads.next(0); at >= 0; at = heads.next(at + 4)) {
      const head = textUntilTag(text, at + 4, cut);
      const status = statusIn(head);
      if (status === null) continue;
      const f = emptyFacts();
      setStatus(f, status, 2);
      f.evidence = true;
      addMessage(f, head);
      out.push({ start: at, end: at + 4 + head.length, format: 'text', facts: f });
      break;
    }
  }
  // a page pasted without its head: Cloudflare's error block alone
  for (let at = codes.next(cfUsed); at >= 0; at = codes.next(cfUsed)) {
    cfUsed = at + 13;
    const f = emptyFacts();
    cloudflare(text, lower, at, f, cut);
    if (f.status === null && !f.evidence) continue;
    f.evidence = true;
    out.push({ start: at, end: at + 13, format: 'text', facts: f });
    cfUsed = at + 600;
  }
}

/** `cf-error-code">1101<` and the `cf-subheadline`'s text: a status, or Cloudflare's own error. */
function cloudflare(text: string, lower: string, at: number, f: Facts, cut: (s: number, e: number) => string): void {
  const gt = lower.indexOf('>', at);
  if (gt < 0 || gt - at > 40) return;
  let e = gt + 1;
  while (e < text.length && e - gt <= 5 && isDigit(text.charCodeAt(e))) e++;
  const digits = cut(gt + 1, e);
  if (digits.length === 3 && isErrorStatus(Number(digits)) && f.status === null) setStatus(f, Number(digits), 2);
  else if (digits.length === 4) f.evidence = true;
  const sub = lower.indexOf('cf-subheadline', e);
  if (sub >= 0 && sub - e < 600) {
    const s = lower.indexOf('>', sub);
    if (s >= 0 && s - sub < 80) addMessage(f, textUntilTag(text, s + 1, cut));
  }
}
