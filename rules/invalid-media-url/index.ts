import type { Severity } from '../../server/src/core/rule-api.ts';
import type { MessageData, MessageFragment, ReportQuote, RuleContext, RuleModule } from '../types.ts';
import { classifyUrl, isDataUrl, parseDataUrl, rejectSeverity, type MediaSlot, type UrlKind } from '../shared/media.ts';
import { translations } from './l10n.ts';

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
    translations,
    severity: 'error',
    apis: ['openai-chat', 'openai-responses', 'anthropic-messages', 'gemini-generate', 'dashscope-generation'],
    description: 'An image or file URL the provider cannot fetch: a local path, a file: or other non-http(s) URL, a malformed data URL, or a localhost/private host.',
    messages: {
      openAiMalformedDataUrl: 'Malformed data URL: {{problem}}.',
      openAiFileDataNotDataUrl: "'file_data' must be a base64 data URL, not {{url}}: {{instead}}.",
      openAiFileUrl: "'file_url' is {{url}}; OpenAI downloads it from its servers, so it must be a public http(s) URL.",
      openAiImageUrl: 'The image URL is {{url}}: {{hint}}.',
      anthropicUrlSource: "A 'url' source must be a public http(s) URL; this is {{url}}: {{instead}}.",
      geminiFileUri: "'fileUri' is {{url}}: {{instead}}.",
      dashscopeMalformedDataUrl: 'Malformed data URL: {{problem}}.',
      dashscopeFileUrl: 'Only the DashScope SDK reads file:// URLs; over HTTP send a public URL or a base64 data URL.',
      dashscopeUrl: 'The {{kind}} is {{url}}; DashScope takes http(s) URLs, data URLs and (SDK only) file:// paths.',
      unreachableHost: "The provider cannot fetch from '{{host}}' (a local or private host): send the {{kind}} inline.",
    },
    fragments: {
      fileUrl: 'a file: URL',
      localPath: 'a local path',
      scheme: 'a {{scheme}}: URL',
      dataUrl: 'a data URL',
      notUrl: 'neither a URL nor a data URL',
      noComma: 'no comma between its header and the data',
      notBase64: "';base64' is missing from its header",
      noMime: 'it names no MIME type',
      notImage: "the MIME type '{{mime}}' is not an image type",
      fileUrlInstead: "put a public URL in 'file_url' instead",
      filesApi: "upload it with the Files API and send 'file_id'",
      rawBase64: "if this is raw base64, prefix it with 'data:image/png;base64,' (or the right type)",
      inlineImage: 'OpenAI cannot read files on your machine, so send the image inline as a base64 data URL',
      base64Source: "use a 'base64' source with 'media_type' and 'data' instead",
      fetched: "Anthropic fetches url sources from its servers, so send a 'base64' source instead",
      inlineData: "put the bytes in 'inlineData' {mimeType, data} instead",
      geminiFiles: "upload it with the Files API (or send it as 'inlineData')",
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

function report(context: RuleContext, slot: MediaSlot, severity: Severity, messageId: string, data?: MessageData, quote?: ReportQuote): void {
  context.report({ path: slot.path, severity, messageId, data, ...(quote && { quote }) });
}

function describe(url: UrlKind): MessageFragment {
  switch (url.kind) {
    case 'file':
      return { fragment: 'fileUrl' };
    case 'path':
      return { fragment: 'localPath' };
    case 'scheme':
      return { fragment: 'scheme', data: { scheme: url.scheme } };
    case 'data':
      return { fragment: 'dataUrl' };
    default:
      return { fragment: 'notUrl' };
  }
}

function unreachable(context: RuleContext, slot: MediaSlot, host: string): void {
  report(context, slot, 'warning', 'unreachableHost', { host, kind: slot.kind }, { text: 'Timeout while downloading …', provider: 'OpenAI' });
}

/** A data URL's header problem, or null when it is well formed (payload checks are image-media-type-mismatch's). */
function dataUrlProblem(value: string, wantImage: boolean): MessageFragment | null {
  const d = parseDataUrl(value);
  if (!d) return null;
  if (!isDataUrl(d)) return { fragment: 'noComma' };
  if (!d.base64) return { fragment: 'notBase64' };
  if (!d.mime) return { fragment: 'noMime' };
  if (wantImage && !d.mime.startsWith('image/')) return { fragment: 'notImage', data: { mime: d.mime } };
  return null;
}

function checkOpenAi(context: RuleContext, slot: MediaSlot, url: UrlKind): void {
  const first = context.provider === 'openai' || context.provider === 'azure';
  const severity: Severity = first ? 'error' : 'warning';
  if (url.kind === 'data') {
    const problem = dataUrlProblem(slot.value, slot.kind === 'image');
    if (!problem) return;
    const what = slot.kind === 'image' ? `Invalid image URL: '${slot.providerPath}'. Expected a base64-encoded data URL with an image MIME type` : `Invalid file data: '${slot.providerPath}'. Expected a base64-encoded data URL`;
    report(context, slot, severity, 'openAiMalformedDataUrl', { problem }, `${what} (e.g. 'data:image/png;base64,aW1nIGJ5dGVzIGhlcmU=') …`);
    return;
  }
  if (slot.form === 'dataUrl') {
    // file_data must carry the bytes; raw base64 without the prefix is left alone (undocumented).
    if (url.kind === 'other') return;
    const instead = { fragment: context.api === 'openai-responses' ? 'fileUrlInstead' : 'filesApi' };
    report(context, slot, severity, 'openAiFileDataNotDataUrl', { url: describe(url), instead, path: slot.providerPath }, "Invalid file data: '{{path}}'. Expected a base64-encoded data URL … but got an invalid base64-encoded value.");
    return;
  }
  if (slot.kind === 'file') {
    // Responses file_url: the wording for a non-http URL is not recorded.
    report(context, slot, 'warning', 'openAiFileUrl', { url: describe(url) });
    return;
  }
  const hint = { fragment: url.kind === 'other' ? 'rawBase64' : 'inlineImage' };
  report(context, slot, severity, 'openAiImageUrl', { url: describe(url), path: slot.providerPath, hint }, `Invalid image URL: '{{path}}'. ${OPENAI_EXAMPLE}`);
}

function checkAnthropic(context: RuleContext, slot: MediaSlot, url: UrlKind): void {
  // Anthropic's wording for these is not recorded: warn.
  const instead = { fragment: url.kind === 'data' ? 'base64Source' : 'fetched' };
  report(context, slot, 'warning', 'anthropicUrlSource', { url: describe(url), instead });
}

function checkGemini(context: RuleContext, slot: MediaSlot, url: UrlKind): void {
  if (url.kind === 'scheme' && url.scheme === 'gs') return; // Cloud Storage: Vertex and registered buckets.
  const severity = rejectSeverity(context);
  const instead = { fragment: url.kind === 'data' ? 'inlineData' : 'geminiFiles' };
  report(context, slot, severity, 'geminiFileUri', { url: describe(url), instead, value: slot.value.slice(0, 80) }, 'Invalid or unsupported file uri: {{value}}');
}

function checkDashScope(context: RuleContext, slot: MediaSlot, url: UrlKind): void {
  const severity = rejectSeverity(context);
  if (url.kind === 'data') {
    const problem = dataUrlProblem(slot.value, false);
    if (problem) report(context, slot, severity, 'dashscopeMalformedDataUrl', { problem }, DASHSCOPE_URL);
    return;
  }
  if (url.kind === 'scheme' && url.scheme === 'oss') return; // temporary upload URL (X-DashScope-OssResourceResolve)
  if (url.kind === 'file') {
    report(context, slot, 'warning', 'dashscopeFileUrl');
    return;
  }
  report(context, slot, severity, 'dashscopeUrl', { kind: slot.kind, url: describe(url) }, DASHSCOPE_URL);
}
