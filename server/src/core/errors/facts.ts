/**
 * Facts about one error, gathered from a parsed body (JSON, Python repr, util.inspect) or a text form,
 * and merged when several forms overlap. Pure data helpers.
 */
import type { ErrorProvider } from '../../../../rules/errors/types.ts';
import type { PayloadFormat } from './types.ts';
import { glue, readings, WRAP } from './unwrap.ts';

export interface Facts {
  status: number | null;
  /** How much the status is trusted: 5 HTTP status line, 4 SDK prefix, 3 body field, 2 text line, 1 implied. */
  statusRank: number;
  codes: string[];
  messages: string[];
  /** The whole text line when the error was a line: searched for phrases, shown when no message. */
  lines: string[];
  param: string | null;
  requestId: string | null;
  headers: Record<string, string>;
  hints: Map<ErrorProvider, number>;
  /** Wait candidates: seconds and priority (lower wins). */
  waits: { seconds: number; rank: number }[];
  exception: string | null;
  truncated: boolean;
  /** True when the form itself says "this is an error" (a status >= 400, an error node, an exception). */
  evidence: boolean;
  /** A wrapper's own status when it nested the provider's error with a different one (for the chain). */
  outerStatus: number | null;
  /** True when an error nested in a string (a relay's upstream body) was read. */
  nested: boolean;
}

export function emptyFacts(): Facts {
  return {
    status: null,
    statusRank: 0,
    codes: [],
    messages: [],
    lines: [],
    param: null,
    requestId: null,
    headers: {},
    hints: new Map(),
    waits: [],
    exception: null,
    truncated: false,
    evidence: false,
    outerStatus: null,
    nested: false,
  };
}

export interface Candidate {
  start: number;
  end: number;
  format: PayloadFormat;
  facts: Facts;
}

export function setStatus(f: Facts, status: number, rank: number): void {
  if (!Number.isInteger(status) || status < 100 || status > 599) return;
  if (rank > f.statusRank) {
    f.status = status;
    f.statusRank = rank;
  }
}

export function addCode(f: Facts, code: unknown): void {
  if (typeof code !== 'string') return;
  const c = glue(code).trim();
  if (!c || c.length > 120 || f.codes.length >= 64) return;
  if (!f.codes.includes(c)) f.codes.push(c);
}

export function addMessage(f: Facts, message: unknown): void {
  if (typeof message !== 'string') return;
  // a terminal-wrapped message: both readings, so phrase matching sees the joined words
  if (message.includes(WRAP)) {
    for (const r of readings(message)) addMessage(f, r);
    return;
  }
  const m = message.trim();
  if (!m) return;
  const bounded = m.length > 8000 ? m.slice(0, 8000) : m;
  if (!f.messages.includes(bounded) && f.messages.length < 16) f.messages.push(bounded);
}

export function hint(f: Facts, provider: ErrorProvider, weight: number): void {
  f.hints.set(provider, (f.hints.get(provider) ?? 0) + weight);
}

export function addWait(f: Facts, seconds: number | null | undefined, rank: number): void {
  if (seconds === null || seconds === undefined || !Number.isFinite(seconds) || seconds < 0 || seconds > 1e7) return;
  f.waits.push({ seconds, rank });
}

/** Merges `from` into `into` (codes and messages of `into` stay first). */
export function mergeFacts(into: Facts, from: Facts): void {
  if (from.statusRank > into.statusRank) {
    into.status = from.status;
    into.statusRank = from.statusRank;
  }
  for (const c of from.codes) addCode(into, c);
  for (const m of from.messages) addMessage(into, m);
  for (const l of from.lines) if (!into.lines.includes(l) && into.lines.length < 8) into.lines.push(l);
  into.param ??= from.param;
  into.requestId ??= from.requestId;
  for (const [k, v] of Object.entries(from.headers)) if (!(k in into.headers)) into.headers[k] = v;
  for (const [p, w] of from.hints) hint(into, p, w);
  into.waits.push(...from.waits);
  into.exception ??= from.exception;
  into.truncated ||= from.truncated;
  into.evidence ||= from.evidence;
  into.outerStatus ??= from.outerStatus;
  into.nested ||= from.nested;
}
