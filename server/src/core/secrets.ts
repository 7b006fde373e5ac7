/**
 * API key shapes and masking, shared by the `hardcoded-api-key` rule and every place that shows pasted
 * text (the explanation hover, `llm-preflight explain`). A key found here is never echoed: callers show
 * `maskKey(key)`, a short prefix (at most 8 characters) and `…`.
 *
 * Shapes and their sources:
 * - OpenAI `sk-proj-` / `sk-svcacct-` / `sk-admin-` and legacy `sk-` + 20 + `T3BlbkFJ` + 20: gitleaks rule
 *   `openai-api-key`, https://github.com/gitleaks/gitleaks/blob/master/cmd/generate/config/rules/openai.go
 *   (the project prefixes are matched on prefix and length here, without the `T3BlbkFJ` infix).
 * - Anthropic `sk-ant-api03-` (+ 93 + `AA`), `sk-ant-admin01-`, `sk-ant-oat01-`: gitleaks rules `anthropic-*`,
 *   https://github.com/gitleaks/gitleaks/blob/master/cmd/generate/config/rules/anthropic.go
 * - Google `AIza` + 35 of `[\w-]`: gitleaks rule `gcp-api-key`,
 *   https://github.com/gitleaks/gitleaks/blob/master/cmd/generate/config/rules/gcp.go
 * - OpenRouter `sk-or-v1-` + 64 hex (the documented prefix; the hex body as secret scanners match it).
 * - DashScope and DeepSeek `sk-` + 32 lower-case hex (the keys both consoles issue; DashScope's own error
 *   text masks them as `sk-e9c08*****`). The shape alone does not tell the two apart: the host does.
 * - Azure OpenAI: 32 hex characters, counted only in an `api-key` header (alone it is any hash).
 * Each regular expression is anchored, one character class per quantifier: no backtracking.
 */

export type KeyKind = 'openai' | 'openai-admin' | 'anthropic' | 'google' | 'openrouter' | 'hex32' | 'azure' | 'sk-generic';

export interface KeyShape {
  kind: KeyKind;
  /** Who issues it, for messages. */
  label: string;
  /** The environment variable the quick fix names (a hex32 / generic key: decided by the request's host). */
  envName: string | null;
}

const SHAPES: { kind: KeyKind; re: RegExp; label: string; envName: string | null }[] = [
  { kind: 'anthropic', re: /^sk-ant-(?:api|admin|oat)\d\d-[A-Za-z0-9_-]{32,}$/, label: 'an Anthropic API key', envName: 'ANTHROPIC_API_KEY' },
  { kind: 'openrouter', re: /^sk-or-v1-[0-9a-f]{64}$/, label: 'an OpenRouter API key', envName: 'OPENROUTER_API_KEY' },
  { kind: 'openai-admin', re: /^sk-admin-[A-Za-z0-9_-]{40,}$/, label: 'an OpenAI admin key', envName: 'OPENAI_ADMIN_KEY' },
  { kind: 'openai', re: /^sk-(?:proj|svcacct)-[A-Za-z0-9_-]{40,}$/, label: 'an OpenAI API key', envName: 'OPENAI_API_KEY' },
  { kind: 'openai', re: /^sk-[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}$/, label: 'an OpenAI API key', envName: 'OPENAI_API_KEY' },
  { kind: 'hex32', re: /^sk-[0-9a-f]{32}$/, label: 'a DashScope or DeepSeek API key', envName: null },
  { kind: 'google', re: /^AIza[0-9A-Za-z_-]{35}$/, label: 'a Google API key', envName: 'GEMINI_API_KEY' },
];

const AZURE: KeyShape = { kind: 'azure', label: 'an Azure OpenAI key', envName: 'AZURE_OPENAI_API_KEY' };
const GENERIC_SK: KeyShape = { kind: 'sk-generic', label: 'an API key', envName: null };

/** Where a value was written: only a credential header makes a bare `sk-…` or 32-hex value a key. */
export type KeyPlace = 'anywhere' | 'credential-header' | 'azure-header';

/**
 * The key shape of a whole value (a header value after its scheme, a query value, a JSON string), or null.
 * Placeholders (`sk-...`, `sk-xxxx…`, `YOUR_API_KEY`, `<key>`, `abcdef…` runs) are not keys.
 */
