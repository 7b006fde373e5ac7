/**
 * Completion inside request bodies: property names valid at the cursor's path for the detected API and
 * dialect (following `variants` by the object's own `type` / `role`), enum values, model ids for the
 * detected vendor, and whole content-block snippets per API. Facts come from rules/specs and
 * rules/models; the snippets are shapes whose field names a unit test checks against the specs.
 *
 * The body is usually broken JSON while typing: jsonc-parser's getLocation and its tolerant tree
 * work on partial text, and nothing here assumes the body parses.
 */
import { randomBytes } from 'node:crypto';
import { getLocation, type Location, type Node } from 'jsonc-parser';
import {
  CompletionItemKind,
  CompletionItemTag,
  InsertTextFormat,
  MarkupKind,
  type CompletionItem,
  type Position,
} from 'vscode-languageserver';
import type { ParamSpec } from '../../../rules/specs/types.ts';
import { modelVendor } from '../../../rules/models/index.ts';
import type { JsonPath } from '../core/types.ts';
import { isObject } from '../core/json/values.ts';
import { modelValues, nodeAt, propertiesAt, restrictionsAt, specAt, valueAt, vendorsFor, type BodyContext, type PropertyOption } from './body-context.ts';
import { modelLimitsLine, modelMarkdown, paramMarkdown } from './param-hover.ts';

export interface CompletionOptions {
  /** The client takes snippet syntax (`${1:x}`); otherwise plain text is inserted. */
  snippets: boolean;
  /** Document offset -> LSP position. */
  positionAt: (offset: number) => Position;
}

/** Completion items at the cursor of `ctx` (empty outside anything we know). */
export function completeAt(ctx: BodyContext, options: CompletionOptions): CompletionItem[] {
  if (!ctx.tree && ctx.text.trim()) return [];
  const location = getLocation(ctx.text, ctx.offset);
  if (location.isAtPropertyKey) return propertyItems(ctx, location, options);
  // Before the top-level object there is nothing to complete.
  if (!location.path.length) return [];
  return valueItems(ctx, location, options);
}

// --- property names ------------------------------------------------------------------------------

function propertyItems(ctx: BodyContext, location: Location, options: CompletionOptions): CompletionItem[] {
  const objectPath = location.path.slice(0, -1);
  const range = keyRange(ctx, location);
  const objectNode = nodeAt(ctx, objectPath);
  const present = new Set<string>();
  for (const prop of objectNode?.type === 'object' ? (objectNode.children ?? []) : []) {
    const key = prop.children?.[0];
    if (key && key.offset !== range.start) present.add(String(key.value));
  }
  const after = nextSignificant(ctx.text, range.end);
  const keyOnly = after === ':';
  const comma = after === '"' ? ',' : '';
  const items: CompletionItem[] = [];
  for (const option of propertiesAt(ctx, objectPath)) {
    if (present.has(option.name)) continue;
    items.push(propertyItem(ctx, [...objectPath, option.name], option, range, keyOnly, comma, options));
  }
  return items;
}

