/**
 * Who passed an error on: gateways (LiteLLM), relays (new-api / one-api, OpenRouter), SDKs and
 * frameworks that print it (openai-python, Vercel AI SDK, LangChain), agent tools that show it
 * (Claude Code, Gemini CLI, Cline, OpenHands), streamed frames (SSE). Data, not code: a table of
 * literal signatures (lower-case, no regexes), each with where the form comes from.
 *
 * The finder reads the innermost error for the payload's facts (body.ts); this table only names the
 * hops. All signatures are found in one Aho–Corasick pass over the text; each payload then takes the
 * hits inside its own window (from the previous payload's end, or a bounded look-back, to its end),
 * so the whole is linear in the text.
 */
import type { WrapperHop } from './types.ts';
import { NeedleSet, isAsciiLetter, isIdentChar, threeDigits } from './scan.ts';

type Kind = WrapperHop['kind'];

interface Signature {
  /** Lower-case literal searched in the lower-cased text. */
  needle: string;
  name: string;
  kind: Kind;
  /** Extra check at the hit (`at` is where the needle starts, in the original text). */
  accept?: (text: string, at: number) => boolean;
  /** Names this hop to `name` only when no more specific hop of the same family was seen. */
  generic?: boolean;
  /** The wrapper's own error, not one it passed on (LiteLLM's budget check): the answer came from it. */
  own?: boolean;
}

/** The needle is not the tail of a longer word (`aider` in `raider`, `openai.` in `api.openai.com`). */
const wordStart = (text: string, at: number): boolean => at === 0 || !(isIdentChar(text.charCodeAt(at - 1)) || text.charCodeAt(at - 1) === 46 || text.charCodeAt(at - 1) === 47 || text.charCodeAt(at - 1) === 45);
/** A Python module prefix followed by a class name or a private module: `openai.BadRequestError`, `openai._exceptions`, `openai.error.`. */
const modulePrefix = (len: number) => (text: string, at: number): boolean => {
  if (!wordStart(text, at) || !isAsciiLetter(text.charCodeAt(at)) || text.charCodeAt(at) < 97) return false; // lower-case module name
  const c = text.charCodeAt(at + len);
  return (c >= 65 && c <= 90) || c === 95 || text.startsWith('error.', at + len) || text.startsWith('exceptions.', at + len);
};
/** "Error code: 400 - " at `at`. */
const statusDash = (text: string, at: number): boolean => threeDigits(text, at + 12) >= 400 && text.startsWith(' - ', at + 15);
/** The body right after "Error code: NNN - " starts with `shape` (looked at over a few characters). */
const bodyAhead = (text: string, at: number, shape: string): boolean => text.startsWith(shape, at + 18) || text.startsWith(shape, at + 19);
const lineStart = (text: string, at: number): boolean => {
  let i = at - 1;
  while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i--;
  return i < 0 || text.charCodeAt(i) === 10 || text.charCodeAt(i) === 13;
};

