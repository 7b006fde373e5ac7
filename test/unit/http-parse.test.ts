import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { splitHttpDocument } from '../../server/src/core/http/index.ts';
import type { Span } from '../../server/src/core/types.ts';

const fixtures = path.resolve(import.meta.dirname, '../fixtures/http');
const slice = (text: string, span: Span | undefined) => (span ? text.slice(span.start, span.end) : undefined);

describe('splitHttpDocument: REST Client style', () => {
  const file = path.join(fixtures, 'rest-client.http');
  const text = fs.readFileSync(file, 'utf8');
  const units = splitHttpDocument(text, { filePath: file });

  it('finds one unit per request block; comment-only and variable-only blocks give none', () => {
    assert.deepEqual(units.map((u) => u.name), ['chat', 'models']);
  });

  it('parses the request line, version stripped, and appends query continuation lines', () => {
    const chat = units[0];
    assert.equal(chat.method, 'POST');
    assert.equal(chat.rawUrl, '{{base}}/chat/completions?api-version=2024-10-21&stream=false');
    assert.equal(chat.url, 'https://api.openai.com/v1/chat/completions?api-version=2024-10-21&stream=false');
    assert.equal(slice(text, chat.requestLineSpan), 'POST {{base}}/chat/completions HTTP/1.1');
  });

  it('keeps headers with the span of their line', () => {
    const chat = units[0];
    assert.deepEqual(
      chat.headers.map((h) => [h.name, h.value, slice(text, h.span)]),
      [
        ['Authorization', 'Bearer {{OPENAI_API_KEY}}', 'Authorization: Bearer {{OPENAI_API_KEY}}'],
        ['Content-Type', 'application/json', 'Content-Type: application/json'],
      ],
    );
  });

  it('blanks a # comment inside the body with spaces of the same length', () => {
    const chat = units[0];
    const raw = slice(text, chat.bodySpan)!;
    assert.equal(chat.bodyText!.length, raw.length);
    assert.ok(raw.includes('# the tools drop this line before sending'));
    assert.ok(!chat.bodyText!.includes('#'));
    assert.deepEqual(JSON.parse(chat.bodyText!), {
      model: '{{model}}',
      messages: [{ role: 'user', content: 'Hello' }],
    });
    for (let i = 0; i < raw.length; i++) {
      if (chat.bodyText![i] !== raw[i]) assert.equal(chat.bodyText![i], ' ', `char ${i} changed to something other than a space`);
    }
  });

  it('takes the block from its first to its last non-blank line, and @name from a // comment', () => {
    const models = units[1];
    assert.equal(slice(text, models.span), '// @name models\nGET https://{{host}}/v1/models');
    assert.equal(models.url, 'https://api.openai.com/v1/models');
    assert.equal(models.bodyText, undefined);
    assert.equal(models.bodySpan, undefined);
  });
});

