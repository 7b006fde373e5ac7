/**
 * Linear time, as a property: on pathological shell scripts and Markdown documents the work our readers
 * count (lines and characters the fence scanner and the console filter look at; nodes, word pieces and
 * body cells the curl reader handles) stays within a constant factor of the input size. The bash grammar's
 * own parse (tree-sitter) is not counted here. No timing; speed belongs in bench/.
 */
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { loadGrammar } from '../../server/src/core/sources/grammars.ts';
import { markdownWork, promptLines, splitMarkdown } from '../../server/src/core/sources/markdown/index.ts';
import { splitShell, wordWork } from '../../server/src/core/sources/shell/index.ts';

const FACTOR = 12;

before(() => loadGrammar('bash'));

function measure(name: string, text: string, split: (t: string) => unknown): void {
  wordWork.steps = 0;
  markdownWork.steps = 0;
  split(text);
  const work = wordWork.steps + markdownWork.steps;
  assert.ok(work <= FACTOR * text.length + 1_000, `${name}: work ${work} for ${text.length} chars`);
}

describe('Markdown fence scanner', () => {
  const cases: [string, string][] = [
    ['100 000 fence lines', '```\n'.repeat(100_000)],
    ['fences that never close (each shorter than the opening)', '`````bash\n' + '````\n'.repeat(100_000)],
    ['one 1 MB line of backticks', '`'.repeat(1_000_000)],
    ['tildes of growing length', Array.from({ length: 2_000 }, (_, i) => '~'.repeat(3 + i)).join('\n')],
    ['indented near-fences', '   ``\n'.repeat(100_000)],
    ['console prompts with open quotes', '```console\n' + "$ echo '\n".repeat(50_000)],
    ['console heredocs that never end', '```console\n' + '$ cat <<EOF\n'.repeat(50_000)],
    ['json fences of non-requests', '```json\n{"a": 1}\n```\n'.repeat(5_000)],
  ];
  for (const [name, text] of cases) test(name, () => measure(name, text, splitMarkdown));

  test('the console filter alone', () => {
    const block = '$ curl x \\\n'.repeat(100_000);
    markdownWork.steps = 0;
    promptLines(block);
    assert.ok(markdownWork.steps <= 3 * block.length);
  });
});

describe('curl reader', () => {
  const cases: [string, string][] = [
    ['2 500 curl commands', "curl https://x/v1/messages -d '{\"a\": 1}'\n".repeat(2_500)],
    ['one curl with 5 000 headers', 'curl https://x/v1/messages ' + '-H "a: b" '.repeat(5_000)],
    ['a body of 25 000 escaped quotes', 'curl https://x/v1/messages -d "{' + '\\"a\\": 1, '.repeat(25_000) + '\\"z\\": 1}"'],
    ['a body of 12 000 variables in strings', `curl https://x/v1/messages -d '{"a": "` + `'"$X"'`.repeat(12_000) + `"}'`],
    ['a body of 12 000 variables in value position', `curl https://x/v1/messages -d '[` + `'"$X"', `.repeat(12_000) + `1]'`],
    ['quotes that never close', "curl https://x -d '" + '{"a'.repeat(25_000)],
    ['a heredoc of 240 kB', 'curl https://x/v1/messages -d @- <<EOF\n' + '{"a": "$X"}\n'.repeat(20_000) + 'EOF\n'],
    ['nested command substitutions', 'x=' + '$(curl https://x -d "'.repeat(500) + '"'.repeat(500) + ')'.repeat(500)],
    ['an option cluster of 25 000 flags', 'curl -' + 's'.repeat(25_000) + ' https://x -d 1'],
  ];
  for (const [name, text] of cases) test(name, () => measure(name, text, splitShell));

  test('the same in a Markdown fence', () => {
    const text = '```bash\n' + 'curl https://x/v1/messages -d "{' + '\\"a\\": 1, '.repeat(12_000) + '\\"z\\": 1}"\n```\n';
    measure('escaped quotes in a fence', text, splitMarkdown);
  });
});
