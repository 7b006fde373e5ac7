/**
 * Errors that a wrapper printed in its own frame, with no body of the provider's: the status and the
 * HTTP reason are all that is left.
 * - Claude Code: `API Error (api.anthropic.com | 504: Gateway time-out) · Retrying in 5 seconds…`
 *   (https://github.com/anthropics/claude-code/issues/6784)
 * - Vercel AI SDK RetryError: `Failed after 3 attempts. Last error: Too Many Requests`
 *   (https://github.com/superdesigndev/superdesign/issues/63; the message is built in the SDK's retry
 *   helper: "Failed after ${n} attempts. Last error: ${message}")
 * - Go: `&{429 Too Many Requests 429 HTTP/2.0 …}` (fmt's %v of an *http.Response) without a body
 * Literal prefixes, bounded windows after each hit, a cursor that only moves forward: linear.
 */
import { addMessage, emptyFacts, setStatus, type Candidate } from './facts.ts';
import { Cursor, threeDigits } from './scan.ts';

/** HTTP reason phrases (RFC 9110, and 529 as Anthropic uses it) → status, for messages that are only a reason. */
const REASONS: Record<string, number> = {
  'bad request': 400,
  unauthorized: 401,
  'payment required': 402,
  forbidden: 403,
  'not found': 404,
  'request timeout': 408,
  'payload too large': 413,
  'unprocessable entity': 422,
  'too many requests': 429,
  'internal server error': 500,
  'bad gateway': 502,
  'service unavailable': 503,
  'gateway timeout': 504,
  'gateway time-out': 504,
  overloaded: 529,
};

/** The status a bare reason phrase stands for ("Too Many Requests" → 429), or null. */
export function reasonStatus(message: string): number | null {
  let m = message.trim().toLowerCase();
  while (m.endsWith('.')) m = m.slice(0, -1);
  return REASONS[m] ?? null;
}

/** Frames are short ("api.anthropic.com | 504: Gateway time-out"); a window this long is read per hit. */
const WINDOW = 100;

export function scanFrames(text: string, lower: string, out: Candidate[], cut: (s: number, e: number) => string): void {
  // Claude Code: API Error (host | 504: Gateway time-out)
  {
    const cursor = new Cursor(text, 'API Error (');
    let from = 0;
    for (let at = cursor.next(from); at >= 0; at = cursor.next(from)) {
      from = at + 11;
      const window = cut(at + 11, Math.min(text.length, at + 11 + WINDOW));
      const close = window.indexOf(')');
      const bar = window.indexOf(' | ');
      if (close < 0 || bar < 0 || bar > close) continue;
      const status = threeDigits(window, bar + 3);
      if (status < 400 || window.charCodeAt(bar + 6) !== 58) continue;
      const f = emptyFacts();
      setStatus(f, status, 4);
      f.evidence = true;
      f.exception = 'API Error';
      addMessage(f, window.slice(bar + 7, close));
      const end = at + 11 + close + 1;
      out.push({ start: at, end, format: 'sdk', facts: f });
      from = end;
    }
  }
  // Vercel AI SDK: Failed after 3 attempts. Last error: <message>
  {
    const needle = ' attempts. last error: ';
    const cursor = new Cursor(lower, needle);
    let from = 0;
    for (let at = cursor.next(from); at >= 0; at = cursor.next(from)) {
      from = at + needle.length;
      const s = at + needle.length;
      let e = s;
      const stop = Math.min(text.length, s + WINDOW);
      while (e < stop && text.charCodeAt(e) !== 10 && text.charCodeAt(e) !== 13) e++;
      const message = cut(s, e).trim();
      if (!message || message.charCodeAt(0) === 123) continue; // a body follows: the object scanner reads it
      const f = emptyFacts();
      f.evidence = true;
      addMessage(f, message);
      const status = reasonStatus(message);
      if (status !== null) setStatus(f, status, 1);
      const head = lower.lastIndexOf('failed after ', at);
      out.push({ start: head >= 0 && at - head < 20 ? head : at, end: e, format: 'sdk', facts: f });
      from = e;
    }
  }
  // Go: &{429 Too Many Requests 429 HTTP/2.0 …} — the status and reason, whether or not a body follows
  {
    const cursor = new Cursor(text, '&{');
    let from = 0;
    for (let at = cursor.next(from); at >= 0; at = cursor.next(from)) {
      from = at + 2;
      const status = threeDigits(text, at + 2);
      if (status < 400 || text.charCodeAt(at + 5) !== 32) continue;
      // the reason and " 429 HTTP/" follow within a few dozen characters; stop at the next "&{" or
      // brace so that no character is read for two hits
      let e = at + 6;
      const stop = Math.min(text.length, at + 6 + 48);
      while (e < stop) {
        const c = text.charCodeAt(e);
        if (c === 38 || c === 123 || c === 125 || c === 10) break;
        e++;
      }
      const window = cut(at + 6, e);
      const again = window.indexOf(' ' + String(status) + ' HTTP/');
      if (again <= 0) continue;
      const f = emptyFacts();
      setStatus(f, status, 4);
      f.evidence = true;
      addMessage(f, window.slice(0, again));
      out.push({ start: at, end: at + 6 + again + 4, format: 'http', facts: f });
      from = at + 6 + again;
    }
  }
}
