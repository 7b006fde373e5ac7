import { unknownHost } from '../profiles/index.ts';
import { arrayAt, isObject, knownString, MAX_WALK_DEPTH } from '../shared.ts';
import type { JsonPath, Severity } from '../../server/src/core/rule-api.ts';
import { catalogModels } from '../models/catalog.ts';
import { candidates, canonicalId } from '../models/lookup.ts';
import type { Modality, ModelInfo } from '../models/index.ts';
import type { MessageNode } from '../shared/request-model.ts';
import type { MessageFragment, ReportQuote, RuleContext, RuleModule } from '../types.ts';
import { parseDataUrl } from '../shared/media.ts';
import { translations } from './l10n.ts';

const PYDANTIC = 'https://github.com/pydantic/pydantic-ai/blob/4fda38988f2939fa6ea9cdefcf120693e10ef491/tests/models/cassettes/test_multimodal_tool_returns';
const OPENAI_IMAGE = 'Invalid content type. image_url is only supported by certain models.';
const OPENAI_BLOCKS = "Invalid 'messages[{i}]'. Content blocks are expected to be either text or image_url type.";
const DEEPSEEK = 'Failed to deserialize the JSON body into the target type: messages[{i}]: unknown variant `{type}`, expected `text`';
const FILE_INPUTS = 'https://developers.openai.com/api/docs/guides/file-inputs';
const RESPONSES_FILE_MIME =
  "Invalid file data: '{path}'. Expected a base64-encoded data URL with a valid file MIME type (e.g. 'data:text/plain;base64,SGVsbG8sIFdvcmxkIQ=='), but got unsupported MIME type '{mime}'.";
const CHAT_FILE_MIME = "Invalid file data: '{path}'. Expected a base64-encoded data URL with an application/pdf MIME type (e.g. 'data:application/pdf;base64,SGVsbG8sIFdvcmxkIQ==')";

export const rule: RuleModule = {
  meta: {
    id: 'unsupported-modality',
    translations,
    severity: 'error',
    apis: ['openai-chat', 'openai-responses', 'anthropic-messages', 'gemini-generate', 'dashscope-generation'],
    description: 'An image, audio, video or PDF input sent to a model that does not take that modality, or a file whose MIME type the endpoint does not accept as a file input.',
    messages: {
      unsupported: 'Model {{model}} does not take {{label}} input ({{why}}).',
      responsesFileType: "'input_file' takes documents (PDF, text, code, office files), not {{mime}}: {{instead}}.",
      chatFileType: "Chat Completions takes only PDF in a 'file' part, not {{mime}}: use the Responses API or a text part.",
    },
    fragments: {
      bothSources: 'neither the model table nor models.dev lists {{label}}; it takes {{modalities}}',
      userEntry: 'your llmPreflight.models entry lists {{modalities}}',
      table: 'the model table lists {{modalities}}',
      audio: "send audio as 'input_audio' to an audio model",
      video: "send video frames as 'input_image'",
    },
    providerErrors: [
      { api: 'openai-chat', provider: 'openai', message: OPENAI_IMAGE, source: 'https://github.com/vllm-project/vllm/issues/11629 ; https://github.com/browser-use/web-ui/issues/274' },
      {
        api: 'openai-chat',
        provider: 'openai',
        message: OPENAI_BLOCKS.replace('{i}', '3'),
        source: `${PYDANTIC}/test_multimodal_tool_return_matrix%5Bdirect-url-audio-openai_chat%5D.yaml`,
      },
      {
        api: 'openai-chat',
        provider: 'deepseek',
        message: DEEPSEEK.replace('{i}', '1').replace('{type}', 'image_url'),
        source: 'https://github.com/rikkahub/rikkahub/issues/1433 ; https://github.com/ChatLunaLab/chatluna/issues/867',
      },
      {
        api: 'openai-responses',
        provider: 'openai',
        message: RESPONSES_FILE_MIME.replace('{path}', 'input[4].content[0].file_data').replace('{mime}', 'audio/mpeg'),
        source: `${PYDANTIC}/test_multimodal_tool_return_matrix%5Btool_return_content-url_force_download-audio-openai_responses%5D.yaml`,
      },
      {
        api: 'openai-chat',
        provider: 'openai',
        message: `${CHAT_FILE_MIME.replace('{path}', 'messages[1].content[0].file.file_data')}, but got ... (Chat Completions accepts only PDF files as file content parts)`,
        source: `https://github.com/vercel/ai/issues/7266 ; ${FILE_INPUTS}`,
      },
    ],
  },
  create(context) {
    if (!isObject(context.body)) return {};
    const info = context.modelInfo;
    const model = knownString(context.model) ? context.model : info?.id;
    return {
      // Each turn's media parts, reported as they are found (document order, as before).
      message(node) {
        for (const part of mediaParts(context, node)) {
          if (part.mimeProblem) {
            reportMime(context, part);
            continue;
          }
          const mods = info?.inputModalities;
          if (!info || !mods || !part.modality || mods.includes(part.modality)) continue;
          const confirmed = info.origin === 'table' && catalogAgrees(info, context.model, part.modality);
          const severity: Severity = confirmed && firstParty(context) ? 'error' : 'warning';
          const label = LABEL[part.modality];
          const modalities = mods.join(', ');
          const why: MessageFragment = confirmed ? { fragment: 'bothSources', data: { label, modalities } } : { fragment: info.origin === 'user' ? 'userEntry' : 'table', data: { modalities } };
          context.report({
            path: part.path,
            severity,
            messageId: 'unsupported',
            data: { model: String(model), label, why },
            ...quote(context, part),
          });
        }
      },
    };
  },
};

