/**
 * Fuzzing shell scripts and Markdown documents (issue 12): the curl examples and READMEs of
 * test/fixtures/sources, mutated (harness.ts ops: cuts, splices, hostile text, whitespace), must split with
 * exact offsets (a body as long as its span, inside its unit, units in order and apart), lint without an
 * exception with findings inside the document, and have every fix apply and re-lint. Fixed seed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import fc from 'fast-check';
import { loadGrammar } from '../../server/src/core/sources/grammars.ts';
import { caseArb, caseText, checkFixes, checkLint, checkSplit, describeCase, type Seed } from './harness.ts';

const SEED = 20_251_207;
const RUNS = Number(process.env.FUZZ_TEST_RUNS ?? 50);
const ROOT = join(import.meta.dirname, '../fixtures/sources');

const seeds: Seed[] = [
  ...readdirSync(join(ROOT, 'shell')).map((name) => ({ name: `shell/${name}`, text: readFileSync(join(ROOT, 'shell', name), 'utf8'), kind: 'shell' as const })),
  ...readdirSync(join(ROOT, 'markdown')).map((name) => ({ name: `markdown/${name}`, text: readFileSync(join(ROOT, 'markdown', name), 'utf8'), kind: 'markdown' as const })),
  // Forms the docs do not use: double quotes with escapes, heredocs, variables, a console block.
  { name: 'double quotes', kind: 'shell', text: 'curl https://api.openai.com/v1/chat/completions -H "Authorization: Bearer $K" -d "{\\"model\\": \\"$MODEL\\", \\"temprature\\": 3, \\"messages\\": [{\\"role\\": \\"user\\", \\"content\\": \\"It\'s \\\\\\"x\\\\\\"\\"}]}"\n' },
  { name: 'heredoc', kind: 'shell', text: 'curl https://api.anthropic.com/v1/messages -H "anthropic-version: 2023-06-01" --json @- <<EOF | jq .\n{"model": "claude-sonnet-4-5", "messages": [{"role": "user", "content": "${PROMPT}"}], "temperature": 0.2, "top_p": 0.5}\nEOF\n' },
  {
    name: 'console',
    kind: 'markdown',
    text: [
      '# x', '', '```console', '$ curl https://api.openai.com/v1/chat/completions \\',
      `  -d '{"model": "o3", "temperature": 0.5, "messages": [{"role": "user", "content": "'"$Q"'"}]}'`,
      '{"id": 1}', '```', '<!-- llm-preflight-disable-next-request -->', '```json', '{"model": "gpt-4o", "messages": [], "top_k": 2}', '```', '',
    ].join('\n'),
  },
];

before(() => loadGrammar('bash'));

describe('fuzz: shell scripts and Markdown documents', () => {
  const cases = caseArb(seeds).map((c) => ({ ...c, kind: c.seed.kind }));
  test('split keeps exact offsets; lint never throws and keeps spans in the document; fixes apply', () => {
    fc.assert(
      fc.property(cases, (c) => {
        const text = caseText(c);
        checkSplit(text, c.kind);
        const result = checkLint(text, c.kind);
        checkFixes(text, c.kind, result);
      }),
      { seed: SEED, numRuns: RUNS, includeErrorInReport: true, examples: [], reporter: (r) => { if (r.failed) throw new Error(`${r.counterexample ? describeCase(r.counterexample[0] as never) : ''}\n${r.errorInstance}`); } },
    );
  });
});
