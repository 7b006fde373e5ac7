/**
 * Explanations: the contract's explain object (DESIGN.md; `range` is added by callers from `span`)
 * plus the entry id, the wait and the numbers read from the message.
 */
import type { ErrorEntry, ErrorText, ErrorTranslations, Fault, Locale } from '../../../../rules/errors/types.ts';
import type { Span } from '../types.ts';
import { maskSecrets } from '../secrets.ts';
import { extractValues, type Values } from './extract.ts';
import { NUMBER_SENTENCES } from '../../../../rules/errors/numbers.ts';
import { findErrorPayloads, type FindOptions } from './find.ts';
import { matchEntry } from './match.ts';
import type { ErrorPayload, WrapperHop } from './types.ts';
import { classifyPayload, kindOfCodes } from './classify.ts';
import { classStatus } from './wrappers.ts';
import { KINDS, type ErrorKind } from '../../../../rules/errors/kinds.ts';
import { KIND_TRANSLATIONS } from '../../../../rules/errors/l10n/kinds.ts';

/**
 * How sure the explanation is: `documented` — a catalog entry matched the payload's identifiers or
 * message; `kind` — no entry names it, but its identifiers or wording belong to a recognised kind
 * (rules/errors/kinds.ts); `status` — only the HTTP status code was recognised.
 */
export type Confidence = 'documented' | 'kind' | 'status';

/** One piece of software that passed the error on (gateway, relay, SDK, agent…): the finder's hop. */
export type ChainHop = WrapperHop;

export interface Explanation {
  /** Document span of the payload (callers turn it into an LSP range). */
  span: Span;
  provider: string | null;
  status: number | null;
  code: string | null;
  title: string;
  fault: Fault;
  retryable: boolean;
  explanation: string;
  fix: string[];
  rule: string | null;
  /** The catalog entry id (stable). */
  id: string;
  /** Seconds to wait before retrying, when the response says. */
  waitSeconds: number | null;
  /** Numbers (and metric / model names) read from the message: tokens, limit, over, maxTokens, wait… */
  values: Values;
  payload: ErrorPayload;
  confidence: Confidence;
  /** Who passed the error on, outermost first ([] when it came straight from the provider). */
  chain: ChainHop[];
}

/** The payload's wrapper chain (find.ts fills it; a payload without one came straight through). */
export function chainOf(payload: ErrorPayload): ChainHop[] {
  // Hop names come from the paste (a gateway's name as printed): masked like every pasted identifier.
  return payload.chain.map((h) => ({ ...h, name: maskSecrets(h.name) }));
}

/** Documented when the entry recognises by identifiers or message, not by the status alone. */
function confidenceOf(entry: ErrorEntry): Confidence {
  return entry.match.codes?.length || entry.match.messageIncludes?.length ? 'documented' : 'status';
}

export type TranslationTables = Readonly<Partial<Record<Locale, ErrorTranslations>>>;

/** Placeholders the entries may use; others are left alone. */
const PLACEHOLDERS = ['over', 'tokens', 'limit', 'wait', 'waitSeconds', 'requested', 'used', 'maxTokens', 'input', 'metric', 'model', 'affordable'];

export function explain(payload: ErrorPayload, entry: ErrorEntry, locale: Locale = 'en', translations: TranslationTables = {}): Explanation {
  const text: ErrorText = (locale !== 'en' && translations[locale]?.[entry.id]) || entry;
  const values = extractValues(payload.messages, entry.extract, payload.waitSeconds);
  return {
    span: payload.span,
    provider: payload.provider ?? (entry.provider !== 'any' ? entry.provider : null),
    status: payload.status ?? (entry.match.status?.length === 1 ? entry.match.status[0] : null),
    code: maskNullable(matchedCode(payload, entry) ?? payload.code),
    title: fill(text.title, values),
    fault: entry.fault,
    retryable: entry.retryable,
    explanation: withNumbers(fill(text.explanation, values), entry, values, locale),
    fix: text.fix.map((step) => fill(step, values)).filter((s) => s.length > 0),
    rule: entry.rule ?? null,
    id: entry.id,
    waitSeconds: payload.waitSeconds,
    values,
    payload: maskPayload(payload),
    confidence: confidenceOf(entry),
    chain: chainOf(payload),
  };
}

