/** util.inspect's long strings (gaxios, Google SDKs): literals joined by " +" at line ends are one message (tolerant.ts). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { explainText, findErrorPayloads } from '../../server/src/core/errors/index.ts';

const dump = [
  'GaxiosError: Request failed {',
  '  response: {',
  '    status: 429,',
  '    data: { error: { code: 429,',
  "      message: 'Quota exceeded for quota metric ' +",
  `        "'Generate Content API requests per minute' and limit " +`,
  "        'per minute for a region',",
  "      status: 'RESOURCE_EXHAUSTED' } }",
  '  }',
  '}',
].join('\n');

test('string literals joined by + across lines read as one string', () => {
  const messages = findErrorPayloads(dump).flatMap((p) => p.messages);
  assert.ok(messages.includes("Quota exceeded for quota metric 'Generate Content API requests per minute' and limit per minute for a region"), JSON.stringify(messages));
  assert.equal(explainText(dump)[0].fault, 'rate-limit');
});