export function keyShapeOf(value: string, place: KeyPlace = 'anywhere'): KeyShape | null {
  if (value.length < 20 || value.length > 400) return null;
  const c0 = value.charCodeAt(0);
  let shape: KeyShape | null = null;
  if (c0 === 115 /* s */ || c0 === 65 /* A */) {
    for (const s of SHAPES) {
      if (s.re.test(value)) {
        shape = { kind: s.kind, label: s.label, envName: s.envName };
        break;
      }
    }
  }
  if (!shape && place !== 'anywhere' && /^sk-[A-Za-z0-9_-]{20,}$/.test(value)) shape = GENERIC_SK;
  if (!shape && place === 'azure-header' && /^[0-9a-fA-F]{32}$/.test(value)) shape = AZURE;
  if (!shape || isPlaceholder(value)) return null;
  return shape;
}

const PLACEHOLDER_WORDS = ['xxxx', '...', '…', '***', '<', '>', 'your', 'example', 'placeholder', 'here', 'dummy', 'fake', 'redacted', 'replace', 'insert', 'changeme'];

/** Obvious stand-ins for a key: placeholder words, long runs of one character, `abcdef` / `123456` runs. */
export function isPlaceholder(value: string): boolean {
  const lower = value.toLowerCase();
  if (PLACEHOLDER_WORDS.some((w) => lower.includes(w))) return true;
  let same = 1;
  let ascending = 1;
  const distinct = new Set<number>();
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    distinct.add(c);
    if (i === 0) continue;
    const p = lower.charCodeAt(i - 1);
    same = c === p ? same + 1 : 1;
    ascending = c === p + 1 ? ascending + 1 : 1;
    if (same >= 6 || ascending >= 6) return true;
  }
  return distinct.size < 8;
}

/** Prefixes shown by `maskKey`, longest first (each at most 8 characters). */
const SHOWN_PREFIXES = ['sk-proj-', 'sk-ant-', 'sk-or-', 'sk-', 'AIza'];

/** The masked form of a secret: its issuer prefix (or up to 4 characters of an opaque token) and `…`. */
export function maskKey(secret: string): string {
  for (const p of SHOWN_PREFIXES) if (secret.startsWith(p)) return `${p}…`;
  if (secret.length >= 16) return `${secret.slice(0, 4)}…`;
  return '…';
}

/** Key-shaped tokens anywhere in a text: `sk-…` (any suffix, also already half-masked ones) and `AIza…`. */
const TOKEN = /(?<![A-Za-z0-9_-])(?:sk-[A-Za-z0-9_*\u2026-]{6,}|AIza[0-9A-Za-z_-]{10,})/g;
/** `Bearer <token>` (curl -v, SDK logs, copied headers). */
const BEARER = /\b(Bearer|Basic|Token)([ \t]+)([A-Za-z0-9._~+/=*\u2026-]{8,})/gi;
/** Credential headers written as `name: value` or `name=value`. */
const HEADER = /\b(x-api-key|api-key|x-goog-api-key|authorization)([ \t]*[:=][ \t]*"?)([^\s"',;]{8,})/gi;
/** Credential query parameters in URLs. */
const QUERY = /([?&](?:key|api_key|api-key|apikey|access_token|token)=)([^&\s"'#<>]{4,})/gi;
/** The key a provider quotes back: "Incorrect API key provided: …", "Your api key: … is invalid". */
const QUOTED = /\b(api[ _-]?key(?:[ \t]+provided)?[ \t]*:[ \t]*)([A-Za-z0-9_*\u2026-]{16,})/gi;
/** Credential fields in JSON or Python reprs: "api_key": "…", 'authorization': '…'. */
const FIELD = /(["'](?:api_key|apiKey|api-key|x-api-key|authorization|access_token)["'][ \t]*:[ \t]*["'])([^"'\s]{8,})/gi;

/**
 * `text` with every key-shaped token, Bearer token, credential header value, `key=` query value and
 * `api_key` field masked by `maskKey`. Placeholders stay as they are. Linear: six passes, one character class per quantifier.
 */
export function maskSecrets(text: string): string {
  if (typeof text !== 'string' || text.length === 0) return text;
  return text
    .replace(TOKEN, (t) => maskKey(t))
    .replace(BEARER, (all, scheme: string, gap: string, token: string) => (isPlaceholder(token) && !token.includes('\u2026') ? all : `${scheme}${gap}${maskKey(token)}`))
    .replace(HEADER, (all, name: string, sep: string, value: string) => (/^(?:bearer|basic)$/i.test(value) || isPlaceholder(value) ? all : `${name}${sep}${maskKey(value)}`))
    .replace(QUERY, (all, head: string, value: string) => (value.startsWith('{{') ? all : `${head}${maskKey(value)}`))
    .replace(QUOTED, (all, head: string, value: string) => `${head}${maskKey(value)}`)
    .replace(FIELD, (all, head: string, value: string) => (isPlaceholder(value) || /^(?:bearer|basic)$/i.test(value) ? all : `${head}${maskKey(value)}`));
}