const LABEL: Record<Modality, string> = { text: 'text', image: 'image', audio: 'audio', video: 'video', pdf: 'PDF' };

interface MediaPart {
  modality: Modality | null;
  /** Where to report (the part's `type`, or its MIME field). */
  path: JsonPath;
  /** The part's type as the API spells it (`image_url`, `input_audio`, `document`...). */
  type: string;
  /** Index of the message / input item that carries it. */
  message: number;
  mimeProblem?: { mime: string; providerPath: string; kind: 'chat-file' | 'responses-file' };
}

function firstParty(context: RuleContext): boolean {
  const p = context.provider;
  return p !== null && p !== 'relay' && p !== 'azure' && p !== 'openrouter';
}

/** True when the maintained catalog (models.dev) also lacks the modality: the two sources agree. */
function catalogAgrees(info: ModelInfo, model: string | null, modality: Modality): boolean {
  const catalog = catalogModels();
  for (const id of [model, info.id]) {
    if (!knownString(id)) continue;
    for (const key of candidates(canonicalId(id))) {
      const entry = catalog.get(key);
      if (entry?.inputModalities) return !entry.inputModalities.includes(modality);
    }
  }
  return false;
}

function quote(context: RuleContext, part: MediaPart): { quote?: ReportQuote } {
  if (context.api !== 'openai-chat') return {};
  if (context.provider === 'deepseek') return { quote: { text: DEEPSEEK.replace('{i}', String(part.message)).replace('{type}', part.type), provider: 'DeepSeek' } };
  if (context.provider !== 'openai' && context.provider !== 'azure') return {};
  if (part.modality === 'image') return { quote: { text: OPENAI_IMAGE, provider: 'OpenAI' } };
  if (part.modality === 'audio') return { quote: { text: OPENAI_BLOCKS.replace('{i}', String(part.message)), provider: 'OpenAI' } };
  return {};
}

function reportMime(context: RuleContext, part: MediaPart): void {
  const { mime, providerPath, kind } = part.mimeProblem!;
  const severity: Severity = context.provider === 'openai' ? 'error' : 'warning';
  if (kind === 'responses-file') {
    const instead = { fragment: mime.startsWith('audio/') ? 'audio' : 'video' };
    context.report({ path: part.path, severity, messageId: 'responsesFileType', data: { mime, instead, path: providerPath }, quote: RESPONSES_FILE_MIME.replace('{path}', '{{path}}').replace('{mime}', '{{mime}}') });
  } else {
    context.report({ path: part.path, severity, messageId: 'chatFileType', data: { mime, path: providerPath }, quote: { text: `${CHAT_FILE_MIME.replace('{path}', '{{path}}')} ...`, source: FILE_INPUTS } });
  }
}

const dotted = (path: JsonPath) => path.map((p, k) => (typeof p === 'number' ? `[${p}]` : k === 0 ? p : `.${p}`)).join('');

function mimeOf(dataUrl: unknown): string | undefined {
  if (!knownString(dataUrl)) return undefined;
  const parsed = parseDataUrl(dataUrl);
  return parsed && !('malformed' in parsed) && parsed.mime ? parsed.mime : undefined;
}

function byMime(mime: unknown): Modality | null {
  if (!knownString(mime)) return null;
  const m = mime.toLowerCase();
  if (m.startsWith('image/')) return 'image';
  if (m.startsWith('audio/')) return 'audio';
  if (m.startsWith('video/')) return 'video';
  if (m === 'application/pdf') return 'pdf';
  return null;
}

