import assert from 'node:assert/strict';
import { test } from 'node:test';
import { apiForPath } from '../../server/src/frontend/api-globs.ts';

// llmPreflight.apis: globs → API ids, matched on the workspace-relative and on the absolute path.
test('llmPreflight.apis globs pick the API by path, the same on every call (compiled globs are reused)', () => {
  const mapping = { 'fixtures/claude/**': 'anthropic-messages', '*.gemini.json': 'gemini-generate', 'bad/**': 'not-an-api' };
  for (let i = 0; i < 3; i++) {
    assert.equal(apiForPath(mapping, '/w/fixtures/claude/a.json', 'fixtures/claude/a.json'), 'anthropic-messages');
    assert.equal(apiForPath(mapping, '/w/deep/x.gemini.json', 'deep/x.gemini.json'), 'gemini-generate', 'a glob without / matches the base name');
    assert.equal(apiForPath(mapping, '/w/bad/a.json', 'bad/a.json'), undefined, 'an unknown API id is ignored');
    assert.equal(apiForPath(mapping, '/w/other/a.json', 'other/a.json'), undefined);
    assert.equal(apiForPath(undefined, '/w/fixtures/claude/a.json'), undefined);
  }
});
