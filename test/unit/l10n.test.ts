// The extension's own strings in every locale: the manifest (package.nls.*.json) and the runtime
// strings of the client (l10n/bundle.l10n.*.json, read by vscode.l10n.t). A missing key fails.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

const root = join(import.meta.dirname, '../..');
const LOCALES = ['zh-cn', 'zh-tw', 'fr'];
const json = (file: string) => JSON.parse(readFileSync(join(root, file), 'utf8')) as Record<string, string>;

test('every %key% of package.json is in package.nls.json, and every locale has every key', () => {
  const manifest = readFileSync(join(root, 'package.json'), 'utf8');
  const used = [...manifest.matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]);
  const english = json('package.nls.json');
  assert.ok(used.length > 10);
  for (const key of used) assert.ok(english[key], `package.nls.json lacks ${key}`);
  for (const locale of LOCALES) {
    const translated = json(`package.nls.${locale}.json`);
    assert.deepEqual(Object.keys(translated).sort(), Object.keys(english).sort(), `package.nls.${locale}.json keys`);
    for (const [key, value] of Object.entries(translated)) assert.ok(value.trim(), `${locale}: ${key} is empty`);
  }
});

test('every vscode.l10n.t string of the client has a translation in each bundle, with the same placeholders', () => {
  const dir = join(root, 'client/src');
  const source = readdirSync(dir).filter((f) => f.endsWith('.ts')).map((f) => readFileSync(join(dir, f), 'utf8')).join('\n');
  const strings = [...source.matchAll(/l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)].map((m) => m[1].replace(/\\'/g, "'"));
  assert.ok(strings.length >= 5);
  for (const locale of LOCALES) {
    const bundle = json(`l10n/bundle.l10n.${locale}.json`);
    assert.deepEqual(Object.keys(bundle).sort(), [...new Set(strings)].sort(), `l10n/bundle.l10n.${locale}.json keys`);
    for (const [english, translated] of Object.entries(bundle)) {
      const placeholders = (s: string) => (s.match(/\{\d+\}/g) ?? []).sort();
      assert.deepEqual(placeholders(translated), placeholders(english), `${locale}: placeholders of "${english}"`);
    }
  }
});
