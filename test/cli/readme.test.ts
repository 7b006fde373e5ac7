// The README's command-line samples are what the commands print now (scripts/cli-samples.ts).
// Run: node --import tsx --test test/cli/readme.test.ts; fix with `npm run docs`.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { before, test } from 'node:test';
import { ensureBuilt, root } from '../protocol/client.ts';
import { cliSample, sampledCommands, withCliSamples } from '../../scripts/cli-samples.ts';

const readme = () => readFileSync(path.join(root, 'README.md'), 'utf8');
before(() => ensureBuilt());

test('the README samples both commands, their --help, and a failing check with its exit status', () => {
  const commands = sampledCommands(readme());
  for (const expected of ['check --help', 'explain --help']) assert.ok(commands.includes(expected), `${expected} in ${commands}`);
  assert.ok(commands.some((c) => /^check examples\//.test(c)));
  assert.ok(commands.some((c) => /^explain /.test(c) && !c.includes('--help')));
  assert.match(cliSample('check examples/'), /\n\$ echo \$\?\n1\n```$/, 'the examples fail on purpose: exit 1');
});

test('every README sample is what the command prints now (npm run docs regenerates them)', () => {
  const text = readme();
  const fresh = withCliSamples(text);
  if (fresh === text) return;
  const a = text.split('\n');
  const b = fresh.split('\n');
  const i = a.findIndex((line, n) => line !== b[n]);
  assert.fail(`README.md line ${i + 1} differs from what the command prints now:\n  README: ${a[i]}\n  now:    ${b[i]}\nRun npm run docs.`);
});
