/**
 * Ollama's native API: `POST /api/chat` and `POST /api/generate` (ollama/ollama `docs/api.md`; the
 * thinking levels from ollama-js's request types). Served by a local or self-hosted Ollama, and by Ollama's
 * cloud at ollama.com.
 *
 * Unknown fields: the server decodes the body with Go's `encoding/json` into `api.ChatRequest` /
 * `api.GenerateRequest`, which ignores fields the struct does not declare ("By default, object keys which
 * don't have a corresponding struct field are ignored", https://pkg.go.dev/encoding/json#Decoder.DisallowUnknownFields),
 * so an unknown field is dropped silently: a warning, never an error.
 */
import type { ApiSpec, DialectModelRestriction, ParamSpec, UnknownParameterPolicy } from './types.ts';

const API_MD = 'https://github.com/ollama/ollama/blob/main/docs/api.md';
const CHAT = `${API_MD}#generate-a-chat-completion`;
const GENERATE = `${API_MD}#generate-a-completion`;
const MODELFILE = 'https://github.com/ollama/ollama/blob/main/docs/modelfile.md#valid-parameters-and-values';
const THINK_LEVELS = 'https://github.com/ollama/ollama-js/commit/60bfed1';
const GO_JSON = 'https://pkg.go.dev/encoding/json#Decoder.DisallowUnknownFields';

const OLLAMA_UNKNOWN: UnknownParameterPolicy = {
  behaviour: 'unknown',
  source: GO_JSON,
  note: "Ollama decodes the body with Go's encoding/json, which drops fields the request struct does not declare: no error, the field has no effect (a warning).",
  nested: { behaviour: 'unknown', note: 'Unknown keys inside `options` are dropped with a log line on the server ("invalid option provided"): a warning.' },
};

/** `options`: the Modelfile parameters, set per request. */
const OPTIONS: ParamSpec = {
  type: 'object',
  description: 'Runtime model parameters (the Modelfile PARAMETERs): num_ctx, num_predict, temperature, top_k, top_p, seed, stop, ...',
  docsUrl: MODELFILE,
  source: `${API_MD}#generate-request-with-options`,
  additionalProperties: false,
  properties: {
    num_ctx: { type: 'integer', description: 'Context window size in tokens (default 2048 or the model\'s setting).', minimum: 1, source: MODELFILE },
    num_predict: { type: 'integer', description: 'Most tokens to generate (-1 = until the model stops).', minimum: -2, source: MODELFILE },
    num_keep: { type: 'integer', description: 'Tokens of the prompt kept when the context is shifted.' },
    seed: { type: 'integer', description: 'Sampling seed (same seed and prompt: same text).', source: MODELFILE },
    temperature: { type: 'number', description: 'Sampling temperature (default 0.8).', minimum: 0, source: MODELFILE },
    top_k: { type: 'integer', description: 'Sample from the k most likely tokens (default 40).', minimum: 0, source: MODELFILE },
    top_p: { type: 'number', description: 'Nucleus sampling (default 0.9).', minimum: 0, maximum: 1, source: MODELFILE },
    min_p: { type: 'number', description: 'Minimum probability relative to the most likely token (default 0.0).', minimum: 0, maximum: 1, source: MODELFILE },
    typical_p: { type: 'number', description: 'Locally typical sampling (1.0 = off).' },
    repeat_last_n: { type: 'integer', description: 'How far back repetition is penalised (0 = off, -1 = num_ctx).', minimum: -1, source: MODELFILE },
    repeat_penalty: { type: 'number', description: 'Penalty on repeated tokens (default 1.1).', source: MODELFILE },
    presence_penalty: { type: 'number', description: 'Penalty on tokens already present.' },
    frequency_penalty: { type: 'number', description: 'Penalty by how often a token appeared.' },
    stop: { type: 'array', description: 'Strings that end generation.', source: MODELFILE },
    mirostat: { type: 'integer', description: 'Mirostat sampling (0 off, 1 Mirostat, 2 Mirostat 2.0).', enum: [0, 1, 2] },
    mirostat_tau: { type: 'number', description: 'Mirostat target entropy.' },
    mirostat_eta: { type: 'number', description: 'Mirostat learning rate.' },
    penalize_newline: { type: 'boolean', description: 'Penalise newlines (older servers).' },
    numa: { type: 'boolean', description: 'NUMA support (load time).' },
    num_batch: { type: 'integer', description: 'Prompt batch size (load time).' },
    num_gpu: { type: 'integer', description: 'Layers offloaded to the GPU (load time).' },
    main_gpu: { type: 'integer', description: 'GPU for small tensors (load time).' },
    low_vram: { type: 'boolean', description: 'Low-VRAM mode (older servers).' },
    vocab_only: { type: 'boolean', description: 'Load the vocabulary only (load time).' },
    use_mmap: { type: 'boolean', description: 'Memory-map the model (load time).' },
    use_mlock: { type: 'boolean', description: 'Lock the model in memory (older servers).' },
    num_thread: { type: 'integer', description: 'CPU threads (load time).' },
  },
};

