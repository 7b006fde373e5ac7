/**
 * Width and height of an inline image, read from its own header without decoding the image: PNG (IHDR),
 * GIF (logical screen), WebP (VP8X, VP8L, VP8) from the first 30 bytes, JPEG from its first SOFn marker found
 * by walking the segment lengths in a bounded prefix (EXIF and ICC segments come first; a SOF beyond the
 * window leaves the size unknown). Formats: https://www.w3.org/TR/png-3/#11IHDR,
 * https://www.w3.org/Graphics/GIF/spec-gif89a.txt, https://developers.google.com/speed/webp/docs/riff_container,
 * https://www.w3.org/Graphics/JPEG/itu-t81.pdf (B.1.1.3, B.2.2).
 */

export interface ImageSize {
  width: number;
  height: number;
  format: 'png' | 'gif' | 'webp' | 'jpeg';
}

/** Base64 characters decoded for the fixed-position headers (30 bytes). */
const HEAD_CHARS = 40;
/** Base64 characters decoded at most to find a JPEG's SOF marker (192 KiB of file). */
const JPEG_WINDOW_CHARS = 256 * 1024;

function decode(value: string, start: number, chars: number): Uint8Array {
  const chunk = value.slice(start, start + chars);
  return Buffer.from(chunk.slice(0, chunk.length - (chunk.length % 4)), 'base64');
}

const u16be = (b: Uint8Array, i: number) => (b[i] << 8) | b[i + 1];
const u16le = (b: Uint8Array, i: number) => b[i] | (b[i + 1] << 8);
const u24le = (b: Uint8Array, i: number) => b[i] | (b[i + 1] << 8) | (b[i + 2] << 16);
const u32be = (b: Uint8Array, i: number) => ((b[i] << 24) >>> 0) + ((b[i + 1] << 16) | (b[i + 2] << 8) | b[i + 3]);
const ascii = (b: Uint8Array, i: number, s: string) => [...s].every((ch, k) => b[i + k] === ch.charCodeAt(0));

/** The image's pixel size from the base64 payload `value[start..]`, or null when the header does not tell it. */
export function imageSize(value: string, start = 0): ImageSize | null {
  const head = decode(value, start, HEAD_CHARS);
  if (head.length >= 24 && head[0] === 0x89 && ascii(head, 1, 'PNG') && ascii(head, 12, 'IHDR')) {
    return { width: u32be(head, 16), height: u32be(head, 20), format: 'png' };
  }
  if (head.length >= 10 && (ascii(head, 0, 'GIF87a') || ascii(head, 0, 'GIF89a'))) {
    return { width: u16le(head, 6), height: u16le(head, 8), format: 'gif' };
  }
  if (head.length >= 30 && ascii(head, 0, 'RIFF') && ascii(head, 8, 'WEBP')) return webpSize(head);
  if (head.length >= 2 && head[0] === 0xff && head[1] === 0xd8) return jpegSize(decode(value, start, JPEG_WINDOW_CHARS));
  return null;
}

function webpSize(b: Uint8Array): ImageSize | null {
  if (ascii(b, 12, 'VP8X')) return { width: u24le(b, 24) + 1, height: u24le(b, 27) + 1, format: 'webp' };
  if (ascii(b, 12, 'VP8L') && b[20] === 0x2f) {
    const bits = b[21] | (b[22] << 8) | (b[23] << 16) | (b[24] << 24);
    return { width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1, format: 'webp' };
  }
  if (ascii(b, 12, 'VP8 ') && b[23] === 0x9d && b[24] === 0x01 && b[25] === 0x2a) {
    return { width: u16le(b, 26) & 0x3fff, height: u16le(b, 28) & 0x3fff, format: 'webp' };
  }
  return null;
}

/** SOF0-3, 5-7, 9-11, 13-15 (C4 is DHT, C8 JPG, CC DAC). */
const isSof = (m: number) => m >= 0xc0 && m <= 0xcf && m !== 0xc4 && m !== 0xc8 && m !== 0xcc;

function jpegSize(b: Uint8Array): ImageSize | null {
  let i = 2;
  while (i + 4 <= b.length) {
    if (b[i] !== 0xff) return null;
    const marker = b[i + 1];
    if (marker === 0xff) {
      i++; // fill byte
      continue;
    }
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      i += 2; // standalone markers carry no length
      continue;
    }
    if (marker === 0xd9 || marker === 0xda) return null; // end of image / start of scan before any SOF
    const length = u16be(b, i + 2);
    if (length < 2) return null;
    if (isSof(marker)) return i + 9 <= b.length ? { width: u16be(b, i + 7), height: u16be(b, i + 5), format: 'jpeg' } : null;
    i += 2 + length;
  }
  return null;
}
