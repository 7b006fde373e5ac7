/**
 * A tolerant, linear-time reader for the object literals people paste: JSON (pretty or one line),
 * TRUNCATED JSON, Python reprs (`{'error': {'code': None, 'param': True}}`), Node's util.inspect output
 * (`{ status: 400, error: { message: '...' } }`), curly quotes.
 *
 * It never throws and never backtracks: one left-to-right pass, each character read once, nesting
 * bounded by MAX_DEPTH. When the text stops making sense (or ends) it returns what it has read so far
 * with `complete: false` and the offset where it stopped, so callers can resume scanning there.
 *
 * Line-break rule: JSON strings cannot contain raw line breaks, so a line break inside a string ends
 * it (truncated paste). Between tokens, a line break is followed only if the next line is indented or
 * starts with a closing bracket, a quote or a comma (pretty-printed JSON / pprint); a line that starts
 * at column 0 with anything else (the next log line) ends the value.
 */

export interface TolerantResult {
  value: unknown;
  /** Offset just past the last character consumed. */
  end: number;
  /** True when the value was closed properly. */
  complete: boolean;
}

import { WRAP, glue, isFrameChar } from './unwrap.ts';

const MAX_DEPTH = 64;
/** A run of this many spaces inside a string is taken as a terminal's wrap, not the provider's text. */
const WRAP_RUN = 3;
/** The longest indentation of a wrapped line that is looked at (terminals indent a few columns). */
const WRAP_INDENT = 80;
/** How far into an unindented next line a wrapped string's closing quote is looked for. */
const COLUMN0_WRAP = 400;

/** Thrown (one preallocated object, no stack trace) when the text stops making sense. */
const STOP = { stop: true };

export function readTolerant(text: string, start: number, limit = text.length): TolerantResult {
  const end = Math.min(limit, text.length);
  const p = new Reader(text, start, end);
  let value: unknown;
  let complete = false;
  try {
    value = p.value(0);
    complete = true;
  } catch (error) {
    if (error !== STOP) throw error;
    value = p.partial;
  }
  // A backslash as the last character steps two ahead: never report an end past the text.
  return { value, end: Math.min(p.pos, end), complete };
}

class Reader {
  pos: number;
  /** The outermost container being built; returned when reading stops early. */
  partial: unknown = undefined;

  constructor(
    readonly text: string,
    start: number,
    readonly limit: number,
  ) {
    this.pos = start;
  }

  private stop(): never {
    throw STOP;
  }

  /** Skips blanks; applies the line-break rule. Returns false at a stop point (end, or next log line). */
  private ws(): boolean {
    const t = this.text;
    while (this.pos < this.limit) {
      const c = t.charCodeAt(this.pos);
      if (c === 32 || c === 9 || c === 0xa0 || c === 0x3000) {
        this.pos++;
        continue;
      }
      if (c === 10 || c === 13) {
        let next = this.pos + 1;
        if (c === 13 && t.charCodeAt(next) === 10) next++;
        if (next >= this.limit) {
          this.pos = next;
          return false;
        }
        const n = t.charCodeAt(next);
        // indented, or a closing bracket / quote / comma at column 0; a blank line ends the value
        if (n === 32 || n === 9 || n === 125 || n === 93 || n === 41 || n === 34 || n === 39 || n === 44 || n === 0x201c) {
          this.pos = next;
          continue;
        }
        return false;
      }
      return true;
    }
    return false;
  }

  value(depth: number): unknown {
    if (!this.ws()) this.stop();
    if (depth > MAX_DEPTH) this.stop();
    const t = this.text;
    const c = t.charCodeAt(this.pos);
    if (c === 123) return this.object(depth); // {
    if (c === 91 || c === 40) return this.array(depth, c === 91 ? 93 : 41); // [ (
    if (c === 34 || c === 39 || c === 0x201c || c === 0x2018) return this.string();
    if (c === 45 || (c >= 48 && c <= 57)) return this.number();
    if (isIdentStart(c)) {
      const word = this.ident();
      switch (word) {
        case 'true':
        case 'True':
          return true;
        case 'false':
        case 'False':
          return false;
        case 'null':
        case 'None':
        case 'undefined':
        case 'nil':
          return null;
        default:
          return word; // [Object], Symbol(...), enum names: keep the name
      }
    }
    this.stop();
  }

