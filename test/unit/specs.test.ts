import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

import type { ApiId, Provider } from '../../server/src/core/types.ts';
import { API_IDS } from '../../server/src/core/types.ts';
import {
  SPECS,
  dialectsAccepting,
  formatProviderError,
  getApiSpec,
  isKnownParam,
  paramsFor,
  unknownPolicy,
} from '../../rules/specs/index.ts';
import type { ParamSpec } from '../../rules/specs/types.ts';

// The package is CommonJS for the type-checker (no import.meta); tsx provides __dirname.
const repoRoot = typeof __dirname === 'string' ? resolve(__dirname, '..', '..') : process.cwd();
const VALID_DIR = process.env.LLM_PREFLIGHT_CORPUS_VALID ?? resolve(repoRoot, '..', 'shared', 'corpus', 'recorded', 'valid');

/** File-name prefix -> API and dialect (longest prefix first). */
const PREFIXES: [string, ApiId, Provider][] = [
  ['vertex-gemini-generatecontent', 'gemini-generate', 'vertex'],
  ['gemini-generatecontent', 'gemini-generate', 'gemini'],
  ['azure-openai-chat', 'openai-chat', 'azure'],
  ['deepseek-chat', 'openai-chat', 'deepseek'],
  ['openai-chat', 'openai-chat', 'openai'],
  ['openai-responses', 'openai-responses', 'openai'],
  ['anthropic-messages', 'anthropic-messages', 'anthropic'],
];

/** Body = text after the first blank line that follows the request line. */
function bodyOf(text: string): string | undefined {
  const lines = text.split(/\r?\n/);
  const req = lines.findIndex((l) => /^(GET|POST|PUT|PATCH|DELETE)\s+\S/.test(l));
  if (req < 0) return undefined;
  const blank = lines.findIndex((l, i) => i > req && l.trim() === '');
  if (blank < 0) return undefined;
  return lines.slice(blank + 1).join('\n').trim() || undefined;
}

