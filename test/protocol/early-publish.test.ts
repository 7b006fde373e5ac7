// The first lint of a large .http document publishes its top requests first (server/src/frontend/early-lint.ts),
// placed with an index of the top's own lines: those positions must be the whole document's, and an edit that
// arrives during that first lint must leave no publish of the old version after one of the new. Ordering and
// positions are asserted, never time.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { ensureBuilt, LspClient } from './client.ts';
import { createLinter } from '../../server/src/core/lint.ts';
import { LineIndex } from '../../server/src/core/text.ts';
import { EARLY_MIN_CHARS } from '../../server/src/frontend/early-lint.ts';

const URI = 'file:///work/early/requests.http';
const OPTIONS = { languageId: 'http', filePath: '/work/early/requests.http' };

/** Requests with one finding each (an unknown parameter), non-ASCII text and blank lines, past the early-lint size. */
function collection(): string {
  const out: string[] = [];
  for (let i = 0; text(out).length < EARLY_MIN_CHARS * 2; i++) {
    out.push(`### request ${i}`, 'POST https://api.openai.com/v1/chat/completions', 'Authorization: Bearer {{key}}', 'content-type: application/json', '');
    out.push(JSON.stringify({ model: 'gpt-4.1-mini', messages: [{ role: 'user', content: `${'é東'.repeat(400)} ${i}` }], top_k: i }, null, 2), '', '');
  }
  return text(out);
}
const text = (lines: string[]) => lines.join('\n');

/** What the server must publish for `body`: one in-process lint, placed with an index of the whole text. */
function expected(body: string): string[] {
  const lines = new LineIndex(body);
  return createLinter().lint(body, OPTIONS).findings.map((f) => `${f.rule} ${JSON.stringify(lines.rangeOf(f.span))}`);
}

const published = (p: { diagnostics: { code?: unknown; range: unknown }[] }) => p.diagnostics.map((d) => `${d.code} ${JSON.stringify(d.range)}`);

describe('the first publish of a large .http document', () => {
  let client: LspClient;
  before(async () => {
    ensureBuilt();
    client = await LspClient.start({ initializationOptions: { settings: { debounceMs: 0 } } });
  });
  after(async () => {
    await client?.dispose();
  });

  it("places the top's findings where the whole document's index places them; an edit meanwhile leaves no stale publish", async () => {
    const body = collection();
    const all = expected(body);
    const since = client.mark();
    await client.open(URI, 'http', body, 1);
    const first = await client.waitForDiagnostics(URI, (p) => p.version === 1, { since, timeoutMs: 120_000 });
    assert.ok(first.diagnostics.length > 0 && first.diagnostics.length <= all.length, `the first publish holds some findings (${first.diagnostics.length} of ${all.length})`);
    assert.deepEqual(published(first), all.slice(0, first.diagnostics.length), 'the top\'s findings at the whole document\'s positions');

    // A new line at the top moves every finding down by one: sent while the first lint may still be running.
    const edited = '\n' + body;
    await client.change(URI, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '\n' }]);
    const last = await client.waitForDiagnostics(URI, (p) => p.version === 2 && p.diagnostics.length === all.length, { since, timeoutMs: 120_000 });
    assert.deepEqual(published(last), expected(edited));
    const versions = client.publishesFor(URI).slice(0).map((p) => p.version);
    const firstOfNew = versions.indexOf(2);
    assert.ok(versions.slice(firstOfNew).every((v) => v === 2), `no publish of version 1 after one of version 2: ${versions.join(',')}`);
  });
});