  private object(depth: number): Record<string, unknown> {
    const obj: Record<string, unknown> = {};
    if (this.partial === undefined) this.partial = obj;
    this.pos++; // {
    const t = this.text;
    for (;;) {
      if (!this.ws()) this.stop();
      let c = t.charCodeAt(this.pos);
      if (c === 125) {
        this.pos++;
        return obj;
      }
      let key: string;
      if (c === 34 || c === 39 || c === 0x201c || c === 0x2018) key = glue(this.string());
      else if (isIdentStart(c) || c === 36 || c === 64) key = this.ident();
      else if (c >= 48 && c <= 57) key = String(this.number());
      else if (c === 46 && t.startsWith('... ', this.pos)) {
        // util.inspect: "... 3 more items" — skip to the end of the line's token
        this.skipInspectEllipsis();
        continue;
      } else this.stop();
      if (!this.ws()) {
        obj[key] = undefined;
        this.stop();
      }
      c = t.charCodeAt(this.pos);
      if (c !== 58 && c !== 0xff1a && c !== 61) this.stop(); // : ：  = (Go/Python kwargs style)
      this.pos++;
      obj[key] = undefined; // the key is known even if its value is cut off
      obj[key] = this.valueInto(obj, key, depth);
      if (!this.ws()) this.stop();
      c = t.charCodeAt(this.pos);
      if (c === 44 || c === 0xff0c) {
        this.pos++;
        continue;
      }
      if (c === 125 || c === 0xff5d) {
        this.pos++;
        return obj;
      }
      this.stop();
    }
  }

  /** Reads a member value; on a stop, the partial nested value is attached before re-throwing. */
  private valueInto(container: Record<string, unknown> | unknown[], key: string | number, depth: number): unknown {
    const outer = this.partial;
    this.partial = undefined;
    try {
      const v = this.value(depth + 1);
      this.partial = outer;
      return v;
    } catch (error) {
      const inner = this.partial;
      this.partial = outer;
      if (inner !== undefined) (container as Record<string | number, unknown>)[key] = inner;
      throw error;
    }
  }

  private array(depth: number, close: number): unknown[] {
    const arr: unknown[] = [];
    if (this.partial === undefined) this.partial = arr;
    this.pos++;
    const t = this.text;
    for (;;) {
      if (!this.ws()) this.stop();
      let c = t.charCodeAt(this.pos);
      if (c === close) {
        this.pos++;
        return arr;
      }
      if (c === 46 && t.startsWith('... ', this.pos)) {
        this.skipInspectEllipsis();
        continue;
      }
      arr.push(undefined);
      arr[arr.length - 1] = this.valueInto(arr, arr.length - 1, depth);
      if (!this.ws()) this.stop();
      c = t.charCodeAt(this.pos);
      if (c === 44) {
        this.pos++;
        continue;
      }
      if (c === close) {
        this.pos++;
        return arr;
      }
      this.stop();
    }
  }

  private skipInspectEllipsis(): void {
    // "... 12 more items" / "... 3 more properties"
    const t = this.text;
    let i = this.pos + 4;
    const end = Math.min(this.limit, this.pos + 64);
    while (i < end) {
      const c = t.charCodeAt(i);
      if (c === 44 || c === 125 || c === 93 || c === 10 || c === 13) break;
      i++;
    }
    this.pos = i;
    if (t.charCodeAt(i) === 44) this.pos++;
  }

