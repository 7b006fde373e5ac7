/**
 * Dialects of Chat Completions on OpenAI-compatible hosts (issue 16): what each host's own docs list as
 * unsupported or different, as data the existing rules read (unknown-parameter: `excludedParams` and
 * `extraParams`; parameter-out-of-range: a re-declared parameter with the host's range). Every one of them
 * is judged like a relay (rules/profiles/providers.ts: `relay: true`), so no finding on them is louder than
 * a warning. A host detected by name whose docs list no difference gets the relay policy and a note only.
 *
 * `modelRestrictions`: what a host's docs say one of its models rejects (xAI's reasoning models), read by
 * model-unsupported-parameter with the dialect's ids; model ids are matched as written, `*` = any text.
 * Where a host's docs list no difference we found, the row says so (docs/apis/dialects.md) rather than guess.
 *
 * Detection: the hosted providers by their API host (server/src/core/detect.ts); self-hosted servers
 * (vLLM, LM Studio, llama.cpp, SGLang, Ollama) only through `llmPreflight.hosts` (host → dialect id).
 */
import type { Provider } from '../../server/src/core/rule-api.ts';
import type { DialectModelRestriction, DialectSpec, ParamSpec } from './types.ts';
import { RELAY_UNKNOWN } from './common.ts';
import { OPENAI_CHAT_SPEC } from './openai-chat.ts';
import { OLLAMA_NO_TOOLS } from './ollama.ts';

const GROQ = 'https://console.groq.com/docs/openai';
const VLLM = 'https://docs.vllm.ai/en/v0.6.4.post1/serving/openai_compatible_server.html';
const VLLM_EXTRA = `${VLLM}#extra-parameters`;

const param = (type: ParamSpec['type'], description: string, source: string, extra: Partial<ParamSpec> = {}): ParamSpec => ({ type, description, docsUrl: source, source, ...extra });
/** `param` with one page as the source: each host's table cites its own docs. */
const paramFrom = (source: string) => (type: ParamSpec['type'], description: string): ParamSpec => param(type, description, source);
const vllmParam = paramFrom(VLLM_EXTRA);

/** vLLM's extra sampling and chat-template parameters (sent at the top level of the JSON body, or via the SDKs' extra_body). */
const VLLM_EXTRAS: Record<string, ParamSpec> = {
  top_k: vllmParam('integer', 'Sample from the k most likely tokens (-1 = all).'),
  min_p: vllmParam('number', 'Minimum probability relative to the most likely token.'),
  repetition_penalty: vllmParam('number', 'Penalty on repeated tokens (1.0 = none).'),
  length_penalty: vllmParam('number', 'Beam search length penalty.'),
  use_beam_search: vllmParam('boolean', 'Beam search instead of sampling.'),
  best_of: vllmParam('integer', 'Candidates generated server-side, the best n returned.'),
  min_tokens: vllmParam('integer', 'Fewest tokens to generate before EOS or stop can end the output.'),
  stop_token_ids: vllmParam('array', 'Token ids that end generation.'),
  include_stop_str_in_output: vllmParam('boolean', 'Keep the matched stop string in the output.'),
  ignore_eos: vllmParam('boolean', 'Keep generating after the EOS token.'),
  skip_special_tokens: vllmParam('boolean', 'Drop special tokens from the output.'),
  spaces_between_special_tokens: vllmParam('boolean', 'Put spaces between special tokens.'),
  truncate_prompt_tokens: vllmParam('integer', 'Keep only the last k prompt tokens.'),
  echo: vllmParam('boolean', 'Prepend the last message to the output.'),
  add_generation_prompt: vllmParam('boolean', "Add the chat template's generation prompt."),
  continue_final_message: vllmParam('boolean', 'Continue the final (assistant) message instead of starting a new one.'),
  add_special_tokens: vllmParam('boolean', 'Add special tokens (BOS) on top of the chat template.'),
  documents: vllmParam('array', 'Documents for RAG chat templates.'),
  chat_template: vllmParam('string', 'A Jinja chat template for this request.'),
  chat_template_kwargs: vllmParam('object', 'Extra variables for the chat template (e.g. enable_thinking).'),
  guided_json: vllmParam(['string', 'object'], 'Constrain the output to this JSON schema.'),
  guided_regex: vllmParam('string', 'Constrain the output to this regular expression.'),
  guided_choice: vllmParam('array', 'Constrain the output to one of these strings.'),
  guided_grammar: vllmParam('string', 'Constrain the output to this context-free grammar.'),
  guided_decoding_backend: vllmParam('string', 'Guided decoding backend for this request.'),
  guided_whitespace_pattern: vllmParam('string', 'Whitespace pattern for guided JSON decoding.'),
  priority: vllmParam('integer', 'Scheduling priority (priority scheduling only).'),
  request_id: vllmParam('string', 'Request id for tracing.'),
};

