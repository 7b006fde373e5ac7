import { modelVendor } from '../models/families.ts';
import { hostSeverity } from '../profiles/index.ts';
import { arrayAt, isObject, isTemplated, MAX_WALK_DEPTH } from '../shared.ts';
import type { JsonPath } from '../../server/src/core/rule-api.ts';
import type { BlockNode, MessageNode } from '../shared/request-model.ts';
import type { RuleContext, RuleFix, RuleListeners, RuleModule } from '../types.ts';
import { translations } from './l10n.ts';

const ANTHROPIC_EMPTY = 'messages: text content blocks must be non-empty';
const ANTHROPIC_WHITESPACE = 'messages: text content blocks must contain non-whitespace text';
const CONVERSE_BLANK = 'The text field in the ContentBlock object at messages.{{i}}.content.{{j}} is blank. Add text to the text field, and try again.';
const GEMINI_EMPTY =
  'Unable to submit request because it has an empty text parameter. Add a value to the parameter and try again.';

export const rule: RuleModule = {
  meta: {
    id: 'empty-text-block',
    translations,
    severity: 'error',
    apis: ['anthropic-messages', 'gemini-generate', 'openai-chat', 'bedrock-converse'],
    description: 'A text content block or part whose text is empty or only whitespace.',
    messages: {
      anthropicEmpty: 'Empty text block: remove it or give it text.',
      anthropicWhitespace: 'Whitespace-only text block: remove it or give it text.',
      geminiEmpty: 'Empty text part: remove it or give it text.',
      openAiChatEmpty: 'Empty text part: {{target}} rejects empty text blocks once the request reaches it.',
    },
    providerErrors: [
      { api: 'anthropic-messages', message: ANTHROPIC_EMPTY, source: 'https://github.com/anthropics/claude-code/issues/59812' },
      { api: 'anthropic-messages', message: ANTHROPIC_WHITESPACE, source: 'https://github.com/anthropics/claude-code/issues/23440' },
      { api: 'gemini-generate', message: GEMINI_EMPTY, source: 'https://github.com/google-gemini/deprecated-generative-ai-js/issues/361' },
      {
        api: 'gemini-generate',
        message: "* GenerateContentRequest.contents[1].parts[0].data: required oneof field 'data' must have one initialized field",
        source: 'https://github.com/genkit-ai/genkit/issues/3816',
      },
      { api: 'openai-chat', provider: 'gemini-openai', message: GEMINI_EMPTY, source: 'https://github.com/zuisong/gemini-openai-proxy/issues/83' },
      {
        api: 'bedrock-converse',
        provider: 'bedrock',
        message: 'The text field in the ContentBlock object at messages.2.content.1 is blank. Add text to the text field, and try again.',
        source: 'https://github.com/OpenHands/OpenHands/issues/5339 ; https://github.com/earendil-works/pi/issues/4975 (whitespace-only)',
      },
    ],
  },
  create(context) {
    // The system prompt is checked right away (its findings come first, as they always did); the
    // turns' blocks come from the request model's block nodes.
    if (context.api === 'anthropic-messages') return anthropic(context);
    if (context.api === 'bedrock-converse') return converse(context);
    if (context.api === 'gemini-generate') return gemini(context);
    if (context.api === 'openai-chat') return openAiChat(context);
    return {};
  },
};

/** Empty, whitespace-only, or not knowable yet (a `{{variable}}`, or not a string at all: another rule's job). */
/** Bedrock Converse: a `{"text": ...}` block (a union member, no type field) that is empty or whitespace only. */
function converse(context: RuleContext): RuleListeners {
  return {
    block(node) {
      if (node.type !== 'text' || !isObject(node.value) || !node.message.object) return;
      const kind = emptiness(node.value.text);
      if (!kind) return;
      context.report({
        path: [...node.path, 'text'],
        severity: hostSeverity(context.provider),
        messageId: kind === 'empty' ? 'anthropicEmpty' : 'anthropicWhitespace',
        data: { i: node.message.index, j: node.index },
        quote: CONVERSE_BLANK,
      });
    },
  };
}

function emptiness(text: unknown): 'empty' | 'whitespace' | null {
  if (typeof text !== 'string' || isTemplated(text)) return null;
  if (text === '') return 'empty';
  return text.trim() === '' ? 'whitespace' : null;
}

/**
 * Removing the block loses nothing (it has no text and no other field); when it is the only block the
 * owner goes instead: the message (if others remain and it carries nothing else), the `system` prompt,
 * a tool_result's `content` (optional). `owner` says what removing the last block removes.
 */
