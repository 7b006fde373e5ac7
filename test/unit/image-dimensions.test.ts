import assert from 'node:assert/strict';
import { test } from 'node:test';
import { imageSize } from '../../rules/image-too-large/dimensions.ts';

const b64 = (bytes: number[]) => Buffer.from(bytes).toString('base64');
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));
const riff = (chunk: string, payload: number[]) => [...ascii('RIFF'), 0, 0, 0, 0, ...ascii('WEBP'), ...ascii(chunk), 0, 0, 0, 0, ...payload];

test('WebP lossless (VP8L): 14-bit width and height minus one', () => {
  const w = 3000 - 1;
  const h = 2000 - 1;
  const bits = w | (h << 14);
  const data = riff('VP8L', [0x2f, bits & 255, (bits >>> 8) & 255, (bits >>> 16) & 255, (bits >>> 24) & 255, 0, 0, 0, 0, 0]);
  assert.deepEqual(imageSize(b64(data)), { width: 3000, height: 2000, format: 'webp' });
});

test('WebP lossy (VP8): the key frame header after the start code', () => {
  const data = riff('VP8 ', [0, 0, 0, 0x9d, 0x01, 0x2a, 8100 & 255, 8100 >> 8, 600 & 255, 600 >> 8, 0, 0]);
  assert.deepEqual(imageSize(b64(data)), { width: 8100, height: 600, format: 'webp' });
});

test('a data URL payload is read from its start offset', () => {
  const png = [0x89, ...ascii('PNG'), 13, 10, 26, 10, 0, 0, 0, 13, ...ascii('IHDR'), 0, 0, 0x1f, 0x40, 0, 0, 0, 10, 8, 2, 0, 0, 0];
  const url = `data:image/png;base64,${b64(png)}`;
  assert.deepEqual(imageSize(url, url.indexOf(',') + 1), { width: 8000, height: 10, format: 'png' });
});

test('truncated, corrupt or unknown headers give null, never a throw', () => {
  for (const value of ['', 'AAAA', b64([0xff, 0xd8]), b64([0xff, 0xd8, 0xff, 0xe1, 0xff, 0xff]), b64([0xff, 0xd8, 0xff, 0xda, 0, 2]), b64(ascii('GIF8')), b64(riff('VP8X', [])), '%%%%not base64%%%%', b64(ascii('II*\0'))]) {
    assert.equal(imageSize(value), null, value);
  }
});

test('a JPEG whose SOF lies beyond the window is unknown, not misread', () => {
  // 4 APP segments of 65535 bytes: the SOF starts after 256 KiB of file, past the 192 KiB decoded.
  const seg = [0xff, 0xe2, 0xff, 0xff, ...new Array(65533).fill(0)];
  const data = [0xff, 0xd8, ...seg, ...seg, ...seg, ...seg, 0xff, 0xc0, 0, 17, 8, 0x27, 0x10, 0x27, 0x10, 3];
  assert.equal(imageSize(b64(data)), null);
});
