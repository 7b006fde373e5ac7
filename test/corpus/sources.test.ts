import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { lintText } from '../../server/src/core/lint.ts';
import { loadAllGrammars } from '../../server/src/core/sources/grammars.ts';
import { LineIndex } from '../../server/src/core/text.ts';

/**
 * The false-positive guard for source code: SDK calls written after the SDKs' READMEs, examples and the
 * providers' docs (test/fixtures/sources/README.md), each headed by the page it follows. Every snippet must
 * be recognised (at least one request, with an API) and lint with no error.
 */
const ROOT = join(import.meta.dirname, '../fixtures/sources');
const languages = ['python', 'typescript'] as const;
const files = languages.flatMap((language) =>
  readdirSync(join(ROOT, language))
    .filter((f) => /\.(py|ts|js|mjs)$/.test(f))
    .sort()
    .map((f) => ({ language, name: f, path: join(ROOT, language, f) })),
);

before(() => loadAllGrammars());

test('the corpus holds at least 80 snippets, both languages and all four SDK families', () => {
  assert.ok(files.length >= 80, `${files.length} snippets`);
  const text = files.map((f) => readFileSync(f.path, 'utf8')).join('\n');
  for (const family of [/from openai|import openai|from 'openai'/, /anthropic/, /google import genai|@google\/genai/, /dashscope/]) assert.match(text, family);
  for (const language of languages) assert.ok(files.some((f) => f.language === language), language);
});

describe('SDK calls from the official docs lint with no error', () => {
  for (const file of files) {
    test(`${file.language}/${file.name}`, () => {
      const text = readFileSync(file.path, 'utf8');
      const comment = file.language === 'python' ? '#' : '//';
      assert.match(text.split('\n')[0], new RegExp(`^${comment} source: https?://\\S+`), `first line must be "${comment} source: <URL>"`);
      const result = lintText(text, { filePath: file.path });
      assert.ok(result.units.length > 0, 'no SDK call recognised');
      for (const { detection } of result.units) assert.ok(detection.api, `a request with no API: ${detection.reasons.join('; ')}`);
      const lines = new LineIndex(text);
      const errors = result.findings.filter((f) => f.severity === 'error').map((f) => `${lines.positionAt(f.span.start).line + 1}: ${f.rule}: ${f.message}`);
      assert.deepEqual(errors, []);
    });
  }
});