export const SIGNATURES: readonly Signature[] = [
  // LiteLLM: `litellm.RateLimitError: AnthropicException - {...}`, `litellm.exceptions.APIError`, its debug banner
  // ("LiteLLM.Info: If you need to debug this error…"), "Error from LiteLLM endpoint". Class names per
  // https://github.com/BerriAI/litellm/blob/main/docs/my-website/docs/exception_mapping.md; pastes in
  // https://github.com/HKUDS/nanobot/issues/2200, https://github.com/OpenHands/OpenHands/issues/4957
  { needle: 'litellm', name: 'LiteLLM', kind: 'gateway', accept: (t, a) => a === 0 || !isAsciiLetter(t.charCodeAt(a - 1)) },
  // LiteLLM's provider-named exceptions appear without "litellm" when an agent strips the class:
  // "OpenAIException - Error code: 429 - {...}" (https://github.com/OpenHands/OpenHands/issues/998)
  ...['anthropicexception', 'openaiexception', 'azureexception', 'vertexaiexception', 'bedrockexception', 'deepseekexception', 'geminiexception', 'openrouterexception'].map(
    (needle): Signature => ({ needle: needle + ' - ', name: 'LiteLLM', kind: 'gateway' }),
  ),
  // the LiteLLM proxy's own budget check: "Budget has been exceeded! Current cost: …, Max budget: …"
  // (https://github.com/BerriAI/litellm/issues/22726)
  { needle: 'budget has been exceeded!', name: 'LiteLLM', kind: 'gateway', own: true },

  // new-api / one-api relays: error.type "new_api_error" / "one_api_error", "(request id: …)" suffix
  // (https://github.com/songquanpeng/one-api/issues/2223, https://github.com/QuantumNous/new-api/issues/3192)
  { needle: 'new_api_error', name: 'new-api', kind: 'relay' },
  { needle: 'one_api_error', name: 'one-api', kind: 'relay' },
  { needle: '"upstream_error"', name: 'relay', kind: 'relay', generic: true },
  { needle: '(request id: ', name: 'new-api/one-api', kind: 'relay', generic: true },
  { needle: '(request id:', name: 'new-api/one-api', kind: 'relay', generic: true },

  // OpenRouter: {"error":{"message":"Provider returned error","code":400,"metadata":{"raw":"…","provider_name":"…"}}}
  // (https://github.com/reVrost/go-openrouter/pull/21, https://github.com/continuedev/continue/issues/10442)
  { needle: 'provider returned error', name: 'OpenRouter', kind: 'relay' },
  { needle: '"provider_name"', name: 'OpenRouter', kind: 'relay' },
  { needle: 'openrouter.ai', name: 'OpenRouter', kind: 'relay' },

  // Go: fmt's %v of an *http.Response: &{429 Too Many Requests 429 HTTP/2.0 2 0 map[...] {...}}
  { needle: '&{', name: 'Go HTTP client', kind: 'sdk', accept: (t, a) => threeDigits(t, a + 2) >= 400 && t.charCodeAt(a + 5) === 32 },

  // Vercel AI SDK: AI_APICallError (with `responseBody: '{…}'`), AI_RetryError "Failed after 3 attempts. Last error: …"
  // (https://ai-sdk.dev/docs/reference/ai-sdk-errors/ai-retry-error, https://github.com/superdesigndev/superdesign/issues/63)
  { needle: 'ai_apicallerror', name: 'Vercel AI SDK', kind: 'sdk' },
  { needle: 'ai_retryerror', name: 'Vercel AI SDK', kind: 'sdk' },
  { needle: ' attempts. last error: ', name: 'Vercel AI SDK', kind: 'sdk' },

  // frameworks: module paths and retry logs ("Retrying langchain.chat_models.openai…",
  // https://github.com/langchain-ai/langchain/issues/11914; llama_index paths, https://github.com/run-llama/llama_index/issues/16399)
  { needle: 'langchain', name: 'LangChain', kind: 'framework', accept: (t, a) => a === 0 || !isAsciiLetter(t.charCodeAt(a - 1)) },
  { needle: 'llama_index', name: 'LlamaIndex', kind: 'framework' },
  { needle: 'llamaindex', name: 'LlamaIndex', kind: 'framework' },

  // SDKs: Python exception classes and site-packages paths (openai.BadRequestError: Error code: 400 - {…},
  // https://github.com/vibrantlabsai/ragas/issues/649; anthropic.APIStatusError, https://github.com/anthropics/anthropic-sdk-python/issues/688)
  { needle: 'openai.', name: 'openai-python', kind: 'sdk', accept: modulePrefix(7) },
  { needle: '/openai/_', name: 'openai-python', kind: 'sdk' },
  { needle: '\\openai\\_', name: 'openai-python', kind: 'sdk' },
  { needle: 'anthropic.', name: 'anthropic-python', kind: 'sdk', accept: modulePrefix(10) },
  { needle: '/anthropic/_', name: 'anthropic-python', kind: 'sdk' },
  // The Stainless-generated Python SDKs print "Error code: 400 - {body}" (APIStatusError); the body's shape
  // says which one: Anthropic's {'type': 'error', …} (https://github.com/Doriandarko/claude-engineer/issues/161)
  // or OpenAI's {'error': {…}} (https://github.com/vibrantlabsai/ragas/issues/649)
  { needle: 'error code: ', name: 'anthropic-python', kind: 'sdk', accept: (t, a) => statusDash(t, a) && bodyAhead(t, a, "'type': 'error'") },
  { needle: 'error code: ', name: 'openai-python', kind: 'sdk', accept: (t, a) => statusDash(t, a) && !bodyAhead(t, a, "'type': 'error'") && bodyAhead(t, a, "{'error': ") },
  // google-genai's APIError: "503 UNAVAILABLE. {'error': {'code': 503, …}}" (https://github.com/google-gemini/cookbook/issues/425)
  { needle: ". {'error': {'code': ", name: 'google-genai', kind: 'sdk' },
  { needle: 'botocore.', name: 'boto3', kind: 'sdk', accept: wordStart },
  { needle: 'google.genai.', name: 'google-genai', kind: 'sdk', accept: wordStart },
  { needle: 'google.api_core.', name: 'google-api-core', kind: 'sdk', accept: wordStart },
  { needle: 'gaxioserror', name: 'gaxios', kind: 'sdk' },
  // axios: "Request failed with status code 400" (https://github.com/Backtthefuture/chatlogwebUI/issues/7)
  { needle: 'request failed with status code ', name: 'axios', kind: 'sdk' },

  // agent tools. Claude Code: "API Error: 529 {…}", "⎿  API Error (529 {…}) · Retrying in 4 seconds…"
  // (https://github.com/anthropics/claude-code/issues/39745, /7218). Gemini CLI (and its forks):
  // "✕ [API Error: {…}]" (https://github.com/google-gemini/gemini-cli/issues/24641).
  { needle: 'api error: ', name: 'Claude Code', kind: 'agent', accept: (t, a) => t.charCodeAt(a - 1) !== 91 && t.startsWith('API Error', a) && !t.startsWith('Error', a + 11) },
  { needle: 'api error (', name: 'Claude Code', kind: 'agent', accept: (t, a) => t.startsWith('API Error', a) },
  // Qwen Code is a fork of Gemini CLI and prints the same frame (https://github.com/QwenLM/qwen-code/issues/220)
  { needle: '[api error: ', name: 'Gemini CLI / Qwen Code', kind: 'agent', accept: (t, a) => t.startsWith('[API Error', a) },
  // Claude Code's own error log: stack frames in its bun-compiled binary, "at generate (/$bunfs/root/…)"
  // (https://github.com/anthropics/claude-code/issues/66314)
  { needle: '/$bunfs/root/', name: 'Claude Code', kind: 'agent' },
  // Cline: "[CLINE] stream_initialization_failed…" (https://github.com/cline/cline/issues/8295)
  { needle: '[cline]', name: 'Cline', kind: 'agent' },
  // OpenHands log records: "01:57:01 - openhands:ERROR: retry_mixin.py:47 - …" (https://github.com/OpenHands/OpenHands/issues/4957)
  { needle: 'openhands:', name: 'OpenHands', kind: 'agent' },
  // Continue's error panel: "Status Code: 429 / **Error Output** / ```…```" (https://github.com/continuedev/continue/issues/10442)
  { needle: '**error output**', name: 'Continue', kind: 'agent' },
  // Cursor: {"error":"ERROR_PROVIDER_ERROR","details":{"title":…,"detail":…}} (https://github.com/leookun/cursor-byok/issues/42)
  { needle: 'error_provider_error', name: 'Cursor', kind: 'agent' },
  { needle: '"allowcommandlinkspotentiallyunsafe', name: 'Cursor', kind: 'agent' },
  { needle: 'aider', name: 'Aider', kind: 'agent', accept: (t, a) => wordStart(t, a) && !isAsciiLetter(t.charCodeAt(a + 5)) },

  // streamed failures: SSE frames "event: error" / "event: response.failed" and "data: {…}" lines.
  // Anthropic answers HTTP 200 and then `event: error` {"type":"error","error":{…}} mid-stream
  // (https://github.com/docker/docker-agent/pull/2880); the Responses API ends a stream with
  // response.failed or an `error` event {"type":"error","code":"server_is_overloaded",…}
  // (https://github.com/editor-code-assistant/eca/pull/559)
  { needle: 'event: error', name: 'SSE stream', kind: 'stream', accept: lineStart },
  { needle: 'event: response.failed', name: 'SSE stream', kind: 'stream', accept: lineStart },
  { needle: 'data: {', name: 'SSE stream', kind: 'stream', accept: lineStart },
  { needle: 'data:{', name: 'SSE stream', kind: 'stream', accept: lineStart },
];

