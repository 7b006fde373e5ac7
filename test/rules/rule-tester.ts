import assert from 'node:assert/strict';
import { lintText } from '../../server/src/core/lint.ts';
import { LineIndex } from '../../server/src/core/text.ts';
import type { Finding } from '../../server/src/core/types.ts';
import type { RuleCase, RuleContext, RuleModule } from '../../rules/types.ts';
import { RULES } from '../../rules/index.ts';
import { applyFixEdits } from '../../server/src/core/fix.ts';
import { nonOverlapping } from '../../server/src/core/fix-all.ts';

const EXTENSIONS = { http: 'http', json: 'json', jsonc: 'jsonc', jsonl: 'jsonl' } as const;

/** The messageIds each rule reported while its cases ran (checked against meta.messages). */
const usedMessageIds = new Map<string, Set<string>>();

export function messageIdsUsed(ruleId: string): ReadonlySet<string> {
  return usedMessageIds.get(ruleId) ?? new Set();
}

/** The rule with its reports recorded (messageId), otherwise unchanged. */
function instrument(rule: RuleModule): RuleModule {
  const used = usedMessageIds.get(rule.meta.id) ?? new Set<string>();
  usedMessageIds.set(rule.meta.id, used);
  const recorded = (context: RuleContext): RuleContext => ({
    ...context,
    report: (r) => {
      if (r.messageId !== undefined) used.add(r.messageId in (rule.meta.messages ?? {}) ? r.messageId : `unknown:${r.messageId}`);
      // A message written out cannot be translated: every report (and a deferred check's render) goes by id.
      else used.add(`written-out:${r.message}`);
      context.report(r);
    },
  });
  return {
    meta: rule.meta,
    ...(rule.check && { check: (context: RuleContext) => rule.check!(recorded(context)) }),
    ...(rule.create && { create: (context: RuleContext) => rule.create!(recorded(context)) }),
  };
}

const INSTRUMENTED: readonly RuleModule[] = RULES.map(instrument);

/** Lints a case through the real pipeline and returns this rule's findings with 0-based lines. */
export function findingsOf(ruleId: string, testCase: RuleCase): (Finding & { line: number })[] {
  const result = lintText(testCase.code, { languageId: testCase.languageId, filePath: `/cases/case.${EXTENSIONS[testCase.languageId]}`, ...(testCase.limits && { limits: testCase.limits }) }, { rules: INSTRUMENTED });
  const lines = new LineIndex(testCase.code);
  const found = result.findings.filter((f) => f.rule === ruleId).map((f) => ({ ...f, line: lines.positionAt(f.span.start).line }));
  // A fix never touches text outside the request body it was computed for, except the very text its
  // finding covers (a header or URL literal: `document` fixes).
  const bodies = result.units.map((u) => u.unit.bodySpan).filter((s) => s !== undefined);
  for (const f of found) {
    for (const edit of (f.fixes ?? []).flatMap((x) => x.edits)) {
      const own = f.span.start <= edit.span.start && edit.span.end <= f.span.end;
      assert.ok(own || bodies.some((b) => b.start <= edit.span.start && edit.span.end <= b.end), `"${testCase.name}": a fix of ${ruleId} edits outside the request body`);
    }
  }
  return found;
}

export function assertValid(ruleId: string, testCase: RuleCase): void {
  const found = findingsOf(ruleId, testCase);
  assert.deepEqual(found.map((f) => `${f.line}: ${f.message}`), [], `${ruleId} must not report on "${testCase.name}"`);
}

export function assertInvalid(ruleId: string, testCase: RuleCase): void {
  assert.ok(testCase.providerError, `invalid case "${testCase.name}" must state the provider error it reproduces`);
  const expected = testCase.errors ?? [];
  assert.ok(expected.length > 0, `invalid case "${testCase.name}" must list the findings it expects`);
  const found = findingsOf(ruleId, testCase);
  assert.equal(found.length, expected.length, `"${testCase.name}": expected ${expected.length} finding(s), got:\n${found.map((f) => `  ${f.line}: ${f.message}`).join('\n')}`);
  expected.forEach((want, i) => {
    const got = found[i];
    if (want.line !== undefined) assert.equal(got.line, want.line, `"${testCase.name}" finding ${i}: line`);
    if (want.severity) assert.equal(got.severity, want.severity, `"${testCase.name}" finding ${i}: severity`);
    // A case's expected text may be the message's or the provider's quote beside it (Finding.quote).
    const said = got.quote ? `${got.message}\n${got.quote.provider} answers: "${got.quote.text}"` : got.message;
    if (typeof want.message === 'string') assert.ok(said.includes(want.message), `"${testCase.name}" finding ${i}: message "${said}" lacks "${want.message}"`);
    if (want.message instanceof RegExp) assert.match(said, want.message);
    if (got.quote) assert.ok(got.quote.text.trim() && got.quote.provider.trim() && !got.message.includes(got.quote.text), `"${testCase.name}" finding ${i}: the quote is empty or repeated in the message`);
    assert.ok(got.span.end > got.span.start, `"${testCase.name}" finding ${i}: empty span`);
    if (want.fixes) {
      const fixes = got.fixes ?? [];
      assert.equal(fixes.length, want.fixes.length, `"${testCase.name}" finding ${i}: fixes offered: ${JSON.stringify(fixes.map((f) => f.title))}`);
      want.fixes.forEach((w, k) => {
        if (typeof w.title === 'string') assert.equal(fixes[k].title, w.title, `"${testCase.name}" finding ${i} fix ${k}: title`);
        else assert.match(fixes[k].title, w.title);
        assert.equal(applyFixEdits(testCase.code, fixes[k].edits), w.output, `"${testCase.name}" finding ${i} fix "${fixes[k].title}": output`);
      });
    }
  });
  // Like ESLint's RuleTester `output`: the first fix of every finding applied (one pass, no overlaps).
  const offered = found.filter((f) => f.fixes?.length);
  if (testCase.output === undefined) {
    assert.deepEqual(offered.map((f) => f.fixes!.map((x) => x.title)), [], `"${testCase.name}" offers fixes: state the \`output\` after applying them`);
  } else {
    const output = applyFixEdits(testCase.code, nonOverlapping(found, (f) => f.fixes?.[0]).flatMap((f) => f.edits));
    assert.equal(output, testCase.output, `"${testCase.name}": output after the fixes`);
    if (testCase.output === testCase.code) assert.equal(offered.length, 0, `"${testCase.name}": output equals code, yet fixes are offered`);
  }
}
