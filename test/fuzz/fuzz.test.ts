/**
 * A short seeded fuzzing campaign (seconds): every property of properties.ts over mutated seeds, with a
 * fixed seed so a failure reproduces. The long campaign is `npm run fuzz` (test/fuzz/campaign.ts).
 */
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { loadSeeds } from './harness.ts';
import { properties } from './properties.ts';
import { loadAllGrammars } from '../../server/src/core/sources/grammars.ts';

const SEED = 20_240_601;
const RUNS = Number(process.env.FUZZ_TEST_RUNS ?? 100);
describe('fuzz (short seeded campaign)', async () => {
  const seeds = await loadSeeds();
  await loadAllGrammars(); // the source-file property parses with tree-sitter
  for (const p of properties(seeds)) {
    test(p.name, () => {
      fc.assert(fc.property(p.arb, (v) => p.check(v)), { seed: SEED, numRuns: RUNS, includeErrorInReport: true });
    });
  }
});
