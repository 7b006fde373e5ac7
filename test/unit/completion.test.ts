// Completion and parameter hovers as pure functions: the body context at a cursor, the items offered,
// and the snippets checked against the specs by linting them. Run: node --import tsx --test test/unit/completion.test.ts
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CompletionItem } from 'vscode-languageserver';
import { lintText } from '../../server/src/core/lint.ts';
import { bodyContextAt, propertiesAt, specAt } from '../../server/src/frontend/body-context.ts';
import { completeAt } from '../../server/src/frontend/completion.ts';
import { paramHoverAt } from '../../server/src/frontend/param-hover.ts';
import { paramsFor } from '../../rules/specs/index.ts';

const OPENAI = 'POST https://api.openai.com/v1/chat/completions\nContent-Type: application/json\n\n';
const ANTHROPIC = 'POST https://api.anthropic.com/v1/messages\nanthropic-version: 2023-06-01\nx-api-key: k\nContent-Type: application/json\n\n';
const GEMINI = 'POST https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-flash:generateContent\nx-goog-api-key: k\nContent-Type: application/json\n\n';
const RESPONSES = 'POST https://api.openai.com/v1/responses\nContent-Type: application/json\n\n';

/** `|` marks the cursor. */
function at(doc: string, options: { languageId?: string; snippets?: boolean } = {}) {
  const offset = doc.indexOf('|');
  const text = doc.slice(0, offset) + doc.slice(offset + 1);
  const ctx = bodyContextAt(text, offset, { languageId: options.languageId ?? 'http' });
  const items: CompletionItem[] = ctx ? completeAt(ctx, { snippets: options.snippets ?? true, positionAt: (o) => ({ line: 0, character: o }) }) : [];
  return { ctx, items, labels: items.map((i) => i.label), hover: ctx ? paramHoverAt(ctx) : null, text };
}
const edit = (item: CompletionItem | undefined) => (item?.textEdit && 'newText' in item.textEdit ? item.textEdit.newText : '');

test('top-level names follow the API and dialect (from paramsFor)', () => {
  const chat = at(OPENAI + '{\n  "model": "gpt-4o",\n  "|\n}');
  assert.equal(chat.ctx?.api, 'openai-chat');
  assert.ok(chat.labels.includes('max_completion_tokens'));
  assert.ok(!chat.labels.includes('top_k'), 'top_k is a DashScope/OpenRouter extension, not OpenAI');
  assert.ok(!chat.labels.includes('model'), 'present keys are not offered again');
  const expected = Object.entries(paramsFor('openai-chat', 'openai')).filter(([n, s]) => n !== 'model' && !s.aliasOf).map(([n]) => n).sort();
  assert.deepEqual([...chat.labels].sort(), expected);

  const deepseek = at('POST https://api.deepseek.com/chat/completions\n\n{"model": "deepseek-chat", "|"}');
  assert.ok(deepseek.labels.includes('thinking'), 'DeepSeek dialect extras');
});

test('a reasoning model marks the parameters it rejects, and sorts them last', () => {
  const { items } = at(OPENAI + '{"model": "o3", "|"}');
  const temperature = items.find((i) => i.label === 'temperature')!;
  assert.deepEqual(temperature.tags, [1]);
  assert.match(temperature.detail!, /rejected by o3/);
  assert.ok(temperature.sortText!.startsWith('9'));
  assert.match((temperature.documentation as { value: string }).value, /o3 rejects it/);
  assert.ok(!items.find((i) => i.label === 'max_completion_tokens')!.tags);
  // gpt-5.1 lifts sampling limits at its default effort "none", and puts them back with another effort
  assert.ok(!at(OPENAI + '{"model": "gpt-5.1", "|"}').items.find((i) => i.label === 'temperature')!.tags);
  assert.ok(at(OPENAI + '{"model": "gpt-5.1", "reasoning_effort": "high", "|"}').items.find((i) => i.label === 'temperature')!.tags);
});

test('nested names follow variants by the object\'s own type or role', () => {
  const image = at(ANTHROPIC + '{"model": "claude-sonnet-4-5", "max_tokens": 9, "messages": [{"role": "user", "content": [{"type": "image", "|"}]}]}');
  assert.deepEqual(image.labels.sort(), ['cache_control', 'source', 'transformations']);
  const tool = at(OPENAI + '{"model": "gpt-4o", "messages": [{"role": "tool", "|');
  assert.ok(tool.labels.includes('tool_call_id') && !tool.labels.includes('tool_calls'));
  const gemini = at(GEMINI + '{"contents": [], "generationConfig": {"|"}}');
  for (const name of ['temperature', 'topK', 'maxOutputTokens', 'thinkingConfig']) assert.ok(gemini.labels.includes(name), name);
  assert.ok(!gemini.labels.includes('max_output_tokens'), 'snake_case aliases are not offered twice');
  // no role yet: the union's fields are offered with the roles they belong to
  const open = at(OPENAI + '{"messages": [{"|"}]}');
  const calls = open.items.find((i) => i.label === 'tool_calls')!;
  assert.match(calls.detail!, /role: assistant/);
  assert.equal(propertiesAt(open.ctx!, ['messages', 0]).find((p) => p.name === 'role')?.cases, undefined);
});

