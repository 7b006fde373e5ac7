// SDK calls in source files (server/src/core/sources): what each SDK sends, the map back to the source,
// fixes on the source, directives in comments, hover and completion through the map, incremental parsing.
// Run: node --import tsx --test test/unit/sources.test.ts
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { createLinter, lintText } from '../../server/src/core/lint.ts';
import { applyFixEdits } from '../../server/src/core/fix.ts';
import { loadAllGrammars } from '../../server/src/core/sources/grammars.ts';
import { changedRange, mayHoldRequests, sourceKind, splitSource } from '../../server/src/core/sources/index.ts';
import { curlReads } from '../../server/src/core/sources/shell/index.ts';
import { TEMPLATE_MARK } from '../../server/src/core/json/templates.ts';
import { bodyContextAt } from '../../server/src/frontend/body-context.ts';
import { paramHoverAt } from '../../server/src/frontend/param-hover.ts';
import { sourceCompletion } from '../../server/src/frontend/source-completion.ts';
import { editBetween, SourceTrees } from '../../server/src/frontend/source-trees.ts';
import type { RequestUnit } from '../../server/src/core/types.ts';

before(() => loadAllGrammars());

const py = (text: string) => splitSource(text, 'python', { filePath: 'app.py' });
const ts = (text: string) => splitSource(text, 'typescript', { filePath: 'app.ts' });
const body = (u: RequestUnit) => JSON.parse(u.bodyText!.split(TEMPLATE_MARK).join('~'));
const header = (u: RequestUnit, name: string) => u.headers.find((h) => h.name.toLowerCase() === name)?.value;
const findings = (text: string, file: string) => lintText(text, { filePath: file }).findings.map((f) => ({ rule: f.rule, text: text.slice(f.span.start, f.span.end), fixes: f.fixes }));

describe('which files', () => {
  test('kinds from language ids and extensions', () => {
    assert.equal(sourceKind('python', undefined), 'python');
    assert.equal(sourceKind('typescriptreact', 'a.tsx'), 'typescript');
    assert.equal(sourceKind(undefined, 'a.mjs'), 'javascript');
    assert.equal(sourceKind(undefined, 'a.sh'), 'shell');
    assert.equal(sourceKind(undefined, 'notes.txt'), null);
  });
  test('the cheap check: an SDK import or a provider URL', () => {
    assert.ok(mayHoldRequests('from openai import OpenAI\n', 'python'));
    assert.ok(mayHoldRequests('from google import genai\n', 'python'));
    assert.ok(mayHoldRequests("import Anthropic from '@anthropic-ai/sdk';", 'typescript'));
    assert.ok(mayHoldRequests("const r = await fetch('https://api.openai.com/v1/responses', {})", 'javascript'));
    assert.ok(!mayHoldRequests('import os\nprint("openai is a word here")\n', 'python'));
    assert.ok(!mayHoldRequests("import React from 'react';", 'typescript'));
  });
  test('the cheap check finds every provider host and endpoint path in a file with no SDK import', () => {
    const urls = ['https://api.openai.com/v1', 'https://x.openai.azure.com', 'https://api.anthropic.com', 'https://generativelanguage.googleapis.com', 'https://us-central1-aiplatform.googleapis.com',
      'https://bedrock-runtime.us-east-1.amazonaws.com', 'https://dashscope-intl.aliyuncs.com', 'https://api.deepseek.com', 'https://openrouter.ai/api', 'http://localhost:8000/v1/chat/completions',
      'http://h/v1/messages', 'http://h/v1/responses', 'http://h/models/m:generateContent', 'http://h/models/m:streamGenerateContent'];
    for (const url of urls) {
      for (const kind of ['python', 'typescript', 'shell'] as const) assert.ok(mayHoldRequests(`x = "${url}"\n`, kind), `${kind}: ${url}`);
    }
    assert.equal(mayHoldRequests('x = "https://example.com/v2/items"\n', 'python'), false);
  });
  test('a file without an SDK import or provider URL is not parsed: no units, no findings', () => {
    const r = lintText('client.chat.completions.create(model="o3-mini", temperature=0.5)\n', { filePath: 'a.py' });
    assert.deepEqual(r.units, []);
  });
  test('llmPreflight.sources.python = false turns Python off', () => {
    const text = 'from openai import OpenAI\nOpenAI().chat.completions.create(model="gpt-4o", messages=[], temperature=3)\n';
    assert.ok(lintText(text, { filePath: 'a.py' }).findings.length > 0);
    assert.deepEqual(lintText(text, { filePath: 'a.py', sources: { python: false } }).findings, []);
  });
});

