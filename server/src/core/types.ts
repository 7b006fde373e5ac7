import type { PendingCount } from './deferred.ts';
import type { BodyMap } from './sources/body-map.ts';
/**
 * Shared shapes of the core library. Everything here is plain data: no LSP transport,
 * no file system, no editor API. Offsets are UTF-16 code-unit offsets into the document text.
 */

/** The API a request body is written for (ids are part of the CLI contract). */
export type ApiId =
  | 'openai-chat'
  | 'openai-responses'
  | 'anthropic-messages'
  | 'gemini-generate'
  | 'dashscope-generation'
  | 'bedrock-converse'
  | 'ollama-chat'
  | 'ollama-generate'
  | 'openai-embeddings';

export const API_IDS: readonly ApiId[] = [
  'openai-chat',
  'openai-responses',
  'anthropic-messages',
  'gemini-generate',
  'dashscope-generation',
  'bedrock-converse',
  'ollama-chat',
  'ollama-generate',
  'openai-embeddings',
];

/**
 * Who serves the request. First-party hosts and the dialects that refine an API's rules;
 * `relay` is any unknown host (new-api, one-api, LiteLLM, a company gateway...).
 */
export type Provider =
  | 'openai'
  | 'azure'
  | 'anthropic'
  | 'bedrock'
  | 'vertex'
  | 'gemini'
  | 'gemini-openai'
  | 'dashscope'
  | 'dashscope-compatible'
  | 'deepseek'
  | 'openrouter'
  | 'ollama'
  | 'groq'
  | 'xai'
  | 'mistral'
  | 'together'
  | 'fireworks'
  | 'moonshot'
  | 'zhipu'
  | 'siliconflow'
  | 'vllm'
  | 'lmstudio'
  | 'llamacpp'
  | 'sglang'
  | 'relay';

export type Severity = 'error' | 'warning' | 'info';

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** A half-open span of document offsets. */
export interface Span {
  start: number;
  end: number;
}

export interface Header {
  name: string;
  value: string;
  /** Span of the whole header line (without the line break). */
  span: Span;
}

/**
 * One request found in a document: a `.http` block, a whole `.json` file, or a `.jsonl` line.
 * The body text is the document's own text (offsets map 1:1), with anything that is not JSON
 * (comment lines of .http bodies) already blanked out with spaces of the same length.
 */
export interface RequestUnit {
  /** Span of the whole unit in the document (for .http: the block, separators excluded). */
  span: Span;
  /** Request method, e.g. POST (undefined for bare JSON bodies). */
  method?: string;
  /** The URL as written (variables unresolved). */
  rawUrl?: string;
  /** The URL with every variable that could be resolved substituted; unresolved ones stay `{{x}}`. */
  url?: string;
  /** Span of the request line (method + url + version); used for hovers and header findings. */
  requestLineSpan?: Span;
  headers: Header[];
  /** The body text, same length as `bodySpan`; comment lines blanked. Undefined when there is none. */
  bodyText?: string;
  bodySpan?: Span;
  /** `< ./file.json` reference: the path as written, resolved path, and the span of the `<` line. */
  bodyFile?: {
    path: string;
    resolvedPath?: string;
    /** Span of the `< path` line in this document. */
    span: Span;
    /** The referenced file's text when it could be read (findings in it are reported on `span`). */
    text?: string;
  };
  /** Body is not JSON (multipart, form, GraphQL, XML...): rules skip it. */
  nonJsonBody?: string;
  /** Request name from `# @name x` or the `### title`. */
  name?: string;
  /** `# @api <id>` override, with the span of the comment. */
  apiOverride?: { value: string; span: Span };
  /** Batch envelope (.jsonl): the envelope's url (OpenAI Batch) or `params` (Anthropic). */
  envelope?: { kind: 'openai-batch' | 'anthropic-batch'; url?: string };
  /** Notes from the splitter that deserve a diagnostic (e.g. unreadable body file). */
  notes: UnitNote[];
  /**
   * File variables (`@name = value`, raw values as written) that the URL or headers reference: tells a value
   * written in this file from one that comes from the environment. Absent when none is referenced.
   */
  fileVariables?: Record<string, string>;
  /**
   * A body synthesized from source code (an SDK call's arguments, sources/body-map.ts): `bodyText` is that JSON,
   * not document text, and `bodySpan` the call's arguments; findings and fixes reach the document through the map.
   */
  bodyMap?: BodyMap;
  /** A curl command in a shell script (`sources/shell`): its URL and headers are shell words, which take no `.http` edits. */
  shell?: true;
  /** A body written in shell quotes (`sources/shell`): how a fix's text is quoted there (`quoting.ts`). */
  bodyQuoting?: BodyQuoting;
}

/** Body-relative parts of a shell-quoted body, each with its quoting, and the two-character escapes in it. */
export interface BodyQuoting {
  parts: { start: number; end: number; quote: 'single' | 'double' | 'heredoc' | 'literal' | 'word' | 'other' }[];
  /** Body-relative starts of `\"`-like escapes: an edit never splits one. */
  escapes: number[];
}

export interface UnitNote {
  span: Span;
  severity: Severity;
  code: string;
  message: string;
}

/** What detection concluded, and why (shown on hover over the request line). */
export interface Detection {
  api: ApiId | null;
  provider: Provider | null;
  model: string | null;
  /** Human-readable reasons, in the order they were applied. */
  reasons: string[];
  /**
   * A bare body (no request line, no envelope) whose API the user named: a whole request, not a fragment
   * that code completes before sending (rules judge its top level, e.g. required fields).
   */
  declaredApi?: true;
}

/** A path into a JSON value: property names and array indices. */
export type JsonPath = (string | number)[];

/** A finding produced by the core, before transport-specific conversion. */
export interface Finding {
  rule: string;
  severity: Severity;
  message: string;
  span: Span;
  api: ApiId | null;
  /** Provider dialect detected for the request (rule findings only). */
  provider?: Provider | null;
  /** Docs URL of the rule (becomes codeDescription.href). */
  docsUrl?: string;
  /** Safe automatic fixes (quick fixes, fix-all, `check --fix`); edits in document offsets. */
  fixes?: FindingFix[];
  /**
   * The provider's own verbatim answer this finding prevents, for the hover and docs (labelled
   * "<provider> answers: …"), never repeated in `message`. `provider` is a display name.
   */
  quote?: FindingQuote;
  /** Set while the finding waits for a token count (core/deferred.ts); settled findings never carry it. */
  pending?: PendingCount;
}

/** What the provider would answer, with where that wording was seen. */
export interface FindingQuote {
  provider: string;
  text: string;
  source?: string;
}

/** One way to fix a finding: edits of the document that never leave the finding's request body. */
export interface FindingFix {
  title: string;
  /** The obvious fix (LSP isPreferred): fix-all and `check --fix` apply only preferred fixes. */
  preferred: boolean;
  edits: { span: Span; text: string }[];
}
