import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { RULES } from '../../rules/index.ts';
import type { RuleCases } from '../../rules/types.ts';
import { assertInvalid, assertValid, findingsOf, messageIdsUsed } from './rule-tester.ts';

const RULES_DIR = join(import.meta.dirname, '../../rules');

test('every rule folder is registered, and every registered rule has a folder', () => {
  const folders = readdirSync(RULES_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(RULES_DIR, d.name, 'cases.ts')))
    .map((d) => d.name)
    .sort();
  assert.deepEqual(RULES.map((r) => r.meta.id).sort(), folders);
});

for (const rule of RULES) {
  const { id } = rule.meta;
  describe(`rule ${id}`, async () => {
    const { cases } = (await import(`../../rules/${id}/cases.ts`)) as { cases: RuleCases };

    test('metadata names the provider errors it prevents, each with a source', () => {
      assert.match(id, /^[a-z]+(-[a-z]+)*$/);
      assert.ok(rule.meta.description.endsWith('.'));
      assert.ok(rule.meta.providerErrors.length > 0);
      for (const e of rule.meta.providerErrors) {
        assert.ok(e.message.trim(), 'provider error message');
        assert.ok(e.source.trim(), `source for "${e.message}"`);
      }
    });

    test('has valid and invalid cases', () => {
      assert.ok(cases.valid.length >= 2, 'at least two valid cases');
      assert.ok(cases.invalid.length >= 2, 'at least two invalid cases');
    });
    for (const c of cases.valid) test(`valid: ${c.name}`, () => assertValid(id, c));
    for (const c of cases.invalid) test(`invalid: ${c.name}`, () => assertInvalid(id, c));

    test('docs page has a bad example the rule reports and a good one it does not', () => {
      const page = readFileSync(join(RULES_DIR, id, 'README.md'), 'utf8');
      assert.ok(page.startsWith(`# ${id}\n`), 'page title is the rule id');
      const bad = example(page, 'Bad');
      const good = example(page, 'Good');
      assert.ok(findingsOf(id, { name: 'docs bad', ...bad }).length > 0, 'the bad example must be reported');
      assert.equal(findingsOf(id, { name: 'docs good', ...good }).length, 0, 'the good example must be clean');
    });

    // Runs after the cases and docs examples above (node:test runs a suite's tests in order).
    test('every report is by a declared messageId, and every declared message is reported by a case', () => {
      const declared = Object.keys(rule.meta.messages ?? {});
      for (const messageId of declared) assert.ok(rule.meta.messages![messageId].trim(), `message "${messageId}" is empty`);
      // (An unknown messageId makes the core report an internal error, which fails the case that used it.)
      const unknown = [...messageIdsUsed(id)].filter((m) => m.startsWith('unknown:'));
      assert.deepEqual(unknown, [], 'messageIds reported that meta.messages does not declare');
      const writtenOut = [...messageIdsUsed(id)].filter((m) => m.startsWith('written-out:'));
      assert.deepEqual(writtenOut, [], 'reports with a written-out message instead of a messageId (no translation can reach them)');
      const unused = declared.filter((m) => !messageIdsUsed(id).has(m));
      assert.deepEqual(unused, [], `messages no case reports: ${unused.join(', ')}`);
    });
  });
}

/** The first fenced block after a `## <heading>` line. */
function example(page: string, heading: string): { languageId: 'http' | 'json'; code: string } {
  const section = page.split(`\n## ${heading}\n`)[1];
  assert.ok(section, `missing "## ${heading}" section`);
  const match = /```(http|json)\n([\s\S]*?)```/.exec(section);
  assert.ok(match, `missing fenced http/json example under "## ${heading}"`);
  return { languageId: match[1] as 'http' | 'json', code: match[2] };
}