function removal(context: RuleContext, blocks: unknown[], path: JsonPath, j: number, owner: Owner, extraKeys: string[] = []): RuleFix | undefined {
  const block = blocks[j];
  if (!isObject(block) || Object.keys(block).some((k) => k !== 'text' && !extraKeys.includes(k))) return undefined;
  if (blocks.length > 1) return { title: 'Remove the empty text block', edits: context.fixer.remove([...path, j]), preferred: true };
  if (owner.kind === 'property') return { title: owner.title, edits: context.fixer.remove(owner.path), preferred: true };
  const message = owner.message.object;
  if (owner.message.count < 2 || !message || Object.keys(message).some((k) => !owner.keys.includes(k))) return undefined;
  return { title: 'Remove the empty message', edits: context.fixer.remove(owner.message.path), preferred: true };
}

type Owner = { kind: 'property'; path: JsonPath; title: string } | { kind: 'message'; message: MessageNode; keys: string[] };

/** A block node's siblings (its turn's content array) and that array's path. */
const siblingsOf = (node: BlockNode): [unknown[], JsonPath] => [node.message.content as unknown[], node.path.slice(0, -1)];

function anthropic(context: RuleContext): RuleListeners {
  const visitBlock = (blocks: unknown[], path: JsonPath, j: number, owner: Owner, depth: number) => {
    const block = blocks[j];
    if (!isObject(block)) return;
    if (block.type === 'text') {
      const kind = emptiness(block.text);
      if (kind) {
        context.report({
          path: [...path, j, 'text'],
          messageId: kind === 'empty' ? 'anthropicEmpty' : 'anthropicWhitespace',
          quote: kind === 'empty' ? ANTHROPIC_EMPTY : ANTHROPIC_WHITESPACE,
          fix: removal(context, blocks, path, j, owner, ['type']),
        });
      }
    } else if (block.type === 'tool_result') {
      visit(arrayAt(block, 'content'), [...path, j, 'content'], { kind: 'property', path: [...path, j, 'content'], title: 'Remove the empty tool_result content' }, depth + 1);
    }
  };
  const visit = (blocks: unknown[], path: JsonPath, owner: Owner, depth = 0) => {
    if (depth > MAX_WALK_DEPTH) return;
    for (let j = 0; j < blocks.length; j++) visitBlock(blocks, path, j, owner, depth);
  };
  visit(arrayAt(context.body, 'system'), ['system'], { kind: 'property', path: ['system'], title: 'Remove the empty system prompt' });
  return {
    block(node) {
      const [blocks, path] = siblingsOf(node);
      visitBlock(blocks, path, node.index, { kind: 'message', message: node.message, keys: ['role', 'content'] }, 0);
    },
  };
}

function gemini(context: RuleContext): RuleListeners {
  const visitPart = (parts: unknown[], path: JsonPath, j: number, owner: Owner) => {
    const part = parts[j];
    if (!isObject(part) || !('text' in part)) return;
    // proto3 drops "" as unset; a part with only an empty text then has no data at all.
    if (emptiness(part.text) === 'empty' && !part.thought) {
      context.report({
        path: [...path, j, 'text'],
        messageId: 'geminiEmpty',
        quote: GEMINI_EMPTY,
        fix: removal(context, parts, path, j, owner),
      });
    }
  };
  const system = isObject(context.body) ? (context.body.systemInstruction ?? context.body.system_instruction) : undefined;
  const systemKey = isObject(context.body) && 'systemInstruction' in context.body ? 'systemInstruction' : 'system_instruction';
  const systemParts = arrayAt(system, 'parts');
  const systemOwner: Owner = { kind: 'property', path: [systemKey], title: 'Remove the empty system instruction' };
  for (let j = 0; j < systemParts.length; j++) visitPart(systemParts, [systemKey, 'parts'], j, systemOwner);
  return {
    block(node) {
      const [parts, path] = siblingsOf(node);
      visitPart(parts, path, node.index, { kind: 'message', message: node.message, keys: ['role', 'parts'] });
    },
  };
}

/**
 * OpenAI itself has no documented objection to an empty text part, so this is only an error where the
 * request goes to Gemini's OpenAI-compatible endpoint, and a warning when a relay will hand it to a
 * Claude or Gemini model (both reject empty text), and silent otherwise.
 */
function openAiChat(context: RuleContext): RuleListeners {
  const vendor = modelVendor(context.model);
  const severity = context.provider === 'gemini-openai' ? 'error' : vendor === 'anthropic' || vendor === 'google' ? 'warning' : null;
  if (!severity) return {};
  const target = context.provider === 'gemini-openai' ? 'Gemini' : vendor === 'anthropic' ? 'Anthropic' : 'Gemini';
  return {
    block(node) {
      const part = node.value;
      if (!isObject(part) || part.type !== 'text' || !emptiness(part.text)) return;
      const [parts, path] = siblingsOf(node);
      context.report({
        path: [...node.path, 'text'],
        severity,
        messageId: 'openAiChatEmpty',
        data: { target },
        quote: { text: target === 'Gemini' ? GEMINI_EMPTY : ANTHROPIC_EMPTY, provider: target },
        fix: removal(context, parts, path, node.index, { kind: 'message', message: node.message, keys: ['role', 'content', 'name'] }, ['type']),
      });
    },
  };
}
