/**
 * Dialects of Chat Completions on OpenAI-compatible hosts (issue 16): what each host's own docs list as
 * unsupported or different, as data the existing rules read (unknown-parameter: `excludedParams` and
 * `extraParams`; parameter-out-of-range: a re-declared parameter with the host's range). Every one of them
 * is judged like a relay (rules/profiles/providers.ts: `relay: true`), so no finding on them is louder than
 * a warning. A host detected by name whose docs list no difference gets the relay policy and a note only.
 *
 * Detection: the hosted providers by their API host (server/src/core/detect.ts); self-hosted servers
 * (vLLM, LM Studio, llama.cpp, SGLang, Ollama) only through `llmPreflight.hosts` (host → dialect id).
 */
import type { Provider } from '../../server/src/core/rule-api.ts';
import type { DialectSpec, ParamSpec } from './types.ts';
import { RELAY_UNKNOWN } from './common.ts';

const GROQ = 'https://console.groq.com/docs/openai';
const VLLM = 'https://docs.vllm.ai/en/v0.6.4.post1/serving/openai_compatible_server.html';
const VLLM_EXTRA = `${VLLM}#extra-parameters`;

const vllmParam = (type: ParamSpec['type'], description: string): ParamSpec => ({ type, description, docsUrl: VLLM_EXTRA, source: VLLM_EXTRA });

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

/** Chat Completions dialects of OpenAI-compatible hosts, by provider id. */
export const OPENAI_COMPATIBLE_DIALECTS: Partial<Record<Provider, DialectSpec>> = {
  groq: {
    unknown: { ...RELAY_UNKNOWN, source: GROQ },
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
  xai: relayLike('xAI (api.x.ai): OpenAI-compatible; its reasoning models reject some sampling parameters (per model).'),
  mistral: relayLike('Mistral (api.mistral.ai): an OpenAI-like chat API of its own.'),
  together: relayLike('Together AI: OpenAI-compatible chat completions.'),
  fireworks: relayLike('Fireworks AI: OpenAI-compatible chat completions.'),
  moonshot: relayLike('Moonshot AI (Kimi): OpenAI-compatible chat completions.'),
  zhipu: relayLike('Zhipu AI (BigModel / Z.ai): OpenAI-compatible chat completions.'),
  siliconflow: relayLike('SiliconFlow: OpenAI-compatible chat completions.'),
  lmstudio: relayLike('LM Studio local server: OpenAI-compatible chat completions.'),
  llamacpp: relayLike('llama.cpp server (llama-server): OpenAI-compatible chat completions.'),
  sglang: relayLike('SGLang server: OpenAI-compatible chat completions.'),
  ollama: relayLike("Ollama's OpenAI-compatible endpoint (/v1/chat/completions)."),
};