test('every API has a spec with a docs URL and the right id', () => {
  for (const api of API_IDS) {
    const spec = getApiSpec(api);
    assert.equal(spec.api, api);
    assert.match(spec.docsUrl, /^https:\/\//);
    assert.ok(Object.keys(spec.params).length > 0, `${api} has params`);
    assert.ok(spec.dialects.relay, `${api} has a relay dialect`);
  }
});

test('every param has a one-line description; deprecated/sources are well-formed', () => {
  const check = (where: string, name: string, p: ParamSpec): void => {
    assert.ok(p.description.length > 0, `${where}.${name} description`);
    assert.ok(!p.description.includes('\n'), `${where}.${name} description is one line`);
    if (p.source) assert.match(p.source, /^https:\/\//, `${where}.${name} source`);
    if (p.docsUrl) assert.match(p.docsUrl, /^https:\/\//, `${where}.${name} docsUrl`);
    if (p.azureSince) assert.match(p.azureSince, /^\d{4}-\d{2}-\d{2}(-preview)?$/, `${where}.${name} azureSince`);
    if (p.aliasOf) assert.notEqual(p.aliasOf, name);
    for (const [k, v] of Object.entries(p.properties ?? {})) check(`${where}.${name}`, k, v);
  };
  for (const spec of Object.values(SPECS)) {
    for (const [name, p] of Object.entries(spec.params)) check(spec.api, name, p);
    for (const [prov, d] of Object.entries(spec.dialects)) {
      for (const [name, p] of Object.entries(d?.extraParams ?? {})) check(`${spec.api}/${prov}`, name, p);
    }
  }
});

test('unknown-field policies: reject policies carry a verbatim error and a source', () => {
  for (const spec of Object.values(SPECS)) {
    for (const [prov, d] of Object.entries(spec.dialects)) {
      const u = d!.unknown;
      if (u.behaviour === 'reject') {
        assert.ok(u.error?.includes('{name}'), `${spec.api}/${prov} error has {name}`);
        assert.match(u.source ?? '', /^https:\/\//, `${spec.api}/${prov} source`);
      }
    }
  }
  assert.equal(unknownPolicy('openai-chat', 'openai').behaviour, 'reject');
  assert.equal(unknownPolicy('openai-chat', 'azure').error, 'Unrecognized request argument supplied: {name}');
  assert.equal(unknownPolicy('openai-chat', 'gemini-openai').behaviour, 'reject');
  assert.equal(unknownPolicy('anthropic-messages', 'anthropic').error, '{name}: Extra inputs are not permitted');
  assert.equal(
    formatProviderError(unknownPolicy('gemini-generate', 'gemini').error!, 'messages'),
    'Invalid JSON payload received. Unknown name "messages": Cannot find field.',
  );
  assert.equal(unknownPolicy('openai-chat', 'relay').behaviour, 'unknown');
  // a provider that is not a dialect of the API
  assert.equal(unknownPolicy('gemini-generate', 'openai').behaviour, 'unknown');
});

test('enable_thinking: not OpenAI/Azure chat, but accepted by DashScope compatible mode', () => {
  assert.equal(isKnownParam('openai-chat', 'enable_thinking', 'openai'), false);
  assert.equal(isKnownParam('openai-chat', 'enable_thinking', 'azure'), false);
  assert.equal('enable_thinking' in SPECS['openai-chat'].params, false);
  assert.ok(SPECS['openai-chat'].dialects['dashscope-compatible']?.extraParams?.enable_thinking);
  assert.equal(isKnownParam('openai-chat', 'enable_thinking', 'dashscope-compatible'), true);
  assert.ok(dialectsAccepting('openai-chat', 'enable_thinking').includes('dashscope-compatible'));
  // and it lives under parameters on the native DashScope API
  assert.ok(SPECS['dashscope-generation'].params.parameters.properties?.enable_thinking);
  assert.equal(isKnownParam('dashscope-generation', 'enable_thinking'), false);
});

test('top_k is not an OpenAI chat param', () => {
  assert.equal('top_k' in SPECS['openai-chat'].params, false);
  assert.equal(isKnownParam('openai-chat', 'top_k', 'openai'), false);
  assert.equal(isKnownParam('openai-chat', 'top_k', 'azure'), false);
  assert.equal(isKnownParam('openai-responses', 'top_k', 'openai'), false);
  // but it is an Anthropic one, and DashScope/OpenRouter extensions
  assert.equal(isKnownParam('anthropic-messages', 'top_k'), true);
  assert.equal(isKnownParam('openai-chat', 'top_k', 'dashscope-compatible'), true);
});

test('dialect restrictions: Azure data_sources, DeepSeek thinking, Vertex labels, Bedrock body', () => {
  assert.equal(isKnownParam('openai-chat', 'data_sources', 'azure'), true);
  assert.equal(isKnownParam('openai-chat', 'data_sources', 'openai'), false);
  assert.equal(isKnownParam('openai-chat', 'thinking', 'deepseek'), true);
  assert.equal(isKnownParam('openai-chat', 'thinking', 'openai'), false);
  assert.equal(isKnownParam('gemini-generate', 'labels', 'vertex'), true);
  assert.equal(isKnownParam('gemini-generate', 'labels', 'gemini'), false);
  assert.equal(isKnownParam('anthropic-messages', 'anthropic_version', 'bedrock'), true);
  assert.equal(isKnownParam('anthropic-messages', 'anthropic_version', 'anthropic'), false);
  assert.equal(isKnownParam('anthropic-messages', 'model', 'bedrock'), false);
  assert.equal(isKnownParam('anthropic-messages', 'stream', 'bedrock'), false);
  assert.equal(isKnownParam('anthropic-messages', 'model', 'vertex'), false);
  assert.equal(isKnownParam('anthropic-messages', 'stream', 'vertex'), true);
  assert.equal(isKnownParam('openai-chat', 'extra_body', 'openai'), false);
  assert.equal(isKnownParam('openai-chat', 'extra_body', 'gemini-openai'), true);
});

test('Gemini accepts both camelCase and snake_case top-level names', () => {
  for (const [camel, snake] of [
    ['generationConfig', 'generation_config'],
    ['systemInstruction', 'system_instruction'],
    ['safetySettings', 'safety_settings'],
    ['toolConfig', 'tool_config'],
    ['cachedContent', 'cached_content'],
  ]) {
    assert.equal(isKnownParam('gemini-generate', camel, 'gemini'), true, camel);
    assert.equal(isKnownParam('gemini-generate', snake, 'gemini'), true, snake);
    assert.equal(SPECS['gemini-generate'].params[snake].aliasOf, camel);
  }
  for (const k of ['contents', 'tools', 'model']) assert.equal(isKnownParam('gemini-generate', k), true, k);
  assert.equal(isKnownParam('gemini-generate', 'model_armor_config', 'vertex'), true);
  assert.equal(isKnownParam('gemini-generate', 'messages', 'gemini'), false);
  const gc = SPECS['gemini-generate'].params.generationConfig.properties!;
  assert.ok(gc.thinkingConfig && gc.thinking_config && gc.maxOutputTokens && gc.max_output_tokens);
});

test('Anthropic beta parameters count as known (corpus posts to /v1/messages?beta=true)', () => {
  for (const k of ['system', 'stop_sequences', 'metadata', 'tools', 'tool_choice', 'thinking', 'service_tier', 'container', 'mcp_servers', 'context_management', 'output_config', 'output_format', 'inference_geo', 'cache_control']) {
    assert.equal(isKnownParam('anthropic-messages', k, 'anthropic'), true, k);
  }
  assert.equal(isKnownParam('anthropic-messages', 'reasoning_effort', 'anthropic'), false);
  assert.equal(isKnownParam('anthropic-messages', 'response_format', 'anthropic'), false);
});

test('OpenAI chat covers current and deprecated parameters', () => {
  for (const k of ['functions', 'function_call', 'max_tokens', 'max_completion_tokens', 'user', 'prompt_cache_key', 'safety_identifier', 'verbosity', 'web_search_options', 'prediction', 'audio', 'modalities', 'service_tier', 'store', 'metadata', 'reasoning_effort', 'stream_options', 'logit_bias', 'seed', 'parallel_tool_calls', 'prompt_cache_retention']) {
    assert.equal(isKnownParam('openai-chat', k, 'openai'), true, k);
  }
  assert.ok(SPECS['openai-chat'].params.functions.deprecated);
  for (const k of ['reasoning', 'thinking', 'enable_thinking', 'extra_body', 'topP']) {
    assert.equal(isKnownParam('openai-chat', k, 'openai'), false, k);
  }
});

test('DashScope native: top level is model/input/parameters with sub-fields under parameters', () => {
  const spec = SPECS['dashscope-generation'];
  assert.deepEqual(Object.keys(paramsFor('dashscope-generation')).sort(), ['input', 'model', 'parameters']);
  const sub = spec.params.parameters.properties!;
  for (const k of ['result_format', 'incremental_output', 'enable_thinking', 'temperature', 'top_p', 'top_k', 'max_tokens', 'seed', 'stop', 'tools', 'tool_choice', 'enable_search']) {
    assert.ok(sub[k], k);
  }
  assert.ok(spec.params.input.properties?.messages);
});

test('recorded valid corpus: every top-level key is known for its API and dialect', (t) => {
  if (!existsSync(VALID_DIR)) {
    t.skip(`corpus not found at ${VALID_DIR}`);
    return;
  }
  const files = readdirSync(VALID_DIR).filter((f) => f.endsWith('.http')).sort();
  assert.ok(files.length > 0, 'corpus has .http files');
  let checked = 0;
  const problems: string[] = [];
  for (const file of files) {
    const hit = PREFIXES.find(([prefix]) => file.startsWith(`${prefix}-`));
    assert.ok(hit, `no API mapping for ${file}`);
    const [, api, provider] = hit;
    const body = bodyOf(readFileSync(join(VALID_DIR, file), 'utf8'));
    assert.ok(body, `${file} has a body`);
    const json = JSON.parse(body) as Record<string, unknown>;
    for (const key of Object.keys(json)) {
      if (!isKnownParam(api, key, provider)) problems.push(`${file}: "${key}" unknown for ${api}/${provider}`);
    }
    checked++;
  }
  assert.deepEqual(problems, []);
  assert.equal(checked, files.length);
});

test('nested specs: items and variants are well-formed plain data, closed objects list their fields', () => {
  let closed = 0;
  const check = (where: string, p: ParamSpec, depth = 0): void => {
    assert.ok(depth < 20, `${where} nests too deep (cycle?)`);
    assert.ok(p.description.length > 0 && !p.description.includes('\n'), `${where} description`);
    if (p.source) assert.match(p.source, /^https:\/\//, `${where} source`);
    if (p.azureSince) assert.match(p.azureSince, /^\d{4}-\d{2}-\d{2}(-preview)?$/, `${where} azureSince`);
    if (p.additionalProperties === false) closed++;
    for (const [k, v] of Object.entries(p.properties ?? {})) check(`${where}.${k}`, v, depth + 1);
    if (p.items) check(`${where}[]`, p.items, depth + 1);
    if (p.variants) {
      assert.ok(p.properties?.[p.variants.discriminator], `${where}: discriminator ${p.variants.discriminator} is a property`);
      if (p.variants.default) assert.ok(p.variants.cases[p.variants.default], `${where}: default case exists`);
      for (const [tag, c] of Object.entries(p.variants.cases)) {
        if (c.azureSince) assert.match(c.azureSince, /^\d{4}-\d{2}-\d{2}(-preview)?$/, `${where}<${tag}> azureSince`);
        for (const [k, v] of Object.entries(c.properties ?? {})) check(`${where}<${tag}>.${k}`, v, depth + 1);
      }
    }
  };
  for (const spec of Object.values(SPECS)) {
    assert.doesNotThrow(() => JSON.stringify(spec), `${spec.api} serialises`);
    for (const [name, p] of Object.entries(spec.params)) check(`${spec.api}.${name}`, p);
  }
  assert.ok(closed > 20, 'closed objects exist');
  // the shapes the unknown-field check relies on
  const msg = SPECS['openai-chat'].params.messages.items!;
  assert.equal(msg.variants?.discriminator, 'role');
  assert.equal(msg.variants?.cases.tool.properties?.tool_call_id.required, true);
  const block = SPECS['anthropic-messages'].params.messages.items!.properties!.content.items!;
  assert.equal(block.variants?.tagInPath, true);
  assert.ok(block.variants?.cases.thinking.properties?.signature.required);
  const part = SPECS['gemini-generate'].params.contents.items!.properties!.parts.items!;
  assert.equal(part.additionalProperties, false);
  assert.ok(part.properties?.inline_data && part.properties?.inlineData, 'Part fields in both spellings');
  assert.equal(SPECS['openai-chat'].params.max_completion_tokens.azureSince, '2024-09-01-preview');
});
