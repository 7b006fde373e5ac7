import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, test } from 'node:test';
import { lintText } from '../../server/src/core/lint.ts';
import { LineIndex } from '../../server/src/core/text.ts';
import type { ApiId } from '../../server/src/core/types.ts';

/**
 * The false-positive guard: request bodies copied from the providers' own documentation and
 * official examples (see test/fixtures/official/README.md). The providers publish them as working
 * requests, so the linter must recognise each one and report no error on it.
 */
const ROOT = join(import.meta.dirname, '../fixtures/official');

function fixtureFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isDirectory()) return fixtureFiles(path);
    return /\.(http|jsonl)$/.test(d.name) ? [path] : [];
  });
}

/**
 * JSON Lines have no comments, and a batch file with a `#` line is refused by the Batch APIs: in a
 * .jsonl fixture the leading `# source:` / `# note:` lines are metadata, blanked (same length) before linting.
 */
function requestText(file: string, raw: string): string {
  return file.endsWith('.jsonl') ? raw.replace(/^#.*$/gm, (line) => ' '.repeat(line.length)) : raw;
}

const files = fixtureFiles(ROOT).sort();

describe('official documentation requests', () => {
  for (const file of files) {
    const name = relative(ROOT, file);
    test(name, () => {
      const raw = readFileSync(file, 'utf8');
      assert.match(raw.split('\n')[0], /^# source: https?:\/\/\S+/, 'first line must be "# source: <http(s) URL>"');

      const text = requestText(file, raw);
      const result = lintText(text, { filePath: file });
      assert.ok(result.units.length > 0, 'no request found');
      for (const { detection } of result.units) {
        assert.ok(detection.api, `no API detected:\n  ${detection.reasons.join('\n  ')}`);
      }

      const lines = new LineIndex(text);
      const show = (f: (typeof result.findings)[number]) => `  ${lines.positionAt(f.span.start).line + 1}: [${f.severity}] ${f.rule}: ${f.message}`;
      const errors = result.findings.filter((f) => f.severity === 'error');
      const others = result.findings.filter((f) => f.severity !== 'error');
      assert.deepEqual(
        errors.map(show),
        [],
        `error findings on a documented request (false positives)${others.length ? `; other findings:\n${others.map(show).join('\n')}` : ''}`,
      );
    });
  }

  test('the corpus covers every API', () => {
    assert.ok(files.length >= 60, `at least 60 fixtures (found ${files.length})`);
    const perApi = new Map<ApiId, number>();
    for (const file of files) {
      const { units } = lintText(requestText(file, readFileSync(file, 'utf8')), { filePath: file });
      const api = units[0]?.detection.api;
      if (api) perApi.set(api, (perApi.get(api) ?? 0) + 1);
    }
    const minimum: Record<ApiId, number> = {
      'openai-chat': 8,
      'openai-responses': 8,
      'anthropic-messages': 8,
      'gemini-generate': 8,
      'dashscope-generation': 4,
      'bedrock-converse': 4,
      'ollama-chat': 3,
      'ollama-generate': 3,
      'openai-embeddings': 2,
    };
    for (const [api, min] of Object.entries(minimum) as [ApiId, number][]) {
      assert.ok((perApi.get(api) ?? 0) >= min, `${api}: ${perApi.get(api) ?? 0} fixture files, want at least ${min}`);
    }
  });
});
