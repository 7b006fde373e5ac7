// Shared helpers for the code-server end-to-end runners (code-server.mjs, ui.mjs).
// code-server 4.100.3 is installed by scripts/setup-editors.sh into .cache/code-server (docs/real-editors.md).
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, openSync, closeSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const csEntry = path.join(root, '.cache/code-server/node_modules/code-server/out/node/entry.js');
export const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const artifacts = path.join(root, 'test-artifacts');
/** Files copied into the workspace and compared editor-vs-CLI by the suite. */
export const EXAMPLES = ['examples/requests.http', 'examples/clean.http', 'examples/anthropic-tool-result.json', 'examples/batch.jsonl'];

export const log = (...a) => console.log(`[e2e ${new Date().toISOString().slice(11, 19)}]`, ...a);

/** Reasons the e2e runners cannot run here, or [] when they can. */
export function missingPrerequisites() {
  const miss = [];
  if (!existsSync(csEntry)) miss.push(`code-server is not installed (${path.relative(root, csEntry)}): run scripts/setup-editors.sh`);
  if (!existsSync(chromiumPath)) miss.push(`chromium is not installed (${chromiumPath}): run scripts/setup-editors.sh or set CHROMIUM_PATH`);
  for (const f of ['dist/server.js', 'dist/client.js', 'dist/cli.js']) {
    if (!existsSync(path.join(root, f))) miss.push(`${f} is missing: run \`node esbuild.mjs\``);
  }
  return miss;
}

export const suiteSrc = path.join(root, 'client/src/test/suite/index.ts');
export const suiteJs = path.join(root, 'dist/test/suite/index.js');

/** The suite bundle normally comes from `node esbuild.mjs`; build it here when it is missing or stale. */
export async function ensureSuiteBuilt() {
  if (!existsSync(suiteJs) || statSync(suiteJs).mtimeMs < statSync(suiteSrc).mtimeMs) {
    log(`building ${path.relative(root, suiteJs)} (missing or older than its source)`);
    const esbuild = await import('esbuild');
    await esbuild.build({ entryPoints: [suiteSrc], bundle: true, platform: 'node', format: 'cjs', target: 'node20',
      external: ['vscode'], outfile: suiteJs, logLevel: 'warning' });
  }
  return suiteJs;
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.unref();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); });
  });
}

/** The CLI's findings per file, keyed by path relative to the repo (and so to the workspace copy). */
export function cliExpected(files = EXAMPLES) {
  const r = spawnSync(process.execPath, [path.join(root, 'dist/cli.js'), 'check', ...files, '--format', 'json'],
    { cwd: root, encoding: 'utf8', timeout: 60_000 });
  if (r.status !== 0 && r.status !== 1) throw new Error(`dist/cli.js check exited ${r.status}: ${r.stderr}`);
  const out = JSON.parse(r.stdout);
  const result = { files: {} };
  for (const rel of files) {
    const e = out.find((x) => path.resolve(root, x.file) === path.join(root, rel));
    result.files[rel] = e ? e.diagnostics : [];   // a file without findings may be left out of the output
  }
  return result;
}

/**
 * A fresh temp folder: user-data dir with quiet settings, an empty extensions dir, a workspace holding a copy
 * of the examples, and the CLI's findings for them.
 */
export function prepareDirs(prefix) {
  const dir = mkdtempSync(path.join(tmpdir(), `llm-preflight-${prefix}-`));
  const user = path.join(dir, 'user'); const ext = path.join(dir, 'ext'); const ws = path.join(dir, 'workspace');
  mkdirSync(path.join(user, 'User'), { recursive: true });
  mkdirSync(ext, { recursive: true });
  writeFileSync(path.join(user, 'User/settings.json'), JSON.stringify({
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.welcomePage.walkthroughs.openOnInstall': false,
    'security.workspace.trust.enabled': false,
    'telemetry.telemetryLevel': 'off',
    'extensions.autoUpdate': false,
    'extensions.autoCheckUpdates': false,
    'extensions.ignoreRecommendations': true,
    'update.mode': 'none',
    'git.enabled': false,
    'editor.hover.delay': 300,
    'workbench.colorTheme': 'Default Light Modern',
  }, null, 2));
  // errors.log is not linted (the explain checks hover on it), so it is copied but not in EXAMPLES.
  for (const rel of [...EXAMPLES, 'examples/errors.log']) cpSync(path.join(root, rel), path.join(ws, rel), { recursive: true });
  const expectedFile = path.join(dir, 'expected.json');
  writeFileSync(expectedFile, JSON.stringify(cliExpected(), null, 2));
  return { dir, user, ext, ws, expectedFile };
}

