import type { JsonPath, Severity } from '../../server/src/core/rule-api.ts';
import { isObject, isTemplated, knownString } from '../shared.ts';
import type { RuleContext, RuleModule } from '../types.ts';
import { isFirstParty, keyOf, type ToolList } from '../shared/tools.ts';
import { translations } from './l10n.ts';

const OPENAI_NO_TOOLS = "Invalid value for 'tool_choice': 'tool_choice' is only allowed when 'tools' are specified.";
const RESPONSES_NOT_FOUND = "Tool choice 'function' not found in 'tools' parameter.";
const RESPONSES_HOSTED_NOT_FOUND = "Tool choice 'image_generation' not found in 'tools' parameter.";
const GEMINI_NO_DECLARATIONS = 'Function calling config is set without function_declarations.';

/** A name `tool_choice` (or an allow-list) asks for, and where it is written. */
interface Wanted {
  name: string;
  path: JsonPath;
  /** Kind of tool it must match: a function/custom tool by name, or a hosted tool by type (Responses). */
  by: 'name' | 'type';
}

export const rule: RuleModule = {
  meta: {
    id: 'tool-choice-unknown-tool',
    translations,
    severity: 'error',
    apis: ['openai-chat', 'openai-responses', 'anthropic-messages', 'gemini-generate', 'dashscope-generation'],
    description: 'A tool choice that names a tool the request does not define, or that forces tool use while no tools are given.',
    needsCompleteBody: true,
    messages: {
      unknownName: "'{{what}}' names '{{name}}', which is not one of the tools this request defines ({{defined}}).",
      chatNoToolsOpenAi: "'tool_choice' is {{shown}} but the request defines no tools: add them or remove 'tool_choice'.",
      chatNoTools: "'tool_choice' {{does}} but the request defines no tools: the provider has nothing to call.",
      functionCallNoFunctions: "'function_call' names '{{name}}' but the request defines no functions.",
      requiredNoTools: "'tool_choice' is 'required' but the request defines no tools: the model has nothing to call.",
      hostedToolMissing: "'tool_choice' picks the hosted tool '{{name}}', which is not in 'tools'.",
      typeForcesNoTools: "'tool_choice' type '{{type}}' forces a tool call but the request defines no tools.",
      geminiNoDeclarations: "'functionCallingConfig' {{setting}} asks for function calls but no functionDeclarations are declared.",
      namesNoTools: "'tool_choice' names '{{name}}' but the request defines no tools.",
    },
    fragments: {
      namedTool: 'a named tool',
      forces: 'forces tool use',
      isSet: 'is set',
    },
    providerErrors: [
      { api: 'openai-chat', provider: 'openai', message: OPENAI_NO_TOOLS, source: 'https://github.com/dapr/dapr-agents/issues/248 ; https://github.com/writer/writer-framework/pull/1013 ; checked against the real API (any value, "none" included) in https://github.com/vllm-project/vllm/pull/40311' },
      { api: 'openai-responses', provider: 'openai', message: RESPONSES_NOT_FOUND, source: 'https://github.com/raine/claude-code-proxy/issues/10' },
      { api: 'openai-responses', provider: 'openai', message: RESPONSES_HOSTED_NOT_FOUND, source: 'https://github.com/router-for-me/CLIProxyAPI/issues/3036 ; https://github.com/Wei-Shaw/sub2api/issues/4767' },
      { api: 'gemini-generate', provider: 'gemini', message: GEMINI_NO_DECLARATIONS, source: 'https://github.com/musistudio/claude-code-router/pull/1207 ; https://github.com/AstrBotDevs/AstrBot/pull/7407' },
    ],
  },
  check(context) {
    const api = context.api;
    if (!api || !isObject(context.body)) return;
    if (Object.keys(context.body).some(isTemplated)) return;
    const tools = context.request.tools();
    switch (api) {
      case 'openai-chat':
        return checkChat(context, tools);
      case 'openai-responses':
        return checkResponses(context, tools);
      case 'anthropic-messages':
        return checkAnthropic(context, tools);
      case 'gemini-generate':
        return checkGemini(context, tools);
      case 'dashscope-generation':
        return checkDashScope(context, tools);
    }
  },
};

