// A large .jsonl document is linted in slices that yield (server/src/frontend/sliced-lint.ts): another
// document's hover is answered while it lints, its findings are published as slices finish, and a newer
// version stops the older lint. Ordering is asserted, never time.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { ensureBuilt, LspClient, positionOf } from './client.ts';

const SMALL = 'file:///work/sliced/small.http';
const BIG = 'file:///work/sliced/big.jsonl';
const SMALL_TEXT = 'POST https://api.openai.com/v1/chat/completions\nContent-Type: application/json\nAuthorization: Bearer {{key}}\n\n{"model": "gpt-4o", "messages": [{"role": "user", "content": "hi"}], "temperature": 0.5}\n';

/** `lines` batch lines of about 3 KB, each with one finding (an unknown parameter): about 15 MB for 5 000. */
function batch(lines: number, filler = 'x'): string {
  const content = filler.repeat(2900);
  let text = '';
  for (let i = 0; i < lines; i++) text += `{"custom_id": "r${i}", "method": "POST", "url": "/v1/chat/completions", "body": {"model": "gpt-4.1-mini", "messages": [{"role": "user", "content": "${content}"}], "top_k": ${i}}}\n`;
  return text;
}

describe('a large .jsonl document is linted in slices', () => {
  let client: LspClient;
  before(async () => {
    ensureBuilt();
    client = await LspClient.start();
    await client.openAndWait(SMALL, 'http', SMALL_TEXT);
  });
  after(async () => {
    await client?.dispose();
  });

  it('a hover on another document is answered before the last slice; findings arrive slice by slice', async () => {
    const since = client.mark();
    await client.open(BIG, 'jsonl', batch(5000));
    const hover = await client.hover(SMALL, positionOf(SMALL_TEXT, '"temperature"', 2), 120_000);
    assert.ok(hover, 'the hover is answered');
    const seenAtHover = client.publishesFor(BIG).length;
    const complete = await client.waitForDiagnostics(BIG, (p) => p.diagnostics.length === 5000, { since, timeoutMs: 300_000 });
    const publishes = client.publishesFor(BIG);
    const completeAt = publishes.indexOf(complete);
    assert.ok(completeAt >= seenAtHover, `the complete list (publish ${completeAt + 1}) came after the hover's answer (${seenAtHover} publishes then)`);
    const counts = publishes.slice(0, completeAt + 1).map((p) => p.diagnostics.length);
    assert.ok(counts.length >= 2, `published as slices finished: ${counts.join(', ')}`);
    for (let i = 1; i < counts.length; i++) assert.ok(counts[i] >= counts[i - 1], `each publish adds to the last: ${counts.join(', ')}`);
    assert.ok(complete.diagnostics.every((d) => d.code === 'unknown-parameter'));
    assert.deepEqual(
      complete.diagnostics.map((d) => d.range.start.line),
      Array.from({ length: 5000 }, (_, i) => i),
      'one finding per line, in line order',
    );
  });

  it('a newer version stops the older lint: nothing of version 1 is published once version 2 is', async () => {
    const uri = 'file:///work/sliced/edited.jsonl';
    const since = client.mark();
    await client.open(uri, 'jsonl', batch(5000), 1);
    await client.waitForDiagnostics(uri, (p) => p.version === 1, { since, timeoutMs: 300_000 });
    await client.change(uri, 2, [{ text: batch(3000, 'y') }]);
    await client.waitForDiagnostics(uri, (p) => p.version === 2 && p.diagnostics.length === 3000, { since, timeoutMs: 300_000 });
    const versions = client.publishes.slice(since).filter((p) => p.uri === uri).map((p) => p.version);
    const firstOfTwo = versions.indexOf(2);
    assert.ok(versions.slice(firstOfTwo).every((v) => v === 2), `versions published: ${versions.join(', ')}`);
    // (Whether version 1 is stopped half-way depends on how fast this machine lints it before the change
    // arrives; test/unit/sliced-lint.test.ts checks the stop itself, with no timing.)
  });
});
