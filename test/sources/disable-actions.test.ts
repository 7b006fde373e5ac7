import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { lintText } from '../../server/src/core/lint.ts';
import { initGrammars } from '../../server/src/core/sources/grammars.ts';
import { LineIndex } from '../../server/src/core/text.ts';
import { disableActions } from '../../server/src/frontend/disable-actions.ts';

before(() => initGrammars());

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
