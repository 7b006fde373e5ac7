/** logfmt records (logfmt.ts): an error key with a value reports a failure; empty error keys and lone pairs do not. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { explainText, findErrorPayloads } from '../../server/src/core/errors/index.ts';

test('a warning-level record with err and err_msg: status, code and message are read', () => {
  const line = 'time=2025-01-01T00:00:00Z level=warning msg="request done" status=error http=502 err=upstream_timeout err_msg="Upstream timed out after 60s."';
  const [p] = findErrorPayloads(line);
  assert.equal(p.status, 502);
  assert.ok(p.codes.includes('upstream_timeout'));
  assert.ok(p.messages.includes('Upstream timed out after 60s.'));
  assert.equal(explainText(line)[0].fault, 'upstream');
});

test('no error in the record: err=<nil>, error="" and a lone error= pair are not failures', () => {
  assert.deepEqual(findErrorPayloads('level=info msg="done" err=<nil> status=200'), []);
  assert.deepEqual(findErrorPayloads('level=info msg="done" error="" duration=3ms'), []);
  assert.deepEqual(findErrorPayloads('set error=ignore in the config'), []);
});
