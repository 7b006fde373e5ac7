import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseTree, getNodeValue } from 'jsonc-parser';
import { lintText } from '../../server/src/core/lint.ts';
import { configProblems } from '../../server/src/cli/config-check.ts';
import { normalizeSettings } from '../../server/src/frontend/settings.ts';
import { bodyContextAt } from '../../server/src/frontend/body-context.ts';
import { completeAt } from '../../server/src/frontend/completion.ts';
import { paramHoverAt } from '../../server/src/frontend/param-hover.ts';
import type { Provider } from '../../server/src/core/types.ts';

const lint = (text: string, hosts?: Record<string, Provider>) => {
  const { units, findings } = lintText(text, { languageId: 'http', hosts });
  return { detection: units[0]?.detection, findings: findings.map((f) => `${f.rule} ${f.severity}: ${f.message}`) };
};
const chat = (url: string, body: unknown) => `POST ${url}\nAuthorization: Bearer {{KEY}}\nContent-Type: application/json\n\n${JSON.stringify(body)}\n`;
const hi = [{ role: 'user', content: 'hi' }];

test('Groq (detected from api.groq.com): the fields its docs list as rejected, and n above 1, are warnings', () => {
  const { detection, findings } = lint(chat('https://api.groq.com/openai/v1/chat/completions', { model: 'llama-3.3-70b-versatile', messages: hi, logprobs: true, logit_bias: {}, top_logprobs: 2, n: 2 }));
  assert.equal(detection?.provider, 'groq');
  assert.deepEqual([...findings].sort(), [
    "parameter-out-of-range warning: 'n' is 2, outside 1..1.",
    "unknown-parameter warning: 'logit_bias' is not a parameter of openai-chat on Groq.",
    "unknown-parameter warning: 'logprobs' is not a parameter of openai-chat on Groq.",
    "unknown-parameter warning: 'top_logprobs' is not a parameter of openai-chat on Groq.",
  ]);
  assert.deepEqual(lint(chat('https://api.groq.com/openai/v1/chat/completions', { model: 'llama-3.3-70b-versatile', messages: hi, n: 1, temperature: 0 })).findings, []);
});

test('a self-hosted server gets its dialect from llmPreflight.hosts (host:port first, then the host)', () => {
  const body = { model: 'meta-llama/Llama-3.1-8B-Instruct', messages: hi, top_k: 20, guided_choice: ['a', 'b'], temprature: 1 };
  const asRelay = lint(chat('http://localhost:8000/v1/chat/completions', body));
  assert.equal(asRelay.detection?.provider, 'relay');
  const asVllm = lint(chat('http://localhost:8000/v1/chat/completions', body), { 'localhost:8000': 'vllm' });
  assert.equal(asVllm.detection?.provider, 'vllm');
  assert.ok(asVllm.detection?.reasons.some((r) => r.includes('llmPreflight.hosts')));
  assert.deepEqual(asVllm.findings, ["unknown-parameter warning: 'temprature' is not a parameter of openai-chat on vLLM; did you mean 'temperature'?"]);
  assert.equal(lint(chat('http://gpu-box:9000/v1/chat/completions', body), { 'gpu-box': 'vllm' }).detection?.provider, 'vllm');
  assert.equal(lint(chat('http://gpu-box:9000/v1/chat/completions', body), { 'gpu-box:8000': 'vllm' }).detection?.provider, 'relay', 'another port is another server');
});

test('hosted dialects are never louder than a warning', () => {
  for (const url of ['https://api.x.ai/v1/chat/completions', 'https://api.mistral.ai/v1/chat/completions', 'https://api.together.xyz/v1/chat/completions', 'https://api.fireworks.ai/inference/v1/chat/completions', 'https://api.moonshot.ai/v1/chat/completions', 'https://open.bigmodel.cn/api/paas/v4/chat/completions', 'https://api.siliconflow.cn/v1/chat/completions']) {
    const { detection, findings } = lint(chat(url, { model: 'some-model', messages: hi, temperature: 9, bogus: 1 }));
    assert.notEqual(detection?.provider, 'relay', url);
    assert.ok(findings.every((f) => !f.includes(' error: ')), `${url}\n${findings.join('\n')}`);
  }
});