function propertyItem(
  ctx: BodyContext,
  path: JsonPath,
  option: PropertyOption,
  range: { start: number; end: number },
  keyOnly: boolean,
  comma: string,
  options: CompletionOptions,
): CompletionItem {
  const { name, spec } = option;
  const restricted = restrictionsAt(ctx, path).filter((r) => r.active);
  const resolved = specAt(ctx, path) ?? { spec, docsUrl: undefined };
  const caseNote = option.cases ? `\n\n_Only when \`${option.discriminator}\` is ${option.cases.map((c) => `\`${c}\``).join(', ')}._` : '';
  const down = restricted.length > 0 || !!spec.deprecated;
  const value = options.snippets ? placeholder(ctx, path, spec) : '';
  const text = keyOnly ? `"${name}"` : `"${name}": ${value}${comma}`;
  const detailParts = [Array.isArray(spec.type) ? spec.type.join(' | ') : spec.type];
  if (spec.required) detailParts.push('required');
  if (restricted.length && ctx.modelInfo) detailParts.push(`${restricted[0].restriction.behaviour === 'ignored' ? 'ignored' : 'rejected'} by ${ctx.modelInfo.id}`);
  else if (spec.deprecated) detailParts.push('deprecated');
  if (option.cases) detailParts.push(`${option.discriminator}: ${option.cases.join(' | ')}`);
  return {
    label: name,
    kind: CompletionItemKind.Property,
    detail: detailParts.join(' · '),
    documentation: { kind: MarkupKind.Markdown, value: paramMarkdown(ctx, path, resolved) + caseNote },
    ...(down ? { tags: [CompletionItemTag.Deprecated] } : {}),
    sortText: `${down ? '9' : spec.required ? '0' : option.cases ? '2' : '1'}${name}`,
    filterText: `"${name}"`,
    insertTextFormat: options.snippets && !keyOnly ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
    textEdit: { range: toRange(ctx, range, options), newText: text },
  };
}

/** A value placeholder for the parameter's type (snippet syntax). */
function placeholder(ctx: BodyContext, path: JsonPath, spec: ParamSpec): string {
  const types = (Array.isArray(spec.type) ? spec.type : [spec.type]).filter((t) => t !== 'null');
  const values = modelValues(ctx, path) ?? spec.enum;
  const first = types[0] ?? 'null';
  if (values?.length && (first === 'string' || types.includes('string'))) {
    const strings = values.filter((v): v is string => typeof v === 'string' && !/[,|$}\\]/.test(v));
    if (strings.length) return `"\${1|${strings.join(',')}|}"`;
  }
  switch (first) {
    case 'string':
      return path.length === 1 && path[0] === 'model' && ctx.model ? `"\${1:${snippetText(ctx.model)}}"` : '"$1"';
    case 'integer':
      return `\${1:${spec.minimum !== undefined && spec.minimum > 0 ? spec.minimum : 1}}`;
    case 'number':
      return `\${1:${spec.minimum ?? 0}}`;
    case 'boolean':
      return '${1|true,false|}';
    case 'object':
      return '{$1}';
    case 'array':
      return '[$1]';
    default:
      return 'null';
  }
}

function snippetText(s: string): string {
  return s.replace(/[$}\\]/g, (c) => `\\${c}`);
}

// --- values --------------------------------------------------------------------------------------

function valueItems(ctx: BodyContext, location: Location, options: CompletionOptions): CompletionItem[] {
  const path = location.path;
  const range = valueRange(ctx, location);
  const lead = ctx.text[range.start - 1] === ':' ? ' ' : '';
  const items: CompletionItem[] = [];
  const edit = (newText: string) => ({ range: toRange(ctx, range, options), newText: lead + newText });
  const resolved = specAt(ctx, path);

  if (path.length === 1 && path[0] === 'model' && resolved) items.push(...modelItems(ctx, edit));

  const spec = resolved?.spec;
  if (spec) {
    const types = Array.isArray(spec.type) ? spec.type : [spec.type];
    const own = modelValues(ctx, path);
    const values = own ?? spec.enum ?? [];
    for (const v of values) {
      const text = typeof v === 'string' ? JSON.stringify(v) : String(v);
      items.push({
        label: text,
        kind: CompletionItemKind.EnumMember,
        detail: own && ctx.modelInfo ? `accepted by ${ctx.modelInfo.id}` : `${String(path[path.length - 1])} value`,
        documentation: { kind: MarkupKind.Markdown, value: paramMarkdown(ctx, path, resolved, v) },
        sortText: `0${text}`,
        filterText: text,
        textEdit: edit(text),
      });
    }
    if (types.includes('boolean')) {
      for (const b of ['true', 'false']) items.push({ label: b, kind: CompletionItemKind.Value, sortText: `1${b}`, filterText: b, textEdit: edit(b) });
    }
  }
  if (options.snippets && location.previousNode?.type !== 'string') {
    for (const s of blockSnippets(ctx, path)) {
      items.push({
        label: s.label,
        kind: CompletionItemKind.Snippet,
        detail: s.detail,
        documentation: { kind: MarkupKind.Markdown, value: `\`\`\`json\n${s.preview}\n\`\`\`` },
        sortText: `5${s.label}`,
        filterText: s.label,
        insertTextFormat: InsertTextFormat.Snippet,
        textEdit: edit(s.text),
      });
    }
  }
  return items;
}

function modelItems(ctx: BodyContext, edit: (text: string) => { range: ReturnType<typeof toRange>; newText: string }): CompletionItem[] {
  const vendors = vendorsFor(ctx);
  const out: CompletionItem[] = [];
  for (const id of ctx.models.ids()) {
    const info = ctx.models.lookup(id);
    if (!info) continue;
    const vendor = info.vendor ?? modelVendor(id);
    const hosted = ctx.provider && info.hosts?.includes(ctx.provider);
    if (vendors && !vendors.includes(vendor) && !hosted) continue;
    const text = JSON.stringify(id);
    out.push({
      label: id,
      kind: CompletionItemKind.Value,
      detail: modelLimitsLine(info),
      documentation: { kind: MarkupKind.Markdown, value: modelMarkdown(info, id) },
      ...(info.retired ? { tags: [CompletionItemTag.Deprecated] } : {}),
      // our own rows (with quirks and sources) first, then the catalog, retired ones last
      sortText: `${info.retired ? '9' : info.origin === 'catalog' ? '2' : '1'}${id}`,
      filterText: text,
      textEdit: edit(text),
    });
  }
  return out;
}

