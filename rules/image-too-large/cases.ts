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
  ],
  invalid: [
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