const relayLike = (note: string, extra: Partial<DialectSpec> = {}): DialectSpec => ({ unknown: RELAY_UNKNOWN, note, ...extra });

// --- Mistral: its own pydantic request model; unknown fields are a 422 extra_forbidden ---
const MISTRAL_SDK = 'https://github.com/mistralai/client-python/blob/main/src/mistralai/models/chatcompletionrequest.py';
/** OpenAI's message list with the field Mistral's assistant message adds (`prefix`: continue from this text). */
function mistralMessages(): ParamSpec {
  const base = OPENAI_CHAT_SPEC.params.messages;
  const variants = base.items?.variants;
  if (!variants?.cases.assistant) return base;
  const assistant = variants.cases.assistant;
  const prefix = param('boolean', 'Continue the answer from this assistant message (prefix completion).', 'https://github.com/mistralai/client-python/blob/main/src/mistralai/models/assistantmessage.py');
  return {
    ...base,
    items: { ...base.items!, variants: { ...variants, cases: { ...variants.cases, assistant: { ...assistant, properties: { ...assistant.properties, prefix } } } } },
  };
}

const MISTRAL_EXTRAS: Record<string, ParamSpec> = {
  messages: mistralMessages(),
  random_seed: param(['integer', 'null'], "Mistral's seed for deterministic sampling (OpenAI's 'seed').", MISTRAL_SDK),
  safe_prompt: param('boolean', 'Inject the safety prompt before the conversation.', MISTRAL_SDK),
  prompt_mode: param(['string', 'null'], 'Reasoning system-prompt mode ("reasoning") for Magistral models.', 'https://api.koog.ai/prompt/prompt-executor/prompt-executor-clients/prompt-executor-mistralai-client/ai.koog.prompt.executor.clients.mistralai/-mistral-a-i-params/index.html'),
};

// --- xAI: reasoning models reject some sampling parameters (docs.x.ai reasoning guide) ---
const XAI_REASONING = 'https://docs.x.ai/docs/guides/reasoning';
const XAI_EFFORT = 'xAI docs: reasoning_effort is not supported by this model; specifying it gets an error response.';
/** xAI's reasoning models, by id as the docs and issues name them (a "-non-reasoning" id is not one of them). */
const XAI_REASONING_MODELS = ['grok-3-mini*', 'grok-4', 'grok-4-0709', 'grok-4-latest', 'grok-4-fast', 'grok-4-fast-reasoning', 'grok-4-1-fast', 'grok-4-1-fast-reasoning', 'grok-4.20-reasoning', 'grok-4.20-0309-reasoning', 'grok-code-fast*', 'grok-4.3*'];
const XAI_PENALTY_MODELS = ['grok-3', 'grok-3-beta', 'grok-3-latest', 'grok-3-fast*', 'grok-3-mini*', 'grok-4*', 'grok-code-fast*'];
const xaiRejects = (models: readonly string[], param: string, camel: string, source: string): DialectModelRestriction => ({
  models,
  restriction: { param, error: `Argument not supported on this model: ${camel}`, source },
});
const XAI_RESTRICTIONS: DialectModelRestriction[] = [
  // "presencePenalty, frequencyPenalty and stop parameters are not supported by reasoning models" (docs); the 400 reads
  // "Argument not supported on this model: presencePenalty" (grok-3-mini: lobehub#7370; grok-4: lobehub#8381). In 2026
  // every grok-4 id, grok-4.20-0309-non-reasoning included, rejects the penalties (NativeTavern#83), but accepts stop.
  // grok-3 itself, not a reasoning model, answers the same for presencePenalty (n8n#14581, "When I use Grok-3").
  xaiRejects(XAI_PENALTY_MODELS, 'presence_penalty', 'presencePenalty', 'https://github.com/lobehub/lobehub/issues/8381'),
  xaiRejects(XAI_PENALTY_MODELS, 'frequency_penalty', 'frequencyPenalty', 'https://github.com/miaoxworld/NativeTavern/issues/83'),
  xaiRejects(XAI_REASONING_MODELS, 'stop', 'stop', XAI_REASONING),
  // "reasoning_effort is not supported by grok-3, grok-4 and grok-4-fast-reasoning" (2025); "not supported by grok-4.20 or grok-4-1-fast" (2026).
  { models: ['grok-3', 'grok-3-latest', 'grok-4', 'grok-4-0709', 'grok-4-latest', 'grok-4-fast*', 'grok-4-1-fast*', 'grok-4.20*'], restriction: { param: 'reasoning_effort', error: XAI_EFFORT, source: XAI_REASONING } },
];

