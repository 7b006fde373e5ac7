/**
 * curl in shell scripts and Markdown (issue 12): time to split and lint a generated script of N curl
 * commands and a README of N fences, at growing N (the per-request cost should stay flat), and a re-lint after
 * a one-character edit: as a fresh split with the linter's cache, and for scripts as the server does it (the
 * incremental tree of frontend/source-trees.ts and the kept split: only the edited curl is read again).
 * Measurements, not tests. `node --import tsx bench/sources-shell.ts [--runs n]`.
 */
import { createLinter } from '../server/src/core/lint.ts';
import { loadGrammar } from '../server/src/core/sources/grammars.ts';
import { splitMarkdown } from '../server/src/core/sources/markdown/index.ts';
import { splitShell } from '../server/src/core/sources/shell/index.ts';
import { SourceTrees } from '../server/src/frontend/source-trees.ts';

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 5;

const CURL = (i: number) => `curl https://api.openai.com/v1/chat/completions \\
  -H "Content-Type: application/json" \\
  -H "Authorization: Bearer $OPENAI_API_KEY" \\
  -d '{"model": "gpt-4o", "temperature": 0.${i % 10}, "messages": [{"role": "user", "content": "Question ${i}: what'\\''s new?"}]}'
`;
const script = (n: number) => ['#!/bin/sh', 'set -e', ...Array.from({ length: n }, (_, i) => `echo "request ${i}"\n${CURL(i)}`)].join('\n');
const readme = (n: number) => Array.from({ length: n }, (_, i) => `## Example ${i}\n\nSome prose about it.\n\n\`\`\`bash\n${CURL(i)}\`\`\`\n\n\`\`\`json\n{"name": "config-${i}"}\n\`\`\`\n`).join('\n');

function median(f: () => void): number {
  const times: number[] = [];
  for (let k = 0; k < runs; k++) {
    const t = performance.now();
    f();
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
}

void (async () => {
  const t0 = performance.now();
  await loadGrammar('bash');
  console.log(`bash grammar and runtime loaded in ${(performance.now() - t0).toFixed(0)} ms`);
  console.log('| document | requests | chars | split ms | ms per request | lint ms | re-lint after an edit ms | … with the incremental tree ms |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const n of [10, 100, 500]) {
    for (const [name, text, split, filePath] of [
      ['script', script(n), splitShell, 'bench.sh'],
      ['README', readme(n), splitMarkdown, 'README.md'],
    ] as const) {
      split(text); // warm
      const splitMs = median(() => split(text));
      const lintMs = median(() => createLinter().lint(text, { filePath }));
      const linter = createLinter();
      linter.lint(text, { filePath });
      const edited = text.replace('Question 0', 'Question 00');
      const relintMs = median(() => {
        linter.lint(edited, { filePath });
        linter.lint(text, { filePath });
      }) / 2;
      let incremental = '—';
      if (name === 'script') {
        const trees = new SourceTrees();
        const kept = createLinter();
        const uri = `file:///bench-${n}.sh`;
        const lintKept = (t: string) => kept.lint(t, { filePath, sourceTree: trees.treeFor(uri, t, 'bash'), sourceState: trees.stateFor(uri) });
        lintKept(text);
        incremental = (median(() => {
          lintKept(edited);
          lintKept(text);
        }) / 2).toFixed(1);
        trees.close(uri);
      }
      console.log(`| ${name} | ${n} | ${text.length} | ${splitMs.toFixed(1)} | ${(splitMs / n).toFixed(2)} | ${lintMs.toFixed(1)} | ${relintMs.toFixed(1)} | ${incremental} |`);
    }
  }
})();
