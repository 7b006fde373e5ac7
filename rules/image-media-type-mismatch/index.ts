import { ANTHROPIC_BLOCK_FIELDS } from '../specs/anthropic-messages.ts';
import type { Severity } from '../../server/src/core/rule-api.ts';
import type { MessageData, RuleContext, RuleModule } from '../types.ts';
import {
  SNIFFABLE_IMAGES,
  canonicalMime,
  decodePrefix,
  findBase64Problem,
  isDataUrl,
  parseDataUrl,
  rejectSeverity,
  sniffMime,
  type MediaSlot,
} from '../shared/media.ts';
import { translations } from './l10n.ts';

const ANTHROPIC_ENUM = ANTHROPIC_BLOCK_FIELDS.imageMediaType.enum;
const ANTHROPIC_ENUM_TEXT = "Input should be 'image/jpeg', 'image/png', 'image/gif' or 'image/webp'";
const ANTHROPIC_MISMATCH = 'Image does not match the provided media type image/jpeg';
const ANTHROPIC_MISMATCH_NEW = 'The image was specified using the image/jpeg media type, but the image appears to be a image/png image';
/** OpenAI's image formats (vision guide: PNG, JPEG, WEBP, non-animated GIF). */
const OPENAI_IMAGES = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp']);
const OPENAI_FORMAT =
  "You uploaded an unsupported image. Please make sure your image is below 20 MB in size and is of one the following formats: ['png', 'jpeg', 'gif', 'webp'].";
const OPENAI_FILE_MIME =
  "Invalid file data: 'input[4].content[0].file_data'. Expected a base64-encoded data URL with a valid file MIME type (e.g. 'data:text/plain;base64,SGVsbG8sIFdvcmxkIQ=='), but got unsupported MIME type 'audio/mpeg'.";
const OPENAI_FILE_B64 =
  "Invalid file data: 'messages[1].content[0].file.file_data'. Expected a base64-encoded data URL with an application/pdf MIME type (e.g. 'data:application/pdf;base64,SGVsbG8sIFdvcmxkIQ=='), but got an invalid base64-encoded value.";
const OPENAI_EMPTY =
  "Invalid 'input[101].content[1].image_url'. Expected a base64-encoded data URL with an image MIME type (e.g. 'data:image/png;base64,aW1nIGJ5dGVzIGhlcmU='), but got empty base64-encoded bytes.";
/** OpenAI's answer to an empty data URL, with this slot's path. */
const EMPTY_BASE64_QUOTE = "Invalid '{{path}}'. Expected a base64-encoded data URL with an image MIME type (e.g. 'data:image/png;base64,aW1nIGJ5dGVzIGhlcmU='), but got empty base64-encoded bytes.";
const GEMINI_B64 = "Invalid value at 'contents[0].parts[2].inline_data.data' (TYPE_BYTES), Base64 decoding failed for \"https://...\"";

export const rule: RuleModule = {
  meta: {
    id: 'image-media-type-mismatch',
    translations,
    severity: 'error',
    apis: ['openai-chat', 'openai-responses', 'anthropic-messages', 'gemini-generate', 'dashscope-generation'],
    description: "An inline image or file whose declared media type is unsupported or disagrees with the data's own signature, or whose base64 is invalid.",
    messages: {
      emptyBase64: 'Empty base64 data.',
      invalidBase64: 'Invalid base64 at offset {{offset}}: {{reason}}{{urlSafe}}.{{hint}}',
      anthropicMediaType: 'Anthropic accepts only image/jpeg, image/png, image/gif and image/webp for a base64 image.',
      openAiImageFormat: 'OpenAI accepts PNG, JPEG, WEBP and non-animated GIF images; this data URL is {{mime}}.',
      responsesFileType: "'input_file' does not take {{mime}}: send audio as 'input_audio' to an audio model.",
      anthropicMismatch: "'media_type' says {{mime}} but the data is {{actual}}: set it to {{actual}}.",
      declaredMismatch: 'The declared type is {{mime}} but the data is {{actual}}: declare {{actual}}.',
    },
    fragments: {
      badChar: 'character {{char}} is not base64',
      midPadding: "padding '=' in the middle of the data",
      tooMuchPadding: "more than two padding '='",
      urlSafe: ' (URL-safe alphabet; this API documents standard base64)',
      looksLikeUrl: ' It looks like a URL or path: send the bytes base64-encoded, or the file by URL.',
    },
    providerErrors: [
      {
        api: 'anthropic-messages',
        provider: 'anthropic',
        message: `messages.0.content.0.image.source.base64.media_type: ${ANTHROPIC_ENUM_TEXT}`,
        source: ANTHROPIC_BLOCK_FIELDS.imageMediaType.source,
      },
      { api: 'anthropic-messages', provider: 'anthropic', message: `messages.2.content.0.image.source.base64.data: ${ANTHROPIC_MISMATCH}`, source: 'https://github.com/anthropics/anthropic-sdk-typescript/issues/682' },
      {
        api: 'anthropic-messages',
        provider: 'anthropic',
        message: `messages.83.content.0.tool_result.content.1.image.source.base64: ${ANTHROPIC_MISMATCH_NEW}`,
        source: 'https://github.com/vybestack/llxprt-code/issues/2130',
      },
      { api: 'openai-chat', provider: 'openai', message: OPENAI_FORMAT, source: 'https://github.com/CosmosShadow/gptpdf/issues/6' },
      { api: 'openai-chat', provider: 'openai', message: OPENAI_FILE_B64, source: 'https://github.com/vercel/ai/issues/7266' },
      {
        api: 'openai-responses',
        provider: 'openai',
        message: OPENAI_FILE_MIME,
        source:
          'https://github.com/pydantic/pydantic-ai/blob/4fda38988f2939fa6ea9cdefcf120693e10ef491/tests/models/cassettes/test_multimodal_tool_returns/test_multimodal_tool_return_matrix%5Btool_return_content-url_force_download-audio-openai_responses%5D.yaml',
      },
      { api: 'openai-responses', provider: 'openai', message: OPENAI_EMPTY, source: 'https://github.com/anomalyco/opencode/issues/23983' },
      { api: 'gemini-generate', provider: 'gemini', message: GEMINI_B64, source: 'https://github.com/danny-avila/LibreChat/issues/6593' },
    ],
  },
  create(context) {
    return {
      media: (slot) => {
        if (slot.form === 'base64') checkInline(context, slot, slot.value, 0, slot.declaredMime);
        else if (context.api !== 'gemini-generate') {
          // (A data URL in Gemini's fileUri is invalid-media-url's finding.)
          const d = parseDataUrl(slot.value);
          if (isDataUrl(d) && d.base64) checkInline(context, slot, slot.value, d.dataStart, d.mime);
        }
      },
    };
  },
};

