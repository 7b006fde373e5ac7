import type { ErrorProvider } from '../../../../rules/errors/types.ts';
import type { Span } from '../types.ts';

/** How the error appeared in the text (the outermost form; `formats` lists every form that was merged). */
export type PayloadFormat =
  | 'json' // a JSON body (pretty or one line, possibly inside a log line or an array)
  | 'python' // a Python repr: Error code: 400 - {'error': {...}}
  | 'inspect' // Node's util.inspect: { status: 400, error: { message: '...' } }
  | 'escaped-json' // JSON inside a JSON string: "body": "{\"error\":...}"
  | 'http' // an HTTP response: status line + headers (+ body)
  | 'sdk' // an SDK exception line: BadRequestError: 400 ..., openai.RateLimitError: Error code: 429 - ...
  | 'bedrock' // an AWS exception: ValidationException: ..., An error occurred (X) when calling the Y operation
  | 'status-line' // 400 - message, Error 429: ..., status code 503
  | 'table' // a docs table row: 429 | Throttling.RateQuota | message |
  | 'grpc' // a bare gRPC / Google status name in a log line
  | 'text'; // a known error message as plain text (e.g. a relay's Chinese message)

/**
 * One piece of software that passed the error on (a gateway, relay, SDK, framework, agent tool, a
 * streamed frame). The payload's provider/status/codes/message are the innermost error's; the hop's
 * own status (e.g. a relay answering 500 around an upstream 429) is kept here.
 */
export interface WrapperHop {
  name: string;
  kind: 'gateway' | 'relay' | 'sdk' | 'framework' | 'agent' | 'stream' | 'proxy';
  status?: number;
}

export interface ErrorPayload {
  /** UTF-16 offsets in the scanned text. */
  span: Span;
  format: PayloadFormat;
  formats: PayloadFormat[];
  /** Best guess at who answered (from shape, headers, host names, message); null when nothing says. */
  provider: ErrorProvider | null;
  /** True when the provider guess rests on strong evidence (a host, a header, a provider-only shape). */
  providerCertain: boolean;
  status: number | null;
  /**
   * Every machine identifier found, most specific first: Anthropic details.error_code, Azure innererror
   * code, Google ErrorInfo reasons, error.code, error.type, Google status, DashScope code, Bedrock
   * exception name, quota ids, detail @types, param.
   */
  codes: string[];
  /** The most specific identifier (codes[0]) or null. */
  code: string | null;
  param: string | null;
  /** The main message (raw text from the paste). */
  message: string | null;
  /** Every message found (main message first; nested/upstream messages after). */
  messages: string[];
  /** Response headers, names lower-case. */
  headers: Record<string, string>;
  requestId: string | null;
  /** Seconds to wait before retrying, from headers, RetryInfo or the message; null when unknown. */
  waitSeconds: number | null;
  /** The exception / SDK class name when one was printed (openai.RateLimitError, ThrottlingException). */
  exception: string | null;
  /** True when a body was cut off (truncated paste). */
  truncated: boolean;
  /** Who passed the error on, outermost first; [] when nothing wrapped it. */
  chain: WrapperHop[];
}

export type { ErrorProvider };
