import type { Locale } from '../../../rules/errors/types.ts';
import { pickLocale } from '../frontend/explain-labels.ts';

/** The locale of `check` and `explain`: --locale, else the environment's language when we have it, else English. */
export function cliLocale(args: { locale?: Locale }, env: NodeJS.ProcessEnv): Locale {
  return args.locale ?? pickLocale(env.LC_ALL || env.LC_MESSAGES || env.LANG);
}