// --- Together AI ---
const TOGETHER = 'https://docs.together.ai/reference/chat-completions-1';
const TOGETHER_EXTRAS: Record<string, ParamSpec> = {
  top_k: param('integer', 'Sample from the k most likely tokens.', TOGETHER),
  repetition_penalty: param('number', 'Penalty on repeated tokens (1 = none).', TOGETHER),
  min_p: param('number', 'Minimum token probability relative to the most likely token.', TOGETHER),
  echo: param('boolean', 'Return the prompt in the response.', TOGETHER),
  safety_model: param('string', 'Moderation model to run on the request (e.g. a Llama Guard model).', TOGETHER),
  context_length_exceeded_behavior: param('string', 'When prompt plus max_tokens exceed the context: "truncate" or "error".', TOGETHER, { enum: ['truncate', 'error'] }),
  // Together's logprobs is a count of alternatives (its example sends "logprobs": 0), not OpenAI's boolean.
  logprobs: param(['boolean', 'integer', 'null'], 'Return log probabilities (Together takes a number of alternatives per token).', TOGETHER, { minimum: 0 }),
};

// --- Fireworks AI ---
const FIREWORKS = 'https://docs.fireworks.ai/api-reference/post-chatcompletions';
const FIREWORKS_EXTRAS: Record<string, ParamSpec> = {
  top_k: param('integer', 'Sample from the k most likely tokens.', FIREWORKS),
  min_p: param('number', 'Minimum token probability relative to the most likely token.', FIREWORKS),
  repetition_penalty: param('number', 'Penalty on repeated tokens (1 = none).', FIREWORKS),
  typical_p: param('number', 'Locally typical sampling threshold.', FIREWORKS),
  mirostat_target: param('number', 'Mirostat target perplexity.', FIREWORKS),
  mirostat_lr: param('number', 'Mirostat learning rate.', FIREWORKS),
  prompt_truncate_len: param(['integer', 'null'], 'Truncate the chat prompt to this many tokens, evicting the earliest messages.', FIREWORKS),
  context_length_exceeded_behavior: param('string', 'When prompt plus max_tokens exceed the context: "truncate" (default) or "error".', FIREWORKS, { enum: ['truncate', 'error'] }),
  echo: param('boolean', 'Return the prompt in the response.', FIREWORKS),
  ignore_eos: param('boolean', 'Keep generating after the end-of-sequence token.', FIREWORKS),
};

// --- Moonshot AI (Kimi) ---
const MOONSHOT = 'https://platform.kimi.ai/docs/api/models-overview';
const MOONSHOT_RANGES = 'https://v02.api.js.langchain.com/classes/langchain_community_chat_models_moonshot.ChatMoonshot.html';
const MOONSHOT_EXTRAS: Record<string, ParamSpec> = {
  // "temperature ... Ranges from 0 to 1"; "n: the default value is 1 and cannot be greater than 5 ... invalid_request_error".
  temperature: param(['number', 'null'], 'Sampling temperature: Moonshot accepts 0 to 1.', MOONSHOT_RANGES, { minimum: 0, maximum: 1 }),
  n: param(['integer', 'null'], 'Number of choices: Moonshot accepts 1 to 5 (1 when temperature is near 0).', MOONSHOT_RANGES, { minimum: 1, maximum: 5 }),
  thinking: param('object', 'Kimi K2.5+ deep thinking: {"type": "enabled"} or {"type": "disabled"}.', MOONSHOT),
};

