/**
 * The rule list the front ends (LSP server, CLI) lint with unless told otherwise. The core never imports
 * rules/index.ts itself: `createLinter({ rules })` takes its rules; this thin module supplies the default.
 */
export { RULES as DEFAULT_RULES } from '../../rules/index.ts';
