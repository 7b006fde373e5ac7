/**
 * One normalised view of a request body across APIs, built lazily and once per body: every part is
 * computed on first use and kept, so rules that need the same thing (the spec walk, the media slots,
 * the declared tools, the turns) share one computation.
 *
 * Rules read it as `context.request`, or subscribe to its node kinds with `create(context)` (the core
 * walks the model once and calls every listening rule per node, in document order).
 *
 * The nodes keep the raw values: a rule still decides what counts (an object, a known string) exactly
 * as it did when it walked the body itself. Templated values are kept too (flagged), never dropped,
 * except where the shared walk always skipped them (the spec walk).
 */
import type { ApiId, JsonPath, Provider } from '../../server/src/core/rule-api.ts';
import { API_PROFILES } from '../profiles/index.ts';
import { arrayAt, isObject, isTemplated } from '../shared.ts';
import type { ParamSpec } from '../specs/types.ts';
import { mediaSlots, type MediaSlot } from './media.ts';
import { judge, walkSpec, type Judgement, type SpecVisit } from './spec-walk.ts';
import { declaredTools, type DeclaredTool, type ToolList } from './tools.ts';
import { indexValues, type ValueIndex } from './value-walk.ts';

/** A top-level key of the body, with its spec for this API and provider (undefined when the spec has none). */
export interface ParameterNode {
  key: string;
  value: unknown;
  path: JsonPath;
  spec: ParamSpec | undefined;
  templatedKey: boolean;
}

/** A value the spec walk reached (every value of the body that has a spec). */
export type SpecValueNode = SpecVisit;

/** An object the spec walk reached whose spec lists its properties (for required-field checks). */
export interface SpecObjectNode {
  object: Record<string, unknown>;
  props: Record<string, ParamSpec>;
  path: JsonPath;
  spec: ParamSpec;
  /** The object's path as pydantic shows it for its fields (`messages.1.content.0.tool_use`). */
  innerPath: JsonPath;
  /** The `onlyProviders` lists on the way to it (spec-walk.ts `reachableFor`). */
  only: SpecVisit['only'];
}

/**
 * One turn: an element of `messages` (OpenAI chat, Anthropic), `input` (Responses: messages and
 * items), `contents` (Gemini) or `input.messages` (DashScope).
 */
export interface MessageNode {
  index: number;
  path: JsonPath;
  /** The raw element (not necessarily an object). */
  value: unknown;
  /** The element when it is an object. */
  object: Record<string, unknown> | undefined;
  /** `role` when it is a known string. */
  role: string | undefined;
  roleTemplated: boolean;
  /** `content` (`parts` for Gemini), raw. */
  content: unknown;
  /** Number of turns (so a listener can tell the last one). */
  count: number;
}

/** One element of a turn's content array (`content[i]`, Gemini `parts[i]`). */
export interface BlockNode {
  message: MessageNode;
  index: number;
  path: JsonPath;
  value: unknown;
  /**
   * `type` when it is a known string (Gemini parts have none). Bedrock Converse blocks are unions keyed by
   * member (`{"text": ...}`, `{"toolUse": {...}}`): their type is that one key.
   */
  type: string | undefined;
}

export type MediaNode = MediaSlot;
export type ToolNode = DeclaredTool;

/** A tool call the conversation holds (assistant `tool_calls`, `tool_use` blocks, `function_call` items, `functionCall` parts). */
export interface ToolCallNode {
  message: MessageNode;
  path: JsonPath;
  value: Record<string, unknown>;
  /** The call id when it is a known string. */
  id: string | undefined;
  name: string | undefined;
}

/** A tool result the conversation holds (`tool` messages, `tool_result` blocks, `function_call_output` items, `functionResponse` parts). */
export interface ToolResultNode {
  message: MessageNode;
  path: JsonPath;
  value: Record<string, unknown>;
  /** The id of the call it answers, when it is a known string. */
  id: string | undefined;
  name: string | undefined;
}

/** The node kinds rules may listen to, in the order the core dispatches them. */
export const NODE_KINDS = ['parameter', 'specValue', 'specObject', 'message', 'block', 'media', 'tool', 'toolCall', 'toolResult'] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

export interface NodeOf {
  parameter: ParameterNode;
  specValue: SpecValueNode;
  specObject: SpecObjectNode;
  message: MessageNode;
  block: BlockNode;
  media: MediaNode;
  tool: ToolNode;
  toolCall: ToolCallNode;
  toolResult: ToolResultNode;
}

export interface RequestModelInput {
  api: ApiId | null;
  provider: Provider | null;
  body: unknown;
  /** False when no value of the body can be templated: the walks skip their isTemplated() scans. */
  templated: boolean;
}