  /** A quoted string: JSON escapes, Python escapes (\x41, \'), curly quotes. Stops at a raw line break. */
  string(): string {
    const t = this.text;
    const open = t.charCodeAt(this.pos);
    let close = open === 0x201c ? 0x201d : open === 0x2018 ? 0x2019 : open;
    this.pos++;
    let out = '';
    let runStart = this.pos;
    while (this.pos < this.limit) {
      const c = t.charCodeAt(this.pos);
      if (c === close) {
        // Node's util.inspect splits a long string into literals joined by " +" at line ends
        // (gaxios, the Google SDKs): 'Quota exceeded for ' +\n  "'Generate Content…'" is one string
        const next = this.concatenated(this.pos + 1);
        if (next > 0) {
          out += t.slice(runStart, this.pos);
          close = t.charCodeAt(next - 1);
          this.pos = next;
          runStart = next;
          continue;
        }
      }
      if (c === close && this.closes(this.pos + 1)) {
        out += t.slice(runStart, this.pos);
        this.pos++;
        return settle(out);
      }
      if (c === 10 || c === 13) {
        // a terminal wrapped the line: the string goes on, indented, on the next line
        const next = this.wrapped(this.pos, close);
        if (next < 0) this.partialString(settle(out + t.slice(runStart, this.pos)));
        // without the spaces and frame bar the terminal left at the end of the line
        let e = this.pos;
        while (e > runStart && (t.charCodeAt(e - 1) === 32 || t.charCodeAt(e - 1) === 9 || isFrameChar(t.charCodeAt(e - 1)))) e--;
        out += t.slice(runStart, e) + WRAP;
        this.pos = next;
        runStart = next;
        continue;
      }
      if (c === 32 && t.charCodeAt(this.pos + 1) === 32 && t.charCodeAt(this.pos + 2) === 32) {
        // a run of spaces: a wrap that lost its line break (pasted through a chat app)
        let e = this.pos + 3;
        while (e < this.limit && (t.charCodeAt(e) === 32 || isFrameChar(t.charCodeAt(e)))) e++;
        // after an escaped line break the run is the string's own indentation (pretty JSON in a string)
        const indent = this.pos === runStart && out.charCodeAt(out.length - 1) === 10;
        if (!indent && e - this.pos >= WRAP_RUN && t.charCodeAt(e) !== 10 && t.charCodeAt(e) !== 13 && !(t.charCodeAt(e) === close && this.closes(e + 1))) {
          out += t.slice(runStart, this.pos) + WRAP;
          this.pos = e;
          runStart = e;
          continue;
        }
        // trailing spaces before a line break or the closing quote: read on from the run's end
        this.pos = e;
        continue;
      }
      if (c === 92) {
        out += t.slice(runStart, this.pos);
        const e = t.charCodeAt(this.pos + 1);
        this.pos += 2;
        switch (e) {
          case 110:
            out += '\n';
            break;
          case 116:
            out += '\t';
            break;
          case 114:
            out += '\r';
            break;
          case 98:
            out += '\b';
            break;
          case 102:
            out += '\f';
            break;
          case 117: {
            const hex = t.slice(this.pos, this.pos + 4);
            if (isHex(hex, 4)) {
              out += String.fromCharCode(parseInt(hex, 16));
              this.pos += 4;
            } else out += '\\u';
            break;
          }
          case 120: {
            const hex = t.slice(this.pos, this.pos + 2);
            if (isHex(hex, 2)) {
              out += String.fromCharCode(parseInt(hex, 16));
              this.pos += 2;
            } else out += '\\x';
            break;
          }
          default:
            if (Number.isNaN(e)) this.partialString(out);
            out += String.fromCharCode(e);
        }
        runStart = this.pos;
        continue;
      }
      this.pos++;
    }
    out += t.slice(runStart, this.pos);
    this.partialString(out);
  }

  /**
   * After a closing quote: when ` +`, a line break, indentation and an opening quote follow (a string
   * literal continued, as util.inspect prints long strings), where the next literal's text starts;
   * else -1. Reads at most a bounded window.
   */
  private concatenated(i: number): number {
    const t = this.text;
    const stop = Math.min(this.limit, i + 4 + WRAP_INDENT);
    while (i < stop && t.charCodeAt(i) === 32) i++;
    if (t.charCodeAt(i) !== 43) return -1;
    i++;
    while (i < stop && t.charCodeAt(i) === 32) i++;
    if (t.charCodeAt(i) === 13) i++;
    if (t.charCodeAt(i) !== 10) return -1;
    i++;
    while (i < stop && (t.charCodeAt(i) === 32 || t.charCodeAt(i) === 9)) i++;
    const q = t.charCodeAt(i);
    return i < stop && (q === 39 || q === 34 || q === 96) ? i + 1 : -1;
  }

  /**
   * A quote ends the string only when what follows can follow a string (`,` `:` `}` `]` `)`, a line
   * break, the end). Otherwise it is an unescaped quote inside the string — Google has answered
   * `"message": "Invalid value at 'x' (...), "HARM_CATEGORY_IMAGE_HATE""` — and the string goes on.
   */
  private closes(i: number): boolean {
    const t = this.text;
    const stop = Math.min(this.limit, i + 8);
    while (i < stop && (t.charCodeAt(i) === 32 || t.charCodeAt(i) === 9)) i++;
    if (i >= this.limit || i === stop) return true;
    const c = t.charCodeAt(i);
    return c === 44 || c === 58 || c === 125 || c === 93 || c === 41 || c === 10 || c === 13 || c === 0xff0c || c === 0xff1a || c === 0xff5d || c === 61;
  }

  /**
   * After a raw line break inside a string: where the string goes on when a terminal wrapped it (the
   * next line indented, or starting with a TUI frame bar, and not starting a new member), else -1 (a
   * truncated paste: the string ends here).
   */
  private wrapped(i: number, close: number): number {
    const t = this.text;
    if (t.charCodeAt(i) === 13) i++;
    if (t.charCodeAt(i) === 10) i++;
    const start = i;
    const stop = Math.min(this.limit, i + WRAP_INDENT);
    while (i < stop) {
      const c = t.charCodeAt(i);
      if (c === 32 || c === 9 || isFrameChar(c)) i++;
      else break;
    }
    if (i === start) return this.wrappedAtColumn0(start, close);
    if (i >= stop) return -1;
    const c = t.charCodeAt(i);
    if (c === 10 || c === 13 || c === 125 || c === 93 || c === 44) return -1;
    // a quote that opens a new member ("type": ...) means the string was cut, not wrapped
    if ((c === 34 || c === 39) && !this.closes(i + 1)) return -1;
    return i;
  }

