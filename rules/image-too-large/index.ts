import type { RuleContext, RuleModule } from '../types.ts';
import { LIMITS } from './limits.ts';
import { base64DecodedSize, base64Length, formatBytes, isDataUrl, parseDataUrl, rejectSeverity, type MediaSlot } from '../shared/media.ts';
import { translations } from './l10n.ts';
import { imageSize } from './dimensions.ts';
import { modelVendor } from '../models/families.ts';

const A = LIMITS.anthropic;
const O = LIMITS.openai;
const G = LIMITS.gemini;
const D = LIMITS.dashscope;

export const rule: RuleModule = {
  meta: {
    id: 'image-too-large',
    translations,
    severity: 'error',
    apis: ['openai-chat', 'openai-responses', 'anthropic-messages', 'gemini-generate', 'dashscope-generation'],
    description: 'An inline (base64) image or file larger than the provider accepts (bytes, or pixels read from the image header), or more images in one request than it allows.',
    messages: {
      openAiImageCount: `More than ${O.images} images in one request: OpenAI accepts at most ${O.images} image inputs per request.`,
      anthropicImageCount: 'Image #{{n}}: Anthropic allows {{max}} images per request for {{who}}.',
      anthropicImageSize: "The image's base64 data is {{chars}} bytes, {{where}}.",
      anthropicPixels: 'The image is {{width}}x{{height}} px, over the 8000 px a side Anthropic accepts: scale it down.',
      anthropicPixelsMany: 'The image is {{width}}x{{height}} px: with {{count}} images in the request, Anthropic accepts 2000 px a side.',
      dashscopeItemSize: 'This base64 item decodes to {{size}}; DashScope accepts at most 10 MB per data URI: pass a URL instead.',
      openAiImageSize: 'This base64 image decodes to {{size}}; OpenAI accepts at most 20 MB per image.',
      openAiTotal: 'The base64 images up to here add up to {{size}}; OpenAI accepts at most 50 MB per request.',
      anthropicTotal: "Inline media up to here holds {{size}} of base64, over Anthropic's 32 MB request limit: use the Files API.",
      geminiTotal: "Inline data up to here is {{size}} of base64, over Gemini's 100 MB per request: use the Files API.",
    },
    fragments: {
      everyModel: 'every model',
      smallContext: 'models with a 200k-token context window (600 for the others)',
      over10: 'over the 10 MiB the Anthropic API accepts (5 MiB on Bedrock and Vertex)',
      platform: 'over the 5 MiB Bedrock and Vertex accept',
      over5: 'over 5 MiB, which Bedrock, Vertex and many deployments reject (the direct API takes 10 MiB)',
    },
    providerErrors: [
      { api: 'openai-chat', provider: 'openai', message: O.error, source: O.errorSource },
      { api: 'openai-chat', provider: 'openai', message: O.countNote, source: `${O.docs} (mirror: ${O.docsMirror})` },
      { api: 'anthropic-messages', provider: 'anthropic', message: A.sizeError, source: A.sizeErrorSource },
      {
        api: 'anthropic-messages',
        provider: 'anthropic',
        message: 'messages.168.content.0.tool_result.content.1.image.source.base64: image exceeds 5 MB maximum: 5649924 bytes > 5242880 bytes',
        source: 'https://github.com/earendil-works/pi/pull/424',
      },
      { api: 'anthropic-messages', provider: 'anthropic', message: A.countError, source: A.countErrorSource },
      { api: 'anthropic-messages', provider: 'anthropic', message: A.countErrorAlt, source: A.countErrorAltSource },
      { api: 'anthropic-messages', provider: 'anthropic', message: A.requestError, source: A.requestErrorSource },
      { api: 'anthropic-messages', provider: 'anthropic', message: 'messages.7.content.3.image.source.base64.data: At least one of the image dimensions exceed max allowed size: 8000 pixels', source: A.pixelErrorSource },
      {
        api: 'anthropic-messages',
        provider: 'anthropic',
        message: 'messages.108.content.3.image.source.base64.data: At least one of the image dimensions exceed max allowed size for many-image requests: 2000 pixels',
        source: A.manyPixelErrorSource,
      },
      { api: 'gemini-generate', provider: 'gemini', message: G.error, source: G.errorSource },
      { api: 'dashscope-generation', provider: 'dashscope', message: D.error, source: D.docs },
    ],
  },
  check(context) {
    const slots = context.request.media();
    if (!slots.length) return;
    if (context.api === 'anthropic-messages') checkAnthropic(context, slots);
    else if (context.api === 'gemini-generate') checkGemini(context, slots);
    else if (context.api === 'dashscope-generation') checkDashScope(context, slots);
    else if (context.provider === 'dashscope-compatible') checkDashScope(context, slots);
    else if (context.api === 'openai-chat' || context.api === 'openai-responses') checkOpenAi(context, slots);
  },
};

/** Decoded bytes of a slot's inline payload, or null when it is not inline base64. */
function inlineBytes(slot: MediaSlot): number | null {
  if (slot.form === 'base64') return base64DecodedSize(slot.value);
  const d = parseDataUrl(slot.value);
  return isDataUrl(d) && d.base64 ? base64DecodedSize(slot.value, d.dataStart) : null;
}

/** Characters of a slot's inline base64 payload, or null when it is not inline base64. */
function inlineChars(slot: MediaSlot): number | null {
  if (slot.form === 'base64') return base64Length(slot.value);
  const d = parseDataUrl(slot.value);
  return isDataUrl(d) && d.base64 ? base64Length(slot.value, d.dataStart) : null;
}

