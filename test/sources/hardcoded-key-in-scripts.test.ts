import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { lintText } from '../../server/src/core/lint.ts';
import { loadGrammar } from '../../server/src/core/sources/grammars.ts';

before(() => loadGrammar('bash'));

// '{{$dotenv NAME}}' is .http syntax: in a script it would be sent as that text. So a key in a curl command is
// reported with the placeholder advice, and no edit is offered, in its header and in its body alike.
const KEY = 'sk-proj-' + 'a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8s9T0u1V2w3X4';

test('a key in a curl header: the placeholder advice, no {{$dotenv}} advice, no fix', () => {
  const script = `curl https://api.openai.com/v1/chat/completions -H "Authorization: Bearer ${KEY}" -H "Content-Type: application/json" -d '{"model": "gpt-4o", "messages": [{"role": "user", "content": "hi"}]}'\n`;
  const found = lintText(script, { filePath: '/repo/call.sh' }).findings.filter((f) => f.rule === 'hardcoded-api-key');
  assert.equal(found.length, 1);
  assert.equal(script.slice(found[0].span.start, found[0].span.end), KEY);
  assert.doesNotMatch(found[0].message, /dotenv/);
  assert.equal(found[0].fixes?.length ?? 0, 0, "no fix");
});

test('a key in a curl body: no fix that would write {{$dotenv}} into the script', () => {
  const script = `curl https://api.example.com/v1/chat/completions -H "Content-Type: application/json" -d '{"model": "gpt-4o", "api_key": "${KEY}", "messages": [{"role": "user", "content": "hi"}]}'\n`;
  const found = lintText(script, { filePath: '/repo/call.sh' }).findings.filter((f) => f.rule === 'hardcoded-api-key');
  assert.equal(found.length, 1);
  assert.doesNotMatch(found[0].message, /dotenv/);
  assert.equal(found[0].fixes?.length ?? 0, 0, "no fix");
});
