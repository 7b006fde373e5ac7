import type { Locale } from '../../../rules/errors/types.ts';
import { pickLocale } from '../frontend/explain-labels.ts';

/**
 * The locale: --locale, else the environment's language when we have it, else English. Its own module, so `check`
 * (cli/check.ts) does not pull the explain command's half (cli/explain-chunk.ts, the error catalog) into its bundle.
 */
export function explainLocale(args: { locale?: Locale }, env: NodeJS.ProcessEnv): Locale {
  return args.locale ?? pickLocale(env.LC_ALL || env.LC_MESSAGES || env.LANG);
}
