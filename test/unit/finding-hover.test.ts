// The finding hover adds only what VS Code's problem section lacks (docs link, the provider's labelled answer
// with its source as a link, the fix in words), never the message itself; trusted URLs become links, text that
// can come from the document stays inert. Run: node --import tsx --test test/unit/finding-hover.test.ts
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { CATALOG, TRANSLATIONS } from '../../rules/errors/index.ts';
import { KINDS } from '../../rules/errors/kinds.ts';
import { explainText } from '../../server/src/core/errors/index.ts';
import { lintText } from '../../server/src/core/lint.ts';
import type { Finding } from '../../server/src/core/types.ts';
import { plainTitle } from '../../server/src/frontend/code-actions.ts';
import { renderExplanation } from '../../server/src/frontend/explain-markdown.ts';
import { FINDING_LABELS } from '../../server/src/frontend/finding-labels.ts';
import { findingHover } from '../../server/src/frontend/hover.ts';
import { trustedProse } from '../../server/src/frontend/markdown-links.ts';
import { assertSafeMarkdown } from '../fuzz/harness.ts';

const root = join(import.meta.dirname, '../..');
const DOCS = 'file:///llm-preflight/docs/rules/unknown-parameter.md';
const requests = lintText(readFileSync(join(root, 'examples/requests.http'), 'utf8'), { languageId: 'http', filePath: 'requests.http', docsUrl: (r) => `file:///llm-preflight/docs/rules/${r}.md` });

test('examples/requests.http: each hover starts with the docs link, labels the provider answer, and never repeats the message', () => {
  assert.equal(requests.findings.length, 3);
  for (const f of requests.findings) {
    const md = findingHover([f]);
    const lines = md.split('\n');
    assert.match(lines[0], /^\[Rule documentation\]\(file:\/\/\/llm-preflight\/docs\/rules\/[a-z-]+\.md\)$/, `first line of ${f.rule}: ${lines[0]}`);
    assert.ok(!md.includes(f.message), `${f.rule}: the hover repeats the message`);
    assert.match(md, /\n(OpenAI|Anthropic|The Gemini API) answers: ` [^`]+ `\n/, `${f.rule}: no labelled provider answer in\n${md}`);
    assert.match(md, /\nSource: \[github\\\.com\/[^\]]+\]\(https:\/\/github\.com\/[^)]+\)/, `${f.rule}: the source is not a link`);
    assert.ok(lines.length <= 8, `${f.rule}: ${lines.length} lines`);
    assertSafeMarkdown(md, f.rule);
  }
  const unknown = requests.findings.find((f) => f.rule === 'unknown-parameter')!;
  assert.match(findingHover([unknown]), /\nFix: Remove 'enable\\_thinking'$/);
});

test("the finding's own quote wins over the rule's first documented error, and text from the document stays inert", () => {
  const base = requests.findings.find((f) => f.rule === 'unknown-parameter')!;
  const f: Finding = {
    ...base,
    docsUrl: DOCS,
    quote: { provider: 'the Gemini API', text: 'Unknown name "x](javascript:alert(1))`": <img src=x> `` **bold**', source: 'seen at https://github.com/CherryHQ/cherry-studio/issues/6160 ; https://example.com' },
    fixes: [{ title: 'Rename `x](http://pwn.example)` to `"y"`', preferred: true, edits: [] }],
  };
  const md = findingHover([f]);
  assert.match(md, /\nThe Gemini API answers: ``` Unknown name .* ```\n/);
  assert.match(md, /\nSource: \[github\\\.com\/CherryHQ\/cherry\\-studio\/issues\/6160\]\(https:\/\/github\.com\/CherryHQ\/cherry-studio\/issues\/6160\)\n/);
  assert.ok(!md.includes('example.com'), 'only the first source URL is linked');
  assertSafeMarkdown(md, 'hostile quote and fix title');
});

test('several findings at one place: each section names its rule', () => {
  const md = findingHover(requests.findings.slice(0, 2));
  for (const f of requests.findings.slice(0, 2)) assert.ok(md.includes(`) · \`${f.rule}\``), md);
});

test('labels in the four locales, with each language\'s colon', () => {
  const f = { ...requests.findings[0], docsUrl: DOCS };
  for (const [locale, L] of Object.entries(FINDING_LABELS)) {
    const md = findingHover([f], locale as keyof typeof FINDING_LABELS);
    assert.ok(md.startsWith(`[${L.docs}](`), `${locale}: ${md.split('\n')[0]}`);
    if (locale.startsWith('zh')) assert.ok(L.source.endsWith('：') && L.fix.endsWith('：') && L.answers('X').endsWith('：'), locale);
    if (locale === 'fr') assert.ok(L.source.endsWith('\u00a0: ') && L.answers('X').endsWith('\u00a0: '), locale);
  }
});

test('quick-fix titles are plain text: code spans become quotes', () => {
  assert.equal(plainTitle('Rename `temprature` to `temperature`'), 'Rename "temprature" to "temperature"');
  assert.equal(plainTitle('Add `"max_tokens": 1024`'), 'Add "max_tokens": 1024');
  assert.equal(plainTitle('Remove the empty text block'), 'Remove the empty text block');
});

test('our prose: https URLs become links, sentence punctuation and URL patterns stay text', () => {
  assert.equal(trustedProse('Top up at https://platform.deepseek.com/top_up.'), 'Top up at [platform\\.deepseek\\.com/top\\_up](https://platform.deepseek.com/top_up)\\.');
  assert.equal(trustedProse('查看 https://status.deepseek.com。'), '查看 [status\\.deepseek\\.com](https://status.deepseek.com)。');
  assert.ok(!trustedProse('the form https://<resource>.openai.azure.com/openai').includes(']('));
});

test('an explanation whose text names a billing page links it', () => {
  const x = explainText('{"error":{"message":"Insufficient Balance","type":"unknown_error","param":null,"code":"invalid_request_error"}}', 'en')[0];
  assert.ok(x, 'DeepSeek 402 recognised');
  const md = renderExplanation(x, { locale: 'en' });
  assert.match(md, /\]\(https:\/\/platform\.deepseek\.com\)/, md);
  assertSafeMarkdown(md, x.id);
});

test('no catalog text puts a {placeholder} inside a URL (a value from the paste could extend a trusted link)', () => {
  const texts = [...CATALOG, ...KINDS].flatMap((e) => [e.explanation, ...e.fix]);
  for (const table of Object.values(TRANSLATIONS)) for (const t of Object.values(table ?? {})) texts.push(t.explanation, ...t.fix);
  for (const t of texts) assert.ok(!/https:\/\/\S*\{[a-zA-Z]+\}/.test(t), t);
});