/** The explanation of a payload no entry documents, from its recognised kind. */
export function explainKind(payload: ErrorPayload, kind: ErrorKind, locale: Locale = 'en'): Explanation {
  const text: ErrorText = (locale !== 'en' && KIND_TRANSLATIONS[locale]?.[kind.id]) || kind;
  return {
    span: payload.span,
    provider: payload.provider,
    status: payload.status,
    code: maskNullable(payload.code),
    title: text.title,
    fault: kind.fault,
    retryable: kind.retryable,
    explanation: text.explanation,
    fix: [...text.fix],
    rule: null,
    id: kind.id,
    waitSeconds: payload.waitSeconds,
    values: {},
    payload: maskPayload(payload),
    confidence: 'kind',
    chain: chainOf(payload),
  };
}

function maskNullable(s: string | null): string | null {
  return s === null ? null : maskSecrets(s);
}

/**
 * The payload as the explanation carries it to the front ends: keys and tokens in the pasted message,
 * headers and identifiers masked (`sk-proj-…`). Matching and number extraction read the paste before this.
 */
function maskPayload(payload: ErrorPayload): ErrorPayload {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(payload.headers)) headers[name] = maskSecrets(`${name}: ${value}`).slice(name.length + 2);
  return {
    ...payload,
    message: maskNullable(payload.message),
    messages: payload.messages.map(maskSecrets),
    codes: payload.codes.map(maskSecrets),
    code: maskNullable(payload.code),
    param: maskNullable(payload.param),
    requestId: maskNullable(payload.requestId),
    headers,
  };
}

/** Appends the numbers of the message when the entry's own text does not already show them. */
function withNumbers(explanation: string, entry: ErrorEntry, values: Values, locale: Locale): string {
  for (const extractor of entry.extract ?? []) {
    const shown = ['tokens', 'limit', 'maxTokens', 'requested'].some((k) => typeof values[k] === 'number' && explanation.includes(String(values[k])));
    if (shown) return explanation;
    for (const template of NUMBER_SENTENCES[locale][extractor] ?? NUMBER_SENTENCES.en[extractor] ?? []) {
      const sentence = fill(template, values);
      if (sentence) return `${explanation} ${sentence}`;
    }
  }
  return explanation;
}

function matchedCode(payload: ErrorPayload, entry: ErrorEntry): string | null {
  const codes = entry.match.codes;
  if (!codes?.length) return null;
  const wanted = new Set(codes.map((c) => c.toLowerCase()));
  return payload.codes.find((c) => wanted.has(c.toLowerCase())) ?? null;
}

/**
 * Fills `{name}` placeholders from the values. A sentence whose placeholder has no value is dropped
 * (the explanation stays true without the number).
 */
export function fill(text: string, values: Values): string {
  if (!text.includes('{')) return text;
  let missing = false;
  let out = text;
  for (const name of PLACEHOLDERS) {
    const token = `{${name}}`;
    if (!out.includes(token)) continue;
    const v = values[name];
    if (v === undefined) missing = true;
    else out = out.split(token).join(typeof v === 'number' ? formatNumber(v) : maskSecrets(sanitize(v)));
  }
  if (!missing) return out;
  return sentences(out)
    .filter((s) => !PLACEHOLDERS.some((name) => s.includes(`{${name}}`)))
    .join('')
    .trim();
}

function formatNumber(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Math.round(n * 100) / 100);
}

/** Values taken from the paste are identifiers; keep only identifier characters. */
function sanitize(s: string): string {
  let out = '';
  for (let i = 0; i < s.length && i < 120; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46 || c === 95 || c === 45 || c === 47 || c === 32) out += s[i];
  }
  return out;
}

/** Splits after ". ", "! ", "? ", "。", "！", "？" (keeping the separators with their sentence). */
function sentences(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const western = (c === '.' || c === '!' || c === '?') && (i + 1 === text.length || text[i + 1] === ' ');
    const cjk = c === '。' || c === '！' || c === '？';
    if (western || cjk) {
      let end = i + 1;
      while (end < text.length && text[end] === ' ') end++;
      out.push(text.slice(start, end));
      start = end;
      i = end - 1;
    }
  }
  if (start < text.length) out.push(text.slice(start));
  return out;
}