/** True when the request visibly declares no tool at all (absent or empty arrays). */
function noTools(tools: ToolList): boolean {
  return !tools.incomplete && tools.tools.length === 0;
}

function names(tools: ToolList): Set<string> {
  return new Set(tools.tools.filter((t) => t.name !== undefined && !t.templated).map((t) => t.name as string));
}

function canJudgeNames(tools: ToolList): boolean {
  return !tools.incomplete && !tools.tools.some((t) => t.templated);
}

function list(set: Set<string>): string {
  const all = [...set];
  if (!all.length) return 'none';
  const shown = all.slice(0, 8).map((n) => `'${n}'`).join(', ');
  return all.length > 8 ? `${shown}, ...` : shown;
}

function unknownName(context: RuleContext, wanted: Wanted, defined: Set<string>, severity: Severity, quote: string | undefined, what = 'tool_choice'): void {
  context.report({
    path: wanted.path,
    severity,
    messageId: 'unknownName',
    data: { what, name: wanted.name, defined: list(defined) },
    ...(quote && { quote }),
  });
}

// --- OpenAI Chat Completions (and its dialects) -------------------------------------------------

function checkChat(context: RuleContext, tools: ToolList): void {
  const body = context.body as Record<string, unknown>;
  const firstParty = isFirstParty('openai-chat', context.provider);
  const has = Object.prototype.hasOwnProperty.call(body, 'tool_choice');
  const choice = body.tool_choice;
  if (has && choice !== null && !isTemplated(choice)) {
    const wanted = chatWanted(choice);
    const forcing = choice === 'required' || wanted.length > 0 || (isObject(choice) && choice.type === 'allowed_tools' && isObject(choice.allowed_tools) && choice.allowed_tools.mode === 'required');
    if (noTools(tools) && (firstParty || forcing)) {
      // OpenAI refuses any tool_choice without tools (checked against the real API, "none" included).
      const shown = typeof choice === 'string' ? `'${choice}'` : { fragment: 'namedTool' };
      context.report({
        path: ['tool_choice'],
        severity: firstParty ? 'error' : 'warning',
        ...(firstParty ? { messageId: 'chatNoToolsOpenAi', data: { shown } } : { messageId: 'chatNoTools', data: { does: { fragment: forcing ? 'forces' : 'isSet' } } }),
        quote: OPENAI_NO_TOOLS,
      });
    } else if (canJudgeNames(tools)) {
      const defined = names(tools);
      for (const w of wanted) {
        if (!defined.has(w.name)) unknownName(context, w, defined, 'warning', undefined);
      }
    }
  }
  // Legacy function_call: {"name": ...} with functions[].
  const fc = body.function_call;
  if (isObject(fc) && knownString(fc.name) && canJudgeNames(tools)) {
    const defined = names(tools);
    if (!defined.size && !tools.present) {
      context.report({ path: ['function_call', 'name'], severity: 'warning', messageId: 'functionCallNoFunctions', data: { name: fc.name } });
    } else if (!defined.has(fc.name)) {
      unknownName(context, { name: fc.name, path: ['function_call', 'name'], by: 'name' }, defined, 'warning', undefined, 'function_call');
    }
  }
}

