import type { RuleCase, RuleCases } from '../types.ts';

import { LIMITS } from './limits.ts';

const MiB = 1024 * 1024;
const O_DOC = LIMITS.openai.countNote;
/** A base64 payload of `chars` characters that starts like a PNG. */
const b64 = (chars: number) => 'iVBORw0KGgo' + 'A'.repeat(chars - 11);

const anthropic = (content: unknown[], host = 'api.anthropic.com') =>
  `POST https://${host}/v1/messages\nanthropic-version: 2023-06-01\nContent-Type: application/json\n\n${JSON.stringify({
    model: 'claude-sonnet-4-5',
    max_tokens: 100,
    messages: [{ role: 'user', content }],
  })}\n`;
const bedrock = (content: unknown[]) =>
  `POST https://bedrock-runtime.us-east-1.amazonaws.com/model/anthropic.claude-sonnet-4-5-20250929-v1:0/invoke\nContent-Type: application/json\n\n${JSON.stringify({
    anthropic_version: 'bedrock-2023-05-31',
    max_tokens: 100,
    messages: [{ role: 'user', content }],
  })}\n`;
const image = (data: string) => ({ type: 'image', source: { type: 'base64', media_type: 'image/png', data } });
const urlImage = (i: number) => ({ type: 'image', source: { type: 'url', url: `https://example.com/${i}.png` } });
const images = (n: number) => Array.from({ length: n }, (_, i) => urlImage(i));