  /**
   * A hard wrap with no indent ("… request reach\ned organization TPD rate limit', 'type': …"): the line
   * goes on at column 0 only when that next line closes the string and its object (a closing quote that
   * `closes`), within a bounded stretch of it; a log's next record does not. Returns where to read on, or -1.
   */
  private wrappedAtColumn0(start: number, close: number): number {
    const t = this.text;
    const c = t.charCodeAt(start);
    if (Number.isNaN(c) || c === 10 || c === 13 || c === 125 || c === 93 || c === 44 || c === 34 || c === 39 || c === 123 || c === 91) return -1;
    const stop = Math.min(this.limit, start + COLUMN0_WRAP);
    for (let q = start; q < stop; q++) {
      const d = t.charCodeAt(q);
      if (d === 10 || d === 13) return -1;
      if (d === close) return this.closes(q + 1) ? start : -1;
    }
    return -1;
  }

  /** A string cut off by the end of the paste: keep it as the value, then stop. */
  private partialString(text: string): never {
    if (this.partial === undefined) this.partial = text;
    this.stop();
  }

  private number(): number | string {
    const t = this.text;
    const start = this.pos;
    if (t.charCodeAt(this.pos) === 45) this.pos++;
    while (this.pos < this.limit) {
      const c = t.charCodeAt(this.pos);
      if ((c >= 48 && c <= 57) || c === 46 || c === 101 || c === 69 || c === 43 || c === 45) this.pos++;
      else break;
    }
    const raw = t.slice(start, this.pos);
    const n = Number(raw);
    return Number.isFinite(n) ? n : raw;
  }

  private ident(): string {
    const t = this.text;
    const start = this.pos;
    this.pos++;
    while (this.pos < this.limit) {
      const c = t.charCodeAt(this.pos);
      if (isIdentStart(c) || (c >= 48 && c <= 57) || c === 46 || c === 45) this.pos++;
      else break;
    }
    return t.slice(start, this.pos);
  }
}

/** Identifier-like strings (types, codes, ids: no space once the gaps are glued) never had a space. */
function settle(s: string): string {
  if (!s.includes(WRAP)) return s;
  // a gap at either end only moved the text: "     req_011C…"
  while (s.startsWith(WRAP)) s = s.slice(1);
  while (s.endsWith(WRAP)) s = s.slice(0, -1);
  if (s.includes(' ')) return s;
  // every gap between identifier characters (req_011C|cLPr, overload|ed_error): an identifier, glue
  for (let i = s.indexOf(WRAP); i >= 0; i = s.indexOf(WRAP, i + 1)) {
    if (!(i > 0 && isIdentChar(s.charCodeAt(i - 1)) && isIdentChar(s.charCodeAt(i + 1)))) return s;
  }
  return glue(s);
}

function isIdentChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 45;
}

function isIdentStart(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 36;
}

function isHex(s: string, n: number): boolean {
  if (s.length !== n) return false;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102))) return false;
  }
  return true;
}

/**
 * Decodes one level of JSON string escaping (`{\"error\":...}` inside a log line) from `start` up to
 * the closing unescaped quote, a line break or `limit`. Returns the decoded text and where it stopped.
 */
export function unescapeJsonString(text: string, start: number, limit: number): { decoded: string; end: number } {
  let out = '';
  let i = start;
  let runStart = i;
  while (i < limit) {
    const c = text.charCodeAt(i);
    if (c === 34 || c === 10 || c === 13) break;
    if (c === 92) {
      out += text.slice(runStart, i);
      const e = text.charCodeAt(i + 1);
      i += 2;
      if (e === 110) out += '\n';
      else if (e === 116) out += '\t';
      else if (e === 114) out += '\r';
      else if (e === 117 && isHex(text.slice(i, i + 4), 4)) {
        out += String.fromCharCode(parseInt(text.slice(i, i + 4), 16));
        i += 4;
      } else if (!Number.isNaN(e)) out += String.fromCharCode(e);
      runStart = i;
      continue;
    }
    i++;
  }
  out += text.slice(runStart, Math.min(i, limit));
  return { decoded: out, end: Math.min(i, limit) };
}