function baseArgs(d) {
  const cfg = path.join(d.dir, 'config.yaml');
  if (!existsSync(cfg)) writeFileSync(cfg, 'auth: none\ncert: false\n');   // --config keeps ~/.config/code-server untouched
  return ['--config', cfg, '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    '--disable-getting-started-override', '--user-data-dir', d.user, '--extensions-dir', d.ext];
}

/** `code-server --install-extension <vsix>` into the fresh extensions dir. */
export function installVsix(d, vsix) {
  const r = spawnSync(process.execPath, [csEntry, ...baseArgs(d), '--install-extension', vsix],
    { encoding: 'utf8', timeout: 120_000, env: { ...process.env, FORCE_NODE_VERSION: '20' } });
  const out = `${r.stdout}\n${r.stderr}`;
  if (r.status !== 0 || !/successfully installed/i.test(out)) throw new Error(`installing ${vsix} failed (exit ${r.status}):\n${out}`);
  return out.trim();
}

/** Starts code-server on a free loopback port in its own process group; resolves once /healthz answers. */
export async function startServer(d, { env = {} } = {}) {
  const port = await freePort();
  const logFile = path.join(d.dir, 'server.log');
  const fd = openSync(logFile, 'a');
  const child = spawn(process.execPath, [csEntry, ...baseArgs(d), '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', d.ws], {
    detached: true,                                   // own process group: stop() kills it and the extension host
    stdio: ['ignore', fd, fd],
    env: { ...process.env, FORCE_NODE_VERSION: '20', ...env },
  });
  closeSync(fd);
  let exited = null;
  child.on('exit', (code, signal) => { exited = { code, signal }; });
  const server = {
    port, pid: child.pid, logFile, url: `http://127.0.0.1:${port}`, remote: `vscode-remote://127.0.0.1:${port}`,
    async stop() {
      if (exited) return;
      try { process.kill(-child.pid, 'SIGTERM'); } catch { /* already gone */ }
      for (let i = 0; i < 30 && !exited; i++) await new Promise((r) => setTimeout(r, 100));
      if (!exited) { try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ } }
    },
  };
  const t0 = Date.now();
  while (Date.now() - t0 < 30_000) {
    if (exited) throw new Error(`code-server exited early (${JSON.stringify(exited)}):\n${tail(logFile)}`);
    try { const res = await fetch(`${server.url}/healthz`); if (res.ok) { log(`code-server pid ${child.pid} on ${server.url} (${Date.now() - t0} ms)`); return server; } } catch { /* not yet */ }
    await new Promise((r) => setTimeout(r, 200));
  }
  await server.stop();
  throw new Error(`code-server did not answer /healthz within 30 s:\n${tail(logFile)}`);
}

export async function launchBrowser(d) {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: chromiumPath, headless: true,
    // keep Chromium's crashpad folder out of ~/.config
    env: { ...process.env, XDG_CONFIG_HOME: path.join(d.dir, 'xdg-config'), XDG_CACHE_HOME: path.join(d.dir, 'xdg-cache') },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
}

export function tail(file, lines = 40) {
  try { return readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n'); } catch { return `(no ${file})`; }
}

/** Removes test-artifacts/<name>/ left by an earlier failed run, so logs there always belong to this run. */
export function clearLogs(name) { rmSync(path.join(artifacts, name), { recursive: true, force: true }); }

/** Copies the server log and the extension-host logs into test-artifacts/<name>/ for a post-mortem. */
export function saveLogs(d, name) {
  const dest = path.join(artifacts, name);
  try {
    mkdirSync(dest, { recursive: true });
    cpSync(path.join(d.dir, 'server.log'), path.join(dest, 'server.log'));
    const logs = path.join(d.user, 'logs');
    if (existsSync(logs)) cpSync(logs, path.join(dest, 'logs'), { recursive: true });
    log(`logs saved to ${path.relative(root, dest)}/`);
  } catch (e) { log(`could not save logs: ${e.message}`); }
}

/** The extension host's own log (remoteexthost.log), for printing on failure. */
export function exthostLog(d) {
  const logs = path.join(d.user, 'logs');
  const found = [];
  const walk = (p) => { for (const n of readdirSync(p)) { const f = path.join(p, n); if (statSync(f).isDirectory()) walk(f); else if (/exthost\.log$/.test(n)) found.push(f); } };
  try { walk(logs); } catch { /* none */ }
  return found.map((f) => `--- ${f}\n${tail(f, 60)}`).join('\n');
}

export function cleanup(d) { try { rmSync(d.dir, { recursive: true, force: true }); } catch { /* ignore */ } }

/** Runs `fn` with an overall deadline; rejects with a clear message when it passes. */
export function withDeadline(ms, what, fn) {
  let timer;
  return Promise.race([
    fn().finally(() => clearTimeout(timer)),
    new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`${what}: timed out after ${ms / 1000} s`)), ms); }),
  ]);
}
