/**
 * Fuzzing harness shared by the short seeded run (fuzz.test.ts), the long campaign (campaign.ts,
 * `npm run fuzz`) and the regressions (regressions.test.ts): seeds, mutations, and the properties.
 *
 * Every property is a plain function that throws (assert) on a violation, so a counterexample found by
 * the campaign becomes a regression test by calling the same function on the minimal input.
 * Work is bounded by counts (findings, rule runs, parses, the error finder's scan work, output sizes);
 * the only clock is a generous crash-guard against hangs, never an assertion of speed.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { extname, join, relative } from 'node:path';
import fc from 'fast-check';
import { RULES } from '../../rules/index.ts';
import type { RuleCases } from '../../rules/types.ts';
import type { Locale } from '../../rules/errors/types.ts';
import { KINDS as ERROR_KINDS } from '../../rules/errors/kinds.ts';
import { CATALOG, explainAt, explainText, findErrorPayloads, lastScanWork, matchEntry, type Explanation } from '../../server/src/core/errors/index.ts';
import { fixAll, MAX_FIX_PASSES, nonOverlapping } from '../../server/src/core/fix-all.ts';
import { applyFixEdits } from '../../server/src/core/fix.ts';
import { parseBody } from '../../server/src/core/json/body.ts';
import { detectRequest } from '../../server/src/core/detect.ts';
import { createLinter, lintText, setLintProfiler, type LintOptions, type LintResult } from '../../server/src/core/lint.ts';
import type { Finding, FindingFix, RequestUnit, Span } from '../../server/src/core/types.ts';
import { splitDocument, type DocumentKind } from '../../server/src/core/units.ts';
import { renderExplanation, renderExplanations } from '../../server/src/frontend/explain-markdown.ts';
import { detectionHover, findingHover } from '../../server/src/frontend/hover.ts';
import { firstUrl, proseUrls } from '../../server/src/frontend/markdown-links.ts';

const ROOT = join(import.meta.dirname, '../..');
export const KINDS: readonly DocumentKind[] = ['http', 'json', 'jsonc', 'jsonl'];
export const LOCALES: readonly Locale[] = ['en', 'zh-cn', 'zh-tw', 'fr'];

export interface Seed {
  name: string;
  text: string;
  kind: DocumentKind;
}

// ---------------------------------------------------------------------------------------------- seeds

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

function kindOfFile(path: string): DocumentKind {
  const ext = extname(path).toLowerCase();
  return ext === '.json' ? 'json' : ext === '.jsonc' ? 'jsonc' : ext === '.jsonl' || ext === '.ndjson' ? 'jsonl' : 'http';
}

/** examples/, test/fixtures/ (official, http, ...), the shared recorded corpus, every rule case, every catalog example. */
export async function loadSeeds(): Promise<Seed[]> {
  const seeds: Seed[] = [];
  const corpus = join(ROOT, '..', 'shared', 'corpus', 'recorded');
  for (const dir of [join(ROOT, 'examples'), join(ROOT, 'test', 'fixtures'), corpus]) {
    for (const path of walk(dir).sort()) {
      if (!/\.(http|rest|json|jsonc|jsonl|ndjson|log|txt)$/i.test(path)) continue;
      seeds.push({ name: relative(join(ROOT, '..'), path), text: readFileSync(path, 'utf8'), kind: kindOfFile(path) });
    }
  }
  for (const rule of RULES) {
    const { cases } = (await import(`../../rules/${rule.meta.id}/cases.ts`)) as { cases: RuleCases };
    // (A case with raised limits holds a 30-100 MB body: mutating it would only measure string copies.)
    for (const c of [...cases.valid, ...cases.invalid].filter((x) => !x.limits)) seeds.push({ name: `rule ${rule.meta.id}: ${c.name}`, text: c.code, kind: c.languageId });
  }
  for (const entry of CATALOG) entry.examples.forEach((text, i) => seeds.push({ name: `error ${entry.id} #${i}`, text, kind: 'http' }));
  return seeds;
}

// ------------------------------------------------------------------------------------------ mutations