function checkInline(context: RuleContext, slot: MediaSlot, value: string, start: number, declared: string | undefined): void {
  const hard = rejectSeverity(context);
  const api = context.api;
  const gemini = api === 'gemini-generate';
  const openai = api === 'openai-chat' || api === 'openai-responses';
  const anthropic = api === 'anthropic-messages';

  // 1. Empty or invalid base64 (one linear pass).
  if (value.length === start) {
    if (openai) report(context, slot, hard, 'emptyBase64', { path: slot.providerPath }, EMPTY_BASE64_QUOTE);
    return;
  }
  const problem = findBase64Problem(value, start, gemini);
  if (problem) {
    const head = JSON.stringify(value.slice(start, start + 40) + (value.length - start > 40 ? '…' : ''));
    const hint = /^(https?:|gs:|\/|\.)/.test(value.slice(start, start + 8)) ? { fragment: 'looksLikeUrl' } : '';
    let quote = '';
    let severity: Severity = 'warning';
    if (gemini) {
      quote = `Invalid value at '${slot.providerPath}' (TYPE_BYTES), Base64 decoding failed for ${head}`;
      severity = hard;
    } else if (openai) {
      quote = `Invalid file data: '${slot.providerPath}'. Expected a base64-encoded data URL … but got an invalid base64-encoded value.`;
      severity = hard;
    }
    // URL-safe '-' / '_' may be tolerated by some decoders: only a warning outside Gemini.
    const urlSafeOnly = problem.reason === 'badChar' && (problem.char === '-' || problem.char === '_') && findBase64Problem(value, start, true) === null;
    if (urlSafeOnly) severity = 'warning';
    const reason = { fragment: problem.reason, data: { char: JSON.stringify(problem.char ?? '') } };
    report(context, slot, severity, 'invalidBase64', { offset: problem.index - start, reason, urlSafe: urlSafeOnly ? { fragment: 'urlSafe' } : '', hint }, quote);
    return;
  }

  const mime = declared !== undefined ? canonicalMime(declared) : undefined;

  // 2. Declared type the API does not accept.
  if (anthropic && slot.kind === 'image' && declared !== undefined && !(ANTHROPIC_ENUM as readonly string[]).includes(declared)) {
    context.report({
      path: slot.declaredMimePath ?? slot.path,
      severity: hard,
      messageId: 'anthropicMediaType',
      data: { path: slot.providerPath },
      quote: `{{path}}.media_type: ${ANTHROPIC_ENUM_TEXT}`,
    });
    return;
  }
  if (openai && slot.kind === 'image' && mime && mime.startsWith('image/') && !OPENAI_IMAGES.has(mime)) {
    report(context, slot, hard, 'openAiImageFormat', { mime }, OPENAI_FORMAT);
    return;
  }
  if (api === 'openai-responses' && slot.kind === 'file' && mime && (mime.startsWith('audio/') || mime.startsWith('video/'))) {
    report(
      context,
      slot,
      mime.startsWith('audio/') ? hard : 'warning',
      'responsesFileType',
      { mime, path: slot.providerPath },
      "Invalid file data: '{{path}}'. Expected a base64-encoded data URL with a valid file MIME type (e.g. 'data:text/plain;base64,SGVsbG8sIFdvcmxkIQ=='), but got unsupported MIME type '{{mime}}'.",
    );
    return;
  }

  // 3. Declared type vs the data's signature (first 18 bytes only).
  if (!mime || !SNIFFABLE_IMAGES.has(mime)) return;
  const actual = sniffMime(decodePrefix(value, start));
  if (!actual || actual === mime || !(SNIFFABLE_IMAGES.has(actual) || actual === 'application/pdf')) return;
  if (anthropic && slot.kind === 'image') {
    report(
      context,
      slot,
      hard,
      'anthropicMismatch',
      { mime, actual, path: slot.providerPath },
      '{{path}}: The image was specified using the {{mime}} media type, but the image appears to be a {{actual}} image',
    );
    return;
  }
  // OpenAI, Gemini and DashScope sniff the bytes themselves; a wrong label is a smell, not a 400.
  report(context, slot, 'warning', 'declaredMismatch', { mime, actual });
}

function report(context: RuleContext, slot: MediaSlot, severity: Severity, messageId: string, data: MessageData, quote?: string): void {
  context.report({ path: slot.path, severity, messageId, data, ...(quote && { quote }) });
}
