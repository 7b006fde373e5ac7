/**
 * The long fuzzing campaign: `npm run fuzz`. Runs every property (or those whose name contains
 * one of the comma-separated FUZZ_ONLY pieces) for FUZZ_RUNS inputs or FUZZ_SECONDS seconds each (default 60 s), from FUZZ_SEED (default:
 * random, printed). Prints how many inputs ran per property and, for a failure, the seed, the path and
 * the shrunk counterexample, so it can be replayed and kept in regressions.test.ts.
 */
import fc from 'fast-check';
import { loadSeeds, slowestCall } from './harness.ts';
import { loadAllGrammars } from '../../server/src/core/sources/grammars.ts';
import { properties } from './properties.ts';

const seconds = Number(process.env.FUZZ_SECONDS ?? 60);
const runs = process.env.FUZZ_RUNS ? Number(process.env.FUZZ_RUNS) : undefined;
const only = process.env.FUZZ_ONLY?.split(',').filter(Boolean);
const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : Date.now() % 2 ** 31;
async function main(): Promise<void> {
const seeds = await loadSeeds();
await loadAllGrammars(); // the source property parses with tree-sitter
console.log(`fuzz: ${seeds.length} seeds, seed ${seed}, ${runs ? `${runs} runs` : `${seconds} s`} per property`);

let failed = 0;
let passed = 0;
for (const p of properties(seeds)) {
  if (only?.length && !only.some((piece) => p.name.includes(piece))) continue;
  let count = 0;
  const started = Date.now();
  const details = fc.check(
    fc.property(p.arb, (v) => {
      count++;
      p.check(v);
    }),
    {
      seed,
      numRuns: runs ?? 1_000_000_000,
      ...(runs ? {} : { interruptAfterTimeLimit: seconds * 1000, markInterruptAsFailure: false }),
      endOnFailure: false,
    },
  );
  const elapsed = ((Date.now() - started) / 1000).toFixed(1);
  if (details.failed) {
    failed++;
    const value = details.counterexample?.[0];
    console.log(`FAIL ${p.name}: ${details.numRuns} inputs before the failure (${count} calls incl. shrinking, ${elapsed} s)`);
    console.log(`  replay: FUZZ_SEED=${details.seed} path=${details.counterexamplePath}`);
    console.log(`  counterexample: ${value === undefined ? '?' : p.describe(value as never).slice(0, 4000)}`);
    console.log(`  error: ${String((details.errorInstance as Error | undefined)?.message ?? details.errorInstance).slice(0, 3000)}`);
  } else {
    passed++;
    console.log(`ok   ${p.name}: ${details.numRuns} inputs in ${elapsed} s`);
  }
}
const slow = slowestCall();
console.log(`slowest single call: ${slow.what} on ${slow.chars} chars, ${Math.round(slow.ms)} ms (information, not a limit)`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
}

void main();