// --- Zhipu AI (BigModel / Z.ai) ---
const ZHIPU = 'https://docs.bigmodel.cn/api-reference/模型-api/对话补全';
const ZHIPU_EXTRAS: Record<string, ParamSpec> = {
  do_sample: param('boolean', 'Sample (true, default) or always pick the most likely token (false: temperature and top_p are ignored).', ZHIPU),
  request_id: param('string', 'Your own id for the request.', ZHIPU),
  user_id: param('string', 'End-user id for abuse monitoring.', ZHIPU),
  thinking: param('object', 'GLM-4.5+ chain of thought: {"type": "enabled"} or {"type": "disabled"}.', ZHIPU),
  tool_stream: param('boolean', 'Stream tool-call arguments as they are generated.', ZHIPU),
  // GLM-4.x docs: temperature in [0.0, 1.0] (older GLM models: (0, 1), zero excluded).
  temperature: param(['number', 'null'], 'Sampling temperature: Zhipu accepts 0 to 1.', ZHIPU, { minimum: 0, maximum: 1 }),
};

// --- SiliconFlow ---
const SILICONFLOW = 'https://docs.siliconflow.cn/cn/api-reference/chat-completions/chat-completions';
const SILICONFLOW_EXTRAS: Record<string, ParamSpec> = {
  enable_thinking: param('boolean', 'Switch hybrid models (Qwen3, GLM-4.5+, DeepSeek V3.1+) between thinking and non-thinking.', SILICONFLOW),
  thinking_budget: param('integer', 'Most tokens of chain-of-thought output (128 to 32768).', SILICONFLOW, { minimum: 128, maximum: 32768 }),
  min_p: param('number', 'Dynamic filtering threshold (0 to 1; Qwen3 only).', SILICONFLOW, { minimum: 0, maximum: 1 }),
  top_k: param('integer', 'Sample from the k most likely tokens.', SILICONFLOW),
};

// --- llama.cpp server (llama-server): /v1/chat/completions takes the /completion sampling options too ---
const LLAMACPP = 'https://github.com/ggml-org/llama.cpp/blob/master/tools/server/README.md';
const llamacpp = paramFrom(LLAMACPP);
const LLAMACPP_EXTRAS: Record<string, ParamSpec> = {
  top_k: llamacpp('integer', 'Sample from the k most likely tokens (default 40).'),
  min_p: llamacpp('number', 'Minimum probability relative to the most likely token (default 0.05).'),
  typical_p: llamacpp('number', 'Locally typical sampling (1.0 = off).'),
  repeat_penalty: llamacpp('number', 'Penalty on repeated token sequences (default 1.1).'),
  repeat_last_n: llamacpp('integer', 'Last n tokens the repeat penalty considers (0 = off, -1 = context size).'),
  dynatemp_range: llamacpp('number', 'Dynamic temperature range.'),
  dynatemp_exponent: llamacpp('number', 'Dynamic temperature exponent.'),
  mirostat: llamacpp('integer', 'Mirostat sampling: 0 off, 1 Mirostat, 2 Mirostat 2.0.'),
  mirostat_tau: llamacpp('number', 'Mirostat target entropy.'),
  mirostat_eta: llamacpp('number', 'Mirostat learning rate.'),
  dry_multiplier: llamacpp('number', 'DRY repetition penalty multiplier (0 = off).'),
  dry_base: llamacpp('number', 'DRY penalty base.'),
  dry_allowed_length: llamacpp('integer', 'DRY: repeats up to this length are not penalised.'),
  dry_penalty_last_n: llamacpp('integer', 'DRY: tokens scanned for repetition.'),
  dry_sequence_breakers: llamacpp('array', 'DRY: sequence breakers.'),
  xtc_probability: llamacpp('number', 'XTC sampler probability.'),
  xtc_threshold: llamacpp('number', 'XTC sampler threshold.'),
  grammar: llamacpp('string', 'A GBNF grammar the output must follow.'),
  json_schema: llamacpp('object', 'A JSON schema the output must follow.'),
  n_probs: llamacpp('integer', 'Return the probabilities of the top n tokens.'),
  n_keep: llamacpp('integer', 'Prompt tokens kept when the context overflows.'),
  min_keep: llamacpp('integer', 'Fewest tokens the samplers keep.'),
  ignore_eos: llamacpp('boolean', 'Keep generating after the end-of-sequence token.'),
  cache_prompt: llamacpp('boolean', 'Reuse the KV cache of a previous request with the same prefix.'),
  samplers: llamacpp('array', 'Order of the samplers.'),
  id_slot: llamacpp('integer', 'Server slot to use.'),
  t_max_predict_ms: llamacpp('integer', 'Time limit for generation, in milliseconds.'),
  timings_per_token: llamacpp('boolean', 'Include timings with each token.'),
  post_sampling_probs: llamacpp('boolean', 'Probabilities after sampling.'),
  return_tokens: llamacpp('boolean', 'Return token ids.'),
  lora: llamacpp('array', 'LoRA adapters and scales for this request.'),
  chat_template_kwargs: llamacpp('object', 'Extra variables for the chat template (e.g. enable_thinking).'),
  reasoning_format: llamacpp('string', 'How reasoning is returned ("none", "deepseek", "auto").'),
};