/** Pieces of hostile markdown: every one carries `pwn`, so the renderers' output can be searched for it. */
export const HOSTILE = [
  '[x](command:pwn.run)',
  '[x](command:pwn.run?%5B%22a%22%5D "t")',
  '<img src=x onerror=pwn()>',
  '<a href="command:pwn">y</a>',
  '<script>pwn()</script>',
  'javascript:pwn()',
  '[j](javascript:pwn())',
  '![i](https://pwn.example/i.png)',
  'https://pwn.example/a',
  'www.pwn.example',
  'pwn@pwn.example',
  '<https://pwn.example>',
  '[r]: command:pwn',
  '`pwn`',
  '```\n[x](command:pwn)\n```',
  '``\r``\n[x](command:pwn)\n',
  '````',
  '\\[x\\](command:pwn)',
  '&lt;img src=x onerror=pwn()&gt;',
  '&#60;img src=x onerror=pwn()&#62;',
];

const TEMPLATES = ['{{x}}', '{{', '}}', '{{$guid}}', '{{ a.b }}', '{{{{x}}}}', '{{x}', '{{$processEnv HOME}}', '{{model}}', `{{${'y'.repeat(3000)}}}`];
const STRUCTURE = [
  '\n###\n', '\n### title\n', '###', '\n# c\n', '\n// c\n', '#', '//', '/*', '*/', '\n# @api openai-chat\n', '\n# @api anthropic-messages\n',
  '\n# @name n\n', '\n# llm-preflight-disable-next-request\n', '\n// llm-preflight-disable-next-line unknown-parameter\n', '\n< ./x.json\n',
  '\n<@ ./y.json\n', '\n@v = 1\n', '\nPOST https://api.openai.com/v1/chat/completions\n', '\nGET https://api.anthropic.com/v1/messages HTTP/1.1\n',
  '\nContent-Type: application/json\n', '\nContent-Type: multipart/form-data\n', '\n\n', '\r\n', '\r', '\n', ',', ':', '"', '\\', '{', '}', '[', ']',
];
const NUMBERS = ['1e999999', '-1e400', '123456789012345678901234567890', '9007199254740993', '-0', '1e-400', 'NaN', 'Infinity', '1.7976931348623157e309', '0x10', '01', '-', '1.', '.5'];
export const ERROR_SHAPES = [
  (m: string) => `{"error":{"message":${JSON.stringify(m)},"type":"invalid_request_error","code":"context_length_exceeded"}}`,
  (m: string) => `{"type":"error","error":{"type":"rate_limit_error","message":${JSON.stringify(m)}}}`,
  (m: string) => `Error code: 429 - {'error': {'message': ${JSON.stringify(m)}, 'type': 'rate_limit_exceeded'}}`,
  (m: string) => `HTTP/1.1 400 Bad Request\ncontent-type: application/json\n\n{"error":{"code":400,"message":${JSON.stringify(m)},"status":"INVALID_ARGUMENT"}}`,
  (m: string) => `BadRequestError: 400 ${m}`,
  (m: string) => `An error occurred (ValidationException) when calling the InvokeModel operation: ${m}`,
  (m: string) => `{"code":"InvalidParameter","message":"<400> InternalError.Algo.InvalidParameter: ${m.replace(/["\\]/g, '')}","request_id":"x"}`,
];

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
const unicode = fc.oneof(fc.string({ unit: 'binary', maxLength: 12 }), loneSurrogate, fc.constantFrom('\u0000', '\u2028', '\u202e', '\ufeff', '\ue000', '\uffff', '😀'.slice(0, 1)));
/** Sequences that could end a code fence or a code span early: backtick runs, line ends, tildes. */
const fenceBreaker = fc.array(fc.constantFrom('`', '``', '```', '````', '\r', '\n', '\r\n', ' ', '~~~', '\u2028', '[x](command:pwn)', '<img src=x onerror=pwn()>'), { minLength: 1, maxLength: 10 }).map((xs) => xs.join(''));
export const hostileText = fc.array(fc.oneof(fc.constantFrom(...HOSTILE), fenceBreaker, fc.string({ maxLength: 8 }), unicode), { minLength: 1, maxLength: 4 }).map((xs) => xs.join(''));

export type Op =
  | { k: 'truncate'; at: number }
  | { k: 'flip'; at: number; bit: number }
  | { k: 'replace'; at: number; s: string }
  | { k: 'delete'; at: number; len: number }
  | { k: 'duplicate'; at: number; len: number; to: number }
  | { k: 'insert'; at: number; s: string }
  | { k: 'nest'; at: number; open: string; n: number; closed: boolean }
  | { k: 'huge'; at: number; n: number; unit: string }
  | { k: 'crlf'; all: boolean; at: number }
  | { k: 'error'; at: number; shape: number; message: string };

