import { PROVIDER_NAMES, SPECS, dialectsAccepting, formatProviderError, paramsFor, unknownPolicy } from '../specs/index.ts';
import { isRelay, makerOf } from '../profiles/index.ts';
import { modelVendor } from '../models/families.ts';
import { isObject, isTemplated } from '../shared.ts';
import { foreignShape } from '../shared/shape.ts';
import { formatPath, googlePath, reachableFor, sharedParams, walkObjects, walkSpec } from '../shared/spec-walk.ts';
import type { ApiId, JsonPath, Provider } from '../../server/src/core/rule-api.ts';
import type { ParamSpec, UnknownParameterPolicy } from '../specs/types.ts';
import type { SpecObjectNode } from '../shared/request-model.ts';
import type { MessageFragment, RuleContext, RuleFix, RuleModule } from '../types.ts';
import { translations } from './l10n.ts';

export const rule: RuleModule = {
  meta: {
    id: 'unknown-parameter',
    translations,
    severity: 'error',
    apis: ['openai-chat', 'openai-responses', 'anthropic-messages', 'gemini-generate', 'dashscope-generation', 'bedrock-converse', 'ollama-chat', 'ollama-generate', 'openai-embeddings'],
    description: 'A parameter the detected API and provider do not accept: an unknown top-level parameter, an unknown field inside a message, content block, tool or config object, or (Azure) a parameter newer than the api-version.',
    messages: {
      betaParameter: "'{{key}}' is a beta parameter: send it to '/v1/messages?beta=true' or with an 'anthropic-beta' header{{beta}}.",
      unknownParameter: "'{{key}}' is not a parameter of {{api}}{{where}}.{{acceptedBy}}",
      unknownParameterNear: "'{{key}}' is not a parameter of {{api}}{{where}}; did you mean '{{near}}'?",
      unknownField: "'{{path}}' is not a field of this object{{where}} (known: {{known}}).",
      unknownFieldNear: "'{{path}}' is not a field of this object{{where}}; did you mean '{{near}}'?",
      azureVersion: '{{what}} needs api-version {{since}} or later (this request uses {{version}}), or the v1 API.',
      geminiV1: "'{{key}}' is a v1beta field: the Gemini API's /v1/ endpoint does not know it; send it to /v1beta/.",
    },
    fragments: {
      on: ' on {{provider}}',
      extension: ' It is an extension of {{owners}}.',
      jsonSchemaFormat: "'response_format' of type json_schema",
    },
    providerErrors: [
      { api: 'gemini-generate', provider: 'gemini', message: 'Invalid JSON payload received. Unknown name "systemInstruction": Cannot find field.', source: 'https://github.com/yym68686/uni-api/issues/47' },
      { api: 'openai-chat', provider: 'mistral', message: 'Extra inputs are not permitted', source: 'https://github.com/editor-code-assistant/eca/issues/231' },
      {
        api: 'openai-chat',
        message: 'Unrecognized request argument supplied: enable_thinking',
        source: 'https://github.com/CherryHQ/cherry-studio/issues/6160',
      },
      {
        api: 'gemini-generate',
        message: 'Invalid JSON payload received. Unknown name "messages": Cannot find field.',
        source: 'https://github.com/esafak/seance/issues/18',
      },
      {
        api: 'openai-chat',
        provider: 'gemini-openai',
        message: 'Invalid JSON payload received. Unknown name "google": Cannot find field.',
        source: 'https://github.com/Alishahryar1/free-claude-code/issues/542',
      },
      {
        api: 'openai-chat',
        provider: 'openai',
        message: "Unknown parameter: 'messages[2].tool_calls[0].index'.",
        source: 'https://github.com/labring/FastGPT/issues/1253',
      },
      {
        api: 'openai-responses',
        provider: 'openai',
        message: "Unknown parameter: 'input[4].action.query'.",
        source: 'https://github.com/pydantic/pydantic-ai/issues/3653',
      },
      {
        api: 'anthropic-messages',
        message: 'messages.0.content.0.text.cache_control: Extra inputs are not permitted',
        source: 'https://github.com/BerriAI/litellm/issues/13609',
      },
      {
        api: 'gemini-generate',
        provider: 'gemini',
        message: 'Invalid JSON payload received. Unknown name "role" at \'contents[0].parts\': Cannot find field.',
        source: 'https://github.com/gera2ld/ai.nvim/issues/13',
      },
      {
        api: 'openai-chat',
        provider: 'azure',
        message: 'Unrecognized request argument supplied: max_completion_tokens',
        source: 'https://github.com/openai/openai-python/issues/1724',
      },
      {
        api: 'openai-chat',
        provider: 'azure',
        message: 'response_format value as json_schema is enabled only for api versions 2024-08-01-preview and later',
        source: 'https://learn.microsoft.com/en-us/answers/questions/2278693/structured-output-is-not-supported-in-non-openai-m',
      },
    ],
  },
  create(context) {
    if (!context.api || !isObject(context.body)) return {};
    if (foreignShape(context)) return {}; // body-api-mismatch reports the one finding that matters
    const verdict = policyFor(context);
    if (!verdict) return {};
    const body = context.body;
    // Through a relay, the fields that matter are those of the upstream the model's maker runs.
    const firstParty = context.provider && context.provider !== 'relay' ? context.provider : null;
    const walkAs = firstParty ?? vendorProvider(context) ?? 'relay';
    // Not the parameter node's `spec`: that is the detected provider's, and through a relay this rule
    // judges by the upstream's (walkAs).
    const accepted = sharedParams(context.api, walkAs);
    const where = context.provider && context.provider !== 'relay' ? providerName(context.provider) : null;
    return {
      parameter({ key, templatedKey }) {
        if (templatedKey) return;
        const param = Object.prototype.hasOwnProperty.call(accepted, key) ? accepted[key] : undefined;
        if (param) {
          if (param.anthropicBeta && needsBetaFlag(context)) {
            context.report({
              path: [key],
              target: 'key',
              severity: 'warning',
              messageId: 'betaParameter',
              data: { key, beta: typeof param.anthropicBeta === 'string' ? ` ('${param.anthropicBeta}')` : '' },
              quote: '{{key}}: Extra inputs are not permitted',
            });
          }
          return;
        }
        const fix = unknownFix(context, [key], Object.keys(accepted).filter((n) => !Object.prototype.hasOwnProperty.call(body, n)), verdict.severity === 'error');
        context.report({
          path: [key],
          target: 'key',
          severity: verdict.severity,
          messageId: fix.near ? 'unknownParameterNear' : 'unknownParameter',
          data: { key, api: context.api!, where: on(where), acceptedBy: acceptedBy(context, key), ...(fix.near && { near: fix.near }) },
          ...(verdict.policy.error && { quote: { text: formatProviderError(verdict.policy.error, key), ...(where && { provider: capitalised(where) }) } }),
          fix: fix.fixes,
        });
      },
      'body:exit'() {
        checkNested(context, accepted, walkAs, verdict.severity, where);
        if (context.provider === 'azure') checkAzureApiVersion(context, accepted);
        if (context.api === 'gemini-generate') checkGeminiV1(context, accepted);
      },
    };
  },
};

