import { hostSeverity } from '../profiles/index.ts';
/**
 * Media helpers shared by image-too-large, image-media-type-mismatch and invalid-media-url:
 * where each API puts images and files, data-URL parsing, base64 size arithmetic, a bounded
 * prefix decode for magic bytes, and a linear base64 charset scan.
 *
 * Cost model: a data URL or a base64 string may be tens of megabytes. Nothing here copies or
 * decodes the whole string: sizes come from the length and the padding, magic bytes from the
 * first 24 characters, and the charset check is one pass with a lookup table.
 */
import type { JsonPath } from '../../server/src/core/rule-api.ts';
import { arrayAt, isObject, isTemplated, MAX_WALK_DEPTH } from '../shared.ts';
import type { RuleContext } from '../types.ts';

export const MiB = 1024 * 1024;

// ---------------------------------------------------------------------------------------------
// Data URLs and base64
// ---------------------------------------------------------------------------------------------

export interface DataUrl {
  /** Lower-cased MIME type ('' when the URL names none). */
  mime: string;
  /** True when the header carries `;base64`. */
  base64: boolean;
  /** Offset of the first payload character (just after the comma). */
  dataStart: number;
}

/** Longest data-URL header we look at for the comma (`data:` + MIME + parameters). */
const MAX_HEADER = 256;

/**
 * Parses the header of a `data:` URL without touching its payload. Returns null when the string
 * is not a data URL at all, and `{malformed}` when it starts with `data:` but has no comma.
 */
export function parseDataUrl(value: string): DataUrl | { malformed: true } | null {
  if (value.length < 5 || value.slice(0, 5).toLowerCase() !== 'data:') return null;
  const comma = value.indexOf(',', 5);
  if (comma < 0 || comma > MAX_HEADER) return { malformed: true };
  const header = value.slice(5, comma).toLowerCase();
  const parts = header.split(';').map((p) => p.trim());
  return { mime: parts[0], base64: parts.slice(1).includes('base64'), dataStart: comma + 1 };
}

export function isDataUrl(x: DataUrl | { malformed: true } | null): x is DataUrl {
  return x !== null && !('malformed' in x);
}

/** Length in characters of the base64 payload `value[start..]`. */
export function base64Length(value: string, start = 0): number {
  return Math.max(0, value.length - start);
}

/** Decoded size in bytes of the base64 payload `value[start..]`, from its length and padding only. */
export function base64DecodedSize(value: string, start = 0): number {
  const len = base64Length(value, start);
  if (len === 0) return 0;
  let pad = 0;
  if (value.charCodeAt(value.length - 1) === 61 /* = */) pad++;
  if (len > 1 && value.charCodeAt(value.length - 2) === 61) pad++;
  return Math.max(0, Math.floor(((len - pad) * 3) / 4));
}

/** Decodes only the first bytes of a base64 payload (24 characters -> 18 bytes). */
export function decodePrefix(value: string, start = 0): Uint8Array {
  const chunk = value.slice(start, start + 24).replace(/[^A-Za-z0-9+/_-]/g, '');
  return Buffer.from(chunk.slice(0, chunk.length - (chunk.length % 4)), 'base64');
}

export interface Base64Problem {
  /** Offset of the first bad character (relative to the whole string). */
  index: number;
  /** What is wrong: a character outside the alphabet (`char`), '=' before the end, or more than two '='. */
  reason: 'badChar' | 'midPadding' | 'tooMuchPadding';
  char?: string;
}

/** Characters outside the alphabet (standard, or with URL-safe '-' '_'); whitespace is skipped. */
const BAD_STD = /[^A-Za-z0-9+/=\s]/g;
const BAD_URLSAFE = /[^A-Za-z0-9+/=_\s-]/g;
const NOT_PAD = /[^=\s]/g;

/**
 * Linear scan of `value[start..]` with native regex searches (no copy): the first character
 * outside the base64 alphabet, or padding that is not at the very end. `urlSafe` also accepts
 * '-' and '_' (protobuf JSON bytes, i.e. Gemini, accept both alphabets). Whitespace is not judged
 * (decoders differ).
 */
export function findBase64Problem(value: string, start = 0, urlSafe = false): Base64Problem | null {
  const bad = urlSafe ? BAD_URLSAFE : BAD_STD;
  bad.lastIndex = start;
  const m = bad.exec(value);
  if (m) return { index: m.index, reason: 'badChar', char: m[0] };
  const pad = value.indexOf('=', start);
  if (pad < 0) return null;
  NOT_PAD.lastIndex = pad;
  const after = NOT_PAD.exec(value);
  if (after) return { index: pad, reason: 'midPadding' };
  let count = 0;
  for (let i = pad; i < value.length && count < 3; i++) if (value.charCodeAt(i) === 61) count++;
  return count > 2 ? { index: pad, reason: 'tooMuchPadding' } : null;
}