test('completion and hover read the dialect: vLLM extras are offered and documented', () => {
  const doc = 'POST http://localhost:8000/v1/chat/completions\n\n{"model": "m", "messages": [], "|"}';
  const offset = doc.indexOf('|');
  const text = doc.slice(0, offset) + doc.slice(offset + 1);
  const ctx = bodyContextAt(text, offset, { languageId: 'http', hosts: { 'localhost:8000': 'vllm' } })!;
  const labels = completeAt(ctx, { snippets: true, positionAt: (o) => ({ line: 0, character: o }) }).map((i) => i.label);
  for (const name of ['top_k', 'min_p', 'guided_json', 'chat_template_kwargs']) assert.ok(labels.includes(name), name);
  const groq = 'POST https://api.groq.com/openai/v1/chat/completions\n\n{"model": "m", "messages": [], "|"}';
  const g = groq.indexOf('|');
  const groqLabels = completeAt(bodyContextAt(groq.slice(0, g) + groq.slice(g + 1), g, { languageId: 'http' })!, { snippets: true, positionAt: (o) => ({ line: 0, character: o }) }).map((i) => i.label);
  assert.ok(!groqLabels.includes('logit_bias') && groqLabels.includes('temperature'));
  const hoverDoc = 'POST http://localhost:8000/v1/chat/completions\n\n{"model": "m", "guided_ch|oice": ["a"]}';
  const h = hoverDoc.indexOf('|');
  const hover = paramHoverAt(bodyContextAt(hoverDoc.slice(0, h) + hoverDoc.slice(h + 1), h, { languageId: 'http', hosts: { 'localhost:8000': 'vllm' } })!);
  assert.match(hover!.markdown, /Constrain the output to one of these strings/);
  assert.match(hover!.markdown, /docs\.vllm\.ai/);
});

test('settings and the CLI config: hosts map to known dialect ids only', () => {
  assert.deepEqual(normalizeSettings({ hosts: { 'LocalHost:8000': 'vllm', 'x:1': 'nope', 'y:2': 3 } }).hosts, { 'localhost:8000': 'vllm' });
  const text = '{"hosts": {"localhost:8000": "vlm", "gpu:11434": "ollama"}}';
  const tree = parseTree(text)!;
  const problems = configProblems(text, tree, getNodeValue(tree));
  assert.equal(problems.length, 1, problems.join('\n'));
  assert.match(problems[0], /^1:30: unknown dialect "vlm" for host "localhost:8000"; did you mean "vllm"\?/);
});

/** Completion labels and a hover at `|` in a `.http` document, with optional hosts. */
const labelsAt = (doc: string, hosts?: Record<string, Provider>) => {
  const at = doc.indexOf('|');
  const ctx = bodyContextAt(doc.slice(0, at) + doc.slice(at + 1), at, { languageId: 'http', hosts })!;
  return completeAt(ctx, { snippets: true, positionAt: (o) => ({ line: 0, character: o }) }).map((i) => i.label);
};
const hoverAt = (doc: string, hosts?: Record<string, Provider>) => {
  const at = doc.indexOf('|');
  return paramHoverAt(bodyContextAt(doc.slice(0, at) + doc.slice(at + 1), at, { languageId: 'http', hosts })!)?.markdown ?? '';
};

