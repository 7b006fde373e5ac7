import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lintText } from '../../server/src/core/lint.ts';

const CONVERSE = 'POST https://bedrock-runtime.us-east-1.amazonaws.com/model/anthropic.claude-3-haiku-20240307-v1:0/converse';

const lint = (url: string, body: unknown) => {
  const { units, findings } = lintText(`${url}\nContent-Type: application/json\nAuthorization: {{AWS_SIGV4}}\n\n${JSON.stringify(body, null, 2)}\n`, { languageId: 'http' });
  return { detection: units[0]?.detection, findings };
};

// Issue 16: this body used to be read as Anthropic Messages and got five wrong findings
// ('inferenceConfig' unknown, 'max_tokens' and 'anthropic_version' missing, 'system.0.type' missing, no credential).
test('a Converse body is linted by its own spec: no Anthropic findings', () => {
  const { detection, findings } = lint(CONVERSE, {
    messages: [{ role: 'user', content: [{ text: 'Hello' }] }],
    system: [{ text: 'You are terse.' }],
    inferenceConfig: { maxTokens: 512, temperature: 0.5, topP: 0.9 },
  });
  assert.equal(detection?.api, 'bedrock-converse');
  assert.equal(detection?.provider, 'bedrock');
  assert.deepEqual(findings.map((f) => `${f.rule}: ${f.message}`), []);
});

test('Converse mistakes are found by the rule families', () => {
  const { findings } = lint(CONVERSE, {
    messages: [{ role: 'user', content: [{ text: 'Hello' }] }],
    max_tokens: 100,
    inferenceConfig: { maxTokens: 900000, temperature: 1.5, top_k: 5 },
    toolConfig: { tools: [{ toolSpec: { name: 'get weather', inputSchema: { json: { type: 'object' } } } }], toolChoice: { tool: {} } },
  });
  const got = findings.map((f) => `${f.rule} ${f.severity}: ${f.message}`);
  const expect = [
    /^unknown-parameter warning: 'max_tokens' is not a parameter of bedrock-converse/,
    /^max-tokens-exceeds-model-limit error: 'maxTokens' 900000 is above/,
    /^parameter-out-of-range error: 'inferenceConfig.temperature' is 1.5/,
    /^unknown-parameter warning: 'inferenceConfig.top_k'/,
    /^invalid-tool-name error: Tool name 'get weather'/,
    /^missing-required-field error: 'toolConfig.toolChoice.tool' is missing the required field 'name'/,
  ];
  for (const re of expect) assert.ok(got.some((g) => re.test(g)), `${re} in\n${got.join('\n')}`);
  assert.equal(got.length, expect.length, got.join('\n'));
});

test('an image with a format Converse does not take, and a content block that is not a union member', () => {
  const { findings } = lint(CONVERSE, {
    messages: [{ role: 'user', content: [{ image: { format: 'jpg', source: { bytes: 'iVBORw0KGgo=' } } }, { type: 'text', text: 'x' }] }],
  });
  const got = findings.map((f) => `${f.rule}: ${f.message}`);
  assert.ok(got.some((g) => g.startsWith('unknown-enum-value') && g.includes("'jpg'")), got.join('\n'));
  assert.ok(got.some((g) => g.startsWith('unknown-parameter') && g.includes("'messages.0.content.1.type'")), got.join('\n'));
});

test('a toolSpec name over 64 characters is reported with the documented limit', () => {
  const { findings } = lint(CONVERSE, {
    messages: [{ role: 'user', content: [{ text: 'hi' }] }],
    toolConfig: { tools: [{ toolSpec: { name: 'a'.repeat(65), inputSchema: { json: { type: 'object' } } } }] },
  });
  const got = findings.filter((f) => f.rule === 'invalid-tool-name');
  assert.equal(got.length, 1, findings.map((f) => f.message).join('\n'));
  assert.match(got[0].message, /is 65 characters long; the limit is 64/);
});
