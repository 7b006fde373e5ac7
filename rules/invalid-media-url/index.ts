import type { Severity } from '../../server/src/core/rule-api.ts';
import type { MessageData, RuleContext, RuleModule } from '../types.ts';
import { classifyUrl, isDataUrl, parseDataUrl, rejectSeverity, type MediaSlot, type UrlKind } from '../shared/media.ts';

const OPENAI_EXAMPLE = "Expected a base64-encoded data URL with an image MIME type (e.g. 'data:image/png;base64,aW1nIGJ5dGVzIGhlcmU='), but got a value without the 'data:' prefix.";
const OPENAI_NO_PREFIX = `Invalid image URL: 'messages[0].content[1].image_url.url'. ${OPENAI_EXAMPLE}`;
const OPENAI_FILE = "Invalid file data: 'messages[1].content[0].file.file_data'. Expected a base64-encoded data URL with an application/pdf MIME type (e.g. 'data:application/pdf;base64,SGVsbG8sIFdvcmxkIQ=='), but got an invalid base64-encoded value.";
const OPENAI_TIMEOUT = 'Timeout while downloading {url here}';
const GEMINI_URI = 'Invalid or unsupported file uri: https://upload.wikimedia.org/wikipedia/commons/4/4d/Cat_November_2010-1a.jpg';
const DASHSCOPE_URL = 'The provided URL does not appear to be valid. Ensure it is correctly formatted.';
const DASHSCOPE_DOWNLOAD = '<400> InternalError.Algo.InvalidParameter: Failed to download multimodal content';

export const rule: RuleModule = {
  meta: {
    id: 'invalid-media-url',
    severity: 'error',
    apis: ['openai-chat', 'openai-responses', 'anthropic-messages', 'gemini-generate', 'dashscope-generation'],
    description: 'An image or file URL the provider cannot fetch: a local path, a file: or other non-http(s) URL, a malformed data URL, or a localhost/private host.',
    messages: {
      openAiMalformedDataUrl: "Malformed data URL: {{problem}}. OpenAI: \"{{what}} (e.g. 'data:image/png;base64,aW1nIGJ5dGVzIGhlcmU=') …\"",
      openAiFileDataNotDataUrl: "file_data must be a base64 data URL, not {{url}}; {{instead}}. OpenAI: \"Invalid file data: '{{path}}'. Expected a base64-encoded data URL … but got an invalid base64-encoded value.\"",
      openAiFileUrl: 'file_url is {{url}}; OpenAI downloads it from its servers, so it must be a public http(s) URL.',
      openAiImageUrl: `The image URL is {{url}}. OpenAI: "Invalid image URL: '{{path}}'. ${OPENAI_EXAMPLE}"{{hint}}`,
      anthropicUrlSource: 'A `url` source must be a public http(s) URL; this is {{url}}: {{instead}}.',
      geminiFileUri: 'fileUri is {{url}}; {{instead}}. Gemini: "Invalid or unsupported file uri: {{value}}"',
      dashscopeMalformedDataUrl: `Malformed data URL: {{problem}}. DashScope: "${DASHSCOPE_URL}"`,
      dashscopeFileUrl: 'file:// URLs are read by the DashScope SDK, which uploads the file; over plain HTTP the service cannot read your disk. Send a public URL or a base64 data URL.',
      dashscopeUrl: `The {{kind}} is {{url}}; DashScope takes http(s) URLs, data URLs and (SDK only) file:// paths: "${DASHSCOPE_URL}"`,
      unreachableHost: 'The provider fetches this URL from its own servers, which cannot reach `{{host}}` (localhost or a private network): the request fails with a download error (OpenAI: "Timeout while downloading …"). Send the {{kind}} inline as base64, or from a public URL.',
    },
    providerErrors: [
      { api: 'openai-chat', provider: 'openai', message: OPENAI_NO_PREFIX, source: 'https://github.com/Alibaba-NLP/OmniSearch/issues/3' },
      { api: 'openai-chat', provider: 'openai', message: OPENAI_FILE, source: 'https://github.com/vercel/ai/issues/7266' },
      { api: 'openai-responses', provider: 'openai', message: OPENAI_TIMEOUT, source: 'https://github.com/vercel/ai/issues/8857' },
      { api: 'gemini-generate', provider: 'gemini', message: GEMINI_URI, source: 'https://github.com/BoundaryML/baml/issues/1548' },
      { api: 'dashscope-generation', provider: 'dashscope', message: DASHSCOPE_URL, source: 'https://www.alibabacloud.com/help/en/model-studio/error-code' },
      { api: 'dashscope-generation', provider: 'dashscope', message: DASHSCOPE_DOWNLOAD, source: 'https://github.com/agentscope-ai/agentscope-java/issues/2700' },
    ],
  },
  create(context) {
    return {
      media: (slot) => {
        if (slot.form === 'base64') return;
        const url = classifyUrl(slot.value);
        if (url.kind === 'http') {
          if (url.local) unreachable(context, slot, url.host);
          return;
        }
        if (context.api === 'openai-chat' || context.api === 'openai-responses') checkOpenAi(context, slot, url);
        else if (context.api === 'anthropic-messages') checkAnthropic(context, slot, url);
        else if (context.api === 'gemini-generate') checkGemini(context, slot, url);
        else if (context.api === 'dashscope-generation') checkDashScope(context, slot, url);
      },
    };
  },
};

