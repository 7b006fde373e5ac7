// Key shapes and masking (server/src/core/secrets.ts), the hardcoded-api-key rule's spans and fixes in
// the pipeline, and masked explanations: no full key reaches any text we produce.
// Run: node --import tsx --test test/unit/secrets.test.ts
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { FAKE_KEYS as K } from '../../rules/hardcoded-api-key/fake-keys.ts';
import { isPlaceholder, keyShapeOf, maskKey, maskSecrets } from '../../server/src/core/secrets.ts';
import { createLinter, lintText } from '../../server/src/core/lint.ts';
import { applyFixEdits } from '../../server/src/core/fix.ts';
import { explainText } from '../../server/src/core/errors/index.ts';
import { renderExplanation, renderExplanations } from '../../server/src/frontend/explain-markdown.ts';
import { findingHover } from '../../server/src/frontend/hover.ts';
import { runExplain } from '../../server/src/cli/explain.ts';

const ALL = Object.entries(K) as [keyof typeof K, string][];

/** Every key-shaped paste we must mask, each explained by the catalog. */
export function pastes(): { kind: string; key: string; text: string }[] {
  const out: { kind: string; key: string; text: string }[] = [];
  for (const [kind, key] of ALL) {
    out.push({
      kind: `${kind} in the message`,
      key,
      text: `{"error":{"message":"Incorrect API key provided: ${key}. You can find your API key at https://platform.openai.com/account/api-keys.","type":"invalid_request_error","param":null,"code":"invalid_api_key"}}`,
    });
    out.push({
      kind: `${kind} as a Bearer header in curl -v output`,
      key,
      text: `> POST /v1/chat/completions HTTP/2\n> Authorization: Bearer ${key}\n> x-api-key: ${key}\n< HTTP/2 401\n\n{"error":{"message":"Incorrect API key provided: ${key.slice(0, 6)}***. You can find your API key at https://platform.openai.com/account/api-keys.","type":"invalid_request_error","param":null,"code":"invalid_api_key"}}`,
    });
  }
  out.push({
    kind: 'google key in a URL',
    key: K.google,
    text: `[GoogleGenerativeAI Error]: Error fetching from https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-flash:generateContent?key=${K.google}: [403] Your API key was reported as leaked. Please use another API key.`,
  });
  out.push({ kind: 'azure key in an api-key header', key: K.azure, text: `api-key: ${K.azure}\n{"error":{"code":"401","message":"Access denied due to invalid subscription key or wrong API endpoint. Make sure to provide a valid key for an active subscription and use a correct regional API endpoint for your resource."}}` });
  return out;
}

