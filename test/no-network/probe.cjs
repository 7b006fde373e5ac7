'use strict';
// A child for no-network.test.ts. `node probe.cjs` tries every network API the preload blocks and prints
// { api: 'blocked' | 'not thrown' | 'other: ...' }; `node probe.cjs echo` echoes stdin to stdout and IPC
// messages back to the parent (the preload must leave pipes and IPC alone).
if (process.argv[2] === 'echo') {
  process.stdin.on('data', (chunk) => process.stdout.write(chunk));
  process.stdin.on('end', () => {
    if (!process.send) process.exit(0);
  });
  if (process.send) process.on('message', (message) => (message === 'bye' ? process.disconnect() : process.send({ echo: message })));
  return;
}
// Without the preload these attempts would really go out: refuse to run.
if (!Object.keys(require.cache).some((f) => f.endsWith(require('node:path').join('no-network', 'preload.cjs')))) {
  process.stderr.write('probe.cjs: the no-network preload is not loaded\n');
  process.exit(3);
}
const attempts = {
  'net.connect': () => require('net').connect(443, 'example.com'),
  'net.createConnection': () => require('net').createConnection({ host: 'example.com', port: 80 }),
  'net.Socket.connect': () => new (require('net').Socket)().connect(80, 'example.com'),
  'net.Server.listen': () => require('net').createServer().listen(0),
  'tls.connect': () => require('tls').connect(443, 'example.com'),
  'http.request': () => require('http').request('http://example.com/'),
  'http.get': () => require('http').get('http://example.com/'),
  'https.request': () => require('https').request({ host: 'example.com', path: '/' }),
  'https.get': () => require('https').get('https://example.com/'),
  'http.ClientRequest': () => new (require('http').ClientRequest)('http://example.com/'),
  'http2.connect': () => require('http2').connect('https://example.com'),
  'dgram.createSocket': () => require('dgram').createSocket('udp4'),
  'dns.lookup': () => require('dns').lookup('example.com', () => {}),
  'dns.resolve4': () => require('dns').resolve4('example.com', () => {}),
  'dns.promises.lookup': () => require('dns').promises.lookup('example.com'),
  'dns.promises.Resolver.resolveTxt': () => new (require('dns').promises.Resolver)().resolveTxt('example.com'),
  'dns.Resolver.resolve': () => new (require('dns').Resolver)().resolve('example.com', () => {}),
  'globalThis.fetch': () => fetch('https://example.com/'),
  'undici.fetch': () => require('undici').fetch('https://example.com/'),
  'undici.request': () => require('undici').request('https://example.com/'),
  'undici.Agent': () => new (require('undici').Agent)(),
  'child_process.spawn': () => require('child_process').spawn('curl', ['https://example.com']),
  'child_process.spawnSync': () => require('child_process').spawnSync('/usr/bin/wget', ['https://example.com']),
  'child_process.exec': () => require('child_process').exec('echo x && curl https://example.com'),
  'child_process.execFileSync': () => require('child_process').execFileSync('sh', ['-c', 'wget -q https://example.com']),
};
const results = {};
for (const [name, attempt] of Object.entries(attempts)) {
  try {
    attempt();
    results[name] = 'not thrown';
  } catch (e) {
    results[name] = e && e.code === 'ERR_NETWORK_BLOCKED' ? 'blocked' : `other: ${e && e.message}`;
  }
}
process.stdout.write(JSON.stringify(results));