const at = fc.nat();
export const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ k: fc.constant('truncate' as const), at }),
  fc.record({ k: fc.constant('flip' as const), at, bit: fc.nat(15) }),
  fc.record({ k: fc.constant('replace' as const), at, s: unicode }),
  fc.record({ k: fc.constant('delete' as const), at, len: fc.nat(200) }),
  fc.record({ k: fc.constant('duplicate' as const), at, len: fc.nat(400), to: fc.nat() }),
  fc.record({ k: fc.constant('insert' as const), at, s: fc.oneof(fc.constantFrom(...TEMPLATES), fc.constantFrom(...STRUCTURE), fc.constantFrom(...NUMBERS), hostileText, unicode) }),
  fc.record({ k: fc.constant('nest' as const), at, open: fc.constantFrom('[', '{"a":', '{"error":', '{"messages":[', '{{'), n: fc.integer({ min: 1, max: 20_000 }), closed: fc.boolean() }),
  fc.record({ k: fc.constant('huge' as const), at, n: fc.integer({ min: 1, max: 300_000 }), unit: fc.constantFrom('a', '\\u', '\\"', ' ', '\n', '"a":1,', '{{x}}', '`', 'é', '\ud83d') }),
  fc.record({ k: fc.constant('crlf' as const), all: fc.boolean(), at }),
  fc.record({ k: fc.constant('error' as const), at, shape: fc.nat(ERROR_SHAPES.length - 1), message: hostileText }),
);

const CLOSE: Record<string, string> = { '[': ']', '{"a":': '}', '{"error":': '}', '{"messages":[': ']}', '{{': '}}' };

export function applyOp(text: string, op: Op): string {
  const pos = (n: number) => (text.length ? n % (text.length + 1) : 0);
  switch (op.k) {
    case 'truncate':
      return text.slice(0, pos(op.at));
    case 'flip': {
      if (!text.length) return text;
      const i = op.at % text.length;
      return text.slice(0, i) + String.fromCharCode(text.charCodeAt(i) ^ (1 << op.bit)) + text.slice(i + 1);
    }
    case 'replace': {
      const i = pos(op.at);
      return text.slice(0, i) + op.s + text.slice(i + 1);
    }
    case 'delete': {
      const i = pos(op.at);
      return text.slice(0, i) + text.slice(i + op.len);
    }
    case 'duplicate': {
      const i = pos(op.at);
      const span = text.slice(i, i + op.len);
      const j = pos(op.to);
      return text.slice(0, j) + span + text.slice(j);
    }
    case 'insert': {
      const i = pos(op.at);
      return text.slice(0, i) + op.s + text.slice(i);
    }
    case 'nest': {
      const i = pos(op.at);
      const inner = op.open.repeat(op.n) + '1' + (op.closed ? CLOSE[op.open].repeat(op.n) : '');
      return text.slice(0, i) + inner + text.slice(i);
    }
    case 'huge': {
      const i = pos(op.at);
      return text.slice(0, i) + op.unit.repeat(Math.ceil(op.n / op.unit.length)) + text.slice(i);
    }
    case 'crlf': {
      if (op.all) return text.replace(/\r?\n/g, '\r\n');
      const i = text.indexOf('\n', pos(op.at));
      return i < 0 ? text : text.slice(0, i) + '\r' + text.slice(i);
    }
    case 'error': {
      const i = pos(op.at);
      return text.slice(0, i) + '\n' + ERROR_SHAPES[op.shape](op.message) + '\n' + text.slice(i);
    }
  }
}

export interface Case {
  seed: Seed;
  kind: DocumentKind;
  ops: Op[];
}

export function caseArb(seeds: readonly Seed[], maxOps = 4): fc.Arbitrary<Case> {
  return fc.record({
    seed: fc.constantFrom(...seeds),
    kind: fc.option(fc.constantFrom(...KINDS), { freq: 4 }),
    ops: fc.array(opArb, { maxLength: maxOps }),
  }).map(({ seed, kind, ops }) => ({ seed, kind: kind ?? seed.kind, ops }));
}

export function caseText(c: Case): string {
  return c.ops.reduce(applyOp, c.seed.text);
}

