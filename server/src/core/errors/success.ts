/**
 * Not every mention is an error: a successful response (OpenAI `choices`, Responses `output`, Anthropic
 * `"type":"message"` content blocks, Gemini `candidates`, Bedrock Converse `output.message`, their streamed chunks) may well say "429" or
 * quote an error body in its generated text. Such a body is recognised by its shape and its whole span
 * is quiet: nothing inside it is reported. Refusals that come back as HTTP 200 (finish_reason
 * content_filter, finishReason SAFETY, promptFeedback.blockReason) are not successes.
 */
import { BLOCK_REASONS } from './body.ts';

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Anthropic stream events that carry generated text, never an error. */
const ANTHROPIC_EVENTS = new Set(['message_start', 'content_block_start', 'content_block_delta', 'content_block_stop', 'message_delta', 'message_stop', 'ping']);
/** Responses API stream events that report a failure (everything else under `response.` is progress). */
const RESPONSES_FAILURES = new Set(['response.failed', 'response.incomplete', 'error']);

export function isSuccessResponse(v: unknown): boolean {
  if (!isObj(v)) return false;
  if (v.error !== undefined && v.error !== null) return false;
  if (isObj(v.promptFeedback) && v.promptFeedback.blockReason) return false;
  const choices = v.choices;
  if (Array.isArray(choices) && choices.length) {
    return choices.every((c) => isObj(c) && ('message' in c || 'delta' in c || 'text' in c) && !BLOCK_REASONS.has(String(c.finish_reason)));
  }
  const candidates = v.candidates;
  if (Array.isArray(candidates) && candidates.length) {
    return candidates.every((c) => isObj(c) && 'content' in c && !BLOCK_REASONS.has(String(c.finishReason)));
  }
  // Bedrock Converse: {"output":{"message":{"role":"assistant","content":[…]}},"stopReason":"end_turn",…}
  // (https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_Converse.html); a guardrail's
  // stopReason "guardrail_intervened" or "content_filtered" is a refusal, not a success
  if (isObj(v.output) && isObj(v.output.message) && v.output.message.role === 'assistant' && typeof v.stopReason === 'string') {
    return v.stopReason !== 'guardrail_intervened' && v.stopReason !== 'content_filtered';
  }
  const type = v.type;
  if (type === 'message' && v.role === 'assistant' && Array.isArray(v.content)) return true;
  if (typeof type === 'string' && ANTHROPIC_EVENTS.has(type)) return true;
  if (v.object === 'response' && Array.isArray(v.output)) return v.status === 'completed' || v.status === 'in_progress';
  if (typeof type === 'string' && type.startsWith('response.') && !RESPONSES_FAILURES.has(type)) {
    const r = v.response;
    return !(isObj(r) && (r.status === 'failed' || (r.error !== undefined && r.error !== null)));
  }
  return false;
}

/** Spans [start, end) of success bodies, ascending and disjoint (the object scanner resumes after each). */
export type QuietSpans = { start: number; end: number }[];

/** Drops the candidates that lie wholly inside a quiet span (both lists sorted by start): linear. */
export function dropQuiet<T extends { start: number; end: number }>(sorted: T[], quiet: QuietSpans): T[] {
  if (!quiet.length) return sorted;
  const out: T[] = [];
  let q = 0;
  for (const c of sorted) {
    while (q < quiet.length && quiet[q].end <= c.start) q++;
    if (q < quiet.length && quiet[q].start <= c.start && c.end <= quiet[q].end) continue;
    out.push(c);
  }
  return out;
}