function report(context: RuleContext, slot: MediaSlot, severity: Severity, messageId: string, data?: MessageData): void {
  context.report({ path: slot.path, severity, messageId, data });
}

function describe(url: UrlKind): string {
  switch (url.kind) {
    case 'file':
      return 'a file: URL';
    case 'path':
      return 'a local path';
    case 'scheme':
      return `a ${url.scheme}: URL`;
    case 'data':
      return 'a data URL';
    default:
      return 'neither a URL nor a data URL';
  }
}

function unreachable(context: RuleContext, slot: MediaSlot, host: string): void {
  report(context, slot, 'warning', 'unreachableHost', { host, kind: slot.kind });
}

/** A data URL's header problem, or null when it is well formed (payload checks are image-media-type-mismatch's). */
function dataUrlProblem(value: string, wantImage: boolean): string | null {
  const d = parseDataUrl(value);
  if (!d) return null;
  if (!isDataUrl(d)) return 'the data URL has no comma between its header and the data';
  if (!d.base64) return 'the data URL is not base64 (`;base64` is missing from its header)';
  if (!d.mime) return 'the data URL names no MIME type';
  if (wantImage && !d.mime.startsWith('image/')) return `the data URL's MIME type \`${d.mime}\` is not an image type`;
  return null;
}

function checkOpenAi(context: RuleContext, slot: MediaSlot, url: UrlKind): void {
  const first = context.provider === 'openai' || context.provider === 'azure';
  const severity: Severity = first ? 'error' : 'warning';
  if (url.kind === 'data') {
    const problem = dataUrlProblem(slot.value, slot.kind === 'image');
    if (!problem) return;
    const what = slot.kind === 'image' ? `Invalid image URL: '${slot.providerPath}'. Expected a base64-encoded data URL with an image MIME type` : `Invalid file data: '${slot.providerPath}'. Expected a base64-encoded data URL`;
    report(context, slot, severity, 'openAiMalformedDataUrl', { problem, what });
    return;
  }
  if (slot.form === 'dataUrl') {
    // file_data must carry the bytes; raw base64 without the prefix is left alone (undocumented).
    if (url.kind === 'other') return;
    const instead = context.api === 'openai-responses' ? 'put a public URL in `file_url` instead' : 'upload it with the Files API and send `file_id`';
    report(context, slot, severity, 'openAiFileDataNotDataUrl', { url: describe(url), instead, path: slot.providerPath });
    return;
  }
  if (slot.kind === 'file') {
    // Responses file_url: the wording for a non-http URL is not recorded.
    report(context, slot, 'warning', 'openAiFileUrl', { url: describe(url) });
    return;
  }
  const hint = url.kind === 'other' ? ' If this is raw base64, prefix it with `data:image/png;base64,` (or the right type).' : ' OpenAI cannot read files on your machine: send the image inline as a base64 data URL.';
  report(context, slot, severity, 'openAiImageUrl', { url: describe(url), path: slot.providerPath, hint });
}

function checkAnthropic(context: RuleContext, slot: MediaSlot, url: UrlKind): void {
  // Anthropic's wording for these is not recorded: warn.
  const instead = url.kind === 'data' ? 'use a `base64` source with `media_type` and `data` instead' : 'Anthropic fetches url sources from its servers; send the file as a `base64` source instead';
  report(context, slot, 'warning', 'anthropicUrlSource', { url: describe(url), instead });
}

function checkGemini(context: RuleContext, slot: MediaSlot, url: UrlKind): void {
  if (url.kind === 'scheme' && url.scheme === 'gs') return; // Cloud Storage: Vertex and registered buckets.
  const severity = rejectSeverity(context);
  const instead = url.kind === 'data' ? 'put the bytes in inlineData {mimeType, data} instead' : 'upload it with the Files API (or send it as inlineData)';
  report(context, slot, severity, 'geminiFileUri', { url: describe(url), instead, value: slot.value.slice(0, 80) });
}

function checkDashScope(context: RuleContext, slot: MediaSlot, url: UrlKind): void {
  const severity = rejectSeverity(context);
  if (url.kind === 'data') {
    const problem = dataUrlProblem(slot.value, false);
    if (problem) report(context, slot, severity, 'dashscopeMalformedDataUrl', { problem });
    return;
  }
  if (url.kind === 'scheme' && url.scheme === 'oss') return; // temporary upload URL (X-DashScope-OssResourceResolve)
  if (url.kind === 'file') {
    report(context, slot, 'warning', 'dashscopeFileUrl');
    return;
  }
  report(context, slot, severity, 'dashscopeUrl', { kind: slot.kind, url: describe(url) });
}
