// Completion and hover for the APIs of issue 16, read from the same specs the rules check against.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { paramsFor } from '../../rules/specs/index.ts';
import { at } from './helpers.ts';

const CONVERSE = 'POST https://bedrock-runtime.us-east-1.amazonaws.com/model/anthropic.claude-3-haiku-20240307-v1:0/converse\nContent-Type: application/json\n\n';

test('converse: top-level names are the spec\'s, not Anthropic\'s', () => {
  const top = at(CONVERSE + '{"messages": [], "|"}');
  assert.equal(top.ctx?.api, 'bedrock-converse');
  const expected = Object.keys(paramsFor('bedrock-converse', 'bedrock')).filter((n) => n !== 'messages').sort();
  assert.deepEqual([...top.labels].sort(), expected);
  assert.ok(!top.labels.includes('max_tokens') && !top.labels.includes('anthropic_version'));
});

test('converse: nested names inside inferenceConfig, a content block and a toolSpec', () => {
  assert.deepEqual(at(CONVERSE + '{"inferenceConfig": {"|"}}').labels.sort(), ['maxTokens', 'stopSequences', 'temperature', 'topP']);
  const block = at(CONVERSE + '{"messages": [{"role": "user", "content": [{"|"}]}]}').labels;
  for (const name of ['text', 'image', 'document', 'toolUse', 'toolResult', 'cachePoint']) assert.ok(block.includes(name), name);
  assert.deepEqual(at(CONVERSE + '{"toolConfig": {"tools": [{"toolSpec": {"|"}}]}}').labels.sort(), ['description', 'inputSchema', 'name', 'strict']);
});

test('converse: hover shows the spec line and its source', () => {
  const hover = at(CONVERSE + '{"inferenceConfig": {"top|P": 0.9}}').hover;
  assert.ok(hover, 'a hover');
  assert.match(hover.markdown, /Nucleus sampling/);
  assert.match(hover.markdown, /Range: 0 ≤ value ≤ 1/);
  assert.match(hover.markdown, /API_runtime_InferenceConfiguration/);
});
