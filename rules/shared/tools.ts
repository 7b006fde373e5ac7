/**
 * The tools a request declares, per API, with the path of each name. Shared by invalid-tool-name,
 * duplicate-tool-name, tool-choice-unknown-tool and invalid-tool-schema.
 *
 * Shapes (request bodies):
 * - openai-chat: `tools[i]` = {type: "function", function: {name, parameters, strict}} or
 *   {type: "custom", custom: {name}}; legacy `functions[i]` = {name, parameters}.
 * - openai-responses: `tools[i]` = {type: "function" | "custom", name, parameters, strict} or a
 *   built-in tool ({type: "web_search" | "file_search" | "mcp" | ...}, no function name).
 * - anthropic-messages: `tools[i]` = {name, input_schema} (client tool, `type` absent or "custom")
 *   or a server tool {type: "web_search_20250305", name: "web_search", ...}.
 * - gemini-generate: `tools[i].functionDeclarations[j]` = {name, parameters | parametersJsonSchema}
 *   (the proto JSON mapping also accepts snake_case: function_declarations, parameters_json_schema).
 * - dashscope-generation: `parameters.tools[i]` in the OpenAI chat format.
 * - bedrock-converse: `toolConfig.tools[i]` = {toolSpec: {name, inputSchema: {json}}} | {systemTool: {name}} | {cachePoint}.
 */
import type { ApiId, JsonPath } from '../../server/src/core/rule-api.ts';
import { isObject, isTemplated } from '../shared.ts';

export type ToolKind = 'function' | 'custom' | 'server' | 'builtin';

export interface DeclaredTool {
  /** Known name, or undefined when absent, not a string, or templated. */
  name?: string;
  /** True when the name (or the whole tool) comes from a `{{variable}}`. */
  templated: boolean;
  /** Path of the `name` value (or of the tool when it has none). */
  namePath: JsonPath;
  /** Path of the tool object itself. */
  toolPath: JsonPath;
  kind: ToolKind;
  /** The object that holds `name`, `parameters` / `input_schema`, `strict`. */
  holder?: Record<string, unknown>;
  /** Path of `holder`. */
  holderPath: JsonPath;
}

export interface ToolList {
  tools: DeclaredTool[];
  /** True when the list may hold more than is visible (a templated array or element). */
  incomplete: boolean;
  /** True when the request declares any tool array at all (even empty). */
  present: boolean;
}

/** The first of several spellings of a key that is present (Gemini accepts camelCase and snake_case). */
export function keyOf(obj: Record<string, unknown>, ...keys: string[]): string | undefined {
  return keys.find((k) => Object.prototype.hasOwnProperty.call(obj, k));
}

// Spread last in the tool objects: in V8 `{ ...x, more }` takes a slow path, `{ more, ...x }` does not.
function nameOf(value: unknown): { name?: string; templated: boolean } {
  if (isTemplated(value)) return { templated: true };
  return typeof value === 'string' ? { name: value, templated: false } : { templated: false };
}

/** The tools array of the body and its path, per API. */
export function toolArray(api: ApiId, body: unknown): { items: unknown; path: JsonPath } | undefined {
  if (!isObject(body)) return undefined;
  if (api === 'dashscope-generation' || api === 'bedrock-converse') {
    const [outer, inner] = api === 'dashscope-generation' ? ['parameters', 'tools'] : ['toolConfig', 'tools'];
    const holder = body[outer];
    if (!isObject(holder) || !Object.prototype.hasOwnProperty.call(holder, inner)) return undefined;
    return { items: holder[inner], path: [outer, inner] };
  }
  if (!Object.prototype.hasOwnProperty.call(body, 'tools')) return undefined;
  return { items: body.tools, path: ['tools'] };
}

