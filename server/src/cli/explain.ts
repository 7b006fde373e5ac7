import { readFileSync } from 'node:fs';
import type { Locale } from '../../../rules/errors/types.ts';
import { explainText, type Explanation } from '../core/errors/index.ts';
import { LineIndex } from '../core/text.ts';
import { EXPLAIN_LABELS, formatWait, pickLocale } from '../frontend/explain-labels.ts';
import type { ExplainArgs } from './args.ts';

export class ExplainInputError extends Error {}

/** Reads the input (a file or standard input); I/O problems become ExplainInputError (exit 2). */
export function readExplainInput(input: string): string {
  try {
    return readFileSync(input === '-' ? 0 : input, 'utf8');
  } catch (error) {
    throw new ExplainInputError(`cannot read ${input === '-' ? 'standard input' : input}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}

/** The locale: --locale, else the environment's language when we have it, else English. */
export function explainLocale(args: ExplainArgs, env: NodeJS.ProcessEnv): Locale {
  return args.locale ?? pickLocale(env.LC_ALL || env.LC_MESSAGES || env.LANG);
}

/** `llm-preflight explain`: the explanations and the output text (contract: shared/DESIGN.md). */
export function runExplain(text: string, args: ExplainArgs, locale: Locale): { explained: Explanation[]; output: string } {
  const explained = explainText(text, locale);
  const lines = new LineIndex(text);
  if (args.format === 'json') {
    const out = explained.map((x) => ({
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
    }));
    return { explained, output: JSON.stringify(out, null, 2) };
  }
  const L = EXPLAIN_LABELS[locale];
  const blocks = explained.map((x) => {
    const at = lines.rangeOf(x.span).start;
    const head = [x.provider, x.status, x.code].filter((v) => v !== null && v !== '').join(' · ');
    const retry = !x.retryable ? L.retryNo : x.waitSeconds ? L.retryAfter(formatWait(x.waitSeconds)) : L.retryYes;
    const out = [`${at.line + 1}:${at.character + 1}  ${x.title}${head ? `  (${head})` : ''}`, `  ${L.fault}: ${L.faults[x.fault]}`, `  ${L.retry}: ${retry}`, `  ${x.explanation}`];
    if (x.fix.length) out.push(`  ${L.fix}:`, ...x.fix.map((step, i) => `    ${i + 1}. ${step}`));
    if (x.rule) out.push(`  ${L.rule}: ${x.rule}`);
    return out.join('\n');
  });
  return { explained, output: blocks.join('\n\n') };
}
