/**
 * logfmt lines (`key=value` pairs, Go's logrus/slog and the gateways built on them): a record whose
 * error key holds a value reports a failure whatever its level — `level=warning … status=error
 * http=503 err=no_available_candidate err_msg="No available upstream candidate."`. The error keys give
 * the message and the code, a status key an HTTP status; the classifier reads them like any payload.
 *
 * Linear time: one cursor per error key over the text; a hit's line is read once, within a bounded
 * window, and the scan resumes after that line.
 */
import { addCode, addMessage, emptyFacts, setStatus, type Candidate } from './facts.ts';
import { Cursor, isErrorStatus, isIdentChar, lineEnd, lineOf, threeDigits } from './scan.ts';

/** Longest stretch of a line read for pairs. */
const WINDOW = 2000;
/** Keys that hold the error's text or identifier. */
const ERROR_KEYS = ['err_msg', 'error_msg', 'errmsg', 'error_message', 'err', 'error', 'error_code', 'err_code'];
/** Keys whose 4xx/5xx value is the HTTP status. */
const STATUS_KEYS = ['http', 'status', 'status_code', 'http_status', 'statuscode', 'code'];
/** Values that say "no error". */
const EMPTY = ['', 'null', 'nil', '<nil>', 'none', 'false', '0', 'ok'];

interface Pair {
  key: string;
  value: string;
}

/** The key=value pairs of a line window; quoted values may hold spaces and \" escapes. */
function pairs(text: string, s: number, e: number): Pair[] {
  const out: Pair[] = [];
  let i = s;
  while (i < e) {
    while (i < e && !isIdentChar(text.charCodeAt(i))) i++;
    const ks = i;
    while (i < e && (isIdentChar(text.charCodeAt(i)) || text.charCodeAt(i) === 46)) i++;
    if (text.charCodeAt(i) !== 61 || i === ks || (ks > s && text.charCodeAt(ks - 1) !== 32 && text.charCodeAt(ks - 1) !== 9)) {
      // not a pair: skip the rest of this token
      while (i < e && text.charCodeAt(i) !== 32 && text.charCodeAt(i) !== 9) i++;
      continue;
    }
    const key = text.slice(ks, i).toLowerCase();
    i++;
    let value: string;
    if (text.charCodeAt(i) === 34) {
      const vs = ++i;
      while (i < e && text.charCodeAt(i) !== 34) i += text.charCodeAt(i) === 92 ? 2 : 1;
      value = text.slice(vs, Math.min(i, e)).split('\\"').join('"');
      i++;
    } else {
      const vs = i;
      while (i < e && text.charCodeAt(i) !== 32 && text.charCodeAt(i) !== 9) i++;
      value = text.slice(vs, i);
    }
    out.push({ key, value });
  }
  return out;
}

export function scanLogfmt(text: string, lower: string, starts: readonly number[], out: Candidate[], cut: (s: number, e: number) => string): void {
  for (const key of ERROR_KEYS) {
    const needle = ' ' + key + '=';
    const cursor = new Cursor(lower, needle);
    let from = 0;
    for (let at = cursor.next(from); at >= 0; at = cursor.next(from)) {
      from = at + needle.length;
      const line = lineOf(starts, at);
      const ls = starts[line];
      const le = lineEnd(text, starts, line);
      from = Math.max(from, le);
      const e = Math.min(le, ls + WINDOW);
      if (at >= e) continue;
      const list = pairs(cut(ls, e), 0, e - ls);
      if (list.length < 3) continue; // a logfmt record has several pairs; "error=x" alone is prose or config
      const f = emptyFacts();
      for (const { key: k, value } of list) {
        const v = value.trim();
        if (ERROR_KEYS.includes(k) && !EMPTY.includes(v.toLowerCase())) {
          let ident = v.length <= 64;
          for (let c = 0; c < v.length && ident; c++) ident = isIdentChar(v.charCodeAt(c)) || v.charCodeAt(c) === 46;
          if (ident) addCode(f, v);
          else addMessage(f, v);
        } else if (STATUS_KEYS.includes(k) && v.length === 3 && isErrorStatus(threeDigits(v, 0))) setStatus(f, threeDigits(v, 0), 2);
      }
      if (!f.codes.length && !f.messages.length) continue;
      f.evidence = true;
      let s = ls;
      while (s < e && (text.charCodeAt(s) === 32 || text.charCodeAt(s) === 9)) s++;
      out.push({ start: s, end: e, format: 'text', facts: f });
    }
  }
}
