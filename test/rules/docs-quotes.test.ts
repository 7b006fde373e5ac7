import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { RULES } from '../../rules/index.ts';
import { pagePath, withQuoteSection } from '../../scripts/rule-doc-quotes.ts';

// The docs page shows what the provider answers, labelled, from meta.providerErrors (messages do not).
for (const rule of RULES) {
  test(`${rule.meta.id}: the docs page quotes meta.providerErrors, labelled (node --import tsx scripts/rule-doc-quotes.ts)`, () => {
    const page = readFileSync(pagePath(rule), 'utf8');
    assert.equal(page, withQuoteSection(page, rule));
  });
}