/** The media parts of one turn (a request-model message node) with their modality, in document order. Templated parts are skipped. */
function mediaParts(context: RuleContext, node: MessageNode): MediaPart[] {
  const out: MediaPart[] = [];
  const m = node.object;
  const i = node.index;
  const path = node.path;
  switch (context.api) {
    case 'openai-chat':
      chatParts(context, arrayAt(m, 'content'), [...path, 'content'], i, out);
      break;
    case 'openai-responses':
      responsesParts(arrayAt(m, 'content'), [...path, 'content'], i, out);
      responsesParts(arrayAt(m, 'output'), [...path, 'output'], i, out);
      break;
    case 'anthropic-messages':
      anthropicBlocks(arrayAt(m, 'content'), [...path, 'content'], i, out);
      break;
    case 'gemini-generate':
      geminiParts(arrayAt(m, 'parts'), [...path, 'parts'], i, out);
      break;
    case 'dashscope-generation':
      arrayAt(m, 'content').forEach((item, j) => {
        if (!isObject(item)) return;
        for (const kind of ['image', 'audio', 'video'] as const) {
          if (item[kind] !== undefined) out.push({ modality: kind, path: [...path, 'content', j, kind], type: kind, message: i });
        }
      });
      break;
  }
  return out;
}

const CHAT_TYPES: Record<string, Modality> = { image_url: 'image', input_audio: 'audio', video_url: 'video', video: 'video' };

function chatParts(context: RuleContext, parts: unknown[], path: JsonPath, message: number, out: MediaPart[]): void {
  parts.forEach((part, j) => {
    if (!isObject(part) || !knownString(part.type)) return;
    const at: JsonPath = [...path, j, 'type'];
    if (CHAT_TYPES[part.type]) out.push({ modality: CHAT_TYPES[part.type], path: at, type: part.type, message });
    if (part.type !== 'file' || !isObject(part.file)) return;
    const mime = mimeOf(part.file.file_data);
    // The PDF-only rule is OpenAI's Chat Completions; other dialects have their own file handling.
    const openAiLike = context.provider === 'openai' || context.provider === 'azure' || unknownHost(context.provider);
    if (mime && mime !== 'application/pdf' && openAiLike) {
      const fileDataPath = [...path, j, 'file', 'file_data'];
      out.push({ modality: null, path: fileDataPath, type: 'file', message, mimeProblem: { mime, providerPath: dotted(fileDataPath), kind: 'chat-file' } });
    } else if (mime === 'application/pdf' || (mime === undefined && knownString(part.file.file_id))) {
      out.push({ modality: 'pdf', path: at, type: 'file', message });
    }
  });
}

function responsesParts(parts: unknown[], path: JsonPath, message: number, out: MediaPart[]): void {
  parts.forEach((part, j) => {
    if (!isObject(part) || !knownString(part.type)) return;
    const at: JsonPath = [...path, j, 'type'];
    if (part.type === 'input_image') out.push({ modality: 'image', path: at, type: part.type, message });
    if (part.type === 'input_audio') out.push({ modality: 'audio', path: at, type: part.type, message });
    if (part.type !== 'input_file') return;
    const mime = mimeOf(part.file_data);
    if (mime && (mime.startsWith('audio/') || mime.startsWith('video/'))) {
      const fileDataPath = [...path, j, 'file_data'];
      out.push({ modality: null, path: fileDataPath, type: part.type, message, mimeProblem: { mime, providerPath: dotted(fileDataPath), kind: 'responses-file' } });
    } else if (mime === 'application/pdf' || (knownString(part.file_url) && /\.pdf(?:$|[?#])/i.test(part.file_url))) {
      out.push({ modality: 'pdf', path: at, type: part.type, message });
    }
  });
}

function anthropicBlocks(blocks: unknown[], path: JsonPath, message: number, out: MediaPart[], depth = 0): void {
  if (depth > MAX_WALK_DEPTH) return;
  blocks.forEach((block, j) => {
    if (!isObject(block) || !knownString(block.type)) return;
    const at: JsonPath = [...path, j, 'type'];
    if (block.type === 'tool_result') anthropicBlocks(arrayAt(block, 'content'), [...path, j, 'content'], message, out, depth + 1);
    else if (block.type === 'image') out.push({ modality: 'image', path: at, type: block.type, message });
    else if (block.type === 'document' && isObject(block.source)) {
      const src = block.source;
      const pdf = (src.type === 'base64' && src.media_type === 'application/pdf') || src.type === 'url';
      if (pdf) out.push({ modality: 'pdf', path: at, type: block.type, message });
    }
  });
}

function geminiParts(parts: unknown[], path: JsonPath, message: number, out: MediaPart[]): void {
  parts.forEach((part, j) => {
    if (!isObject(part)) return;
    for (const key of ['inlineData', 'inline_data', 'fileData', 'file_data']) {
      const data = part[key];
      if (!isObject(data)) continue;
      const mimeKey = 'mimeType' in data ? 'mimeType' : 'mime_type';
      const modality = byMime(data[mimeKey]);
      if (modality) out.push({ modality, path: [...path, j, key, mimeKey], type: key, message });
    }
  });
}
