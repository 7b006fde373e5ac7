/**
 * The error catalog: every entry file and every locale file, collected.
 *
 * To add an entry file, add ONE line in the block below (keep it sorted, nothing else to touch):
 *   import { ENTRIES as myFile } from './entries/my-file.ts'; add(myFile);
 * To add a locale file (`export const TRANSLATIONS: ErrorTranslations = {...}`), add ONE line:
 *   import { TRANSLATIONS as zhCn } from './l10n/zh-cn.ts'; translate('zh-cn', zhCn);
 *
 * Order matters only for ties: when two entries score the same, the one listed first wins, so more
 * specific provider files come before the generic seed status table (which the matcher treats as the
 * fallback anyway: status-only entries always score lowest).
 */
import type { ErrorEntry, ErrorTranslations, Locale } from './types.ts';

const entries: ErrorEntry[] = [];
const translations: Partial<Record<Locale, ErrorTranslations>> = {};
function add(list: readonly ErrorEntry[]): void {
  for (const entry of list) entries.push(entry);
}
function translate(locale: Locale, table: ErrorTranslations): void {
  translations[locale] = { ...(translations[locale] ?? {}), ...table };
}

// --- entry files (one line each) ---
import { ENTRIES as anthropic } from './entries/anthropic.ts'; add(anthropic);
import { ENTRIES as azure } from './entries/azure.ts'; add(azure);
import { ENTRIES as bedrock } from './entries/bedrock.ts'; add(bedrock);
import { ENTRIES as dashscope } from './entries/dashscope.ts'; add(dashscope);
import { ENTRIES as deepseek } from './entries/deepseek.ts'; add(deepseek);
import { ENTRIES as google } from './entries/google.ts'; add(google);
import { ENTRIES as openai } from './entries/openai.ts'; add(openai);
import { ENTRIES as openrouter } from './entries/openrouter.ts'; add(openrouter);
import { ENTRIES as relay } from './entries/relay.ts'; add(relay);
import { ENTRIES as seedHttp } from './entries/seed-http.ts'; add(seedHttp);
// --- end of entry files ---

// --- locale files (one line each) ---
import { TRANSLATIONS as zhCnA } from './l10n/zh-cn-a.ts'; translate('zh-cn', zhCnA);
import { TRANSLATIONS as zhCnB } from './l10n/zh-cn-b.ts'; translate('zh-cn', zhCnB);
import { TRANSLATIONS as zhTwA } from './l10n/zh-tw-a.ts'; translate('zh-tw', zhTwA);
import { TRANSLATIONS as zhTwB } from './l10n/zh-tw-b.ts'; translate('zh-tw', zhTwB);
import { TRANSLATIONS as frB } from './l10n/fr-b.ts'; translate('fr', frB);
import { TRANSLATIONS as frA } from './l10n/fr-a.ts'; translate('fr', frA);
import { TRANSLATIONS as frC } from './l10n/fr-c.ts'; translate('fr', frC);
import { TRANSLATIONS as zhCnC } from './l10n/zh-cn-c.ts'; translate('zh-cn', zhCnC);
import { TRANSLATIONS as zhTwC } from './l10n/zh-tw-c.ts'; translate('zh-tw', zhTwC);
// --- end of locale files ---

/** Every entry, in file order. */
export const CATALOG: readonly ErrorEntry[] = entries;
/** Translations per locale, keyed by entry id (English lives in the entries themselves). */
export const TRANSLATIONS: Readonly<Partial<Record<Locale, ErrorTranslations>>> = translations;

export type { ErrorEntry, ErrorTranslations, Locale } from './types.ts';
