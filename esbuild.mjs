// Builds the bundles: dist/client.js (VS Code extension host, `vscode` external),
// dist/server.js (language server) with its dist/token-worker.js and dist/server-explain.js (required on first use), dist/cli-explain.js (the CLI's explain command), dist/tokenizer.js (required on first use), dist/lib.js (+ lib.d.ts: the package's library entry)
// and dist/cli.js (the llm-preflight bin), plus the extension-host
// test suite. `node esbuild.mjs [--production] [--watch]`.
import * as esbuild from 'esbuild';
import { chmodSync, copyFileSync, existsSync } from 'node:fs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node18',
  sourcemap: !production,
  sourcesContent: false,
  minify: production,
  // jsonc-parser's UMD "main" breaks when bundled; its ESM "module" entry bundles cleanly.
  mainFields: ['module', 'main'],
  logLevel: 'warning',
  // ESM dependencies (fdir, via tinyglobby) call createRequire(import.meta.url); give the CJS bundle one.
  define: { 'import.meta.url': '__importMetaUrl' },
  banner: { js: "const __importMetaUrl = require('url').pathToFileURL(__filename).href; const __nodeRequire = require;" },
};

// web-tree-sitter loads node:module and node:fs/promises with import(); a bundle run from a V8 code cache
// (server-cached.ts, vm.Script) has no loader for import() (ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING), so they
// become the module's own require (`__nodeRequire`: the emscripten code declares a `var require` of its own).
const treeSitterRequire = {
  name: 'tree-sitter-require',
  setup(build) {
    build.onLoad({ filter: /[\\/]web-tree-sitter[\\/].*\.c?js$/ }, async (args) => {
      const { readFile } = await import('node:fs/promises');
      const text = await readFile(args.path, 'utf8');
      return { contents: text.replace(/\bimport\("(module|fs\/promises)"\)/g, 'Promise.resolve(__nodeRequire("$1"))'), loader: 'js' };
    });
  },
};

// The tokenizer is dist/tokenizer.js (server/src/tokenizer.ts); the other bundles require it at run time.
const tokenizerApart = {
  name: 'tokenizer-apart',
  setup(build) {
    build.onResolve({ filter: /^gpt-tokenizer\/encoding\/o200k_base$/ }, () => ({ path: './tokenizer.js', external: true }));
  },
};
const lazy = { plugins: [tokenizerApart, treeSitterRequire] };
// The server's error-explanation half (server/src/frontend/explain-chunk.ts: the error catalog and its markdown,
// ~1.2 MB) is dist/server-explain.js, required on the first explanation; dist/server.js does not compile it.
const explainApart = {
  name: 'explain-apart',
  setup(build) {
    build.onResolve({ filter: /\/explain-chunk\.ts$/ }, (args) => (args.importer.endsWith('server.ts') ? { path: './server-explain.js', external: true } : undefined));
  },
};
// The same for the CLI: `explain`'s half (server/src/cli/explain-chunk.ts) is dist/cli-explain.js; `check` never compiles it.
const cliExplainApart = {
  name: 'cli-explain-apart',
  setup(build) {
    build.onResolve({ filter: /\/cli\/explain-chunk\.ts$/ }, (args) => (args.importer.endsWith('cli.ts') ? { path: './cli-explain.js', external: true } : undefined));
  },
};

// web-tree-sitter (required on first use by server/src/core/sources/grammars.ts) is dist/web-tree-sitter.js for the
// server: a server with only .http/.json documents open never compiles it.
const treeSitterApart = {
  name: 'tree-sitter-apart',
  setup(build) {
    build.onResolve({ filter: /^web-tree-sitter$/ }, (args) => (args.kind === 'require-call' ? { path: './web-tree-sitter.js', external: true } : undefined));
  },
};

const builds = [
  { ...common, entryPoints: { tokenizer: 'server/src/tokenizer.ts' }, outdir: 'dist' },
  { ...common, entryPoints: { client: 'client/src/extension.ts' }, outdir: 'dist', external: ['vscode'] },
  // The token worker is its own bundle: the server starts it as a worker thread (frontend/token-counter.ts).
  { ...common, plugins: [tokenizerApart, explainApart, treeSitterApart], entryPoints: { server: 'server/src/server.ts', 'token-worker': 'server/src/token-worker.ts' }, outdir: 'dist' },
  { ...common, ...lazy, entryPoints: { 'server-explain': 'server/src/frontend/explain-chunk.ts' }, outdir: 'dist' },
  { ...common, plugins: [treeSitterRequire], entryPoints: { 'web-tree-sitter': 'node_modules/web-tree-sitter/tree-sitter.cjs' }, outdir: 'dist' },
  // What the client starts: dist/server.js with a V8 code cache (server/src/server-cached.ts).
  { ...common, entryPoints: { 'server-cached': 'server/src/server-cached.ts' }, outdir: 'dist' },
  // The library (package.json "exports"): CommonJS; `import` gets the named exports through Node's CJS interop.
  { ...common, ...lazy, entryPoints: { lib: 'server/src/lib.ts' }, outdir: 'dist' },
  { ...common, plugins: [...lazy.plugins, cliExplainApart], entryPoints: { cli: 'server/src/cli.ts' }, outdir: 'dist', banner: { js: `#!/usr/bin/env node\n${common.banner.js}` } },
  { ...common, ...lazy, entryPoints: { 'cli-explain': 'server/src/cli/explain-chunk.ts' }, outdir: 'dist' },
];
if (existsSync('client/src/test/suite/index.ts')) {
  builds.push({ ...common, minify: false, entryPoints: { 'test/suite/index': 'client/src/test/suite/index.ts' }, outdir: 'dist', external: ['vscode'] });
}

const contexts = await Promise.all(builds.map((options) => esbuild.context(options)));
if (watch) {
  await Promise.all(contexts.map((c) => c.watch()));
} else {
  await Promise.all(contexts.map((c) => c.rebuild()));
  await Promise.all(contexts.map((c) => c.dispose()));
  // `npx llm-preflight` runs the bin file directly: it must be executable.
  chmodSync('dist/cli.js', 0o755);
  // The library's declarations are written by hand (the declared boundary); test/lib checks them against lib.ts.
  copyFileSync('types/llm-preflight.d.ts', 'dist/lib.d.ts');
}
// Tree-sitter for source files (server/src/core/sources/grammars.ts finds them next to the bundle): the runtime's
// wasm from web-tree-sitter, the grammars VS Code ships prebuilt.
copyFileSync('node_modules/web-tree-sitter/tree-sitter.wasm', 'dist/tree-sitter.wasm');
for (const name of ['python', 'typescript', 'tsx', 'javascript', 'bash']) {
  copyFileSync(`node_modules/@vscode/tree-sitter-wasm/wasm/tree-sitter-${name}.wasm`, `dist/tree-sitter-${name}.wasm`);
}
