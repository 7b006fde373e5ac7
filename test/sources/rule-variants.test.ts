import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { RULES } from '../../rules/index.ts';
import type { RuleCase, RuleCases } from '../../rules/types.ts';
import { lintText } from '../../server/src/core/lint.ts';
import { loadGrammar } from '../../server/src/core/sources/grammars.ts';
import type { Finding, RequestUnit, Span } from '../../server/src/core/types.ts';
import { LANGUAGES, type Language, NotExpressible, nodeAt, nodeKey, render, type Request } from './render.ts';

/**
 * Issue 12: "for every rule that applies, an invalid variant in each language is caught at the exact range".
 * Every rule's invalid cases written as a `.http` request or a `.json` body are rendered as a Python SDK call, a
 * TypeScript SDK call, a curl line in a `.sh` script and a bash fence in Markdown (./render.ts); the same rule
 * must fire at the source range that corresponds to the body range of the original finding. A case that cannot
 * be written in a language says why (NotExpressible, or one of EXCEPTIONS below); the table of what applies
 * where is test/sources/README.md, kept true by the last test (LLM_PREFLIGHT_WRITE_TABLE=1 rewrites it).
 */
const RULES_DIR = join(import.meta.dirname, '../../rules');
const README = join(import.meta.dirname, 'README.md');
const EXT = { http: 'http', json: 'json', jsonc: 'jsonc' } as const;

/**
 * Cases whose request a language writes, but whose finding it rightly does not reproduce: the reason is the
 * SDK's (or the source's) own behaviour, not a gap of ours. Keyed by `rule|case name|language` (language `*`: all
 * source-code languages).
 */
const EXCEPTIONS: Record<string, string> = {
  // python-genai validates `contents` as types.Content (pydantic, extra fields forbidden) and js-genai's tContents
  // takes only role/parts: a turn with another key is refused by the SDK before a request exists, so the reader
  // keeps such a value unknown. https://github.com/googleapis/python-genai/blob/main/google/genai/_transformers.py
  'unknown-parameter|Gemini: an unknown field in the single-object form of contents|*': 'a contents turn with a key the SDK itself refuses before sending',
  // t_contents: `if contents is None or (isinstance(contents, list) and not contents): raise ValueError('contents are
  // required.')` (python-genai _transformers.py; js-genai's tContents throws alike): nothing is sent.
  'missing-required-field|Gemini: an empty contents list is an absent one in proto3 JSON|*': 'an empty contents list the SDK itself refuses before sending',
};

interface Outcome {
  rule: string;
  name: string;
  language: Language;
  /** 'caught', or why the case does not apply in this language. */
  result: 'caught' | { skipped: string } | { failed: string };
}

const rules = readdirSync(RULES_DIR, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(RULES_DIR, d.name, 'cases.ts')))
  .map((d) => d.name)
  .sort();

/** Only the rule under test runs (rules are independent; the other 40 would only cost time). */
const only = (rule: string) => ({ rules: RULES.filter((r) => r.meta.id === rule) });

const show = (text: string, f: Finding) => `${f.rule} ${JSON.stringify(text.slice(f.span.start, f.span.end))} @${f.span.start}..${f.span.end}`;

type Original = { request: Request; findings: Finding[]; bodyStart: number; unit: RequestUnit; text: string } | string;
const originals = new Map<RuleCase, Original>();

/** The original case linted (once): its request and this rule's findings, or why it is not a JSON-body case. */
function original(rule: string, c: RuleCase): Original {
  let o = originals.get(c);
  if (o === undefined) originals.set(c, (o = lintOriginal(rule, c)));
  return o;
}

function lintOriginal(rule: string, c: RuleCase): Original {
  if (!(c.languageId in EXT)) return `a ${c.languageId} case`;
  const result = lintText(c.code, { languageId: c.languageId, filePath: `/cases/case.${EXT[c.languageId as keyof typeof EXT]}` }, only(rule));
  if (result.units.length !== 1) return 'a case of several requests';
  const { unit, detection } = result.units[0];
  if (!detection.api) return 'no API detected';
  if (unit.bodyText === undefined || unit.bodySpan === undefined || unit.nonJsonBody || unit.bodyFile) return 'no JSON body of its own';
  if (result.findings.some((f) => f.rule === 'json-syntax')) return 'a body that does not parse';
  const findings = result.findings.filter((f) => f.rule === rule);
  if (!findings.length) return 'no finding of the rule';
  const request: Request = { api: detection.api, provider: detection.provider, model: detection.model, url: unit.url, headers: unit.headers, body: unit.bodyText };
  return { request, findings, bodyStart: unit.bodySpan.start, unit, text: c.code };
}