export interface ExplainOptions extends FindOptions {
  translations?: TranslationTables;
}

let defaults: { catalog: readonly ErrorEntry[]; translations: TranslationTables } = { catalog: [], translations: {} };
/** Installed by index.ts. */
export function setExplainDefaults(catalog: readonly ErrorEntry[], translations: TranslationTables): void {
  defaults = { catalog, translations };
}

/** HTTP reason phrases (RFC 9110), lower case, as status lines print them. */
const REASON_PHRASES: Readonly<Record<number, string>> = {
  400: 'bad request', 401: 'unauthorized', 402: 'payment required', 403: 'forbidden', 404: 'not found', 408: 'request timeout',
  409: 'conflict', 413: 'payload too large', 422: 'unprocessable entity', 429: 'too many requests', 500: 'internal server error',
  502: 'bad gateway', 503: 'service unavailable', 504: 'gateway timeout gateway time-out',
};

/** The evidence is the status line's wording (Python requests prints "502 Server Error: Bad Gateway"). */
function isReasonPhrase(status: number | null, evidence: string): boolean {
  if (status === null) return false;
  const e = evidence.toLowerCase();
  return (REASON_PHRASES[status] ?? '').includes(e) || (status >= 500 && e === 'server error');
}

/** Verdicts a machine code states outright (money, credentials, policy): a relay's stock wording does not override them. */
const SPECIFIC_FAULTS: ReadonlySet<Fault> = new Set<Fault>(['quota', 'auth', 'content-filter']);

/**
 * A limit of zero: Gemini's "limit: 0" / quota_limit_value "0" means the project's tier has no
 * allowance at all for that model or region, so waiting out the window does not help
 * (https://ai.google.dev/gemini-api/docs/rate-limits). Read in the payload's own text, bounded.
 */
/**
 * The payload's own words name a per-day window: "requests per day (RPD)", "organization TPD rate
 * limit", "GenerateRequestsPerDayPerProjectPerModel", "daily limit". The labelling policy of
 * test/errors/real/README.md (rule 1) and DESIGN.md's fault table: a per-minute limit is a rate limit,
 * a per-day cap is a quota until it resets (https://console.groq.com/docs/rate-limits ;
 * https://ai.google.dev/gemini-api/docs/rate-limits). Reads the messages and codes, bounded.
 */
const PER_DAY = ['per day', 'per_day', 'perday', 'daily', '每日', '每天',
  // a window of hours ("5-hour usage limit reached … resets at 15:00"): policy rule 3, a wait of an hour or more
  '-hour usage', '-hour limit', '-hour window', 'hour usage limit'];
/** A stated wait this long (seconds) is no retry: policy rule 3 of test/errors/real/README.md. */
const LONG_WAIT = 3600;
const PER_DAY_UNITS = ['rpd', 'tpd'];
function perDayWindow(payload: ErrorPayload): boolean {
  let h = '';
  for (const m of [...payload.codes, ...payload.messages]) {
    if (h.length > 4000) break;
    h += ' ' + m.slice(0, 4000).toLowerCase();
  }
  if (PER_DAY.some((p) => h.includes(p))) return true;
  for (const u of PER_DAY_UNITS) {
    for (let at = h.indexOf(u); at >= 0; at = h.indexOf(u, at + 1)) {
      if (!isWordChar(h.charCodeAt(at - 1)) && !isWordChar(h.charCodeAt(at + u.length))) return true;
    }
  }
  return false;
}

function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || c === 95;
}

const ZERO_LIMITS = ['limit: 0,', 'limit: 0\\n', 'limit: 0\n', '"quota_limit_value": "0"', '"quota_limit_value":"0"', "'quota_limit_value': '0'", '"quotavalue": "0"', '"quotavalue":"0"'];
function zeroAllowance(text: string, span: Span): boolean {
  const window = text.slice(span.start, Math.min(span.end, span.start + 20000)).toLowerCase();
  return ZERO_LIMITS.some((z) => window.includes(z));
}
const QUOTA_KIND = KINDS.find((k) => k.id === 'kind/quota')!;

