// Packages the extension as llm-preflight-<version>.vsix with @vscode/vsce. Everything the extension
// runs is bundled into dist/, so dependencies are not copied (--no-dependencies).
// A marketplace listing must package without warnings (issue 11): any warning vsce prints fails the build.
import { createVSIX } from '@vscode/vsce';
import { readFileSync } from 'node:fs';

const warnings = [];
delete process.env.GITHUB_ACTIONS; // vsce sends warnings there as annotations instead of console.warn
const warn = console.warn;
console.warn = (...args) => { warnings.push(args.join(' ')); warn(...args); };
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
await createVSIX({ packagePath: `llm-preflight-${version}.vsix`, dependencies: false });
console.warn = warn;
if (warnings.length) {
  console.error(`vsce printed ${warnings.length} warning(s); the package must build without any.`);
  process.exit(1);
}