/** Where a finding on the body lands in a rendering; null when it is not on the body. */
function expectedSpan(language: Language, rendering: ReturnType<typeof render>, body: string, relative: Span): Span | null {
  if (relative.start < 0 || relative.end > body.length) return null;
  if (language === 'shell' || language === 'markdown') return { start: rendering.root.start + relative.start, end: rendering.root.start + relative.end };
  const at = nodeAt(body, relative);
  if (!at) return rendering.root;
  const placed = rendering.placed.get(nodeKey(at.node));
  if (!placed) return rendering.root;
  if (at.part === 'key') return placed.key ?? placed.value;
  if (at.part === 'member') return placed.member ?? placed.value;
  return placed.value;
}

/**
 * Where a finding on the request line or a header lands on a curl command: the request line on `curl URL`, text of the
 * URL on the same text of the quoted URL, text of a header on the same text of its `-H "Name: value"`.
 */
function headSpan(o: Exclude<Original, string>, span: Span, rendering: ReturnType<typeof render>): Span | null {
  const head = rendering.head;
  if (!head) return null;
  const line = o.unit.requestLineSpan;
  if (line && span.start === line.start && span.end === line.end) return head.requestLine;
  const covered = o.text.slice(span.start, span.end);
  const within = (outer: Span, text: string): Span | null => {
    const at = rendering.text.slice(outer.start, outer.end).indexOf(text);
    return at < 0 ? null : { start: outer.start + at, end: outer.start + at + text.length };
  };
  const i = o.unit.headers.findIndex((h) => h.span.start <= span.start && span.end <= h.span.end);
  if (i >= 0) return within(head.headers[i], covered);
  if (line && line.start <= span.start && span.end <= line.end) return within(head.url, covered);
  return null;
}

function check(rule: string, c: RuleCase, language: Language): Outcome['result'] {
  const o = original(rule, c);
  if (typeof o === 'string') return { skipped: o };
  const exception = EXCEPTIONS[`${rule}|${c.name}|${language}`] ?? ((language === 'python' || language === 'typescript') && EXCEPTIONS[`${rule}|${c.name}|*`]);
  if (exception) return { skipped: exception };
  const outside = o.findings.filter((f) => f.span.start < o.bodyStart || f.span.end > o.bodyStart + o.request.body.length);
  if (outside.length && (language === 'python' || language === 'typescript')) return { skipped: 'a finding on a header or the URL, which the SDK writes itself' };
  let rendering;
  try {
    rendering = render(o.request, language);
  } catch (e) {
    if (e instanceof NotExpressible) return { skipped: e.message };
    throw e;
  }
  const result = lintText(rendering.text, { filePath: rendering.filePath }, only(rule));
  const got = result.findings.filter((f) => f.rule === rule);
  const unit = result.units[0];
  const detected = unit ? `${unit.detection.api}/${unit.detection.provider}` : 'no request';
  const want = `${o.request.api}/${o.request.provider}`;
  const missing: string[] = [];
  for (const f of o.findings) {
    const relative = { start: f.span.start - o.bodyStart, end: f.span.end - o.bodyStart };
    const span = expectedSpan(language, rendering, o.request.body, relative);
    if (!span) {
      const head = headSpan(o, f.span, rendering);
      if (!head) return { skipped: 'a finding on a part of the request curl does not write' };
      if (!got.some((g) => g.span.start === head.start && g.span.end === head.end)) missing.push(`${rule} at ${JSON.stringify(rendering.text.slice(head.start, head.end))} @${head.start}..${head.end}`);
      continue;
    }
    if (!got.some((g) => g.span.start === span.start && g.span.end === span.end)) missing.push(`${rule} at ${JSON.stringify(rendering.text.slice(span.start, span.end))} @${span.start}..${span.end}`);
  }
  if (!missing.length) return 'caught';
  return {
    failed: `${language}: expected ${missing.join(', ')}; detected ${detected} (original ${want}); got ${got.map((g) => show(rendering.text, g)).join(', ') || 'nothing'}; findings: ${result.findings.map((g) => g.rule).join(', ')}\n${rendering.text}`,
  };
}

const outcomes: Outcome[] = [];

before(async () => {
  await loadGrammar('python');
  await loadGrammar('typescript');
  await loadGrammar('bash');
});

