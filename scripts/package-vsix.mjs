// Packages the extension as llm-preflight-<version>.vsix with @vscode/vsce. Everything the extension
// runs is bundled into dist/, so dependencies are not copied (--no-dependencies).
import { createVSIX } from '@vscode/vsce';
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
await createVSIX({ packagePath: `llm-preflight-${version}.vsix`, dependencies: false, allowMissingRepository: true, skipLicense: true });
