/**
 * Where the lint time goes: time per rule and per pipeline phase on each benchmark payload.
 *
 *   node --import tsx bench/profile.ts                 all payloads, 5 timed lints each
 *   node --import tsx bench/profile.ts --only http     payload ids containing "http"
 *   node --import tsx bench/profile.ts --runs 9 --top 12 --json
 *   node --import tsx bench/profile.ts --warm          keep remembered token counts between runs
 *
 * It installs the opt-in profiler of server/src/core/lint.ts (setLintProfiler), so the rules run
 * exactly as in the pipeline (same context, same order, same lazy tree); nothing is re-implemented
 * here. Each lint is a fresh lintText (no cache). A rule's time includes the spans its findings
 * needed (`locate`); the first `locate` on a body builds the jsonc-parser tree, so a rule that reports
 * on a big body pays for that tree. Numbers are medians over the timed runs; on a shared 2-core
 * machine expect 20-30 % noise, so look at the big numbers only.
 */

import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { lintText, setLintProfiler, type LintOptions } from '../server/src/core/lint.ts';
import { RULES } from '../rules/index.ts';
import { clearTokenCounts } from '../rules/context-window-exceeded/tokens.ts';
import { DEFAULT_SEED, generatePayloads, type Payload } from './generate.ts';

const argv = process.argv.slice(2);
const value = (name: string): string | undefined => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const RUNS = Number(value('--runs') ?? 5);
const TOP = Number(value('--top') ?? 8);
const ONLY = value('--only');
const SEED = value('--seed') !== undefined ? Number(value('--seed')) : DEFAULT_SEED;
const JSON_OUT = argv.includes('--json');
/** Keep context-window-exceeded's remembered token counts between runs (a re-lint); default: each run is a first lint. */
const WARM = argv.includes('--warm');

const gc: () => void = (() => {
  try {
    setFlagsFromString('--expose-gc');
    const fn = runInNewContext('gc') as unknown;
    if (typeof fn === 'function') return fn as () => void;
  } catch {
    /* no gc between runs */
  }
  return () => {};
})();

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length === 0 ? 0 : s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

type Profile = {
  id: string;
  bytes: number;
  totalMs: number;
  rules: Map<string, number>;
  phases: Map<string, number>;
  findings: Map<string, number>;
};

function profile(p: Payload): Profile {
  const options: LintOptions = { languageId: p.kind === 'http' ? 'http' : 'json', filePath: p.filePath };
  const perRule = new Map<string, number[]>();
  const perPhase = new Map<string, number[]>();
  const totals: number[] = [];
  let run = -1;
  const add = (m: Map<string, number[]>, k: string, ms: number): void => {
    let a = m.get(k);
    if (!a) m.set(k, (a = []));
    a[run] = (a[run] ?? 0) + ms;
  };
  setLintProfiler({ rule: (id, ms) => run >= 0 && add(perRule, id, ms), phase: (name, ms) => run >= 0 && add(perPhase, name, ms) });
  try {
    const first = lintText(p.text, options); // warm-up, untimed; gives the finding counts
    const findings = new Map<string, number>();
    for (const f of first.findings) findings.set(f.rule, (findings.get(f.rule) ?? 0) + 1);
    const runs = p.text.length > 5e6 ? Math.min(RUNS, 3) : RUNS;
    for (run = 0; run < runs; run++) {
      if (!WARM) clearTokenCounts();
      gc();
      const t0 = performance.now();
      lintText(p.text, options);
      totals.push(performance.now() - t0);
    }
    const fill = (m: Map<string, number[]>): Map<string, number> =>
      new Map([...m].map(([k, a]) => [k, median(Array.from({ length: runs }, (_, i) => a[i] ?? 0))]));
    return { id: p.id, bytes: Buffer.byteLength(p.text), totalMs: median(totals), rules: fill(perRule), phases: fill(perPhase), findings };
  } finally {
    setLintProfiler(null);
  }
}

const fmt = (ms: number): string => (ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms.toFixed(2));

function main(): void {
  let payloads = generatePayloads(SEED);
  if (ONLY) payloads = payloads.filter((p) => p.id.includes(ONLY));
  const profiles: Profile[] = [];
  for (const p of payloads) {
    process.stderr.write(`profiling ${p.id}...\n`);
    profiles.push(profile(p));
  }

  if (JSON_OUT) {
    const obj = (m: Map<string, number>) => Object.fromEntries(m);
    console.log(JSON.stringify(profiles.map((p) => ({ ...p, rules: obj(p.rules), phases: obj(p.phases), findings: obj(p.findings) })), null, 2));
    return;
  }

  for (const p of profiles) {
    const ruleSum = [...p.rules.values()].reduce((a, b) => a + b, 0);
    const phase = (k: string) => fmt(p.phases.get(k) ?? 0);
    console.log(`\n## ${p.id} (${(p.bytes / 1e6).toFixed(2)} MB): lint ${fmt(p.totalMs)} ms`);
    console.log(`split ${phase('split')} ms, parse ${phase('parse')} ms, detect ${phase('detect')} ms, all rules ${fmt(ruleSum)} ms (of which locate ${phase('locate')} ms)\n`);
    console.log('| rule | ms | % of lint | findings |');
    console.log('| --- | ---: | ---: | ---: |');
    for (const [id, ms] of [...p.rules].sort((a, b) => b[1] - a[1]).slice(0, TOP)) {
      console.log(`| ${id} | ${fmt(ms)} | ${((100 * ms) / p.totalMs).toFixed(0)} % | ${p.findings.get(id) ?? 0} |`);
    }
  }

  // Every rule on every payload, to spot one that is slow only on some shape of body.
  console.log('\n## ms per rule and payload\n');
  console.log(`| rule | ${profiles.map((p) => p.id).join(' | ')} |`);
  console.log(`| --- | ${profiles.map(() => '---:').join(' | ')} |`);
  for (const r of RULES) {
    const cells = profiles.map((p) => (p.rules.has(r.meta.id) ? fmt(p.rules.get(r.meta.id)!) : '-'));
    console.log(`| ${r.meta.id} | ${cells.join(' | ')} |`);
  }
  console.log(`| **lint total** | ${profiles.map((p) => `**${fmt(p.totalMs)}**`).join(' | ')} |`);
}

main();
