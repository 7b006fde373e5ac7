import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { lintText } from '../../server/src/core/lint.ts';
import { loadGrammar } from '../../server/src/core/sources/grammars.ts';
import { LineIndex } from '../../server/src/core/text.ts';
import { disableActions } from '../../server/src/frontend/disable-actions.ts';

before(() => loadGrammar('bash'));

const SCRIPT = `#!/bin/sh
ask() {
  curl https://api.openai.com/v1/chat/completions -H "Authorization: Bearer $K" -H "Content-Type: application/json" \\
    -d '{"model": "gpt-4o", "temprature": 1, "messages": [{"role": "user", "content": "Hi"}]}'
}
`;

test('shell: "Disable … for this request" puts a # comment above the command, and the whole file after the #! line', () => {
  const result = lintText(SCRIPT, { filePath: 'a.sh' });
  const finding = result.findings.find((f) => f.rule === 'unknown-parameter');
  assert.ok(finding);
  const lines = new LineIndex(SCRIPT);
  const diagnostic = { source: 'llm-preflight', code: finding.rule, message: finding.message, range: lines.rangeOf(finding.span) };
  const actions = disableActions({ uri: 'file:///a.sh', text: SCRIPT, kind: 'shell', units: result.units, diagnostics: [diagnostic] });
  assert.deepEqual(actions.map((a) => a.title), ['Disable unknown-parameter for this request', 'Disable unknown-parameter for the whole file']);
  for (const action of actions) {
    const edited = TextDocument.applyEdits(TextDocument.create('x', 'shellscript', 1, SCRIPT), action.edit!.changes!['file:///a.sh']);
    assert.ok(edited.startsWith('#!/bin/sh\n'), edited);
    assert.deepEqual(lintText(edited, { filePath: 'a.sh' }).findings.filter((f) => f.rule === 'unknown-parameter' || f.rule === 'unused-disable-directive'), [], edited);
  }
  const request = TextDocument.applyEdits(TextDocument.create('x', 'shellscript', 1, SCRIPT), actions[0].edit!.changes!['file:///a.sh']);
  assert.match(request, /ask\(\) \{\n  # llm-preflight-disable-next-request unknown-parameter\n  curl/);
});

test('Markdown: "Disable … for this request" puts <!-- … --> above the fence; a second request in the fence gets none', () => {
  const body = `curl https://api.openai.com/v1/chat/completions -H "Authorization: Bearer $K" -H "Content-Type: application/json" -d '{"model": "gpt-4o", "temprature": 1, "messages": [{"role": "user", "content": "Hi"}]}'`;
  const text = `# Usage\n\n- Ask:\n\n  \`\`\`bash\n  ${body}\n  ${body}\n  \`\`\`\n`;
  const result = lintText(text, { filePath: 'README.md' });
  const findings = result.findings.filter((f) => f.rule === 'unknown-parameter');
  assert.equal(findings.length, 2);
  const lines = new LineIndex(text);
  const actionsFor = (i: number) =>
    disableActions({ uri: 'file:///R.md', text, kind: 'markdown', units: result.units, diagnostics: [{ source: 'llm-preflight', code: 'unknown-parameter', message: '', range: lines.rangeOf(findings[i].span) }] });
  const first = actionsFor(0);
  assert.deepEqual(first.map((a) => a.title), ['Disable unknown-parameter for this request', 'Disable unknown-parameter for the whole file']);
  const edited = TextDocument.applyEdits(TextDocument.create('x', 'markdown', 1, text), first[0].edit!.changes!['file:///R.md']);
  assert.match(edited, /- Ask:\n\n {2}<!-- llm-preflight-disable-next-request unknown-parameter -->\n {2}```bash\n/);
  assert.deepEqual(lintText(edited, { filePath: 'README.md' }).findings.filter((f) => f.rule === 'unknown-parameter').length, 1);
  const whole = TextDocument.applyEdits(TextDocument.create('x', 'markdown', 1, text), first[1].edit!.changes!['file:///R.md']);
  assert.ok(whole.startsWith('<!-- llm-preflight-disable-file unknown-parameter -->\n# Usage'), whole);
  assert.deepEqual(lintText(whole, { filePath: 'README.md' }).findings, []);
  assert.deepEqual(actionsFor(1).map((a) => a.title), ['Disable unknown-parameter for the whole file']);
});
