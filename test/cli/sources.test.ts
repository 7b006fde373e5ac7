// `llm-preflight check` on shell scripts and Markdown (issue 12): a directory walk takes .sh and .md files,
// a script's curl request and a README's fenced request are checked at the exact line and column, and a
// README with no request (or only configuration JSON) reports nothing. Run: node --import tsx --test test/cli/sources.test.ts
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ensureBuilt } from '../protocol/client.ts';
import { runCli } from './run-cli.ts';

let tmp: string;
before(() => {
  ensureBuilt();
  tmp = mkdtempSync(path.join(tmpdir(), 'llm-preflight-cli-sources-'));
});
after(() => rmSync(tmp, { recursive: true, force: true }));

const CURL = `curl https://api.anthropic.com/v1/messages \\
  -H "x-api-key: $ANTHROPIC_API_KEY" -H "anthropic-version: 2023-06-01" -H "content-type: application/json" \\
  -d '{"model": "claude-sonnet-4-5", "max_tokens": 1024, "temperature": 0.5, "top_p": 0.9, "messages": [{"role": "user", "content": "Hi"}]}'
`;

describe('check: shell scripts and Markdown', () => {
  it('walks .sh, .bash and .md files and reports their requests at the exact place', () => {
    const files: Record<string, string> = {
      'scripts/ask.sh': `#!/bin/sh\nset -e\n${CURL}`,
      'scripts/ok.bash': CURL.replace('"temperature": 0.5, ', ''),
      'docs/README.md': `# Usage\n\n\`\`\`bash\n${CURL}\`\`\`\n`,
      'docs/config.md': '# Config\n\n```json\n{"name": "x", "version": 1,}\n```\n',
      'notes.md': '# Notes\n\nNothing here.\n',
    };
    for (const [rel, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(tmp, rel)), { recursive: true });
      writeFileSync(path.join(tmp, rel), text);
    }
    const r = runCli(['check', '.', '--format', 'json'], { cwd: tmp });
    const reports = JSON.parse(r.stdout) as { file: string; diagnostics: { rule: string; range: { start: { line: number; character: number } } }[] }[];
    const byFile = Object.fromEntries(reports.map((rep) => [rep.file, rep.diagnostics.map((d) => `${d.rule}@${d.range.start.line}:${d.range.start.character}`)]));
    const line = CURL.split('\n')[2];
    const at = line.indexOf('"top_p"'); // the rule marks the second of the pair
    assert.deepEqual(byFile['scripts/ask.sh'], [`temperature-with-top-p@4:${at}`]);
    assert.deepEqual(byFile['docs/README.md'], [`temperature-with-top-p@5:${at}`]);
    assert.deepEqual(byFile['scripts/ok.bash'], []);
    // Markdown without a request (configuration, prose) is not linted: counted among the files without requests.
    assert.equal(byFile['docs/config.md'], undefined);
    assert.equal(byFile['notes.md'], undefined);
  });
});
