import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { createIncrementalHttpSplitter, shiftUnit } from '../../server/src/core/http/incremental.ts';
import { diff } from '../../server/src/core/text.ts';
import { splitHttpDocument } from '../../server/src/core/http/index.ts';
import { createLinter, lintText, type LintOptions } from '../../server/src/core/lint.ts';

/**
 * The incremental .http splitter (and the linter's reuse of unit analyses built on it) must be
 * invisible: after any sequence of edits, units and findings equal a fresh full split / lint.
 */

// Lines that matter to the splitter: separators, requests, headers, file variables, metadata, bodies,
// scripts, stray content, a `###` inside a body.
const LINES = [
  '###', '### title', '#### not a separator?', '# @name req', '# @api openai-chat', '# comment', '// comment', '@host = https://api.openai.com',
  '@host = https://relay.example.com', '@model = gpt-4o', '@key = sk-test', 'POST {{host}}/v1/chat/completions', 'POST https://api.anthropic.com/v1/messages',
  'GET https://api.openai.com/v1/models', 'Content-Type: application/json', 'Authorization: Bearer {{key}}', 'anthropic-version: 2023-06-01',
  '', '', '', '{', '}', '{"model": "{{model}}", "messages": [{"role": "user", "content": ""}], "temperature": 3}',
  '  "model": "gpt-4o",', '  "messages": [{"role": "user", "content": [{"type": "text", "text": ""}]}],', '  "max_tokens": 5, "top_p": 0.5, "temperature": 0.2',
  '"foo": 1', '# llm-preflight-disable-next-request', '# llm-preflight-disable-next-line unknown-parameter', '# llm-preflight-disable parameter-out-of-range', '< ./missing.json', '> {% client.log(1) %}', 'HTTP/1.1 200 OK', 'just some pasted text', '?a=1', '    &b=2',
];
const SNIPPETS = ['llm-preflight-', '# llm-preflight-disable-file\n', '\n', '\r\n', '\r', '###\n', '\n### t\n', '@model = o3-mini\n', '{', '}', '"', 'x', 'POST https://api.openai.com/v1/chat/completions\n\n', ' ', '# ', '\n\n'];

// Separators weigh more, so that documents have many blocks and most edits take the incremental path.
const lineArb = fc.oneof({ arbitrary: fc.constantFrom(...LINES), weight: 5 }, { arbitrary: fc.constantFrom('###', '### t'), weight: 1 });
const documentArb = fc.array(lineArb, { minLength: 1, maxLength: 120 }).chain((lines) =>
  fc.constantFrom('\n', '\r\n').map((eol) => lines.join(eol)),
);

interface Edit {
  at: number; // fraction of the document
  remove: number;
  insert: string;
}
const editArb: fc.Arbitrary<Edit> = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  remove: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 80 })),
  insert: fc.oneof(fc.constantFrom(...SNIPPETS), fc.constant(''), fc.array(fc.constantFrom(...SNIPPETS, ...LINES.map((l) => `${l}\n`)), { maxLength: 4 }).map((a) => a.join(''))),
});

function apply(text: string, edit: Edit): string {
  const at = Math.min(text.length, Math.floor(edit.at * (text.length + 1)));
  return text.slice(0, at) + edit.insert + text.slice(Math.min(text.length, at + edit.remove));
}

for (const known of [false, true]) {
test(`incremental split equals a full split after random edits${known ? ', given each edit (as the server does)' : ''}`, () => {
  let splits = 0;
  let incremental = 0;
  fc.assert(
    fc.property(documentArb, fc.array(editArb, { minLength: 1, maxLength: 12 }), (start, edits) => {
      // The clock runs 700 ms per split: about every other split is the periodic full one (recheck).
      let clock = 0;
      const splitter = createIncrementalHttpSplitter(() => (clock += 700));
      let text = start;
      let units = splitter.split(text, {}).units;
      assert.deepEqual(units, splitHttpDocument(text));
      for (const edit of edits) {
        const before = text;
        text = apply(text, edit);
        const at = Math.min(before.length, Math.floor(edit.at * (before.length + 1)));
        const oldEnd = Math.min(before.length, at + edit.remove);
        const result = splitter.split(text, known ? { edit: { before, start: at, oldEnd, delta: text.length - before.length } } : {});
        splits++;
        if (result.reuse) incremental++;
        assert.deepEqual(result.units, splitHttpDocument(text));
        // The reuse report's promise: units above are the previous ones, units below the previous ones shifted.
        if (result.reuse) {
          const { above, below, added, delta } = result.reuse;
          for (let i = 0; i < above; i++) assert.deepEqual(result.units[i], units[i]);
          for (let i = below; i < result.units.length; i++) assert.deepEqual(result.units[i], shiftUnit(units[i - added], delta));
        }
        units = result.units;
      }
    }),
    { numRuns: 400, seed: 20261207 },
  );
  // The property says little if the edits fell back to a full split (variables changed, big regions).
  // A given edit covers what the generator removed and inserted, often more than the diff's narrowest change
  // (an edit that puts back what it took out), so more of them cross a file variable and take the full split.
  assert.ok(incremental > splits / (known ? 5 : 4), `${incremental} of ${splits} splits were incremental`);
});
}

