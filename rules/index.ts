import { rule as emptyTextBlock } from './empty-text-block/index.ts';
import { rule as toolResultUnmatched } from './tool-result-unmatched/index.ts';
import { rule as unknownParameter } from './unknown-parameter/index.ts';
import type { RuleModule } from './types.ts';

/** Every rule, in the order the README table lists them. A new rule is a folder plus one line here. */
export const RULES: readonly RuleModule[] = [emptyTextBlock, toolResultUnmatched, unknownParameter];

export const RULES_BY_ID: ReadonlyMap<string, RuleModule> = new Map(RULES.map((r) => [r.meta.id, r]));