/** A short description of a case for failure reports (the seed's name and the ops, big strings cut). */
export function describeCase(c: Case): string {
  const ops = JSON.stringify(c.ops, (_k, v) => (typeof v === 'string' && v.length > 80 ? `${v.slice(0, 80)}…(${v.length})` : v));
  return `seed=${JSON.stringify(c.seed.name)} kind=${c.kind} ops=${ops}`;
}

// ------------------------------------------------------------------------------------------ helpers

/** No network, no disk: a `< file` body reads as a small JSON object, always the same. */
export const FUZZ_LINT_OPTIONS: Omit<LintOptions, 'languageId'> = {
  http: { readFile: () => '{"model":"gpt-4o","messages":[{"role":"user","content":"hi"}]}' },
  docsUrl: (code) => `file:///llm-preflight/docs/rules/${code}.md`,
};

export function lintOptions(kind: DocumentKind): LintOptions {
  return { ...FUZZ_LINT_OPTIONS, languageId: kind };
}

/** A hang is a crash: a call over this many ms fails (far beyond any real cost; never asserts speed). */
const HANG_MS = 60_000;
let slowest = { ms: 0, what: '', chars: 0 };
export function slowestCall(): { ms: number; what: string; chars: number } {
  return slowest;
}

function guarded<T>(what: string, chars: number, f: () => T): T {
  const t0 = performance.now();
  const out = f();
  const ms = performance.now() - t0;
  if (ms > slowest.ms) slowest = { ms, what, chars };
  assert.ok(ms < HANG_MS, `${what} took ${Math.round(ms)} ms on ${chars} chars (hang guard)`);
  return out;
}

function assertSpan(span: Span, length: number, what: string): void {
  assert.ok(
    Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.start <= span.end && span.end <= length,
    `${what}: span ${JSON.stringify(span)} outside 0..${length}`,
  );
}