const openai = (n: number) =>
  `POST https://api.openai.com/v1/chat/completions\nContent-Type: application/json\n\n${JSON.stringify({
    model: 'gpt-4o',
    messages: [{ role: 'user', content: Array.from({ length: n }, (_, i) => ({ type: 'image_url', image_url: { url: `https://example.com/${i}.png` } })) }],
  })}\n`;
const dashscope = (chars: number) =>
  `POST https://dashscope.aliyuncs.com/api/v1/services/aigc/multimodal-generation/generation\nContent-Type: application/json\n\n${JSON.stringify({
    model: 'qwen-vl-max',
    input: { messages: [{ role: 'user', content: [{ image: `data:image/png;base64,${b64(chars)}` }, { text: 'What is this?' }] }] },
  })}\n`;

/** Image headers only (what the pixel check reads): base64 of the first bytes of a PNG, JPEG, GIF or WebP of that size. */
const bytes = (...parts: number[][]) => Buffer.from(parts.flat()).toString('base64');
const be32 = (n: number) => [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];
const be16 = (n: number) => [(n >>> 8) & 255, n & 255];
const le16 = (n: number) => [n & 255, (n >>> 8) & 255];
const le24 = (n: number) => [n & 255, (n >>> 8) & 255, (n >>> 16) & 255];
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));
const pngOf = (w: number, h: number) => bytes([0x89, ...ascii('PNG'), 13, 10, 26, 10], be32(13), ascii('IHDR'), be32(w), be32(h), [8, 2, 0, 0, 0], be32(0));
/** A JPEG whose SOF0 comes after an APP1 (EXIF) segment of 300 bytes. */
const jpegOf = (w: number, h: number) => bytes([0xff, 0xd8, 0xff, 0xe1], be16(302), new Array(300).fill(0), [0xff, 0xc0], be16(17), [8], be16(h), be16(w), [3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1, 0xff, 0xd9]);
const gifOf = (w: number, h: number) => bytes(ascii('GIF89a'), le16(w), le16(h), [0, 0, 0, 0, 0, 0]);
const webpOf = (w: number, h: number) => bytes(ascii('RIFF'), [0, 0, 0, 0], ascii('WEBPVP8X'), [10, 0, 0, 0, 0, 0, 0, 0], le24(w - 1), le24(h - 1), [0, 0]);
const imageOf = (data: string, mime = 'image/png') => ({ type: 'image', source: { type: 'base64', media_type: mime, data } });
const openrouter = (url: string) =>
  `POST https://openrouter.ai/api/v1/chat/completions\nContent-Type: application/json\n\n${JSON.stringify({
    model: 'anthropic/claude-sonnet-4.5',
    messages: [{ role: 'user', content: [{ type: 'image_url', image_url: { url } }, { type: 'text', text: 'Describe.' }] }],
  })}\n`;
const openaiImage = (url: string) =>
  `POST https://api.openai.com/v1/chat/completions\nContent-Type: application/json\n\n${JSON.stringify({
    model: 'gpt-4.1',
    messages: [{ role: 'user', content: [{ type: 'image_url', image_url: { url } }] }],
  })}\n`;
/**
 * A case over the editor's 20 MB document limit, linted with the limit raised. Its body is built each time
 * it is read (a few ms), so the 30-100 MB strings are not kept for the test run.
 */
function large(c: Omit<RuleCase, 'code' | 'limits' | 'languageId'>, build: () => string): RuleCase {
  return {
    ...c,
    languageId: 'http',
    limits: { maxDocumentChars: 256 * MiB },
    get code() {
      return build();
    },
  };
}
const openaiInline = (sizes: number[]) =>
  `POST https://api.openai.com/v1/chat/completions\nContent-Type: application/json\n\n{"model":"gpt-4o","messages":[{"role":"user","content":[${sizes
    .map((n) => `{"type":"image_url","image_url":{"url":"data:image/png;base64,${b64(n)}"}}`)
    .join(',')}]}]}\n`;
const anthropicDocument = (chars: number) => ({ type: 'document', source: { type: 'base64', media_type: 'application/pdf', data: 'JVBERi0x' + 'A'.repeat(chars - 8) } });
const gemini = (chars: number) =>
  `POST https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-flash:generateContent\nContent-Type: application/json\n\n{"contents":[{"role":"user","parts":[{"text":"Summarise."},{"inline_data":{"mime_type":"application/pdf","data":"JVBERi0x${'A'.repeat(chars - 8)}"}}]}]}\n`;

export const cases: RuleCases = {
  valid: [
    { name: 'Anthropic image of 4 MiB base64 (under 5 MiB)', languageId: 'http', code: anthropic([image(b64(4 * MiB)), { type: 'text', text: 'Describe.' }]) },
    { name: 'Anthropic: exactly 100 URL images', languageId: 'http', code: anthropic(images(100)) },
    { name: 'OpenAI: exactly 500 images', languageId: 'http', code: openai(500) },
    { name: 'DashScope: a 9 MiB data URI (decoded under 10 MB)', languageId: 'http', code: dashscope(12 * MiB) },
    {
      name: 'a templated image is unknown',
      languageId: 'http',
      code: 'POST https://api.anthropic.com/v1/messages\nanthropic-version: 2023-06-01\n\n{"model":"claude-sonnet-4-5","max_tokens":10,"messages":[{"role":"user","content":[{"type":"image","source":{"type":"base64","media_type":"image/png","data":"{{big}}"}}]}]}\n',
    },
    { name: 'Anthropic: an 8000x8000 PNG is at the limit', languageId: 'http', code: anthropic([imageOf(pngOf(8000, 8000))]) },
    { name: 'Anthropic: 20 images of 3000x2000 (the 2000 px limit starts above 20 images)', languageId: 'http', code: anthropic(Array.from({ length: 20 }, () => imageOf(pngOf(3000, 2000)))) },
    { name: 'Anthropic: 21 images of 2000x1500', languageId: 'http', code: anthropic(Array.from({ length: 21 }, () => imageOf(jpegOf(2000, 1500), 'image/jpeg'))) },
    { name: 'OpenAI documents no pixel limit (it scales the image)', languageId: 'http', code: openaiImage(`data:image/png;base64,${pngOf(9000, 9000)}`) },
    { name: 'a header the reader does not know is no finding', languageId: 'http', code: anthropic([imageOf(bytes(ascii('II*'), [0, 8, 0, 0, 0]), 'image/tiff')]) },
  ],
  invalid: [
    {
      name: 'Anthropic: a full-page screenshot 9600 px high',
      languageId: 'http',
      code: anthropic([{ type: 'text', text: 'Here is the page' }, imageOf(pngOf(1280, 9600))]),
      providerError: 'messages.7.content.3.image.source.base64.data: At least one of the image dimensions exceed max allowed size: 8000 pixels',
      errors: [{ message: 'The image is 1280x9600 px, over the 8000 px a side Anthropic accepts: scale it down.', severity: 'error' }],
    },
    {
      name: 'Anthropic: a JPEG read past its EXIF segment',
      languageId: 'http',
      code: anthropic([imageOf(jpegOf(8100, 600), 'image/jpeg')]),
      providerError: 'At least one of the image dimensions exceed max allowed size: 8000 pixels',
      errors: [{ message: 'The image is 8100x600 px', severity: 'error' }],
    },
    {
      name: 'Anthropic: a GIF over 8000 px wide',
      languageId: 'http',
      code: anthropic([imageOf(gifOf(9000, 40), 'image/gif')]),
      providerError: 'At least one of the image dimensions exceed max allowed size: 8000 pixels',
      errors: [{ message: 'The image is 9000x40 px', severity: 'error' }],
    },
    {
      name: 'Anthropic: 21 images, one 2400 px wide WebP',
      languageId: 'http',
      code: anthropic([...Array.from({ length: 20 }, () => imageOf(pngOf(1600, 1000))), imageOf(webpOf(2400, 1200), 'image/webp')]),
      providerError: 'messages.108.content.3.image.source.base64.data: At least one of the image dimensions exceed max allowed size for many-image requests: 2000 pixels',
      errors: [{ message: 'The image is 2400x1200 px: with 21 images in the request, Anthropic accepts 2000 px a side.', severity: 'error' }],
    },
    {
      name: 'Bedrock keeps the same pixel limit',
      languageId: 'http',
      code: bedrock([imageOf(pngOf(8500, 100))]),
      providerError: 'At least one of the image dimensions exceed max allowed size: 8000 pixels',
      errors: [{ message: 'The image is 8500x100 px', severity: 'error' }],
    },
    {
      name: 'OpenRouter forwards a Claude request in Anthropic format: a warning',
      languageId: 'http',
      code: openrouter(`data:image/png;base64,${pngOf(9000, 300)}`),
      providerError: 'At least one of the image dimensions exceed max allowed size: 8000 pixels',
      errors: [{ message: 'The image is 9000x300 px', severity: 'warning' }],
    },
    {
      name: 'Bedrock: 6 MiB of base64 (Bedrock keeps the 5 MiB cap)',
      languageId: 'http',
      code: bedrock([image(b64(6 * MiB))]),
      providerError: 'image exceeds 5 MB maximum: 6418576 bytes > 5242880 bytes',
      errors: [{ message: 'messages.0.content.0.image.source.base64: image exceeds 5 MB maximum: 6291456 bytes > 5242880 bytes', line: 3, severity: 'error' }],
    },
    {
      name: 'Anthropic API: 6 MiB is a warning (the direct API raised the cap to 10 MiB)',
      languageId: 'http',
      code: anthropic([{ type: 'text', text: 'Compare.' }, image(b64(6 * MiB))]),
      providerError: 'image exceeds 5 MB maximum: 6418576 bytes > 5242880 bytes',
      errors: [{ message: 'messages.0.content.1.image.source.base64: image exceeds 5 MB maximum', severity: 'warning' }],
    },
    {
      name: 'Anthropic API: 11 MiB inside a tool_result is over every cap',
      languageId: 'http',
      code: anthropic([{ type: 'tool_result', tool_use_id: 'toolu_1', content: [{ type: 'text', text: 'shot' }, image(b64(11 * MiB))] }]),
      providerError: 'messages.168.content.0.tool_result.content.1.image.source.base64: image exceeds 5 MB maximum: 5649924 bytes > 5242880 bytes',
      errors: [{ message: 'messages.0.content.0.tool_result.content.1.image.source.base64: image exceeds', severity: 'error' }],
    },
    {
      name: 'Anthropic: 101 images is a warning (100 on 200k-context models)',
      languageId: 'http',
      code: anthropic(images(101)),
      providerError: 'Too much media: 0 document pages + 102 images > 100',
      errors: [{ message: 'Too much media: 0 document pages + 101 images > 100', severity: 'warning' }],
    },
    {
      name: 'Anthropic: 601 images is over every model',
      languageId: 'http',
      code: anthropic(images(601)),
      providerError: 'Too much media: 0 document pages + 102 images > 100',
      errors: [{ severity: 'warning' }, { message: 'Too much media: 0 document pages + 601 images > 600', severity: 'error' }],
    },
    {
      name: 'OpenAI: 501 images',
      languageId: 'http',
      code: openai(501),
      providerError: O_DOC,
      errors: [{ message: 'More than 500 images in one request', severity: 'error' }],
    },
    {
      name: 'DashScope: a data URI over 10 MB',
      languageId: 'http',
      code: dashscope(15 * MiB),
      providerError: "Exceeded limit on max bytes per data-uri item : 10485760'.",
      errors: [{ message: "Exceeded limit on max bytes per data-uri item : 10485760'.", line: 3, severity: 'error' }],
    },
    large(
      {
        name: 'OpenAI: one base64 image of 21 MiB decoded (the documented 20 MB per image)',
        providerError: LIMITS.openai.error,
        errors: [{ message: 'This base64 image decodes to 21 MiB; OpenAI accepts at most 20 MB per image.', line: 3, severity: 'error' }],
      },
      () => openaiInline([28 * MiB]),
    ),
    large(
      {
        name: 'OpenAI: three images under 20 MB each, 54 MiB together (the documented 50 MB per request)',
        providerError: LIMITS.openai.error,
        errors: [{ message: 'The base64 images up to here add up to 54 MiB; OpenAI accepts at most 50 MB per request.', line: 3, severity: 'error' }],
      },
      () => openaiInline([24 * MiB, 24 * MiB, 24 * MiB]),
    ),
    large(
      {
        name: 'Anthropic: 33 MiB of inline PDF (the 32 MB request limit)',
        providerError: LIMITS.anthropic.requestError,
        errors: [{ message: "Inline media up to here holds 33 MiB of base64, over Anthropic's 32 MB request limit: use the Files API.", line: 4, severity: 'error' }],
      },
      () => anthropic([anthropicDocument(33 * MiB), { type: 'text', text: 'Summarise.' }]),
    ),
    large(
      {
        name: 'Gemini: 101 MiB of inline data (100 MB per request)',
        providerError: LIMITS.gemini.error,
        errors: [{ message: "Inline data up to here is 101 MiB of base64, over Gemini's 100 MB per request: use the Files API.", line: 3, severity: 'error' }],
      },
      () => gemini(101 * MiB),
    ),
  ],
};
