/** HTML error pages (html.ts): the title's status, Cloudflare's code and sub-headline; a page without an error stays quiet. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { explainText, findErrorPayloads } from '../../server/src/core/errors/index.ts';

test("nginx's page: the title's status", () => {
  const [x] = explainText('<html>\n<head><title>504 Gateway Time-out</title></head>\n<body><center><h1>504 Gateway Time-out</h1></center><hr><center>nginx</center></body></html>');
  assert.equal(x.status, 504);
  assert.equal(x.fault, 'upstream');
  assert.equal(x.retryable, true);
});

test("Cloudflare's 5xx page: the status in a title with the host", () => {
  const [x] = explainText('<!DOCTYPE html><html><head><title>api.example.com | 524: A timeout occurred</title></head><body></body></html>');
  assert.equal(x.status, 524);
  assert.equal(x.retryable, true);
});

test("Cloudflare's own 1xxx error, with or without the page's head, is the edge's (not retryable)", () => {
  const block = '<div id="cf-error-details"><h1><span class="cf-error-type">Error</span> <span class="cf-error-code">1101</span></h1><h2 class="cf-subheadline">Worker threw exception</h2></div>';
  for (const text of [block, `<html><head><title>Worker threw exception | gw.example.com | Cloudflare</title></head><body>${block}</body></html>`]) {
    const [x] = explainText(text);
    assert.equal(x.id, 'kind/edge-config');
    assert.equal(x.fault, 'relay');
    assert.equal(x.retryable, false);
  }
});

test('an ordinary page is not an error', () => {
  assert.deepEqual(findErrorPayloads('<html><head><title>Welcome to nginx!</title></head><body>It works: 2024 visitors</body></html>'), []);
});