/** Every tool the request declares (functions, custom tools, server tools), in order. */
export function declaredTools(api: ApiId, body: unknown): ToolList {
  const out: ToolList = { tools: [], incomplete: false, present: false };
  const found = toolArray(api, body);
  if (found) {
    out.present = true;
    if (!Array.isArray(found.items)) {
      out.incomplete = true;
    } else {
      found.items.forEach((tool, i) => collect(api, tool, [...found.path, i], out));
    }
  }
  // Legacy Chat Completions `functions`.
  if (api === 'openai-chat' && isObject(body) && Object.prototype.hasOwnProperty.call(body, 'functions')) {
    out.present = true;
    const fns = body.functions;
    if (!Array.isArray(fns)) out.incomplete = true;
    else
      fns.forEach((fn, i) => {
        if (!isObject(fn)) {
          if (isTemplated(fn)) out.incomplete = true;
          return;
        }
        out.tools.push({ namePath: ['functions', i, 'name'], toolPath: ['functions', i], kind: 'function', holder: fn, holderPath: ['functions', i], ...nameOf(fn.name) });
      });
  }
  return out;
}

function collect(api: ApiId, tool: unknown, path: JsonPath, out: ToolList): void {
  if (!isObject(tool)) {
    if (isTemplated(tool)) out.incomplete = true;
    return;
  }
  if (Object.keys(tool).some(isTemplated)) out.incomplete = true;
  switch (api) {
    case 'openai-chat':
    case 'dashscope-generation': {
      const type = tool.type;
      if (isTemplated(type)) out.incomplete = true;
      if (type === 'custom' && isObject(tool.custom)) {
        out.tools.push({ namePath: [...path, 'custom', 'name'], toolPath: path, kind: 'custom', holder: tool.custom, holderPath: [...path, 'custom'], ...nameOf(tool.custom.name) });
      } else if ((type === undefined || type === 'function') && isObject(tool.function)) {
        const fn = tool.function;
        out.tools.push({ namePath: [...path, 'function', 'name'], toolPath: path, kind: 'function', holder: fn, holderPath: [...path, 'function'], ...nameOf(fn.name) });
      } else if (isTemplated(tool.function)) {
        out.incomplete = true;
      }
      return;
    }
    case 'openai-responses': {
      const type = tool.type;
      if (isTemplated(type)) out.incomplete = true;
      if (type === 'function' || type === 'custom') {
        out.tools.push({ namePath: [...path, 'name'], toolPath: path, kind: type, holder: tool, holderPath: path, ...nameOf(tool.name) });
      } else {
        out.tools.push({ templated: false, namePath: path, toolPath: path, kind: 'builtin', holder: tool, holderPath: path });
      }
      return;
    }
    case 'anthropic-messages': {
      const type = tool.type;
      if (isTemplated(type)) out.incomplete = true;
      const kind: ToolKind = type === undefined || type === null || type === 'custom' ? 'custom' : 'server';
      out.tools.push({ namePath: [...path, 'name'], toolPath: path, kind, holder: tool, holderPath: path, ...nameOf(tool.name) });
      return;
    }
    case 'bedrock-converse': {
      if (isObject(tool.toolSpec)) {
        const spec = tool.toolSpec;
        out.tools.push({ namePath: [...path, 'toolSpec', 'name'], toolPath: path, kind: 'function', holder: spec, holderPath: [...path, 'toolSpec'], ...nameOf(spec.name) });
      } else if (isObject(tool.systemTool)) {
        out.tools.push({ namePath: [...path, 'systemTool', 'name'], toolPath: path, kind: 'builtin', holder: tool.systemTool, holderPath: [...path, 'systemTool'], ...nameOf(tool.systemTool.name) });
      } else if (isTemplated(tool.toolSpec) || isTemplated(tool.systemTool)) {
        out.incomplete = true;
      }
      return;
    }
    case 'gemini-generate': {
      const key = keyOf(tool, 'functionDeclarations', 'function_declarations');
      if (!key) return;
      const decls = tool[key];
      if (!Array.isArray(decls)) {
        if (isTemplated(decls)) out.incomplete = true;
        return;
      }
      decls.forEach((decl, j) => {
        const p: JsonPath = [...path, key, j];
        if (!isObject(decl)) {
          if (isTemplated(decl)) out.incomplete = true;
          return;
        }
        out.tools.push({ namePath: [...p, 'name'], toolPath: p, kind: 'function', holder: decl, holderPath: p, ...nameOf(decl.name) });
      });
      return;
    }
  }
}

/** `tools[0].function.name` (OpenAI), `tools.0.name` (Anthropic), `tools[0].function_declarations[0].name` (Google). */
export { formatApiPath as providerPath, isFirstParty } from '../profiles/index.ts';