const NEEDLES = new NeedleSet(SIGNATURES.map((s) => s.needle));

/** Where each signature was seen in one text: offsets ascending. */
export interface WrapperHits {
  at: number[];
  sig: number[];
}

/**
 * The signatures in lower[from, to) (the whole text by default). The finder asks only for the window
 * before each payload, so a long log with one error reads a few kilobytes here, not the log.
 */
function findWrapperHits(text: string, lower: string, from = 0, to = lower.length): WrapperHits {
  const hits: WrapperHits = { at: [], sig: [] };
  NEEDLES.scan(lower, (index, end) => {
    const sig = SIGNATURES[index];
    const at = end - sig.needle.length;
    if (sig.accept && !sig.accept(text, at)) return;
    hits.at.push(at);
    hits.sig.push(index);
  }, from, to);
  // the automaton reports by end offset; a shorter needle ending later may come after a longer one
  // that starts later — sort so the per-payload windows can binary search (n log n over hits only)
  if (!isSorted(hits.at)) {
    const order = hits.at.map((_, i) => i).sort((a, b) => hits.at[a] - hits.at[b]);
    hits.at = order.map((i) => hits.at[i]);
    hits.sig = order.map((i) => hits.sig[i]);
  }
  return hits;
}

/** The longest signature: a window continued after `to` starts this much earlier so no hit is cut. */
const LONGEST = Math.max(...SIGNATURES.map((sig) => sig.needle.length));