describe('key shapes', () => {
  it('recognises every provider shape, and the 32-hex Azure key only in an api-key header', () => {
    assert.equal(keyShapeOf(K.openaiProject)?.kind, 'openai');
    assert.equal(keyShapeOf(K.openaiLegacy)?.kind, 'openai');
    assert.equal(keyShapeOf(K.anthropic)?.kind, 'anthropic');
    assert.equal(keyShapeOf(K.google)?.kind, 'google');
    assert.equal(keyShapeOf(K.dashscope)?.kind, 'hex32');
    assert.equal(keyShapeOf(K.openrouter)?.kind, 'openrouter');
    assert.equal(keyShapeOf(K.azure), null);
    assert.equal(keyShapeOf(K.azure, 'azure-header')?.kind, 'azure');
    assert.equal(keyShapeOf(K.relay), null);
    assert.equal(keyShapeOf(K.relay, 'credential-header')?.kind, 'sk-generic');
  });
  it('placeholders are not keys', () => {
    for (const p of ['sk-...', 'sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'sk-proj-YOUR_API_KEY_GOES_HERE_0000000000000000000000000', 'sk-0123456789abcdef0123456789abcdef', 'AIzaSyabcdefghijklmnopqrstuvwxyz1234567', '<key>', 'sk-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa']) {
      assert.equal(keyShapeOf(p, 'azure-header'), null, p);
    }
    assert.ok(isPlaceholder('YOUR_API_KEY'));
    assert.ok(!isPlaceholder(K.openaiProject));
  });
  it('masks to at most 8 characters of prefix', () => {
    for (const [, key] of ALL) {
      const m = maskKey(key);
      assert.ok(m.endsWith('…') && m.length <= 9, m);
      assert.ok(!m.includes(key.slice(8, 16)));
    }
    assert.equal(maskKey(K.openaiProject), 'sk-proj-…');
    assert.equal(maskKey(K.google), 'AIza…');
  });
  it('maskSecrets hides keys, Bearer tokens, credential headers, key= values and api_key fields; leaves prose and placeholders', () => {
    for (const p of pastes()) {
      const masked = maskSecrets(p.text);
      assert.ok(!masked.includes(p.key), `${p.kind}: ${masked}`);
      assert.ok(!masked.includes(p.key.slice(-12)), `${p.kind}: the tail survives`);
    }
    assert.equal(maskSecrets('Authorization: Bearer YOUR_KEY'), 'Authorization: Bearer YOUR_KEY');
    assert.equal(maskSecrets('Incorrect API key provided: sk-abc123…xyz.'), 'Incorrect API key provided: sk-….');
    assert.equal(maskSecrets(`url?key={{GEMINI_API_KEY}}&alt=sse`), 'url?key={{GEMINI_API_KEY}}&alt=sse');
    assert.equal(maskSecrets(`{"api_key": "${K.relay}"}`), '{"api_key": "sk-…"}');
    assert.equal(maskSecrets(`'authorization': 'Token ${K.azure}'`).includes(K.azure), false);
    assert.equal(maskSecrets('Rate limit reached for gpt-4o on tokens per min (TPM)'), 'Rate limit reached for gpt-4o on tokens per min (TPM)');
  });
  it('is linear on hostile input (a long run of key characters)', () => {
    const hostile = `sk-${'a-'.repeat(200_000)} Bearer ${'b'.repeat(200_000)} ?key=${'c'.repeat(200_000)}`;
    const masked = maskSecrets(hostile);
    assert.ok(masked.startsWith('sk-… Bearer '), masked.slice(0, 40));
    assert.ok(masked.endsWith('?key=cccc…'), masked.slice(-40));
  });
});

describe('hardcoded-api-key in the pipeline', () => {
  const ours = (text: string, languageId = 'http', filePath = '/tmp/x.http') => lintText(text, { languageId, filePath }).findings.filter((f) => f.rule === 'hardcoded-api-key');

  it('spans the literal exactly in headers, the URL and a file variable, and the fix replaces only it', () => {
    const doc = `@k = ${K.google}\nPOST https://generativelanguage.googleapis.com/v1beta/models/g:generateContent?alt=sse&key=${K.google}\nx-goog-api-key: {{k}}\nAuthorization: Bearer ${K.openaiProject}  \n\n{"contents":[]}\n`;
    const found = ours(doc);
    assert.deepEqual(found.map((f) => doc.slice(f.span.start, f.span.end)), [K.google, K.openaiProject, K.google]);
    for (const f of found) {
      assert.equal(f.fixes?.length, 1);
      const out = applyFixEdits(doc, f.fixes![0].edits);
      assert.ok(!out.includes(doc.slice(f.span.start, f.span.end)) || doc.split(doc.slice(f.span.start, f.span.end)).length > 2);
      assert.match(out, /\{\{\$dotenv (GEMINI|OPENAI)_API_KEY\}\}/);
    }
  });

  it('with a `< file` body, header findings and fixes still land on the header', () => {
    const doc = `POST https://api.openai.com/v1/chat/completions\nAuthorization: Bearer ${K.openaiLegacy}\n\n< ./body.json\n`;
    const r = lintText(doc, { languageId: 'http', filePath: '/tmp/x.http', http: { readFile: () => '{"model":"gpt-4o","messages":[]}' } });
    const f = r.findings.find((x) => x.rule === 'hardcoded-api-key');
    assert.ok(f);
    assert.equal(doc.slice(f.span.start, f.span.end), K.openaiLegacy);
    assert.equal(applyFixEdits(doc, f.fixes![0].edits), doc.replace(K.openaiLegacy, '{{$dotenv OPENAI_API_KEY}}'));
  });

  it('the cache: spans and fixes stay right when text above the request changes, and a variable change re-lints', () => {
    const linter = createLinter();
    const req = `POST https://api.openai.com/v1/chat/completions\nAuthorization: Bearer {{key}}\n\n{"model":"gpt-4o","messages":[]}\n`;
    const first = `@key = ${K.openaiProject}\n\n###\n${req}`;
    const a = linter.lint(first, { languageId: 'http' }).findings.filter((f) => f.rule === 'hardcoded-api-key');
    assert.equal(a.length, 1);
    const moved = `# a comment\n${first}`;
    const b = linter.lint(moved, { languageId: 'http' }).findings.filter((f) => f.rule === 'hardcoded-api-key');
    assert.equal(moved.slice(b[0].span.start, b[0].span.end), '{{key}}');
    const fixed = `@key = {{$dotenv OPENAI_API_KEY}}\n\n###\n${req}`;
    assert.equal(linter.lint(fixed, { languageId: 'http' }).findings.filter((f) => f.rule === 'hardcoded-api-key').length, 0);
  });

  it('never echoes the key: messages and the finding hover hold only the masked prefix', () => {
    for (const [kind, key] of ALL) {
      const header = kind === 'azure' ? 'api-key' : 'Authorization';
      const value = kind === 'azure' ? key : `Bearer ${key}`;
      const doc = `POST https://relay.example.com/v1/chat/completions\n${header}: ${value}\n\n{"model":"gpt-4o","api_key":"${key}","messages":[]}\n`;
      const found = ours(doc);
      assert.ok(found.length >= 1, kind);
      for (const f of found) {
        assert.ok(!f.message.includes(key), `${kind}: ${f.message}`);
        assert.ok(!findingHover([f]).includes(key), kind);
        for (const fix of f.fixes ?? []) assert.ok(!fix.title.includes(key) && fix.edits.every((e) => !e.text.includes(key)), kind);
      }
    }
  });
});

describe('explanations of pastes with keys are masked', () => {
  it('core values, the hover markdown, the Explain Error preview and `explain --format text|json`', () => {
    for (const p of pastes()) {
      const xs = explainText(p.text, 'en');
      assert.ok(xs.length > 0, `${p.kind}: explained`);
      for (const x of xs) {
        assert.ok(!JSON.stringify({ ...x, payload: { ...x.payload } }).includes(p.key), `${p.kind}: the explanation object`);
        assert.ok(!renderExplanation(x, { locale: 'en', showPaste: true }).includes(p.key), `${p.kind}: hover markdown`);
      }
      const preview = renderExplanations(xs, { locale: 'en' });
      assert.ok(!preview.includes(p.key), `${p.kind}: command preview`);
      if (p.kind.endsWith('in the message')) assert.ok(preview.includes(maskKey(p.key)), `${p.kind}: the paste is still shown, masked`);
      for (const format of ['text', 'json'] as const) {
        const { output } = runExplain(p.text, { format } as Parameters<typeof runExplain>[1], 'en');
        assert.ok(output.length > 0 && !output.includes(p.key), `${p.kind}: explain --format ${format}`);
      }
    }
  });
});
