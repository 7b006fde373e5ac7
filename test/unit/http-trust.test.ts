// Workspace trust in the .http splitter: with `trusted: false` no `.env`, no `http-client.private.env.json`
// and no file outside `allowedRoots` is read, and notes say what was withheld; trusted (the default) reads all.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, beforeEach, describe, it } from 'node:test';
import { clearEnvironmentCache, splitHttpDocument, type HttpSplitOptions } from '../../server/src/core/http/index.ts';
import { lintText } from '../../server/src/core/lint.ts';

const top = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'preflight-trust-')));
const ws = path.join(top, 'ws');
const write = (rel: string, text: string) => {
  fs.mkdirSync(path.dirname(path.join(top, rel)), { recursive: true });
  fs.writeFileSync(path.join(top, rel), text);
};
write('outside.json', '{"model": "gpt-4o", "messages": [{"role": "user", "content": "outside"}]}');
write('.env', 'PARENT_HOST=parent.example.com\n');
write('http-client.env.json', JSON.stringify({ $shared: { parentHost: 'parent-env.example.com' } }));
write('ws/.env', 'HOST=api.openai.com\n');
write('ws/http-client.private.env.json', JSON.stringify({ $shared: { secretHost: 'api.openai.com' } }));
write('ws/http-client.env.json', JSON.stringify({ $shared: { publicHost: 'api.anthropic.com' } }));
write('ws/inside.json', '{"model": "gpt-4o", "messages": []}');
write('ws/sub/req.http', '');
let symlinked = true;
try {
  fs.symlinkSync(path.join(top, 'outside.json'), path.join(ws, 'link.json'));
} catch {
  symlinked = false;
}
after(() => fs.rmSync(top, { recursive: true, force: true }));

const httpFile = path.join(ws, 'sub', 'req.http');
const untrusted: HttpSplitOptions = { filePath: httpFile, trusted: false, allowedRoots: [ws] };
const trusted: HttpSplitOptions = { filePath: httpFile };
const urlOf = (text: string, options: HttpSplitOptions) => splitHttpDocument(text, options)[0].url;
const notesOf = (text: string, options: HttpSplitOptions) => splitHttpDocument(text, options)[0].notes;

