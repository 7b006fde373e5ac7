import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseDirectives } from '../../server/src/core/directives.ts';
import { CORE_CODES, lintText, type LintOptions } from '../../server/src/core/lint.ts';
import { LineIndex } from '../../server/src/core/text.ts';
import { disableActions } from '../../server/src/frontend/disable-actions.ts';
import { TextDocument } from 'vscode-languageserver-textdocument';

const HEAD = 'POST https://api.anthropic.com/v1/messages\nx-api-key: {{key}}\nanthropic-version: 2023-06-01\nContent-Type: application/json\n\n';
/** A body with two findings: `"foo"` (unknown-parameter, line 0 of the body) and `""` (empty-text-block, line 1). */
const BODY = '{"model":"{{model}}","max_tokens":5,"foo":1,\n"messages":[{"role":"user","content":[{"type":"text","text":""}]}]}\n';
const request = (preamble = '', body = BODY) => `###\n${preamble}${HEAD}${body}\n`;

function lint(text: string, file = '/x/a.http', options: LintOptions = {}) {
  const { findings } = lintText(text, { filePath: file, ...options });
  const lines = new LineIndex(text);
  // In document order (findings of one request come in rule order otherwise).
  return [...findings].sort((a, b) => a.span.start - b.span.start).map((f) => ({ rule: f.rule, severity: f.severity, message: f.message, text: text.slice(f.span.start, f.span.end), line: lines.positionAt(f.span.start).line }));
}
const rules = (text: string, file?: string, options?: LintOptions) => lint(text, file, options).map((f) => f.rule);

describe('parseDirectives', () => {
  test('every form, with id lists, no ids and a description, in .http comment lines', () => {
    const text = [
      '# llm-preflight-disable-file empty-text-block',
      '// llm-preflight-disable-next-request a, b c',
      '#   llm-preflight-disable-next-line',
      '## llm-preflight-disable x -- because the relay accepts it',
      '# llm-preflight-enable x',
      '# llm-preflight-disabled-typo x',
      '# a comment that mentions llm-preflight-disable in passing',
      'GET https://x.example/',
    ].join('\n');
    const directives = parseDirectives(text, 'http');
    assert.deepEqual(
      directives.map((d) => [d.kind, d.ids.map((i) => i.id), d.line]),
      [
        ['disable-file', ['empty-text-block'], 0],
        ['disable-next-request', ['a', 'b', 'c'], 1],
        ['disable-next-line', [], 2],
        ['disable', ['x'], 3],
        ['enable', ['x'], 4],
      ],
    );
    for (const d of directives) for (const id of d.ids) assert.equal(text.slice(id.span.start, id.span.end), id.id);
    assert.equal(text.slice(directives[3].span.start, directives[3].span.end), 'llm-preflight-disable x');
    assert.equal(directives[2].targetLine, 7, 'next-line skips the comment lines below it');
  });

  test('CRLF line endings keep ids and spans exact', () => {
    const text = '# llm-preflight-disable-next-request a,b\r\n# @name x\r\nGET https://x.example/\r\n';
    const [d] = parseDirectives(text, 'http');
    assert.deepEqual(d.ids.map((i) => text.slice(i.span.start, i.span.end)), ['a', 'b']);
    assert.equal(text.slice(d.comment.start, d.comment.end), '# llm-preflight-disable-next-request a,b');
  });

  test('JSONC: line and block comments, not strings; next-line targets the next line with code', () => {
    const text = [
      '{',
      '  "note": "// llm-preflight-disable-file x",',
      '  /* llm-preflight-disable a */',
      '  "a": 1, // llm-preflight-disable-next-line b',
      '',
      '  "b": 2 /* llm-preflight-enable a */',
      '}',
    ].join('\n');
    const directives = parseDirectives(text, 'jsonc');
    assert.deepEqual(
      directives.map((d) => [d.kind, d.ids.map((i) => i.id), d.ownLine]),
      [
        ['disable', ['a'], true],
        ['disable-next-line', ['b'], false],
        ['enable', ['a'], false],
      ],
    );
    assert.equal(directives[1].targetLine, 5);
  });

  test('plain .json and .jsonl have no comments', () => {
    assert.deepEqual(parseDirectives('// llm-preflight-disable-file x\n{}', 'json'), []);
    assert.deepEqual(parseDirectives('// llm-preflight-disable-file x\n{}', 'jsonl'), []);
  });
});

