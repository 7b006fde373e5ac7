// `npm test`: builds the bundles (and the .vsix when missing or older than its sources), then runs every test layer — unit, rules,
// protocol, CLI, Neovim, code-server — in one `node --test` run so there is one summary.
// Pass file paths or folders to run a subset: `npm test -- test/unit`.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const run = (cmd, args) => {
  const result = spawnSync(cmd, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

run(process.execPath, ['esbuild.mjs']);
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
// A .vsix older than the sources would put yesterday's extension into the editor suites: package it again.
const vsix = `llm-preflight-${version}.vsix`;
if (!existsSync(vsix) || statSync(vsix).mtimeMs < newestSource()) run(process.execPath, ['scripts/package-vsix.mjs']);

const roots = process.argv.slice(2).length ? process.argv.slice(2) : ['test'];
const files = roots.flatMap((root) => (statSync(root).isDirectory() ? walk(root) : [root])).sort();
// A test file that hangs fails after 15 minutes instead of holding CI to its 90-minute limit.
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-timeout=900000', ...files], { stdio: 'inherit' });
process.exit(result.status ?? 1);

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'fixtures' ? [] : walk(path);
    return entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

/** The newest modification time among what the .vsix is built from. */
function newestSource() {
  const inputs = ['client/src', 'server/src', 'rules', 'l10n', 'syntaxes', 'package.json', 'package.nls.json', 'esbuild.mjs'];
  let newest = 0;
  const visit = (path) => {
    if (!existsSync(path)) return;
    const stat = statSync(path);
    if (!stat.isDirectory()) return void (newest = Math.max(newest, stat.mtimeMs));
    for (const entry of readdirSync(path)) visit(join(path, entry));
  };
  for (const input of inputs) visit(input);
  return newest;
}
