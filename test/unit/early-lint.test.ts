// The server's first lint of a large .http document in parts (server/src/frontend/early-lint.ts): the first
// publish holds the top requests' findings, every publish is a part of the whole lint's findings, the result
// is the whole lint's, and a stale document stops it.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createLinter } from '../../server/src/core/lint.ts';
import type { Finding } from '../../server/src/core/types.ts';
import { definesVariableAfter, EARLY_MIN_CHARS, lintEarly, lintsEarly } from '../../server/src/frontend/early-lint.ts';

function collection(requests: number, variableAtEnd = false): string {
  const out = ['@openai = https://api.openai.com/v1', '@model = gpt-4.1-mini', ''];
  for (let i = 0; i < requests; i++) {
    out.push(`### request ${i}`);
    if (i % 3 === 1) {
      out.push('POST https://api.anthropic.com/v1/messages', 'x-api-key: {{key}}', 'anthropic-version: 2023-06-01', 'content-type: application/json', '');
      out.push(JSON.stringify({ model: 'claude-sonnet-4-5', max_tokens: 10, messages: [{ role: 'user', content: [{ type: 'text', text: i % 6 === 1 ? '' : `${'é'.repeat(2000)} ${i}` }] }] }, null, 2));
    } else {
      out.push('POST {{openai}}/chat/completions', 'Authorization: Bearer {{key}}', 'content-type: application/json', '');
      out.push(JSON.stringify({ model: '{{model}}', messages: [{ role: 'user', content: `${'é'.repeat(2000)} ${i}` }], ...(i % 4 === 0 ? { top_k: 3 } : {}) }, null, 2));
    }
    out.push('');
  }
  if (variableAtEnd) out.push('@late = value', '');
  return out.join('\n');
}

const options = { languageId: 'http', filePath: '/tmp/requests.http' };
const key = (f: Finding) => `${f.rule}@${f.span.start}-${f.span.end}:${f.message}`;

describe('lintEarly', () => {
  const text = collection(80);

  it('is used for .http documents over the threshold only', () => {
    assert.ok(text.length > EARLY_MIN_CHARS, `${text.length} chars`);
    assert.ok(lintsEarly(text, options));
    assert.ok(!lintsEarly(text.slice(0, 5000), options));
    assert.ok(!lintsEarly(text, { languageId: 'json', filePath: '/tmp/requests.json' }));
  });

  for (const variableAtEnd of [false, true]) {
    it(`equals one whole lint, each publish a part of it${variableAtEnd ? ' (a file variable after the top: no separate top split)' : ''}`, async () => {
      const source = variableAtEnd ? collection(80, true) : text;
      const whole = createLinter().lint(source, options);
      assert.ok(whole.findings.length >= 20, `${whole.findings.length} findings`);
      const partials: Finding[][] = [];
      const early = await lintEarly(source, options, createLinter(), { stale: () => false, partial: (findings) => void partials.push([...findings]) });
      assert.ok(early);
      assert.deepEqual(early.findings, whole.findings);
      assert.deepEqual(early.units.map((u) => u.unit.span), whole.units.map((u) => u.unit.span));
      assert.ok(partials.length >= 1, 'the first part is published before the rest is linted');
      const all = new Set(whole.findings.map(key));
      for (const partial of partials) for (const f of partial) assert.ok(all.has(key(f)), `a partial finding the whole lint lacks: ${key(f)}`);
      if (!variableAtEnd) {
        // The first publish: the top of the file only, with its findings.
        const first = partials[0];
        assert.ok(first.length > 0 && first.length < whole.findings.length, `${first.length} of ${whole.findings.length}`);
        assert.ok(first.every((f) => f.span.end < 40 * 1024));
      }
    });
  }

  it('a warm linter (every request cached) gives the whole lint too', async () => {
    const linter = createLinter();
    const whole = linter.lint(text, options);
    const early = await lintEarly(text, options, linter, { stale: () => false, partial: () => undefined });
    assert.ok(early);
    assert.deepEqual(early.findings, whole.findings);
  });

  it('a run of blank lines after the top keeps the file-variable check linear (it took minutes when quadratic)', async () => {
    const hostile = `${text}${'\n'.repeat(300_000)}@late = value\n`;
    let parts = 0;
    const early = await lintEarly(hostile, options, createLinter(), { stale: () => parts > 0, partial: () => void parts++ });
    assert.equal(early, null);
    assert.equal(parts, 1, 'the variable after the run was seen: no separate top split, the first part came from the whole split');
  });

  it('stops when the document is stale', async () => {
    let parts = 0;
    const early = await lintEarly(text, options, createLinter(), { stale: () => parts > 0, partial: () => void parts++ });
    assert.equal(early, null);
    assert.equal(parts, 1);
  });
});

describe('definesVariableAfter', () => {
  it('answers as /^[ \\t]*@[^\\s=:]+[ \\t]*:?=/m on the rest of the text, on generated texts', () => {
    const pieces = ['@', '@a', '@b =', ' = 1', ':=', ':', '=', ' ', '\t', '\n', '\r', '\r\n', '\u2028', 'x', '# @name q', 'a@b.c', '{"x":"@y = 2"}', '  @v=1'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let n = 0; n < 4000; n++) {
      let text = '';
      for (let k = next() % 12; k > 0; k--) text += pieces[next() % pieces.length];
      const from = text.length ? next() % (text.length + 1) : 0;
      assert.equal(definesVariableAfter(text, from), /^[ \t]*@[^\s=:]+[ \t]*:?=/m.test(text.slice(from)), JSON.stringify({ text, from }));
    }
  });
});
