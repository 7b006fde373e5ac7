import type { Locale } from '../../../rules/errors/types.ts';
import { explainError, type ExplainedError } from '../lib.ts';
import { EXPLAIN_LABELS, formatWait } from '../frontend/explain-labels.ts';
import type { ExplainArgs } from './args.ts';
import { confidenceLine, headFacts, originLine } from '../frontend/explain-provenance.ts';


/** `llm-preflight explain`: the explanations (the library's explainError) and the output text (contract: shared/DESIGN.md). */
export function runExplain(text: string, args: ExplainArgs, locale: Locale): { explained: ExplainedError[]; output: string } {
  const explained = explainError(text, { locale });
  if (args.format === 'json') return { explained, output: JSON.stringify(explained.map(contractRecord), null, 2) };
  return { explained, output: explained.map((x) => textBlock(x, locale)).join('\n\n') };
}

/** The contract's keys, then the added ones it allows: how sure, and who passed the error on (the library's `id` and `waitSeconds` stay out of the CLI's JSON). */
export function contractRecord({ range, provider, status, code, title, fault, retryable, explanation, fix, rule, confidence, chain }: ExplainedError) {
  return { range, provider, status, code, title, fault, retryable, explanation, fix, rule, confidence, chain };
}

/** One explanation as text: its 1-based position and title, then fault, retry, confidence, origin, explanation, fix, rule. */
export function textBlock(x: ExplainedError, locale: Locale): string {
  const L = EXPLAIN_LABELS[locale];
  const at = x.range.start;
  const head = headFacts(x).join(' · ');
  const retry = !x.retryable ? L.retryNo : x.waitSeconds ? L.retryAfter(formatWait(x.waitSeconds)) : L.retryYes;
  const out = [`${at.line + 1}:${at.character + 1}  ${x.title}${head ? `  (${head})` : ''}`, `  ${L.fault}: ${L.faults[x.fault]}`, `  ${L.retry}: ${retry}`, `  ${confidenceLine(x, locale)}`];
  const origin = originLine(x, locale);
  if (origin) out.push(`  ${origin}`);
  out.push(`  ${x.explanation}`);
  if (x.fix.length) out.push(`  ${L.fix}:`, ...x.fix.map((step, i) => `    ${i + 1}. ${step}`));
  if (x.rule) out.push(`  ${L.rule}: ${x.rule}`);
  return out.join('\n');
}
