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