describe('workspace trust in the .http splitter', () => {
  beforeEach(() => clearEnvironmentCache());

  it('reads .env values only when trusted, and says why in an untrusted workspace', () => {
    const text = 'POST https://{{$dotenv HOST}}/v1/chat/completions\n';
    assert.equal(urlOf(text, trusted), 'https://api.openai.com/v1/chat/completions');
    assert.equal(urlOf(text, { ...trusted, trusted: true, allowedRoots: [] }), 'https://api.openai.com/v1/chat/completions');
    assert.equal(urlOf(text, untrusted), 'https://{{$dotenv HOST}}/v1/chat/completions');
    const [note] = notesOf(text, untrusted);
    assert.equal(note.code, 'workspace-untrusted');
    assert.equal(note.severity, 'info');
    assert.match(note.message, /\{\{\$dotenv HOST\}\} has no value here: the workspace is not trusted, so \.\.\/\.env, \.\.\/\.\.\/\.env were not read/);
    assert.equal(notesOf(text, trusted).length, 0);
  });

  it('reads no http-client.private.env.json, but the public env file inside the folder', () => {
    const text = 'POST https://{{secretHost}}/v1/chat/completions\n\n###\n\nPOST https://{{publicHost}}/v1/messages\n';
    const [privateUnit, publicUnit] = splitHttpDocument(text, untrusted);
    assert.equal(privateUnit.url, 'https://{{secretHost}}/v1/chat/completions');
    assert.match(privateUnit.notes[0].message, /\{\{secretHost\}\} has no value here: .*\.\.\/http-client\.private\.env\.json/);
    assert.equal(publicUnit.url, 'https://api.anthropic.com/v1/messages');
    assert.equal(publicUnit.notes.length, 0);
    const [privateTrusted] = splitHttpDocument(text, trusted);
    assert.equal(privateTrusted.url, 'https://api.openai.com/v1/chat/completions');
  });

  it('does not walk up past the workspace folder for env files', () => {
    const text = 'GET https://{{parentHost}}/x\n\n###\n\nGET https://{{$dotenv PARENT_HOST}}/y\n';
    const [jsonUnit, dotenvUnit] = splitHttpDocument(text, untrusted);
    assert.equal(jsonUnit.url, 'https://{{parentHost}}/x');
    assert.match(jsonUnit.notes[0].message, /\.\.\/\.\.\/http-client\.env\.json were not read/);
    assert.equal(dotenvUnit.url, 'https://{{$dotenv PARENT_HOST}}/y');
    const [jsonTrusted, dotenvTrusted] = splitHttpDocument(text, trusted);
    assert.equal(jsonTrusted.url, 'https://parent-env.example.com/x');
    assert.equal(dotenvTrusted.url, 'https://parent.example.com/y');
  });

  it('follows a file variable to the withheld .env value (the note names what is left in the URL)', () => {
    const text = '@host = {{$dotenv HOST}}\nPOST https://{{host}}/v1/chat/completions\nAuthorization: Bearer {{$dotenv KEY}}\n';
    const unit = splitHttpDocument(text, untrusted)[0];
    assert.equal(unit.url, 'https://{{$dotenv HOST}}/v1/chat/completions');
    assert.equal(unit.notes.length, 1);
    assert.match(unit.notes[0].message, /^\{\{\$dotenv HOST\}\}, \{\{\$dotenv KEY\}\} have no value here/);
  });

  it('says nothing when no env file was withheld (a variable that is simply undefined)', () => {
    const text = 'POST https://{{nowhere}}/v1/chat/completions\n';
    const elsewhere = path.join(os.tmpdir(), 'no-such-preflight-dir', 'a.http');
    assert.deepEqual(notesOf(text, { filePath: elsewhere, trusted: false, allowedRoots: [path.dirname(elsewhere)] }), []);
  });

  it('reads `< file` bodies only inside the workspace folder', () => {
    const inside = splitHttpDocument('POST https://api.openai.com/v1/chat/completions\n\n< ../inside.json\n', untrusted)[0];
    assert.equal(inside.bodyFile?.text, fs.readFileSync(path.join(ws, 'inside.json'), 'utf8'));
    assert.equal(inside.notes.length, 0);

    for (const written of ['../../outside.json', path.join(top, 'outside.json')]) {
      const text = `POST https://api.openai.com/v1/chat/completions\n\n< ${written}\n`;
      const unit = splitHttpDocument(text, untrusted)[0];
      assert.equal(unit.bodyFile?.text, undefined, written);
      assert.equal(unit.notes[0].code, 'workspace-untrusted');
      assert.match(unit.notes[0].message, /outside the workspace folder, and the workspace is not trusted/);
      assert.ok(splitHttpDocument(text, trusted)[0].bodyFile?.text?.includes('outside'), written);
    }
    // A custom reader is never even asked for a file outside.
    const asked: string[] = [];
    splitHttpDocument('POST https://x/v1/chat/completions\n\n< ../../outside.json\n', { ...untrusted, readFile: (p) => (asked.push(p), '{}') });
    assert.deepEqual(asked, []);
  });

  it('treats a symbolic link inside the folder that points outside it as outside', { skip: !symlinked && 'no symlinks here' }, () => {
    const unit = splitHttpDocument('POST https://api.openai.com/v1/chat/completions\n\n< ../link.json\n', untrusted)[0];
    assert.equal(unit.bodyFile?.text, undefined);
    assert.equal(unit.notes[0].code, 'workspace-untrusted');
  });

  it('reads nothing from disk when untrusted without any workspace folder', () => {
    const unit = splitHttpDocument('POST https://{{publicHost}}/v1/chat/completions\n\n< ../inside.json\n', { filePath: httpFile, trusted: false })[0];
    assert.equal(unit.url, 'https://{{publicHost}}/v1/chat/completions');
    assert.equal(unit.bodyFile?.text, undefined);
    assert.deepEqual(unit.notes.map((n) => n.code), ['workspace-untrusted', 'workspace-untrusted']);
  });

  it('reaches the lint result as a workspace-untrusted finding that settings can turn off', () => {
    const text = 'POST https://{{$dotenv HOST}}/v1/chat/completions\nContent-Type: application/json\n\n< ../../outside.json\n';
    const options = { filePath: httpFile, http: { trusted: false, allowedRoots: [ws] } };
    const codes = lintText(text, options).findings.map((f) => f.rule);
    assert.deepEqual(codes.filter((c) => c === 'workspace-untrusted').length, 2, codes.join());
    const off = lintText(text, { ...options, rules: { 'workspace-untrusted': 'off' } }).findings.map((f) => f.rule);
    assert.ok(!off.includes('workspace-untrusted'), off.join());
  });
});

// Regression: `"<core code>": "off"` only re-graded core diagnostics (the note or syntax error stayed).
describe('core diagnostics turned off in the rules settings', () => {
  it('drops json-syntax, body-file-unreadable and file-skipped', () => {
    const broken = 'POST https://api.openai.com/v1/chat/completions\n\n{"model": \n';
    assert.ok(lintText(broken, { languageId: 'http' }).findings.some((f) => f.rule === 'json-syntax'));
    assert.ok(!lintText(broken, { languageId: 'http', rules: { 'json-syntax': 'off' } }).findings.some((f) => f.rule === 'json-syntax'));
    const missing = 'POST https://api.openai.com/v1/chat/completions\n\n< ./no-such-body.json\n';
    const options = { languageId: 'http', filePath: httpFile };
    assert.ok(lintText(missing, options).findings.some((f) => f.rule === 'body-file-unreadable'));
    assert.ok(!lintText(missing, { ...options, rules: { 'body-file-unreadable': 'off' } }).findings.some((f) => f.rule === 'body-file-unreadable'));
    const big = lintText('{"model": "x"}', { languageId: 'json', limits: { maxDocumentChars: 4 }, rules: { 'file-skipped': 'off' } });
    assert.deepEqual(big.findings, []);
    assert.ok(big.skipped);
  });
});
