/**
 * The public API of the `llm-preflight` package (`require('llm-preflight')` / `import … from 'llm-preflight'`):
 * lint an LLM API request body before sending it, explain an LLM API error after it came back.
 * No editor, no network, no file reads. This file is the declared boundary; server/src/lib.ts implements
 * it and test/lib/types.test.ts checks that the two agree.
 */

export type ApiId = 'openai-chat' | 'openai-responses' | 'anthropic-messages' | 'gemini-generate' | 'dashscope-generation' | 'bedrock-converse' | 'ollama-chat' | 'ollama-generate' | 'openai-embeddings';

export type Provider =
  | 'openai' | 'azure' | 'anthropic' | 'bedrock' | 'vertex' | 'gemini' | 'gemini-openai'
  | 'dashscope' | 'dashscope-compatible' | 'deepseek' | 'openrouter' | 'ollama'
  | 'groq' | 'xai' | 'mistral' | 'together' | 'fireworks' | 'moonshot' | 'zhipu' | 'siliconflow' | 'vllm' | 'lmstudio' | 'llamacpp' | 'sglang' | 'relay';

export type Severity = 'error' | 'warning' | 'info';

export type Locale = 'en' | 'zh-cn' | 'zh-tw' | 'fr';

/** 0-based line and UTF-16 column (as LSP and the CLI's JSON output). */
export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export interface LintRequestInput {
  /** The request body: JSON text, or a value (linted as `JSON.stringify(body, null, 2)`; ranges refer to that text). */
  body: string | object;
  /** The API the body is for; detected from the URL, headers and body shape when absent. */
  api?: ApiId;
  /** Who serves it (refines the rules: a relay accepts more than the first party). Ignored when `url` is given. */
  provider?: Provider;
  /** The model, where the API names it in the URL (Gemini, Vertex, Bedrock) and `url` is not given; others read `body.model`. */
  model?: string;
  /** The endpoint URL (decides API and provider, as in a `.http` file). */
  url?: string;
  /** Request headers (e.g. `anthropic-version`). Values are not reported as hard-coded keys. */
  headers?: Record<string, string> | [string, string][];
  /** Per-rule severity overrides; `off` disables a rule. */
  rules?: Record<string, Severity | 'off'>;
  /** Language of the messages; default English. */
  locale?: Locale;
}

export interface ProblemEdit {
  /** Offsets into the body text (UTF-16, end exclusive). */
  start: number;
  end: number;
  range: Range;
  text: string;
}

export interface ProblemFix {
  title: string;
  /** The obvious fix: what `check --fix` and fix-all apply. */
  preferred: boolean;
  edits: ProblemEdit[];
}

export interface Problem {
  /** Rule id (docs: rules/<id>/README.md) or a core code such as `json-syntax`. */
  rule: string;
  severity: Severity;
  message: string;
  /** Where in the body; `request` when it is about the URL or headers (the range is then empty at 0:0). */
  location: 'body' | 'request';
  range: Range;
  /** Offsets into the body text (UTF-16, end exclusive). */
  start: number;
  end: number;
  api: ApiId | null;
  provider: Provider | null;
  /** Edits on the body text; fixes that would edit the URL or headers are left out. */
  fixes: ProblemFix[];
  /** What the provider would answer to this request, verbatim (`provider` is a display name), when known. */
  quote?: { provider: string; text: string; source?: string };
}

export type Fault = 'request' | 'auth' | 'quota' | 'rate-limit' | 'content-filter' | 'relay' | 'upstream';

/** One explained error: the `explain --format json` contract (shared/DESIGN.md) plus `id` and `waitSeconds`. */
export interface ExplainedError {
  range: Range;
  provider: string | null;
  status: number | null;
  code: string | null;
  title: string;
  fault: Fault;
  retryable: boolean;
  explanation: string;
  fix: string[];
  /** The lint rule that would have caught it before sending, when there is one. */
  rule: string | null;
  /** Catalog entry id (stable). */
  id: string;
  /** Seconds to wait before retrying, when the response says. */
  waitSeconds: number | null;
  /**
   * How sure the explanation is: `documented` (a catalog entry matches the error's code or message),
   * `kind` (no entry, but its codes or wording name a kind of error), `status` (only the HTTP status said anything).
   */
  confidence: 'documented' | 'kind' | 'status';
  /** The software that passed the error on, outermost first (a gateway, relay, SDK, agent tool, stream); [] when none. */
  chain: WrapperHop[];
}

export interface WrapperHop {
  name: string;
  kind: 'gateway' | 'relay' | 'sdk' | 'framework' | 'agent' | 'stream' | 'proxy';
}

export interface ExplainOptions {
  /** Language of titles, explanations and fixes; default `en`. */
  locale?: Locale;
}

/** The problems in one request body, in body order. Never throws on any body (bad JSON is a `json-syntax` problem). */
export declare function lintRequest(input: LintRequestInput): Problem[];

/** Every LLM API error found in `text` (a response body, an SDK exception, a log), explained. */
export declare function explainError(text: string, options?: ExplainOptions): ExplainedError[];
