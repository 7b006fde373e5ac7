// Every catalog entry in every locale: same ids, same number of fix steps, same placeholders, the
// codes and backticked names kept. A locale that lacks an entry fails here.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CATALOG, TRANSLATIONS } from '../../rules/errors/index.ts';
import { LOCALES } from '../../rules/errors/types.ts';
import { NUMBER_SENTENCES } from '../../rules/errors/numbers.ts';

const placeholders = (s: string) => (s.match(/\{[a-zA-Z]+\}/g) ?? []).sort();
const backticked = (s: string) => (s.match(/`[^`]+`/g) ?? []).sort();

for (const locale of LOCALES.filter((l) => l !== 'en')) {
  test(`${locale}: every entry is translated, faithfully in structure`, () => {
    const table = TRANSLATIONS[locale];
    assert.ok(table, `no translations for ${locale}`);
    const ids = CATALOG.map((e) => e.id);
    assert.deepEqual(Object.keys(table).filter((id) => !ids.includes(id)), [], 'translations of entries that do not exist');
    const missing = ids.filter((id) => !table[id]);
    assert.deepEqual(missing, [], `${locale} lacks these entries`);
    for (const entry of CATALOG) {
      const t: { title: string; explanation: string; fix: readonly string[] } = table[entry.id];
      assert.ok(t.title.trim() && t.explanation.trim(), `${entry.id}: empty text`);
      assert.equal(t.fix.length, entry.fix.length, `${entry.id}: fix steps`);
      assert.deepEqual(placeholders(t.title + t.explanation + t.fix.join(' ')), placeholders(entry.title + entry.explanation + entry.fix.join(' ')), `${entry.id}: placeholders`);
      assert.deepEqual(backticked(t.explanation + t.fix.join(' ')), backticked(entry.explanation + entry.fix.join(' ')), `${entry.id}: code spans`);
    }
  });

  test(`${locale}: number sentences exist for every extractor English has`, () => {
    assert.deepEqual(Object.keys(NUMBER_SENTENCES[locale]).sort(), Object.keys(NUMBER_SENTENCES.en).sort());
    for (const [extractor, sentences] of Object.entries(NUMBER_SENTENCES.en)) {
      const translated = NUMBER_SENTENCES[locale][extractor as keyof typeof NUMBER_SENTENCES.en]!;
      assert.equal(translated.length, sentences!.length);
      translated.forEach((s, i) => assert.deepEqual(placeholders(s), placeholders(sentences![i])));
    }
  });
}

// The error kinds (rules/errors/kinds.ts) are translated like the entries (rules/errors/l10n/kinds-*.ts).
import { KINDS } from '../../rules/errors/kinds.ts';
import { KIND_TRANSLATIONS } from '../../rules/errors/l10n/kinds.ts';
for (const locale of LOCALES.filter((l) => l !== 'en')) {
  test(`${locale}: every error kind is translated, faithfully in structure`, () => {
    const table = KIND_TRANSLATIONS[locale];
    assert.ok(table, `no kind translations for ${locale}`);
    const ids = KINDS.map((k) => k.id);
    assert.deepEqual(Object.keys(table).filter((id) => !ids.includes(id)), [], 'translations of kinds that do not exist');
    assert.deepEqual(ids.filter((id) => !table[id]), [], `${locale} lacks these kinds`);
    for (const kind of KINDS) {
      const t: { title: string; explanation: string; fix: readonly string[] } = table[kind.id];
      assert.ok(t.title.trim() && t.explanation.trim(), `${kind.id}: empty text`);
      assert.equal(t.fix.length, kind.fix.length, `${kind.id}: fix steps`);
      assert.deepEqual(backticked(t.explanation + t.fix.join(' ')), backticked(kind.explanation + kind.fix.join(' ')), `${kind.id}: code spans`);
    }
  });
}