describe('every rule\'s invalid cases, written where requests are written', () => {
  for (const rule of rules) {
    test(rule, async () => {
      const { cases } = (await import(`../../rules/${rule}/cases.ts`)) as { cases: RuleCases };
      const failures: string[] = [];
      for (const c of cases.invalid) {
        for (const language of LANGUAGES) {
          const result = check(rule, c, language);
          outcomes.push({ rule, name: c.name, language, result });
          if (typeof result === 'object' && 'failed' in result) failures.push(`"${c.name}" ${result.failed}`);
        }
      }
      assert.deepEqual(failures, []);
    });
  }

  // Every rule's docs page shows where it applies: a Python and a TypeScript example (checked to be reported by
  // test/rules/rules.test.ts) when a case is caught there, else a curl example when one is caught in a script.
  test('each rule\'s docs page has a source-code example where the rule applies', () => {
    for (const rule of rules) {
      const page = readFileSync(join(RULES_DIR, rule, 'README.md'), 'utf8');
      const caught = (l: Language) => outcomes.some((o) => o.rule === rule && o.language === l && o.result === 'caught');
      const sdk = page.split('\n## In Python / TypeScript\n')[1];
      const shell = page.split('\n## In shell scripts and Markdown\n')[1]?.split('\n## ')[0];
      assert.ok(sdk || shell, `${rule}: a "## In Python / TypeScript" or "## In shell scripts and Markdown" section`);
      if (sdk) {
        assert.ok(caught('python') && caught('typescript'), `${rule}: an SDK example, yet no case is caught in Python and TypeScript`);
        continue;
      }
      assert.ok(caught('shell'), `${rule}: a curl example, yet no case is caught in a script`);
      const script = shell.match(/```sh\n([\s\S]*?)```/)?.[1];
      assert.ok(script, `${rule}: a sh example`);
      const result = lintText(script, { filePath: '/docs/example.sh' }, only(rule));
      assert.ok(result.findings.some((f) => f.rule === rule), `${rule}: the sh example must be reported`);
    }
  });

  test('the table in test/sources/README.md is what this test found', () => {
    const table = tableOf(outcomes);
    const text = readFileSync(README, 'utf8');
    const begin = text.indexOf(BEGIN);
    const end = text.indexOf(END);
    assert.ok(begin >= 0 && end > begin, `README.md has the ${BEGIN} … ${END} markers`);
    const next = `${text.slice(0, begin + BEGIN.length)}\n${table}${text.slice(end)}`;
    if (process.env.LLM_PREFLIGHT_WRITE_TABLE === '1') return writeFileSync(README, next);
    assert.equal(text, next, 'run LLM_PREFLIGHT_WRITE_TABLE=1 node --import tsx --test test/sources/rule-variants.test.ts');
  });
});

const BEGIN = '<!-- rule-variants:begin (written by rule-variants.test.ts) -->';
const END = '<!-- rule-variants:end -->';
const LABEL: Record<Language, string> = { python: 'Python', typescript: 'TypeScript', shell: 'shell', markdown: 'Markdown' };

/** Per rule and language: cases caught of cases that apply; then why the others do not apply. */
function tableOf(all: Outcome[]): string {
  const lines = [`| rule | ${LANGUAGES.map((l) => LABEL[l]).join(' | ')} |`, `| --- | ${LANGUAGES.map(() => '---').join(' | ')} |`];
  const reasons = new Map<string, Map<Language, number>>();
  for (const rule of rules) {
    const cells = LANGUAGES.map((language) => {
      const mine = all.filter((o) => o.rule === rule && o.language === language);
      const caught = mine.filter((o) => o.result === 'caught').length;
      const applies = mine.filter((o) => o.result === 'caught' || (typeof o.result === 'object' && 'failed' in o.result)).length;
      for (const o of mine) {
        if (typeof o.result !== 'object' || !('skipped' in o.result)) continue;
        const counts = reasons.get(o.result.skipped) ?? new Map<Language, number>();
        counts.set(language, (counts.get(language) ?? 0) + 1);
        reasons.set(o.result.skipped, counts);
      }
      return applies ? `${caught} of ${applies}` : '—';
    });
    lines.push(`| ${rule} | ${cells.join(' | ')} |`);
  }
  lines.push('', `Cases that do not apply, by reason (${LANGUAGES.map((l) => LABEL[l]).join(' / ')}):`, '');
  for (const [reason, counts] of [...reasons].sort((a, b) => a[0].localeCompare(b[0]))) {
    lines.push(`- ${reason}: ${LANGUAGES.map((l) => counts.get(l) ?? 0).join(' / ')}`);
  }
  return `${lines.join('\n')}\n`;
}
