import { apiFromPath } from '../profiles/index.ts';
import type { ApiId, Detection, RequestUnit } from '../../server/src/core/rule-api.ts';
import { isObject, isTemplated } from '../shared.ts';

/** What a body that belongs to another API looks like, and the key that gives it away. */
export interface ForeignShape {
  /** The API the body is written for (a label, since Anthropic's and OpenAI's chat bodies share `messages`). */
  shape: 'openai-chat' | 'openai-responses' | 'anthropic-messages' | 'gemini-generate' | 'dashscope-generation' | 'chat';
  /** The top-level key to point at. */
  key: string;
}

const ANTHROPIC_BLOCKS = new Set(['tool_use', 'tool_result', 'thinking', 'redacted_thinking', 'document']);

/**
 * The body's shape when the URL path decided the API and the body clearly belongs to another API; null
 * otherwise (shape-detected or overridden APIs, ambiguous or templated bodies). Cheap: top-level keys, and
 * for the Anthropic-on-OpenAI case one pass over the messages' block types.
 */
/** The verdict per parsed body (several rules ask, and on OpenAI chat it reads every content block), for its API and unit. */
const verdicts = new WeakMap<object, { api: ApiId | null; unit: RequestUnit; shape: ForeignShape | null }>();

export function foreignShape(context: Pick<Detection, 'api'> & { body: unknown; unit: RequestUnit }): ForeignShape | null {
  const { api, body, unit } = context;
  if (!isObject(body)) return null;
  const known = verdicts.get(body);
  if (known && known.api === api && known.unit === unit) return known.shape;
  const shape = shapeOf(api, body, unit);
  verdicts.set(body, { api, unit, shape });
  return shape;
}

function shapeOf(api: ApiId | null, body: Record<string, unknown>, unit: RequestUnit): ForeignShape | null {
  if (!api || !isObject(body) || unit.apiOverride) return null;
  const url = unit.envelope?.url ?? unit.url;
  if (!url || apiFromPath(pathOf(url)) !== api) return null;
  const keys = Object.keys(body);
  if (keys.some(isTemplated)) return null; // a `{{variable}}` key could be the one that is missing
  const has = (key: string) => Object.prototype.hasOwnProperty.call(body, key);
  const geminiBody = has('contents') && !has('messages');
  const dashscopeBody = isObject(body.input) && (Array.isArray(body.input.messages) || 'prompt' in body.input);

  switch (api) {
    case 'gemini-generate':
      if (has('contents')) return null;
      if (has('messages')) return { shape: 'chat', key: 'messages' };
      if (dashscopeBody) return { shape: 'dashscope-generation', key: 'input' };
      if (has('input')) return { shape: 'openai-responses', key: 'input' };
      return null;
    case 'openai-chat':
      if (!has('messages')) {
        if (geminiBody) return { shape: 'gemini-generate', key: 'contents' };
        if (dashscopeBody) return { shape: 'dashscope-generation', key: 'input' };
        if (has('input')) return { shape: 'openai-responses', key: 'input' };
        return null;
      }
      return anthropicOnly(body);
    case 'openai-responses':
      if (has('input')) return null;
      if (geminiBody) return { shape: 'gemini-generate', key: 'contents' };
      if (has('messages')) return { shape: 'openai-chat', key: 'messages' };
      return null;
    case 'anthropic-messages':
      if (has('messages')) return null;
      if (geminiBody) return { shape: 'gemini-generate', key: 'contents' };
      if (dashscopeBody) return { shape: 'dashscope-generation', key: 'input' };
      if (has('input')) return { shape: 'openai-responses', key: 'input' };
      return null;
    case 'dashscope-generation':
      if (has('input')) return null;
      if (geminiBody) return { shape: 'gemini-generate', key: 'contents' };
      if (has('messages')) return { shape: 'openai-chat', key: 'messages' };
      return null;
    default:
      return null;
  }
}

/** Anthropic Messages fields in a chat-completions body: top-level `system`, `anthropic_version`, tool_use/tool_result blocks. */
function anthropicOnly(body: Record<string, unknown>): ForeignShape | null {
  if (Object.prototype.hasOwnProperty.call(body, 'anthropic_version')) return { shape: 'anthropic-messages', key: 'anthropic_version' };
  if (Object.prototype.hasOwnProperty.call(body, 'system')) return { shape: 'anthropic-messages', key: 'system' };
  const messages = Array.isArray(body.messages) ? body.messages : [];
  for (const m of messages) {
    if (!isObject(m) || !Array.isArray(m.content)) continue;
    for (const b of m.content) {
      if (isObject(b) && typeof b.type === 'string' && ANTHROPIC_BLOCKS.has(b.type)) return { shape: 'anthropic-messages', key: 'messages' };
    }
  }
  return null;
}

function pathOf(url: string): string {
  const noQuery = url.trim().split(/[?#]/, 1)[0];
  const scheme = /^[a-z][a-z0-9+.-]*:\/\/[^/]*/i.exec(noQuery);
  if (scheme) return noQuery.slice(scheme[0].length) || '/';
  return noQuery.startsWith('/') ? noQuery : noQuery.replace(/^[^/]*/, '') || '/';
}

export const SHAPE_NAMES: Record<ForeignShape['shape'] | ApiId, string> = {
  'openai-chat': 'OpenAI Chat Completions',
  'openai-responses': 'OpenAI Responses',
  'anthropic-messages': 'Anthropic Messages',
  'gemini-generate': 'Gemini generateContent',
  'dashscope-generation': 'DashScope native (text-generation)',
  'bedrock-converse': 'Amazon Bedrock Converse',
  'ollama-chat': 'Ollama /api/chat',
  'ollama-generate': 'Ollama /api/generate',
  'openai-embeddings': 'OpenAI Embeddings',
  chat: 'a chat-completions / Messages API',
};
