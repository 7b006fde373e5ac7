'use strict';
// "Nothing leaves the machine", enforced. Loaded with `node --require test/no-network/preload.cjs` (or
// NODE_OPTIONS=--require ...) into the language server and the CLI, it makes every way Node offers to reach
// the network fail loudly: each attempt is appended to the file named by LLM_PREFLIGHT_NETWORK_LOG (one JSON
// line: api, target, pid, stack), printed on stderr, and thrown as an Error.
//
// Blocked: net.connect / createConnection / Socket#connect, net.Server#listen, tls.connect, http(s).request /
// get / Agent#createConnection, http2.connect, dgram.createSocket, dns.lookup / resolve* / reverse /
// lookupService (callback, promises, Resolver), globalThis.fetch / WebSocket / EventSource, the undici package,
// and child_process spawns of network tools (curl, wget, nc...).
// Left alone on purpose: stdio and IPC (the LSP runs over process.stdin/stdout pipes, VS Code's client over
// an IPC channel; neither calls connect), and `Socket#connect` to a local pipe path when
// LLM_PREFLIGHT_ALLOW_LOCAL_PIPES=1 (the `--pipe` LSP transport). Not covered: native addons and
// process.binding('tcp_wrap'), which nothing in this project uses.

const fs = require('node:fs');
const path = require('node:path');
const Module = require('node:module');

const LOG = process.env.LLM_PREFLIGHT_NETWORK_LOG;
const ALLOW_PIPES = process.env.LLM_PREFLIGHT_ALLOW_LOCAL_PIPES === '1';

class NetworkBlockedError extends Error {
  constructor(api, target) {
    super(`llm-preflight no-network: ${api}(${target}) was blocked; the linter must not use the network`);
    this.name = 'NetworkBlockedError';
    this.code = 'ERR_NETWORK_BLOCKED';
  }
}

function describe(value) {
  try {
    if (value === undefined) return '';
    if (typeof value === 'string') return value.slice(0, 300);
    if (typeof value === 'number') return String(value);
    if (value instanceof URL) return value.href.slice(0, 300);
    if (value && typeof value === 'object') {
      if (typeof value.url === 'string') return value.url.slice(0, 300); // a fetch Request
      const { host, hostname, port, path: p, protocol, href } = value;
      return JSON.stringify({ href, protocol, host, hostname, port, path: p }).slice(0, 300);
    }
    return String(value).slice(0, 300);
  } catch {
    return '?';
  }
}

let recording = false;
function block(api, target) {
  const error = new NetworkBlockedError(api, describe(target));
  // Never recurse (a patched API used while recording) and never let recording itself throw.
  if (!recording) {
    recording = true;
    try {
      const line = JSON.stringify({ api, target: describe(target), pid: process.pid, argv: process.argv.slice(1, 3), time: new Date().toISOString(), stack: error.stack });
      if (LOG) fs.appendFileSync(LOG, line + '\n');
      process.stderr.write(`${error.message}\n`);
    } catch {
      /* the throw below is loud enough */
    } finally {
      recording = false;
    }
  }
  throw error;
}

function replace(object, name, api, allow) {
  if (!object || typeof object[name] !== 'function') return;
  const original = object[name];
  const wrapped = function (...args) {
    if (allow && allow.apply(this, args)) return original.apply(this, args);
    return block(api, typeof args[0] !== 'object' && typeof args[1] === 'string' ? `${args[0]} ${args[1]}` : args[0]);
  };
  Object.defineProperty(wrapped, 'name', { value: original.name });
  object[name] = wrapped;
}

// --- net, tls ---------------------------------------------------------------------------------------------
const net = require('node:net');
/** `connect(path)` / `{ path }`: a local socket file, never the network. Allowed only on request. */
function isLocalPipe(...args) {
  if (!ALLOW_PIPES) return false;
  const first = Array.isArray(args[0]) ? args[0][0] : args[0];
  if (typeof first === 'string' && !/^\d+$/.test(first)) return true;
  return !!first && typeof first === 'object' && typeof first.path === 'string' && first.port === undefined;
}
replace(net, 'connect', 'net.connect', isLocalPipe);
replace(net, 'createConnection', 'net.createConnection', isLocalPipe);
replace(net.Socket.prototype, 'connect', 'net.Socket.connect', isLocalPipe);
replace(net.Server.prototype, 'listen', 'net.Server.listen', isLocalPipe);

const tls = require('node:tls');
replace(tls, 'connect', 'tls.connect');

// --- http, https, http2 -------------------------------------------------------------------------------------
for (const name of ['http', 'https']) {
  const mod = require(`node:${name}`);
  replace(mod, 'request', `${name}.request`);
  replace(mod, 'get', `${name}.get`);
  replace(mod.Agent && mod.Agent.prototype, 'createConnection', `${name}.Agent.createConnection`);
  replace(mod.Server && mod.Server.prototype, 'listen', `${name}.Server.listen`);
}
const http2 = require('node:http2');
replace(http2, 'connect', 'http2.connect');

// --- dgram, dns ---------------------------------------------------------------------------------------------
const dgram = require('node:dgram');
replace(dgram, 'createSocket', 'dgram.createSocket');

const dns = require('node:dns');
const DNS_FUNCTIONS = [
  'lookup', 'lookupService', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveCaa', 'resolveCname',
  'resolveMx', 'resolveNaptr', 'resolveNs', 'resolvePtr', 'resolveSoa', 'resolveSrv', 'resolveTxt', 'reverse',
];
for (const name of DNS_FUNCTIONS) {
  replace(dns, name, `dns.${name}`);
  replace(dns.Resolver && dns.Resolver.prototype, name, `dns.Resolver.${name}`);
  replace(dns.promises, name, `dns.promises.${name}`);
  replace(dns.promises && dns.promises.Resolver && dns.promises.Resolver.prototype, name, `dns.promises.Resolver.${name}`);
}

