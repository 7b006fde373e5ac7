// The terminal links' batch: which output goes to the finder for one hovered line, and where the link
// lands on that line. The finder itself is the server's (server/src/frontend/explain-request.ts), the one
// the hover and the CLI use. Run: node --import tsx --test test/terminal/*.test.ts
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHARS_EACH_SIDE, linkRange, windowAround } from '../../client/src/terminal/window.ts';
import { plainText } from '../../client/src/terminal/plain-text.ts';
import { findErrorsRequest, explainRequest, explainViewTitle } from '../../server/src/frontend/explain-request.ts';
import { explainText } from '../../server/src/core/errors/index.ts';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '../fixtures/terminal', name), 'utf8');
const PY = fixture('python-429.txt');
const BODY = fixture('anthropic-529.txt');
const LOG = `${PY}${BODY}\n$ npm run dev\n> ready on http://localhost:3000\n`;

/** The rows that get a link, as the link provider computes them (one request per hovered line). */
function linkedRows(log: string): number[] {
  return log.split('\n').flatMap((line, row) => {
    const w = windowAround(log, line);
    return findErrorsRequest(w.text, w.from, w.to, 'en').some((e) => linkRange(w, e.start, e.end, line)) ? [row] : [];
  });
}

test('the Python traceback links its exception line; the 529 response links every row from its status line to the closing brace', () => {
  const rows = linkedRows(LOG);
  const lines = LOG.split('\n');
  const pyRow = lines.findIndex((l) => l.startsWith('openai.RateLimitError'));
  const status = lines.indexOf('HTTP/2 529');
  const close = lines.indexOf('}', status);
  const bodyRows = Array.from({ length: close - status + 1 }, (_, i) => status + i);
  assert.ok(close - status + 1 >= 36, 'the body spans the rows the fixture says');
  assert.ok(rows.includes(pyRow), `the 429 line is linked (rows ${rows.join(',')})`);
  for (const r of bodyRows.filter((b) => lines[b].trim())) assert.ok(rows.includes(r), `row ${r} of the 529 response is linked: ${lines[r]}`);
  // Not errors: the shell prompt, the curl command, the traceback's frames, the dev server's log.
  const extra = rows.filter((r) => r !== pyRow && !bodyRows.includes(r));
  assert.ok(!rows.includes(lines.indexOf('', status)), 'the blank line between headers and body has nothing to link');
  assert.deepEqual(extra.map((r) => lines[r]), []);
});

test('the link starts at the text of the line, not at its indentation', () => {
  const line = '    "type": "overloaded_error",';
  const w = windowAround(BODY, line);
  const [error] = findErrorsRequest(w.text, w.from, w.to, 'en');
  assert.deepEqual(linkRange(w, error.start, error.end, line), { startIndex: 4, length: line.length - 4 });
});

test('a line the log does not hold is read alone (no shell integration): a one-line error still links, a JSON fragment does not', () => {
  const line = PY.split('\n').find((l) => l.startsWith('openai.RateLimitError'))!;
  const alone = windowAround('', line);
  assert.deepEqual(alone, { text: line, from: 0, to: line.length });
  assert.equal(findErrorsRequest(alone.text, alone.from, alone.to, 'en').length, 1);
  const fragment = windowAround('', '    "message": "Overloaded"');
  assert.equal(findErrorsRequest(fragment.text, fragment.from, fragment.to, 'en').length, 0);
});

test('success bodies and plain logs give no link', () => {
  const ok = 'HTTP/1.1 200 OK\ncontent-type: application/json\n\n{"id":"chatcmpl-1","object":"chat.completion","choices":[{"index":0,"message":{"role":"assistant","content":"The error code 429 means rate_limit_exceeded."},"finish_reason":"stop"}]}\n';
  assert.deepEqual(linkedRows(ok), []);
  assert.deepEqual(linkedRows('Compiling...\nerror: build failed in 2 files\nwarning: 3 unused imports\n'), []);
});

test('the batch is bounded: a megabyte of output around the line sends at most the context limit', () => {
  const noise = '2026-12-07T04:00:00Z INFO request served in 12 ms\n'.repeat(40_000);
  const log = `${noise}${BODY}\n${noise}`;
  const w = windowAround(log, '    "type": "overloaded_error",');
  assert.ok(w.text.length <= 2 * CHARS_EACH_SIDE + 64, `window of ${w.text.length} characters`);
  assert.equal(findErrorsRequest(w.text, w.from, w.to, 'en').length, 1);
});

test('escape sequences, CRLF and shell-integration marks are dropped from the recorded output', () => {
  const raw = '\x1b]633;C\x07\x1b[31mopenai.RateLimitError\x1b[0m: Error code: 429\r\n\x1b]0;title\x1b\\done\r\n';
  assert.equal(plainText(raw), 'openai.RateLimitError: Error code: 429\ndone\n');
});

test('the view is titled after the error; `at` picks one error of several', () => {
  assert.equal(explainViewTitle(explainText(BODY)), 'Explain: Anthropic 529 overloaded_error');
  const both = explainRequest(LOG, undefined, 'en', () => undefined);
  assert.equal(both.count, 2);
  assert.match(both.title, /^Explain: OpenAI 429 rate_limit_exceeded \(\+1 more\)$/);
  const at = LOG.indexOf('HTTP/2 529');
  const one = explainRequest(LOG, at, 'en', () => undefined);
  assert.equal(one.count, 1);
  assert.equal(one.title, 'Explain: Anthropic 529 overloaded_error');
  assert.match(one.markdown, /overload/i);
});