function checkOpenAi(context: RuleContext, slots: readonly MediaSlot[]): void {
  const p = context.provider;
  // A relay or OpenRouter forwards an OpenAI-format request for a Claude model in Anthropic's format, where
  // Anthropic's pixel limits apply; the relay may rescale, so a warning.
  if ((p === 'openrouter' || p === 'relay') && (context.modelInfo?.vendor ?? modelVendor(context.model)) === 'anthropic') checkAnthropicPixels(context, slots, 'warning');
  if (p !== 'openai' && p !== 'azure' && p !== 'openrouter' && p !== 'relay' && p !== null) return;
  const severity = p === 'openai' || p === 'azure' ? 'error' : 'warning';
  let total = 0;
  let count = 0;
  let totalReported = false;
  for (const slot of slots) {
    if (slot.kind !== 'image') continue;
    count++;
    if (count === O.images + 1) {
      context.report({ path: slot.path, severity, messageId: 'openAiImageCount', quote: { text: O.countNote, source: O.docs } });
    }
    const bytes = inlineBytes(slot);
    if (bytes === null) continue;
    total += bytes;
    if (bytes > O.imageBytes) {
      context.report({
        path: slot.path,
        severity,
        messageId: 'openAiImageSize',
        data: { size: formatBytes(bytes) },
        quote: O.error,
      });
    } else if (total > O.totalImageBytes && !totalReported) {
      totalReported = true;
      context.report({
        path: slot.path,
        severity,
        messageId: 'openAiTotal',
        data: { size: formatBytes(total) },
      });
    }
  }
}

/** Where a slot's inline base64 payload starts, or null when it is not inline base64. */
function inlineStart(slot: MediaSlot): number | null {
  if (slot.form === 'base64') return 0;
  const d = parseDataUrl(slot.value);
  return isDataUrl(d) && d.base64 ? d.dataStart : null;
}

/** Anthropic's pixel limits, read from each inline image's header: 8000 px a side, 2000 when the request holds more than 20 images. */
function checkAnthropicPixels(context: RuleContext, slots: readonly MediaSlot[], severity: 'error' | 'warning'): void {
  const images = slots.filter((s) => s.kind === 'image');
  const many = images.length > A.manyImages;
  const max = many ? A.manyImagesMaxSidePx : A.maxSidePx;
  for (const slot of images) {
    const start = inlineStart(slot);
    const size = start === null ? null : imageSize(slot.value, start);
    if (!size || Math.max(size.width, size.height) <= max) continue;
    context.report({
      path: slot.path,
      severity,
      messageId: many ? 'anthropicPixelsMany' : 'anthropicPixels',
      data: { width: size.width, height: size.height, count: images.length, path: slot.providerPath },
      quote: many ? { text: A.manyPixelError, source: A.manyPixelErrorSource } : { text: A.pixelError, source: A.pixelErrorSource },
    });
  }
}

function checkAnthropic(context: RuleContext, slots: readonly MediaSlot[]): void {
  const p = context.provider;
  const platform = p === 'bedrock' || p === 'vertex';
  const hard = rejectSeverity(context);
  checkAnthropicPixels(context, slots, hard);
  let images = 0;
  let total = 0;
  let totalReported = false;
  for (const slot of slots) {
    if (slot.kind === 'image') {
      images++;
      if (images === A.imagesMax + 1) {
        context.report({ path: slot.path, severity: hard, messageId: 'anthropicImageCount', data: { n: images, max: A.imagesMax, who: { fragment: 'everyModel' } }, quote: { text: 'Too much media: 0 document pages + {{n}} images > {{max}}', source: A.docs } });
      } else if (images === A.imagesSmallContext + 1) {
        context.report({ path: slot.path, severity: 'warning', messageId: 'anthropicImageCount', data: { n: images, max: A.imagesSmallContext, who: { fragment: 'smallContext' } }, quote: { text: 'Too much media: 0 document pages + {{n}} images > {{max}}', source: A.docs } });
      }
    }
    if (slot.form !== 'base64') continue;
    const chars = base64Length(slot.value);
    total += chars;
    if (slot.kind === 'image' && chars > A.imageBase64Strict) {
      const over10 = chars > A.imageBase64Max;
      const severity = over10 || platform ? hard : 'warning';
      const where = { fragment: over10 ? 'over10' : platform ? 'platform' : 'over5' };
      context.report({
        path: slot.path,
        severity,
        messageId: 'anthropicImageSize',
        data: { chars, where, path: slot.providerPath },
        quote: '{{path}}: image exceeds 5 MB maximum: {{chars}} bytes > 5242880 bytes',
      });
    } else if (total > A.requestBytes && !totalReported) {
      totalReported = true;
      context.report({
        path: slot.path,
        severity: hard,
        messageId: 'anthropicTotal',
        data: { size: formatBytes(total) },
        quote: A.requestError,
      });
    }
  }
}

function checkGemini(context: RuleContext, slots: readonly MediaSlot[]): void {
  if (context.provider === 'vertex') return; // Vertex documents other limits; not modelled.
  const severity = rejectSeverity(context);
  let total = 0;
  for (const slot of slots) {
    const chars = inlineChars(slot);
    if (chars === null) continue;
    total += chars;
    if (total > G.inlineBase64) {
      context.report({
        path: slot.path,
        severity,
        messageId: 'geminiTotal',
        data: { size: formatBytes(total) },
        quote: { text: G.error, source: G.docs },
      });
      return;
    }
  }
}

function checkDashScope(context: RuleContext, slots: readonly MediaSlot[]): void {
  const severity = rejectSeverity(context);
  for (const slot of slots) {
    if (slot.form === 'base64') continue;
    const bytes = inlineBytes(slot);
    if (bytes === null || bytes <= D.dataUriBytes) continue;
    context.report({
      path: slot.path,
      severity,
      messageId: 'dashscopeItemSize',
      data: { size: formatBytes(bytes) },
      quote: D.error,
    });
  }
}
