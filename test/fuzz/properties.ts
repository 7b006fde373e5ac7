/**
 * The fuzzing properties, each an arbitrary and a check, run by fuzz.test.ts (short, fixed seed) and
 * campaign.ts (`npm run fuzz`, long). Inputs are mutated seeds (harness.ts) or request-shaped JSON.
 */
import fc from 'fast-check';
import { SPECS } from '../../rules/specs/index.ts';
import { literalText } from '../../server/src/core/sources/body-map.ts';
import {
  applyOp, caseArb, caseText, checkBody, checkErrors, checkFixes, checkLint, checkNeutral, checkRenderers, checkSplit,
  describeCase, ERROR_SHAPES, HOSTILE, hostileText, neutralVariants, reindent, whitespaceArb, type Case, type Seed,
} from './harness.ts';

export interface Property<T> {
  name: string;
  arb: fc.Arbitrary<T>;
  check(value: T): void;
  /** Short text for a failure report. */
  describe(value: T): string;
}

const PATHS: (string | number)[][] = [[], ['model'], ['messages', 0, 'content'], ['messages', 99], [0], ['a', 'b', 'c'], ['contents', 0, 'parts', 0, 'text'], ['tools', 0, 'function', 'parameters']];

const ENDPOINTS = [
  'POST https://api.openai.com/v1/chat/completions',
  'POST https://api.openai.com/v1/responses',
  'POST https://api.anthropic.com/v1/messages\nanthropic-version: 2023-06-01',
  'POST https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-flash:generateContent',
  'POST https://dashscope.aliyuncs.com/api/v1/services/aigc/text-generation/generation',
  'POST https://dashscope.aliyuncs.com/compatible-mode/v1/chat/completions',
  'POST https://api.deepseek.com/chat/completions',
  'POST https://openrouter.ai/api/v1/chat/completions',
  'POST https://relay.example.com/v1/chat/completions',
  'POST https://bedrock-runtime.us-east-1.amazonaws.com/model/anthropic.claude-3-5-sonnet-20240620-v1:0/invoke',
];
const MODELS = ['gpt-4o', 'gpt-4o-mini', 'o3-mini', 'gpt-5', 'claude-sonnet-4-5', 'claude-3-5-haiku-20241022', 'gemini-2.5-flash', 'qwen-plus', 'qwen3-8b', 'deepseek-reasoner', 'deepseek-chat', 'gpt-4.1-nano-wrong', '{{model}}', ''];
const PARAMS = [...new Set(Object.values(SPECS).flatMap((s) => Object.keys(s.params ?? {})))];
const KEYS = ['role', 'content', 'type', 'text', 'image_url', 'url', 'source', 'media_type', 'data', 'tool_calls', 'tool_call_id', 'id', 'name', 'function', 'arguments', 'parameters', 'input', 'tool_use_id', 'parts', 'inline_data', 'mime_type', 'thought_signature', 'reasoning_content', 'cache_control', 'schema', 'json_schema', 'properties', 'required', 'budget_tokens', 'thinking', 'output', 'call_id'];
const ROLES = ['system', 'user', 'assistant', 'tool', 'developer', 'model', 'function', 'USER'];

/** JSON-ish values with the shapes rules look at, and wrong types everywhere. */
const leaf = fc.oneof(
  fc.constantFrom(...ROLES, ...MODELS, ...HOSTILE, 'image/png', 'data:image/png;base64,AAAA', 'https://example.com/a.png', 'json_object', 'auto', 'none', 'required', 'enabled', '{{x}}', 'json', ' trailing '),
  fc.integer({ min: -5, max: 2_000_000 }),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.string({ unit: 'binary', maxLength: 16 }),
);
const requestValue = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.constantFrom(...KEYS, ...PARAMS), tie('value'), { maxKeys: 5 }),
  ),
})).value;
const requestBody = fc.record(
  {
    model: fc.oneof(fc.constantFrom(...MODELS), leaf),
    messages: fc.array(fc.record({ role: fc.oneof(fc.constantFrom(...ROLES), leaf), content: requestValue }, { requiredKeys: [] }), { maxLength: 4 }),
    extra: fc.dictionary(fc.constantFrom(...PARAMS, ...KEYS), requestValue, { maxKeys: 6 }),
  },
  { requiredKeys: [] },
).map(({ extra, ...rest }) => ({ ...rest, ...extra }));

export interface JsonCase {
  endpoint: number;
  body: unknown;
  indent: number;
  kind: 'http' | 'json' | 'jsonl';
}

