import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { mayHoldRequests } from '../../server/src/core/sources/cheap-check.ts';

// The client starts the server for a script or a Markdown file only when it may hold a request (issue 12), with
// the server's own cheap check (client/src/serving.ts imports core/sources/cheap-check.ts, which has no imports);
// the lazy-start check (test/e2e/lazy-start.mjs) opens a Markdown note and expects no server.
const FIXTURES = join(import.meta.dirname, '../fixtures/sources');

test('a note, a README of configuration or code, and a script without curl hold no request', () => {
  assert.equal(mayHoldRequests('# Notes\n\nBuy eggs. Call Sam about the offsite.\n', 'markdown'), false);
  assert.equal(mayHoldRequests('# Config\n\n```json\n{"name": "x", "version": 1}\n```\n\n```bash\nnpm install\n```\n', 'markdown'), false);
  assert.equal(mayHoldRequests('# Usage\n\n```python\nimport requests\nrequests.get("https://example.com")\n```\n', 'markdown'), false);
  assert.equal(mayHoldRequests('Call https://api.openai.com/v1/chat/completions, or curl it (no fence).\n', 'markdown'), false);
  assert.equal(mayHoldRequests('#!/bin/sh\necho hello\n', 'shell'), false);
});

test('every fixture script and README holds one, and so do request fences of each kind', () => {
  for (const name of readdirSync(join(FIXTURES, 'shell'))) assert.ok(mayHoldRequests(readFileSync(join(FIXTURES, 'shell', name), 'utf8'), 'shell'), name);
  for (const name of readdirSync(join(FIXTURES, 'markdown'))) assert.ok(mayHoldRequests(readFileSync(join(FIXTURES, 'markdown', name), 'utf8'), 'markdown'), name);
  assert.ok(mayHoldRequests('~~~console\n$ curl https://x -d @body.json\n~~~\n', 'markdown'));
  assert.ok(mayHoldRequests('```http\nPOST https://x/v1/messages\n```\n', 'markdown'));
  assert.ok(mayHoldRequests('```json\n{"model": "gpt-4o"}\n```\n', 'markdown'));
  assert.ok(mayHoldRequests('echo "{}" | curl -d @- https://x/v1/messages\n', 'shell'));
});
