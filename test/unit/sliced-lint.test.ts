// The editor's sliced lint of a large .jsonl document (server/src/frontend/sliced-lint.ts) gives the whole
// lint's result: the same findings in the same order, the same units; a stale document stops it.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createLinter } from '../../server/src/core/lint.ts';
import { lintInSlices, lintsInSlices, SLICED_MIN_CHARS } from '../../server/src/frontend/sliced-lint.ts';

function batch(lines: number): string {
  const out: string[] = [];
  for (let i = 0; i < lines; i++) {
    if (i % 50 === 7) out.push('{"custom_id": "broken", "body": {');
    else if (i % 9 === 0) out.push(`{"custom_id": "a${i}", "params": {"model": "claude-sonnet-4-5", "max_tokens": 10, "messages": [{"role": "user", "content": [{"type": "text", "text": ""}]}]}}`);
    else out.push(`{"custom_id": "r${i}", "method": "POST", "url": "/v1/chat/completions", "body": {"model": "gpt-4.1-mini", "messages": [{"role": "user", "content": "${'é'.repeat(400)} ${i}"}]${i % 7 === 0 ? ', "top_k": 3' : ''}}}`);
  }
  return `\ufeff${out.join('\r\n')}\r\n`;
}

describe('lintInSlices', () => {
  const text = batch(6000);
  const options = { languageId: 'jsonl', filePath: '/tmp/big.jsonl' };

  it('is used for .jsonl documents over the threshold only', () => {
    assert.ok(text.length > SLICED_MIN_CHARS);
    assert.ok(lintsInSlices(text, options));
    assert.ok(!lintsInSlices(text.slice(0, 1000), options));
    assert.ok(!lintsInSlices(text, { languageId: 'json', filePath: '/tmp/big.json' }));
  });

  it('equals one whole lint; partial results grow slice by slice', async () => {
    const whole = createLinter().lint(text, options);
    const partials: number[] = [];
    const sliced = await lintInSlices(text, options, createLinter(), { stale: () => false, partial: (r) => void partials.push(r.findings.length), publishEveryMs: 0, sliceMs: 0 });
    assert.ok(sliced);
    assert.ok(whole.findings.length > 1000, `${whole.findings.length} findings`);
    assert.deepEqual(sliced.findings, whole.findings);
    assert.deepEqual(sliced.units.map((u) => u.unit.span), whole.units.map((u) => u.unit.span));
    assert.deepEqual(sliced.deferred, whole.deferred);
    assert.ok(partials.length >= 5, `${partials.length} partial results`);
    assert.deepEqual([...partials].sort((a, b) => a - b), partials);
  });

  it('stops when the document is stale', async () => {
    let slices = 0;
    const result = await lintInSlices(text, options, createLinter(), { stale: () => slices >= 2, partial: () => void slices++, publishEveryMs: 0, sliceMs: 0 });
    assert.equal(result, null);
    assert.equal(slices, 2);
  });
});
