import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';
import { splitHttpDocument } from '../../server/src/core/http/index.ts';
import type { RequestUnit, Span } from '../../server/src/core/types.ts';

const fixtures = path.resolve(import.meta.dirname, '../fixtures/http');
const slice = (text: string, span: Span | undefined) => (span ? text.slice(span.start, span.end) : undefined);

/** The invariant the JSON layer relies on: same length, and every kept character is the document's own. */
function assertBodyMapsOneToOne(text: string, unit: RequestUnit): void {
  const raw = slice(text, unit.bodySpan)!;
  assert.equal(unit.bodyText!.length, unit.bodySpan!.end - unit.bodySpan!.start);
  for (let i = 0; i < raw.length; i++) {
    const kept = unit.bodyText![i];
    if (kept !== raw[i]) assert.equal(kept, ' ', `body char ${i} was replaced by ${JSON.stringify(kept)}`);
  }
}

describe('body text', () => {
  it('blanks // comments and keeps line breaks, {{variables}} untouched', () => {
    const text = 'POST https://x.example.com\n\n{\n  // "temperature": 2,\n  "max_tokens": {{max}}\n}\n\n\n';
    const [unit] = splitHttpDocument(text);
    assertBodyMapsOneToOne(text, unit);
    const blanked = ' '.repeat('  // "temperature": 2,'.length);
    assert.equal(unit.bodyText, `{\n${blanked}\n  "max_tokens": {{max}}\n}`);
  });

  it('drops trailing blank lines, comments and a multi-line response handler', () => {
    const text = 'POST https://x.example.com\n\n{"a": 1}\n\n# trailing\n> {%\n  client.log("###");\n%}\n';
    const [unit] = splitHttpDocument(text);
    assert.equal(unit.bodyText, '{"a": 1}');
    assert.equal(slice(text, unit.span), text.slice(0, text.length - 1));
  });

  it('has no body when only a handler follows the headers', () => {
    const [unit] = splitHttpDocument('GET https://x.example.com\nAccept: */*\n\n> {% client.log(response.status) %}\n');
    assert.equal(unit.bodyText, undefined);
    assert.equal(unit.bodySpan, undefined);
  });

  it('keeps exact offsets in a CRLF file', () => {
    const text = '### one\r\nPOST https://x.example.com\r\nContent-Type: application/json\r\n\r\n{\r\n# gone\r\n"a": 1\r\n}\r\n\r\n###\r\nGET https://y.example.com\r\n';
    const [first, second] = splitHttpDocument(text);
    assert.equal(slice(text, first.requestLineSpan), 'POST https://x.example.com');
    assert.equal(slice(text, first.headers[0].span), 'Content-Type: application/json');
    assert.equal(first.bodyText, '{\r\n      \r\n"a": 1\r\n}');
    assertBodyMapsOneToOne(text, first);
    assert.deepEqual(JSON.parse(first.bodyText!), { a: 1 });
    assert.equal(slice(text, second.requestLineSpan), 'GET https://y.example.com');
  });

  it('keeps exact offsets in a file with lone CR line breaks', () => {
    const text = 'POST https://x.example.com\rA: 1\r\r{"b": 2}\r';
    const [unit] = splitHttpDocument(text);
    assert.equal(slice(text, unit.headers[0].span), 'A: 1');
    assert.equal(slice(text, unit.bodySpan), '{"b": 2}');
  });

  it('splits on a ### line inside a JSON string without crashing, and says why the body breaks', () => {
    const text = 'POST https://x.example.com\n\n{"messages": [{"role": "user", "content": "a\n### heading\nb"}]}\n';
    const units = splitHttpDocument(text);
    assert.equal(units.length, 1);
    assert.equal(units[0].bodyText, '{"messages": [{"role": "user", "content": "a');
    const note = units[0].notes.find((n) => n.code === 'http-separator-in-body');
    assert.equal(slice(text, note?.span), '### heading');
  });

  it('warns about a second request line in a block and ends the body before it', () => {
    const text = 'POST https://x.example.com\n\n{"a": 1}\n\nPOST https://y.example.com\n\n{"b": 2}';
    const [unit, ...rest] = splitHttpDocument(text);
    assert.equal(rest.length, 0);
    assert.equal(unit.bodyText, '{"a": 1}');
    assert.deepEqual(
      unit.notes.map((n) => [n.code, slice(text, n.span)]),
      [['http-second-request-line', 'POST https://y.example.com']],
    );
  });

  it('does not mistake a request-like line inside open JSON for a second request', () => {
    const text = 'POST https://x.example.com\n\n{"a": [\nGET https://y.example.com\n]}';
    const [unit] = splitHttpDocument(text);
    assert.equal(unit.notes.length, 0);
    assert.equal(slice(text, unit.bodySpan), '{"a": [\nGET https://y.example.com\n]}');
  });

  it('ends the body at a response pasted under the request, without a warning', () => {
    const text = 'POST https://x.example.com\n\n{"a": 1}\n\nHTTP/1.1 400 Bad Request\ncontent-type: application/json\n\n{"error": {}}\n';
    const [unit] = splitHttpDocument(text);
    assert.equal(unit.bodyText, '{"a": 1}');
    assert.deepEqual(unit.notes, []);
  });

  it('warns when the body follows the headers without a blank line', () => {
    const text = 'POST https://x.example.com\nContent-Type: application/json\n{"a": 1}';
    const [unit] = splitHttpDocument(text);
    assert.equal(unit.bodyText, '{"a": 1}');
    assert.deepEqual(unit.notes.map((n) => n.code), ['http-missing-blank-line']);
  });
});

