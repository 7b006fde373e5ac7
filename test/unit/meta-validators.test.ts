import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import Ajv2020 from 'ajv/dist/2020.js';
import draft07Schema from 'ajv/dist/refs/json-schema-draft-07.json' with { type: 'json' };
import fc from 'fast-check';
import { GENERATED, metaValidatorsSource } from '../../scripts/meta-validators.mjs';
import { draft07, draft2020 } from '../../rules/shared/meta-validators.generated.ts';

// The meta-schema validators are Ajv standalone code generated ahead of time (scripts/meta-validators.mjs);
// they must be what Ajv generates today and answer as validators compiled at run time do.

test('meta-validators.generated.ts is up to date (regenerate: node scripts/meta-validators.mjs)', () => {
  assert.equal(readFileSync(GENERATED, 'utf8'), metaValidatorsSource());
});

test('the generated validators give the verdicts and errors of validators Ajv compiles at run time', () => {
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateSchema: false, addUsedSchema: false, validateFormats: false });
  ajv.addMetaSchema(draft07Schema);
  const compiled = { draft07: ajv.getSchema('http://json-schema.org/draft-07/schema')!, draft2020: ajv.getSchema('https://json-schema.org/draft/2020-12/schema')! };
  const generated = { draft07, draft2020 } as Record<keyof typeof compiled, { (v: unknown): boolean; errors?: unknown }>;
  const keyword = fc.constantFrom('type', 'properties', 'items', 'required', 'enum', 'const', 'additionalProperties', 'anyOf', '$ref', '$defs', 'minimum', 'uniqueItems', 'prefixItems', 'description', 'format', 'dependentRequired');
  const schema = fc.letrec<{ s: unknown }>((tie) => ({
    s: fc.oneof(
      { depthSize: 'small' },
      fc.jsonValue({ maxDepth: 2 }),
      fc.dictionary(keyword, fc.oneof(tie('s'), fc.constantFrom('object', 'string', 'strin', ['a', 'a'], [], 1, -1, true))),
      fc.array(tie('s'), { maxLength: 3 }),
    ),
  })).s;
  fc.assert(
    fc.property(schema, (value) => {
      for (const draft of ['draft07', 'draft2020'] as const) {
        const ok = compiled[draft](value);
        assert.equal(generated[draft](value), ok, `${draft} verdict`);
        assert.deepEqual(generated[draft].errors ?? null, compiled[draft].errors ?? null, `${draft} errors`);
      }
    }),
    { numRuns: 400, seed: 20261207 },
  );
});