function inside(inner: Span, outer: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

// ------------------------------------------------------------------------------------------ properties

/** The splitter: units in order, every span inside the document, bodies the same length as their spans. */
export function checkSplit(text: string, kind: DocumentKind): RequestUnit[] {
  const units = guarded(`split ${kind}`, text.length, () => splitDocument(text, kind, FUZZ_LINT_OPTIONS.http));
  let previousEnd = 0;
  for (const u of units) {
    assertSpan(u.span, text.length, 'unit');
    assert.ok(u.span.start >= previousEnd, `units overlap or are out of order at ${u.span.start}`);
    previousEnd = u.span.end;
    if (u.bodySpan) {
      assertSpan(u.bodySpan, text.length, 'body');
      assert.ok(inside(u.bodySpan, u.span), `body ${JSON.stringify(u.bodySpan)} outside its unit ${JSON.stringify(u.span)}`);
      assert.equal(u.bodyText?.length, u.bodySpan.end - u.bodySpan.start, 'body text length differs from its span (offsets must be exact)');
    }
    if (u.requestLineSpan) assert.ok(inside(u.requestLineSpan, u.span), 'request line outside its unit');
    for (const h of u.headers) assert.ok(inside(h.span, u.span), `header ${h.name} outside its unit`);
    for (const n of u.notes) assertSpan(n.span, text.length, `note ${n.code}`);
    if (u.apiOverride) assertSpan(u.apiOverride.span, text.length, '@api');
    if (u.bodyFile) assertSpan(u.bodyFile.span, text.length, '< file');
  }
  return units;
}

/** The body parser and detection, on a unit's body: no throw, syntax spans and located spans in the body. */
export function checkBody(bodyText: string, allowComments: boolean, paths: (string | number)[][] = []): void {
  const body = guarded('parseBody', bodyText.length, () => parseBody(bodyText, { allowComments }));
  for (const p of body.syntax) assertSpan(p.span, bodyText.length, 'syntax problem');
  for (const path of paths) for (const target of ['key', 'value'] as const) assertSpan(body.locate(path, target), bodyText.length, `locate ${JSON.stringify(path)}`);
  const unit: RequestUnit = { span: { start: 0, end: bodyText.length }, headers: [], bodyText, bodySpan: { start: 0, end: bodyText.length }, notes: [] };
  const d = detectRequest(unit, body.value);
  assert.ok(Array.isArray(d.reasons));
}

interface LintWork {
  parses: number;
  ruleRuns: number;
}

/** Lints with a counting profiler: how many bodies were parsed and how many rule checks ran. */
export function lintCounted(text: string, kind: DocumentKind, linter = createLinter()): { result: LintResult; work: LintWork } {
  const work: LintWork = { parses: 0, ruleRuns: 0 };
  setLintProfiler({ rule: () => void work.ruleRuns++, phase: (name) => void (name === 'parse' && work.parses++) });
  try {
    return { result: guarded(`lint ${kind}`, text.length, () => linter.lint(text, lintOptions(kind))), work };
  } finally {
    setLintProfiler(null);
  }
}

/** Findings and fixes of one lint result: valid spans, bounded counts, no rule that threw. */
export function checkFindings(text: string, result: LintResult, work?: LintWork): void {
  const units = result.units.length;
  if (work) {
    assert.ok(work.parses <= units, `${work.parses} body parses for ${units} units (parse once)`);
    assert.ok(work.ruleRuns <= units * RULES.length, `${work.ruleRuns} rule runs for ${units} units`);
  }
  assert.ok(result.findings.length <= 2 * text.length + 64, `${result.findings.length} findings for ${text.length} chars`);
  let editChars = 0;
  for (const f of result.findings) {
    assertSpan(f.span, text.length, `finding ${f.rule}`);
    assert.ok(!/^Internal error in rule /.test(f.message), `a rule threw: ${f.message}`);
    assert.equal(typeof f.message, 'string');
    for (const fix of f.fixes ?? []) {
      assert.ok(fix.edits.length > 0, `fix "${fix.title}" of ${f.rule} has no edits`);
      for (const e of fix.edits) {
        assertSpan(e.span, text.length, `edit of ${f.rule} (${fix.title})`);
        editChars += e.text.length;
        // Fixes never leave their request (body fixes stay in the body; a header fix such as
        // hardcoded-api-key's stays on the request's own lines).
        assert.ok(
          result.units.some((u) => inside(e.span, u.unit.span)),
          `edit ${JSON.stringify(e.span)} of ${f.rule} (${fix.title}) is outside every request`,
        );
      }
    }
  }
  assert.ok(editChars <= 8 * text.length + 10_000, `${editChars} characters of fix edits for ${text.length} chars`);
}

/** lint: no throw, valid findings; a cached linter that saw `previous` first agrees with a fresh one. */
export function checkLint(text: string, kind: DocumentKind, previous?: string): LintResult {
  const { result, work } = lintCounted(text, kind);
  checkFindings(text, result, work);
  if (previous !== undefined) {
    const linter = createLinter();
    linter.lint(previous, lintOptions(kind));
    const again = linter.lint(text, lintOptions(kind));
    assert.deepEqual(again.findings, result.findings, 'the per-request cache changed the findings (re-lint after an edit differs from a fresh lint)');
  }
  return result;
}

/** Each fix alone, then fix-all: never throws, the results re-lint cleanly, fix-all converges. */
export function checkFixes(text: string, kind: DocumentKind, result: LintResult = lintText(text, lintOptions(kind))): void {
  let tried = 0;
  for (const f of result.findings) {
    for (const fix of f.fixes ?? []) {
      if (tried++ >= 8) break; // a sample: each costs a lint
      const fixed = applyFixEdits(text, fix.edits);
      const { result: after, work } = lintCounted(fixed, kind);
      checkFindings(fixed, after, work);
    }
  }
  const all = guarded(`fixAll ${kind}`, text.length, () => fixAll(text, lintOptions(kind)));
  assert.ok(all.text.length <= 4 * text.length + 100_000, `fix-all grew ${text.length} chars to ${all.text.length}`);
  assert.ok(all.applied <= MAX_FIX_PASSES * (result.findings.length + all.result.findings.length + 1) * 4, `fix-all applied ${all.applied}`);
  checkFindings(all.text, all.result);
  const relint = lintText(all.text, lintOptions(kind));
  checkFindings(all.text, relint);
  // Converged: what is left has no preferred fix that would still change the text.
  // Known and left (regressions.test.ts, todo): a key written N times is removed once per pass, so past
  // MAX_FIX_PASSES duplicates fix-all stops with some left; such removals are not counted as divergence.
  const duplicated = (f: FindingFix) => f.edits.every((e) => e.text === '' && occurrences(all.text, all.text.slice(e.span.start, e.span.end)) > 1);
  const left = nonOverlapping(relint.findings).filter((f) => !duplicated(f));
  if (left.length) {
    assert.equal(applyFixEdits(all.text, left.flatMap((f) => f.edits)), all.text, `fix-all did not converge in ${MAX_FIX_PASSES} passes: ${left.map((f) => f.title).join('; ')}`);
  }
}

function occurrences(text: string, piece: string): number {
  if (!piece) return 0;
  let n = 0;
  for (let i = text.indexOf(piece); i >= 0 && n < 2; i = text.indexOf(piece, i + 1)) n++;
  return n;
}

/** The error finder, matcher and explanations: no throw, spans in the text, work linear in the input. */
export function checkErrors(text: string, offsets: number[] = [], locales: readonly Locale[] = LOCALES): Explanation[] {
  const payloads = guarded('findErrorPayloads', text.length, () => findErrorPayloads(text));
  const work = lastScanWork();
  assert.ok(work <= 40 * text.length + 10_000, `error finder work ${work} for ${text.length} chars`);
  assert.ok(payloads.length <= text.length / 4 + 1, `${payloads.length} payloads for ${text.length} chars`);
  for (const p of payloads.slice(0, 200)) {
    assertSpan(p.span, text.length, `payload ${p.format}`);
    matchEntry(p, CATALOG);
  }
  let all: Explanation[] = [];
  for (const locale of locales) {
    const xs = guarded(`explainText ${locale}`, text.length, () => explainText(text, locale));
    for (const x of xs) {
      assertSpan(x.span, text.length, `explanation ${x.id}`);
      assert.equal(typeof x.title, 'string');
      assert.ok(x.fix.every((s) => typeof s === 'string'));
    }
    if (locale === 'en') all = xs;
  }
  for (const raw of offsets) {
    const offset = raw % (text.length + 3) - 1; // -1 .. length + 1: the edges too
    const x = guarded('explainAt', text.length, () => explainAt(text, offset, locales[raw % locales.length]));
    if (x) {
      assertSpan(x.span, text.length, `explainAt ${offset}`);
      assert.ok(x.span.start <= offset && offset <= x.span.end, `explainAt(${offset}) returned ${JSON.stringify(x.span)}`);
    }
  }
  return all;
}

// ------------------------------------------------------------------------------------- markdown safety

// Our own data's URLs are the only outside links markdown may carry: the catalog's and the error kinds' sources,
// the rules' provider-error sources, and URLs written in the catalog's explanations and fix steps (every locale).
const CATALOG_URLS = new Set([
  ...[...CATALOG, ...ERROR_KINDS].flatMap((e) => e.source.split(/\s;\s|\s+/).filter((p) => /^https:\/\//.test(p))),
  ...RULES.flatMap((r) => r.meta.providerErrors.map((e) => firstUrl(e.source))).filter((u): u is string => !!u),
  ...ownProseUrls(join(import.meta.dirname, '../../rules/errors')),
]);
/** Every https URL written in the catalog's source files (a link trustedProse makes from our prose is one of them). */
function ownProseUrls(dir: string): string[] {
  const files = (readdirSync(dir, { recursive: true }) as string[]).filter((name) => name.endsWith('.ts'));
  return files.flatMap((name) => proseUrls(readFileSync(join(dir, name), 'utf8')));
}
const OUR_DOCS = /^file:\/\/\/llm-preflight\/docs\/rules\/[a-z-]+\.md$/;
export const allowedTarget = (url: string): boolean => CATALOG_URLS.has(url) || OUR_DOCS.test(url);

/**
 * Problems in markdown that a renderer would turn into something active: raw HTML or an autolink
 * (`<` before a letter, `/`, `!`, `?` outside code), a link or image whose target is not ours, a link
 * reference definition, or a bare URL / address built from the paste (`pwn`: see HOSTILE) that GFM
 * linkifies. Code fences and code spans are inert and skipped, with CommonMark's rules for where they end.
 */
export function markdownProblems(md: string): string[] {
  const problems: string[] = [];
  const prose: string[] = [];
  let fence: { ch: string; n: number } | null = null;
  for (const line of md.split(/\r\n|\r|\n/)) {
    if (fence) {
      const close = /^ {0,3}(`+|~+)[ \t]*$/.exec(line);
      if (close && close[1][0] === fence.ch && close[1].length >= fence.n) fence = null;
      continue;
    }
    const open = /^ {0,3}(`{3,}|~{3,})(.*)$/.exec(line);
    if (open && !(open[1][0] === '`' && open[2].includes('`'))) {
      fence = { ch: open[1][0], n: open[1].length };
      prose.push('');
      continue;
    }
    if (/^ {0,3}\[(?:[^\]\\]|\\.)+\]:/.test(line)) problems.push(`link reference definition: ${line.slice(0, 60)}`);
    prose.push(line);
  }
  const text = prose.join('\n');
  let plain = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\\' && i + 1 < text.length && /[!-/:-@[-`{-~]/.test(text[i + 1])) {
      plain += '\u0001'; // an escaped character breaks autolinks (GFM linkifies raw text only)
      i++;
      continue;
    }
    if (c === '`') {
      let n = 1;
      while (text[i + n] === '`') n++;
      let j = i + n;
      let found = -1;
      while (j < text.length) {
        if (text[j] === '`') {
          let m = 1;
          while (text[j + m] === '`') m++;
          if (m === n) {
            found = j;
            break;
          }
          j += m;
        } else j++;
      }
      if (found >= 0) {
        plain += ' ';
        i = found + n - 1;
      } else i += n - 1;
      continue;
    }
    if (c === '<' && /[A-Za-z/!?]/.test(text[i + 1] ?? '')) problems.push(`raw HTML or autolink: ${JSON.stringify(text.slice(i, i + 50))}`);
    if (c === ']' && text[i + 1] === '(') {
      const end = text.indexOf(')', i + 2);
      const target = text.slice(i + 2, end < 0 ? undefined : end).trim().split(/\s/)[0];
      if (!allowedTarget(target)) problems.push(`link to ${JSON.stringify(target)}`);
    }
    plain += c;
  }
  const bare = /(?:(?:https?|ftp|file):\/\/|www\.|mailto:)[^\s\u0001]*pwn|pwn@pwn\.example/i.exec(plain);
  if (bare) problems.push(`linkifiable address from the input: ${JSON.stringify(bare[0])}`);
  return problems;
}

interface MarkdownIt {
  render(md: string): string;
}
let markdownIt: MarkdownIt | null | undefined;
/** markdown-it (present through @vscode/vsce) as a second opinion: html and linkify on, as permissive as a renderer gets. */
function renderer(): MarkdownIt | null {
  if (markdownIt !== undefined) return markdownIt;
  try {
    const MD = createRequire(import.meta.url)('markdown-it') as new (o: object) => MarkdownIt;
    markdownIt = new MD({ html: true, linkify: true });
  } catch {
    markdownIt = null;
  }
  return markdownIt;
}

const SAFE_TAGS = new Set(['p', 'strong', 'em', 'code', 'pre', 'ul', 'ol', 'li', 'hr', 'blockquote', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'br', 'a', 's', 'table', 'thead', 'tbody', 'tr', 'th', 'td']);

/** Throws when markdown from a renderer carries anything active from the input. */
export function assertSafeMarkdown(md: string, what: string): void {
  const problems = markdownProblems(md);
  const r = renderer();
  if (r) {
    const html = r.render(md);
    for (const m of html.matchAll(/<([a-zA-Z][a-zA-Z0-9]*)\b([^>]*)>/g)) {
      if (!SAFE_TAGS.has(m[1].toLowerCase())) problems.push(`rendered HTML has <${m[1]}>`);
      for (const attr of m[2].matchAll(/\s([a-zA-Z-]+)="([^"]*)"/g)) {
        // Our own prose may hold a bare URL that linkify turns into a link; the paste's (`pwn`) never may.
        const href = attr[2].replace(/&amp;/g, '&');
        if (attr[1] === 'href' && !allowedTarget(href) && (/pwn/i.test(href) || !/^(https?|file):/i.test(href))) problems.push(`rendered link to ${JSON.stringify(attr[2])}`);
        else if (attr[1] !== 'href' && attr[1] !== 'class' && attr[1] !== 'start') problems.push(`rendered attribute ${attr[1]}`);
      }
    }
  }
  assert.deepEqual(problems, [], `${what}: unsafe markdown\n${md.slice(0, 2000)}`);
}

