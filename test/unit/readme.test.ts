import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { withRuleTable } from '../../scripts/rule-table.ts';

test('the README rule table is generated from the metadata and up to date (npm run docs)', () => {
  const readme = readFileSync('README.md', 'utf8');
  assert.equal(readme, withRuleTable(readme));
});
