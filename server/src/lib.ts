/**
 * The package's library entry (dist/lib.js, `require('llm-preflight')`): the functions an application
 * calls at run time, declared in types/llm-preflight.d.ts. Built on the same core as the CLI and the
 * server; nothing here reads files or the network.
 */
import type {
  ApiId,
  ExplainedError,
  ExplainOptions,
  LintRequestInput,
  Problem,
  ProblemFix,
  Provider,
} from '../../types/llm-preflight.d.ts';
import { explainText } from './core/errors/index.ts';
import { lintUnit, type LintOptions } from './core/lint.ts';
import { LineIndex } from './core/text.ts';
import type { Finding } from './core/types.ts';
import { requestHead } from './lib/request-document.ts';
import { requestUnit } from './lib/request-unit.ts';

export type * from '../../types/llm-preflight.d.ts';

/** The body is the caller's text: nothing in the head (a `< path` cannot appear there either) reads a file. */
const NO_FILES = { readFile: () => undefined };

export function lintRequest(input: LintRequestInput): Problem[] {
  const body = typeof input.body === 'string' ? input.body : JSON.stringify(input.body, null, 2) ?? '';
  const head = requestHead(input);
  const unit = requestUnit(head, body, NO_FILES);
  const options: LintOptions = {
    languageId: 'http',
    api: input.api,
    locale: input.locale,
    rules: {
      // An application's headers hold its real key at run time: that is not a key committed to a file.
      'hardcoded-api-key': 'off',
      // Without the headers (an SDK adds them), a missing header says nothing.
      ...(input.headers === undefined && { 'missing-required-header': 'off' }),
      ...input.rules,
    },
    http: NO_FILES,
  };
  // The unit's text is only read for findings on the head (a header's span): a concatenation costs nothing until then.
  const result = lintUnit(unit, head + body, body, options);
  if (!result.findings.length) return []; // a clean body needs no line index
  const lines = new LineIndex(body);
  const problems = result.findings.map((f) => toProblem(f, head.length, body.length, lines));
  return problems.sort((a, b) => a.start - b.start || a.end - b.end);
}

export function explainError(text: string, options: ExplainOptions = {}): ExplainedError[] {
  const input = typeof text === 'string' ? text : '';
  const lines = new LineIndex(input);
  return explainText(input, options.locale ?? 'en').map((x) => ({
    range: lines.rangeOf(x.span),
    provider: x.provider,
    status: x.status,
    code: x.code,
    title: x.title,
    fault: x.fault,
    retryable: x.retryable,
    explanation: x.explanation,
    fix: x.fix,
    rule: x.rule,
    id: x.id,
    waitSeconds: x.waitSeconds,
    confidence: x.confidence,
    chain: x.chain.map(({ name, kind }) => ({ name, kind })),
  }));
}

function toProblem(f: Finding, bodyStart: number, bodyLength: number, lines: LineIndex): Problem {
  const inBody = f.span.start >= bodyStart;
  const start = inBody ? Math.min(f.span.start - bodyStart, bodyLength) : 0;
  const end = inBody ? Math.min(Math.max(f.span.end - bodyStart, start), bodyLength) : 0;
  const fixes: ProblemFix[] = [];
  for (const fix of f.fixes ?? []) {
    // Only fixes wholly inside the body: the caller's URL and headers are not text we gave back.
    if (!fix.edits.every((e) => e.span.start >= bodyStart && e.span.end - bodyStart <= bodyLength)) continue;
    fixes.push({
      title: fix.title,
      preferred: fix.preferred,
      edits: fix.edits.map((e) => {
        const span = { start: e.span.start - bodyStart, end: e.span.end - bodyStart };
        return { ...span, range: lines.rangeOf(span), text: e.text };
      }),
    });
  }
  return {
    rule: f.rule,
    severity: f.severity,
    message: f.message,
    location: inBody ? 'body' : 'request',
    range: lines.rangeOf({ start, end }),
    start,
    end,
    api: f.api as ApiId | null,
    provider: (f.provider ?? null) as Provider | null,
    fixes,
    ...(f.quote && { quote: { ...f.quote } }),
  };
}