/** Every renderer over what the pipeline produced for the text: explanations (all locales, with and without the paste) and hovers. */
export function checkRenderers(text: string, explanations: Explanation[], lint?: LintResult): void {
  const ruleDocs = (rule: string) => `file:///llm-preflight/docs/rules/${rule}.md`;
  for (const x of explanations.slice(0, 20)) {
    for (const locale of LOCALES) {
      for (const showPaste of [false, true]) {
        const md = renderExplanation(x, { locale, ruleDocs, showPaste });
        assert.ok(md.length <= 4 * (x.payload.message?.length ?? 0) + 40_000, `explanation markdown of ${md.length} chars`);
        assertSafeMarkdown(md, `renderExplanation ${x.id} ${locale} showPaste=${showPaste}`);
      }
    }
  }
  if (explanations.length) assertSafeMarkdown(renderExplanations(explanations.slice(0, 20), { locale: 'en', ruleDocs }), 'renderExplanations');
  if (lint) {
    const byStart = new Map<number, Finding[]>();
    for (const f of lint.findings) byStart.set(f.span.start, [...(byStart.get(f.span.start) ?? []), f]);
    for (const group of [...byStart.values()].slice(0, 50)) assertSafeMarkdown(findingHover(group), `findingHover ${group.map((f) => f.rule).join(',')}`);
    for (const u of lint.units.slice(0, 50)) assertSafeMarkdown(detectionHover(u), 'detectionHover');
  }
  void text;
}

