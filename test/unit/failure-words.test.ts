// The client starts the language server for a plain-text, log or Markdown document only when it mentions a
// failure (client/src/failure-words.ts). A miss would leave a pasted error without its hover, so the check must
// accept every error the server can explain: each catalog and error-kind example, each labelled real paste.
// Run: node --import tsx --test test/unit/failure-words.test.ts
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CATALOG } from '../../rules/errors/index.ts';
import { KINDS } from '../../rules/errors/kinds.ts';
import { mentionsFailure } from '../../client/src/failure-words.ts';
import { loadCases } from '../errors/real-score.ts';

test('every catalog and error-kind example mentions a failure', () => {
  const examples = [...CATALOG, ...KINDS].flatMap((e) => e.examples.map((text) => ({ id: e.id, text })));
  assert.ok(examples.length > 100);
  const missed = examples.filter((x) => !mentionsFailure(x.text)).map((x) => `${x.id}: ${x.text.slice(0, 120)}`);
  assert.deepEqual(missed, []);
});

test('every labelled real paste mentions a failure', () => {
  const cases = loadCases();
  assert.ok(cases.length > 50);
  assert.deepEqual(cases.filter((c) => !mentionsFailure(c.text)).map((c) => `${c.id}: ${c.text.slice(0, 120)}`), []);
});

test('notes without a failure do not start the server', () => {
  for (const text of ['# Shopping list\n\n- eggs\n- milk\n', 'Meeting notes: we agreed on 400 pages for the report.', '']) {
    assert.equal(mentionsFailure(text), false, JSON.stringify(text));
  }
});