describe('splitHttpDocument: request lines, titles and metadata', () => {
  it('defaults to GET when the line has no method, and uses the ### title as name', () => {
    const text = '### list models\nhttps://api.openai.com/v1/models\n';
    const [unit] = splitHttpDocument(text);
    assert.equal(unit.method, 'GET');
    assert.equal(unit.url, 'https://api.openai.com/v1/models');
    assert.equal(unit.name, 'list models');
    assert.equal(slice(text, unit.span), 'https://api.openai.com/v1/models');
  });

  it('prefers # @name over the title and accepts JetBrains `@name = x`', () => {
    const units = splitHttpDocument('### Title\n# @name = first\nGET /a\n\n### Other\n// @name second\nGET /b\n');
    assert.deepEqual(units.map((u) => u.name), ['first', 'second']);
  });

  it('reads @name only before the request line', () => {
    const [unit] = splitHttpDocument('GET https://x.example.com/a\n# @name late\n');
    assert.equal(unit.name, undefined);
  });

  it('reports # @api and // @api with the span of the comment', () => {
    const text = 'POST https://relay.example.com/v1/x\n\n###\n// @api openai-chat\nPOST https://relay.example.com/v1/y\n';
    const head = '# @api anthropic-messages\n';
    const units = splitHttpDocument(head + text);
    assert.deepEqual(units[0].apiOverride, { value: 'anthropic-messages', span: { start: 0, end: head.length - 1 } });
    assert.equal(units[1].apiOverride!.value, 'openai-chat');
    assert.equal(slice(head + text, units[1].apiOverride!.span), '// @api openai-chat');
  });

  it('accepts lower-case methods, relative targets and a Host header', () => {
    const [unit] = splitHttpDocument('post /v1/messages HTTP/1.1\nHost: api.anthropic.com:443\n\n{}');
    assert.equal(unit.method, 'POST');
    assert.equal(unit.rawUrl, '/v1/messages');
    assert.equal(unit.url, 'https://api.anthropic.com:443/v1/messages');
  });

  it('joins httpyac /path parts and JetBrains indented continuation lines', () => {
    const text = 'GET https://api.example.com\n  /v1\n  /models\n  ?limit=5\nAccept: application/json\n';
    const [unit] = splitHttpDocument(text);
    assert.equal(unit.rawUrl, 'https://api.example.com/v1/models?limit=5');
    assert.deepEqual(unit.headers.map((h) => h.name), ['Accept']);
  });

  it('skips comments between headers without ending the header block', () => {
    const [unit] = splitHttpDocument('POST https://x.example.com\nA: 1\n# note\nB: 2\n\n{"k": 1}');
    assert.deepEqual(unit.headers.map((h) => h.name), ['A', 'B']);
    assert.equal(unit.bodyText, '{"k": 1}');
  });

  it('gives no unit for a block that starts with JSON, a curl command or a pasted response', () => {
    const file = path.join(fixtures, 'pasted-response.http');
    assert.deepEqual(splitHttpDocument(fs.readFileSync(file, 'utf8'), { filePath: file }), []);
    assert.deepEqual(splitHttpDocument('curl -X POST https://api.openai.com/v1/chat/completions -d "{}"\n'), []);
  });

  it('gives nothing for an empty file, blank lines, or a file of comments and variables', () => {
    assert.deepEqual(splitHttpDocument(''), []);
    assert.deepEqual(splitHttpDocument('\n\n   \n'), []);
    assert.deepEqual(splitHttpDocument('# just notes\n// more notes\n@key = value\n###\n# end\n'), []);
  });

  it('treats `< {% %}` and `< ./script.js` before the request line as pre-request scripts', () => {
    const text = '< ./pre.js\n< {%\n  request.variables.set("a", "1");\n%}\nPOST https://x.example.com\n\n{"a": 1}';
    const [unit] = splitHttpDocument(text);
    assert.equal(slice(text, unit.requestLineSpan), 'POST https://x.example.com');
    assert.equal(unit.bodyFile, undefined);
    assert.equal(unit.bodyText, '{"a": 1}');
  });
});

describe('splitHttpDocument: httpyac and JetBrains files', () => {
  it('skips httpyac {{ }} script blocks and blanks assertions and output redirections', () => {
    const file = path.join(fixtures, 'httpyac.http');
    const text = fs.readFileSync(file, 'utf8');
    const [unit] = splitHttpDocument(text, { filePath: file, readFile: () => undefined });
    assert.equal(unit.name, 'Anthropic message');
    assert.equal(unit.apiOverride?.value, 'anthropic-messages');
    assert.equal(unit.url, 'https://api.anthropic.com/v1/messages');
    assert.equal(slice(text, unit.requestLineSpan), 'POST {{anthropic}}/v1/messages');
    assert.ok(slice(text, unit.bodySpan)!.endsWith('"content": "Hi"}]\n}'));
    assert.equal(JSON.parse(unit.bodyText!).max_tokens, 256);
  });

  it('reads a `< file` body next to the .http file and excludes response handlers', () => {
    const file = path.join(fixtures, 'jetbrains', 'requests.http');
    const text = fs.readFileSync(file, 'utf8');
    const [fromFile, inline] = splitHttpDocument(text, { filePath: file, envName: 'dev' });
    assert.equal(fromFile.url, 'https://generativelanguage.googleapis.com/v1beta/models/{{model}}:generateContent');
    assert.equal(fromFile.bodyText, undefined);
    assert.equal(fromFile.bodyFile!.path, './bodies/gemini.json');
    assert.equal(fromFile.bodyFile!.resolvedPath, path.join(fixtures, 'jetbrains', 'bodies', 'gemini.json'));
    assert.equal(slice(text, fromFile.bodyFile!.span), '< ./bodies/gemini.json');
    assert.equal(JSON.parse(fromFile.bodyFile!.text!).contents[0].role, 'user');
    assert.deepEqual(fromFile.notes, []);

    assert.equal(inline.bodyText, '{"contents": [{"parts": [{"text": "count me"}]}]}');
    assert.equal(slice(text, inline.bodySpan), inline.bodyText);
  });
});