describe('Python: what the SDKs send', () => {
  test('openai: keyword arguments are the body; extra_body merged, extra_headers as headers, timeout dropped', () => {
    const [u] = py('from openai import OpenAI\nc = OpenAI()\nc.chat.completions.create(model="gpt-4o", messages=[], extra_body={"service_tier": "flex"}, extra_headers={"X-A": "1"}, timeout=3, temperature=True, stop=None)\n');
    assert.equal(u.url, 'https://api.openai.com/v1/chat/completions');
    assert.deepEqual(body(u), { model: 'gpt-4o', messages: [], temperature: true, stop: null, service_tier: 'flex' });
    assert.equal(header(u, 'x-a'), '1');
  });
  test('openai: responses.*, base_url, AzureOpenAI, module client, stored resource', () => {
    const [a] = py('import openai\nopenai.responses.create(model="gpt-4o", input="hi")\n');
    assert.equal(a.url, 'https://api.openai.com/v1/responses');
    const [b] = py('from openai import OpenAI\nc = OpenAI(base_url="https://api.deepseek.com/v1")\nc.chat.completions.create(model="deepseek-chat", messages=[])\n');
    assert.equal(b.url, 'https://api.deepseek.com/v1/chat/completions');
    const [c] = py('from openai import AzureOpenAI\nc = AzureOpenAI(azure_endpoint="https://x.openai.azure.com", api_version="2024-10-21")\nc.chat.completions.create(model="dep", messages=[])\n');
    assert.equal(c.url, 'https://x.openai.azure.com/openai/deployments/dep/chat/completions?api-version=2024-10-21', 'the SDK sends api_version as ?api-version=');
    const [d] = py('from openai import OpenAI\ncompletions = OpenAI().chat.completions\ncompletions.create(model="gpt-4o", messages=[])\n');
    assert.equal(d.url, 'https://api.openai.com/v1/chat/completions');
  });
  test('values that are not literals are unknown (masked like a {{variable}}); **kwargs opens the body', () => {
    const [u] = py('from openai import OpenAI\nc = OpenAI()\nc.chat.completions.create(model=m, messages=[{"role": "user", "content": f"hi {name}"}], n=len(x), **rest)\n');
    const value = JSON.parse(u.bodyText!);
    assert.ok(value.model.includes(TEMPLATE_MARK) && value.messages[0].content.includes(TEMPLATE_MARK) && value.n.includes(TEMPLATE_MARK));
    assert.ok(Object.keys(value).some((k) => k.includes(TEMPLATE_MARK)), 'an open key');
  });
  test('string literals: escapes, raw, concatenation, f-string without fields; bytes are unknown', () => {
    const [u] = py('from openai import OpenAI\nOpenAI().chat.completions.create(model="gpt-" "4o", messages=[{"role": "user", "content": "a\\tb\\u00e9"}], user=r"\\n", stop=f"{{x}}", seed=-3, top_p=1_0e-1, metadata=b"x")\n');
    const v = body(u);
    assert.equal(v.model, 'gpt-4o');
    assert.equal(v.messages[0].content, 'a\tbé');
    assert.equal(v.user, '\\n');
    assert.equal(v.stop, '{x}');
    assert.equal(v.seed, -3);
    assert.equal(v.top_p, 1);
    assert.match(v.metadata, /~/);
  });
  test('anthropic: betas become the anthropic-beta header; Bedrock and Vertex move the model into the URL', () => {
    const [a] = py('import anthropic\nc = anthropic.Anthropic()\nc.beta.messages.create(model="claude-sonnet-4-5", max_tokens=1, messages=[], betas=["a-1", "b-2"])\n');
    assert.equal(header(a, 'anthropic-beta'), 'a-1,b-2');
    assert.equal(header(a, 'anthropic-version'), '2023-06-01');
    assert.ok(!('betas' in body(a)));
    const [b] = py('from anthropic import AnthropicBedrock\nc = AnthropicBedrock()\nc.messages.create(model="anthropic.claude-sonnet-4-5-20250929-v1:0", max_tokens=1, messages=[])\n');
    assert.match(b.url!, /bedrock-runtime\.[a-z0-9-]+\.amazonaws\.com\/model\/anthropic\.claude-sonnet-4-5-20250929-v1:0\/invoke$/);
    assert.deepEqual(Object.keys(body(b)), ['anthropic_version', 'max_tokens', 'messages']);
    const [c] = py('from anthropic import AnthropicVertex\nc = AnthropicVertex(region="us-east5", project_id="p")\nc.messages.create(model="claude-sonnet-4-5@20250929", max_tokens=1, messages=[])\n');
    assert.match(c.url!, /publishers\/anthropic\/models\/claude-sonnet-4-5@20250929:rawPredict$/);
  });
  test('google-genai: model in the URL, text contents as a user turn, config split as _GenerateContentConfig_to_mldev does', () => {
    const [u] = py(
      'from google import genai\nfrom google.genai import types\nc = genai.Client()\nc.models.generate_content(model="gemini-2.5-flash", contents="hi", config=types.GenerateContentConfig(system_instruction="be brief", max_output_tokens=3, thinking_config=types.ThinkingConfig(thinking_budget=0), safety_settings=[types.SafetySetting(category="HARM_CATEGORY_HATE_SPEECH", threshold="BLOCK_ONLY_HIGH")], http_options={"timeout": 1}))\n',
    );
    assert.equal(u.url, 'https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-flash:generateContent');
    assert.deepEqual(body(u), {
      contents: [{ role: 'user', parts: [{ text: 'hi' }] }],
      systemInstruction: { parts: [{ text: 'be brief' }] },
      safetySettings: [{ category: 'HARM_CATEGORY_HATE_SPEECH', threshold: 'BLOCK_ONLY_HIGH' }],
      generationConfig: { maxOutputTokens: 3, thinkingConfig: { thinkingBudget: 0 } },
    });
    const [v] = py('from google import genai\nc = genai.Client(vertexai=True, project="p", location="l")\nc.models.generate_content_stream(model="gemini-2.5-flash", contents="hi", config={"response_schema": {"type": "OBJECT", "properties": {"user_name": {"type": "STRING"}}}})\n');
    assert.match(v.url!, /aiplatform\.googleapis\.com\/.*:streamGenerateContent$/);
    assert.deepEqual(body(v).generationConfig.responseSchema.properties, { user_name: { type: 'STRING' } }, 'schema property names are the user\'s');
  });
  test('google-genai count_tokens: models/{model}:countTokens with contents; config on the request only on Vertex AI', () => {
    const base = 'from google import genai\nfrom google.genai import types\n';
    const [u] = py(`${base}c = genai.Client()\nc.models.count_tokens(model="gemini-2.5-flash", contents="What is your name?", config=types.CountTokensConfig(system_instruction="s"))\n`);
    assert.equal(u.url, 'https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-flash:countTokens');
    // Gemini API: the SDK raises on system_instruction/tools/generation_config before sending (_CountTokensConfig_to_mldev).
    assert.deepEqual(body(u), { contents: [{ role: 'user', parts: [{ text: 'What is your name?' }] }] });
    const [v] = py(`${base}c = genai.Client(vertexai=True, project="p", location="l")\nc.models.count_tokens(model="gemini-2.5-flash", contents="x", config={"system_instruction": "s", "generation_config": {"temperature": 0}})\n`);
    assert.match(v.url!, /publishers\/google\/models\/gemini-2\.5-flash:countTokens$/);
    assert.deepEqual(body(v), { contents: [{ role: 'user', parts: [{ text: 'x' }] }], systemInstruction: { parts: [{ text: 's' }] }, generationConfig: { temperature: 0 } });
    const [t] = ts("import { GoogleGenAI } from '@google/genai';\nconst ai = new GoogleGenAI({});\nawait ai.models.countTokens({ model: 'gemini-2.5-flash', contents: 'hi' });\n");
    assert.equal(t.url, 'https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-flash:countTokens');
    assert.deepEqual(body(t), { contents: [{ role: 'user', parts: [{ text: 'hi' }] }] });
  });
  test('google-genai contents as lists: strings, types.Part.from_text, part dicts grouped into turns as t_contents does', () => {
    const base = 'from google import genai\nfrom google.genai import types\nc = genai.Client()\n';
    const contents = (args: string) => body(py(`${base}c.models.generate_content(model="gemini-2.5-flash", contents=${args})\n`)[0]).contents;
    assert.deepEqual(contents('["a", types.Part.from_text(text="b"), {"text": "c"}]'), [{ role: 'user', parts: [{ text: 'a' }, { text: 'b' }, { text: 'c' }] }]);
    assert.deepEqual(contents('types.Part.from_text(text="a")'), [{ role: 'user', parts: [{ text: 'a' }] }]);
    // a turn ends a run of parts; an inner list is one user turn; a function call part is the model's
    assert.deepEqual(contents('["a", types.Content(role="model", parts=[types.Part(text="b")]), ["c", "d"], {"function_call": {"name": "f", "args": {}}}]'), [
      { role: 'user', parts: [{ text: 'a' }] },
      { role: 'model', parts: [{ text: 'b' }] },
      { role: 'user', parts: [{ text: 'c' }, { text: 'd' }] },
      { role: 'model', parts: [{ functionCall: { name: 'f', args: {} } }] },
    ]);
    // a file, an image or a name among them: the whole list is unknown (masked), so no finding on it
    assert.equal(contents('["a", my_file]'), '~contents~');
    // TypeScript: a list is all turns or all parts (one user turn); a mix throws in the SDK, so it is unknown
    const tsContents = (args: string) => body(ts(`import { GoogleGenAI } from '@google/genai';\nconst ai = new GoogleGenAI({});\nai.models.generateContent({ model: 'gemini-2.5-flash', contents: ${args} });\n`)[0]).contents;
    assert.deepEqual(tsContents("['a', { text: 'b' }]"), [{ role: 'user', parts: [{ text: 'a' }, { text: 'b' }] }]);
    assert.equal(tsContents("['a', { role: 'user', parts: [{ text: 'b' }] }]"), '~contents~');
  });
  test('google-genai: a mistake inside a list of parts is caught at its source range', () => {
    const text = 'from google import genai\nfrom google.genai import types\nc = genai.Client()\nc.models.count_tokens(model="gemini-2.5-flash", contents=["hi", types.Part.from_text(text="")])\n';
    const empty = findings(text, 'a.py').filter((f) => f.rule === 'empty-text-block');
    assert.equal(empty.length, 1);
    assert.equal(empty[0].text, '""');
    const clean = 'from google import genai\nfrom google.genai import types\nc = genai.Client()\nc.models.count_tokens(model="gemini-2.5-flash", contents=["hi", types.Part.from_text(text="there")])\n';
    assert.deepEqual(findings(clean, 'a.py'), []);
    const tsText = "import { GoogleGenAI } from '@google/genai';\nconst ai = new GoogleGenAI({});\nai.models.countTokens({ model: 'gemini-2.5-flash', contents: ['hi', { text: '' }] });\n";
    const tsEmpty = findings(tsText, 'a.ts').filter((f) => f.rule === 'empty-text-block');
    assert.equal(tsEmpty[0]?.text, "''");
  });
  test('dashscope: model on top, messages in input, the rest in parameters; api_key and stream stay in the client', () => {
    const [u] = py('import dashscope\ndashscope.Generation.call(api_key="k", model="qwen-plus", messages=[], result_format="message", stream=True, top_p=0.8)\n');
    assert.equal(u.url, 'https://dashscope.aliyuncs.com/api/v1/services/aigc/text-generation/generation');
    assert.deepEqual(body(u), { model: 'qwen-plus', input: { messages: [] }, parameters: { result_format: 'message', top_p: 0.8 } });
    const [m] = py('from dashscope import MultiModalConversation\nMultiModalConversation.call(model="qwen-vl-max", messages=[])\n');
    assert.match(m.url!, /multimodal-generation\/generation$/);
  });
  test('calls that are not requests: other methods, other libraries, batches', () => {
    assert.deepEqual(py('from openai import OpenAI\nc = OpenAI()\nc.embeddings.create(model="text-embedding-3-small", input="x")\nc.files.list()\n'), []);
    assert.deepEqual(py('import requests\nrequests.post("https://example.com", json={})\n'), []);
  });
});

