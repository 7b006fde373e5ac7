import assert from 'node:assert/strict';
import { lintText } from '../../server/src/core/lint.ts';
import { LineIndex } from '../../server/src/core/text.ts';
import type { Finding } from '../../server/src/core/types.ts';
import type { RuleCase } from '../../rules/types.ts';

const EXTENSIONS = { http: 'http', json: 'json', jsonc: 'jsonc', jsonl: 'jsonl' } as const;

/** Lints a case through the real pipeline and returns this rule's findings with 0-based lines. */
export function findingsOf(ruleId: string, testCase: RuleCase): (Finding & { line: number })[] {
  const result = lintText(testCase.code, { languageId: testCase.languageId, filePath: `/cases/case.${EXTENSIONS[testCase.languageId]}` });
  const lines = new LineIndex(testCase.code);
  return result.findings.filter((f) => f.rule === ruleId).map((f) => ({ ...f, line: lines.positionAt(f.span.start).line }));
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
    if (typeof want.message === 'string') assert.ok(got.message.includes(want.message), `"${testCase.name}" finding ${i}: message "${got.message}" lacks "${want.message}"`);
    if (want.message instanceof RegExp) assert.match(got.message, want.message);
    assert.ok(got.span.end > got.span.start, `"${testCase.name}" finding ${i}: empty span`);
  });
}
