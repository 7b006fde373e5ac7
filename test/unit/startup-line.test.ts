// The output channel's first server line (server/src/frontend/startup-line.ts): what a user who clicks the
// status item sees. Run: node --import tsx --test test/unit/startup-line.test.ts
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { startupLine } from '../../server/src/frontend/startup-line.ts';

const { version } = JSON.parse(readFileSync(join(import.meta.dirname, '../../package.json'), 'utf8')) as { version: string };

test('version, pid, locale, the files served and the env files watched', () => {
  const line = startupLine({ locale: 'zh-cn', displayLanguage: 'zh-Hans', workspaceFolders: ['/w'], trusted: true });
  assert.ok(line.startsWith(`LLM Preflight ${version} language server started: pid ${process.pid}, Node ${process.version}`), line);
  assert.match(line, /; locale zh-cn \(display language zh-Hans\); linting \.http \.rest \.json \.jsonc \.jsonl; /);
  assert.match(line, /; watching http-client\.env\.json http-client\.private\.env\.json \.env \.env\.\* in \/w$/);
});

test('an untrusted workspace says what is not read', () => {
  assert.match(startupLine({ locale: 'en', displayLanguage: undefined, workspaceFolders: [], trusted: false }), /in none \(untrusted workspace: private env and \.env files are not read\)$/);
});
