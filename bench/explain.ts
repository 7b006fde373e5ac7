/**
 * Speed of the error finder + matcher, run by hand: node --import tsx bench/explain.ts
 * (not part of the tests; the tests check linear work as a property, test/errors/adversarial.test.ts).
 */
import { CATALOG, explainAt, explainText, findErrorPayloads, matchEntry } from '../server/src/core/errors/index.ts';

function time(label: string, fn: () => number): void {
  fn(); // warm up
  const start = performance.now();
  const n = fn();
  const ms = performance.now() - start;
  console.log(`${label.padEnd(58)} ${ms.toFixed(1).padStart(8)} ms  (${n} payloads)`);
}

const examples = CATALOG.flatMap((e) => e.examples);
const logLine = (i: number) => `2026-01-02 10:00:${String(i % 60).padStart(2, '0')} INFO request ${i} served in 12ms model=gpt-4o tokens=1234\n`;
let log = '';
for (let i = 0; log.length < 10_000_000; i++) log += i % 200 === 0 ? `2026-01-02 ERROR ${examples[i % examples.length].split('\n').join(' ')}\n` : logLine(i);
const plain = 'lorem ipsum dolor sit amet, consectetur adipiscing elit, '.repeat(18_000);
const withError = plain + '{"error":{"message":"prompt is too long: 228527 tokens > 200000 maximum","type":"invalid_request_error"}}' + plain;

console.log(`catalog: ${CATALOG.length} entries, ${examples.length} examples`);
time('all catalog examples, find + match', () => {
  let n = 0;
  for (const ex of examples) for (const p of findErrorPayloads(ex)) if (matchEntry(p, CATALOG)) n++;
  return n;
});
time(`1 MB line, no errors (${(plain.length / 1e6).toFixed(1)} MB)`, () => findErrorPayloads(plain).length);
time(`1 MB line with one error (${(withError.length / 1e6).toFixed(1)} MB)`, () => explainText(withError).length);
time(`10 MB log, one error line in 200 (${(log.length / 1e6).toFixed(1)} MB)`, () => explainText(log).length);
time('hover in the 10 MB log (explainAt, windowed)', () => (explainAt(log, Math.floor(log.length / 2)) ? 1 : 0));
time('100 000 × "Error code: 400 - {\'error\': " on one line', () => findErrorPayloads("Error code: 400 - {'error': ".repeat(100_000)).length);
