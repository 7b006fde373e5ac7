import { CompletionItemKind, MarkupKind, type CompletionItem, type Position } from 'vscode-languageserver/node';
import type { RequestUnit } from '../core/types.ts';
import { propertiesAt, type BodyContext } from './body-context.ts';
import { paramMarkdown } from './param-hover.ts';

/**
 * Completion in an SDK call (source code): the parameter names of the request's API, from the same specs as
 * in request files, written as the language writes them: `max_tokens=` (Python keyword argument) or
 * `max_tokens: ` (a property of the TypeScript body object). Offered where a new argument / top-level property
 * starts (after `(` / `{` or a comma), for the APIs whose body is the call's arguments as they are
 * (OpenAI, Anthropic; google-genai and dashscope move arguments into nested objects).
 */
export function sourceCompletion(ctx: BodyContext, unit: RequestUnit, text: string, offset: number, positionAt: (o: number) => Position): CompletionItem[] | null {
  const map = unit.bodyMap;
  if (!map || !unit.bodySpan || (ctx.api !== 'openai-chat' && ctx.api !== 'openai-responses' && ctx.api !== 'anthropic-messages')) return null;
  const where = map.pathAt(offset);
  if (!where || where.path.length > (where.inKey ? 1 : 0)) return null; // inside a value: not a parameter name
  let start = offset;
  while (start > 0 && /[\w$]/.test(text[start - 1])) start--;
  let before = start;
  while (before > 0 && /\s/.test(text[before - 1])) before--;
  const opener = map.language === 'python' ? '(' : '{';
  if (text[before - 1] !== ',' && !(text[before - 1] === opener && before - 1 <= unit.bodySpan.start)) return null;
  let end = offset;
  while (end < text.length && /[\w$]/.test(text[end])) end++;
  const present = new Set(ctx.value && typeof ctx.value === 'object' ? Object.keys(ctx.value as object) : []);
  const range = { start: positionAt(start), end: positionAt(end) };
  const typed = text.slice(start, end);
  return propertiesAt(ctx, [])
    .filter((p) => !present.has(p.name) || p.name === typed)
    .map((p) => ({
      label: p.name,
      kind: CompletionItemKind.Property,
      detail: p.spec.required ? 'required' : undefined,
      documentation: { kind: MarkupKind.Markdown, value: paramMarkdown(ctx, [p.name], { spec: p.spec, docsUrl: p.spec.docsUrl }) },
      textEdit: { range, newText: map.language === 'python' ? `${p.name}=` : `${p.name}: ` },
      sortText: `${p.spec.required ? 0 : 1}${p.name}`,
    }));
}