/** Shared by chat and generate. */
const COMMON: Record<string, ParamSpec> = {
  model: { type: 'string', required: true, description: 'Model name, `model:tag` (the tag defaults to latest), e.g. llama3.2, qwen3:8b.', docsUrl: `${API_MD}#model-names` },
  format: { type: ['string', 'object'], description: '"json" (JSON mode) or a JSON schema (structured outputs).', docsUrl: CHAT },
  options: OPTIONS,
  stream: { type: 'boolean', description: 'false: one response object instead of a stream (the default is to stream).', docsUrl: CHAT },
  keep_alive: { type: ['string', 'number'], description: 'How long the model stays loaded after the request ("5m", a number of seconds, 0 unloads, negative keeps it).', docsUrl: CHAT },
  think: {
    type: ['boolean', 'string'],
    description: 'Thinking models: true/false, or a level "low" | "medium" | "high" (gpt-oss).',
    enum: ['low', 'medium', 'high'],
    docsUrl: CHAT,
    source: THINK_LEVELS,
  },
};

const MESSAGE: ParamSpec = {
  type: 'object',
  description: 'One chat message.',
  source: CHAT,
  additionalProperties: false,
  properties: {
    role: { type: 'string', required: true, description: 'Who wrote it.', enum: ['system', 'user', 'assistant', 'tool'] },
    content: { type: 'string', description: 'The text of the message.' },
    images: { type: 'array', description: 'Base64 images (multimodal models such as llava).', items: { type: 'string', description: 'Base64-encoded image (no data: prefix).' } },
    tool_calls: { type: 'array', description: 'Tool calls the assistant made: [{"function": {"name", "arguments": {...}}}].' },
    thinking: { type: 'string', description: "The model's thinking from an earlier assistant turn." },
    tool_name: { type: 'string', description: 'Tool messages: the name of the tool whose result this is.' },
  },
};

/**
 * Ollama library models whose chat template has no tool support: Ollama answers 400 "registry.ollama.ai/library/
 * <model> does not support tools" on /api/chat and on its OpenAI-compatible endpoint alike (models with tools carry
 * the "tools" tag: https://ollama.com/search?c=tools, https://docs.ollama.com/capabilities/tool-calling). Matched by
 * the library name as Ollama writes it (`name` or `name:tag`); a model created from a Modelfile with its own
 * template may differ, and Ollama is judged like a relay, so these are warnings. DeepSeek-R1: only the distilled
 * sizes (1.5b to 70b); the 8b tag was re-released on Qwen3 in 2025-05.
 */
const noTools = (models: string[], example: string, source: string): DialectModelRestriction => ({
  models,
  restriction: { param: 'tools', error: `registry.ollama.ai/library/${example} does not support tools`, source },
});
export const OLLAMA_NO_TOOLS: readonly DialectModelRestriction[] = [
  noTools(['codellama', 'codellama:*'], 'codellama:latest', 'https://github.com/ollama/ollama/issues/10444'),
  noTools(['llama2', 'llama2:*', 'phi4', 'phi4:*', 'orca2', 'orca2:*'], 'llama2:13b', 'https://github.com/ItzCrazyKns/Vane/issues/1137'),
  noTools(['gemma3', 'gemma3:*'], 'gemma3:4b', 'https://github.com/louisho5/picobot/issues/6'),
  noTools(['deepseek-r1:1.5b', 'deepseek-r1:7b', 'deepseek-r1:14b', 'deepseek-r1:32b', 'deepseek-r1:70b'], 'deepseek-r1:14b', 'https://github.com/ollama/ollama/issues/11131'),
];

export const OLLAMA_CHAT_SPEC: ApiSpec = {
  api: 'ollama-chat',
  docsUrl: CHAT,
  params: {
    ...COMMON,
    messages: { type: 'array', description: 'The conversation (an empty array only loads the model).', docsUrl: CHAT, items: MESSAGE },
    tools: { type: 'array', description: 'Function tools in the OpenAI format ({"type": "function", "function": {...}}).', docsUrl: CHAT },
  },
  dialects: { ollama: { unknown: OLLAMA_UNKNOWN, modelRestrictions: OLLAMA_NO_TOOLS }, relay: { unknown: OLLAMA_UNKNOWN, modelRestrictions: OLLAMA_NO_TOOLS } },
};

export const OLLAMA_GENERATE_SPEC: ApiSpec = {
  api: 'ollama-generate',
  docsUrl: GENERATE,
  params: {
    ...COMMON,
    prompt: { type: 'string', description: 'The prompt (empty: only loads the model).', docsUrl: GENERATE },
    suffix: { type: 'string', description: 'Text after the completion (fill-in-the-middle models).', docsUrl: GENERATE },
    images: { type: 'array', description: 'Base64 images (multimodal models).', docsUrl: GENERATE, items: { type: 'string', description: 'Base64-encoded image.' } },
    system: { type: 'string', description: "System message (overrides the Modelfile's).", docsUrl: GENERATE },
    template: { type: 'string', description: "Prompt template (overrides the Modelfile's).", docsUrl: GENERATE },
    raw: { type: 'boolean', description: 'true: the prompt is sent without the template.', docsUrl: GENERATE },
    context: { type: 'array', description: 'The context returned by an earlier /api/generate call.', deprecated: 'Send the conversation to /api/chat instead.', docsUrl: GENERATE },
  },
  dialects: { ollama: { unknown: OLLAMA_UNKNOWN }, relay: { unknown: OLLAMA_UNKNOWN } },
};
