// FrameResync (server/src/frontend/stdio-framing.ts): well-formed LSP frames pass unchanged however the
// bytes are split; after a broken header or a lying Content-Length only the broken frame is lost.
// FrameJoin: a message goes out as one write.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { FrameJoin, FrameResync } from '../../server/src/frontend/stdio-framing.ts';

const frame = (body: string, lie = 0) => Buffer.concat([Buffer.from(`Content-Length: ${Buffer.byteLength(body) + lie}\r\n\r\n`), Buffer.from(body)]);
const msg = (id: number, extra = '') => JSON.stringify({ jsonrpc: '2.0', id, method: 'textDocument/hover', params: { text: `é ${extra}` } });

/** The bytes FrameResync forwards for `input` written in chunks of `size` bytes. */
function run(input: Buffer, size: number): { out: Buffer; dropped: number } {
  const resync = new FrameResync();
  const parts: Buffer[] = [];
  resync.on('data', (d: Buffer) => parts.push(d));
  for (let i = 0; i < input.length; i += size) resync.write(input.subarray(i, i + size));
  return { out: Buffer.concat(parts), dropped: resync.dropped };
}

describe('FrameResync', () => {
  it('forwards well-formed frames byte for byte, for every chunk size', () => {
    const input = Buffer.concat([frame(msg(1)), Buffer.from('Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n'), frame(msg(2, 'x'.repeat(20_000))), frame(msg(3))]);
    for (const size of [1, 2, 3, 7, 64, 1000, 65_536, input.length]) {
      const { out, dropped } = run(input, size);
      assert.equal(dropped, 0, `chunk size ${size}`);
      assert.ok(out.equals(input), `chunk size ${size}`);
    }
  });

  it('a big body passes in 64 KB chunks (10 MB)', () => {
    const input = Buffer.concat([frame(msg(1, 'y'.repeat(10 * 1024 * 1024))), frame(msg(2))]);
    const { out, dropped } = run(input, 65_536);
    assert.equal(dropped, 0);
    assert.equal(out.length, input.length);
  });

  it('after a lie or a broken header, the next well-formed frame comes through', () => {
    const next = frame(msg(9));
    const broken: [string, Buffer][] = [
      ['too small', frame(msg(1), -7)],
      ['too big', frame(msg(1), 25)],
      ['far too big', frame(msg(1), 1_000_000)],
      ['no Content-Length', Buffer.from('Content-Type: x\r\n\r\n{}')],
      ['not a number', Buffer.from('Content-Length: 1e3\r\n\r\n{}')],
      ['garbage line', Buffer.from('hello world\r\n\r\n')],
      ['no header end', Buffer.from('x'.repeat(20_000))],
    ];
    for (const [what, bad] of broken) {
      for (const size of [1, 5, 4096, 1 << 20]) {
        const { out } = run(Buffer.concat([bad, next]), size);
        assert.ok(out.subarray(-next.length).equals(next), `${what}, chunk size ${size}: ${out.toString('latin1').slice(-200)}`);
        // What is forwarded ahead of it is at most the broken frame itself.
        assert.ok(out.length <= bad.length + next.length, what);
      }
    }
  });
});

describe('FrameJoin', () => {
  it("writes a message's header and body as one write, and anything else as it came", async () => {
    const writes: Buffer[] = [];
    const out = new Writable({ write: (chunk: Buffer, _e, done) => void (writes.push(chunk), done()) });
    const join = new FrameJoin(out);
    const body = Buffer.from(msg(1));
    const header = `Content-Length: ${body.length}\r\n\r\n`;
    const write = (data: string | Buffer, encoding?: BufferEncoding) => new Promise<void>((resolve, reject) => join.write(data, encoding ?? 'utf8', (e) => (e ? reject(e) : resolve())));
    await write(header, 'ascii');
    await write(body);
    await write('not a header');
    await write(Buffer.from('{"jsonrpc":"2.0"}'));
    await write(header, 'ascii'); // a header with no body before the end still goes out
    await new Promise<void>((resolve) => join.end(resolve));
    assert.deepEqual(
      writes.map((w) => w.toString()),
      [header + body.toString(), 'not a header', '{"jsonrpc":"2.0"}', header],
    );
  });
});