describe('TypeScript / JavaScript: what the SDKs send', () => {
  test('the first argument is the body, the second the request options (headers)', () => {
    const [u] = ts("import OpenAI from 'openai';\nconst c = new OpenAI();\nawait c.chat.completions.create({ model: 'gpt-4o', messages: [], 'top_p': 1, n: undefined } as const, { headers: { 'X-A': '1' } });\n");
    assert.deepEqual(body(u), { model: 'gpt-4o', messages: [], top_p: 1 });
    assert.equal(header(u, 'x-a'), '1');
  });
  test('shorthand properties and spreads: unknown values, open object', () => {
    const [u] = ts("import Anthropic from '@anthropic-ai/sdk';\nconst a = new Anthropic();\na.messages.create({ model, max_tokens: 5, messages, ...extra });\n");
    const value = JSON.parse(u.bodyText!);
    assert.ok(value.model.includes(TEMPLATE_MARK) && Object.keys(value).some((k) => k.includes(TEMPLATE_MARK)));
  });
  test('@google/genai config and vertexai; fetch and axios to a known endpoint; fetch elsewhere is ignored', () => {
    const [g] = ts("import { GoogleGenAI } from '@google/genai';\nconst ai = new GoogleGenAI({ vertexai: true });\nai.models.generateContent({ model: 'gemini-2.5-flash', contents: 'x', config: { temperature: 0.2, systemInstruction: 's' } });\n");
    assert.match(g.url!, /aiplatform/);
    assert.deepEqual(body(g).generationConfig, { temperature: 0.2 });
    const [f] = ts("await fetch('https://api.anthropic.com/v1/messages', { method: 'POST', headers: { 'anthropic-version': '2023-06-01' }, body: JSON.stringify({ model: 'claude-sonnet-4-5', max_tokens: 5, messages: [] }) });\n");
    assert.equal(f.url, 'https://api.anthropic.com/v1/messages');
    assert.equal(header(f, 'anthropic-version'), '2023-06-01');
    const [x] = ts("import axios from 'axios';\naxios.post('https://api.openai.com/v1/chat/completions', { model: 'gpt-4o', messages: [] }, { headers });\n");
    assert.equal(header(x, 'authorization'), '{{Authorization}}', 'headers from a variable: unknown, never missing');
    assert.deepEqual(ts("await fetch('https://example.com/api', { method: 'POST', body: JSON.stringify({ a: 1 }) });\n"), []);
  });
});

