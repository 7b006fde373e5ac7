import { rule as emptyTextBlock } from './empty-text-block/index.ts';
import { rule as toolResultUnmatched } from './tool-result-unmatched/index.ts';
import { rule as unknownParameter } from './unknown-parameter/index.ts';
import { rule as toolCallUnanswered } from './tool-call-unanswered/index.ts';
import { rule as toolResultNotFirst } from './tool-result-not-first/index.ts';
import { rule as missingRequiredField } from './missing-required-field/index.ts';
import { rule as invalidParameterType } from './invalid-parameter-type/index.ts';
import { rule as parameterOutOfRange } from './parameter-out-of-range/index.ts';
import { rule as unknownEnumValue } from './unknown-enum-value/index.ts';
import { rule as systemMessageMisplaced } from './system-message-misplaced/index.ts';
import { rule as emptyMessageContent } from './empty-message-content/index.ts';
import { rule as prefillTrailingWhitespace } from './prefill-trailing-whitespace/index.ts';
import { rule as tooManyCacheBreakpoints } from './too-many-cache-breakpoints/index.ts';
import { rule as streamOptionsWithoutStream } from './stream-options-without-stream/index.ts';
import type { RuleModule } from './types.ts';

/** Every rule, in the order the README table lists them. A new rule is a folder plus one line here. */
export const RULES: readonly RuleModule[] = [emptyTextBlock, toolResultUnmatched, unknownParameter, toolCallUnanswered, toolResultNotFirst, missingRequiredField, invalidParameterType, parameterOutOfRange, unknownEnumValue, systemMessageMisplaced, emptyMessageContent, prefillTrailingWhitespace, tooManyCacheBreakpoints, streamOptionsWithoutStream];

export const RULES_BY_ID: ReadonlyMap<string, RuleModule> = new Map(RULES.map((r) => [r.meta.id, r]));
