import { modelVendor } from '../../../rules/models/families.ts';
import { API_PROFILES, apiFromPath, makerOf } from '../../../rules/profiles/index.ts';

/** API from the endpoint path (the profiles' path patterns); prefixes (Azure deployments, relays' /v1, compatible-mode) are allowed. */
export { apiFromPath };
import { isTemplated } from './json/templates.ts';
import { isObject } from './json/values.ts';
import { API_IDS, type ApiId, type Detection, type Provider, type RequestUnit } from './types.ts';

/**
 * Works out which API, provider dialect and model a request is for. Order of evidence, strongest first:
 * an explicit override, the URL path (and batch envelope URL), the host, telling headers, the body's
 * shape, and finally the model name. Every step that decides something leaves a reason for the hover.
 */
export function detectRequest(unit: RequestUnit, body: unknown, override?: ApiId, hosts?: Readonly<Record<string, Provider>>): Detection {
  const reasons: string[] = [];
  let api: ApiId | null = null;
  let provider: Provider | null = null;

  const unitOverride = unit.apiOverride && asApiId(unit.apiOverride.value);
  if (unitOverride) {
    api = unitOverride;
    reasons.push(`\`# @api ${unitOverride}\` comment above the request`);
  } else if (override) {
    api = override;
    reasons.push(`API set to \`${override}\` by configuration`);
  }

  const url = parseUrl(unit.envelope?.url ?? unit.url);
  if (url) {
    const fromPath = apiFromPath(url.path);
    if (fromPath && !api) {
      api = fromPath;
      reasons.push(`URL path \`${url.path}\``);
    }
    const named = url.host ? userDialect(hosts, url) : undefined;
    if (named) {
      provider = named.provider;
      reasons.push(`host \`${named.host}\` → ${provider} (llmPreflight.hosts)`);
    } else if (url.host) {
      provider = providerFromHost(url.host, url.path);
      reasons.push(provider === 'relay' ? `host \`${url.host}\` is not a first-party API host: judged as a relay` : `host \`${url.host}\` → ${provider}`);
    }
  }
  if (unit.envelope && !provider) {
    // Batch files are uploaded to the provider's own Batch API, so the envelope names the provider.
    const batch = unit.envelope.kind === 'anthropic-batch';
    provider = batch ? 'anthropic' : 'openai';
    if (batch && !api) api = 'anthropic-messages';
    reasons.push(batch ? 'Anthropic Message Batches line (`custom_id` + `params`)' : 'OpenAI Batch API line (`custom_id` + `url` + `body`)');
  }

  const fromHeaders = detectFromHeaders(unit);
  if (fromHeaders) {
    if (!api && fromHeaders.api) {
      api = fromHeaders.api;
      reasons.push(fromHeaders.reason);
    }
    if (!provider && fromHeaders.provider) {
      provider = fromHeaders.provider;
      reasons.push(fromHeaders.reason);
    }
  }

  const model = modelOf(body, url?.path ?? '');
  // A bare body (no request line, no batch envelope) whose API the user named (`--api`, `llmPreflight.apis`,
  // `# @api`) is the request the user means to send: it gets the checks the same body gets in a `.http` file
  // with the API's own URL. The first-party provider is assumed unless the model is another maker's (then
  // it goes through some compatible host we cannot name, and stays unknown: softer, as for a relay).
  const declaredApi = api !== null && !unit.url && !unit.envelope;
  if (declaredApi && !provider) {
    const vendor = modelVendor(model);
    const maker = makerOf(api!);
    if (!vendor || !maker || vendor === maker) {
      provider = API_PROFILES[api!].defaultProvider;
      reasons.push(`no URL: the API's own provider (${provider}) is assumed`);
    }
  }
  if (!api) {
    const fromShape = apiFromShape(body, model);
    if (fromShape) {
      api = fromShape.api;
      reasons.push(fromShape.reason);
    }
  }
  if (model) reasons.push(`model \`${model}\``);
  if (!api) reasons.push('API not recognised: only checks common to every API run');
  return declaredApi ? { api, provider, model, reasons, declaredApi } : { api, provider, model, reasons };
}

