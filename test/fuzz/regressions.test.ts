/**
 * Every defect the fuzzing campaign (`npm run fuzz`) found, as its minimal counterexample, checked with
 * the same property functions the campaign uses.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseBody } from '../../server/src/core/json/body.ts';
import { fixAll } from '../../server/src/core/fix-all.ts';
import { lintText } from '../../server/src/core/lint.ts';
import { escapeMarkdown } from '../../server/src/frontend/hover.ts';
import { assertSafeMarkdown, checkErrors, checkFindings, checkLint, checkRenderers, lintOptions, markdownProblems } from './harness.ts';
import { jsonCaseText } from './properties.ts';

test('json-syntax at the end of a body: the span stays inside the document (was one past its end)', () => {
  // Found from an official fixture truncated after a `{`: jsonc-parser reports "close brace expected" at
  // offset == length with length 0, and the span was widened to one character past the text.
  for (const body of ['{', '{"a":', '{"a"', '[1,', '{"a":1', '{\n']) {
    const { syntax } = parseBody(body);
    assert.ok(syntax.length > 0, body);
    for (const s of syntax) assert.ok(s.span.start <= s.span.end && s.span.end <= body.length, `${JSON.stringify(body)}: ${JSON.stringify(s.span)}`);
  }
  const text = 'POST https://api.anthropic.com/v1/messages\nanthropic-version: 2023-06-01\nContent-Type: application/json\n\n{"model": "claude-sonnet-4-5", "max_tokens": 64';
  const result = checkLint(text, 'http');
  assert.ok(result.findings.some((f) => f.rule === 'json-syntax'));
  checkLint(text + '\r\n', 'http');
  checkLint('{"model":"gpt-4o","messages":[', 'json');
});

test('a body left open by a trailing unterminated /* comment: located spans stay inside the body (was one past its end)', () => {
  // Found by the campaign after the engine change (present before it too): with a lone surrogate for a quote
  // and a trailing `/*`, jsonc-parser gave the open root object a length one past the text, and
  // unknown-parameter's whole-body finding ended one character past the document.
  const body =
    '{"model":\ud800claude-sonnet-4-5","max_tokens":8192,"messages":[{"role":"user","content":"What is the weather in Paris?"}],' +
    '"temperature":0.2,"top_k":40,"tools":[{"name":"get_weather","description":"Weather for a city","input_schema":{"type":"object",' +
    '"properties":{"city":{"type":"string"}}}}],"tool_choice":{"type":"any"}}\n/*';
  const parsed = parseBody(body);
  for (const path of [[], ['model'], ['messages', 0], ['tool_choice']]) {
    const span = parsed.locate(path);
    assert.ok(span.start <= span.end && span.end <= body.length, `${JSON.stringify(path)}: ${JSON.stringify(span)}`);
  }
  const text = `POST https://api.anthropic.com/v1/messages\nanthropic-version: 2023-06-01\nContent-Type: application/json\n\n${body}`;
  checkLint(text, 'http');
});

test('a 512 K-character word in a prompt does not hang the token count (BPE was quadratic in one piece)', () => {
  // Found as a 262 379 × "a" insert into anthropic-messages/tools-multiple.http: 47-65 s in
  // context-window-exceeded. The guard is a hang guard (the fixed count takes about a second).
  for (const word of ['a'.repeat(524_288), '中'.repeat(120_000), ' '.repeat(200_000) + 'x', '!'.repeat(200_000)]) {
    const text = `POST https://api.openai.com/v1/chat/completions\nContent-Type: application/json\n\n${JSON.stringify({ model: 'gpt-4o', messages: [{ role: 'user', content: word }] })}\n`;
    const t0 = performance.now();
    const result = lintText(text, lintOptions('http'));
    assert.ok(performance.now() - t0 < 60_000, `lint of a ${word.length}-character word hung`);
    checkFindings(text, result);
  }
});

test('a bare URL from the document is not linkified in a hover (escapeMarkdown escapes ":")', () => {
  // Found by the json property: a model id "https://pwn.example/a" became a link in the detection hover.
  const text = jsonCaseText({ endpoint: 0, body: { model: 'https://pwn.example/a' }, indent: 0, kind: 'http' });
  checkRenderers(text, [], checkLint(text, 'http'));
  assert.equal(escapeMarkdown('https://pwn.example/a'), 'https\\://pwn\\.example/a');
});

test('a carriage return inside backticks cannot close the pasted-message fence early', () => {
  // Found by the errors property: "``\r``" became "````" once the CR was removed, after the fence length
  // had been chosen (3), so the line closed the fence and the rest rendered as markdown.
  const text = `{"error":{"message":${JSON.stringify('``\r``\n[x](command:pwn)\n')},"type":"invalid_request_error"}}`;
  const explained = checkErrors(text, [0]);
  assert.ok(explained.length > 0, 'the payload is explained');
  checkRenderers(text, explained);
});

test('the markdown safety check itself flags what it must and passes what is inert', () => {
  assert.deepEqual(markdownProblems('plain \\[x\\]\\(command:pwn\\) and `[x](command:pwn)`\n\n````text\n```\n[x](command:pwn)\n````'), []);
  assert.ok(markdownProblems('see [x](command:pwn.run)').length > 0);
  assert.ok(markdownProblems('see <img src=x onerror=pwn()>').length > 0);
  assert.ok(markdownProblems('see https://pwn.example/a').length > 0);
  assert.ok(markdownProblems('```text\n````\n[x](command:pwn)\n```').length > 0, 'a longer backtick run closes the fence: what follows is prose');
  assert.ok(markdownProblems('```text\nx\n```\n[x](command:pwn)').length > 0, 'after the fence it is prose again');
  assert.ok(markdownProblems('[r]: command:pwn').length > 0);
  assert.throws(() => assertSafeMarkdown('[x](command:pwn)', 'control'));
});

test('a paste ending in a backslash inside a string: the payload span stays inside the text', () => {
  // Found from examples/errors.log with 430 × `\"` inserted and the text cut: the tolerant reader stepped
  // over the escape's second character past the end, and the python payload's span ended at length + 1.
  for (const text of ["{'message':'c\\", '{"error":{"message":"x\\', "Error code: 400 - {'error': {'message': 'bad\\"]) {
    checkErrors(text, [0, text.length, text.length + 1]);
  }
});

test.todo('fix-all converges on a key written more than MAX_FIX_PASSES times (unknown-parameter removes one per pass)', () => {
  // Found by the fix property (seed 777): 12 × `"a":1,` in a message; each pass removes the first `a`
  // (the parsed object has one key), so after 10 passes two are left and a second fix-all changes the text.
  const text = `POST https://api.openai.com/v1/chat/completions\nContent-Type: application/json\nAuthorization: Bearer {{k}}\n\n{"model":"gpt-4.1","messages":[{"role":"user","content":"x",${'"a":1,'.repeat(12)}"b":2}]}\n`;
  const once = fixAll(text, lintOptions('http'));
  assert.equal(fixAll(once.text, lintOptions('http')).text, once.text);
});

test('a file variable line with a long run of spaces: the key is still found, and the line is read in one pass (was 25 s of backtracking)', () => {
  // Found by the 2026-12-07 campaign (hover property, hang guard): `(.*?)[ \t\r]*$` in hardcoded-api-key's
  // file-variable matcher was quadratic over 115 109 inserted spaces. checkLint's hang guard catches a relapse.
  const key = `sk-proj-${'Ab3dE'.repeat(8)}`;
  const text = `@token = ${key}${' '.repeat(100_000)}x${' '.repeat(20)}\n\nPOST https://api.openai.com/v1/chat/completions\nAuthorization: Bearer {{token}}\n\n{"model": "gpt-4o", "messages": [{"role": "user", "content": "hi"}]}\n`;
  checkLint(text, 'http');
  const trailing = `@token = ${key}${' '.repeat(100_000)}\r\n\nPOST https://api.openai.com/v1/chat/completions\nAuthorization: Bearer {{token}}\n\n{"model": "gpt-4o", "messages": [{"role": "user", "content": "hi"}]}\n`;
  const found = checkLint(trailing, 'http').findings.filter((f) => f.rule === 'hardcoded-api-key');
  assert.ok(found.length > 0, 'the key before the trailing blanks is reported');
  assert.equal(trailing.slice(found[0].span.start, found[0].span.end).trim(), key);
});
