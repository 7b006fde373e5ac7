import { visit } from 'jsonc-parser';
import { maskTemplates, TEMPLATE_MARK } from '../../server/src/core/rule-api.ts';
import type { Span } from '../../server/src/core/rule-api.ts';
import type { RuleModule } from '../types.ts';
import { translations } from './l10n.ts';

export const rule: RuleModule = {
  meta: {
    id: 'duplicate-key',
    translations,
    severity: 'warning',
    apis: 'all',
    description: 'A key that appears twice in one JSON object: the parsers behind the providers keep only the last value.',
    needsCompleteBody: true,
    messages: {
      duplicate: "Duplicate key '{{name}}': parsers keep only the last value, so the earlier one is ignored.",
    },
    providerErrors: [
      {
        api: 'openai-chat',
        message:
          'No error: the request is accepted and all but the last value are silently dropped. RFC 8259 §4: "When the names within an object are not unique, the behavior of software that receives such an object is unpredictable. Many implementations report the last name/value pair only."',
        source: 'https://www.rfc-editor.org/rfc/rfc8259#section-4',
      },
      {
        api: 'openai-chat',
        message:
          'Python json (the OpenAI and Anthropic SDKs, FastAPI-based gateways such as LiteLLM): "By default, this module does not raise an exception; instead, it ignores all but the last name-value pair for a given name"',
        source: 'https://docs.python.org/3/library/json.html#repeated-names-within-an-object',
      },
    ],
  },
  check(context) {
    const raw = context.unit.bodyFile ? context.unit.bodyFile.text : context.unit.bodyText;
    if (!raw) return;
    // The same text (and offsets) the body was parsed from: masking inserts the template mark, so a body
    // without it (`context.templated` false) was parsed from its text as it is.
    const text = context.templated ? maskTemplates(raw) : raw;
    // Cheap pre-check: the parsed value holds one key per distinct name (counted by the shared value walk);
    // the text holds at least one `"…":` per written key. Equal counts mean nothing was repeated, so the
    // full scan is rarely needed.
    if (context.request.values().keyCount >= countWrittenKeys(text)) return;
    for (const dup of findDuplicates(text)) {
      context.report({
        span: dup.span,
        messageId: 'duplicate',
        data: { name: dup.name },
      });
    }
  },
};

/**
 * An upper bound of the keys written in the text: every `:` preceded (after optional whitespace) by an
 * unescaped `"`. Each key has one; inside a string such a colon needs an escaped quote before it, so
 * string contents rarely add to the count (and adding only costs the full scan).
 */
function countWrittenKeys(text: string): number {
  let count = 0;
  for (let colon = text.indexOf(':'); colon >= 0; colon = text.indexOf(':', colon + 1)) {
    let i = colon - 1;
    let c = text.charCodeAt(i);
    while (c === 32 || c === 10 || c === 13 || c === 9) c = text.charCodeAt(--i);
    if (c !== 34 /* " */) continue;
    let backslashes = 0;
    while (text.charCodeAt(--i) === 92 /* \ */) backslashes++;
    if (backslashes % 2 === 0) count++;
  }
  return count;
}

interface Duplicate {
  name: string;
  span: Span;
}

/** Every repeated key (second and later occurrences) with its span in the text. */
function findDuplicates(text: string): Duplicate[] {
  const found: Duplicate[] = [];
  const stack: Set<string>[] = [];
  visit(
    text,
    {
      onObjectBegin: () => void stack.push(new Set()),
      onObjectEnd: () => void stack.pop(),
      onObjectProperty: (name, offset, length) => {
        const seen = stack[stack.length - 1];
        if (!seen || name.includes(TEMPLATE_MARK)) return; // a `{{variable}}` key is unknown
        if (seen.has(name)) found.push({ name, span: { start: offset, end: offset + length } });
        else seen.add(name);
      },
    },
    { allowTrailingComma: true, disallowComments: false },
  );
  return found;
}