/**
 * Unknown fields inside closed nested objects (messages, content parts, tools, configs): only where
 * the spec marks the object complete (`additionalProperties: false`) and the provider's nested
 * behaviour is known (`unknown.nested`; dialects with their own nested schema are skipped).
 *
 * The objects are the request model's specObject nodes when the model walked the same parameter list
 * (the detected provider is `walkAs`), minus those under a property restricted (`onlyProviders`) to
 * other providers. Through a relay this rule judges by the spec of the model's maker (`walkAs`), whose
 * walk reaches other objects with other property lists: it walks that spec itself. The Azure
 * api-version check below walks with provider 'azure' for the same reason.
 */
function checkNested(context: RuleContext, accepted: Record<string, ParamSpec>, walkAs: Provider, topSeverity: 'error' | 'warning', where: string | null): void {
  const api = context.api!;
  const policy = unknownPolicy(api, walkAs).nested;
  if (!policy || policy.behaviour === 'skip') return;
  // a relay, or a nested behaviour nobody verified: a warning at most
  const severity = topSeverity === 'error' && policy.behaviour === 'reject' ? 'error' : 'warning';
  const visit = (obj: Record<string, unknown>, props: Record<string, ParamSpec>, path: JsonPath, spec: ParamSpec, innerPath: JsonPath): void => {
    if (spec.additionalProperties !== false) return;
    // DashScope's `parameters` list is the Qwen chat models'; other families on the same endpoints (Wan
    // image generation, ...) take their own options.
    if (api === 'dashscope-generation' && path[0] === 'parameters' && context.modelInfo?.vendor !== 'alibaba') return;
    for (const key of Object.keys(obj)) {
      if (isTemplated(key)) continue;
      const known = Object.prototype.hasOwnProperty.call(props, key) ? props[key] : undefined;
      if (known && (!known.onlyProviders || known.onlyProviders.includes(walkAs))) continue;
      const shown = formatPath(api, [...path, key]);
      const fix = unknownFix(context, [...path, key], Object.keys(props).filter((n) => !(n in obj)), severity === 'error');
      context.report({
        path: [...path, key],
        target: 'key',
        severity,
        messageId: fix.near ? 'unknownFieldNear' : 'unknownField',
        data: { path: shown, where: on(where), ...(fix.near ? { near: fix.near } : { known: knownList(props, walkAs) }) },
        ...(policy.error && { quote: { text: nestedError(api, policy.error, key, path, innerPath), ...(where && { provider: capitalised(where) }) } }),
        fix: fix.fixes,
      });
    }
  };
  // The request model walked the body with its own parameter list; below a top-level parameter whose spec is
  // the same object in both lists, its objects (minus those a walk for `walkAs` would not reach) are this
  // walk's. Only a parameter whose spec differs (a relay judged by its upstream) is walked here, in body order.
  const shared = context.request.judgement()?.params ?? {};
  const byParameter = new Map<unknown, SpecObjectNode[]>();
  for (const node of context.request.specObjects()) {
    const group = byParameter.get(node.path[0]);
    if (group) group.push(node);
    else byParameter.set(node.path[0], [node]);
  }
  for (const key of Object.keys(context.body as Record<string, unknown>)) {
    const spec = Object.prototype.hasOwnProperty.call(accepted, key) ? accepted[key] : undefined;
    if (!spec) continue;
    if (Object.prototype.hasOwnProperty.call(shared, key) && shared[key] === spec) {
      for (const node of byParameter.get(key) ?? []) if (reachableFor(node, walkAs)) visit(node.object, node.props, node.path, node.spec, node.innerPath);
    } else walkObjects(context.body, { [key]: spec }, visit, { provider: walkAs });
  }
}