/** Names a Chat Completions tool_choice asks for: a named function/custom tool or an allowed_tools list. */
function chatWanted(choice: unknown): Wanted[] {
  if (!isObject(choice)) return [];
  if (choice.type === 'function' && isObject(choice.function) && knownString(choice.function.name)) {
    return [{ name: choice.function.name, path: ['tool_choice', 'function', 'name'], by: 'name' }];
  }
  if (choice.type === 'custom' && isObject(choice.custom) && knownString(choice.custom.name)) {
    return [{ name: choice.custom.name, path: ['tool_choice', 'custom', 'name'], by: 'name' }];
  }
  if (choice.type === 'allowed_tools' && isObject(choice.allowed_tools) && Array.isArray(choice.allowed_tools.tools)) {
    const out: Wanted[] = [];
    choice.allowed_tools.tools.forEach((t, i) => {
      if (!isObject(t)) return;
      if (t.type === 'function' && isObject(t.function) && knownString(t.function.name)) {
        out.push({ name: t.function.name, path: ['tool_choice', 'allowed_tools', 'tools', i, 'function', 'name'], by: 'name' });
      } else if (t.type === 'custom' && isObject(t.custom) && knownString(t.custom.name)) {
        out.push({ name: t.custom.name, path: ['tool_choice', 'allowed_tools', 'tools', i, 'custom', 'name'], by: 'name' });
      }
    });
    return out;
  }
  return [];
}

// --- OpenAI Responses -----------------------------------------------------------------------------

/** Responses tool_choice types that pick a hosted tool by its type (they must be in `tools`). */
const NAMED_BY_TYPE = new Set(['function', 'custom', 'allowed_tools', 'mcp', 'apply_patch', 'shell']);

function checkResponses(context: RuleContext, tools: ToolList): void {
  const body = context.body as Record<string, unknown>;
  const choice = body.tool_choice;
  if (choice === undefined || choice === null || isTemplated(choice)) return;
  const firstParty = isFirstParty('openai-responses', context.provider);
  const severity: Severity = firstParty ? 'error' : 'warning';
  const wanted = responsesWanted(choice);
  if (choice === 'required' && noTools(tools)) {
    context.report({ path: ['tool_choice'], severity: 'warning', messageId: 'requiredNoTools' });
    return;
  }
  if (!wanted.length || !canJudgeNames(tools)) return;
  const defined = names(tools);
  const types = tools.tools.filter((t) => t.kind === 'builtin' && t.holder && knownString(t.holder.type)).map((t) => t.holder!.type as string);
  for (const w of wanted) {
    if (w.by === 'name') {
      if (defined.has(w.name)) continue;
      const kind = w.path.includes('tools') ? 'function' : String((choice as Record<string, unknown>).type);
      unknownName(context, w, defined, severity, firstParty ? `Tool choice '${kind}' not found in 'tools' parameter.` : undefined);
    } else {
      // Hosted tools: tool_choice {"type": "web_search_preview"} needs that tool in `tools` (dated variants match).
      if (types.some((t) => t === w.name || t.startsWith(`${w.name}_`) || w.name.startsWith(`${t}_`))) continue;
      context.report({
        path: w.path,
        severity,
        messageId: 'hostedToolMissing',
        data: { name: w.name },
        ...(firstParty && { quote: `Tool choice '${w.name}' not found in 'tools' parameter.` }),
      });
    }
  }
}

function responsesWanted(choice: unknown): Wanted[] {
  if (!isObject(choice) || !knownString(choice.type)) return [];
  const type = choice.type;
  if ((type === 'function' || type === 'custom') && knownString(choice.name)) return [{ name: choice.name, path: ['tool_choice', 'name'], by: 'name' }];
  if (type === 'allowed_tools' && Array.isArray(choice.tools)) {
    const out: Wanted[] = [];
    choice.tools.forEach((t, i) => {
      if (isObject(t) && (t.type === 'function' || t.type === 'custom') && knownString(t.name)) out.push({ name: t.name, path: ['tool_choice', 'tools', i, 'name'], by: 'name' });
    });
    return out;
  }
  if (!NAMED_BY_TYPE.has(type)) return [{ name: type, path: ['tool_choice', 'type'], by: 'type' }];
  return [];
}