/**
 * Wrapper hits read on demand, left to right: each call reads only what lies past the previous one
 * (plus one signature's length, for a hit that straddles the seam), so the payload windows of a long
 * text cost its length once however they overlap.
 */
export class LazyWrapperHits {
  readonly hits: WrapperHits = { at: [], sig: [] };
  private readTo = 0;
  /** Characters scanned so far. */
  read = 0;
  constructor(
    private readonly text: string,
    private readonly lower: string,
  ) {}

  /** Hits in [from, to) are known after this call. */
  cover(from: number, to: number): WrapperHits {
    to = Math.min(to, this.lower.length);
    const start = Math.max(from, this.readTo - LONGEST);
    if (to > start && to > this.readTo) {
      const more = findWrapperHits(this.text, this.lower, start, to);
      this.read += to - start;
      for (let i = 0; i < more.at.length; i++) {
        if (more.at[i] < this.readTo) continue; // already known from the previous window
        this.hits.at.push(more.at[i]);
        this.hits.sig.push(more.sig[i]);
      }
      this.readTo = to;
    }
    return this.hits;
  }
}

function isSorted(a: number[]): boolean {
  for (let i = 1; i < a.length; i++) if (a[i] < a[i - 1]) return false;
  return true;
}

const KIND_ORDER: Record<Kind, number> = { agent: 0, framework: 1, gateway: 2, relay: 2, proxy: 2, sdk: 2, stream: 2 };
/** At most this many hops per payload (a long log full of library names says nothing more). */
const MAX_HOPS = 8;

