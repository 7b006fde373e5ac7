// Fills the README's command-line samples with what the built CLI (dist/cli.js) prints now, so they
// cannot drift. Each region names its command in its start marker:
//   <!-- cli-sample: check examples/ -->
//   ...generated: the command, its output, its exit status...
//   <!-- /cli-sample -->
// `npm run docs` rewrites them (after a build); test/unit/readme.test.ts fails when one is stale.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..');
const REGION = /(<!-- cli-sample: (.+?) -->\n)[\s\S]*?(<!-- \/cli-sample -->)/g;

/** The sample of one command: the prompt line, its output (stdout, then stderr) and its exit status. */
export function cliSample(command: string): string {
  const args = command.split(' ').filter(Boolean);
  // English, no colour, no terminal: the same text on every machine.
  const env = { ...process.env, NO_COLOR: '1', LANG: 'C', LC_ALL: '', LC_MESSAGES: '' };
  const r = spawnSync(process.execPath, [path.join(ROOT, 'dist/cli.js'), ...args], { cwd: ROOT, encoding: 'utf8', env, timeout: 120_000 });
  if (r.error || r.status === null) throw new Error(`llm-preflight ${command}: ${r.error?.message ?? r.signal}`);
  const output = `${r.stdout}${r.stderr}`.trimEnd();
  return ['```console', `$ npx llm-preflight ${command}`, ...(output ? [output] : []), '$ echo $?', String(r.status), '```'].join('\n');
}

/** The README with every cli-sample region regenerated. */
export function withCliSamples(readme: string): string {
  return readme.replace(REGION, (_, start: string, command: string, end: string) => `${start}${cliSample(command)}\n${end}`);
}

/** The commands the README samples, in order (the test checks there is at least one per command). */
export function sampledCommands(readme: string): string[] {
  return [...readme.matchAll(REGION)].map((m) => m[2]);
}

if (process.argv[1]?.endsWith('cli-samples.ts')) {
  const file = path.join(ROOT, 'README.md');
  writeFileSync(file, withCliSamples(readFileSync(file, 'utf8')));
}