/** Per dialect: the URL it is detected from (or the hosts entry), extras it accepts, and the docs host its hover links to. */
const DIALECTS: { id: Provider; url: string; hosts?: Record<string, Provider>; extras: Record<string, unknown>; docs: RegExp }[] = [
  { id: 'mistral', url: 'https://api.mistral.ai/v1/chat/completions', extras: { random_seed: 1, safe_prompt: true }, docs: /mistralai\/client-python/ },
  { id: 'together', url: 'https://api.together.xyz/v1/chat/completions', extras: { top_k: 40, repetition_penalty: 1.1, min_p: 0.05, safety_model: 'meta-llama/Meta-Llama-Guard-3-8B' }, docs: /docs\.together\.ai/ },
  { id: 'fireworks', url: 'https://api.fireworks.ai/inference/v1/chat/completions', extras: { top_k: 40, min_p: 0.1, prompt_truncate_len: 1500, mirostat_target: 5 }, docs: /docs\.fireworks\.ai/ },
  { id: 'moonshot', url: 'https://api.moonshot.ai/v1/chat/completions', extras: { thinking: { type: 'enabled' }, temperature: 0.6 }, docs: /kimi|moonshot/ },
  { id: 'zhipu', url: 'https://open.bigmodel.cn/api/paas/v4/chat/completions', extras: { do_sample: false, request_id: 'r1', user_id: 'u1', thinking: { type: 'enabled' } }, docs: /docs\.bigmodel\.cn/ },
  { id: 'siliconflow', url: 'https://api.siliconflow.cn/v1/chat/completions', extras: { enable_thinking: false, thinking_budget: 1024, min_p: 0.05, top_k: 20 }, docs: /docs\.siliconflow\.cn/ },
  { id: 'llamacpp', url: 'http://localhost:8080/v1/chat/completions', hosts: { 'localhost:8080': 'llamacpp' }, extras: { top_k: 40, min_p: 0.05, repeat_penalty: 1.1, grammar: 'root ::= "yes" | "no"', json_schema: { type: 'object' }, cache_prompt: true, mirostat: 2 }, docs: /ggml-org\/llama\.cpp/ },
  { id: 'lmstudio', url: 'http://localhost:1234/v1/chat/completions', hosts: { 'localhost:1234': 'lmstudio' }, extras: { top_k: 40, repeat_penalty: 1.1, ttl: 300, draft_model: 'qwen2.5-0.5b-instruct' }, docs: /lmstudio\.ai/ },
  { id: 'sglang', url: 'http://localhost:30000/v1/chat/completions', hosts: { 'localhost:30000': 'sglang' }, extras: { top_k: 20, min_p: 0.0, repetition_penalty: 1.05, regex: '(yes|no)', ebnf: 'root ::= "a"', separate_reasoning: true, chat_template_kwargs: { enable_thinking: false } }, docs: /docs\.sglang\.io/ },
];

test('every named dialect: detected, its documented extras accepted, offered in completion and documented in hover', () => {
  for (const d of DIALECTS) {
    const { detection, findings } = lint(chat(d.url, { model: 'some-model', messages: hi, ...d.extras }), d.hosts);
    assert.equal(detection?.provider, d.id, d.id);
    assert.deepEqual(findings, [], `${d.id}\n${findings.join('\n')}`);
    const name = Object.keys(d.extras).find((n) => n !== 'temperature')!;
    const labels = labelsAt(`POST ${d.url}\n\n{"model": "m", "messages": [], "|"}`, d.hosts);
    for (const extra of Object.keys(d.extras)) assert.ok(labels.includes(extra), `${d.id}: completion offers ${extra}`);
    const hover = hoverAt(`POST ${d.url}\n\n{"model": "m", "${name.slice(0, 2)}|${name.slice(2)}": 1}`, d.hosts);
    assert.match(hover, d.docs, `${d.id}: hover on ${name} links its source`);
  }
});

test('the same extras on OpenAI itself are still unknown (the dialect, not a global allow-list)', () => {
  const { findings } = lint(chat('https://api.openai.com/v1/chat/completions', { model: 'gpt-4o', messages: hi, repeat_penalty: 1.1, grammar: 'x' }));
  assert.equal(findings.filter((f) => f.startsWith('unknown-parameter error')).length, 2, findings.join('\n'));
});

test('Mistral: what its request model lacks is a warning (its 422 extra_forbidden), with the rename to max_tokens', () => {
  const { findings } = lint(chat('https://api.mistral.ai/v1/chat/completions', { model: 'mistral-large-latest', messages: hi, max_completion_tokens: 100, logprobs: true, seed: 1 }));
  assert.deepEqual([...findings].sort(), [
    "unknown-parameter warning: 'logprobs' is not a parameter of openai-chat on Mistral.",
    "unknown-parameter warning: 'max_completion_tokens' is not a parameter of openai-chat on Mistral; did you mean 'max_tokens'?",
    "unknown-parameter warning: 'seed' is not a parameter of openai-chat on Mistral.",
  ]);
});