/**
 * The hops seen in [from, to), outermost first: agent tools outermost (they show what they got), then
 * frameworks, then the rest in text order (a wrapper prints its own name before the error it wraps).
 */
export function chainIn(hits: WrapperHits, from: number, to: number, text: string): { hops: WrapperHop[]; visited: number; own: boolean } {
  let lo = 0;
  let hi = hits.at.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (hits.at[mid] < from) lo = mid + 1;
    else hi = mid;
  }
  const seen = new Map<string, { hop: WrapperHop; pos: number; generic: boolean }>();
  let i = lo;
  let own = false;
  for (; i < hits.at.length && hits.at[i] < to; i++) {
    const sig = SIGNATURES[hits.sig[i]];
    if (sig.own) own = true;
    if (seen.has(sig.name)) continue;
    if (seen.size >= MAX_HOPS * 2) break;
    const hop: WrapperHop = { name: sig.name, kind: sig.kind };
    if (sig.name === 'Go HTTP client') hop.status = threeDigits(text, hits.at[i] + 2);
    seen.set(sig.name, { hop, pos: hits.at[i], generic: !!sig.generic });
  }
  const list = [...seen.values()];
  const hasSpecific = (kind: Kind) => list.some((e) => !e.generic && e.hop.kind === kind);
  const hops = list
    .filter((e) => !(e.generic && hasSpecific(e.hop.kind)))
    .sort((a, b) => KIND_ORDER[a.hop.kind] - KIND_ORDER[b.hop.kind] || a.pos - b.pos)
    .slice(0, MAX_HOPS)
    .map((e) => e.hop);
  return { hops, visited: i - lo, own };
}

/**
 * Statuses the SDK and gateway exception classes stand for (openai-python's and LiteLLM's documented
 * mapping), used only when nothing printed a status: `litellm.RateLimitError: AnthropicException - {…}`.
 */
const CLASS_STATUS: Record<string, number> = {
  badrequesterror: 400,
  contextwindowexceedederror: 400,
  contentpolicyviolationerror: 400,
  unsupportedparamserror: 400,
  authenticationerror: 401,
  permissiondeniederror: 403,
  notfounderror: 404,
  conflicterror: 409,
  unprocessableentityerror: 422,
  ratelimiterror: 429,
  serviceunavailableerror: 503,
  overloadederror: 529,
  // google-api-core's exception classes (google.api_core.exceptions): named after the status, no suffix
  badrequest: 400,
  invalidargument: 400,
  failedprecondition: 400,
  unauthenticated: 401,
  unauthorized: 401,
  permissiondenied: 403,
  forbidden: 403,
  notfound: 404,
  toomanyrequests: 429,
  resourceexhausted: 429,
  internalservererror: 500,
  badgateway: 502,
  serviceunavailable: 503,
  gatewaytimeout: 504,
  deadlineexceeded: 504,
};

/**
 * LiteLLM's classes that name no status in openai-python but do in LiteLLM's mapping: APIConnectionError
 * 500, Timeout 408, BadGatewayError 502 (https://docs.litellm.ai/docs/exception_mapping). Read only under a
 * `litellm.` name. Its APIError ("all other errors") wraps any status the mapping does not know (a 405
 * too), so it implies none here; explain.ts falls back to a 500 for it only when nothing else speaks.
 */
const LITELLM_CLASS_STATUS: Record<string, number> = {
  apiconnectionerror: 500,
  internalservererror: 500,
  timeout: 408,
  badgatewayerror: 502,
};

export function classStatus(exception: string | null): number | null {
  if (!exception) return null;
  const bare = exception.slice(exception.lastIndexOf('.') + 1).toLowerCase();
  if (exception.toLowerCase().startsWith('litellm.') && LITELLM_CLASS_STATUS[bare] !== undefined) return LITELLM_CLASS_STATUS[bare];
  return CLASS_STATUS[bare] ?? null;
}
