/**
 * Error explanations: find error payloads in any text, match them to the catalog, explain them.
 * Pure functions; the LSP hover and `llm-preflight explain` wrap them.
 */
import { CATALOG, TRANSLATIONS } from '../../../../rules/errors/index.ts';
import { setExplainDefaults } from './explain.ts';
import { setDefaultCatalog } from './find.ts';
import { setMatchCatalog } from './match.ts';

setDefaultCatalog(CATALOG);
setExplainDefaults(CATALOG, TRANSLATIONS);
setMatchCatalog(CATALOG);

export { findErrorPayloads, lastScanWork, type FindOptions } from './find.ts';
export { matchEntry, rankEntries, scoreEntry, type MatchResult } from './match.ts';
export { explain, explainAt, explainText, fill, type Explanation, type ExplainOptions, type TranslationTables } from './explain.ts';
export { formatWait, extractValues, type Values } from './extract.ts';
export type { ErrorPayload, PayloadFormat } from './types.ts';
export { CATALOG, TRANSLATIONS };