// --- fetch, WebSocket, EventSource, undici ----------------------------------------------------------------
for (const name of ['fetch', 'WebSocket', 'EventSource']) {
  if (typeof globalThis[name] !== 'function') continue;
  const blocked = function (...args) {
    return block(`globalThis.${name}`, args[0]);
  };
  Object.defineProperty(globalThis, name, { value: blocked, writable: true, configurable: true, enumerable: false });
}

const UNDICI_ENTRIES = ['fetch', 'request', 'stream', 'pipeline', 'connect', 'upgrade'];
const UNDICI_CLASSES = ['Client', 'Pool', 'BalancedPool', 'Agent', 'ProxyAgent', 'EnvHttpProxyAgent', 'RetryAgent', 'WebSocket', 'EventSource'];
function blockUndici(exports) {
  if (!exports || typeof exports !== 'object' || exports.__llmPreflightBlocked) return exports;
  const copy = Object.create(Object.getPrototypeOf(exports), Object.getOwnPropertyDescriptors(exports));
  for (const name of UNDICI_ENTRIES) if (typeof exports[name] === 'function') copy[name] = (...args) => block(`undici.${name}`, args[0]);
  for (const name of UNDICI_CLASSES) {
    if (typeof exports[name] !== 'function') continue;
    copy[name] = function (...args) {
      return block(`undici.${name}`, args[0]);
    };
  }
  Object.defineProperty(copy, '__llmPreflightBlocked', { value: true });
  return copy;
}
const originalLoad = Module._load;
Module._load = function (request, ...rest) {
  const exports = originalLoad.call(this, request, ...rest);
  return request === 'undici' || request.startsWith('undici/') ? blockUndici(exports) : exports;
};

// --- child_process: network tools ---------------------------------------------------------------------------
const NETWORK_TOOLS = new Set([
  'curl', 'wget', 'nc', 'ncat', 'netcat', 'socat', 'telnet', 'ssh', 'scp', 'sftp', 'ftp', 'rsync', 'aria2c',
  'http', 'https', 'xh', 'httpie', 'nslookup', 'dig', 'host', 'ping', 'invoke-webrequest', 'invoke-restmethod',
]);
const toolName = (word) => String(word).split(/[\\/]/).pop().toLowerCase().replace(/\.(exe|cmd|bat|ps1)$/, '');
const SHELLS = new Set(['sh', 'bash', 'zsh', 'dash', 'ksh', 'fish', 'cmd', 'powershell', 'pwsh']);
const LAUNCHERS = new Set(['env', 'exec', 'command', 'nohup', 'sudo', 'xargs', 'busybox', 'timeout', 'nice', 'time', 'npx']);
/** The programs a shell line starts: the first word of each command (after `;`, `&&`, `|`, `$(`...), launchers skipped. */
function shellCommands(line) {
  const programs = [];
  for (const segment of String(line).split(/[;&|\n`]|\$\(|\(|\)/)) {
    const words = segment.trim().split(/\s+/).map((w) => w.replace(/^["']|["']$/g, '')).filter(Boolean);
    let i = 0;
    while (i < words.length && (/^[A-Za-z_][A-Za-z0-9_]*=/.test(words[i]) || LAUNCHERS.has(toolName(words[i])) || /^-/.test(words[i]))) i++;
    if (i < words.length) programs.push(words[i]);
  }
  return programs;
}
/** Does a command (file + args, or a shell line) start a network tool? */
function usesNetworkTool(file, args, options) {
  if (typeof file !== 'string') return false;
  const shell = options && typeof options === 'object' && options.shell;
  if (shell) return shellCommands([file, ...args].join(' ')).some((p) => NETWORK_TOOLS.has(toolName(p)));
  if (NETWORK_TOOLS.has(toolName(file))) return true;
  const name = toolName(file);
  // `sh -c "curl ..."`, `cmd /c ...`: the shell's script; `env curl ...`: the launched program.
  if (SHELLS.has(name)) return args.some((a) => typeof a === 'string' && shellCommands(a).some((p) => NETWORK_TOOLS.has(toolName(p))));
  if (LAUNCHERS.has(name)) return shellCommands(args.join(' ')).some((p) => NETWORK_TOOLS.has(toolName(p)));
  return false;
}
const childProcess = require('node:child_process');
for (const name of ['spawn', 'spawnSync', 'execFile', 'execFileSync', 'exec', 'execSync', 'fork']) {
  const original = childProcess[name];
  if (typeof original !== 'function') continue;
  const wrapped = function (file, args, options) {
    const list = Array.isArray(args) ? args : [];
    const opts = Array.isArray(args) ? options : args;
    const isShellLine = name === 'exec' || name === 'execSync';
    if (usesNetworkTool(file, list, isShellLine ? { shell: true } : opts)) return block(`child_process.${name}`, [file, ...list].join(' '));
    return original.apply(this, arguments);
  };
  Object.defineProperty(wrapped, 'name', { value: original.name });
  childProcess[name] = wrapped;
}

// `import { connect } from 'node:net'` binds the ESM view of a builtin: bring it in line with the patches.
Module.syncBuiltinESMExports();

// Proof for tests that the preload ran in this process (a test that asserts "nothing recorded" must know).
if (process.env.LLM_PREFLIGHT_NETWORK_LOADED) {
  try {
    fs.appendFileSync(process.env.LLM_PREFLIGHT_NETWORK_LOADED, `${process.pid}\n`);
  } catch {
    /* the test will see no marker and fail */
  }
}

module.exports = { NetworkBlockedError, usesNetworkTool };