describe('body files', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'preflight-body-'));
  const httpFile = path.join(dir, 'api.http');
  fs.writeFileSync(path.join(dir, 'body.json'), '{"model": "gpt-4o"}');
  fs.mkdirSync(path.join(dir, 'folder.json'));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  const request = (ref: string) => `POST https://api.openai.com/v1/chat/completions\nContent-Type: application/json\n\n${ref}\n`;

  it('reads `<`, `<@` and `<@latin1` references relative to the .http file', () => {
    for (const ref of ['< ./body.json', '<@ ./body.json', '<@latin1 body.json']) {
      const text = request(ref);
      const [unit] = splitHttpDocument(text, { filePath: httpFile });
      assert.equal(unit.bodyText, undefined, ref);
      assert.equal(unit.bodyFile!.resolvedPath, path.join(dir, 'body.json'), ref);
      assert.equal(unit.bodyFile!.text, '{"model": "gpt-4o"}', ref);
      assert.equal(slice(text, unit.bodyFile!.span), ref);
      assert.deepEqual(unit.notes, []);
    }
  });

  it('resolves variables in the path', () => {
    const [unit] = splitHttpDocument(`@dir = ${dir}\n` + request('< {{dir}}/body.json'), { filePath: httpFile });
    assert.equal(unit.bodyFile!.path, '{{dir}}/body.json');
    assert.equal(unit.bodyFile!.text, '{"model": "gpt-4o"}');
  });

  it('notes a missing file and a directory, with the path and the reason', () => {
    const missingText = request('< ./missing.json');
    const [missing] = splitHttpDocument(missingText, { filePath: httpFile });
    assert.equal(missing.bodyFile!.text, undefined);
    assert.equal(missing.notes.length, 1);
    assert.equal(missing.notes[0].code, 'body-file-unreadable');
    assert.equal(missing.notes[0].severity, 'warning');
    assert.match(missing.notes[0].message, /\.\/missing\.json.*does not exist/);
    assert.equal(slice(missingText, missing.notes[0].span), '< ./missing.json');

    const [directory] = splitHttpDocument(request('< ./folder.json'), { filePath: httpFile });
    assert.match(directory.notes[0].message, /is a directory/);
  });

  it('cannot resolve a relative path in an unsaved document', () => {
    const [unit] = splitHttpDocument(request('< ./body.json'));
    assert.equal(unit.bodyFile!.resolvedPath, undefined);
    assert.match(unit.notes[0].message, /unsaved document/);
  });

  it('uses the readFile option (e.g. open editor buffers) instead of the disk', () => {
    const asked: string[] = [];
    const readFile = (p: string) => (asked.push(p), '{"from": "buffer"}');
    const [unit] = splitHttpDocument(request('< ./body.json'), { filePath: httpFile, readFile });
    assert.deepEqual(asked, [path.join(dir, 'body.json')]);
    assert.equal(unit.bodyFile!.text, '{"from": "buffer"}');
  });

  it('guesses the kind of a referenced file from its extension when there is no Content-Type', () => {
    fs.writeFileSync(path.join(dir, 'prompt.txt'), 'Say hello.');
    const [unit] = splitHttpDocument('POST https://x.example.com/echo\n\n< ./prompt.txt\n', { filePath: httpFile });
    assert.equal(unit.nonJsonBody, 'text');
    assert.equal(unit.bodyFile!.text, 'Say hello.');
    const [json] = splitHttpDocument(request('< ./body.json'), { filePath: httpFile });
    assert.equal(json.nonJsonBody, undefined);
  });

  it('treats an indented `<` line as body text, as REST Client does', () => {
    const [unit] = splitHttpDocument(request('  < ./body.json'), { filePath: httpFile });
    assert.equal(unit.bodyFile, undefined);
    assert.equal(unit.bodyText, '  < ./body.json');
  });
});

describe('non-JSON bodies', () => {
  const file = path.join(fixtures, 'non-json.http');
  const text = fs.readFileSync(file, 'utf8');
  const units = splitHttpDocument(text, { filePath: file });

  it('marks multipart, form, GraphQL (header, method, sniffed), XML, text and NDJSON bodies', () => {
    assert.deepEqual(
      units.map((u) => [u.name, u.nonJsonBody]),
      [
        ['Upload a batch file (multipart)', 'multipart'],
        ['OAuth token (form)', 'form'],
        ["GraphQL through REST Client's header", 'graphql'],
        ['GraphQL method (JetBrains, httpyac)', 'graphql'],
        ['GraphQL sniffed from the body (httpyac)', 'graphql'],
        ['XML', 'xml'],
        ['Plain text', 'text'],
        ['NDJSON', 'ndjson'],
        ['JSON with a vendor type stays JSON', undefined],
      ],
    );
  });

  it('keeps a multipart body whole, including its `< file` part', () => {
    const body = units[0].bodyText!;
    assert.ok(body.startsWith('--WebAppBoundary\n'));
    assert.ok(body.endsWith('--WebAppBoundary--'));
    assert.ok(body.includes('< ./batch.jsonl'));
    assert.equal(units[0].bodyFile, undefined);
  });
});
