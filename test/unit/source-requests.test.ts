import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { holdsRequest } from '../../client/src/source-requests.ts';

// The client starts the server for a script or a Markdown file only when it may hold a request (issue 12);
// the lazy-start check (test/e2e/lazy-start.mjs) opens a Markdown note and expects no server.
const FIXTURES = join(import.meta.dirname, '../fixtures/sources');

test('a note, a README of configuration and a script without curl hold no request', () => {
  assert.equal(holdsRequest('markdown', '# Notes\n\nBuy eggs. Call Sam about the offsite.\n'), false);
  assert.equal(holdsRequest('markdown', '# Config\n\n```json\n{"name": "x", "version": 1}\n```\n\n```bash\nnpm install\n```\n'), false);
  assert.equal(holdsRequest('shellscript', '#!/bin/sh\necho hello\n'), false);
  assert.equal(holdsRequest('plaintext', 'curl https://api.openai.com'), false);
});

test('every fixture script and README holds one, and so do request fences of each kind', () => {
  for (const name of readdirSync(join(FIXTURES, 'shell'))) assert.ok(holdsRequest('shellscript', readFileSync(join(FIXTURES, 'shell', name), 'utf8')), name);
  for (const name of readdirSync(join(FIXTURES, 'markdown'))) assert.ok(holdsRequest('markdown', readFileSync(join(FIXTURES, 'markdown', name), 'utf8')), name);
  assert.ok(holdsRequest('markdown', '~~~console\n$ curl https://x -d @body.json\n~~~\n'));
  assert.ok(holdsRequest('markdown', '```http\nPOST https://x/v1/messages\n```\n'));
  assert.ok(holdsRequest('markdown', '```json\n{"model": "gpt-4o"}\n```\n'));
});