// --- LM Studio: documented extras on its OpenAI-compatible endpoints ---
const LMSTUDIO = 'https://lmstudio.ai/docs/api/openai-api';
const LMSTUDIO_EXTRAS: Record<string, ParamSpec> = {
  top_k: param('integer', 'Sample from the k most likely tokens.', LMSTUDIO),
  repeat_penalty: param('number', 'Penalty on repeated tokens.', LMSTUDIO),
  ttl: param('integer', 'Seconds of idle time before a just-in-time loaded model is unloaded.', 'https://lmstudio.ai/docs/app/api/ttl-and-auto-evict'),
  draft_model: param('string', 'Draft model for speculative decoding.', 'https://lmstudio.ai/docs/app/advanced/speculative-decoding'),
};

// --- SGLang: OpenAI-compatible server with SGLang's sampling parameters ---
const SGLANG = 'https://docs.sglang.io/basic_usage/sampling_params.html';
const sglang = paramFrom(SGLANG);
const SGLANG_EXTRAS: Record<string, ParamSpec> = {
  top_k: sglang('integer', 'Sample from the k most likely tokens (-1 = all).'),
  min_p: sglang('number', 'Minimum probability relative to the most likely token.'),
  repetition_penalty: sglang('number', 'Penalty on repeated tokens (1.0 = none).'),
  min_tokens: sglang('integer', 'Fewest tokens to generate before a stop can end the output.'),
  regex: sglang('string', 'Constrain the output to this regular expression.'),
  ebnf: sglang('string', 'Constrain the output to this EBNF grammar.'),
  json_schema: sglang('string', 'Constrain the output to this JSON schema (a string).'),
  stop_token_ids: sglang('array', 'Token ids that end generation.'),
  no_stop_trim: sglang('boolean', 'Keep the stop string in the output.'),
  ignore_eos: sglang('boolean', 'Keep generating after the end-of-sequence token.'),
  skip_special_tokens: sglang('boolean', 'Drop special tokens from the output.'),
  continue_final_message: sglang('boolean', 'Continue the final assistant message.'),
  separate_reasoning: sglang('boolean', 'Return reasoning apart from the answer (with a reasoning parser).'),
  stream_reasoning: sglang('boolean', 'Stream the reasoning as it is generated.'),
  chat_template_kwargs: sglang('object', 'Extra variables for the chat template (e.g. enable_thinking).'),
  lora_path: sglang(['string', 'array'], 'LoRA adapter(s) for this request.'),
};