test("xAI: its reasoning models' rejected parameters are warnings; completion stays OpenAI's", () => {
  const { findings } = lint(chat('https://api.x.ai/v1/chat/completions', { model: 'grok-3-mini', messages: hi, frequency_penalty: 0.2, reasoning_effort: 'low' }));
  assert.deepEqual(findings, ["model-unsupported-parameter warning: Model grok-3-mini does not accept 'frequency_penalty'. Remove it."]);
  assert.deepEqual(lint(chat('https://api.x.ai/v1/chat/completions', { model: 'grok-4-fast-non-reasoning', messages: hi, stop: ['x'] })).findings, []);
  const hover = hoverAt('POST https://api.x.ai/v1/chat/completions\n\n{"model": "grok-4", "te|mperature": 1}');
  assert.match(hover, /temperature/i);
});

test('Moonshot and Zhipu ranges: temperature above 1 is a warning there, not on OpenAI', () => {
  assert.deepEqual(lint(chat('https://api.moonshot.ai/v1/chat/completions', { model: 'kimi-k2-0905-preview', messages: hi, temperature: 1.2 })).findings, ["parameter-out-of-range warning: 'temperature' is 1.2, outside 0..1."]);
  assert.deepEqual(lint(chat('https://open.bigmodel.cn/api/paas/v4/chat/completions', { model: 'glm-4.7', messages: hi, temperature: 1.2 })).findings, ["parameter-out-of-range warning: 'temperature' is 1.2, outside 0..1."]);
  assert.deepEqual(lint(chat('https://api.openai.com/v1/chat/completions', { model: 'gpt-4o', messages: hi, temperature: 1.2 })).findings, []);
});

test('a Qwen3 model on a vLLM host gets no DashScope streaming warning; DeepSeek Anthropic format with x-api-key needs no Authorization', () => {
  const qwen = { model: 'Qwen/Qwen3-8B', messages: hi };
  assert.deepEqual(lint(chat('http://localhost:8000/v1/chat/completions', qwen), { 'localhost:8000': 'vllm' }).findings, []);
  const deepseek = 'POST https://api.deepseek.com/anthropic/v1/messages\nx-api-key: {{KEY}}\nanthropic-version: 2023-06-01\nContent-Type: application/json\n\n{"model": "deepseek-chat", "max_tokens": 100, "messages": [{"role": "user", "content": "hi"}]}\n';
  const { detection, findings } = lint(deepseek);
  assert.equal(detection?.api, 'anthropic-messages');
  assert.deepEqual(findings, []);
  const noKey = lint(deepseek.replace('x-api-key: {{KEY}}\n', '')).findings;
  assert.ok(noKey.some((f) => f.startsWith('missing-required-header') && f.includes("x-api-key: {{DEEPSEEK_API_KEY}}")), noKey.join('\n'));
});

test("a thinking Qwen3 forced to a tool: DashScope's thinking rule applies on DashScope and where no host is named, not on vLLM or SiliconFlow", () => {
  const tools = [{ type: 'function', function: { name: 'get_weather', parameters: { type: 'object', properties: { city: { type: 'string' } } } } }];
  const body = { model: 'Qwen/Qwen3-32B', messages: hi, tools, tool_choice: 'required', chat_template_kwargs: { enable_thinking: true } };
  const forcedRule = (findings: string[]) => findings.filter((f) => f.startsWith('thinking-incompatible-parameter'));
  assert.deepEqual(forcedRule(lint(chat('http://localhost:8000/v1/chat/completions', body), { 'localhost:8000': 'vllm' }).findings), []);
  const sf = { ...body, chat_template_kwargs: undefined, enable_thinking: true };
  assert.deepEqual(forcedRule(lint(chat('https://api.siliconflow.cn/v1/chat/completions', sf)).findings), []);
  const dashscope = lint(chat('https://dashscope.aliyuncs.com/compatible-mode/v1/chat/completions', { ...sf, model: 'qwen3-32b', stream: true })).findings;
  assert.deepEqual(forcedRule(dashscope), ["thinking-incompatible-parameter error: 'tool_choice' 'required' forces a tool, which DashScope rejects in thinking mode: use 'auto' or no thinking."]);
  const unnamed = lint(chat('https://llm.example.com/v1/chat/completions', { ...sf, model: 'qwen3-32b', stream: true })).findings;
  assert.deepEqual(forcedRule(unnamed), ["thinking-incompatible-parameter warning: 'tool_choice' 'required' forces a tool, which DashScope rejects in thinking mode: use 'auto' or no thinking."]);
});