test('snippet text: a placeholder per type, enum choices, key only before an existing colon', () => {
  const { items } = at(OPENAI + '{"model": "gpt-5.1", "|"}');
  assert.equal(edit(items.find((i) => i.label === 'stream')), '"stream": ${1|true,false|}');
  assert.equal(edit(items.find((i) => i.label === 'max_completion_tokens')), '"max_completion_tokens": ${1:1}');
  assert.equal(edit(items.find((i) => i.label === 'messages')), '"messages": [$1]');
  assert.equal(edit(items.find((i) => i.label === 'reasoning_effort')), '"reasoning_effort": "${1|none,low,medium,high|}"');
  assert.equal(edit(at(OPENAI + '{"model": "gpt-4o", "str|": true}').items.find((i) => i.label === 'stream')), '"stream"');
  assert.equal(edit(at(OPENAI + '{"model": "gpt-4o", "str|\n  "n": 1}').items.find((i) => i.label === 'stream')), '"stream": ${1|true,false|},');
  assert.equal(edit(at(OPENAI + '{"model": "gpt-4o", "str|"}', { snippets: false }).items.find((i) => i.label === 'stream')), '"stream": ');
});

test('enum values: model-specific efforts, roles per API, Gemini harm categories', () => {
  assert.deepEqual(at(OPENAI + '{"model": "gpt-5.1", "reasoning_effort": "|"}').labels, ['"none"', '"low"', '"medium"', '"high"']);
  assert.ok(!at(OPENAI + '{"model": "o3", "reasoning_effort": "|"}').labels.includes('"none"'));
  assert.deepEqual(at(ANTHROPIC + '{"messages": [{"role": "|').labels, ['"user"', '"assistant"']);
  assert.deepEqual(at(GEMINI + '{"contents": [{"role": "|"}]}').labels, ['"user"', '"model"', '"function"']);
  assert.ok(at(GEMINI + '{"safetySettings": [{"category": |').labels.includes('"HARM_CATEGORY_HARASSMENT"'));
  const tc = at(OPENAI + '{"tool_choice":|');
  assert.deepEqual(tc.labels, ['"none"', '"auto"', '"required"']);
  assert.equal(edit(tc.items[0]), ' "none"', 'a space after a bare colon');
});

test('model ids of the detected vendor, with limits in the detail', () => {
  const claude = at(ANTHROPIC + '{"model": "|');
  assert.ok(claude.labels.includes('claude-sonnet-4-5'));
  assert.ok(claude.labels.every((l) => l.startsWith('claude')), claude.labels.join(' '));
  assert.match(claude.items.find((i) => i.label === 'claude-sonnet-4-5')!.detail!, /context 1M · output 64K/);
  assert.ok(at(OPENAI + '{"model": "|"}').labels.includes('gpt-5.1'));
});

test('content-block snippets per API lint clean, and tool pairs share one id', () => {
  const cases: [string, string, string][] = [
    [ANTHROPIC, '{"model": "claude-sonnet-4-5", "max_tokens": 9, "messages": [{"role": "user", "content": [|]}]}', 'toolu_'],
    [ANTHROPIC, '{"model": "claude-sonnet-4-5", "max_tokens": 9, "messages": [{"role": "user", "content": "hi"}, |]}', 'toolu_'],
    [OPENAI, '{"model": "gpt-4o", "messages": [{"role": "user", "content": [|]}]}', 'call_'],
    [OPENAI, '{"model": "gpt-4o", "messages": [{"role": "user", "content": "hi"}, |]}', 'call_'],
    [RESPONSES, '{"model": "gpt-4o", "input": [{"role": "user", "content": [|]}]}', 'call_'],
    [RESPONSES, '{"model": "gpt-4o", "input": [{"role": "user", "content": "hi"}, |]}', 'call_'],
    [GEMINI, '{"contents": [{"role": "user", "parts": [|]}]}', ''],
    [GEMINI, '{"contents": [{"role": "user", "parts": [{"text": "hi"}]}, |]}', ''],
  ];
  const specRules = new Set(['unknown-parameter', 'missing-required-field', 'invalid-parameter-type', 'unknown-enum-value', 'tool-result-unmatched', 'tool-call-unanswered', 'json-syntax']);
  for (const [head, body, idPrefix] of cases) {
    const { items } = at(head + body);
    const snippets = items.filter((i) => i.kind === 15);
    assert.ok(snippets.length >= 2, `${head.split('\n')[0]} ${body}: ${items.map((i) => i.label)}`);
    for (const s of snippets) {
      const preview = (s.documentation as { value: string }).value.replace(/^```json\n|\n```$/g, '').replace(/"(https:\/\/)?"/g, '"x"').replace(/""/g, '"x"');
      const doc = head + body.replace('|', preview);
      // a lone tool_result answers nothing in these bodies; pairs must answer each other
      const pair = / \+ /.test(s.label);
      const findings = lintText(doc, { languageId: 'http' }).findings.filter((f) => specRules.has(f.rule) && (pair || !f.rule.startsWith('tool-')));
      assert.deepEqual(findings.map((f) => `${f.rule}: ${f.message}`), [], `${s.label} in ${body}`);
      const ids = [...preview.matchAll(/"((?:toolu_|call_)[A-Za-z0-9]{10,})"/g)].map((m) => m[1]);
      if (idPrefix && pair) assert.ok(ids.length === 2 && ids[0] === ids[1] && ids[0].startsWith(idPrefix), `${s.label}: ${ids}`);
    }
  }
  // a tool_result block answers the previous turn's pending tool_use
  const answer = at(ANTHROPIC + '{"messages": [{"role": "assistant", "content": [{"type": "tool_use", "id": "toolu_01abc", "name": "f", "input": {}}]}, {"role": "user", "content": [|]}]}');
  assert.match(edit(answer.items.find((i) => i.label === 'tool_result block')), /"tool_use_id": "toolu_01abc"/);
});