export function jsonCaseText(c: JsonCase): string {
  const json = JSON.stringify(c.body, null, c.kind === 'jsonl' ? 0 : c.indent);
  if (c.kind === 'json') return json;
  if (c.kind === 'jsonl') return `${JSON.stringify({ custom_id: 'a', method: 'POST', url: '/v1/chat/completions', body: c.body })}\n${json}\n`;
  return `${ENDPOINTS[c.endpoint]}\nContent-Type: application/json\nAuthorization: Bearer {{key}}\n\n${json}\n`;
}

const jsonCaseArb: fc.Arbitrary<JsonCase> = fc.record({
  endpoint: fc.nat(ENDPOINTS.length - 1),
  body: fc.oneof({ weight: 4, arbitrary: requestBody }, { weight: 1, arbitrary: fc.jsonValue() }),
  indent: fc.constantFrom(0, 2, 4),
  kind: fc.constantFrom('http' as const, 'http' as const, 'json' as const, 'jsonl' as const),
});

/** An SDK call written in source code from a request-shaped body, then edited at random places (source files). */
export interface SourceCase {
  language: 'python' | 'typescript';
  client: number;
  body: Record<string, unknown>;
  edits: { at: number; remove: number; insert: string }[];
}

const PY_CLIENTS = [
  ['from openai import OpenAI\nclient = OpenAI()\n', 'client.chat.completions.create'],
  ['import openai\n', 'openai.responses.create'],
  ['import anthropic\nclient = anthropic.Anthropic()\n', 'client.messages.create'],
  ['from anthropic import AnthropicBedrock\nclient = AnthropicBedrock()\n', 'client.beta.messages.create'],
  ['from google import genai\nclient = genai.Client()\n', 'client.models.generate_content'],
  ['import dashscope\n', 'dashscope.Generation.call'],
];
const TS_CLIENTS = [
  ["import OpenAI from 'openai';\nconst client = new OpenAI();\n", 'await client.chat.completions.create('],
  ["import Anthropic from '@anthropic-ai/sdk';\nconst client = new Anthropic();\n", 'client.messages.create('],
  ["import { GoogleGenAI } from '@google/genai';\nconst ai = new GoogleGenAI({});\n", 'ai.models.generateContent('],
  ['', "fetch('https://api.openai.com/v1/chat/completions', { method: 'POST', body: JSON.stringify("],
];
const SOURCE_SNIPPETS = [',', ')', '(', '{', '}', '[', ']', '**kw', '...rest', '"', "'", '`', 'f"{x}"', '`${x}`', '#', '//', '\n', '\\', 'None', 'True', 'undefined', 'é😀', '=', ':', ' ', 'x=1', 'a: 1', '# llm-preflight-disable-next-line', '"""'];

export function sourceCaseText(c: SourceCase): string {
  let text: string;
  if (c.language === 'python') {
    const [head, call] = PY_CLIENTS[c.client % PY_CLIENTS.length];
    const kwargs: string[] = [];
    const extra: string[] = [];
    for (const [k, v] of Object.entries(c.body)) {
      const value = literalText(v, 'python') ?? 'None';
      if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(k)) kwargs.push(`    ${k}=${value},`);
      else extra.push(`${JSON.stringify(k)}: ${value}`);
    }
    if (extra.length) kwargs.push(`    extra_body={${extra.join(', ')}},`);
    text = `${head}${call}(\n${kwargs.join('\n')}\n)\n`;
  } else {
    const [head, call] = TS_CLIENTS[c.client % TS_CLIENTS.length];
    const close = call.includes('JSON.stringify(') ? ') })' : ')';
    text = `${head}${call}${JSON.stringify(c.body, null, 2)}${close};\n`;
  }
  for (const e of c.edits) {
    const at = e.at % (text.length + 1);
    text = text.slice(0, at) + e.insert + text.slice(Math.min(text.length, at + e.remove));
  }
  return text;
}

const sourceCaseArb: fc.Arbitrary<SourceCase> = fc.record({
  language: fc.constantFrom('python' as const, 'typescript' as const),
  client: fc.nat(11),
  body: requestBody as fc.Arbitrary<Record<string, unknown>>,
  edits: fc.array(fc.record({ at: fc.nat(), remove: fc.nat(6), insert: fc.oneof(fc.constantFrom(...SOURCE_SNIPPETS), fc.constant('')) }), { maxLength: 3 }),
});

/** The text before the last op: the "previous version" of an edited document, for the cache check. */
function previousText(c: Case): string {
  return c.ops.slice(0, -1).reduce(applyOp, c.seed.text);
}