export function asApiId(value: string): ApiId | null {
  const id = value.trim() as ApiId;
  return API_IDS.includes(id) ? id : null;
}

interface ParsedUrl {
  /** Lower-case host, or null when it is still a `{{variable}}` or absent (a relative batch URL). */
  host: string | null;
  /** The host with its port when the URL has one (`localhost:8000`). */
  hostWithPort: string | null;
  path: string;
}

/** The dialect the user gave this host (`llmPreflight.hosts`): `host:port` first, then the bare host. */
function userDialect(hosts: Readonly<Record<string, Provider>> | undefined, url: ParsedUrl): { host: string; provider: Provider } | undefined {
  if (!hosts) return undefined;
  for (const host of [url.hostWithPort, url.host]) {
    if (host && Object.prototype.hasOwnProperty.call(hosts, host)) return { host, provider: hosts[host] };
  }
  return undefined;
}

function parseUrl(raw: string | undefined): ParsedUrl | null {
  if (!raw) return null;
  const trimmed = raw.trim();
  const withoutQuery = trimmed.split(/[?#]/, 1)[0];
  const match = /^(?:[a-z][a-z0-9+.-]*:\/\/)?([^/]*)(\/.*)?$/i.exec(withoutQuery);
  if (!match) return null;
  const hasScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(withoutQuery);
  const hostPart = hasScheme || !withoutQuery.startsWith('/') ? match[1] : '';
  const path = hasScheme || !withoutQuery.startsWith('/') ? match[2] ?? '/' : withoutQuery;
  const hostWithPort = hostPart && !hostPart.includes('{{') ? hostPart.toLowerCase() : null;
  const host = hostWithPort ? hostWithPort.replace(/:\d+$/, '') : null;
  return { host, hostWithPort, path };
}

export function providerFromHost(host: string, path: string): Provider {
  const p = path.toLowerCase();
  if (host === 'api.openai.com') return 'openai';
  if (host.endsWith('.openai.azure.com') || host.endsWith('.cognitiveservices.azure.com') || host.endsWith('.services.ai.azure.com')) return 'azure';
  if (host === 'api.anthropic.com') return 'anthropic';
  if (/^bedrock-runtime(-fips)?\.[a-z0-9-]+\.amazonaws\.com$/.test(host)) return 'bedrock';
  if (host === 'aiplatform.googleapis.com' || host.endsWith('-aiplatform.googleapis.com')) return 'vertex';
  if (host === 'generativelanguage.googleapis.com') return p.includes('/openai/') ? 'gemini-openai' : 'gemini';
  if (/^dashscope(-intl|-us)?\.aliyuncs\.com$/.test(host) || /\.dashscope\.aliyuncs\.com$/.test(host)) {
    return p.includes('/compatible-mode/') ? 'dashscope-compatible' : 'dashscope';
  }
  if (host === 'api.deepseek.com') return 'deepseek';
  if (host === 'openrouter.ai') return 'openrouter';
  if (host === 'ollama.com') return 'ollama';
  const hosted = HOSTED_DIALECTS[host];
  if (hosted) return hosted;
  return 'relay';
}

/**
 * OpenAI-compatible hosts with a dialect of their own (rules/specs/dialects.ts), by their documented API host.
 * Self-hosted servers have no fixed host: `llmPreflight.hosts` names them.
 */
const HOSTED_DIALECTS: Readonly<Record<string, Provider>> = {
  'api.groq.com': 'groq',
  'api.x.ai': 'xai',
  'api.mistral.ai': 'mistral',
  'api.together.xyz': 'together',
  'api.together.ai': 'together',
  'api.fireworks.ai': 'fireworks',
  'api.moonshot.cn': 'moonshot',
  'api.moonshot.ai': 'moonshot',
  'open.bigmodel.cn': 'zhipu',
  'api.z.ai': 'zhipu',
  'api.siliconflow.cn': 'siliconflow',
  'api.siliconflow.com': 'siliconflow',
};

function detectFromHeaders(unit: RequestUnit): { api?: ApiId; provider?: Provider; reason: string } | null {
  const has = (name: string) => unit.headers.some((h) => h.name.toLowerCase() === name);
  if (has('anthropic-version')) return { api: 'anthropic-messages', reason: '`anthropic-version` header' };
  if (has('x-goog-api-key')) return { provider: 'gemini', reason: '`x-goog-api-key` header' };
  if (has('api-key')) return { provider: 'azure', reason: '`api-key` header (Azure OpenAI)' };
  return null;
}

/** The model named by the body, or by a Gemini / Vertex / Bedrock URL. Templated values are unknown. */
function modelOf(body: unknown, path: string): string | null {
  if (isObject(body) && typeof body.model === 'string' && !isTemplated(body.model) && body.model.trim()) return body.model;
  const gemini = /\/models\/([^/:]+):/i.exec(path);
  if (gemini && !gemini[1].includes('{{')) return safeDecode(gemini[1]);
  const bedrock = /\/model\/([^/]+)\/(?:invoke|converse)/i.exec(path);
  if (bedrock && !bedrock[1].includes('{{')) return bedrockModelId(safeDecode(bedrock[1]));
  return null;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text; // a stray '%' is the id as typed
  }
}

/**
 * Bedrock's `modelId` path segment: a model id, an inference-profile id (`us.anthropic.claude-…`) or an ARN.
 * A foundation-model or inference-profile ARN ends with the id it names; other ARNs (provisioned throughput,
 * imported models, prompts) name no model we could know and stay as they are.
 * https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_Converse.html#API_runtime_Converse_RequestSyntax
 */
function bedrockModelId(id: string): string {
  const arn = /^arn:aws[a-z-]*:bedrock:[^:]*:[^:]*:(?:foundation-model|inference-profile|system-defined-inference-profile)\/(.+)$/.exec(id);
  return arn ? arn[1] : id;
}

const ANTHROPIC_BLOCK_TYPES = new Set(['tool_use', 'tool_result', 'thinking', 'redacted_thinking', 'document']);

/** Classifies a bare body by its shape; ambiguous chat bodies are settled by the model's vendor. */
function apiFromShape(body: unknown, model: string | null): { api: ApiId; reason: string } | null {
  if (!isObject(body)) return null;
  if (Array.isArray(body.contents)) return { api: 'gemini-generate', reason: 'body has `contents` (Gemini shape)' };
  if (isObject(body.input) && (Array.isArray(body.input.messages) || 'prompt' in body.input)) {
    return { api: 'dashscope-generation', reason: 'body has `input.messages` (DashScope shape)' };
  }
  if (body.input !== undefined && body.messages === undefined) {
    return { api: 'openai-responses', reason: 'body has `input` and no `messages` (OpenAI Responses shape)' };
  }
  if (!Array.isArray(body.messages)) return null;
  if (typeof body.anthropic_version === 'string') return { api: 'anthropic-messages', reason: 'body has `anthropic_version`' };
  const vendor = modelVendor(model);
  if (vendor === 'anthropic') return { api: 'anthropic-messages', reason: `model \`${model}\` is an Anthropic model` };
  if (vendor) return { api: 'openai-chat', reason: `body has \`messages\` and model \`${model}\` is not an Anthropic model` };
  if (usesAnthropicShape(body)) return { api: 'anthropic-messages', reason: 'body uses Anthropic-only fields (`system`, `stop_sequences` or tool_use/tool_result blocks)' };
  if (usesOpenAiShape(body)) return { api: 'openai-chat', reason: 'body uses OpenAI-only message roles or parts' };
  return null;
}

function usesAnthropicShape(body: Record<string, unknown>): boolean {
  if (body.system !== undefined || body.stop_sequences !== undefined) return true;
  return (body.messages as unknown[]).some(
    (m) => isObject(m) && Array.isArray(m.content) && m.content.some((b) => isObject(b) && ANTHROPIC_BLOCK_TYPES.has(b.type as string)),
  );
}

function usesOpenAiShape(body: Record<string, unknown>): boolean {
  return (body.messages as unknown[]).some(
    (m) =>
      isObject(m) &&
      (m.role === 'system' || m.role === 'developer' || m.role === 'tool' || Array.isArray(m.tool_calls) ||
        (Array.isArray(m.content) && m.content.some((b) => isObject(b) && (b.type === 'image_url' || b.type === 'input_audio')))),
  );
}