test('broken JSON mid-typing: every position answers without throwing', () => {
  const body = '{"model": "gpt-5", "messages": [{"role": "user", "content": [{"type": "image_url", "image_url": {"url": "x", "detail": "low"}}]}], "temperature": 1, "stream": true}';
  for (let cut = 0; cut <= body.length; cut++) {
    const partial = body.slice(0, cut);
    for (const cursor of [partial.length, Math.floor(partial.length / 2)]) {
      const doc = OPENAI + partial.slice(0, cursor) + '|' + partial.slice(cursor);
      assert.doesNotThrow(() => at(doc), `cut ${cut} cursor ${cursor}`);
    }
  }
  assert.ok(at(OPENAI + '{"model": "gpt-5", "messages": [{"role": "user", "content": [{"type": "image_url", "image_url": {"|').labels.includes('detail'));
  assert.ok(at(OPENAI + '{"model": "gpt-5", "mess|').labels.includes('messages'));
  assert.ok(at(OPENAI + '{"model": "gpt-5", "messages": [{"role": "user", "content": "hi"}], \n "|\n\n###\nGET https://example.com\n').labels.includes('stream'));
  // templated values do not break the path
  assert.ok(at(OPENAI + '{"model": {{model}}, "messages": [{"role": "{{role}}", "|"}]}').labels.includes('content'));
  // .json and .jsonl requests
  assert.ok(at('{"model": "claude-sonnet-4-5", "max_tokens": 5, "messages": [], "|"}', { languageId: 'json' }).labels.includes('thinking'));
  assert.ok(at('{"custom_id": "a", "method": "POST", "url": "/v1/chat/completions", "body": {"model": "gpt-4o", "messages": [], "|"}}\n', { languageId: 'jsonl' }).labels.includes('max_completion_tokens'));
  // not a request: nothing
  assert.equal(at('{"name": "my-package", "|"}', { languageId: 'json' }).ctx, null);
});

test('hover: parameter docs, value docs, model quirks and sources', () => {
  const key = at(OPENAI + '{"model": "o3", "temp|erature": 0.5}').hover!;
  assert.match(key.markdown, /\*\*`temperature`\*\* · `number \| null`/);
  assert.match(key.markdown, /Range: 0 ≤ value ≤ 2/);
  assert.match(key.markdown, /Accepted by: every dialect of `openai-chat`/);
  assert.match(key.markdown, /o3 rejects it/);
  assert.match(key.markdown, /\[Provider docs\]\(https:\/\/platform\.openai\.com\/docs\/api-reference\/chat\/create\)/);
  const nested = at(GEMINI + '{"safetySettings": [{"category": "HARM_CATEGORY_HARASSMENT", "thre|shold": "OFF"}]}').hover!;
  assert.match(nested.markdown, /`BLOCK_NONE`/);
  assert.match(nested.markdown, /generate-content#request-body/, 'nested specs inherit the parameter\'s docs page');
  const value = at(OPENAI + '{"model": "gpt-4o", "service_tier": "fl|ex"}').hover!;
  assert.match(value.markdown, /`flex` \(this one\)/);
  const azure = at('POST https://x.openai.azure.com/openai/deployments/d/chat/completions?api-version=2024-10-21\napi-key: k\n\n{"data_sou|rces": []}').hover!;
  assert.match(azure.markdown, /only Azure OpenAI/);
  const model = at(OPENAI + '{"model": "gpt-5.|1"}');
  assert.match(model.hover!.markdown, /Context window: 400K/);
  assert.match(model.hover!.markdown, /Reasoning effort: none, low, medium, high/);
  assert.match(model.hover!.markdown, /Sources: /);
  assert.equal(model.text.slice(model.hover!.span.start, model.hover!.span.end), '"gpt-5.1"');
  assert.match(at(OPENAI + '{"model": "acme-gp|t"}').hover!.markdown, /not in the model table/);
  // whitespace and unknown keys: no hover
  assert.equal(at(OPENAI + '{"model": "gpt-4o",  |  "n": 1}').hover, null);
  assert.equal(at(OPENAI + '{"model": "gpt-4o", "enable_thin|king": true}').hover, null);
  assert.ok(specAt(at(OPENAI + '{"|"}').ctx!, ['messages', 0, 'content']));
});
