// documentSymbols / foldingRanges as plain functions: the fallback (no lint result yet) agrees with the
// linter's units, and CRLF documents map to the same lines. Run: node --import tsx --test test/unit/outline.test.ts
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { lintText } from '../../server/src/core/lint.ts';
import { documentSymbols } from '../../server/src/frontend/symbols.ts';
import { foldingRanges } from '../../server/src/frontend/folding.ts';

const root = path.resolve(__dirname, '../..');
const files = ['test/fixtures/http/rest-client.http', 'test/fixtures/http/httpyac.http', 'test/fixtures/http/jetbrains/requests.http', 'examples/batch.jsonl'];

describe('outline functions', () => {
  for (const file of files) {
    it(`${file}: symbols without a lint result equal those from the linter's units`, () => {
      const filePath = path.join(root, file);
      const text = readFileSync(filePath, 'utf8');
      const fromLint = documentSymbols({ text, filePath, units: lintText(text, { filePath }).units });
      const fallback = documentSymbols({ text, filePath });
      assert.ok(fromLint && fromLint.length > 0);
      assert.deepEqual(fallback, fromLint);
    });
  }

  it('CRLF documents give the same lines as LF ones', () => {
    const filePath = path.join(root, files[0]);
    const lf = readFileSync(filePath, 'utf8').replace(/\r\n/g, '\n');
    const crlf = lf.replace(/\n/g, '\r\n');
    const strip = (list: ReturnType<typeof documentSymbols>) => list?.map((s) => [s.name, s.range.start.line, s.range.end.line, s.selectionRange.start.line]);
    assert.deepEqual(strip(documentSymbols({ text: crlf, filePath })), strip(documentSymbols({ text: lf, filePath })));
    assert.deepEqual(foldingRanges(crlf, 'http'), foldingRanges(lf, 'http'));
  });

  it('a file with no request has no symbols; empty and plain documents are handled', () => {
    assert.deepEqual(documentSymbols({ text: '# only comments\n@x = 1\n', languageId: 'http' }), []);
    assert.deepEqual(documentSymbols({ text: '', languageId: 'http' }), []);
    assert.deepEqual(foldingRanges('', 'http'), []);
    assert.equal(documentSymbols({ text: 'hello', languageId: 'plaintext' }), null);
  });
});