// --- content-block snippets ------------------------------------------------------------------------

interface BlockSnippet {
  label: string;
  detail: string;
  /** Snippet text. */
  text: string;
  /** The same without snippet syntax, for the docs preview and tests. */
  preview: string;
}

/** Fresh ids in the providers' own formats. */
function generatedId(prefix: string, length: number): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  return prefix + [...randomBytes(length)].map((b) => alphabet[b % alphabet.length]).join('');
}

function snippet(label: string, detail: string, text: string): BlockSnippet {
  const preview = text.replace(/\$\{\d+\|([^,|]*)[^}]*\}/g, '$1').replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\$\d+/g, '');
  return { label, detail, text, preview };
}

/** Choices for the base64 image media type of a content block, from the block spec's `image` case. */
function imageMediaChoices(block: ParamSpec, index: number): string {
  const source = block.variants?.cases.image?.properties?.source;
  const enumeration = source?.variants?.cases.base64?.properties?.media_type?.enum;
  return enumeration?.length ? `\${${index}|${enumeration.join(',')}|}` : `\${${index}:image/png}`;
}

/** Unanswered tool_use ids of the previous Anthropic assistant turn (for a matching tool_result). */
function pendingToolUseIds(ctx: BodyContext, messageIndex: number): string[] {
  const messages = valueAt(ctx, ['messages']);
  if (!Array.isArray(messages) || messageIndex < 1) return [];
  const previous = messages[messageIndex - 1];
  const current = messages[messageIndex];
  const blocks = (m: unknown) => (isObject(m) && Array.isArray(m.content) ? m.content.filter(isObject) : []);
  const answered = new Set(blocks(current).map((b) => b.tool_use_id));
  return blocks(previous)
    .filter((b) => b.type === 'tool_use' && typeof b.id === 'string' && !answered.has(b.id))
    .map((b) => b.id as string);
}