// --- Anthropic Messages ---------------------------------------------------------------------------

function checkAnthropic(context: RuleContext, tools: ToolList): void {
  const body = context.body as Record<string, unknown>;
  const choice = body.tool_choice;
  if (!isObject(choice) || !knownString(choice.type)) return;
  const type = choice.type;
  if (type !== 'any' && type !== 'tool') return;
  if (noTools(tools)) {
    context.report({
      path: ['tool_choice', 'type'],
      severity: 'warning',
      messageId: 'typeForcesNoTools',
      data: { type: String(type) },
    });
    return;
  }
  if (type === 'tool' && knownString(choice.name) && canJudgeNames(tools)) {
    const defined = names(tools);
    if (!defined.has(choice.name)) unknownName(context, { name: choice.name, path: ['tool_choice', 'name'], by: 'name' }, defined, 'warning', undefined);
  }
}

// --- Gemini generateContent -----------------------------------------------------------------------

function checkGemini(context: RuleContext, tools: ToolList): void {
  const body = context.body as Record<string, unknown>;
  const tcKey = keyOf(body, 'toolConfig', 'tool_config');
  if (!tcKey || !isObject(body[tcKey])) return;
  const toolConfig = body[tcKey] as Record<string, unknown>;
  const fccKey = keyOf(toolConfig, 'functionCallingConfig', 'function_calling_config');
  if (!fccKey || !isObject(toolConfig[fccKey])) return;
  const fcc = toolConfig[fccKey] as Record<string, unknown>;
  const base: JsonPath = [tcKey, fccKey];
  const mode = knownString(fcc.mode) ? fcc.mode.toUpperCase() : undefined;
  const allowedKey = keyOf(fcc, 'allowedFunctionNames', 'allowed_function_names');
  const allowed = allowedKey && Array.isArray(fcc[allowedKey]) ? (fcc[allowedKey] as unknown[]) : [];
  const forcing = mode === 'ANY' || mode === 'VALIDATED' || allowed.length > 0;
  const functions = tools.tools.filter((t) => t.kind === 'function');
  if (!tools.incomplete && functions.length === 0) {
    if (!forcing) return;
    const firstParty = isFirstParty('gemini-generate', context.provider);
    context.report({
      path: mode === 'ANY' || mode === 'VALIDATED' ? [...base, 'mode'] : [...base, allowedKey as string],
      severity: firstParty ? 'error' : 'warning',
      messageId: 'geminiNoDeclarations',
      data: { setting: mode === 'ANY' || mode === 'VALIDATED' ? `mode ${mode}` : 'allowedFunctionNames' },
      quote: GEMINI_NO_DECLARATIONS,
    });
    return;
  }
  if (!allowedKey || !canJudgeNames(tools)) return;
  const defined = names(tools);
  allowed.forEach((name, i) => {
    if (!knownString(name) || defined.has(name)) return;
    unknownName(context, { name, path: [...base, allowedKey, i], by: 'name' }, defined, 'warning', undefined, 'allowedFunctionNames');
  });
}

// --- DashScope native -------------------------------------------------------------------------------

function checkDashScope(context: RuleContext, tools: ToolList): void {
  const params = (context.body as Record<string, unknown>).parameters;
  if (!isObject(params)) return;
  const choice = params.tool_choice;
  if (!isObject(choice) || choice.type !== 'function' || !isObject(choice.function) || !knownString(choice.function.name)) return;
  const wanted: Wanted = { name: choice.function.name, path: ['parameters', 'tool_choice', 'function', 'name'], by: 'name' };
  if (noTools(tools)) {
    context.report({ path: wanted.path, severity: 'warning', messageId: 'namesNoTools', data: { name: wanted.name } });
  } else if (canJudgeNames(tools) && !names(tools).has(wanted.name)) {
    unknownName(context, wanted, names(tools), 'warning', undefined);
  }
}