// ---------------------------------------------------------------------------------------------
// Magic bytes
// ---------------------------------------------------------------------------------------------

/**
 * File signatures (first bytes) of the formats the providers name. Sources: the PNG spec
 * (https://www.w3.org/TR/png/#5PNG-file-signature), JPEG/JFIF SOI marker FF D8 FF, GIF87a/GIF89a
 * (https://www.w3.org/Graphics/GIF/spec-gif89a.txt), RIFF....WEBP
 * (https://developers.google.com/speed/webp/docs/riff_container), %PDF-
 * (ISO 32000), BM, TIFF II*\0 / MM\0*, ISO-BMFF `ftyp` brands for HEIC/HEIF/AVIF.
 */
export function sniffMime(bytes: Uint8Array): string | null {
  const b = bytes;
  const at = (i: number, ...xs: number[]) => xs.every((x, k) => b[i + k] === x);
  if (b.length >= 8 && at(0, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'image/png';
  if (b.length >= 3 && at(0, 0xff, 0xd8, 0xff)) return 'image/jpeg';
  if (b.length >= 6 && (at(0, 0x47, 0x49, 0x46, 0x38, 0x37, 0x61) || at(0, 0x47, 0x49, 0x46, 0x38, 0x39, 0x61))) return 'image/gif';
  if (b.length >= 12 && at(0, 0x52, 0x49, 0x46, 0x46) && at(8, 0x57, 0x45, 0x42, 0x50)) return 'image/webp';
  if (b.length >= 5 && at(0, 0x25, 0x50, 0x44, 0x46, 0x2d)) return 'application/pdf';
  if (b.length >= 2 && at(0, 0x42, 0x4d)) return 'image/bmp';
  if (b.length >= 4 && (at(0, 0x49, 0x49, 0x2a, 0x00) || at(0, 0x4d, 0x4d, 0x00, 0x2a))) return 'image/tiff';
  if (b.length >= 12 && at(4, 0x66, 0x74, 0x79, 0x70)) {
    const brand = String.fromCharCode(b[8], b[9], b[10], b[11]);
    if (brand === 'avif' || brand === 'avis') return 'image/avif';
    if (['heic', 'heix', 'hevc', 'heim', 'heis'].includes(brand)) return 'image/heic';
    if (['mif1', 'msf1'].includes(brand)) return 'image/heif';
  }
  return null;
}

/** The four image formats whose signatures we trust enough to call a mismatch. */
export const SNIFFABLE_IMAGES = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp']);

/** `image/jpg` is a common alias that some providers accept; compare on the canonical name. */
export function canonicalMime(mime: string): string {
  const m = mime.trim().toLowerCase();
  return m === 'image/jpg' || m === 'image/pjpeg' ? 'image/jpeg' : m;
}

// ---------------------------------------------------------------------------------------------
// URLs
// ---------------------------------------------------------------------------------------------

export type UrlKind =
  | { kind: 'http'; host: string; local: boolean }
  | { kind: 'data' }
  | { kind: 'file' }
  | { kind: 'path' }
  | { kind: 'scheme'; scheme: string }
  | { kind: 'other' };

/** Classifies a media URL by looking at its first characters only. */
export function classifyUrl(value: string): UrlKind {
  const head = value.slice(0, 300);
  const trimmed = head.trimStart();
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(trimmed);
  if (scheme) {
    const s = scheme[1].toLowerCase();
    if (s === 'http' || s === 'https') {
      const m = /^[A-Za-z]+:\/\/(?:[^@/?#]*@)?(\[[^\]]*\]|[^:/?#]*)/.exec(trimmed);
      const host = (m?.[1] ?? '').toLowerCase();
      return { kind: 'http', host, local: isLocalHost(host) };
    }
    if (s === 'data') return { kind: 'data' };
    if (s === 'file') return { kind: 'file' };
    // A Windows drive letter (C:\x.png, C:/x.png) is a path, not a scheme.
    if (s.length === 1 && /^[A-Za-z]:[\\/]/.test(trimmed)) return { kind: 'path' };
    return { kind: 'scheme', scheme: s };
  }
  if (/^(\/|\.\.?[\\/]|~[\\/]|\\\\)/.test(trimmed)) return { kind: 'path' };
  return { kind: 'other' };
}

/** localhost, loopback, link-local and private-range hosts: a provider's servers cannot reach them. */
export function isLocalHost(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '');
  if (h === 'localhost' || h.endsWith('.localhost') || h.endsWith('.local') || h.endsWith('.internal')) return true;
  if (h === '::1' || h === '0.0.0.0' || /^f[cd][0-9a-f]{2}:/.test(h) || /^fe80:/.test(h)) return true;
  const v4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(h);
  if (!v4) return false;
  const [a, b] = [Number(v4[1]), Number(v4[2])];
  return a === 127 || a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254) || a === 0;
}

// ---------------------------------------------------------------------------------------------
// Where each API carries media
// ---------------------------------------------------------------------------------------------

/**
 * One media value in a body.
 * - `url`: a string that may be an http(s) URL or a data URL (OpenAI image_url, Responses
 *   image_url / file_url, Anthropic url source, Gemini fileUri, DashScope image/video/audio).
 * - `dataUrl`: a string that must be a data URL (OpenAI file_data).
 * - `base64`: raw base64 with the MIME type declared beside it (Anthropic base64 source,
 *   Gemini inlineData).
 */
export interface MediaSlot {
  kind: 'image' | 'file' | 'document' | 'audio' | 'video';
  form: 'url' | 'dataUrl' | 'base64';
  value: string;
  path: JsonPath;
  /** Declared MIME type (base64 form, Gemini fileData) and where it is. */
  declaredMime?: string;
  declaredMimePath?: JsonPath;
  /** How the provider names the field in its errors, e.g. `messages[0].content[1].image_url.url`. */
  providerPath: string;
}

/**
 * Every known, non-templated media string of the body, in document order. With `templated: false` (the
 * body holds no `{{variable}}`, RuleContext.templated) the strings, often megabytes of base64, are not
 * scanned for the template mark.
 */
export function mediaSlots(context: Pick<RuleContext, 'api' | 'body'> & { templated?: boolean }): MediaSlot[] {
  skipTemplateScan = context.templated === false;
  try {
    return collectSlots(context);
  } finally {
    skipTemplateScan = false;
  }
}

/** Set only for the duration of one synchronous mediaSlots() call. */
let skipTemplateScan = false;

function collectSlots(context: Pick<RuleContext, 'api' | 'body'>): MediaSlot[] {
  const out: MediaSlot[] = [];
  const body = context.body;
  if (!isObject(body)) return out;
  switch (context.api) {
    case 'openai-chat':
      arrayAt(body, 'messages').forEach((m, i) => openAiChatParts(arrayAt(m, 'content'), ['messages', i, 'content'], out));
      break;
    case 'openai-responses':
      arrayAt(body, 'input').forEach((item, i) => {
        if (!isObject(item)) return;
        responsesParts(arrayAt(item, 'content'), ['input', i, 'content'], out);
        responsesParts(arrayAt(item, 'output'), ['input', i, 'output'], out);
      });
      break;
    case 'anthropic-messages':
      arrayAt(body, 'messages').forEach((m, i) => anthropicBlocks(arrayAt(m, 'content'), ['messages', i, 'content'], `messages.${i}.content`, out));
      break;
    case 'gemini-generate': {
      arrayAt(body, 'contents').forEach((c, i) => geminiParts(arrayAt(c, 'parts'), ['contents', i, 'parts'], out));
      const sysKey = 'systemInstruction' in body ? 'systemInstruction' : 'system_instruction';
      geminiParts(arrayAt(body[sysKey], 'parts'), [sysKey, 'parts'], out);
      break;
    }
    case 'dashscope-generation':
      arrayAt(body.input, 'messages').forEach((m, i) => dashscopeItems(arrayAt(m, 'content'), ['input', 'messages', i, 'content'], out));
      break;
  }
  return out;
}

const known = (v: unknown): v is string => typeof v === 'string' && (skipTemplateScan || !isTemplated(v));
const dotted = (path: JsonPath) => path.map((p, k) => (typeof p === 'number' ? `[${p}]` : k === 0 ? p : `.${p}`)).join('');

function openAiChatParts(parts: unknown[], path: JsonPath, out: MediaSlot[]): void {
  parts.forEach((part, j) => {
    if (!isObject(part)) return;
    const p = [...path, j];
    if (part.type === 'image_url' && isObject(part.image_url) && known(part.image_url.url)) {
      out.push({ kind: 'image', form: 'url', value: part.image_url.url, path: [...p, 'image_url', 'url'], providerPath: dotted([...p, 'image_url', 'url']) });
    }
    if (part.type === 'file' && isObject(part.file) && known(part.file.file_data)) {
      out.push({ kind: 'file', form: 'dataUrl', value: part.file.file_data, path: [...p, 'file', 'file_data'], providerPath: dotted([...p, 'file', 'file_data']) });
    }
  });
}

function responsesParts(parts: unknown[], path: JsonPath, out: MediaSlot[]): void {
  parts.forEach((part, j) => {
    if (!isObject(part)) return;
    const p = [...path, j];
    if (part.type === 'input_image' && known(part.image_url)) {
      out.push({ kind: 'image', form: 'url', value: part.image_url, path: [...p, 'image_url'], providerPath: dotted([...p, 'image_url']) });
    }
    if (part.type === 'input_file') {
      if (known(part.file_data)) out.push({ kind: 'file', form: 'dataUrl', value: part.file_data, path: [...p, 'file_data'], providerPath: dotted([...p, 'file_data']) });
      if (known(part.file_url)) out.push({ kind: 'file', form: 'url', value: part.file_url, path: [...p, 'file_url'], providerPath: dotted([...p, 'file_url']) });
    }
  });
}

/** `named` is the provider's spelling of `path`: `messages.3.content.0.tool_result.content`. */
function anthropicBlocks(blocks: unknown[], path: JsonPath, named: string, out: MediaSlot[], depth = 0): void {
  if (depth > MAX_WALK_DEPTH) return;
  blocks.forEach((block, j) => {
    if (!isObject(block)) return;
    const p = [...path, j];
    if (block.type === 'tool_result') {
      anthropicBlocks(arrayAt(block, 'content'), [...p, 'content'], `${named}.${j}.tool_result.content`, out, depth + 1);
      return;
    }
    if ((block.type !== 'image' && block.type !== 'document') || !isObject(block.source)) return;
    const kind = block.type === 'image' ? 'image' : 'document';
    const src = block.source;
    const sp = [...p, 'source'];
    const source = `${named}.${j}.${block.type}.source`;
    if (src.type === 'base64' && known(src.data)) {
      out.push({
        kind,
        form: 'base64',
        value: src.data,
        path: [...sp, 'data'],
        declaredMime: known(src.media_type) ? src.media_type : undefined,
        declaredMimePath: [...sp, 'media_type'],
        providerPath: `${source}.base64`,
      });
    }
    if (src.type === 'url' && known(src.url)) {
      out.push({ kind, form: 'url', value: src.url, path: [...sp, 'url'], providerPath: `${source}.url` });
    }
  });
}

function geminiParts(parts: unknown[], path: JsonPath, out: MediaSlot[]): void {
  parts.forEach((part, j) => {
    if (!isObject(part)) return;
    const p = [...path, j];
    const inlineKey = 'inlineData' in part ? 'inlineData' : 'inline_data';
    const inline = part[inlineKey];
    if (isObject(inline) && known(inline.data)) {
      const mimeKey = 'mimeType' in inline ? 'mimeType' : 'mime_type';
      const mime = inline[mimeKey];
      out.push({
        kind: 'image',
        form: 'base64',
        value: inline.data,
        path: [...p, inlineKey, 'data'],
        declaredMime: known(mime) ? mime : undefined,
        declaredMimePath: [...p, inlineKey, mimeKey],
        providerPath: geminiPath([...p, 'inline_data', 'data']),
      });
    }
    const fileKey = 'fileData' in part ? 'fileData' : 'file_data';
    const file = part[fileKey];
    if (isObject(file)) {
      const uriKey = 'fileUri' in file ? 'fileUri' : 'file_uri';
      const mimeKey = 'mimeType' in file ? 'mimeType' : 'mime_type';
      const mime = file[mimeKey];
      if (known(file[uriKey])) {
        out.push({
          kind: 'file',
          form: 'url',
          value: file[uriKey] as string,
          path: [...p, fileKey, uriKey],
          declaredMime: known(mime) ? mime : undefined,
          declaredMimePath: [...p, fileKey, mimeKey],
          providerPath: geminiPath([...p, 'file_data', 'file_uri']),
        });
      }
    }
  });
}

/** Gemini names fields the proto way: `contents[2].parts[0].inline_data.data`. */
export function geminiPath(path: JsonPath): string {
  const snake = (s: string) => s.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
  return dotted(path.map((p) => (typeof p === 'string' ? snake(p) : p)));
}

function dashscopeItems(items: unknown[], path: JsonPath, out: MediaSlot[]): void {
  items.forEach((item, j) => {
    if (!isObject(item)) return;
    for (const kind of ['image', 'audio', 'video'] as const) {
      const v = item[kind];
      if (known(v)) out.push({ kind, form: 'url', value: v, path: [...path, j, kind], providerPath: dotted([...path, j, kind]) });
      // A video may be a list of frames (image URLs).
      if (kind === 'video' && Array.isArray(v)) {
        v.forEach((frame, k) => {
          if (known(frame)) out.push({ kind: 'image', form: 'url', value: frame, path: [...path, j, kind, k], providerPath: dotted([...path, j, kind, k]) });
        });
      }
    }
  });
}

/** Severity for a provider that is known to reject, softened on relays and unknown hosts. */
export function rejectSeverity(context: RuleContext): 'error' | 'warning' {
  return hostSeverity(context.provider);
}

/** Human size: 5242880 -> "5 MiB", 6418576 -> "6.12 MiB". */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} bytes`;
  if (n < MiB) return `${(n / 1024).toFixed(1)} KiB`;
  const m = n / MiB;
  return `${Number.isInteger(m) ? m : m.toFixed(2)} MiB`;
}
