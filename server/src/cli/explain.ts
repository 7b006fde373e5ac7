import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import type { Locale } from '../../../rules/errors/types.ts';
import { explainError, type ExplainedError } from '../lib.ts';
import { EXPLAIN_LABELS, formatWait, pickLocale } from '../frontend/explain-labels.ts';
import type { ExplainArgs } from './args.ts';
import { confidenceLine, headFacts, originLine } from '../frontend/explain-provenance.ts';

export class ExplainInputError extends Error {}

/** The most `explain` reads (a file, a pipe or standard input): far above any log worth pasting. */
export const MAX_EXPLAIN_BYTES = 256 * 1024 * 1024;

/**
 * Reads the input (a file or standard input); I/O problems become ExplainInputError (exit 2). A regular
 * file over MAX_EXPLAIN_BYTES is refused before reading; a pipe is read in chunks and refused once past it.
 */
export function readExplainInput(input: string, maxBytes = MAX_EXPLAIN_BYTES): string {
  const name = input === '-' ? 'standard input' : input;
  const tooLarge = () => new ExplainInputError(`cannot read ${name}: it is larger than ${Math.round(maxBytes / 1024 / 1024)} MB, the most explain reads; pass the part of the log with the error.`);
  let fd: number | undefined;
  try {
    fd = input === '-' ? 0 : openSync(input, 'r');
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    if (stat.isFile() && stat.size > maxBytes) throw tooLarge();
    const chunks: Buffer[] = [];
    let total = 0;
    const chunk = Buffer.allocUnsafe(1024 * 1024);
    for (;;) {
      let n: number;
      try {
        n = readSync(fd, chunk, 0, chunk.length, null);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EOF') break;
        throw error;
      }
      if (n === 0) break;
      total += n;
      if (total > maxBytes) throw tooLarge();
      chunks.push(Buffer.from(chunk.subarray(0, n)));
    }
    return Buffer.concat(chunks, total).toString('utf8');
  } catch (error) {
    if (error instanceof ExplainInputError) throw error;
    throw new ExplainInputError(`cannot read ${name}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  } finally {
    if (fd !== undefined && fd !== 0) closeSync(fd);
  }
}

/** The locale: --locale, else the environment's language when we have it, else English. */
export function explainLocale(args: ExplainArgs, env: NodeJS.ProcessEnv): Locale {
  return args.locale ?? pickLocale(env.LC_ALL || env.LC_MESSAGES || env.LANG);
}

/** `llm-preflight explain`: the explanations (the library's explainError) and the output text (contract: shared/DESIGN.md). */
export function runExplain(text: string, args: ExplainArgs, locale: Locale): { explained: ExplainedError[]; output: string } {
  const explained = explainError(text, { locale });
  if (args.format === 'json') {
    // The contract's keys, then the added ones it allows: how sure, and who passed the error on (the
    // library's `id` and `waitSeconds` stay out of the CLI's JSON).
    const out = explained.map(({ range, provider, status, code, title, fault, retryable, explanation, fix, rule, confidence, chain }) => ({
      range, provider, status, code, title, fault, retryable, explanation, fix, rule, confidence, chain,
    }));
    return { explained, output: JSON.stringify(out, null, 2) };
  }
  const L = EXPLAIN_LABELS[locale];
  const blocks = explained.map((x) => {
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
  });
  return { explained, output: blocks.join('\n\n') };
}
