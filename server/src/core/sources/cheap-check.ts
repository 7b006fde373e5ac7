/**
 * The cheap text check a source file passes before any parse (no imports: the VS Code client uses it too, to
 * start the server only for source files that may hold a request).
 */
export type SourceKind = 'python' | 'typescript' | 'javascript' | 'shell' | 'markdown';

const PYTHON_IMPORT = /^[ \t]*(?:from[ \t]+(?:openai|anthropic|dashscope|google(?:\.genai)?)\b|import[ \t]+(?:openai|anthropic|dashscope|google\.genai)\b)/m;
const JS_IMPORT = /(?:from[ \t]*|require\([ \t]*|import\([ \t]*)['"](?:openai(?:\/index)?|@anthropic-ai\/(?:sdk|bedrock-sdk|vertex-sdk)|@google\/genai)['"]/;
/** First-party API hosts and the endpoint paths the profiles know (a fetch or curl to one of them). */
const PROVIDER_URL =
  /api\.openai\.com|\.openai\.azure\.com|api\.anthropic\.com|generativelanguage\.googleapis\.com|aiplatform\.googleapis\.com|bedrock-runtime\.|dashscope(?:-intl|-us)?\.aliyuncs\.com|api\.deepseek\.com|openrouter\.ai|\/v1\/chat\/completions|\/v1\/messages|\/v1\/responses|:generateContent|:streamGenerateContent/;

const HTTP_FENCE = /^[ \t]*(?:```|~~~)[ \t]*(?:http|rest)\b/im;
const BODY_KEY = /"(?:model|messages|contents)"\s*:/;

/**
 * The cheap text check before any parse: an SDK import, or a provider URL or endpoint path. Files without
 * either are not parsed at all (the CLI counts them as skipped).
 */
export function mayHoldRequests(text: string, kind: SourceKind): boolean {
  switch (kind) {
    case 'python':
      return PYTHON_IMPORT.test(text) || PROVIDER_URL.test(text);
    case 'typescript':
    case 'javascript':
      return JS_IMPORT.test(text) || PROVIDER_URL.test(text);
    case 'shell':
      return PROVIDER_URL.test(text) || /\bcurl\b/.test(text);
    case 'markdown':
      // A fence, and in it something a request holds: a curl, a provider URL, an http block, or a body's key.
      return (text.includes('```') || text.includes('~~~')) && (PROVIDER_URL.test(text) || /\bcurl\b/.test(text) || HTTP_FENCE.test(text) || BODY_KEY.test(text));
  }
}