describe('.http: disable-next-request', () => {
  test('without a directive both findings are reported', () => {
    assert.deepEqual(rules(request()), ['unknown-parameter', 'empty-text-block']);
  });

  test('one id, after # @name, disables that rule for that request only', () => {
    const text = request('# @name first\n# llm-preflight-disable-next-request empty-text-block\n') + request();
    assert.deepEqual(
      lint(text).map((f) => [f.rule, f.line]),
      [
        ['unknown-parameter', 8],
        ['unknown-parameter', 17],
        ['empty-text-block', 18],
      ],
    );
  });

  test('a list of ids, `//` comments, and no ids (every rule)', () => {
    assert.deepEqual(rules(request('// llm-preflight-disable-next-request empty-text-block, unknown-parameter\n')), []);
    assert.deepEqual(rules(request('# llm-preflight-disable-next-request empty-text-block unknown-parameter -- relay quirks\n')), []);
    assert.deepEqual(rules(request('# llm-preflight-disable-next-request\n')), []);
  });

  test('CRLF files', () => {
    const text = request('# @name a\n# llm-preflight-disable-next-request unknown-parameter\n').replace(/\n/g, '\r\n');
    assert.deepEqual(rules(text), ['empty-text-block']);
  });

  test('inside a body it is not above a request: the findings stay and the directive is reported unused', () => {
    const body = BODY.replace('\n', '\n# llm-preflight-disable-next-request empty-text-block\n');
    const found = lint(request('', body));
    assert.deepEqual(found.map((f) => f.rule), ['unknown-parameter', 'unused-disable-directive', 'empty-text-block']);
    assert.match(found[1].message, /not above a request line/);
    assert.equal(found[1].severity, 'info');
  });

  test('a finding on the `###` line that ends a request belongs to that request', () => {
    const text = `${HEAD.replace('POST', '# llm-preflight-disable-next-request http-separator-in-body, json-syntax\nPOST')}{"model":"x",\n###\n"max_tokens": 5}\n`;
    assert.deepEqual(rules(text), []);
    assert.ok(rules(text.replace('# llm-preflight-disable-next-request http-separator-in-body, json-syntax\n', '')).includes('http-separator-in-body'));
  });
});

describe('.http: lines, ranges and the whole file', () => {
  test('disable-next-line inside a body (comment lines are blanked) and {{variables}} around it', () => {
    const body = '{"model":"{{model}}","max_tokens":{{max}},\n# llm-preflight-disable-next-line empty-text-block\n"messages":[{"role":"user","content":[{"type":"text","text":""}]}],\n"foo":"{{foo}}"}\n';
    assert.deepEqual(rules(request('', body)), ['unknown-parameter']);
    assert.deepEqual(rules(request('', body.replace('# llm', '// llm'))), ['unknown-parameter']);
  });

  test('disable … enable ranges', () => {
    const text = `# llm-preflight-disable unknown-parameter\n${request()}# llm-preflight-enable unknown-parameter\n${request()}`;
    assert.deepEqual(
      lint(text).map((f) => [f.rule, f.line]),
      [
        ['empty-text-block', 8],
        ['unknown-parameter', 17],
        ['empty-text-block', 18],
      ],
    );
  });

  test('disable-file, anywhere in the file, for every request', () => {
    const text = `${request()}${request()}# llm-preflight-disable-file empty-text-block\n`;
    assert.deepEqual(rules(text), ['unknown-parameter', 'unknown-parameter']);
  });

  test('core findings are disabled by their code', () => {
    const broken = request('# llm-preflight-disable-next-request json-syntax\n', '{"model": "claude-sonnet-4-5",\n');
    assert.deepEqual(rules(broken), []);
    assert.deepEqual(rules(broken.replace('# llm-preflight-disable-next-request json-syntax\n', '')), ['json-syntax']);
  });
});

describe('.jsonc', () => {
  const jsonc = (comment: string) =>
    `{\n  "model": "claude-sonnet-4-5", "max_tokens": 5, "foo": 1,\n${comment}  "messages": [{"role":"user","content":[{"type":"text","text":""}]}]\n}\n`;

  test('disable-next-line, disable-file, and block-comment ranges', () => {
    assert.deepEqual(rules(jsonc(''), '/x/a.jsonc'), ['unknown-parameter', 'empty-text-block']);
    assert.deepEqual(rules(jsonc('  // llm-preflight-disable-next-line empty-text-block\n'), '/x/a.jsonc'), ['unknown-parameter']);
    assert.deepEqual(rules(`// llm-preflight-disable-file unknown-parameter, empty-text-block\n${jsonc('')}`, '/x/a.jsonc'), []);
    const ranged = jsonc('').replace('"foo"', '/* llm-preflight-disable unknown-parameter */ "foo"').replace('  "messages"', '  /* llm-preflight-enable unknown-parameter */ "messages"');
    assert.deepEqual(rules(ranged, '/x/a.jsonc'), ['empty-text-block']);
  });

  test('enable with ids inside an all-rules range turns only those back on', () => {
    const text = `/* llm-preflight-disable */\n${jsonc('  // llm-preflight-enable empty-text-block\n')}`;
    assert.deepEqual(rules(text, '/x/a.jsonc'), ['empty-text-block']);
  });

  test('a plain .json file has no comments: a directive-looking line is just a syntax error', () => {
    const found = rules(`// llm-preflight-disable-file empty-text-block\n${jsonc('')}`, '/x/a.json');
    assert.ok(found.includes('json-syntax'), found.join());
  });
});

