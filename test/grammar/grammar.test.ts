// TextMate grammar tests: syntaxes/http.tmLanguage.json (scope source.http) against the assertion comments in
// test/grammar/*.http, run by vscode-tmgrammar-test (vscode-textmate + oniguruma, the engine VS Code uses).
// VS Code's JSON and JavaScript grammars come from the tm-grammars package (dev only: VS Code ships its own).
// Run: node --import tsx --test test/grammar/grammar.test.ts
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseRequestLine } from '../../server/src/core/http/syntax.ts';

const root = path.resolve(__dirname, '../..');
const grammarPath = path.join(root, 'syntaxes/http.tmLanguage.json');
const runner = path.join(root, 'node_modules/vscode-tmgrammar-test/dist/unit.js');
const embedded = ['json.json', 'javascript.json'].map((f) => path.join(root, 'node_modules/tm-grammars/grammars', f));
const cases = readdirSync(__dirname).filter((f) => f.endsWith('.http')).sort();

function runGrammarTests(files: string[]): { status: number | null; output: string } {
  const args = [runner, '--config', path.join(root, 'package.json'), ...embedded.flatMap((g) => ['-g', g]), ...files];
  const r = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', timeout: 120_000 });
  return { status: r.status, output: `${r.stdout}${r.stderr}` };
}

describe('http.tmLanguage.json', () => {
  let tmp: string;
  before(() => {
    tmp = mkdtempSync(path.join(tmpdir(), 'llm-preflight-grammar-'));
  });
  after(() => rmSync(tmp, { recursive: true, force: true }));

  it('is contributed for the http language with JSON bodies embedded, and packaged', () => {
    const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
    const contribution = manifest.contributes.grammars.find((g: { language?: string }) => g.language === 'http');
    assert.equal(contribution.scopeName, 'source.http');
    assert.equal(path.resolve(root, contribution.path), grammarPath);
    assert.equal(contribution.embeddedLanguages['meta.embedded.block.json'], 'json');
    assert.equal(JSON.parse(readFileSync(grammarPath, 'utf8')).scopeName, 'source.http');
    assert.match(readFileSync(path.join(root, '.vscodeignore'), 'utf8'), /^!syntaxes\/\*\*$/m);
  });

  it('highlights every method the splitter accepts (and only those)', () => {
    const grammar = JSON.parse(readFileSync(grammarPath, 'utf8'));
    const begin: string = grammar.repository['request-head'].begin;
    const methods = /\(\?i:\(\(\?:([A-Z|-]+)\)\)\)/.exec(begin)?.[1].split('|') ?? [];
    assert.ok(methods.length >= 30, begin.slice(0, 200));
    for (const method of methods) assert.equal(parseRequestLine(`${method} https://example.com/x`)?.method, method);
    assert.equal(parseRequestLine('FETCH https://example.com/x')?.method, undefined);
    assert.ok(!methods.includes('FETCH'));
  });

  it(`passes the assertions in ${cases.join(', ')}`, () => {
    assert.ok(cases.length >= 4);
    const { status, output } = runGrammarTests(cases.map((f) => path.join('test/grammar', f)));
    assert.equal(status, 0, output);
    for (const file of cases) assert.match(output, new RegExp(`✓ test/grammar/${file.replace('.', '\\.')} run successfuly`), output);
  });

  it('the runner reports a wrong assertion (the suite can fail)', () => {
    const file = path.join(tmp, 'wrong.http');
    writeFileSync(file, '# SYNTAX TEST "source.http" "wrong on purpose"\nPOST https://example.com/x\n# <---- comment.line.sharp.http\n');
    const { status, output } = runGrammarTests([file]);
    assert.notEqual(status, 0, output);
    assert.match(output, /missing required scopes: comment\.line\.sharp\.http/);
  });
});