describe('findings and fixes land on the source', () => {
  test('Python: a typo renamed, an unsupported parameter removed with its line', () => {
    const text = 'from openai import OpenAI\nc = OpenAI()\nc.chat.completions.create(\n    model="o3-mini",\n    temperature=0.5,\n    max_tokenz=10,\n    messages=[{"role": "user", "content": "hi"}],\n)\n';
    const found = findings(text, 'a.py');
    const typo = found.find((f) => f.rule === 'unknown-parameter')!;
    assert.equal(typo.text, 'max_tokenz');
    assert.equal(applyFixEdits(text, typo.fixes![0].edits), text.replace('max_tokenz', 'max_tokens'));
    const unsupported = found.find((f) => f.rule === 'model-unsupported-parameter')!;
    assert.equal(unsupported.text, '0.5');
    assert.equal(applyFixEdits(text, unsupported.fixes![0].edits), text.replace('    temperature=0.5,\n', ''));
  });
  test('TypeScript: the last property removed with its comma; a quoted key renamed in its quotes', () => {
    const text = "import OpenAI from 'openai';\nconst c = new OpenAI();\nc.chat.completions.create({ model: 'o3-mini', messages: [{ role: 'user', content: 'hi' }], 'max_tokenz': 5, temperature: 0.5 });\n";
    const found = findings(text, 'a.ts');
    const unsupported = found.find((f) => f.rule === 'model-unsupported-parameter')!;
    assert.equal(applyFixEdits(text, unsupported.fixes![0].edits), text.replace(', temperature: 0.5', ''));
    const typo = found.find((f) => f.rule === 'unknown-parameter')!;
    assert.equal(typo.text, "'max_tokenz'");
    assert.equal(applyFixEdits(text, typo.fixes![0].edits), text.replace("'max_tokenz'", "'max_tokens'"));
  });
  test('a key the SDK renamed (genai snake_case → camelCase) is reported on the source key, with no rename fix', () => {
    const text = 'from google import genai\nc = genai.Client()\nc.models.generate_content(model="gemini-2.5-flash", contents="x", config={"temperature": 5})\n';
    const found = findings(text, 'a.py').filter((f) => f.rule === 'parameter-out-of-range');
    assert.equal(found[0]?.text, '5');
  });
  test('disable comments: # in Python, // in TypeScript', () => {
    const base = 'from openai import OpenAI\nc = OpenAI()\n';
    const call = 'c.chat.completions.create(model="gpt-4o", messages=[], temperature=3)\n';
    assert.ok(findings(base + call, 'a.py').some((f) => f.rule === 'parameter-out-of-range'));
    assert.ok(!findings(`${base}# llm-preflight-disable-next-line parameter-out-of-range\n${call}`, 'a.py').some((f) => f.rule === 'parameter-out-of-range'));
    assert.ok(!findings(`${base}# llm-preflight-disable-next-request\n\n${call}`, 'a.py').some((f) => f.rule === 'parameter-out-of-range'));
    const tsText = "import OpenAI from 'openai';\nconst c = new OpenAI();\n// llm-preflight-disable-next-line\nc.chat.completions.create({ model: 'gpt-4o', messages: [], temperature: 3 });\n";
    assert.ok(!findings(tsText, 'a.ts').some((f) => f.rule === 'parameter-out-of-range'));
    const unused = findings(`${base}# llm-preflight-disable-next-line empty-text-block\n${call}`, 'a.py');
    assert.ok(unused.some((f) => f.rule === 'unused-disable-directive'));
  });
});