function blockSnippets(ctx: BodyContext, path: JsonPath): BlockSnippet[] {
  const depth = path.length;
  const last = path[depth - 1];
  if (typeof last !== 'number') return [];
  const element = specAt(ctx, path);
  if (!element) return [];
  const inContent = depth === 4 && (path[2] === 'content' || path[2] === 'parts');
  const inTurns = depth === 2;
  switch (ctx.api) {
    case 'anthropic-messages': {
      if (inContent && path[0] === 'messages') {
        const imageMedia = imageMediaChoices(element.spec, 1);
        const id = pendingToolUseIds(ctx, path[1] as number)[0];
        return [
          snippet('text block', 'Anthropic text block', '{"type": "text", "text": "$1"}'),
          snippet('image block (URL)', 'Anthropic image from an https URL', '{"type": "image", "source": {"type": "url", "url": "${1:https://}"}}'),
          snippet('image block (base64)', 'Anthropic inline image', `{"type": "image", "source": {"type": "base64", "media_type": "${imageMedia}", "data": "$2"}}`),
          snippet('tool_use block', 'Anthropic tool call (assistant turn)', `{"type": "tool_use", "id": "${generatedId('toolu_01', 22)}", "name": "$1", "input": {$2}}`),
          snippet('tool_result block', id ? `answers ${id}` : 'Anthropic tool result (user turn)', `{"type": "tool_result", "tool_use_id": "${id ? snippetText(id) : '$1'}", "content": "$${id ? 1 : 2}"}`),
        ];
      }
      if (inTurns && path[0] === 'messages') {
        const id = generatedId('toolu_01', 22);
        return [
          snippet('user turn', 'Anthropic user message', '{"role": "user", "content": "$1"}'),
          snippet('tool_use + tool_result turns', `assistant tool_use and the user tool_result, id ${id}`, `{"role": "assistant", "content": [{"type": "tool_use", "id": "${id}", "name": "$1", "input": {$2}}]},\n{"role": "user", "content": [{"type": "tool_result", "tool_use_id": "${id}", "content": "$3"}]}`),
        ];
      }
      return [];
    }
    case 'openai-chat': {
      if (inContent && path[0] === 'messages') {
        return [
          snippet('text part', 'Chat Completions text part', '{"type": "text", "text": "$1"}'),
          snippet('image part (URL)', 'Chat Completions image from an https URL', '{"type": "image_url", "image_url": {"url": "${1:https://}"}}'),
          snippet('image part (base64)', 'Chat Completions inline image (data URL)', '{"type": "image_url", "image_url": {"url": "data:${1:image/png};base64,$2"}}'),
        ];
      }
      if (inTurns && path[0] === 'messages') {
        const id = generatedId('call_', 24);
        return [
          snippet('user message', 'Chat Completions user message', '{"role": "user", "content": "$1"}'),
          snippet('tool call + tool result messages', `assistant tool_calls and the tool message, id ${id}`, `{"role": "assistant", "content": null, "tool_calls": [{"id": "${id}", "type": "function", "function": {"name": "$1", "arguments": "{}"}}]},\n{"role": "tool", "tool_call_id": "${id}", "content": "$2"}`),
        ];
      }
      return [];
    }
    case 'openai-responses': {
      if (inContent && path[0] === 'input') {
        return [
          snippet('input_text part', 'Responses text part', '{"type": "input_text", "text": "$1"}'),
          snippet('input_image part (URL)', 'Responses image from an https URL', '{"type": "input_image", "image_url": "${1:https://}"}'),
          snippet('input_image part (base64)', 'Responses inline image (data URL)', '{"type": "input_image", "image_url": "data:${1:image/png};base64,$2"}'),
        ];
      }
      if (inTurns && path[0] === 'input') {
        const id = generatedId('call_', 24);
        return [
          snippet('user message', 'Responses user message', '{"role": "user", "content": "$1"}'),
          snippet('function_call + function_call_output items', `a call and its output, call_id ${id}`, `{"type": "function_call", "call_id": "${id}", "name": "$1", "arguments": "{}"},\n{"type": "function_call_output", "call_id": "${id}", "output": "$2"}`),
        ];
      }
      return [];
    }
    case 'gemini-generate': {
      if (inContent && path[0] === 'contents') {
        return [
          snippet('text part', 'Gemini text part', '{"text": "$1"}'),
          snippet('image part (URL)', 'Gemini file by URI (Files API, gs://)', '{"fileData": {"mimeType": "${1:image/png}", "fileUri": "$2"}}'),
          snippet('image part (base64)', 'Gemini inline image', '{"inlineData": {"mimeType": "${1:image/png}", "data": "$2"}}'),
        ];
      }
      if (inTurns && path[0] === 'contents') {
        return [
          snippet('user turn', 'Gemini user Content', '{"role": "user", "parts": [{"text": "$1"}]}'),
          snippet('functionCall + functionResponse turns', 'model functionCall and the user functionResponse', '{"role": "model", "parts": [{"functionCall": {"name": "${1:tool}", "args": {}}}]},\n{"role": "user", "parts": [{"functionResponse": {"name": "${1:tool}", "response": {"output": "$2"}}}]}'),
        ];
      }
      return [];
    }
    default:
      return [];
  }
}

// --- ranges --------------------------------------------------------------------------------------

function keyRange(ctx: BodyContext, location: Location): { start: number; end: number } {
  const node = location.previousNode;
  if (node && node.type === 'property' && node.offset <= ctx.offset && ctx.offset <= node.offset + node.length) {
    return { start: node.offset, end: node.offset + node.length };
  }
  return wordRange(ctx);
}

function valueRange(ctx: BodyContext, location: Location): { start: number; end: number } {
  const node: Node | undefined = location.previousNode;
  if (node && node.type !== 'object' && node.type !== 'array' && node.offset <= ctx.offset && ctx.offset <= node.offset + node.length) {
    return { start: node.offset, end: node.offset + node.length };
  }
  return wordRange(ctx);
}

/** An unquoted word being typed before (and after) the cursor. */
function wordRange(ctx: BodyContext): { start: number; end: number } {
  let start = ctx.offset;
  while (start > 0 && /[\w.-]/.test(ctx.text[start - 1])) start--;
  let end = ctx.offset;
  while (end < ctx.text.length && /[\w.-]/.test(ctx.text[end])) end++;
  return { start, end };
}

function nextSignificant(text: string, from: number): string {
  for (let i = from; i < text.length; i++) if (!/\s/.test(text[i])) return text[i];
  return '';
}

function toRange(ctx: BodyContext, range: { start: number; end: number }, options: CompletionOptions) {
  return { start: options.positionAt(ctx.bodyStart + range.start), end: options.positionAt(ctx.bodyStart + range.end) };
}