test('a linter on the incremental split reports what a fresh lint reports', () => {
  const options: LintOptions = { languageId: 'http', filePath: '/nonexistent/a.http' };
  fc.assert(
    fc.property(documentArb, fc.array(editArb, { minLength: 1, maxLength: 8 }), (start, edits) => {
      let clock = 0;
      const linter = createLinter({ now: () => (clock += 700) }); // about every other lint is after a periodic full split
      let text = start;
      linter.lint(text, options);
      for (const edit of edits) {
        text = apply(text, edit);
        const fresh = lintText(text, options);
        const incremental = linter.lint(text, options);
        assert.deepEqual(incremental.findings, fresh.findings);
        assert.deepEqual(incremental.units, fresh.units);
      }
    }),
    { numRuns: 150, seed: 20261207 },
  );
});

test('the reuse report names units that are really unchanged', () => {
  const request = (n: number) => `### ${n}\nPOST https://api.openai.com/v1/chat/completions\n\n{"model": "gpt-4o", "messages": [{"role": "user", "content": "r${n}"}]}\n`;
  let text = Array.from({ length: 20 }, (_, i) => request(i)).join('\n');
  const splitter = createIncrementalHttpSplitter(() => 0);
  const before = splitter.split(text, {}).units;
  text = text.replace('"r10"', '"r10 longer"');
  const after = splitter.split(text, {});
  assert.ok(after.reuse, 'an edit inside one request is incremental');
  const { above, below, added, delta } = after.reuse;
  assert.equal(delta, 7);
  assert.ok(above >= 8 && below <= 12, `re-split only near the edit (above ${above}, below ${below})`);
  for (let i = 0; i < above; i++) assert.equal(after.units[i], before[i], 'units above are the same objects');
  for (let i = below; i < after.units.length; i++) assert.equal(after.units[i].span.start, before[i - added].span.start + delta);
});

test('a directive completed by an edit applies (the linter looks for markers only around edits)', () => {
  const request = (n: number) => `### ${n}\nPOST https://api.openai.com/v1/chat/completions\n\n{"model": "gpt-4o", "messages": [{"role": "user", "content": "r${n}"}], "foo": 1}\n`;
  const options: LintOptions = { languageId: 'http', filePath: '/nonexistent/a.http' };
  const linter = createLinter();
  let text = `# llm-preflX-ight-disable-file\n${Array.from({ length: 12 }, (_, i) => request(i)).join('\n')}`;
  assert.ok(linter.lint(text, options).findings.some((f) => f.rule === 'unknown-parameter'));
  text = text.replace('preflX-ight', 'preflight');
  assert.deepEqual(linter.lint(text, options).findings, lintText(text, options).findings);
  text = text.replace('"r5"', '"r5 again"');
  assert.deepEqual(linter.lint(text, options).findings, lintText(text, options).findings);
});

test('diff finds the changed range', () => {
  assert.deepEqual(diff('abcdef', 'abXYef'), { start: 2, oldEnd: 4, delta: 0 });
  assert.deepEqual(diff('aaaa', 'aaaaa'), { start: 4, oldEnd: 4, delta: 1 });
  const long = 'x'.repeat(5000);
  assert.deepEqual(diff(long + 'a' + long, long + long), { start: 5000, oldEnd: 5001, delta: -1 });
});

test('file variables edited anywhere re-resolve every request (full split)', () => {
  const splitter = createIncrementalHttpSplitter(() => 0);
  const text = '@host = https://api.openai.com\n###\nPOST {{host}}/v1/chat/completions\n\n{}\n###\nPOST {{host}}/v1/responses\n\n{}\n';
  splitter.split(text, {});
  const edited = text.replace('api.openai.com', 'relay.example.com');
  const result = splitter.split(edited, {});
  assert.equal(result.reuse, undefined);
  assert.deepEqual(result.units.map((u) => u.url), ['https://relay.example.com/v1/chat/completions', 'https://relay.example.com/v1/responses']);
});