describe('editor features through the map', () => {
  const text = 'from openai import OpenAI\nc = OpenAI()\nc.chat.completions.create(model="o3-mini", messages=[], temperature=0.5, )\n';
  test('hover on a keyword argument shows the parameter docs over the source range', () => {
    const at = text.indexOf('temperature') + 3;
    const ctx = bodyContextAt(text, at, { filePath: 'a.py', languageId: 'python' })!;
    const hover = paramHoverAt(ctx)!;
    assert.match(hover.markdown, /temperature/);
    assert.equal(text.slice(hover.span.start, hover.span.end), 'temperature');
  });
  test('completion after a comma offers keyword arguments written as name=, without those present', () => {
    const at = text.indexOf(', )') + 2;
    const units = lintText(text, { filePath: 'a.py' }).units;
    const ctx = bodyContextAt(text, at, { filePath: 'a.py', languageId: 'python', units })!;
    const items = sourceCompletion(ctx, units[0].unit, text, at, (o) => ({ line: 0, character: o }))!;
    const labels = items.map((i) => i.label);
    assert.ok(labels.includes('max_completion_tokens'));
    assert.ok(!labels.includes('temperature'));
    assert.equal((items.find((i) => i.label === 'seed')!.textEdit as { newText: string }).newText, 'seed=');
  });
});

