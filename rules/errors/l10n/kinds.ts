/**
 * Translations of the error kinds (rules/errors/kinds.ts), one file per locale, keyed by kind id.
 * test/errors/l10n.test.ts checks every kind is translated with the same number of fix steps.
 */
import type { ErrorTranslations, Locale } from '../types.ts';
import { KINDS_FR } from './kinds-fr.ts';
import { KINDS_ZH_CN } from './kinds-zh-cn.ts';
import { KINDS_ZH_TW } from './kinds-zh-tw.ts';

export const KIND_TRANSLATIONS: Readonly<Partial<Record<Locale, ErrorTranslations>>> = { 'zh-cn': KINDS_ZH_CN, 'zh-tw': KINDS_ZH_TW, fr: KINDS_FR };