describe('unused and unknown directives', () => {
  test('a directive that disables nothing gets an info hint on the directive', () => {
    const found = lint(request('# llm-preflight-disable-next-request role-order\n'));
    const hint = found.find((f) => f.rule === 'unused-disable-directive')!;
    assert.equal(hint.severity, 'info');
    assert.equal(hint.text, 'llm-preflight-disable-next-request role-order');
    assert.match(hint.message, /`role-order` reports nothing here/);
  });

  test('in a list, only the ids that disabled nothing are pointed at', () => {
    const found = lint(request('# llm-preflight-disable-next-request empty-text-block, role-order\n'));
    assert.deepEqual(found.map((f) => [f.rule, f.text]), [
      ['unused-disable-directive', 'role-order'],
      ['unknown-parameter', '"foo"'],
    ]);
  });

  test('no hint for a rule turned off in the settings, and the hint itself can be turned off', () => {
    const text = request('# llm-preflight-disable-next-request role-order\n');
    assert.ok(!rules(text, undefined, { rules: { 'role-order': 'off' } }).includes('unused-disable-directive'));
    assert.ok(!rules(text, undefined, { rules: { 'unused-disable-directive': 'off' } }).includes('unused-disable-directive'));
  });

  test('an unknown id gets a warning with a did-you-mean, and is not counted as unused', () => {
    const found = lint(request('# llm-preflight-disable-next-request empty-txt-block\n'));
    assert.deepEqual(found.map((f) => f.rule), ['unknown-rule-in-directive', 'unknown-parameter', 'empty-text-block']);
    const warning = found[0];
    assert.equal(warning.severity, 'warning');
    assert.equal(warning.text, 'empty-txt-block');
    assert.match(warning.message, /Did you mean `empty-text-block`\?/);
    assert.doesNotMatch(lint(request('# llm-preflight-disable-next-request zzzz\n'))[0].message, /Did you mean/);
  });

  test('the directive codes themselves cannot be disabled by a directive', () => {
    const found = lint(request('# llm-preflight-disable-file unused-disable-directive\n# llm-preflight-disable-next-request role-order\n'));
    assert.deepEqual(found.filter((f) => f.rule !== 'empty-text-block' && f.rule !== 'unknown-parameter').map((f) => f.rule), ['unknown-rule-in-directive', 'unused-disable-directive']);
    assert.match(found.find((f) => f.rule === 'unknown-rule-in-directive')!.message, /llmPreflight\.rules/);
  });

  test('a disable-next-line with no code after it is unused', () => {
    const found = lint(`${request()}# llm-preflight-disable-next-line empty-text-block\n`);
    assert.match(found.find((f) => f.rule === 'unused-disable-directive')!.message, /no line with code follows it/);
  });

  test('the new codes are core codes', () => {
    assert.ok(CORE_CODES.includes('unused-disable-directive'));
    assert.ok(CORE_CODES.includes('unknown-rule-in-directive'));
  });
});

describe('removing an unused directive (code action)', () => {
  const fix = (text: string, file: string, kind: 'http' | 'jsonc') => {
    const result = lintText(text, { filePath: file });
    const lines = new LineIndex(text);
    const diagnostics = result.findings
      .filter((f) => f.rule === 'unused-disable-directive')
      .map((f) => ({ range: lines.rangeOf(f.span), message: f.message, source: 'llm-preflight', code: f.rule }));
    assert.equal(diagnostics.length, 1);
    const actions = disableActions({ uri: 'file:///x', text, kind, units: result.units, diagnostics });
    assert.equal(actions.length, 1);
    return TextDocument.applyEdits(TextDocument.create('file:///x', kind, 1, text), actions[0].edit!.changes!['file:///x']);
  };

  test('an unused id goes with its separator, a wholly unused directive with its line', () => {
    const list = request('# llm-preflight-disable-next-request empty-text-block, role-order\n');
    assert.equal(fix(list, '/x/a.http', 'http'), request('# llm-preflight-disable-next-request empty-text-block\n'));
    const first = request('# llm-preflight-disable-next-request role-order, empty-text-block\n');
    assert.equal(fix(first, '/x/a.http', 'http'), request('# llm-preflight-disable-next-request empty-text-block\n'));
    assert.equal(fix(request('# @name a\r\n# llm-preflight-disable-next-request role-order\r\n'), '/x/a.http', 'http'), request('# @name a\r\n'));
  });

  test('a trailing JSONC directive is removed from its line, code kept', () => {
    const text = '{\n  "model": "claude-sonnet-4-5", // llm-preflight-disable-next-line role-order\n  "max_tokens": 5, "messages": [{"role":"user","content":"x"}]\n}\n';
    assert.equal(fix(text, '/x/a.jsonc', 'jsonc'), text.replace(' // llm-preflight-disable-next-line role-order', ''));
  });
});
