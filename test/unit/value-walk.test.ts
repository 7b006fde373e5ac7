import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lintText } from '../../server/src/core/lint.ts';
import { DEFAULT_RULES } from '../../server/src/default-rules.ts';
import type { RuleContext, RuleModule } from '../../rules/types.ts';
import { depthOfNode, indexValues, pathOfNode } from '../../rules/shared/value-walk.ts';
import { promptStrings } from '../../rules/context-window-exceeded/prompt-text.ts';

/**
 * The rules that read the whole body (hardcoded-api-key, duplicate-key's key count, context-window-exceeded's
 * prompt strings) read the request model's one value walk (rules/shared/value-walk.ts), never walk the body
 * on their own.
 */

const WHOLE_BODY_RULES = ['hardcoded-api-key', 'duplicate-key', 'context-window-exceeded'];

/** A proxy over a JSON value that counts every enumeration of the keys of an object below the top level. */
function counting(value: unknown, counter: { nested: number }, depth = 0): unknown {
  if (value === null || typeof value !== 'object') return value;
  return new Proxy(value as object, {
    ownKeys(target) {
      if (depth > 0) counter.nested++;
      return Reflect.ownKeys(target);
    },
    get(target, key, receiver) {
      return counting(Reflect.get(target, key, receiver), counter, depth + 1);
    },
  });
}

test('the rules that read the whole body take it from the shared value walk, not from walks of their own', () => {
  const counter = { nested: 0 };
  const ran = new Set<string>();
  // The same rules, each given a body that counts how often its nested objects are enumerated.
  const rules: RuleModule[] = DEFAULT_RULES.map((rule) =>
    WHOLE_BODY_RULES.includes(rule.meta.id)
      ? {
          ...rule,
          check(context: RuleContext) {
            ran.add(rule.meta.id);
            rule.check!({ ...context, body: counting(context.body, counter) });
          },
        }
      : rule,
  );
  const key = 'sk-proj-' + 'Ab3dEf7hIj1lMn0pQr5tUv9xYz2bCd4fGh6jKl8nOp0rSt2vWx4z';
  const prose = Array.from({ length: 3000 }, (_, i) => `word${i % 97} another sentence here`).join(' ');
  const body = `{"model": "gpt-4", "messages": [{"role": "user", "content": [{"type": "text", "text": "${prose}"}, {"type": "text", "text": "${key}"}]}], "max_tokens": 10, "max_tokens": 10}`;
  const text = `POST https://api.openai.com/v1/chat/completions\nContent-Type: application/json\nAuthorization: Bearer {{key}}\n\n${body}\n`;
  const { findings } = lintText(text, { filePath: '/x/a.http' }, { rules });
  const fired = new Set(findings.map((f) => f.rule));
  for (const id of WHOLE_BODY_RULES) {
    assert.ok(ran.has(id), `${id} ran`);
    assert.ok(fired.has(id), `${id} reported (so it read the body)`);
  }
  assert.equal(counter.nested, 0, 'no nested object of the body was enumerated through context.body');
});

/** The walks the rules had before (hardcoded-api-key's strings and paths, duplicate-key's count, the prompt strings). */
function reference(body: unknown) {
  const strings: { value: string; path: (string | number)[]; depth: number; field: string | number | undefined }[] = [];
  let keyCount = 0;
  const stack: [unknown, (string | number)[], number][] = [[body, [], 0]];
  while (stack.length) {
    const [value, path, depth] = stack.pop()!;
    if (typeof value === 'string') strings.push({ value, path, depth, field: path[path.length - 1] });
    else if (Array.isArray(value)) for (let i = value.length - 1; i >= 0; i--) stack.push([value[i], [...path, i], depth + 1]);
    else if (value !== null && typeof value === 'object') {
      const keys = Object.keys(value);
      keyCount += keys.length;
      for (let i = keys.length - 1; i >= 0; i--) stack.push([(value as Record<string, unknown>)[keys[i]], [...path, keys[i]], depth + 1]);
    }
  }
  const prompt: string[] = [];
  const excluded = new Set(['data', 'url', 'id', 'type', 'role', 'image_url', 'signature']);
  const pstack: unknown[] = [body];
  while (pstack.length) {
    const value = pstack.pop();
    if (typeof value === 'string') {
      if (!value.startsWith('data:')) prompt.push(value);
    } else if (Array.isArray(value)) for (let i = value.length - 1; i >= 0; i--) pstack.push(value[i]);
    else if (value && typeof value === 'object') {
      const entries = Object.entries(value);
      for (let i = entries.length - 1; i >= 0; i--) if (!excluded.has(entries[i][0])) pstack.push(entries[i][1]);
    }
  }
  return { strings, keyCount, prompt };
}

function randomValue(seed: number): unknown {
  let s = seed;
  const rnd = () => ((s = (s * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  const names = ['data', 'url', 'id', 'type', 'role', 'text', 'content', 'image_url', 'a', 'b', 'signature'];
  const make = (depth: number): unknown => {
    const r = rnd();
    if (depth > 5 || r < 0.3) return rnd() < 0.2 ? 'data:x' : rnd() < 0.1 ? 7 : rnd() < 0.1 ? null : `s${Math.floor(rnd() * 100)}`;
    if (r < 0.6) return Array.from({ length: Math.floor(rnd() * 4) }, () => make(depth + 1));
    const o: Record<string, unknown> = {};
    for (let i = Math.floor(rnd() * 5); i > 0; i--) o[names[Math.floor(rnd() * names.length)]] = make(depth + 1);
    return o;
  };
  return make(0);
}

test('the value walk gives the strings, paths, depths and key count the rules computed themselves', () => {
  for (let seed = 1; seed <= 300; seed++) {
    const body = randomValue(seed);
    const ref = reference(body);
    const index = indexValues(body);
    assert.equal(index.keyCount, ref.keyCount, `seed ${seed}: key count`);
    assert.deepEqual(
      index.stringNodes.map((n, i) => ({ value: index.strings[i], path: pathOfNode(index, n), depth: depthOfNode(index, n), field: index.keys[n] })),
      ref.strings,
      `seed ${seed}: strings`,
    );
    assert.deepEqual(promptStrings(index), ref.prompt, `seed ${seed}: prompt strings`);
  }
});