export interface RequestModel {
  readonly api: ApiId | null;
  /** The spec-driven rules' verdict for this API and provider (null without an API). */
  judgement(): Judgement | null;
  parameters(): readonly ParameterNode[];
  /** Every value of the body that has a spec, walked once with the judgement's parameters. */
  specValues(): readonly SpecValueNode[];
  specObjects(): readonly SpecObjectNode[];
  messages(): readonly MessageNode[];
  blocks(): readonly BlockNode[];
  media(): readonly MediaNode[];
  tools(): ToolList;
  toolCalls(): readonly ToolCallNode[];
  toolResults(): readonly ToolResultNode[];
  /** The last turn (the prefill or the turn in progress), undefined without turns. */
  lastMessage(): MessageNode | undefined;
  /** The last turn when its role is `assistant` (an Anthropic / OpenAI prefill), else undefined. */
  finalAssistant(): MessageNode | undefined;
  /** The tool calls one turn holds, in document order (shared pairing of calls and results per turn). */
  toolCallsIn(message: MessageNode): readonly ToolCallNode[];
  /** The tool results one turn holds, in document order. */
  toolResultsIn(message: MessageNode): readonly ToolResultNode[];
  /** The system prompt: Anthropic `system`, Gemini `systemInstruction`, Responses `instructions`; undefined elsewhere or when absent. */
  system(): { path: JsonPath; value: unknown } | undefined;
  /** Every string, object and array of the body, walked once (value-walk.ts): for rules that read all of it. */
  values(): ValueIndex;
  /** The nodes of one kind (for the core's dispatch). */
  nodes<K extends NodeKind>(kind: K): readonly NodeOf[K][];
}