/**
 * Drop the field, unless it looks like a typo of a known one: then the message suggests the name and
 * the fix renames it (like ESLint's fixes and suggestions): preferred, so `--fix` and fix-all apply it,
 * only when exactly one known name is that close; with several, each is an editor quick fix only.
 * Dropping is preferred only where the provider is known to reject the field.
 */
function unknownFix(context: RuleContext, path: JsonPath, known: string[], rejected: boolean): { near?: string; fixes: RuleFix[] } {
  const key = String(path[path.length - 1]);
  const rename = (to: string, preferred: boolean): RuleFix => ({ title: `Rename '${key}' to '${to}'`, edits: context.fixer.rename(path, to), preferred });
  // Another API's name for the same limit (max_tokens in Gemini's generationConfig): the rename is what was meant.
  const same = OUTPUT_LIMIT.includes(key) ? OUTPUT_LIMIT.find((n) => known.includes(n)) : undefined;
  if (same) return { near: same, fixes: [rename(same, rejected)] };
  const typos = otherApiNames().has(key) ? [] : nearestNames(key, known);
  if (typos.length) return { near: typos.slice(0, 3).join("', '"), fixes: typos.slice(0, 3).map((t) => rename(t, typos.length === 1)) };
  return { fixes: [{ title: `Remove '${key}'`, edits: context.fixer.remove(path), preferred: rejected }] };
}

function on(provider: string | null): MessageFragment | '' {
  return provider ? { fragment: 'on', data: { provider } } : '';
}

function capitalised(name: string): string {
  return `${name[0].toUpperCase()}${name.slice(1)}`;
}

