/**
 * The error catalog harness: every entry's shape, and every entry's `examples` run through
 * findErrorPayloads + matchEntry — the entry must be the one chosen for its own examples.
 *
 * Run one provider's entries: node --import tsx --test --test-name-pattern='^openai/' test/errors/catalog.test.ts
 */
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { CATALOG, findErrorPayloads, matchEntry, rankEntries } from '../../server/src/core/errors/index.ts';
import type { ErrorPayload } from '../../server/src/core/errors/index.ts';
import type { ErrorEntry, Extractor, Fault } from '../../rules/errors/types.ts';

const FAULTS: readonly Fault[] = ['request', 'auth', 'quota', 'rate-limit', 'content-filter', 'relay', 'upstream'];
const PROVIDERS = ['openai', 'azure', 'anthropic', 'gemini', 'vertex', 'bedrock', 'dashscope', 'deepseek', 'openrouter', 'relay', 'any'];
const EXTRACTORS: readonly Extractor[] = ['context-overflow', 'retry-after', 'max-tokens', 'quota-limit'];
const ATTRIBUTIONS = ['user-request', 'upstream', 'upstream-quota', 'channel-config', 'local-server', 'code-bug'];
const rulesDir = fileURLToPath(new URL('../../rules/', import.meta.url));
const RULE_IDS = new Set(readdirSync(rulesDir, { withFileTypes: true }).filter((d) => d.isDirectory() && d.name !== 'errors' && d.name !== 'specs' && d.name !== 'models').map((d) => d.name));

/** The payload an example is about: the widest one (an HTTP response around its body, a log line around its JSON). */
export function mainPayload(payloads: ErrorPayload[]): ErrorPayload | undefined {
  let best: ErrorPayload | undefined;
  for (const p of payloads) if (!best || p.span.end - p.span.start > best.span.end - best.span.start) best = p;
  return best;
}

function describePayload(p: ErrorPayload): string {
  return JSON.stringify({ format: p.format, provider: p.provider, status: p.status, codes: p.codes, message: p.message?.slice(0, 160) });
}

test('the catalog is not empty and ids are unique', () => {
  assert.ok(CATALOG.length > 0, 'no entries collected by rules/errors/index.ts');
  const seen = new Map<string, number>();
  for (const e of CATALOG) seen.set(e.id, (seen.get(e.id) ?? 0) + 1);
  const dupes = [...seen].filter(([, n]) => n > 1).map(([id]) => id);
  assert.deepEqual(dupes, [], `duplicate ids: ${dupes.join(', ')}`);
});

function checkShape(e: ErrorEntry): void {
  const where = `entry ${e.id}`;
  assert.equal(typeof e.id, 'string', `${where}: id`);
  const slash = e.id.indexOf('/');
  assert.ok(slash > 0 && slash < e.id.length - 1 && !e.id.includes(' '), `${where}: id must be <provider>/<slug>`);
  assert.ok(PROVIDERS.includes(e.provider), `${where}: provider ${e.provider}`);
  assert.ok(FAULTS.includes(e.fault), `${where}: fault "${e.fault}" must be one of ${FAULTS.join(', ')}`);
  assert.equal(typeof e.retryable, 'boolean', `${where}: retryable`);
  assert.ok(typeof e.title === 'string' && e.title.trim().length > 0 && e.title.length <= 100, `${where}: title (short, non-empty)`);
  assert.ok(typeof e.explanation === 'string' && e.explanation.trim().length >= 20, `${where}: explanation`);
  assert.ok(Array.isArray(e.fix) && e.fix.length > 0 && e.fix.every((s) => typeof s === 'string' && s.trim().length > 0), `${where}: fix steps`);
  assert.ok(typeof e.source === 'string' && e.source.length > 0, `${where}: source`);
  assert.ok(e.source.includes('https://') || e.source.includes('http://'), `${where}: source must contain a URL (seed entries: the seed file AND a provider docs URL)`);
  assert.ok(Array.isArray(e.examples) && e.examples.length > 0, `${where}: at least one example`);
  if (e.rule !== undefined) assert.ok(RULE_IDS.has(e.rule), `${where}: rule "${e.rule}" is not a rule id in rules/`);
  for (const x of e.extract ?? []) assert.ok(EXTRACTORS.includes(x), `${where}: extractor ${x}`);
  if (e.attribution !== undefined) assert.ok(ATTRIBUTIONS.includes(e.attribution), `${where}: attribution ${e.attribution}`);
  const m = e.match;
  assert.ok(m && (m.status?.length || m.codes?.length || m.messageIncludes?.length), `${where}: match lists nothing`);
  for (const s of m.status ?? []) assert.ok(Number.isInteger(s) && s >= 100 && s <= 599, `${where}: status ${s}`);
  for (const c of m.codes ?? []) assert.ok(typeof c === 'string' && c.trim() === c && c.length > 0, `${where}: code "${c}"`);
  for (const s of m.messageIncludes ?? []) {
    assert.ok(typeof s === 'string', `${where}: messageIncludes must be strings (no RegExp)`);
    assert.ok(s.trim().length >= 3, `${where}: messageIncludes "${s}" is too short to be specific`);
    for (const meta of ['.*', '.+', '\\d', '\\s', '\\w', '(?:', '[^', '$/']) assert.ok(!s.includes(meta), `${where}: messageIncludes "${s}" looks like a regular expression (they are literal substrings)`);
  }
  for (const v of Object.values(m)) assert.ok(!(v instanceof RegExp), `${where}: no RegExp in match`);
  // placeholders must be known ones
  for (const text of [e.title, e.explanation, ...e.fix]) {
    for (let i = text.indexOf('{'); i >= 0; i = text.indexOf('{', i + 1)) {
      const close = text.indexOf('}', i);
      const name = close > i ? text.slice(i + 1, close) : '';
      if (/^[a-zA-Z]+$/.test(name)) {
        assert.ok(['over', 'tokens', 'limit', 'wait', 'waitSeconds', 'requested', 'used', 'maxTokens', 'input', 'metric', 'model', 'affordable'].includes(name), `${where}: unknown placeholder {${name}}`);
        assert.ok((e.extract ?? []).length > 0 || name === 'wait' || name === 'waitSeconds', `${where}: placeholder {${name}} needs an extract list`);
      }
    }
  }
}

describe('every entry has the required fields', () => {
  for (const e of CATALOG) test(e.id, () => checkShape(e));
});

describe('every entry is chosen for its own examples', () => {
  for (const e of CATALOG) {
    test(e.id, () => {
      e.examples.forEach((example, k) => {
        const payloads = findErrorPayloads(example);
        const p = mainPayload(payloads);
        assert.ok(p, `${e.id} example ${k}: no error payload found in:\n${example}`);
        const m = matchEntry(p, CATALOG);
        if (m?.entry.id !== e.id) {
          const ranking = rankEntries(p, CATALOG)
            .slice(0, 4)
            .map((r) => `${r.entry.id} (${r.score})`)
            .join(', ');
          const own = rankEntries(p, [e]);
          assert.fail(
            `${e.id} example ${k}: chose ${m ? m.entry.id : 'nothing'}\n  payload: ${describePayload(p)}\n  ranking: ${ranking || 'none'}\n  this entry: ${own.length ? `matches with ${own[0].score}` : 'does not match (a listed condition fails)'}\n  example: ${example.slice(0, 300)}`,
          );
        }
      });
    });
  }
});