export function createRequestModel(input: RequestModelInput): RequestModel {
  const { api, provider, body } = input;
  const templated = input.templated ? isTemplated : () => false;
  const memo = new Map<string, unknown>();
  const once = <T>(key: string, build: () => T): T => {
    if (!memo.has(key)) memo.set(key, build());
    return memo.get(key) as T;
  };

  const model: RequestModel = {
    api,
    judgement: () => once('judgement', () => judge({ api, provider })),
    parameters: () =>
      once('parameters', () => {
        if (!isObject(body)) return [];
        const params = model.judgement()?.params ?? {};
        return Object.keys(body).map((key) => ({
          key,
          value: body[key],
          path: [key],
          spec: Object.prototype.hasOwnProperty.call(params, key) ? params[key] : undefined,
          templatedKey: templated(key),
        }));
      }),
    specValues: () =>
      once('specValues', () => {
        const verdict = model.judgement();
        const out: SpecValueNode[] = [];
        if (verdict) walkSpec(body, verdict.params, (v) => out.push(v), { templated: input.templated });
        return out;
      }),
    specObjects: () =>
      once('specObjects', () =>
        model
          .specValues()
          .filter((v) => isObject(v.value) && v.spec.properties)
          .map((v) => ({ object: v.value as Record<string, unknown>, props: v.spec.properties!, path: v.path, spec: v.spec, innerPath: v.innerPath, only: v.only })),
      ),
    messages: () =>
      once('messages', () => {
        if (!api) return [];
        const root = API_PROFILES[api].promptRoot;
        let holder: unknown = body;
        for (const key of root.slice(0, -1)) holder = isObject(holder) ? holder[key as string] : undefined;
        const items = arrayAt(holder, String(root[root.length - 1]));
        const contentKey = api === 'gemini-generate' ? 'parts' : 'content';
        return items.map((value, index) => {
          const object = isObject(value) ? value : undefined;
          const role = object?.role;
          return {
            index,
            path: [...root, index],
            value,
            object,
            role: typeof role === 'string' && !templated(role) ? role : undefined,
            roleTemplated: templated(role),
            content: object?.[contentKey],
            count: items.length,
          };
        });
      }),
    blocks: () =>
      once('blocks', () => {
        const contentKey = api === 'gemini-generate' ? 'parts' : 'content';
        return model.messages().flatMap((message) =>
          Array.isArray(message.content)
            ? message.content.map((value, index) => {
                const type = isObject(value) ? (api === 'bedrock-converse' ? unionMember(value) : value.type) : undefined;
                return { message, index, path: [...message.path, contentKey, index], value, type: typeof type === 'string' && !templated(type) ? type : undefined };
              })
            : [],
        );
      }),
    media: () => once('media', () => (api ? mediaSlots({ api, body, templated: input.templated }) : [])),
    tools: () => once('tools', () => (api ? declaredTools(api, body) : { tools: [], incomplete: false, present: false })),
    toolCalls: () => once('toolCalls', () => toolNodes('call')),
    toolResults: () => once('toolResults', () => toolNodes('result')),
    lastMessage: () => {
      const messages = model.messages();
      return messages[messages.length - 1];
    },
    finalAssistant: () => {
      const last = model.lastMessage();
      return last?.role === 'assistant' ? last : undefined;
    },
    toolCallsIn: (message) => byTurn('toolCallsByTurn', model.toolCalls())[message.index] ?? NONE,
    toolResultsIn: (message) => byTurn('toolResultsByTurn', model.toolResults())[message.index] ?? NONE,
    system: () =>
      once('system', () => {
        if (!isObject(body)) return undefined;
        const key =
          api === 'anthropic-messages' || api === 'bedrock-converse' ? 'system' : api === 'openai-responses' ? 'instructions' : api === 'gemini-generate' ? ('systemInstruction' in body ? 'systemInstruction' : 'system_instruction') : undefined;
        return key !== undefined && Object.prototype.hasOwnProperty.call(body, key) ? { path: [key], value: body[key] } : undefined;
      }),
    values: () => once('values', () => indexValues(body)),
    nodes: <K extends NodeKind>(kind: K): readonly NodeOf[K][] => {
      switch (kind) {
        case 'parameter':
          return model.parameters() as readonly NodeOf[K][];
        case 'specValue':
          return model.specValues() as readonly NodeOf[K][];
        case 'specObject':
          return model.specObjects() as readonly NodeOf[K][];
        case 'message':
          return model.messages() as readonly NodeOf[K][];
        case 'block':
          return model.blocks() as readonly NodeOf[K][];
        case 'media':
          return model.media() as readonly NodeOf[K][];
        case 'tool':
          return model.tools().tools as unknown as readonly NodeOf[K][];
        case 'toolCall':
          return model.toolCalls() as readonly NodeOf[K][];
        default:
          return model.toolResults() as readonly NodeOf[K][];
      }
    },
  };

  const NONE: readonly never[] = [];
  /** Nodes grouped by the index of their turn, built once per kind. */
  function byTurn<T extends { message: MessageNode }>(key: string, nodes: readonly T[]): T[][] {
    return once(key, () => {
      const out: T[][] = [];
      for (const node of nodes) (out[node.message.index] ??= []).push(node);
      return out;
    });
  }

  const known = (v: unknown): string | undefined => (typeof v === 'string' && !templated(v) ? v : undefined);

  function toolNodes(which: 'call' | 'result'): (ToolCallNode | ToolResultNode)[] {
    const out: (ToolCallNode | ToolResultNode)[] = [];
    if (api === 'bedrock-converse') {
      for (const block of model.blocks()) {
        if (!isObject(block.value) || !block.message.object) continue;
        const message = block.message;
        const inner = block.type === 'toolUse' || block.type === 'toolResult' ? block.value[block.type] : undefined;
        if (!isObject(inner)) continue;
        const path = [...block.path, block.type!];
        if (which === 'call' && block.type === 'toolUse') out.push({ message, path, value: inner, id: known(inner.toolUseId), name: known(inner.name) });
        if (which === 'result' && block.type === 'toolResult') out.push({ message, path, value: inner, id: known(inner.toolUseId), name: undefined });
      }
      return out;
    }
    if (api === 'anthropic-messages') {
      for (const block of model.blocks()) {
        if (!isObject(block.value) || !block.message.object) continue;
        const message = block.message;
        if (which === 'call' && block.type === 'tool_use') out.push({ message, path: block.path, value: block.value, id: known(block.value.id), name: known(block.value.name) });
        if (which === 'result' && block.type === 'tool_result') out.push({ message, path: block.path, value: block.value, id: known(block.value.tool_use_id), name: undefined });
      }
      return out;
    }
    for (const message of model.messages()) {
      const m = message.object;
      if (!m) continue;
      switch (api) {
        case 'openai-chat':
        case 'dashscope-generation':
          if (which === 'call' && message.role === 'assistant')
            arrayAt(m, 'tool_calls').forEach((call, i) => {
              if (!isObject(call)) return;
              const fn = isObject(call.function) ? call.function : undefined;
              out.push({ message, path: [...message.path, 'tool_calls', i], value: call, id: known(call.id), name: known(fn?.name) });
            });
          if (which === 'result' && message.role === 'tool') out.push({ message, path: message.path, value: m, id: known(m.tool_call_id), name: known(m.name) });
          break;
        case 'openai-responses': {
          const type = which === 'call' ? 'function_call' : 'function_call_output';
          if (m.type === type) out.push({ message, path: message.path, value: m, id: known(m.call_id), name: known(m.name) });
          break;
        }
        case 'gemini-generate':
          arrayAt(m, 'parts').forEach((part, i) => {
            if (!isObject(part)) return;
            const key = which === 'call' ? ('functionCall' in part ? 'functionCall' : 'function_call') : 'functionResponse' in part ? 'functionResponse' : 'function_response';
            const inner = part[key];
            if (isObject(inner)) out.push({ message, path: [...message.path, 'parts', i, key], value: inner, id: known(inner.id), name: known(inner.name) });
          });
          break;
      }
    }
    return out;
  }

  return model;
}

/** The member a union object sets (Bedrock Converse blocks): its only key, unless that key is templated. */
function unionMember(value: Record<string, unknown>): string | undefined {
  const keys = Object.keys(value);
  return keys.length === 1 && !isTemplated(keys[0]) ? keys[0] : undefined;
}