// ------------------------------------------------------------------------------------------ neutrality

/**
 * Whitespace-only edits outside strings and `{{templates}}`, next to JSON punctuation inside request
 * bodies (a reindent), which no provider can tell apart. `.jsonl` gets no line breaks (a line is a request).
 * Positions whose document text was blanked in the body (`#` comment lines) are left alone.
 */
export function reindent(text: string, kind: DocumentKind, choices: number[], pieces: string[]): string {
  const units = splitDocument(text, kind, FUZZ_LINT_OPTIONS.http);
  const points: number[] = [];
  for (const u of units) {
    if (!u.bodySpan || u.bodyText === undefined) continue;
    const b = u.bodyText;
    let inString = false;
    for (let i = 0; i < b.length; i++) {
      const c = b[i];
      const doc = text[u.bodySpan.start + i];
      if (inString) {
        if (c === '\\') i++;
        else if (c === '"') inString = false;
        continue;
      }
      if (c === '"') inString = true;
      else if (c === '{' && b[i + 1] === '{') {
        const close = b.indexOf('}}', i);
        if (close < 0) break;
        i = close + 1;
      } else if (doc === c && '{}[],:'.includes(c)) {
        points.push(u.bodySpan.start + i, u.bodySpan.start + i + 1);
      }
    }
  }
  if (!points.length) return text;
  const inserts = new Map<number, string>();
  choices.forEach((n, k) => {
    const p = points[n % points.length];
    const piece = kind === 'jsonl' ? pieces[k % pieces.length].replace(/[\r\n]/g, ' ') : pieces[k % pieces.length];
    inserts.set(p, (inserts.get(p) ?? '') + piece);
  });
  let out = '';
  let last = 0;
  for (const p of [...inserts.keys()].sort((a, b) => a - b)) {
    out += text.slice(last, p) + inserts.get(p);
    last = p;
  }
  return out + text.slice(last);
}

