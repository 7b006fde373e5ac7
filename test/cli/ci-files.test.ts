// The pre-commit hook and the CI examples in docs/ci.md: they name files the CLI lints and options it knows.
// Run: node --import tsx --test test/cli/ci-files.test.ts
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { parseArgs } from '../../server/src/cli/args.ts';
import { LINTED_EXTENSIONS } from '../../server/src/cli/files.ts';

const root = path.resolve(__dirname, '../..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');

test('.pre-commit-hooks.yaml: hook llm-preflight runs `llm-preflight check` on exactly the linted extensions', () => {
  const hooks = read('.pre-commit-hooks.yaml');
  const field = (name: string) => new RegExp(`^\\s+${name}: (.+)$`, 'm').exec(hooks)?.[1];
  assert.equal(/^- id: (.+)$/m.exec(hooks)?.[1], 'llm-preflight');
  assert.equal(field('entry'), 'llm-preflight check');
  assert.equal(field('language'), 'node');
  const files = new RegExp(field('files') ?? '$^');
  for (const ext of LINTED_EXTENSIONS) assert.ok(files.test(`dir/request.${ext}`), `.${ext} is passed to the hook`);
  for (const other of ['notes.txt', 'app.ts', 'request.json.bak']) assert.ok(!files.test(other), `${other} is not`);
});

test('docs/ci.md: a code-scanning workflow uploads the SARIF the check writes; every documented command parses', () => {
  const doc = read('docs/ci.md');
  assert.match(doc, /uses: github\/codeql-action\/upload-sarif@v\d/);
  assert.match(doc, /security-events: write/);
  const sarifFile = /--format sarif > (\S+)/.exec(doc)?.[1];
  assert.ok(sarifFile, 'the check writes a SARIF file');
  assert.match(doc, new RegExp(`sarif_file: ${sarifFile.replace('.', '\\.')}`));
  const commands = [...doc.matchAll(/npx --yes llm-preflight (check[^>\n]*)/g)].map((m) => m[1].trim().split(/\s+/));
  assert.ok(commands.length >= 2);
  for (const argv of commands) assert.equal(parseArgs(argv).command, 'check', argv.join(' '));
  assert.ok(commands.some((argv) => argv.includes('github')), 'an annotations example');
});