export function properties(seeds: readonly Seed[]) {
  const errorSeeds = seeds.filter((s) => s.name.startsWith('error ') || /\.(log|txt)$/.test(s.name) || s.name.includes('pasted'));
  const requestSeeds = seeds.filter((s) => !s.name.startsWith('error '));
  const cases = caseArb(seeds);
  const requestCases = caseArb(requestSeeds);
  // A catalog example or any seed, with at least one error payload carrying hostile markdown spliced in.
  const hostileErrors = fc
    .tuple(caseArb(errorSeeds, 2), fc.record({ k: fc.constant('error' as const), at: fc.nat(), shape: fc.nat(ERROR_SHAPES.length - 1), message: hostileText }))
    .map(([c, op]) => ({ ...c, ops: [...c.ops, op] }));
  const errorCases = fc.oneof({ weight: 3, arbitrary: caseArb(errorSeeds) }, { weight: 2, arbitrary: hostileErrors }, { weight: 1, arbitrary: cases });
  const withOffsets = <T>(arb: fc.Arbitrary<T>) => fc.tuple(arb, fc.array(fc.nat(), { minLength: 1, maxLength: 6 }));

  const split: Property<Case> = {
    name: 'split: .http/.jsonl splitter and body parser keep exact offsets',
    arb: cases,
    describe: describeCase,
    check(c) {
      const text = caseText(c);
      for (const u of checkSplit(text, c.kind)) if (u.bodyText !== undefined) checkBody(u.bodyText, c.kind === 'jsonc', PATHS);
    },
  };
  const lint: Property<Case> = {
    name: 'lint: no exception, valid spans, bounded work, cache agrees with a fresh lint',
    arb: requestCases,
    describe: describeCase,
    check(c) {
      checkLint(caseText(c), c.kind, previousText(c));
    },
  };
  const json: Property<JsonCase> = {
    name: 'json: request-shaped bodies with wrong types everywhere, every rule, and the hovers',
    arb: jsonCaseArb,
    describe: (c) => JSON.stringify(jsonCaseText(c)).slice(0, 4000),
    check(c) {
      const text = jsonCaseText(c);
      const result = checkLint(text, c.kind);
      checkRenderers(text, [], result);
      checkFixes(text, c.kind, result);
    },
  };
  const fix: Property<Case> = {
    name: 'fix: each quick fix and fix-all apply without a crash, re-lint, and converge',
    arb: caseArb(requestSeeds, 2),
    describe: describeCase,
    check(c) {
      checkFixes(caseText(c), c.kind);
    },
  };
  const errors: Property<[Case, number[]]> = {
    name: 'errors: finder/matcher/explainText/explainAt at random offsets, linear work, and safe explanation markdown',
    arb: withOffsets(errorCases),
    describe: ([c, offsets]) => `${describeCase(c)} offsets=${JSON.stringify(offsets)}`,
    check([c, offsets]) {
      const text = caseText(c);
      checkRenderers(text, checkErrors(text, offsets));
    },
  };
  const hover: Property<Case> = {
    name: 'hover: finding and detection hovers never carry input-made links or HTML',
    arb: requestCases,
    describe: describeCase,
    check(c) {
      const text = caseText(c);
      checkRenderers(text, [], checkLint(text, c.kind));
    },
  };
  const clean = requestSeeds.filter((s) => s.kind !== 'jsonc');
  const neutral: Property<[Seed, number[], string[], number]> = {
    name: 'neutral: a clean document stays clean when reindented, with CRLF, or with blank lines before the body',
    arb: fc.tuple(fc.constantFrom(...clean), fc.array(fc.nat(), { minLength: 1, maxLength: 8 }), fc.array(whitespaceArb, { minLength: 1, maxLength: 4 }), fc.nat(2)),
    describe: ([s, at, ws, v]) => `seed=${JSON.stringify(s.name)} at=${JSON.stringify(at)} ws=${JSON.stringify(ws)} variant=${v}`,
    check([s, at, ws, variant]) {
      const changed = variant === 2 ? reindent(s.text, s.kind, at, ws) : neutralVariants(s.text, s.kind)[variant] ?? reindent(s.text, s.kind, at, ws);
      checkNeutral(s.text, s.kind, changed);
    },
  };
  const source: Property<SourceCase> = {
    name: 'source: SDK calls in Python and TypeScript (request-shaped arguments, then broken by edits): lint, map and fixes stay in the document',
    arb: sourceCaseArb,
    describe: (c) => JSON.stringify(sourceCaseText(c)).slice(0, 4000),
    check(c) {
      const text = sourceCaseText(c);
      const result = checkLint(text, c.language, sourceCaseText({ ...c, edits: c.edits.slice(0, -1) }));
      checkFixes(text, c.language, result);
    },
  };
  return [split, lint, json, fix, errors, hover, neutral, source] as Property<unknown>[];
}