/** Error types that name a class of status rather than a cause (a message can say more than they do). */
const COARSE_TYPES = new Set(['api_error', 'invalid_request_error', 'server_error', 'internal_error', 'badrequest', 'badrequesterror', 'invalid_argument', 'internal', 'unknown', 'error', 'upstream_error']);

/**
 * One payload: the catalog entry that documents it; else the kind its identifiers or wording name;
 * else the entry for its status code alone (the seed status table); else nothing.
 */
export function explainPayload(payload: ErrorPayload, catalog: readonly ErrorEntry[], locale: Locale, translations: TranslationTables): Explanation | null {
  const m = matchEntry(payload, catalog);
  if (m && confidenceOf(m.entry) === 'documented') {
    // An entry that knows only the error's type (api_error, invalid_request_error…) says less than a
    // message that names a specific kind with another fault: Ollama's "does not support tools" comes
    // typed api_error. The message's kind wins then (generic kinds never do).
    if (!m.entry.match.messageIncludes?.length && COARSE_TYPES.has((matchedCode(payload, m.entry) ?? '').toLowerCase())) {
      const k = classifyPayload(payload, undefined, { phrasesOnly: true });
      if (k && !k.kind.onlyWithStatus && k.kind.fault !== m.entry.fault) return explainKind(payload, k.kind, locale);
    }
    // A gateway's pass-on entry ("Provider returned error") says only who passed it on: the upstream's own
    // text (metadata.raw) naming a money, credentials or content verdict says what happened
    if (m.entry.passesOn) {
      const k = classifyPayload(payload, undefined, { phrasesOnly: true });
      if (k && SPECIFIC_FAULTS.has(k.kind.fault) && k.kind.fault !== m.entry.fault) return explainKind(payload, k.kind, locale);
    }
    // The converse: a relay's stock "try again later" wording ("当前分组负载已饱和，请稍后再试") over a
    // code that names a lasting verdict (billing_not_active): the machine code says what happened, the
    // wording only what the relay prints for every upstream refusal
    if (m.entry.provider === 'relay' && m.entry.retryable && matchedCode(payload, m.entry) === null) {
      const byCode = kindOfCodes(payload.codes);
      if (byCode && !byCode.retryable && SPECIFIC_FAULTS.has(byCode.fault) && byCode.fault !== m.entry.fault) return explainKind(payload, byCode, locale);
    }
    return explain(payload, m.entry, locale, translations);
  }
  const k = classifyPayload(payload);
  // a kind read from the status line's own reason phrase ("401 Unauthorized") says no more than the
  // status entry, which may be the provider's own word for that status: the status entry stays
  // (likewise an exception class that only names the status: openai.InternalServerError for a 500)
  if (k && !(m && (isReasonPhrase(payload.status, k.evidence) || (payload.status !== null && classStatus(k.evidence) === payload.status)))) {
    return explainKind(payload, k.kind, locale);
  }
  if (m) return explain(payload, m.entry, locale, translations);
  // LiteLLM's catch-all APIError with nothing else to read ("litellm.APIError: APIError: OpenAIException - .")
  // is its "all other errors, 500" (https://docs.litellm.ai/docs/exception_mapping): the 500 entry, last
  if (isLitellmApiError(payload.exception)) {
    const e500 = catalog.find((e) => e.id === 'seed/http-500');
    if (e500) return explain(payload, e500, locale, translations);
  }
  return null;
}

function isLitellmApiError(exception: string | null): boolean {
  if (!exception) return false;
  const lower = exception.toLowerCase();
  return lower.startsWith('litellm.') && lower.endsWith('.apierror');
}

/**
 * One explanation per error report, in document order. Payloads that belong to one report — nested or
 * overlapping spans, or neighbours with nothing between them but whitespace, log prefixes, stack or
 * traceback lines (a bounded window, `isGlue`) that do not contradict each other (`compatible`) — are
 * grouped; the group's most confident explanation (`rank`) speaks for it, over the group's span.
 */