export const whitespaceArb = fc.array(fc.constantFrom(' ', '  ', '\t', '\n', '\n  ', '\n\n', '\r\n', '\n\t\t'), { minLength: 1, maxLength: 4 }).map((xs) => xs.join(''));

/** A clean document stays clean after a reindent, after CRLF line ends, and with more blank lines before the body. */
export function checkNeutral(text: string, kind: DocumentKind, changed: string): void {
  const before = lintText(text, lintOptions(kind)).findings;
  if (before.length) return;
  const after = lintText(changed, lintOptions(kind)).findings;
  assert.deepEqual(
    after.map((f) => `${f.rule}: ${f.message}`),
    [],
    `a whitespace-only change made a clean document dirty:\n--- before\n${text}\n--- after\n${changed}`,
  );
}

/** Neutral changes of a whole document besides the reindent: CRLF everywhere, extra blank lines before each .http body. */
export function neutralVariants(text: string, kind: DocumentKind): string[] {
  const out = [text.replace(/\r?\n/g, '\r\n')];
  if (kind === 'http') {
    const units = splitDocument(text, kind, FUZZ_LINT_OPTIONS.http);
    let s = text;
    for (const u of [...units].reverse()) if (u.bodySpan && u.bodyText?.trim()) s = s.slice(0, u.bodySpan.start) + '\n' + s.slice(u.bodySpan.start);
    out.push(s);
  }
  return out;
}
