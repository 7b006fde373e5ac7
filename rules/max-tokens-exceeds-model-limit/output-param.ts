/** Moved to rules/shared/output-param.ts; kept for imports not yet updated. */
export * from '../shared/output-param.ts';