export function explainText(text: string, locale: Locale = 'en', options: ExplainOptions = {}): Explanation[] {
  const catalog = options.catalog ?? defaults.catalog;
  const translations = options.translations ?? defaults.translations;
  const all: Explanation[] = [];
  for (const payload of findErrorPayloads(text, { ...options, catalog })) {
    let x = explainPayload(payload, catalog, locale, translations);
    // a rate limit whose limit is zero is no window to wait out: the tier has no allowance (retry advice per kind)
    if (x && x.fault === 'rate-limit' && zeroAllowance(text, payload.span)) x = explainKind(payload, QUOTA_KIND, locale);
    // a per-day window (RPD, TPD, "per day", "daily") resets in hours, not within a retry: a quota until then
    // so does a stated wait of an hour or more ("Please retry after 86400 seconds"): no client retry waits that long
    else if (x && x.fault === 'rate-limit' && (perDayWindow(payload) || (payload.waitSeconds ?? 0) >= LONG_WAIT)) x = explainKind(payload, QUOTA_KIND, locale);
    if (x) all.push(x);
  }
  return groupReports(text, all);
}

/** Groups the explanations of one report (see explainText); one explanation per group, in document order. */
export function groupReports(text: string, explanations: readonly Explanation[]): Explanation[] {
  if (explanations.length < 2) return [...explanations];
  const all = [...explanations].sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  const groups: Explanation[][] = [];
  let group: Explanation[] = [];
  let end = -1;
  for (const x of all) {
    const joins = group.length > 0 && (x.span.start < end || (isGlue(text, end, x.span.start) && compared(group).every((m) => compatible(m, x))));
    if (!joins && group.length) {
      groups.push(group);
      group = [];
      end = -1;
    }
    group.push(x);
    end = Math.max(end, x.span.end);
  }
  groups.push(group);
  return groups.map(representative);
}

/** Members a newcomer is checked against: all of a small group; the first and the latest of a long one (linear work). */
const COMPARED = 16;
function compared(group: Explanation[]): Explanation[] {
  return group.length <= COMPARED ? group : [group[0], ...group.slice(-(COMPARED - 1))];
}

const LEVEL: Readonly<Record<Confidence, number>> = { documented: 3, kind: 2, status: 1 };

/** documented > kind > status; then more identifiers, a provider-certain payload, the innermost span, the first. */
function rank(a: Explanation, b: Explanation): number {
  return (
    LEVEL[b.confidence] - LEVEL[a.confidence] ||
    b.payload.codes.length - a.payload.codes.length ||
    Number(b.payload.providerCertain) - Number(a.payload.providerCertain) ||
    a.span.end - a.span.start - (b.span.end - b.span.start) ||
    a.span.start - b.span.start
  );
}

/** The group's best explanation over the group's span, with the status, wait and chain the others knew. */
function representative(group: Explanation[]): Explanation {
  if (group.length === 1) return group[0];
  let best = group[0];
  for (const m of group) if (rank(m, best) < 0) best = m;
  let start = best.span.start;
  let end = best.span.end;
  for (const m of group) {
    start = Math.min(start, m.span.start);
    end = Math.max(end, m.span.end);
  }
  const span = { start, end };
  // a status is taken over only from a member that says the same thing (a 500 line around a 429 body does not)
  const statuses = new Set(group.filter((m) => m.fault === best.fault).map((m) => m.status).filter((s): s is number => s !== null));
  const chained = best.chain.length ? best : group.find((m) => m.chain.length > 0);
  const wait = group.find((m) => m.waitSeconds !== null)?.waitSeconds ?? null;
  return {
    ...best,
    span,
    status: best.status ?? (statuses.size === 1 ? [...statuses][0] : null),
    waitSeconds: best.waitSeconds ?? wait,
    chain: chained ? chained.chain : [],
    payload: { ...best.payload, span },
  };
}

/** Statuses an explanation stands for: its own and its wrappers'. */
function statusesOf(x: Explanation): number[] {
  const out = x.status === null ? [] : [x.status];
  for (const h of x.chain) if (typeof h.status === 'number') out.push(h.status);
  return out;
}

const BODY_FORMATS: ReadonlySet<string> = new Set(['json', 'python', 'inspect', 'escaped-json']);

/** The message's words, without a leading status prefix ("Error code: 400 - " says nothing of its own). */
function normalized(s: string): string {
  return s
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, ' ')
    .trim()
    .replace(/^(?:(?:http|error|status)(?: code)? )?\d{3}\b ?/, '');
}

