/**
 * The one core module rules may import: the shapes they see and the few primitives they share with the
 * core (template masking, the object test, key shapes). Everything else a rule needs comes through its
 * RuleContext. test/unit/rule-boundary.test.ts keeps rules/ from importing any other core file.
 */
export type { ApiId, Detection, Finding, JsonPath, Provider, RequestUnit, Severity, Span } from './types.ts';
export { API_IDS } from './types.ts';
export type { BodyEdit, Fixer, RuleFix } from './fix.ts';
export type { PendingCount, TokenCount, TokenCountJob } from './deferred.ts';
export { isTemplated, maskTemplates, TEMPLATE_MARK } from './json/templates.ts';
export { isObject } from './json/values.ts';
export { keyShapeOf, maskKey, type KeyPlace, type KeyShape } from './secrets.ts';