describe('incremental parsing (the server)', () => {
  test('changedRange (blocks of 256, then characters) equals the character-by-character answer', () => {
    const naive = (a: string, b: string) => {
      let start = 0;
      while (start < Math.min(a.length, b.length) && a[start] === b[start]) start++;
      let oldEnd = a.length;
      let newEnd = b.length;
      while (oldEnd > start && newEnd > start && a[oldEnd - 1] === b[newEnd - 1]) (oldEnd--, newEnd--);
      return { start, oldEnd, newEnd };
    };
    let seed = 7;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
    for (let i = 0; i < 300; i++) {
      const a = 'ab\n'.repeat(rand(400)) + 'x'.repeat(rand(600));
      const at = rand(a.length + 1);
      const b = a.slice(0, at) + 'ab'.slice(0, rand(3)) + a.slice(Math.min(a.length, at + rand(4)));
      assert.deepEqual(changedRange(a, b), naive(a, b), `case ${i}`);
    }
  });
  test('editBetween finds the changed middle', () => {
    const e = editBetween('a\nbc\nd', 'a\nbXc\nd');
    assert.deepEqual([e.startIndex, e.oldEndIndex, e.newEndIndex], [3, 3, 4]);
    assert.deepEqual(e.startPosition, { row: 1, column: 1 });
  });
  test('an edited tree and the kept split give the same requests and findings as a fresh lint, edit after edit', () => {
    const trees = new SourceTrees();
    const linter = createLinter();
    const uri = 'file:///a.py';
    let text = 'from openai import OpenAI\nc = OpenAI()\n';
    const call = (n: number) => `c.chat.completions.create(model="o3-mini", messages=[{"role": "user", "content": "${n}"}], temperature=1)\n`;
    const edits = [
      (t: string) => `${t}${call(1)}x = 1\n${call(2)}${call(3)}`,
      (t: string) => t.replace('temperature=1)\nx', 'temperature=0.5)\nx'), // inside the first call's arguments
      (t: string) => t.replace('"content": "2"', '"content": "two, longer"'), // inside the second: the third moves
      (t: string) => t.replace('temperature=1)\n', 'temperature=1, max_tokenz=5)\n'), // a typo inside the second
      (t: string) => t.replace('x = 1', 'x = 12345'), // between calls: a full split
      (t: string) => t.replace('c = OpenAI()', 'c = OpenAI(base_url="https://api.deepseek.com")'),
      (t: string) => t.replace('messages=[{"role": "user", "content": "3"}]', 'messages=[{"role": "user", "content": "é😀"}]'),
      (t: string) => t.replace('model="o3-mini", messages=[{"role": "user", "content": "1"}]', 'model="o3-mini", messages=[{"role": "user", "content": "1"}'), // broken: a full split
      (t: string) => t.slice(0, t.length - 20),
    ];
    for (const edit of edits) {
      text = edit(text);
      const tree = trees.treeFor(uri, text, 'python')!;
      const kept = linter.lint(text, { filePath: '/a.py', sourceTree: tree, sourceState: trees.stateFor(uri) });
      const fresh = lintText(text, { filePath: '/a.py' });
      assert.deepEqual(kept.units.map((u) => [u.unit.url, u.unit.bodyText, u.unit.span]), fresh.units.map((u) => [u.unit.url, u.unit.bodyText, u.unit.span]));
      assert.deepEqual(kept.findings, fresh.findings);
    }
    trees.close('file:///a.py');
  });
  test('a shell script: an edit inside one curl re-reads only that command, and equals a fresh split and lint', () => {
    const trees = new SourceTrees();
    const linter = createLinter();
    const uri = 'file:///run.sh';
    const curl = (n: number, extra = '') => `curl https://api.openai.com/v1/chat/completions -H "Authorization: Bearer $KEY" -H 'Content-Type: application/json' -d '{"model": "gpt-4o", "messages": [{"role": "user", "content": "${n}"}]${extra}}'\n`;
    let text = `#!/bin/bash\n${curl(1)}echo between\n${curl(2)}cat <<EOF | curl https://api.openai.com/v1/chat/completions --data-binary @-\n{"model": "gpt-4o", "messages": [{"role": "user", "content": "3"}]}\nEOF\n${curl(4)}`;
    const step = (edit: (t: string) => string) => {
      text = edit(text);
      const before = curlReads.count;
      const tree = trees.treeFor(uri, text, 'bash')!;
      const kept = linter.lint(text, { filePath: '/run.sh', sourceTree: tree, sourceState: trees.stateFor(uri) });
      const reads = curlReads.count - before;
      const fresh = lintText(text, { filePath: '/run.sh' });
      assert.deepEqual(kept.units.map((u) => [u.unit.url, u.unit.bodyText, u.unit.span, u.unit.bodySpan]), fresh.units.map((u) => [u.unit.url, u.unit.bodyText, u.unit.span, u.unit.bodySpan]));
      assert.deepEqual(kept.findings, fresh.findings);
      return reads;
    };
    assert.equal(step((t) => t), 4, 'the first split reads every curl');
    assert.equal(step((t) => t.replace('"content": "2"}]', '"content": "2"}], "max_token": 5')), 1, 'a typo inside the second curl: only it is read again');
    assert.equal(step((t) => t.replace('"content": "1"', '"content": "one, longer"')), 1, 'inside the first: the others move');
    assert.equal(step((t) => t.replace('"content": "3"', '"content": "three"')), 1, 'inside the heredoc piped into the third');
    assert.equal(step((t) => t.replace('echo between', 'echo in between')), 4, 'between commands: a full split');
    assert.equal(step((t) => t.replace(`-d '{"model": "gpt-4o", "messages": [{"role": "user", "content": "4"}]}'`, `-d '{"model": "gpt-4o", "messages": [{"role": "user", "content": "4"}]`)), 4, 'a broken quote: a full split');
    trees.close(uri);
  });
});