/** The output-token limit under each API's name. */
const OUTPUT_LIMIT = ['max_output_tokens', 'maxOutputTokens', 'max_completion_tokens', 'max_tokens'];

let allNames: Set<string> | undefined;
/** Top-level parameter names of every API and dialect: such a key is a real parameter elsewhere, not a typo. */
function otherApiNames(): Set<string> {
  allNames ??= new Set(Object.values(SPECS).flatMap((spec) => [...Object.keys(spec.params), ...Object.values(spec.dialects).flatMap((d) => Object.keys(d?.extraParams ?? {}))]));
  return allNames;
}

/**
 * The known names `key` may be a typo of, best first: one differing only in case or `-`/`_` is certain
 * (alone); else those it cuts short, else those at the smallest edit distance within two (one for short names).
 */
function nearestNames(key: string, known: string[]): string[] {
  const norm = (s: string) => s.toLowerCase().replace(/[-_]/g, '');
  const same = known.find((n) => norm(n) === norm(key));
  if (same) return [same];
  const cut = key.length >= 6 ? known.filter((n) => n.startsWith(key)) : [];
  if (cut.length) return cut;
  const cap = key.length < 6 ? 1 : 2;
  let best: string[] = [];
  let bestDistance = cap + 1;
  for (const name of known) {
    const d = editDistance(key, name, cap);
    if (d < bestDistance) [best, bestDistance] = [[name], d];
    else if (d === bestDistance && d <= cap) best.push(name);
  }
  return best;
}

/** Levenshtein distance, giving up (cap + 1) beyond `cap`. */
function editDistance(a: string, b: string, cap: number): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row.push(Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1)));
    if (Math.min(...row) > cap) return cap + 1;
    previous = row;
  }
  return previous[b.length];
}

/** The provider's wording with its own path format. */
function nestedError(api: ApiId, template: string, key: string, path: JsonPath, innerPath: JsonPath): string {
  let shown: string;
  if (api === 'anthropic-messages') shown = formatPath(api, [...innerPath, key]);
  else if (api === 'gemini-generate') shown = googlePath(path);
  else shown = formatPath(api, [...path, key]);
  return formatProviderError(template, key, shown);
}

function knownList(props: Record<string, ParamSpec>, provider: Provider): string {
  const names = Object.entries(props)
    .filter(([, p]) => !p.aliasOf && (!p.onlyProviders || p.onlyProviders.includes(provider)))
    .map(([n]) => n);
  return names.length > 8 ? `${names.slice(0, 8).join(', ')}, ...` : names.join(', ') || 'none';
}

/**
 * Azure OpenAI accepts a parameter only from the api-version that introduced it (`azureSince`).
 * The v1 API (`/openai/v1/...` without a dated api-version) accepts everything.
 */
function checkAzureApiVersion(context: RuleContext, accepted: Record<string, ParamSpec>): void {
  const version = azureApiVersion(context.unit.url);
  if (!version) return;
  walkSpec(
    context.body,
    accepted,
    ({ path, spec }) => {
      if (!spec.azureSince || !olderThan(version, spec.azureSince)) return;
      const name = String(path[path.length - 1]);
      const variant = spec.properties?.type && path.length === 1 && name === 'response_format';
      const quote = variant
        ? `response_format value as json_schema is enabled only for api versions ${spec.azureSince} and later`
        : `Unrecognized request argument supplied: ${name}`;
      const what = variant ? { fragment: 'jsonSchemaFormat' } : `'${formatPath('openai-chat', path)}'`;
      context.report({
        path,
        target: 'key',
        severity: 'error',
        messageId: 'azureVersion',
        data: { what, since: spec.azureSince!, version },
        quote,
      });
    },
    { provider: 'azure' },
  );
}

/**
 * The Gemini API's stable `/v1/` endpoint lacks the v1beta fields (system instruction, tools): a warning, since
 * Google may promote them to v1. Either spelling of the field (systemInstruction / system_instruction) counts.
 */
