/**
 * Starts dist/server.js with a V8 code cache (the client runs this file; Neovim, the tests and anyone else may
 * keep running dist/server.js directly). Compiling the 4-5 MB bundle is most of the server's start-up: measured
 * here, 1.3 s without a cache and 0.16 s with one on a loaded 2-core machine. Node 20 has no
 * module.enableCompileCache, so this does what v8-compile-cache does: compile the CommonJS wrapper with
 * vm.Script and `cachedData`, run it as the module, and write a fresh cache 2.5 s later (after the
 * first lint has compiled the functions it needed) when there was none or V8 rejected it (another Node version,
 * another build). Any failure falls back to a plain require: the cache can make start-up faster, never break it.
 *
 * The cache folder comes from LLM_PREFLIGHT_CODE_CACHE (the client passes its global storage folder).
 */
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import path from 'node:path';
import vm from 'node:vm';

const serverFile = path.join(__dirname, 'server.js');
const cacheDir = process.env.LLM_PREFLIGHT_CODE_CACHE;

function run(): void {
  if (!cacheDir) return void require(serverFile);
  let script: vm.Script;
  let cacheFile: string;
  try {
    const stat = statSync(serverFile);
    // Named after the build and the Node version: an old cache is never even offered to V8.
    cacheFile = path.join(cacheDir, `server-${process.version}-${stat.size}-${Math.round(stat.mtimeMs)}.cache`);
    let cachedData: Buffer | undefined;
    try { cachedData = readFileSync(cacheFile); } catch { /* first start */ }
    script = new vm.Script(Module.wrap(readFileSync(serverFile, 'utf8')), { filename: serverFile, cachedData });
    // For the server's start-up line (startup-line.ts): whether this start used a cache.
    process.env.LLM_PREFLIGHT_CODE_CACHE_STATE = !cachedData ? 'none yet' : script.cachedDataRejected ? 'rejected' : 'used';
    if (cachedData && !script.cachedDataRejected) cacheFile = '';
  } catch {
    return void require(serverFile);
  }
  const module = { exports: {}, filename: serverFile, id: serverFile, loaded: false };
  const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
  wrapper.call(module.exports, module.exports, createRequire(serverFile), module, serverFile, path.dirname(serverFile));
  if (cacheFile) {
    const write = cacheFile;
    setTimeout(() => {
      try {
        mkdirSync(cacheDir, { recursive: true });
        writeFileSync(`${write}.tmp${process.pid}`, script.createCachedData());
        renameSync(`${write}.tmp${process.pid}`, write); // atomic: two servers starting at once never read half a file
      } catch { /* a read-only folder: no cache, no harm */ }
    }, 2500).unref();
  }
}

run();