/** Chat Completions dialects of OpenAI-compatible hosts, by provider id. */
export const OPENAI_COMPATIBLE_DIALECTS: Partial<Record<Provider, DialectSpec>> = {
  groq: {
    unknown: {
      ...RELAY_UNKNOWN,
      source: GROQ,
      // Groq validates every message against its own schema: a field OpenAI's message types lack is a 400
      // ("'messages.0' : for 'role:user' the following must be satisfied[('messages.0' : property 'timestamp'
      // is unsupported)]", ServiceStack/llms#17, 2026-01); top-level fields get "property 'store' is
      // unsupported, did you mean 'stop'?" (fanenr/chatbot#21, 2024-12).
      nested: {
        behaviour: 'reject',
        error: "{path} : property '{name}' is unsupported",
        source: 'https://github.com/ServiceStack/llms/issues/17',
        note: 'HTTP 400 invalid_request_error naming the message and the property.',
      },
    },
    // "The following fields are currently not supported and will result in a 400 error (yikes) if they are
    // supplied: logprobs, logit_bias, top_logprobs, messages[].name; If N is supplied, it must be equal to 1."
    excludedParams: ['logprobs', 'logit_bias', 'top_logprobs'],
    extraParams: {
      n: { type: ['integer', 'null'], description: 'Number of choices: Groq accepts only 1.', minimum: 1, maximum: 1, docsUrl: GROQ, source: GROQ },
    },
    note: "Groq's OpenAI compatibility: logprobs, logit_bias, top_logprobs and messages[].name are rejected with a 400, n must be 1.",
  },
  vllm: {
    unknown: { behaviour: 'unknown', source: VLLM, note: 'vLLM logs and ignores fields it does not know; parallel_tool_calls and user are accepted and ignored.' },
    extraParams: VLLM_EXTRAS,
    note: "vLLM's OpenAI-compatible server: OpenAI's parameters plus its extra sampling, guided decoding and chat-template parameters.",
  },
  xai: relayLike('xAI (api.x.ai): OpenAI-compatible; its reasoning models reject presence/frequency penalties and stop, several reject reasoning_effort.', {
    unknown: { ...RELAY_UNKNOWN, source: XAI_REASONING },
    modelRestrictions: XAI_RESTRICTIONS,
  }),
  mistral: {
    unknown: {
      behaviour: 'reject',
      // The 422 body's detail entry, verbatim: {"type":"extra_forbidden","loc":["body","max_completion_tokens"],"msg":"Extra inputs are not permitted","input":32000}
      error: '{"type":"extra_forbidden","loc":["body","{name}"],"msg":"Extra inputs are not permitted"}',
      source: 'https://github.com/editor-code-assistant/eca/issues/231',
      alternateErrors: [{ error: '"loc": ["body", "messages", 31, "assistant", "reasoning_content"], "msg": "Extra inputs are not permitted"', source: 'https://github.com/charmbracelet/crush/issues/1590' }],
      note: 'HTTP 422, pydantic extra_forbidden with loc ["body", "<field>"] (e.g. max_completion_tokens, Dec 2025; an assistant reasoning_content, 2025).',
      // The same validator judges every message: a field OpenAI's message types lack is an extra input there too
      // (loc ["body", "messages", 31, "assistant", "reasoning_content"]).
      nested: { behaviour: 'reject', error: '{"type":"extra_forbidden","loc":["body",{path}],"msg":"Extra inputs are not permitted"}', source: 'https://github.com/charmbracelet/crush/issues/1590' },
    },
    // OpenAI fields absent from Mistral's request model (client-python ChatCompletionRequest).
    excludedParams: ['max_completion_tokens', 'logprobs', 'top_logprobs', 'logit_bias', 'seed', 'user', 'store', 'service_tier', 'modalities', 'audio', 'functions', 'function_call', 'web_search_options'],
    extraParams: MISTRAL_EXTRAS,
    note: "Mistral's own chat API: unknown fields are a 422 (extra_forbidden); 'random_seed' instead of 'seed', 'max_tokens' only.",
  },
  together: relayLike('Together AI: OpenAI-compatible chat completions plus top_k, repetition_penalty, min_p, safety_model; logprobs is a count.', { extraParams: TOGETHER_EXTRAS }),
  fireworks: relayLike('Fireworks AI: OpenAI-compatible chat completions plus top_k, min_p, repetition_penalty, mirostat and truncation options.', { extraParams: FIREWORKS_EXTRAS }),
  moonshot: relayLike('Moonshot AI (Kimi): temperature 0 to 1, n at most 5, thinking on Kimi K2.5+.', { extraParams: MOONSHOT_EXTRAS }),
  zhipu: relayLike('Zhipu AI (BigModel / Z.ai): temperature 0 to 1, plus do_sample, request_id, user_id, thinking, tool_stream.', { extraParams: ZHIPU_EXTRAS }),
  siliconflow: relayLike('SiliconFlow: OpenAI-compatible chat completions plus enable_thinking, thinking_budget (128 to 32768), min_p, top_k.', { extraParams: SILICONFLOW_EXTRAS }),
  lmstudio: relayLike('LM Studio local server: OpenAI-compatible chat completions plus top_k, repeat_penalty, ttl, draft_model.', { extraParams: LMSTUDIO_EXTRAS }),
  llamacpp: relayLike("llama.cpp server (llama-server): OpenAI-compatible chat completions plus llama.cpp's sampling, grammar and json_schema options.", { extraParams: LLAMACPP_EXTRAS }),
  sglang: relayLike("SGLang server: OpenAI-compatible chat completions plus SGLang's sampling and constrained-decoding options.", { extraParams: SGLANG_EXTRAS }),
  ollama: relayLike("Ollama's OpenAI-compatible endpoint (/v1/chat/completions).", { modelRestrictions: OLLAMA_NO_TOOLS }),
};