function checkGeminiV1(context: RuleContext, accepted: Record<string, ParamSpec>): void {
  if (!/^https?:\/\/generativelanguage\.googleapis\.com\/v1\/models\//.test(context.unit.url ?? '') || !isObject(context.body)) return;
  for (const key of Object.keys(context.body)) {
    const spec = accepted[key];
    const beta = spec?.geminiBetaOnly ?? (spec?.aliasOf ? accepted[spec.aliasOf]?.geminiBetaOnly : undefined);
    if (!beta) continue;
    context.report({
      path: [key],
      target: 'key',
      severity: 'warning',
      messageId: 'geminiV1',
      data: { key },
      quote: { text: `Invalid JSON payload received. Unknown name "${key}": Cannot find field.`, source: beta },
    });
  }
}

/** The dated `api-version` of an Azure URL, or null (absent, templated, "preview"/"latest" of the v1 API). */
export function azureApiVersion(url: string | undefined): string | null {
  const m = /[?&]api-version=([^&#\s]+)/i.exec(url ?? '');
  if (!m || isTemplated(m[1]) || m[1].includes('{{')) return null;
  return /^\d{4}-\d{2}-\d{2}(-preview)?$/.test(m[1]) ? m[1] : null;
}

/** Compares the dates of two api-versions (a preview and a GA of the same day count as equal). */
function olderThan(version: string, since: string): boolean {
  return version.slice(0, 10) < since.slice(0, 10);
}

/** How sure we are that the provider rejects unknown fields: error, warning, or not at all. */
function policyFor(context: RuleContext): { policy: UnknownParameterPolicy; severity: 'error' | 'warning' } | null {
  const api = context.api!;
  if (context.provider && context.provider !== 'relay') {
    const own = unknownPolicy(api, context.provider);
    if (own.behaviour === 'ignore') return null;
    // An OpenAI-compatible host judged like a relay (rules/specs/dialects.ts) is a warning even where it rejects.
    return { policy: own, severity: own.behaviour === 'reject' && !isRelay(context.provider) ? 'error' : 'warning' };
  }
  // A relay (or an unknown host) forwards to some upstream. When the model's maker is known and its own
  // endpoint rejects unknown fields the request will most likely fail there, but the relay may strip
  // or map fields, so this is a warning.
  // An API no single maker runs (Ollama's, Bedrock Converse) is the same server behind any host: its own
  // relay policy says what an unknown field does there, never louder than a warning.
  if (makerOf(api) === undefined) {
    const own = unknownPolicy(api, 'relay');
    return own.behaviour === 'ignore' ? null : { policy: own, severity: 'warning' };
  }
  const vendor = vendorProvider(context);
  const upstream = vendor ? unknownPolicy(api, vendor) : undefined;
  if (!upstream || upstream.behaviour !== 'reject') return null;
  return { policy: upstream, severity: 'warning' };
}

/** Anthropic beta parameters need `?beta=true` or an `anthropic-beta` header on Anthropic's own host. */
function needsBetaFlag(context: RuleContext): boolean {
  if (context.provider !== 'anthropic') return false;
  const hasBetaHeader = context.unit.headers.some((h) => h.name.toLowerCase() === 'anthropic-beta');
  const hasBetaQuery = /[?&]beta=true\b/.test(context.unit.url ?? '');
  return !hasBetaHeader && !hasBetaQuery;
}

function vendorProvider(context: RuleContext): Provider | null {
  switch (modelVendor(context.model)) {
    case 'openai':
      return context.api === 'openai-chat' || context.api === 'openai-responses' ? 'openai' : null;
    case 'anthropic':
      return context.api === 'anthropic-messages' ? 'anthropic' : null;
    case 'google':
      return context.api === 'gemini-generate' ? 'gemini' : null;
    default:
      return null;
  }
}

/** "DashScope accepts it" style hint: where the parameter does exist, so the user sees the mix-up. */
function acceptedBy(context: RuleContext, key: string): MessageFragment | '' {
  // A parameter of the API itself that this dialect leaves out (Groq's logprobs) is no one's extension.
  const base = SPECS[context.api!].params[key];
  if (base && !base.onlyProviders) return '';
  const owners = dialectsAccepting(context.api!, key)
    .filter((provider) => provider !== context.provider && provider !== 'relay')
    .map(providerName);
  return owners.length ? { fragment: 'extension', data: { owners: owners.join(', ') } } : '';
}


export function providerName(provider: Provider): string {
  return PROVIDER_NAMES[provider];
}