/** Could two neighbouring payloads be one error? Not with other statuses, identifiers, providers or bodies. */
function compatible(a: Explanation, b: Explanation): boolean {
  const sa = statusesOf(a);
  const sb = statusesOf(b);
  if (sa.length && sb.length && !sa.some((s) => sb.includes(s))) return false;
  if (a.payload.providerCertain && b.payload.providerCertain && a.provider && b.provider && a.provider !== b.provider) return false;
  const ca = a.payload.codes.map((c) => c.toLowerCase());
  const cb = b.payload.codes.map((c) => c.toLowerCase());
  if (ca.length && cb.length && !ca.some((c) => cb.includes(c))) return false;
  const ma = a.payload.message;
  const mb = b.payload.message;
  if (ma && mb && BODY_FORMATS.has(a.payload.format) && BODY_FORMATS.has(b.payload.format)) {
    const na = normalized(ma);
    const nb = normalized(mb);
    if (na && nb && !na.includes(nb) && !nb.includes(na)) return false;
  }
  return true;
}

/** How far apart two parts of one report may be. */
const GLUE_MAX_CHARS = 2400;
const GLUE_MAX_LINES = 24;
/** The rest of a payload's line, or the start of the next payload's line (a log prefix). */
const GLUE_PARTIAL_LINE = 120;
const GLUE_MAX_LINE = 400;

/**
 * Lines that separate the parts of one report: blank or punctuation, stack frames and traceback
 * lines, indented source lines, Markdown fences and headings, bare log prefixes.
 */
const GLUE_LINE =
  /^(?:[\s\p{P}\p{S}]*|\s*at\s.*|\s*File\s+".*|Traceback \(most recent call last\):?.*|\s*raise\s.*|During handling of the above exception.*|The above exception was the direct cause.*|\s{2,}\S.*|\s*(?:```|#{1,6}\s|\*\*).*|[\s\d:.,/TZ+()[\]-]*(?:[A-Za-z_.]+\s*)?(?:ERROR|WARN(?:ING)?|INFO|DEBUG|CRITICAL|FATAL|error|warning)?[\s\]:|-]*)$/u;

/** Is text[from, to) nothing but what separates the parts of one report (within a bounded window)? */
function isGlue(text: string, from: number, to: number): boolean {
  if (to - from > GLUE_MAX_CHARS) return false;
  const gap = text.slice(from, to);
  const lines = gap.split('\n');
  if (lines.length - 1 > GLUE_MAX_LINES) return false;
  if (lines.length === 1) return gap.length <= GLUE_PARTIAL_LINE;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].replace(/\r$/, '');
    if ((i === 0 || i === lines.length - 1) && line.length <= GLUE_PARTIAL_LINE) continue;
    if (line.length > GLUE_MAX_LINE || !GLUE_LINE.test(line)) return false;
  }
  return true;
}

/** Window scanned around a hover position in large documents. */
const HOVER_WINDOW = 64 * 1024;

/** The explanation of the report whose span contains `offset` (its group's best; the innermost), or null. */
export function explainAt(text: string, offset: number, locale: Locale = 'en', options: ExplainOptions = {}): Explanation | null {
  let base = 0;
  let slice = text;
  if (text.length > 4 * HOVER_WINDOW) {
    let s = Math.max(0, offset - HOVER_WINDOW);
    const nl = text.lastIndexOf('\n', s);
    if (nl >= 0 && s - nl < 4096) s = nl + 1;
    let e = Math.min(text.length, offset + HOVER_WINDOW);
    const nl2 = text.indexOf('\n', e);
    if (nl2 >= 0 && nl2 - e < 4096) e = nl2;
    base = s;
    slice = text.slice(s, e);
  }
  const local = offset - base;
  let best: Explanation | null = null;
  for (const x of explainText(slice, locale, options)) {
    if (x.span.start <= local && local <= x.span.end && (!best || x.span.end - x.span.start < best.span.end - best.span.start)) best = x;
  }
  if (best && base) {
    best.span = { start: best.span.start + base, end: best.span.end + base };
    best.payload.span = best.span;
  }
  return best;
}
